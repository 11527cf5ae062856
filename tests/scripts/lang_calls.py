# call forms: positional, keyword, *args, **kwargs, methods
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)

print(f(1))  # expect: (1, 2, (), 3, {})
print(f(1, 5, 6, 7))  # expect: (1, 5, (6, 7), 3, {})
print(f(b=9, a=8))  # expect: (8, 9, (), 3, {})
print(f(1, c=4, d=5))  # expect: (1, 2, (), 4, {'d': 5})
args = (10, 20, 30)
kwargs = {"c": 0, "z": 1}
print(f(*args, **kwargs))  # expect: (10, 20, (30,), 0, {'z': 1})
print(f(0, *[1], *(2, 3), c=9, **{"y": 2}, w=1))  # expect: (0, 1, (2, 3), 9, {'y': 2, 'w': 1})
print(f(*"ab"))  # expect: ('a', 'b', (), 3, {})

class K:
    def __init__(self, base):
        self.base = base
    def add(self, x, y=0):
        return self.base + x + y
    @staticmethod
    def s(*a):
        return a

k = K(100)
print(k.add(1), k.add(1, y=2), k.add(*[1, 2]), k.add(**{"x": 5}))  # expect: 101 103 103 105
print(K.add(k, 1), K.s(1, 2), k.s(*[3]))  # expect: 101 (1, 2) (3,)
m = k.add
print(m(10))  # expect: 110
print("x".join(["a", "b"]), "abc".upper().lower())  # expect: axb abc
print(dict(a=1, **{"b": 2}))  # expect: {'a': 1, 'b': 2}
print(max(3, 9, key=lambda v: -v))  # expect: 3

try:
    f()
except TypeError as e:
    print(e)  # expect: f() missing 1 required positional argument: 'a'
try:
    f(1, a=2)
except TypeError as e:
    print(e)  # expect: f() got multiple values for argument 'a'
try:
    K.add(k)
except TypeError as e:
    print(e)  # expect: K.add() missing 1 required positional argument: 'x'

def nothing():
    pass
print(nothing())  # expect: None

def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))  # expect: 2432902008176640000

calls = []
def arg(v):
    calls.append(v)
    return v
def g(*a, **k):
    return len(a) + len(k)
g(arg(1), arg(2), x=arg(3), *[arg(4)], **{"y": arg(5)})
print(calls)  # expect: [1, 2, 4, 3, 5]
print((lambda: print)()("called through"))
# expect: called through
# expect: None
obj = [[1, 2], [3]]
print(obj[0].pop(), len(obj[1:]))  # expect: 2 1
print(getattr(k, "add")(2))  # expect: 102
print(print.__name__)  # expect: print
