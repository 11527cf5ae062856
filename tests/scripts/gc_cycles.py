# The cycle collector frees reference cycles of every kind of container;
# __del__ side effects show what was freed, and when.
import gc

log = []

class Holder:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

def collected():
    n = gc.collect()
    names = sorted(log)
    log.clear()
    return n > 0, names

gc.collect()

a = Holder("a")
b = Holder("b")
a.other = b
b.other = a
del a, b
print(log)  # expect: []
print(collected())  # expect: (True, ['a', 'b'])

items = [Holder("in list")]
items.append(items)
del items
print(collected())  # expect: (True, ['in list'])

d = {"h": Holder("in dict")}
d["self"] = d
del d
print(collected())  # expect: (True, ['in dict'])

s = set()
h = Holder("in set")
h.s = s
s.add(h)
del s, h
print(collected())  # expect: (True, ['in set'])

h = Holder("bound method")
h.m = h.__init__
del h
print(collected())  # expect: (True, ['bound method'])

def outer():
    h = Holder("closure")
    def inner():
        return inner, h
    return None

outer()
print(log)  # expect: []
print(collected())  # expect: (True, ['closure'])

def make_class():
    class K:
        def method(self):
            return __class__
    K.attr = Holder("class attribute")
    return K

K = make_class()
k = K()
print(k.method() is K)  # expect: True
del k, K
print(collected())  # expect: (True, ['class attribute'])

def gen():
    me = yield
    try:
        yield me
    finally:
        log.append("generator closed")

g = gen()
next(g)
g.send(g)
del g
print(collected()[1])  # expect: ['generator closed']

def fail():
    raise KeyError("k")

try:
    fail()
except KeyError as e:
    e.holder = Holder("exception")
    e.holder.exc = e
    print(e.__traceback__ is not None)  # expect: True
print(collected())  # expect: (True, ['exception'])

class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Node(None)
for i in range(100):
    Node(Node(root))
root.h = Holder("tree")
del root
print(collected())  # expect: (True, ['tree'])
print(gc.collect())  # expect: 0
