# Polymorphism through a class hierarchy with abstract-style methods and class registries.
import math

class Shape:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__:<9} area={self.area():9.3f} perimeter={self.perimeter():8.3f}"

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

class Blob(Shape):
    pass

shapes = [Shape.create("circle", 1.5), Shape.create("rect", 2, 3.5), Shape.create("square", 4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sorted(Shape.registry), isinstance(shapes[2], Rect), type(shapes[2]).__mro__[1].__name__)
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sum(s.area() for s in shapes) > 30, max(shapes, key=lambda s: s.perimeter()).__class__.__name__)
