# tuple/list unpacking, starred, nested targets
a, b = 1, 2
print(a, b)  # expect: 1 2
a, b = b, a
print(a, b)  # expect: 2 1
[c, d] = "xy"
print(c, d)  # expect: x y
first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = (1, 2, 3)
print(init, last)  # expect: [1, 2] 3
h, *mid, t = range(5)
print(h, mid, t)  # expect: 0 [1, 2, 3] 4
h, *mid, t = [1, 2]
print(h, mid, t)  # expect: 1 [] 2
(p, q), r = (1, 2), 3
print(p, q, r)  # expect: 1 2 3
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x + y)
# expect: 0 3
# expect: 1 7
x = y = z = 0
print(x, y, z)  # expect: 0 0 0
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)  # expect: ['a', 0, 'c']

class O:
    pass
o = O()
o.a, o.b = 5, 6
print(o.a + o.b)  # expect: 11

try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected 3, got 2)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected at least 2, got 1)
try:
    a, b = 5
except TypeError as e:
    print(e)  # expect: cannot unpack non-iterable int object

print([*range(3), *"ab"])  # expect: [0, 1, 2, 'a', 'b']
print((*[1, 2], 3))  # expect: (1, 2, 3)
print({*[1, 1], 2})  # expect: {1, 2}
print({**{"a": 1}, "b": 2, **{"a": 3}})  # expect: {'a': 3, 'b': 2}

def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], 3, *(), k=1, **{"j": 2}))  # expect: ((1, 2, 3), {'k': 1, 'j': 2})
print(f(**{}))  # expect: ((), {})

d = {}
d["k"], = [9]
print(d)  # expect: {'k': 9}
(single,) = [42]
print(single)  # expect: 42
[[n1, n2], [n3]] = [[1, 2], [3]]
print(n1 + n2 + n3)  # expect: 6
s1, *s2 = "hello"
print(s1, s2)  # expect: h ['e', 'l', 'l', 'o']
