# Calls from Python code to Python functions run in the caller's loop
# (vm/eval.c eval_inline_frame): returns, exceptions unwinding through
# finally and with blocks, generators calling functions, keyword and star
# arguments, closures, methods, tracebacks that name every frame, and the
# recursion limit.
import sys
def inner(x):
    if x < 0:
        raise ValueError("neg %d" % x)
    return x * 2
def middle(x):
    try:
        return inner(x)
    finally:
        print("finally", x)
def outer(xs):
    out = []
    for x in xs:
        try:
            out.append(middle(x))
        except ValueError as e:
            out.append(str(e))
    return out
print(outer([1, -2, 3]))
def gen(n):
    for i in range(n):
        yield inner(i)
print(list(gen(4)))
def g2():
    try:
        yield middle(1)
        yield middle(-1)
    except ValueError as e:
        yield "caught " + str(e)
print(list(g2()))
def kw(a, *args, b=1, **k): return (a, args, b, sorted(k.items()))
def callkw(): return kw(1, 2, 3, b=4, z=5)
print(callkw())
def closure():
    y = 10
    def f(x): return x + y
    return f(5)
print(closure())
def rec_exc(n):
    if n == 0: 1/0
    return rec_exc(n - 1)
try: rec_exc(30)
except ZeroDivisionError as e:
    n = 0; tb = e.__traceback__
    while tb: n += 1; tb = tb.tb_next
    print("zde frames", n)
class A:
    def m(self, k): return self.n(k) + 1
    def n(self, k): return k * 3
print(A().m(4))
def ctx():
    class C:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
    with C():
        inner(-5)
    return "after"
print(ctx())
def deep_limit(n): return deep_limit(n + 1)
sys.setrecursionlimit(200)
try: deep_limit(0)
except RecursionError as e: print("rec", e)
sys.setrecursionlimit(1000)
def unbound():
    return x_undefined_name
try: unbound()
except NameError as e: print(e)
def wrong(a, b): pass
try: wrong(1)
except TypeError as e: print(e)
def local_err():
    print(v)
    v = 1
try: local_err()
except UnboundLocalError as e: print(e)
# expect: finally 1
# expect: finally -2
# expect: finally 3
# expect: [2, 'neg -2', 6]
# expect: [0, 2, 4, 6]
# expect: finally 1
# expect: finally -1
# expect: [2, 'caught neg -1']
# expect: (1, (2, 3), 4, [('z', 5)])
# expect: 15
# expect: zde frames 32
# expect: 13
# expect: enter
# expect: exit ValueError
# expect: after
# expect: rec maximum recursion depth exceeded
# expect: name 'x_undefined_name' is not defined
# expect: wrong() missing 1 required positional argument: 'b'
# expect: cannot access local variable 'v' where it is not associated with a value
