# type() in its forms, isinstance/issubclass, class reprs, builtin types as
# classes, and the errors of class creation.
print(type(1), type("s"), type(None), type(type))  # expect: <class 'int'> <class 'str'> <class 'NoneType'> <class 'type'>
print(type(NotImplemented).__name__, type(...).__name__, repr(...), repr(NotImplemented))  # expect: NotImplementedType ellipsis Ellipsis NotImplemented
print(type(None)() is None, bool(None), None.__class__.__name__)  # expect: True False NoneType

Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: "hi " + type(self).__name__})
print(Dyn.x, Dyn().hello(), Dyn.__name__, Dyn.__bases__)  # expect: 1 hi Dyn Dyn (<class 'object'>,)
Sub = type("Sub", (Dyn,), {})
print(Sub().hello(), issubclass(Sub, Dyn), Sub.__mro__[1] is Dyn)  # expect: hi Sub True True
print(type(Sub) is type, isinstance(Sub, type), isinstance(Sub(), type))  # expect: True True False

class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, ()))  # expect: True False False
print(isinstance(b, (C, (int, (B,)))), issubclass(B, (C, (A,))), issubclass(A, B))  # expect: True True False
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))  # expect: True True False
print(issubclass(B, object), isinstance(A, object), isinstance(object, type))  # expect: True True True
print(issubclass(ValueError, Exception), issubclass(KeyError, (TypeError, LookupError)))  # expect: True True

for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")):
    try:
        bad()
    except TypeError as e:
        print(e)
# expect: isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: issubclass() arg 1 must be a class
# expect: issubclass() arg 2 must be a class, a tuple of classes, or a union

print(repr(A), repr(int), str(B))  # expect: <class '__main__.A'> <class 'int'> <class '__main__.B'>
a = A()
print(repr(a).startswith("<__main__.A object at 0x"), str(a) == repr(a))  # expect: True True
o = object()
print(repr(o).startswith("<object object at 0x"), hash(o) == hash(o), o == o, o != object())  # expect: True True True True
print(int.__name__, int.__qualname__, int.__module__, A.__module__)  # expect: int int builtins __main__

class WithStr:
    def __str__(self):
        return "custom str"
print(str(WithStr()), repr(WithStr()).startswith("<__main__.WithStr"), f"{WithStr()}")  # expect: custom str True custom str
class WithRepr:
    def __repr__(self):
        return "R!"
print(str(WithRepr()), [WithRepr()], f"{WithRepr()!r}")  # expect: R! [R!] R!
class BadRepr:
    def __repr__(self):
        return 5
    def __str__(self):
        return None
for f in (repr, str):
    try:
        f(BadRepr())
    except TypeError as e:
        print(e)
# expect: __repr__ returned non-string (type int)
# expect: __str__ returned non-string (type NoneType)

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt(), "x>5"), f"{Fmt():abc}", "{:z}".format(Fmt()))  # expect: <x>5> <abc> <z>
print(format(a, "") == str(a))  # expect: True
try:
    format(A(), "d")
except TypeError as e:
    print(e)  # expect: unsupported format string passed to A.__format__

for args in [("X", (bool,), {}), ("X", (1,), {}), ("X", 5, {}), (1, (), {}), ("X", (), 3), ()]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError")
# expect: TypeError
# expect: TypeError
# expect: TypeError
# expect: TypeError
# expect: TypeError
# expect: TypeError
try:
    class Bad(bool):
        pass
except TypeError as e:
    print(e)  # expect: type 'bool' is not an acceptable base type
try:
    A(1)
except TypeError as e:
    print(e)  # expect: A() takes no arguments
class InitOnly:
    def __init__(self):
        super().__init__(1)
try:
    InitOnly()
except TypeError as e:
    print(e)  # expect: object.__init__() takes exactly one argument (the instance to initialize)
try:
    object.__init__(A(), 1)
except TypeError as e:
    print(e)  # expect: A.__init__() takes exactly one argument (the instance to initialize)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)  # expect: descriptor '__add__' requires a 'int' object but received a 'str'
print(int.__add__(2, 3), object.__eq__(o, o), int.__repr__(7), object.__new__(A).__class__.__name__)  # expect: 5 True 7 A
try:
    int.x = 1
except TypeError as e:
    print(e)  # expect: cannot set 'x' attribute of immutable type 'int'
try:
    int.__name__ = "y"
except TypeError as e:
    print(e)  # expect: cannot set '__name__' attribute of immutable type 'int'
try:
    A.nothing
except AttributeError as e:
    print(e)  # expect: type object 'A' has no attribute 'nothing'

# super() repr and errors
class S:
    def get(self):
        return super()
print(repr(S().get()))  # expect: <super: <class 'S'>, <S object>>
try:
    super(int, "x")
except TypeError as e:
    print(e)  # expect: super(type, obj): obj must be an instance or subtype of type
