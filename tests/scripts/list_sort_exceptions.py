# An exception from key= or __lt__ partway through list.sort: the error
# propagates, the list keeps every item (in the order timsort had reached,
# as in CPython), and a key error leaves the list untouched.
import random


class Boom(Exception):
    pass


def err(f):
    try:
        f()
        print("no error")
    except Boom as e:
        print("Boom:", e)


class Limited:
    # __lt__ raises at the given call number.
    budget = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Limited.budget -= 1
        if Limited.budget == 0:
            raise Boom("%d vs %d" % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


def trial(values, at):
    items = [Limited(v) for v in values]
    Limited.budget = at
    err(items.sort)
    return items


small = [5, 3, 9, 1, 7, 2, 8]
for at in [1, 2, 4, 9]:
    print(trial(small, at))
    # expect: Boom: 3 vs 5
    # expect: [5, 3, 9, 1, 7, 2, 8]
    # expect: Boom: 9 vs 3
    # expect: [5, 3, 9, 1, 7, 2, 8]
    # expect: Boom: 1 vs 5
    # expect: [3, 5, 9, 1, 7, 2, 8]
    # expect: Boom: 2 vs 3
    # expect: [1, 3, 5, 7, 9, 2, 8]

r = random.Random(7)
big = list(range(300))
r.shuffle(big)


def order(items):
    # a digest of the order the items were left in
    return sum(i * x.v for i, x in enumerate(items))


for at in [50, 700, 1500, 1900]:
    items = trial(big, at)
    print(sorted(x.v for x in items) == list(range(300)), order(items))
    # expect: Boom: 251 vs 262
    # expect: True 6652180
    # expect: Boom: 106 vs 181
    # expect: True 6844922
    # expect: Boom: 44 vs 30
    # expect: True 7363574
    # expect: Boom: 123 vs 122
    # expect: True 8737974

# Two runs merged from the left (merge_lo) and from the right (merge_hi),
# failing in one-at-a-time and in galloping mode.
lo_runs = list(range(0, 200, 2)) + list(range(1, 200, 2))
hi_runs = list(range(0, 300, 2)) + list(range(1, 100, 2)) + list(range(100, 400, 7))
for values in [lo_runs, hi_runs]:
    for at in [202, 207, 230, 300, 390, 420, 470]:
        items = trial(values, at)
        print(sorted(x.v for x in items) == sorted(values), order(items))
        # expect: Boom: 199 vs 198
        # expect: True 2318350
        # expect: Boom: 5 vs 6
        # expect: True 2337755
        # expect: Boom: 29 vs 28
        # expect: True 2438365
        # expect: Boom: 99 vs 98
        # expect: True 2603775
        # expect: Boom: 189 vs 188
        # expect: True 2646645
        # expect: no error
        # expect: True 2646700
        # expect: no error
        # expect: True 2646700
        # expect: Boom: 114 vs 107
        # expect: True 5078220
        # expect: Boom: 149 vs 142
        # expect: True 5078220
        # expect: Boom: 310 vs 303
        # expect: True 5078220
        # expect: Boom: 219 vs 224
        # expect: True 5544002
        # expect: Boom: 89 vs 90
        # expect: True 5931071
        # expect: Boom: 59 vs 60
        # expect: True 5953011
        # expect: Boom: 9 vs 10
        # expect: True 5962411

calls = []


def key(x):
    calls.append(x)
    if len(calls) == 4:
        raise Boom("key of %r" % x)
    return -x


data = [4, 1, 3, 2, 5]
err(lambda: data.sort(key=key))  # expect: Boom: key of 2
print(data, calls)  # expect: [4, 1, 3, 2, 5] [4, 1, 3, 2]


def bad_cmp_key(x):
    return Limited(x)


data = [6, 2, 8, 4, 1, 9, 3]
Limited.budget = 5
err(lambda: data.sort(key=bad_cmp_key, reverse=True))  # expect: Boom: 4 vs 3
print(data)  # expect: [6, 2, 8, 4, 9, 3, 1]
Limited.budget = 3
err(lambda: data.sort(key=bad_cmp_key))  # expect: Boom: 8 vs 6
print(data)  # expect: [2, 6, 8, 4, 9, 3, 1]
Limited.budget = 0
data.sort(key=bad_cmp_key)
print(data)  # expect: [1, 2, 3, 4, 6, 8, 9]
