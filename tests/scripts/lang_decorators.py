# decorators: plain, stacked, with arguments, on classes and methods
order = []

def trace(fn):
    order.append("trace " + fn.__name__)
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper

def tag(name):
    order.append("tag factory " + name)
    def deco(fn):
        order.append("tag apply " + name)
        def wrapper(*a):
            return name + ":" + str(fn(*a))
        return wrapper
    return deco

@trace
def one():
    return 1

print(one())  # expect: <1>

@tag("outer")
@tag("inner")
def two(x):
    return x * 2

print(two(4))  # expect: outer:inner:8
print(order)  # expect: ['trace one', 'tag factory outer', 'tag factory inner', 'tag apply inner', 'tag apply outer']

def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco

found = []

@register(found)
class Plugin:
    pass

print(found, Plugin.__name__)  # expect: ['Plugin'] Plugin

class Shape:
    def __init__(self, w, h):
        self._w = w
        self._h = h

    @property
    def area(self):
        return self._w * self._h

    @area.setter
    def area(self, v):
        self._w = v
        self._h = 1

    @staticmethod
    def unit():
        return Shape(1, 1)

    @classmethod
    def square(cls, n):
        return cls(n, n)

s = Shape(2, 3)
print(s.area)  # expect: 6
s.area = 10
print(s.area, s._h)  # expect: 10 1
print(Shape.unit().area, Shape.square(4).area)  # expect: 1 16

def counted(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner

@counted
def noop():
    pass

noop(); noop(); noop()
print(noop.calls)  # expect: 3

decorators = [trace]
@decorators[0]
def indexed():
    return "ix"
print(indexed())  # expect: <ix>

def keep_name(fn):
    def wrapper():
        return fn()
    wrapper.__name__ = fn.__name__
    return wrapper

@keep_name
def original():
    return "o"
print(original.__name__, original())  # expect: original o

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)

print(fibm(30), len(fibm.cache))  # expect: 832040 31
