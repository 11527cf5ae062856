# lambdas and default arguments
sq = lambda x: x * x
print(sq(7))  # expect: 49
add = lambda a, b=10: a + b
print(add(1), add(1, 2))  # expect: 11 3
print((lambda *a, **k: (a, k))(1, 2, z=3))  # expect: ((1, 2), {'z': 3})
print((lambda: "no args")())  # expect: no args
print(sq.__name__, sq.__qualname__)  # expect: <lambda> <lambda>

def outer():
    return lambda: 1
print(outer().__qualname__)  # expect: outer.<locals>.<lambda>

def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket

print(defaults_evaluated_once(1), defaults_evaluated_once(2))  # expect: [1, 2] [1, 2]

counter = 0
def make_default():
    global counter
    counter += 1
    return counter

def f(a=make_default(), b=make_default()):
    return a, b

print(f(), counter)  # expect: (1, 2) 2

def kwonly(a, *, b, c=3):
    return a + b + c

print(kwonly(1, b=2), kwonly(1, b=2, c=0))  # expect: 6 3
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)  # expect: kwonly() takes 1 positional argument but 2 were given
try:
    kwonly(1)
except TypeError as e:
    print(e)  # expect: kwonly() missing 1 required keyword-only argument: 'b'

def posonly(a, b, /, c):
    return a, b, c

print(posonly(1, 2, c=3))  # expect: (1, 2, 3)

def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))  # expect: (1, 2, (), 3, 4, {})
print(mixed(1, 5, 6, 7, c=8, e=9))  # expect: (1, 5, (6, 7), 8, 4, {'e': 9})
print(mixed.__defaults__, mixed.__kwdefaults__)  # expect: (2,) {'d': 4}

x = 5
def captures_default(v=x):
    return v
x = 6
print(captures_default())  # expect: 5

key_fns = sorted(["bb", "a", "ccc"], key=lambda s: -len(s))
print(key_fns)  # expect: ['ccc', 'bb', 'a']
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))  # expect: [2, 12]
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(3))  # expect: 9
print((lambda x=1, *, y=2: x + y)(y=5))  # expect: 6
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])  # expect: [10, 11, 12]
print((lambda: (yield))().__class__.__name__)  # expect: generator
