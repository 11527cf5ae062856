# While list.sort runs, the list looks empty to key= and __lt__ (CPython
# detaches its items); a change made meanwhile is discarded and reported
# as "ValueError: list modified during sort" once the sort is done.
def err(f):
    try:
        f()
        print("no error")
    except ValueError as e:
        print("ValueError:", e)


lst = [3, 1, 2]
seen = []


def peek(x):
    seen.append((len(lst), lst[:]))
    return x


lst.sort(key=peek)
print(lst, seen)  # expect: [1, 2, 3] [(0, []), (0, []), (0, [])]


class Spy:
    def __init__(self, v, owner):
        self.v = v
        self.owner = owner

    def __lt__(self, other):
        print("lt", self.v, other.v, len(self.owner), self.owner)
        return self.v < other.v

    def __repr__(self):
        return "S%d" % self.v


box = []
box.extend(Spy(v, box) for v in [2, 3, 1])
box.sort()
# expect: lt 3 2 0 []
# expect: lt 1 3 0 []
# expect: lt 1 3 0 []
# expect: lt 1 2 0 []
print(box)  # expect: [S1, S2, S3]


class Appender(Spy):
    def __lt__(self, other):
        self.owner.append(Spy(99, self.owner))
        return self.v < other.v


box = []
box.extend(Appender(v, box) for v in [5, 2, 4, 1])
err(box.sort)  # expect: ValueError: list modified during sort
print(box)  # expect: [S1, S2, S4, S5]


def mutate(x):
    lst.append(x)
    return x


lst = [3, 2, 1]
err(lambda: lst.sort(key=mutate))  # expect: ValueError: list modified during sort
print(lst)  # expect: [1, 2, 3]
lst = [9]
err(lambda: lst.sort(key=mutate))  # expect: ValueError: list modified during sort
print(lst)  # expect: [9]


class Popper(Spy):
    def __lt__(self, other):
        self.owner.append(0)
        self.owner.pop()
        return self.v < other.v


box = []
box.extend(Popper(v, box) for v in [3, 1, 2])
err(box.sort)  # expect: ValueError: list modified during sort
print(box)  # expect: [S1, S2, S3]


class Resorter(Spy):
    def __lt__(self, other):
        self.owner.sort()
        self.owner.extend([])
        return self.v < other.v


box = []
box.extend(Resorter(v, box) for v in [3, 1, 2])
err(box.sort)  # expect: no error
print(box)  # expect: [S1, S2, S3]


class Raiser(Spy):
    def __lt__(self, other):
        self.owner.append(1)
        raise KeyError("from __lt__")


box = []
box.extend(Raiser(v, box) for v in [3, 1, 2])
try:
    box.sort()
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'from __lt__'
print(box)  # expect: [S3, S1, S2]
