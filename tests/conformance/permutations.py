# Combinatorics with generators: permutations, combinations, power set, partitions.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest

def power_set(items):
    for mask in range(1 << len(items)):
        yield [x for i, x in enumerate(items) if mask >> i & 1]

def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield ()
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield (k,) + rest

print(["".join(p) for p in permutations(list("abc"))])
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations([1, 2, 3, 4, 5], 3)))
print(list(power_set("xyz")))
print(list(partitions(6)))
print([sum(1 for _ in partitions(n)) for n in range(1, 16)])
