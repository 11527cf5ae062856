# The eval loop caches where a __slots__ value lives; every cached read and
# write must still mean what the member descriptor means, whatever the
# same instruction saw before.
def t(f):
    try:
        print("ok", f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class P:
    __slots__ = ("x", "y")
class Q(P):
    __slots__ = ("z",)
class Plain:
    pass
class WithProp(P):
    @property
    def x(self):
        return "property x"

def get_x(o):
    return o.x
def set_x(o, v):
    o.x = v

p, q, pl, wp = P(), Q(), Plain(), WithProp()
for o, v in ((p, 1), (q, 2), (pl, 3), (p, 4)):
    set_x(o, v)
print([get_x(o) for o in (p, q, pl)])  # expect: [4, 2, 3]
print([get_x(o) for o in (p, q, pl, wp, p)])  # expect: [4, 2, 3, 'property x', 4]
t(lambda: set_x(wp, 5))  # expect: AttributeError: property 'x' of 'WithProp' object has no setter

# An unset slot through a warm cache.
del p.x
t(lambda: get_x(p))  # expect: AttributeError: 'P' object has no attribute 'x'
set_x(p, 6)
print(get_x(p))  # expect: 6

# A loop mixing reads and writes of several slots.
q.x, q.y, q.z = 0, 0, 0
for i in range(100):
    q.x = q.x + i
    q.y = q.x - q.z
    q.z = i
print(q.x, q.y, q.z)  # expect: 4950 4852 99

# __class__ assignment between layouts with the same slots.
class P2:
    __slots__ = ("x", "y")
    def who(self):
        return "P2"
p.__class__ = P2
print(get_x(p), p.who())  # expect: 6 P2
set_x(p, 7)
print(get_x(p))  # expect: 7

# Removing the descriptor from the class: the slot is unreachable.
class R:
    __slots__ = ("a",)
r = R()
def get_a(o):
    return o.a
r.a = 1
print(get_a(r))  # expect: 1
del R.a
t(lambda: get_a(r))  # expect: AttributeError: 'R' object has no attribute 'a'
t(lambda: setattr(r, "a", 2))  # expect: AttributeError: 'R' object has no attribute 'a'

# A member descriptor placed on an unrelated class applies to nothing there.
class S:
    __slots__ = ("b",)
class U:
    __slots__ = ("c",)
U.b = S.b
u = U()
def get_b(o):
    return o.b
def set_b(o, v):
    o.b = v
s = S()
set_b(s, 1)
print(get_b(s))  # expect: 1
t(lambda: get_b(u))  # expect: TypeError: descriptor 'b' for 'S' objects doesn't apply to a 'U' object
t(lambda: set_b(u, 1))  # expect: TypeError: descriptor 'b' for 'S' objects doesn't apply to a 'U' object

# A class with __getattr__ or __setattr__ still sees its slots.
class G:
    __slots__ = ("v", "log")
    def __init__(self):
        self.log = []
    def __getattr__(self, name):
        return "missing " + name
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)
g = G()
print(get_x(g))  # expect: missing x
g.v = 1
g.v = g.v + 1
print(g.v, g.log)  # expect: 2 ['v', 'v']
del g.v
print(g.v)  # expect: missing v
