# The iterator protocol by hand: __iter__/__next__, iter() with a sentinel, zip/map/filter.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

print(list(Countdown(5)), sum(Countdown(100)))
print(list(Squares(6)), 16 in Squares(10), 17 in Squares(10))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
values = iter([4, 7, 0, 3])
print(list(iter(lambda: next(values), 0)))
print(list(zip("abc", range(10), [True, False, True])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(map(str.upper, ["a", "b"])))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda v: v > 2, range(6))))
print(list(enumerate("xyz", start=10)), list(reversed(range(5))), list(reversed("abc")))
it = iter(Countdown(3))
print(it is iter(it), any(x > 2 for x in Countdown(3)), all(x > 0 for x in Countdown(3)))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
