# Less common hooks: __del__, __init_subclass__ chains, __set_name__ order,
# __subclasses__, __getattr__ after a failing property, type attributes.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("released", self.name)
r = Resource("a")
del r  # expect: released a
def scope():
    Resource("b")
    print("in scope")
scope()
# expect: released b
# expect: in scope
print("after scope")  # expect: after scope

class Base:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.subclasses.append(cls.__name__)
        cls.tag = cls.__name__.lower()
class One(Base):
    pass
class Two(One):
    tag = "ignored"
print(Base.subclasses, One.tag, Two.tag)  # expect: ['One', 'Two'] one two
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in One.__subclasses__()])  # expect: ['One'] ['Two']

order = []
class Named:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        order.append((owner.__name__, name, self.label))
class Model:
    first = Named(1)
    second = Named(2)
    plain = 3
print(order)  # expect: [('Model', 'first', 1), ('Model', 'second', 2)]

class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(Lazy().broken, Lazy().anything)  # expect: getattr:broken getattr:anything

class Shape:
    sides = 0
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print(sq.area(), Shape.area(sq), Square.area(sq), super(Square, sq).area())  # expect: 9 0 9 0
print("area" in Square.__dict__, "sides" in Square.__dict__, "s" in Square.__dict__)  # expect: True True False
print(Square.__dict__["sides"], type(Square.__dict__["area"]).__name__)  # expect: 4 function
print(sq.area.__self__ is sq, sq.area.__func__ is Square.area)  # expect: True True

# methods defined after class creation bind like the others
def perimeter(self):
    return self.sides * self.s
Square.perimeter = perimeter
print(sq.perimeter())  # expect: 12
Square.__len__ = lambda self: self.s
print(len(sq))  # expect: 3
Square.__eq__ = lambda self, o: self.s == o.s
print(sq == Square(3), sq != Square(4))  # expect: True True

# class-level __call__ vs instance attribute named __call__
class Callable:
    def __call__(self):
        return "class call"
c = Callable()
c.__call__ = lambda: "instance attr"
print(c(), c.__call__())  # expect: class call instance attr

# special methods are looked up on the type, not the instance
class Sized:
    def __len__(self):
        return 1
s = Sized()
s.__len__ = lambda: 99
print(len(s), s.__len__())  # expect: 1 99
