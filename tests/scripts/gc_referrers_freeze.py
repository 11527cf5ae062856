# gc.get_referrers/get_referents, freeze/unfreeze/get_freeze_count,
# gc.callbacks and gc.is_finalized, as CPython's.
import gc

target = ["the target"]
holder = [target, 1]
box = {"k": target}
t = (target,)

class Node:
    def __init__(self, payload):
        self.payload = payload

node = Node(target)
refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is t for r in refs))  # expect: True True
print(any(r is box for r in refs), any(r is node for r in refs))  # expect: True True
print(any(r is target for r in refs), gc.get_referrers())  # expect: False []
two = gc.get_referrers(holder, box)
print(sum(1 for r in two if r is holder or r is box))  # expect: 0
outer = [holder, box]
print(any(r is outer for r in gc.get_referrers(holder, box)))  # expect: True

print(gc.get_referents())  # expect: []
print(gc.get_referents(1, "a", None, int))  # expect: []
inner = [1]
kids = gc.get_referents([inner, "x"], (inner,))
print(len([k for k in kids if k is inner]))  # expect: 2
print(any(k is target for k in gc.get_referents(box)))  # expect: True
print(any(k is target for k in gc.get_referents(node)))  # expect: True
def f():
    return target
print(any(k is f.__globals__ for k in gc.get_referents(f)))  # expect: True

# freeze: the frozen objects leave the generations until unfreeze
gc.collect()
print(gc.get_freeze_count())  # expect: 0
gc.freeze()
print(gc.get_freeze_count() > 10, gc.get_count()[1:])  # expect: True (0, 0)
print(any(o is holder for o in gc.get_objects()))  # expect: False
print(gc.is_tracked(holder))  # expect: True
cyc = []
cyc.append(cyc)
del cyc
print(gc.collect())  # expect: 1
gc.unfreeze()
print(gc.get_freeze_count(), any(o is holder for o in gc.get_objects(2)))  # expect: 0 True

# callbacks: ("start", info) and ("stop", info) around each collection
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"]))
print(type(gc.callbacks).__name__, gc.callbacks)  # expect: list []
gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect()
gc.collect(0)
print(seen)  # expect: [('start', 2, 0, 0), ('stop', 2, 1, 0), ('start', 0, 0, 0), ('stop', 0, 0, 0)]

def nested(phase, info):
    seen.append((phase, gc.collect()))
seen.clear()
gc.callbacks.append(nested)
gc.collect()
print(seen)  # expect: [('start', 2, 0, 0), ('start', 0), ('stop', 2, 0, 0), ('stop', 0)]
gc.callbacks.clear()
seen.clear()
gc.collect()
print(seen)  # expect: []

def bad(phase, info):
    raise ValueError("callback failed: " + phase)
gc.callbacks.append(bad)
gc.callbacks.append(cb)
print(gc.collect(1))  # expect: 0
print(seen)  # expect: [('start', 1, 0, 0), ('stop', 1, 0, 0)]
gc.callbacks.clear()

# is_finalized: set once a __del__ has run (PEP 442) on a resurrected object
saved = []
class Lazarus:
    def __del__(self):
        saved.append(self)
x = Lazarus()
print(gc.is_finalized(x))  # expect: False
x.me = x
del x
gc.collect()
print(len(saved), gc.is_finalized(saved[0]), gc.is_finalized(3))  # expect: 1 True False

for f, args in ((gc.freeze, (1,)), (gc.get_freeze_count, (1,)), (gc.is_finalized, ())):
    try:
        f(*args)
    except TypeError as e:
        print(e)
# expect: gc.freeze() takes no arguments (1 given)
# expect: gc.get_freeze_count() takes no arguments (1 given)
# expect: gc.is_finalized() takes exactly one argument (0 given)
gc.get_referrers(x=1)
# expect error: TypeError: get_referrers() takes no keyword arguments
