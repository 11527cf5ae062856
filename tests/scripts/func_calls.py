# Every call form: positional, keyword, defaults, *args, **kwargs, keyword-only,
# positional-only, unpacking at the call site, forwarding.

def add(a, b):
    return a + b

print(add(1, 2))  # expect: 3
print(add(b=10, a=1))  # expect: 11
print(add(*[3, 4]))  # expect: 7
print(add(**{"a": 5, "b": 6}))  # expect: 11
print(add(1, *(2,)))  # expect: 3
print(add(1, **{"b": 9}))  # expect: 10

def defaults(a, b=2, c=3):
    return (a, b, c)

print(defaults(1))  # expect: (1, 2, 3)
print(defaults(1, c=30))  # expect: (1, 2, 30)
print(defaults(1, 20, 30))  # expect: (1, 20, 30)

def star(*args, **kwargs):
    return args, sorted(kwargs.items())

print(star())  # expect: ((), [])
print(star(1, 2, x=3, y=4))  # expect: ((1, 2), [('x', 3), ('y', 4)])
print(star(*range(3), **{"k": 1}))  # expect: ((0, 1, 2), [('k', 1)])

def kwonly(a, *, key, flag=False):
    return a, key, flag

print(kwonly(1, key="k"))  # expect: (1, 'k', False)
print(kwonly(1, flag=True, key=2))  # expect: (1, 2, True)

def posonly(a, b, /, c, d=4):
    return a, b, c, d

print(posonly(1, 2, 3))  # expect: (1, 2, 3, 4)
print(posonly(1, 2, c=3, d=5))  # expect: (1, 2, 3, 5)

def posonly_kwargs(a, /, **kw):
    return a, kw

print(posonly_kwargs(1, a=2))  # expect: (1, {'a': 2})

def everything(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(everything(1, c=3))  # expect: (1, 2, (), 3, 4, {})
print(everything(1, 2, 3, 4, c=5, e=6))  # expect: (1, 2, (3, 4), 5, 4, {'e': 6})

# forwarding *args and **kwargs through a wrapper
def wrapper(*args, **kwargs):
    return everything(*args, **kwargs)

print(wrapper(0, 1, 2, c=9, z=8))  # expect: (0, 1, (2,), 9, 4, {'z': 8})

def trace(fn):
    def inner(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return inner

@trace
def mul(x, y=2):
    return x * y

print(mul(4))  # expect: call mul (4,) {}
# expect: 8
print(mul(4, y=3))  # expect: call mul (4,) {'y': 3}
# expect: 12

# defaults are evaluated once, at definition time
counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]

def with_id(x=next_id()):
    return x

print(with_id(), with_id(), counter[0])  # expect: 1 1 1

# the mutable default gotcha
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_to(1))  # expect: [1]
print(append_to(2))  # expect: [1, 2]
print(append_to(3, []))  # expect: [3]
print(append_to.__defaults__)  # expect: ([1, 2],)

# lambdas and calls through other callables
square = lambda n: n * n
print(list(map(square, [1, 2, 3])))  # expect: [1, 4, 9]
print((lambda *a, **k: (a, k))(1, b=2))  # expect: ((1,), {'b': 2})
print(sorted([3, 1, 2], key=lambda v: -v))  # expect: [3, 2, 1]

# keyword argument order is preserved in **kwargs
def order(**kw):
    return list(kw)

print(order(z=1, a=2, m=3))  # expect: ['z', 'a', 'm']
print(order(**{"b": 1}, a=2))  # expect: ['b', 'a']

# a function calling itself with keywords
def countdown(n, *, acc=()):
    if n == 0:
        return acc
    return countdown(n - 1, acc=acc + (n,))

print(countdown(4))  # expect: (4, 3, 2, 1)
