# The values in __slots__ are owned references: dropped when the instance
# dies, visited and cleared by the cycle collector (a cycle through slots
# is collected).
import gc

died = []

class Tracer:
    __slots__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __del__(self):
        died.append(self.name)

class Holder:
    __slots__ = ("item", "other")

h = Holder()
print(hasattr(h, "__dict__"), hasattr(Tracer("x"), "__dict__"))  # expect: False False
died.clear()
h.item = Tracer("held")
print(died)  # expect: []
del h
print(died)  # expect: ['held']

h = Holder()
h.item = Tracer("replaced")
h.item = 5
print(died)  # expect: ['held', 'replaced']
h.item = Tracer("deleted")
del h.item
print(died)  # expect: ['held', 'replaced', 'deleted']
died.clear()

gc.collect()
gc.disable()

# Two slotted objects referring to each other through slots.
class Node:
    __slots__ = ("name", "peer")
    def __init__(self, name):
        self.name = name
    def __del__(self):
        died.append(self.name)

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
print(died)  # expect: []
gc.collect()
print(sorted(died))  # expect: ['a', 'b']
died.clear()

# A node whose slot refers to itself.
s = Node("self")
s.peer = s
del s
gc.collect()
print(died)  # expect: ['self']
died.clear()

# The cycle passes through a list held in a slot, and through a subclass
# that has both its own slots and an instance dict.
class Sub(Node):
    __slots__ = ("children",)
class Loose(Sub):
    pass
root = Sub("root")
root.children = [Node("leaf")]
root.children[0].peer = root
del root
gc.collect()
print(sorted(died))  # expect: ['leaf', 'root']
died.clear()
l = Loose("loose")
l.children = []
l.extra = {"back": l}
l.peer = Node("peer")
l.peer.peer = l
del l
gc.collect()
print(sorted(died))  # expect: ['loose', 'peer']
died.clear()

# Objects still reachable from outside survive a collection.
keep = Node("kept")
keep.peer = Node("partner")
keep.peer.peer = keep
gc.collect()
print(died, keep.peer.name, keep.peer.peer is keep)  # expect: [] partner True
gc.enable()
