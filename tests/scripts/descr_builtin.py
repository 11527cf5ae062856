# property, classmethod, staticmethod, and how functions bind.

class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)  # expect: 100 212.0
t.celsius = 0
print(t.celsius, t.fahrenheit)  # expect: 0 32.0
try:
    t.celsius = -300
except ValueError as e:
    print(e)  # expect: below absolute zero
del t.celsius  # expect: deleting
print(t.celsius)  # expect: None
print(Temperature.celsius.__doc__)  # expect: Degrees Celsius.
print(type(Temperature.celsius).__name__)  # expect: property

try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)  # expect: property 'fahrenheit' of 'Temperature' object has no setter
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)  # expect: property 'fahrenheit' of 'Temperature' object has no deleter

class Empty:
    x = property()

try:
    Empty().x
except AttributeError as e:
    print(e)  # expect: property 'x' of 'Empty' object has no getter

# a property wins over the instance dict
t.__dict__["fahrenheit"] = "shadow"
print(t.__dict__["fahrenheit"], Temperature(10).fahrenheit)  # expect: shadow 50.0

# property() called directly, with keywords
class Point:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, doc="the x coordinate")
    y = property(fget=get_x)

p = Point()
p.x = 42
print(p.x, p.y, Point.x.__doc__)  # expect: 42 42 the x coordinate
print(Point.x.fget is Point.get_x, Point.y.fset)  # expect: True None

# classmethod and staticmethod
class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]

    @classmethod
    def name(cls):
        return cls.__name__

    @staticmethod
    def double(x):
        return x * 2

class SubCounter(Counter):
    pass

Counter.create(3)
print(Counter.instances)  # expect: 3
print(Counter.name(), SubCounter.name(), SubCounter().name())  # expect: Counter SubCounter SubCounter
print(Counter.double(4), Counter().double(5))  # expect: 8 10
print(type(SubCounter.create(1)[0]).__name__)  # expect: SubCounter
print(Counter.create.__self__ is Counter, Counter.create.__func__ is Counter.__dict__["create"].__func__)  # expect: True True

sm = Counter.__dict__["double"]
cm = Counter.__dict__["create"]
print(type(sm).__name__, type(cm).__name__)  # expect: staticmethod classmethod
print(sm(21), sm.__func__.__name__, sm.__wrapped__ is sm.__func__)  # expect: 42 double True
print(repr(sm).startswith("<staticmethod(<function Counter.double at 0x"))  # expect: True
print(repr(cm).startswith("<classmethod(<function Counter.create at 0x"))  # expect: True
print(sm.__name__, cm.__name__)  # expect: double create

# staticmethod/classmethod built by calling them
def plain(a, b):
    return a + b

class Late:
    add = staticmethod(plain)
    make = classmethod(lambda cls: cls.__name__)

print(Late.add(1, 2), Late().add(3, 4), Late.make())  # expect: 3 7 Late

for bad in (lambda: staticmethod(), lambda: classmethod(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(e)
# expect: staticmethod expected 1 argument, got 0
# expect: classmethod expected 1 argument, got 2

try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)  # expect: property() takes at most 4 arguments (5 given)

# functions are descriptors: binding via __get__
class Greeter:
    def hello(self, who):
        return "hello " + who

g = Greeter()
bound = Greeter.hello.__get__(g, Greeter)
print(bound("you"), Greeter.hello(g, "me"))  # expect: hello you hello me
print(Greeter.hello.__get__(None, Greeter) is Greeter.hello)  # expect: True

# a function stored on an instance does not bind
g.extra = lambda x: x + 1
print(g.extra(1))  # expect: 2

# a subclass of property
class upper_property(property):
    def __get__(self, obj, objtype=None):
        value = super().__get__(obj, objtype)
        return value.upper() if obj is not None else self

class Named:
    @upper_property
    def name(self):
        return "baton"

print(Named().name)  # expect: BATON

# property built with getter/setter methods keeps working on a new object
base = property(lambda self: 1)
with_setter = base.setter(lambda self, v: None)
print(base is with_setter, base.fset, with_setter.fset is not None)  # expect: False None True
