# compile() / exec() / eval() in the three modes
exec(compile("1 + 2", "<s>", "single"))  # expect: 3
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))  # expect: 'text'
exec(compile("for i in range(2):\n    i * 10\n", "<s>", "single"))
# expect: 0
# expect: 10
print(eval("3 * 4"))  # expect: 12
print(eval(compile("[x for x in 'ab']", "<e>", "eval")))  # expect: ['a', 'b']
ns = {}
exec("a = 5\ndef f():\n    return a * 2\nb = f()\n", ns)
print(ns["a"], ns["b"])  # expect: 5 10
code = compile("x = 1\nx + 1\n", "<exec>", "exec")
g = {}
print(exec(code, g), g["x"])  # expect: None 1
print(eval("y + 1", {"y": 41}))  # expect: 42
print(eval("lambda v: v * 3")(3))  # expect: 9
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.lineno)  # expect: SyntaxError 1
try:
    compile("def f(:\n", "<bad>", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno)  # expect: <bad> 1
try:
    compile("if True:\nprint(1)\n", "<ind>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)  # expect: IndentationError expected an indented block after 'if' statement on line 1 2
try:
    exec("def f():\n    return 1\n  x = 2\n")
except IndentationError as e:
    print(e.msg)  # expect: unindent does not match any outer indentation level
try:
    exec("x = 1\nbreak\n")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))  # expect: 'break' outside loop 2 1 None
try:
    exec("def f():\n    y = 2\n    global y\n")
except SyntaxError as e:
    print(e.lineno, e.offset)  # expect: 3 5
