# Attribute hooks and descriptors: __getattr__, __getattribute__,
# __setattr__, __delattr__, __get__/__set__/__delete__, __set_name__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)

class Target:
    x = 1
t = Target()
p = Proxy(t)
print(p.x, p.target is t)  # expect: 1 True
p.y = 5
print(t.y, p.y)  # expect: 5 5
del p.y
print(p.log)  # expect: ['x', 'set y', 'y', 'del y']
try:
    p.missing
except AttributeError as e:
    print(e)  # expect: 'Target' object has no attribute 'missing'
print(hasattr(p, "missing"), getattr(p, "missing", "dflt"))  # expect: False dflt

class Loud:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
l = Loud()
print(l.a, l.secret, l.other)  # expect: 1 42 fallback other

# data and non-data descriptors
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        delattr(obj, self.name)

class Account:
    balance = Positive()
    limit = Positive()
acct = Account()
print(acct.balance, Account.balance.name, Account.balance.owner)  # expect: 0 _balance Account
acct.balance = 10
print(acct.balance, acct.__dict__)  # expect: 10 {'_balance': 10}
try:
    acct.limit = -1
except ValueError as e:
    print(e)  # expect: limit must be >= 0
del acct.balance
print(acct.balance, acct.__dict__)  # expect: 0 {}
print(isinstance(Account.__dict__["balance"], Positive))  # expect: True

class Const:
    def __get__(self, obj, objtype):
        return f"const via {objtype.__name__}"
class Holder:
    c = Const()
h = Holder()
print(h.c, Holder.c)  # expect: const via Holder const via Holder
h.__dict__["c"] = "instance wins"
print(h.c)  # expect: instance wins

# property with setter and deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
tp = Temp()
tp.celsius = 100
print(tp.celsius, tp.fahrenheit)  # expect: 100 212.0
del tp.celsius
print(tp.celsius)  # expect: None
try:
    tp.fahrenheit = 1
except AttributeError as e:
    print("read-only")  # expect: read-only

# class methods, static methods, and alternative constructors
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
class Point3(Point):
    pass
print(Point.origin(), Point3.origin(), Point3(1, 1).origin())  # expect: Point(0, 0) Point3(0, 0) Point3(0, 0)
print(Point.dist(Point(1, 2), Point(4, 6)), Point(0, 0).dist(Point(1, 1), Point(2, 2)))  # expect: 7 2
print(Point.count)  # expect: 9

# __new__ and __init__
class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)  # expect: True 2
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine())  # expect: 42

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)  # expect: __init__() should return None, not 'int'

# __init_subclass__ and __class_getitem__
registry = []
class Plugin:
    def __init_subclass__(cls):
        super().__init_subclass__()
        registry.append(cls.__name__)
class A(Plugin):
    pass
class B(A):
    pass
print(registry)  # expect: ['A', 'B']
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int])  # expect: Box[int]

# setattr/getattr/delattr builtins and __dict__
class Bare:
    pass
o = Bare()
setattr(o, "k", 3)
print(getattr(o, "k"), o.__dict__, vars(o) is o.__dict__)  # expect: 3 {'k': 3} True
delattr(o, "k")
print(hasattr(o, "k"), o.__dict__)  # expect: False {}
o.__dict__ = {"z": 26}
print(o.z)  # expect: 26
print(o.__class__ is Bare, type(o) is Bare, Bare.__name__)  # expect: True True Bare
Bare.__name__ = "Renamed"
print(Bare.__name__, Bare.__qualname__)  # expect: Renamed Bare
print(Bare.__doc__, Bare.__module__)  # expect: None __main__
class Documented:
    """A docstring."""
print(Documented.__doc__, Documented().__doc__)  # expect: A docstring. A docstring.
print("__init__" in Bare.__dict__, "__dict__" in Bare.__dict__)  # expect: False True
