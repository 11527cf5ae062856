# Instance attributes kept as values beside names shared by the class
# (vm/instattr.c): insertion order per instance, deletion and re-adding,
# __dict__ and vars() seeing and changing the same attributes, more names
# than the shared list holds, methods shadowed by instance attributes,
# __class__ assignment, and inline caches that see all of it.
class C:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def f(self):
        return "method"

c = C(1, 2)
d = C(3, 4)
print(c.a, c.b, d.a, d.b, vars(c))
# expect: 1 2 3 4 {'a': 1, 'b': 2}

d.b, d.a = 5, 6
print(vars(d))
# expect: {'a': 6, 'b': 5}

e = C(7, 8)
del e.a
e.a = 9
print(vars(e), e.a, e.b)
# expect: {'b': 8, 'a': 9} 9 8

class R:
    pass

r1, r2 = R(), R()
r1.x = 1
r1.y = 2
r2.y = 3
r2.x = 4
print(list(vars(r1)), list(vars(r2)))
# expect: ['x', 'y'] ['y', 'x']

x = C(0, 0)
x.f = lambda: "shadow"
print(x.f(), c.f(), C(5, 5).f())
# expect: shadow method method
del x.f
print(x.f())
# expect: method

y = C(1, 1)
y.z = 3
print(vars(y), vars(C(2, 2)))
# expect: {'a': 1, 'b': 1, 'z': 3} {'a': 2, 'b': 2}

name = "w" + "x"
setattr(y, name, 10)
print(getattr(y, "wx"), hasattr(y, "w" + "x"), y.__dict__)
# expect: 10 True {'a': 1, 'b': 1, 'z': 3, 'wx': 10}

y.__dict__["q"] = 11
print(y.q)
# expect: 11
y.__dict__ = {"r": 1}
print(vars(y), hasattr(y, "a"), y.r)
# expect: {'r': 1} False 1

for i in range(40):
    setattr(c, "k%d" % i, i)
print(len(vars(c)), c.k39, list(vars(c))[:4])
# expect: 42 39 ['a', 'b', 'k0', 'k1']

class D(C):
    pass

dd = D(1, 2)
dd.extra = 3
print(vars(dd))
# expect: {'a': 1, 'b': 2, 'extra': 3}
dd.__class__ = C
print(vars(dd), type(dd).__name__, dd.extra)
# expect: {'a': 1, 'b': 2, 'extra': 3} C 3

z = C(1, 2)
del z.b
try:
    z.b
except AttributeError as ex:
    print(ex)
# expect: 'C' object has no attribute 'b'
try:
    del z.b
except AttributeError as ex:
    print(ex)
# expect: 'C' object has no attribute 'b'

# one attribute site seeing instances of two classes and a materialized one
def get_a(o):
    return o.a

w = C(10, 20)
w.__dict__
print([get_a(o) for o in (C(1, 0), D(2, 0), w, C(3, 0))])
# expect: [1, 2, 10, 3]

class P:
    def __init__(self):
        self.v = 1

    @property
    def p(self):
        return "property"

pp = P()
pp.__dict__["p"] = "shadowed?"
print(pp.p, pp.v)
# expect: property 1

class S(str):
    pass

o = R()
setattr(o, S("sub"), 1)
o.plain = 2
print(vars(o), o.sub)
# expect: {'sub': 1, 'plain': 2} 1

# del obj.__dict__ drops every attribute; the next access makes a new dict
class E: pass
o = E(); o.a = 1
d = o.__dict__
del o.__dict__
print(vars(o), d, hasattr(o, 'a'))
o.b = 2
print(vars(o))
p = E(); p.x = 1
del p.__dict__
p.y = 2
print(vars(p), p.y)
q = E()
del q.__dict__
print(vars(q))
# expect: {} {'a': 1} False
# expect: {'b': 2}
# expect: {'y': 2} 2
# expect: {}

# an instance whose values were all deleted, moved into a dict that is empty
# and traversed by the collector as part of the instance
import gc
class F: pass
class G: pass
f = F(); f.a = 1
del f.a
f.__class__ = G
gc.collect()
print(vars(f), type(f).__name__)
# expect: {} G
