# The inline caches must never return stale values: globals, builtins,
# instance attributes and methods, while the program changes them under
# the same instruction.

def read_g():
    return g_value

results = []
for i in range(4):
    g_value = i * 10
    results.append(read_g())
print(results)  # expect: [0, 10, 20, 30]

def use_len(x):
    return len(x)

print(use_len("abc"))  # expect: 3
len = lambda x: "shadowed"
print(use_len("abc"))  # expect: shadowed
del len
print(use_len("abc"))  # expect: 3

import builtins
def use_abs():
    return abs(-2)
print(use_abs())  # expect: 2
builtins.abs = lambda v: "patched"
print(use_abs())  # expect: patched
del builtins.abs
try:
    use_abs()
except NameError as e:
    print(e)  # expect: name 'abs' is not defined

# the same code run with different globals
code_src = "result = value * 2"
for v in (1, 2, 3):
    ns = {"value": v}
    exec(code_src, ns)
    print(ns["result"])
# expect: 2
# expect: 4
# expect: 6

class Box:
    kind = "class-level"
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def describe(self):
        return self.kind

def read_v(b):
    return b.v

boxes = [Box(i) for i in range(3)]
print([read_v(b) for b in boxes])  # expect: [0, 1, 2]
boxes[1].other = "x"
del boxes[1].v
boxes[1].v = "re-added"
print([read_v(b) for b in boxes])  # expect: [0, 're-added', 2]

def call_get(b):
    return b.get()

print([call_get(b) for b in boxes])  # expect: [0, 're-added', 2]
boxes[2].get = lambda: "instance override"
print([call_get(b) for b in boxes])  # expect: [0, 're-added', 'instance override']
Box.get = lambda self: "class replaced"
print([call_get(b) for b in boxes[:2]])  # expect: ['class replaced', 'class replaced']

def kinds(b):
    return b.describe()

print(kinds(boxes[0]))  # expect: class-level
boxes[0].kind = "instance-level"
print(kinds(boxes[0]), kinds(boxes[1]))  # expect: instance-level class-level
Box.kind = "changed"
print(kinds(boxes[1]))  # expect: changed

# an attribute that becomes a property later
class Shape:
    def __init__(self):
        self.area = 1

def area_of(s):
    return s.area

s = Shape()
print(area_of(s), area_of(s))  # expect: 1 1
Shape.area = property(lambda self: "computed")
print(area_of(s))  # expect: computed

# subclasses with different layouts through one instruction
class A:
    def __init__(self):
        self.x = "A"
class B(A):
    @property
    def x(self):
        return "B-prop"
    @x.setter
    def x(self, v):
        pass

def get_x(o):
    return o.x

print([get_x(o) for o in (A(), B(), A(), B())])  # expect: ['A', 'B-prop', 'A', 'B-prop']

def set_y(o, v):
    o.y = v
    return o.y

print([set_y(o, i) for i, o in enumerate((A(), B(), A()))])  # expect: [0, 1, 2]

# methods of built-in types through LOAD_METHOD
def appender(lst, v):
    lst.append(v)
    return lst

print(appender([], 1), appender([0], 2))  # expect: [1] [0, 2]

class MyList(list):
    def append(self, v):
        super().append(v * 100)

print(appender(MyList(), 3))  # expect: [300]

def upper(s):
    return s.upper()

print(upper("a"), upper("b"))  # expect: A B

# module attributes
import math
def root(v):
    return math.sqrt(v)
print(root(16.0))  # expect: 4.0
