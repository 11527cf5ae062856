# CPython's errors for bad __slots__, and __class__ assignment refused
# between different slot layouts.
def make(body, base="object"):
    ns = dict(globals())
    try:
        exec("class C(" + base + "):\n    " + body + "\n", ns)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

make("__slots__ = ('x',)\n    x = 1")  # expect: ValueError: 'x' in __slots__ conflicts with class variable
make("__slots__ = ('a', 'b')\n    def b(self): pass")  # expect: ValueError: 'b' in __slots__ conflicts with class variable
make("__slots__ = ('x', 3)")  # expect: TypeError: __slots__ items must be strings, not 'int'
make("__slots__ = (b'x',)")  # expect: TypeError: __slots__ items must be strings, not 'bytes'
make("__slots__ = 3")  # expect: TypeError: 'int' object is not iterable
make("__slots__ = ('1x',)")  # expect: TypeError: __slots__ must be identifiers
make("__slots__ = ('a b',)")  # expect: TypeError: __slots__ must be identifiers
make("__slots__ = ''")  # expect: TypeError: __slots__ must be identifiers
make("__slots__ = ('a', 'a')")  # expect: ok
make("__slots__ = ('__dict__', '__dict__')")  # expect: TypeError: __dict__ slot disallowed: we already got one
make("__slots__ = ('__weakref__', '__weakref__')")  # expect: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
make("__slots__ = ('a',)", "int")  # expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
make("__slots__ = ('a',)", "tuple")  # expect: TypeError: nonempty __slots__ not supported for subtype of 'tuple'
make("__slots__ = ('a',)", "bytes")  # expect: TypeError: nonempty __slots__ not supported for subtype of 'bytes'
make("__slots__ = ('__dict__',)", "int")  # expect: TypeError: nonempty __slots__ not supported for subtype of 'int'
make("__slots__ = ()", "int")  # expect: ok
make("__slots__ = ()", "tuple")  # expect: ok
make("__slots__ = ('a',)", "float")  # expect: ok
make("__slots__ = ('a',)", "dict")  # expect: ok

class Plain:
    pass
make("__slots__ = ('__dict__',)", "Plain")  # expect: TypeError: __dict__ slot disallowed: we already got one
make("__slots__ = ('__weakref__',)", "Plain")  # expect: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
make("__slots__ = ('a',)", "Plain")  # expect: ok

class Slotted:
    __slots__ = ("a",)
make("__slots__ = ('__dict__',)", "Slotted")  # expect: ok
make("__slots__ = ('__weakref__',)", "Slotted")  # expect: ok
make("__slots__ = ('a',)", "Slotted")  # expect: ok

def assign(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)

class A:
    __slots__ = ("a",)
class A2:
    __slots__ = ("a",)
class AB:
    __slots__ = ("a", "b")
class BA:
    __slots__ = ("b", "a")
class B:
    __slots__ = ("b",)
class Empty:
    __slots__ = ()
class NoSlots:
    pass
class SubA(A):
    pass
class SubA2(A):
    pass

x = A()
x.a = 1
assign(x, A2)  # expect: ok A2
print(x.a)  # expect: 1
assign(x, B)  # expect: TypeError: __class__ assignment: 'B' object layout differs from 'A2'
assign(x, Empty)  # expect: TypeError: __class__ assignment: 'Empty' object layout differs from 'A2'
assign(x, NoSlots)  # expect: TypeError: __class__ assignment: 'NoSlots' object layout differs from 'A2'
assign(x, AB)  # expect: TypeError: __class__ assignment: 'AB' object layout differs from 'A2'
y = AB()
assign(y, BA)  # expect: ok BA
s = SubA()
s.a, s.extra = 1, 2
assign(s, SubA2)  # expect: ok SubA2
print(s.a, s.extra)  # expect: 1 2
assign(s, A)  # expect: TypeError: __class__ assignment: 'A' object layout differs from 'SubA2'
n = NoSlots()
assign(n, A)  # expect: TypeError: __class__ assignment: 'A' object layout differs from 'NoSlots'
