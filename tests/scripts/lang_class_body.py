# class statement and class bodies
class Empty:
    pass

print(Empty.__name__, Empty.__qualname__, type(Empty()).__name__)  # expect: Empty Empty Empty

class Point:
    "A point."
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), Point.dims)  # expect: Point(4, 6) True 2
print(Point.__doc__)  # expect: A point.

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

d = Dog("rex", ["sit"])
print(d.speak(), d.tricks)  # expect: rex says woof ['sit']
print(isinstance(d, Animal), issubclass(Dog, Animal))  # expect: True True

class Conditional:
    if True:
        yes = 1
    else:
        no = 1
    try:
        ok = 1 / 1
    except ZeroDivisionError:
        ok = None

print(Conditional.yes, hasattr(Conditional, "no"), Conditional.ok)  # expect: 1 False 1.0

class Names:
    a = 1
    b = a + 1
    c = [a, b]
    def get_a(self):
        return self.a

print(Names.b, Names.c, Names().get_a())  # expect: 2 [1, 2] 1

class Stack:
    def __init__(self):
        self._items = []
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def push(self, v):
        self._items.append(v)
        return self

st = Stack().push(1).push(2)
print(len(st), st[0], list(st))  # expect: 2 1 [1, 2]

class Super2(Dog):
    def speak(self):
        return super().speak().upper()

print(Super2("max", []).speak())  # expect: MAX SAYS WOOF

class Base:
    def who(self):
        return "base"

class Mid(Base):
    def who(self):
        f = lambda: super(Mid, self).who()
        return "mid/" + f()

print(Mid().who())  # expect: mid/base

def make():
    class Local:
        def m(self):
            return __class__.__qualname__
    return Local

print(make()().m())  # expect: make.<locals>.Local

class Slots:
    __private = "hidden"
    def peek(self):
        return self.__private

print(Slots().peek(), Slots._Slots__private)  # expect: hidden hidden
print(Point.__module__, Point.__init__.__qualname__)  # expect: __main__ Point.__init__
