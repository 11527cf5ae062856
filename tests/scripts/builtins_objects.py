# isinstance, issubclass, type, id, hash, repr, ascii, format, attributes,
# callable, vars, dir, globals, locals.
class Base:
    kind = "base"

    def hello(self):
        return "hi"


class Child(Base):
    def __init__(self):
        self.x = 1


c = Child()
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, int))  # expect: True True False
print(isinstance(1, (str, int)), isinstance(True, int), isinstance("s", (list, tuple)))  # expect: True True False
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(bool, (str, int)))  # expect: True False True
print(type(c) is Child, type(1), type("s").__name__, type(type))  # expect: True <class 'int'> str <class 'type'>
print(id(c) == id(c), id(c) != id(Child()), id(5) == id(5))  # expect: True True True
print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))  # expect: True True True
print(hash(-1), hash(2**61 - 1), hash(True))  # expect: -2 0 1
print(repr("a'b"), repr([1, "x"]), ascii("é"), ascii(["ü", 1]))  # expect: "a'b" [1, 'x'] '\xe9' ['\xfc', 1]
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(7), format(255, "x"))  # expect: 3.14 00042   x 7 ff
print(getattr(c, "x"), getattr(c, "kind"), getattr(c, "nope", "dflt"))  # expect: 1 base dflt
setattr(c, "y", 5)
print(c.y, hasattr(c, "y"), hasattr(c, "z"), hasattr(c, "hello"))  # expect: 5 True False True
delattr(c, "y")
print(hasattr(c, "y"))  # expect: False
print(getattr(c, "hello")())  # expect: hi
print(callable(len), callable(Child), callable(c), callable(c.hello), callable(3))  # expect: True True False True False
print(vars(c))  # expect: {'x': 1}
print(vars(Child)["__init__"].__name__)  # expect: __init__
print([n for n in dir(c) if not n.startswith("__")])  # expect: ['hello', 'kind', 'x']
print("__init__" in dir(c), "__class__" in dir(c))  # expect: True True
print("hello" in dir(Child), "x" in dir(Child), "append" in dir([]))  # expect: True False True
import time
print("sleep" in dir(time), dir(time) == sorted(dir(time)), "__name__" in dir(time))  # expect: True True True
g = globals()
print(g["__name__"], "Child" in g, g is globals())  # expect: __main__ True True
z_global = 3
print(globals()["z_global"])  # expect: 3


def f(a, b=2):
    c = a + b
    print(sorted(locals().items()))
    print(dir())


f(1)
# expect: [('a', 1), ('b', 2), ('c', 3)]
# expect: ['a', 'b', 'c']
print(locals() is globals())  # expect: True
