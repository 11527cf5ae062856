# Statement forms the parser must accept, each checked by its effect.
a = b = 1; c = 2;
print(a, b, c)  # expect: 1 1 2
a, *rest = [1, 2, 3]
print(a, rest)  # expect: 1 [2, 3]
[x, (y, z)] = 1, (2, 3)
print(x, y, z)  # expect: 1 2 3
n = 5
n += 1; n -= 2; n *= 3; n //= 2; n **= 2; n %= 7
print(n)  # expect: 1
d = {'k': [0, 1, 2, 3, 4, 5]}
d['k'][1:3] = ['a']
print(d['k'][::2], d['k'][-1], d['k'][1:4:2])  # expect: [0, 3, 5] 5 ['a', 4]
del d['k'][0], d['k'][-1]
print(d)  # expect: {'k': ['a', 3, 4]}
v: int = 4
print(v)  # expect: 4
if (m := len(d['k'])) > 2:
    print('walrus', m)  # expect: walrus 3
if n > 10:
    print('big')
elif n > 0:
    print('small')  # expect: small
else:
    print('none')
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
else:
    print('while else', i)  # expect: while else 3
for k in range(5):
    if k == 2:
        break
else:
    print('not reached')
print('broke at', k)  # expect: broke at 2
for p, q in [(1, 2)]: print(p + q)  # expect: 3
def f(a, /, b=2, *args, c, d=4, **kw) -> list:
    return [a, b, args, c, d, kw]
print(f(1, c=3))  # expect: [1, 2, (), 3, 4, {}]
print(f(1, 5, 6, 7, c=3, e=8))  # expect: [1, 5, (6, 7), 3, 4, {'e': 8}]
print(f(*[1, 2], **{'c': 0}))  # expect: [1, 2, (), 0, 4, {}]
g = lambda x, *a, k=1, **kw: (x, a, k, kw)
print(g(0, 1, k=2, z=3))  # expect: (0, (1,), 2, {'z': 3})
def deco(fn):
    return lambda *a: fn(*a) * 10
@deco
def h(x):
    return x
print(h(4))  # expect: 40
class A:
    x: int = 3
    def m(self): return self.x
print(A().m())  # expect: 3
def gen():
    y = yield 1
    yield from [y, 3]
it = gen()
print(next(it), it.send(2), next(it))  # expect: 1 2 3
print(sum(x * x for x in range(4)))  # expect: 14
print([i for i in range(6) if i % 2 if i > 1], {i % 3 for i in range(6)})  # expect: [3, 5] {0, 1, 2}
print({k: v for k, v in zip('ab', (1, 2))}, {**{'a': 1}, 'b': 2}, [*range(3), *'xy'])  # expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2} [0, 1, 2, 'x', 'y']
try:
    raise ValueError('bad') from KeyError('k')
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)  # expect: ValueError bad KeyError
else:
    print('no')
finally:
    print('finally')  # expect: finally
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *exc): print('exit', self.n)
with CM(1) as one, CM(2) as two:  # expect: enter 1
    print(one + two)  # expect: enter 2
# expect: 3
# expect: exit 2
# expect: exit 1
with (CM(3) as three,
      CM(4)):  # expect: enter 3
    pass  # expect: enter 4
# expect: exit 4
# expect: exit 3
def outer():
    t = 0
    def inner():
        nonlocal t
        t += 1
    inner()
    return t
print(outer())  # expect: 1
def setg():
    global G
    G = 'g'
setg()
print(G)  # expect: g
assert True, 'never'
import math as m2
from math import (floor, ceil as c2,)
print(m2.floor(1.5), floor(2.5), c2(2.5))  # expect: 1 2 3
match = 3
print(match)  # expect: 3
x = 1 + \
    2
print(x, (1,
          2))  # expect: 3 (1, 2)
print(1 if x else 2, 0 or 'or', 1 and 'and', not x)  # expect: 1 or and False
