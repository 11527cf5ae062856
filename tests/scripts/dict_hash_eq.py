# dict keys with user-defined __hash__/__eq__, including ones that mutate the dict
class K:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % self.v
d = {}
for i in range(20):
    d[K(i, i % 3)] = i
print(len(d), d[K(7, 1)], K(19, 1) in d, K(20, 2) in d)  # expect: 20 7 True False
del d[K(4, 1)]
print(len(d), K(4, 1) in d, d.get(K(4, 1), "gone"))  # expect: 19 False gone
print(list(d)[:4])  # expect: [K(0), K(1), K(2), K(3)]
print({1: "a", 1.0: "b", True: "c"}, {K(1, 5): 1} == {K(1, 5): 1})  # expect: {1: 'c'} True
class Evil:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.target.clear()
        return False
target = {}
e1 = Evil(target)
target[e1] = 1
target[Evil(target)] = 2
print(len(target))  # expect: 1
class Grow:
    def __init__(self, d, n):
        self.d = d
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        for i in range(100):
            self.d[(self.n, i)] = i
        return False
g = {}
g[Grow(g, 0)] = 0
print(Grow(g, 1) in g, len(g))  # expect: False 101
class Counting:
    calls = 0
    def __hash__(self):
        return 3
    def __eq__(self, other):
        Counting.calls += 1
        return False
c = {Counting(): 1, Counting(): 2}
print(len(c), Counting.calls)  # expect: 2 1
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
try:
    {BadHash(): 1}
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: no hash
class BadEq:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        raise RuntimeError("no eq")
be = {BadEq(): 1}
try:
    be[BadEq()] = 2
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: no eq
print(len(be), hash(-1) == hash(-2), {-1: "a", -2: "b"})  # expect: 1 True {-1: 'a', -2: 'b'}
