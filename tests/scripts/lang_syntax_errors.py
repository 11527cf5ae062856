# compile-time errors raised by the symbol table and the code generator
def err(src):
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        return "%s @%d" % (e.msg, e.lineno)
    return "compiled"

print(err("def f():\n    x = 1\n    global x\n"))  # expect: name 'x' is assigned to before global declaration @3
print(err("def f():\n    print(x)\n    global x\n"))  # expect: name 'x' is used prior to global declaration @3
print(err("def f(x):\n    global x\n"))  # expect: name 'x' is parameter and global @2
print(err("def f(x):\n    nonlocal x\n"))  # expect: name 'x' is parameter and nonlocal @2
print(err("def f():\n    def g():\n        nonlocal q\n"))  # expect: no binding for nonlocal 'q' found @3
print(err("x = 1\nnonlocal x\n"))  # expect: name 'x' is assigned to before nonlocal declaration @2
print(err("y = 1\nnonlocal x\n"))  # expect: nonlocal declaration not allowed at module level @2
print(err("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n"))  # expect: name 'x' is assigned to before nonlocal declaration @5
print(err("return 5\n"))  # expect: 'return' outside function @1
print(err("class C:\n    return 1\n"))  # expect: 'return' outside function @2
print(err("yield 1\n"))  # expect: 'yield' outside function @1
print(err("class C:\n    x = yield\n"))  # expect: 'yield' outside function @2
print(err("await x\n"))  # expect: 'await' outside function @1
print(err("def f():\n    await x\n"))  # expect: 'await' outside async function @2
print(err("break\n"))  # expect: 'break' outside loop @1
print(err("continue\n"))  # expect: 'continue' not properly in loop @1
print(err("for x in y:\n    def f():\n        break\n"))  # expect: 'break' outside loop @3
print(err("while 1:\n    class C:\n        continue\n"))  # expect: 'continue' not properly in loop @3
print(err("f(a=1, a=2)\n"))  # expect: keyword argument repeated: a @1
print(err("[(yield) for x in y]\n"))  # expect: 'yield' inside list comprehension @1
print(err("def f():\n    {(yield x) for x in y}\n"))  # expect: 'yield' inside set comprehension @2
print(err("def f():\n    return [i := 0 for i in range(3)]\n"))  # expect: assignment expression cannot rebind comprehension iteration variable 'i' @2
print(err("class C:\n    [y := 1 for x in z]\n"))  # expect: assignment expression within a comprehension cannot be used in a class body @2
print(err("def f():\n    from os import *\n"))  # expect: import * only allowed at module level @2
print(err("def f():\n    global x\n    nonlocal x\n"))  # expect: name 'x' is nonlocal and global @2
print(err("x = 1\nglobal x\n"))  # expect: name 'x' is assigned to before global declaration @2
print(err("global y\ny = 1\n"))  # expect: compiled
print(err("def f():\n    nonlocal_ok = 1\n    def g():\n        nonlocal nonlocal_ok\n"))  # expect: compiled
print(err("for x in y:\n    try:\n        pass\n    finally:\n        break\n"))  # expect: compiled
