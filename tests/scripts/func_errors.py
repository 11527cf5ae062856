# Every argument-binding error message, as CPython 3.11 words it.

def f(a, b): pass
def g(a, b=1): pass
def h(): pass
def k(*, k): pass
def p(a, /, b): pass
def q(a, b, c): pass
def kk(*, a, b, c): pass
def kw2(x, *, a): pass
def d2(x, y=1, *, a): pass

class C:
    def m(self, a): pass

def check(thunk):
    try:
        thunk()
    except TypeError as e:
        print(e)

check(lambda: f(1))  # expect: f() missing 1 required positional argument: 'b'
check(lambda: f())  # expect: f() missing 2 required positional arguments: 'a' and 'b'
check(lambda: q())  # expect: q() missing 3 required positional arguments: 'a', 'b', and 'c'
check(lambda: f(1, 2, 3))  # expect: f() takes 2 positional arguments but 3 were given
check(lambda: g(1, 2, 3))  # expect: g() takes from 1 to 2 positional arguments but 3 were given
check(lambda: h(1))  # expect: h() takes 0 positional arguments but 1 was given
check(lambda: h(1, 2))  # expect: h() takes 0 positional arguments but 2 were given
check(lambda: f(1, 2, z=3))  # expect: f() got an unexpected keyword argument 'z'
check(lambda: f(1, a=2))  # expect: f() got multiple values for argument 'a'
check(lambda: g(1, 2, b=4))  # expect: g() got multiple values for argument 'b'
check(lambda: k())  # expect: k() missing 1 required keyword-only argument: 'k'
check(lambda: kk())  # expect: kk() missing 3 required keyword-only arguments: 'a', 'b', and 'c'
check(lambda: k(1))  # expect: k() takes 0 positional arguments but 1 was given
check(lambda: k(1, k=2))  # expect: k() takes 0 positional arguments but 1 positional argument (and 1 keyword-only argument) were given
check(lambda: kw2(1, 2))  # expect: kw2() takes 1 positional argument but 2 were given
check(lambda: d2(1, 2, 3))  # expect: d2() takes from 1 to 2 positional arguments but 3 were given
check(lambda: d2(1, 2, 3, a=1))  # expect: d2() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
check(lambda: p(a=1, b=2))  # expect: p() got some positional-only arguments passed as keyword arguments: 'a'
check(lambda: g())  # expect: g() missing 1 required positional argument: 'a'
check(lambda: C().m())  # expect: C.m() missing 1 required positional argument: 'a'
check(lambda: C().m(1, 2))  # expect: C.m() takes 2 positional arguments but 3 were given
check(lambda: C.m())  # expect: C.m() missing 2 required positional arguments: 'self' and 'a'

# errors at the call site: * and ** operands
check(lambda: f(**{1: 2}))  # expect: keywords must be strings
check(lambda: f(*1))  # expect: __main__.f() argument after * must be an iterable, not int
check(lambda: f(**1))  # expect: __main__.f() argument after ** must be a mapping, not int
check(lambda: f(a=1, **{"a": 2}))  # expect: __main__.f() got multiple values for keyword argument 'a'
class Plain:
    pass
check(lambda: dict(a=1, **{"a": 2}))  # expect: dict() got multiple values for keyword argument 'a'
check(lambda: Plain(**[1]))  # expect: __main__.Plain() argument after ** must be a mapping, not list
check(lambda: int(*1))  # expect: int() argument after * must be an iterable, not int
check(lambda: f(1, *[2], **{"b": 2}))  # expect: f() got multiple values for argument 'b'
check(lambda: [*1])  # expect: Value after * must be an iterable, not int
check(lambda: {**1})  # expect: 'int' object is not a mapping
check(lambda: {1: 2, **[]})  # expect: 'list' object is not a mapping

# calling things that are not callable
check(lambda: (1)())  # expect: 'int' object is not callable
check(lambda: "s"())  # expect: 'str' object is not callable

def outer():
    def inner(x):
        return x
    return inner

check(lambda: outer()())  # expect: outer.<locals>.inner() missing 1 required positional argument: 'x'

# a TypeError from binding does not call the function
calls = []
def logged(a):
    calls.append(a)

check(lambda: logged(1, 2))  # expect: logged() takes 1 positional argument but 2 were given
print(calls)  # expect: []

# the last error escapes
f(1, 2, 3, 4)  # expect error: TypeError: f() takes 2 positional arguments but 4 were given
