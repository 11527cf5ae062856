# hash(x) for a class whose __hash__ returns an int: kept as it is when it
# fits in 64 bits (so returning hash(y) makes x hash as y: a str subclass
# with its own __hash__ or __eq__ still finds the str key in a dict), reduced
# as int's hash beyond that; -1 becomes -2.
class K(str):
    def __hash__(self): return hash(str(self))
    def __eq__(self, other): return str(self) == other
class E(str):
    def __eq__(self, other): return str(self) == other
    __hash__ = str.__hash__
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(K('x')) == hash('x'), hash(E('key')) == hash('key'))  # expect: True True
d = {'x': 1}
d[K('x')] = 5
d[E('x')] = 6
print(d)  # expect: {'x': 6}
class C:
    pass
o = C()
o.x = 1
setattr(o, K('x'), 7)
print(o.x, vars(o))  # expect: 7 {'x': 7}
print(hash(H(2**62)) == 2**62, hash(H(-2**63)) == -2**63)  # expect: True True
print(hash(H(2**63)) == hash(2**63), hash(H(-1)), hash(H(10**30)) == hash(10**30))  # expect: True -2 True
