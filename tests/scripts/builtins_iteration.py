# len, range, enumerate, zip, map, filter, reversed, sorted, any, all, iter, next.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len((1,)))  # expect: 3 2 0 10 1
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)))  # expect: [0, 1, 2, 3, 4] [2, 5] [5, 3, 1]
print(list(enumerate("ab")), list(enumerate("ab", 1)))  # expect: [(0, 'a'), (1, 'b')] [(1, 'a'), (2, 'b')]
print(list(zip([1, 2, 3], "ab")), list(zip()))  # expect: [(1, 'a'), (2, 'b')] []
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))  # expect: ['1', '2'] [11, 22]
print(list(filter(None, [0, 1, "", "x"])), list(filter(lambda v: v > 1, [1, 2, 3])))  # expect: [1, 'x'] [2, 3]
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))  # expect: [3, 2, 1] ['b', 'a'] [2, 1, 0]
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True))  # expect: [1, 2, 3] ['a', 'b', 'c'] [3, 2, 1]
print(sorted(["bb", "a", "ccc"], key=len), sorted({3: 0, 1: 0}))  # expect: ['a', 'bb', 'ccc'] [1, 3]
pairs = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(pairs, key=lambda p: p[0]))  # expect: [(0, 'a'), (1, 'b'), (1, 'a')]
print(any([]), any([0, 0]), any([0, 3]), all([]), all([1, 1]), all([1, 0]))  # expect: False False True True True False
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))  # expect: True True
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))  # expect: 1 2 done
try:
    next(it)
except StopIteration:
    print("stop")  # expect: stop
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))  # expect: [1, 2, 3]
print(type(iter([])).__name__)  # expect: list_iterator
it2 = iter(range(3))
print(iter(it2) is it2, list(it2))  # expect: True [0, 1, 2]


def gen():
    yield 1
    yield 2


g = gen()
print(next(g), next(g), next(g, None))  # expect: 1 2 None
