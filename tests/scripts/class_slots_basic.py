# __slots__: storage in the instance, member descriptors on the class, no
# __dict__ unless asked for; subclasses with and without their own slots.
def t(f):
    try:
        r = f()
        print("ok", r)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = P(3, -4)
print(p.x, p.y, p.norm1())  # expect: 3 -4 7
p.x += 10
print(p.x)  # expect: 13
print(type(P.x).__name__, P.x, repr(P.y))  # expect: member_descriptor <member 'x' of 'P' objects> <member 'y' of 'P' objects>
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P, P.x.__doc__)  # expect: x P.x True None
print(P.__slots__, "x" in P.__dict__, "__dict__" in P.__dict__)  # expect: ('x', 'y') True False
print(hasattr(p, "__dict__"))  # expect: False
t(lambda: setattr(p, "z", 1))  # expect: AttributeError: 'P' object has no attribute 'z'
t(lambda: p.z)  # expect: AttributeError: 'P' object has no attribute 'z'
t(lambda: vars(p))  # expect: TypeError: vars() argument must have __dict__ attribute
t(lambda: p.__dict__)  # expect: AttributeError: 'P' object has no attribute '__dict__'
del p.y
t(lambda: p.y)  # expect: AttributeError: 'P' object has no attribute 'y'
t(lambda: delattr(p, "y"))  # expect: AttributeError: y
print(hasattr(p, "y"), getattr(p, "y", "unset"))  # expect: False unset
p.y = [1, 2]
print(p.y)  # expect: [1, 2]
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)  # expect: 13 True
P.x.__set__(p, 99)
print(p.x)  # expect: 99
P.x.__delete__(p)
t(lambda: p.x)  # expect: AttributeError: 'P' object has no attribute 'x'

# A single string names one slot.
class One:
    __slots__ = "value"
o = One()
o.value = "v"
print(o.value, One.__slots__)  # expect: v value
t(lambda: setattr(o, "other", 1))  # expect: AttributeError: 'One' object has no attribute 'other'

# An iterable of names: a list, a dict's keys.
class FromList:
    __slots__ = ["a", "b"]
class FromDict:
    __slots__ = {"a": "doc a", "b": "doc b"}
fl, fd = FromList(), FromDict()
fl.a, fl.b, fd.a, fd.b = 1, 2, 3, 4
print(fl.a + fl.b, fd.a + fd.b, FromDict.__slots__)  # expect: 3 7 {'a': 'doc a', 'b': 'doc b'}

# '__dict__' in the slots gives instances a dict back.
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.extra, vars(w), w.__dict__)  # expect: 1 2 {'extra': 2} {'extra': 2}

# '__weakref__' is accepted.
class Weak:
    __slots__ = ("a", "__weakref__")
wk = Weak()
wk.a = 5
print(wk.a, hasattr(wk, "__dict__"))  # expect: 5 False

# A subclass without __slots__ gets a __dict__ again; base slots still work.
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z, vars(q))  # expect: 1 2 3 {'z': 3}

# A subclass with its own __slots__ adds to the base's.
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, r.norm1())  # expect: 1 2 3 3
t(lambda: setattr(r, "w", 1))  # expect: AttributeError: 'R' object has no attribute 'w'
print(R.z, R.x)  # expect: <member 'z' of 'R' objects> <member 'x' of 'P' objects>
t(lambda: R.z.__get__(p))  # expect: TypeError: descriptor 'z' for 'R' objects doesn't apply to a 'P' object
t(lambda: P.x.__set__(5, 1))  # expect: TypeError: descriptor 'x' for 'P' objects doesn't apply to a 'int' object

# Empty __slots__ in a subclass of a class with a dict keeps the dict.
class D:
    pass
class E(D):
    __slots__ = ()
e = E()
e.anything = 1
print(e.anything)  # expect: 1

# A class attribute is read-only on instances without a dict.
class K:
    __slots__ = ("a",)
    limit = 10
k = K()
print(k.limit)  # expect: 10
t(lambda: setattr(k, "limit", 1))  # expect: AttributeError: 'K' object attribute 'limit' is read-only

# Private names are mangled like attribute references.
class M:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(M().get(), "_M__secret" in M.__dict__)  # expect: 42 True

# A property and a slot side by side; __slots__ on a subclass of list.
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
print(Temp(100).f)  # expect: 212.0
class Stack(list):
    __slots__ = ("limit",)
s = Stack([1, 2])
s.limit = 3
s.append(5)
print(s, s.limit, hasattr(s, "__dict__"))  # expect: [1, 2, 5] 3 False
class Err(Exception):
    __slots__ = ("code",)
try:
    ex = Err("boom")
    ex.code = 7
    raise ex
except Err as caught:
    print(caught, caught.code)  # expect: boom 7

# Duplicate names are allowed (3.11): the instance simply has two slots.
class Twice:
    __slots__ = ("a", "a")
tw = Twice()
tw.a = 1
print(tw.a)  # expect: 1

# Setting the same slot through setattr/getattr/hasattr and in a loop
# (the eval loop's attribute caches must go through the descriptor).
class Counter:
    __slots__ = ("n",)
c = Counter()
for i in range(5):
    if i == 0:
        t(lambda: c.n)  # expect: AttributeError: 'Counter' object has no attribute 'n'
        c.n = 0
    c.n = c.n + i
print(c.n)  # expect: 10
setattr(c, "n", 100)
print(getattr(c, "n"), hasattr(c, "nope"))  # expect: 100 False
