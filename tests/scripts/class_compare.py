# Comparisons, total ordering by hand, __eq__/__hash__ interplay, __bool__.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def _key(self):
        return (self.major, self.minor)
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    def __le__(self, o):
        return self._key() <= o._key()
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b)  # expect: True False False True
print(a < b, a <= c, b > a, b >= a)  # expect: True True True True
print(a > b, b < a)  # expect: False False
print(sorted([b, a, Version(0, 9)]))  # expect: [v0.9, v1.2, v1.10]
print(max(a, b), min(a, b))  # expect: v1.10 v1.2
print(a == 1, a != "x")  # expect: False True
print(Version.__hash__)  # expect: None
try:
    {a}
except TypeError as e:
    print(e)  # expect: unhashable type: 'Version'
try:
    a < 1
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute '_key'

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q)  # expect: True False True
try:
    p < q
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Plain' and 'Plain'
try:
    p >= 3
except TypeError as e:
    print(e)  # expect: '>=' not supported between instances of 'Plain' and 'int'
print(hash(p) == hash(p), {p: 1}[p])  # expect: True 1

# __eq__ with __hash__ kept hashable
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], Key("b") in d, Key("z") in d, len({Key(1), Key(1), Key(2)}))  # expect: 1 True False 2
print(hash(Key(5)) == hash(5))  # expect: True

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))  # expect: True
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)  # expect: __hash__ method should return an integer

# reflected comparison: a < b falls back to b > a
class Lo:
    def __gt__(self, o):
        return "Lo.__gt__"
print(1 < Lo())  # expect: Lo.__gt__
class Ordered(Version):
    def __gt__(self, o):
        return "sub first"
print(Version(1, 1) < Ordered(1, 2))  # expect: sub first

# __ne__ defaults to the inverse of __eq__
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly() != 3, EqOnly() == 3)  # expect: False True
class EqNotImpl:
    def __eq__(self, o):
        return NotImplemented
x = EqNotImpl()
print(x == x, x == EqNotImpl(), x != EqNotImpl())  # expect: True False True

# identity shortcut in containers
class Never:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = Never()
print(n == n, n in [n], [n] == [n], [n].count(n))  # expect: False True True 1

# __bool__ and __len__ truthiness
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Truthy(True)), bool(Truthy(False)), "yes" if Truthy(True) else "no")  # expect: True False yes
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), not Sized())  # expect: False True
try:
    bool(Truthy(1))
except TypeError as e:
    print(e)  # expect: __bool__ should return bool, returned int
print(bool(Plain()))  # expect: True
