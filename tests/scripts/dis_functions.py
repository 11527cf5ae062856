# dis.dis of functions, code objects and source strings: the structure that
# baton's bytecode and CPython's share (line numbers, the names of loaded
# globals, locals and attributes, constants, jump targets, nested code).
import dis


class Capture:
    """A file for dis(..., file=): collects what dis writes."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


def dis_text(x, **kw):
    c = Capture()
    dis.dis(x, file=c, **kw)
    return c.text()


def line_numbers(text):
    """The source lines named in the first column of a disassembly."""
    found = set()
    for line in text.splitlines():
        first = line[:4].strip()
        if first.isdigit():
            found.add(int(first))
    return found


def instructions(text):
    """(opname, argument meaning) of each instruction line."""
    out = []
    for line in text.splitlines():
        words = line.replace(">>", "").split()
        names = [w for w in words if w.isupper() and "_" in w or w in ("NOP", "CALL", "COPY", "SWAP")]
        if names:
            meaning = line[line.index("(") + 1:line.rindex(")")] if "(" in line else ""
            out.append((names[0], meaning))
    return out


SCALE = 3


def helper(x):
    return x * SCALE


def compute(values, offset=1):
    total = helper(offset)
    for v in values:
        if v > 2:
            total += v
    return total.bit_length()


compute([1, 2, 3])
text = dis_text(compute)
first = compute.__code__.co_firstlineno
print(set(range(first + 1, first + 6)) <= line_numbers(text))  # expect: True
print(all(first <= n <= first + 5 for n in line_numbers(text)))  # expect: True
ins = instructions(text)
print(("LOAD_GLOBAL", "helper") in ins or ("LOAD_GLOBAL", "NULL + helper") in ins)  # expect: True
print(sorted({m for op, m in ins if op == "LOAD_FAST"}))  # expect: ['offset', 'total', 'v', 'values']
print(sorted({m for op, m in ins if op == "STORE_FAST"}))  # expect: ['total', 'v']
print("bit_length" in text, "(2)" in text, "RETURN_VALUE" in text, ">>" in text)  # expect: True True True True
print("(+=)" in text, "(>)" in text)  # expect: True True
print(("LOAD_GLOBAL", "SCALE") in instructions(dis_text(helper)), "(*)" in dis_text(helper))  # expect: True True
print(dis_text(compute.__code__) == text)  # expect: True


def outer(n):
    def inner(k):
        return k + n
    return [inner(i) for i in range(n)]


nested = dis_text(outer)
print(nested.count("Disassembly of <code object"))  # expect: 2
print("Disassembly of <code object inner at " in nested, "<listcomp>" in nested)  # expect: True True
shallow = dis_text(outer, depth=0)
print("Disassembly of" in shallow, "inner" in shallow, nested.startswith(shallow))  # expect: False True True
c = Capture()
dis.disassemble(outer.__code__, file=c)
print(c.text() == shallow)  # expect: True

source = dis_text("total = count + 1")
ins = instructions(source)
print(("LOAD_NAME", "count") in ins, ("STORE_NAME", "total") in ins, ("LOAD_CONST", "1") in ins)  # expect: True True True
print(line_numbers(source) - {0})  # expect: {1}
expr = dis_text("a * b")
print([op for op, m in instructions(expr) if op.startswith("LOAD_NAME")])  # expect: ['LOAD_NAME', 'LOAD_NAME']
print("STORE_NAME" in expr, "(*)" in expr)  # expect: False True
print(line_numbers(dis_text("x = 1\ny = 2\n\nz = x + y\n")) >= {1, 2, 4})  # expect: True
code = compile("def f():\n    return g()\n", "<demo>", "exec")
print("Disassembly of <code object f" in dis_text(code), ("LOAD_GLOBAL", "g") in instructions(dis_text(code)) or ("LOAD_GLOBAL", "NULL + g") in instructions(dis_text(code)))  # expect: True True
print(dis_text(lambda: None).count("RETURN_VALUE") >= 1)  # expect: True
for bad in (5, object(), 2.5):
    try:
        dis.dis(bad)
        print("no error")
    except TypeError as e:
        print(e)
# expect: don't know how to disassemble int objects
# expect: don't know how to disassemble object objects
# expect: don't know how to disassemble float objects
