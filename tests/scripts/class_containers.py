# Emulating containers: __len__, __getitem__, __setitem__, __delitem__,
# __iter__/__next__, __contains__, __call__, __reversed__-free iteration.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        if pos not in self.cells:
            raise KeyError(pos)
        return self.cells[pos]
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, pos):
        return pos in self.cells

g = Grid(3, 2)
g[0, 1] = "a"
g[2, 1] = "b"
print(len(g), g[0, 1], (2, 1) in g, (1, 1) in g, (1, 1) not in g)  # expect: 6 a True False True
del g[0, 1]
print((0, 1) in g, len(g.cells))  # expect: False 1
try:
    g[5, 5]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError (5, 5)

# sequence protocol through __getitem__ only: iteration and `in`
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))  # expect: [0, 1, 4, 9, 16] True False
print([x for x in Squares(3)], sum(Squares(4)))  # expect: [0, 1, 4] 14
a, b, c = Squares(3)
print(a, b, c)  # expect: 0 1 4

# iterator protocol
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), 2 in Countdown(5))  # expect: [3, 2, 1] True
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))  # expect: 2 1 done

class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
print(sorted(Bag(3, 1, 2)), "x" in Bag("x"), len(Bag()), bool(Bag()))  # expect: [1, 2, 3] True 0 False
print(dict(zip(Bag("a", "b"), Bag(1, 2))))  # expect: {'a': 1, 'b': 2}

# generator-based __iter__
class Tree:
    def __init__(self, *kids):
        self.kids = kids
    def __iter__(self):
        yield self
        for k in self.kids:
            yield from k
print(len(list(Tree(Tree(), Tree(Tree())))))  # expect: 4

# __call__
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Grid(1, 1)))  # expect: 6 11 60 True False
print(list(map(add5, [1, 2])))  # expect: [6, 7]

# __len__ errors
class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in (-1, "3", 2.0):
    try:
        len(BadLen(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ValueError __len__() should return >= 0
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
print(len(BadLen(True)))  # expect: 1

# __index__ makes an object usable as an index
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abcd"[Idx()], bin(Idx()), range(10)[Idx()])  # expect: 30 c 0b10 2

# subclassing list and dict keeps their behaviour
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), s + [4])  # expect: [1, 2, 3] 3 3 True [1, 2, 3, 4]
s.label = "mine"
print(s.label, type(s).__name__)  # expect: mine Stack

class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def __getitem__(self, k):
        if k not in self:
            return self.default
        return super().__getitem__(k)
dd = DefaultDict(0)
dd["a"] = 5
print(dd["a"], dd["b"], len(dd), sorted(dd))  # expect: 5 0 1 ['a']
