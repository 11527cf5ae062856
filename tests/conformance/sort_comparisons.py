# list.sort / sorted make CPython's timsort comparisons: every __lt__ call
# is logged (which item against which), and the count, a digest of that
# sequence and of the result are printed for inputs that exercise runs,
# binary insertion, powersort merges and galloping.
import random

M = (1 << 61) - 1
LOG = []


class Item:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        LOG.append(self.i * 4099 + other.i)
        return self.v < other.v


class Fickle(Item):
    # An inconsistent order: the answer depends on how many calls came before.
    def __lt__(self, other):
        LOG.append(self.i * 4099 + other.i)
        return (self.i * 7 + other.i * 13 + len(LOG)) % 5 < 2


def digest(seq):
    d = 0
    for x in seq:
        d = (d * 1000003 + x + 1) % M
    return d


def stable(items):
    for a, b in zip(items, items[1:]):
        if a.v == b.v and a.i > b.i:
            return False
    return True


def sawtooth(r, n):
    out = []
    while len(out) < n:
        run = sorted(r.randrange(1000) for _ in range(r.randrange(1, 90)))
        if r.random() < 0.3:
            run.reverse()
        out.extend(run)
    return out[:n]


def values(kind, n, r):
    if kind == "random":
        v = list(range(n))
        r.shuffle(v)
        return v
    if kind == "sorted":
        return list(range(n))
    if kind == "reversed":
        return list(range(n, 0, -1))
    if kind == "equal":
        return [r.randrange(4) for _ in range(n)]
    if kind == "sawtooth":
        return sawtooth(r, n)
    if kind == "nearly":
        v = list(range(n))
        for _ in range(n // 50 + 1):
            if n > 1:
                a, b = r.randrange(n), r.randrange(n)
                v[a], v[b] = v[b], v[a]
        return v
    if kind == "tail":
        v = list(range(n))
        k = n // 10
        tail = v[n - k:]
        r.shuffle(tail)
        return v[:n - k] + tail
    # "pipe": up then down
    return list(range(n // 2)) + list(range(n - n // 2, 0, -1))


def run(kind, n, seed):
    r = random.Random(seed)
    vals = values(kind, n, r)
    items = [Item(v, i) for i, v in enumerate(vals)]
    del LOG[:]
    items.sort()
    line = "%-8s n=%-4d cmps=%-6d log=%-19d res=%-19d" % (
        kind, n, len(LOG), digest(LOG), digest(x.i for x in items))
    del LOG[:]
    back = sorted(items, key=lambda x: x, reverse=True)
    line += " rev=%d/%d" % (len(LOG), digest(x.i for x in back))
    ok = stable(items) and [x.v for x in items] == sorted(vals)
    print(line, "stable" if ok else "UNSTABLE")


SIZES = [0, 1, 2, 3, 5, 8, 17, 31, 32, 33, 47, 63, 64, 65, 66, 95, 127, 128,
         129, 200, 255, 256, 257, 500, 777, 1000, 1024, 1500, 2000]
KINDS = ["random", "sorted", "reversed", "equal", "sawtooth", "nearly", "tail", "pipe"]
for kind in KINDS:
    for n in SIZES:
        run(kind, n, n * 31 + len(kind))

# An inconsistent __lt__: whatever order timsort makes of it.
for n in [10, 64, 100, 300, 1000]:
    r = random.Random(n)
    items = [Fickle(r.randrange(100), i) for i in range(n)]
    del LOG[:]
    items.sort()
    print("fickle n=%d cmps=%d log=%d res=%d" % (
        n, len(LOG), digest(LOG), digest(x.i for x in items)))

# Keys computed once, in order; ties keep their order, also reversed.
calls = []


def key(x):
    calls.append(x.i)
    return x.v % 7


r = random.Random(99)
items = [Item(r.randrange(1000), i) for i in range(700)]
s1 = sorted(items, key=key)
print("key calls", len(calls), calls == list(range(700)))
print("key order", digest(x.i for x in s1), stable([Item(key(x), x.i) for x in s1]))
s2 = sorted(items, key=lambda x: x.v % 7, reverse=True)
print("key reverse", digest(x.i for x in s2))
groups = {}
for x in s2:
    groups.setdefault(x.v % 7, []).append(x.i)
print("reverse keeps ties in order", all(g == sorted(g) for g in groups.values()))

# Built-in keys take the fast paths; the order must be the same.
r = random.Random(5)
ints = [r.randrange(-10**6, 10**6) for _ in range(3000)]
big = [x * 10**20 for x in ints[:500]] + ints[:500]
floats = [r.random() * 100 - 50 for _ in range(3000)]
strs = [str(r.randrange(10**6)) + "é" * (x % 3) for x in range(3000)]
tuples = [(r.randrange(5), r.choice("abc"), i) for i in range(2000)]
for name, data in [("ints", ints), ("big", big), ("floats", floats), ("strs", strs),
                   ("tuples", tuples), ("mixed num", ints[:800] + floats[:800])]:
    out = sorted(data)
    print(name, len(out), digest(data.index(x) for x in out[:200]), out[0], out[-1])
print(sorted([3, 1.5, True, -2, 0.0, False, 2]))
