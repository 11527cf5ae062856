# Sets of integers: algebra, comprehensions, frozensets as keys.
evens = {x for x in range(20) if x % 2 == 0}
threes = set(range(0, 20, 3))
print(evens, threes)
print(evens | threes, evens & threes, evens - threes, evens ^ threes)
print(evens.issuperset({2, 4}), {2, 4} <= evens, {1} < threes, evens.isdisjoint({1, 3}))
s = {5, 3, 9}
s.add(1); s.discard(9); s.update([7, 8], (2,))
print(s, len(s), 3 in s, s.pop(), s)
print(sorted({(x * 7) % 10 for x in range(30)}))
fs = frozenset([1, 2, 3])
groups = {fs: "small", frozenset([10, 20]): "big"}
print(groups[frozenset([3, 2, 1])], fs | {4}, fs & {2, 9})
print({100, 5, 37, 8, 1000}, set(range(20, 0, -2)), {-1, -2, 0, 1})
seen, dups = set(), set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    (dups if x in seen else seen).add(x)
print(seen, dups)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
print(set("hello") == set("olleh"), len(set("mississippi")))
