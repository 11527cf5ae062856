# dis.get_instructions and dis.Bytecode: Instructions with CPython's fields,
# consistent with the dis.dis listing (baton's opcodes are its own, so only
# what both bytecodes share is checked by name).
import dis


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


def listing(x):
    c = Capture()
    dis.dis(x, file=c)
    return "".join(c.parts)


def scan(limit):
    total = 0
    for i in range(limit):
        if i % 3 == 0:
            continue
        total += i * 42
    return total


def greet(name):
    return "hello " + name


print(dis.Instruction._fields)
# expect: ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions')
print(dis.Positions._fields)  # expect: ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

it = dis.get_instructions(scan)
print(iter(it) is it)  # expect: True
ins = list(it)
print(all(type(i) is dis.Instruction and len(i) == 9 for i in ins))  # expect: True
print(all(i[0] == i.opname and i[5] == i.offset for i in ins))  # expect: True

# offsets grow in steps of whole code units, opcodes match opmap
offsets = [i.offset for i in ins]
print(offsets == sorted(set(offsets)), all(o % 2 == 0 for o in offsets))  # expect: True True
print(all(dis.opmap[i.opname] == i.opcode and dis.opname[i.opcode] == i.opname for i in ins))  # expect: True
print(all(i.argval is None and i.argrepr == "" for i in ins if i.arg is None))  # expect: True
print(all(isinstance(i.arg, int) for i in ins if i.opname in ("LOAD_CONST", "LOAD_FAST")))  # expect: True

# the resolved arguments
consts = [i.argval for i in ins if i.opname == "LOAD_CONST"]
print(42 in consts, 3 in consts, 0 in consts)  # expect: True True True
print(all(i.argrepr == repr(i.argval) for i in ins if i.opname == "LOAD_CONST"))  # expect: True
print(sorted({i.argval for i in ins if i.opname in ("LOAD_FAST", "STORE_FAST")}))  # expect: ['i', 'limit', 'total']
print(all(i.argrepr == i.argval for i in ins if i.opname in ("LOAD_FAST", "STORE_FAST")))  # expect: True
print([i.argval for i in ins if i.opname == "LOAD_GLOBAL"])  # expect: ['range']
print([i.argval for i in ins if i.opname == "COMPARE_OP"])  # expect: ['==']
print(ins[-1].opname)  # expect: RETURN_VALUE

# jumps name the offset of an instruction marked as a jump target
targets = {i.offset for i in ins if i.is_jump_target}
jumps = [i for i in ins if i.argrepr.startswith("to ")]
print(len(jumps) >= 2, all(j.argval in targets and j.argrepr == "to %d" % j.argval for j in jumps))  # expect: True True
print(any(i.opname == "FOR_ITER" and i.is_jump_target for i in ins))  # expect: True

# line numbers: the lines of the body, each starting once
first = scan.__code__.co_firstlineno
starts = [i.starts_line for i in ins if i.starts_line is not None]
print(starts == sorted(set(starts)) or len(starts) == len(set(starts)))  # expect: True
print({n - first for n in starts} >= {1, 2, 3, 4, 5, 6})  # expect: True
print(all(i.positions.lineno >= first for i in ins))  # expect: True
print(all(type(i.positions) is dis.Positions for i in ins))  # expect: True

# the listing shows each instruction: its offset then its name, its
# argument's meaning in parentheses, its line number first when it starts one
text = dis.Bytecode(scan).dis()
rows = [line.split() for line in text.splitlines()]


def row_of(i):
    for r in rows:
        for k in range(len(r) - 1):
            if r[k] == str(i.offset) and r[k + 1] == i.opname:
                return r, k
    return None, 0


ok = True
for i in ins:
    r, k = row_of(i)
    line = " ".join(r) if r else ""
    ok = ok and r is not None
    ok = ok and (not i.argrepr or line.endswith("(" + i.argrepr + ")"))
    ok = ok and (i.starts_line is None or r[0] == str(i.starts_line))
    ok = ok and (r[k - 1] == ">>") == i.is_jump_target
print(ok)  # expect: True
print(text == listing(scan), text == listing(scan.__code__))  # expect: True True

# Bytecode: codeobj, first_line, iteration, repr, first_line renumbering
b = dis.Bytecode(greet)
print(b.codeobj is greet.__code__, b.first_line == greet.__code__.co_firstlineno)  # expect: True True
print(list(b) == list(dis.get_instructions(greet)), b.current_offset)  # expect: True None
print(repr(b).startswith("Bytecode(<function greet at "))  # expect: True
print([i.argval for i in b if i.opname == "LOAD_CONST"])  # expect: ['hello ']
moved = dis.Bytecode(greet, first_line=1000)
print(moved.first_line, [i.starts_line - 1000 + b.first_line for i in moved if i.starts_line][-1] == [i.starts_line for i in b if i.starts_line][-1])  # expect: 1000 True
print(moved.dis().split()[0] == str(min(i.starts_line for i in moved if i.starts_line)))  # expect: True
print([i.positions.lineno for i in moved] == [i.positions.lineno for i in b])  # expect: True

# other sources of code: a code object, a method, a source string
class Greeter:
    def hello(self):
        return self

print(list(dis.get_instructions(greet.__code__)) == list(b))  # expect: True
print([i.argval for i in dis.get_instructions(Greeter().hello) if i.opname == "LOAD_FAST"])  # expect: ['self']
src = [i.argval for i in dis.get_instructions("x = 7") if i.opname in ("LOAD_CONST", "STORE_NAME")]
print(src[:2])  # expect: [7, 'x']
print(dis.Bytecode("a + b").codeobj.co_name)  # expect: <module>

# Instruction and Positions as named tuples
p = dis.Positions(3, col_offset=1)
print(p, p.end_lineno)  # expect: Positions(lineno=3, end_lineno=None, col_offset=1, end_col_offset=None) None
j = ins[0]._replace(opname="X", offset=-2)
print(j.opname, j.offset, j[2:4] == ins[0][2:4], j._asdict()["offset"])  # expect: X -2 True -2
try:
    dis.get_instructions(42)
except TypeError as e:
    print(e)  # expect: don't know how to disassemble int objects
dis.Bytecode(None)
# expect error: TypeError: don't know how to disassemble NoneType objects
