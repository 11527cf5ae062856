# A tiny stack virtual machine with an assembler: what baton itself does, in miniature.
def assemble(src):
    code, labels = [], {}
    lines = [l.split("#")[0].strip() for l in src.strip().splitlines()]
    for line in lines:
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            code.append(line.split())
    return [(op, [labels.get(a, a) for a in args]) for op, *args in code]

def run(code, trace=False):
    stack, env, pc, steps = [], {}, 0, 0
    while pc < len(code):
        op, args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "lt": int(a < b)}[op])
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "print":
            print("out:", stack.pop())
        else:
            raise ValueError(f"unknown opcode {op}")
    return env, steps

FACTORIAL = """
    push 1
    store acc
    push 1
    store i
loop:
    load i
    push 21
    lt
    jz end
    load acc
    load i
    mul
    store acc
    load i
    push 1
    add
    store i
    jmp loop
end:
    load acc
    print
"""
code = assemble(FACTORIAL)
print(len(code), code[:3])
env, steps = run(code)
print(env, steps)
try:
    run(assemble("push 1\nfrobnicate"))
except ValueError as e:
    print("ValueError:", e)
