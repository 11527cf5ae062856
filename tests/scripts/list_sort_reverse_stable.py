# reverse=True keeps equal keys in their original order (CPython reverses,
# sorts stably, and reverses back), with key=, with __lt__, and for sorted().
import random


class Tag:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "%s%d" % (self.v, self.i)


tags = [Tag(v, i) for i, v in enumerate("babcab")]
print(sorted(tags, reverse=True))  # expect: [c3, b0, b2, b5, a1, a4]
print(sorted(tags))  # expect: [a1, a4, b0, b2, b5, c3]
words = ["bb", "a", "cc", "d", "ee", "f", "ggg"]
print(sorted(words, key=len, reverse=True))  # expect: ['ggg', 'bb', 'cc', 'ee', 'a', 'd', 'f']
words.sort(key=len, reverse=True)
print(words)  # expect: ['ggg', 'bb', 'cc', 'ee', 'a', 'd', 'f']
print(sorted([(1, "x"), (0, "y"), (1, "a"), (0, "b")], key=lambda p: p[0], reverse=True))  # expect: [(1, 'x'), (1, 'a'), (0, 'y'), (0, 'b')]
r = random.Random(3)
pairs = [(r.randrange(5), i) for i in range(500)]
down = sorted(pairs, key=lambda p: p[0], reverse=True)
print([p[0] for p in down[::50]])  # expect: [4, 4, 4, 3, 3, 2, 2, 1, 0, 0]
print(all(a[1] < b[1] for a, b in zip(down, down[1:]) if a[0] == b[0]))  # expect: True
print(down == sorted(pairs, key=lambda p: (-p[0], p[1])))  # expect: True
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted("cab", reverse=True))  # expect: [3, 2, 1] [1, 2, 3] ['c', 'b', 'a']
print(sorted([2.0, 1, 2, 1.0, True], reverse=True))  # expect: [2.0, 2, 1, 1.0, True]


class Count:
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Count.n += 1
        return self.v < other.v


for values in [list(range(100)), list(range(100, 0, -1)), [1] * 100]:
    Count.n = 0
    sorted(map(Count, values), reverse=True)
    print(Count.n)
    # expect: 99
    # expect: 99
    # expect: 99
