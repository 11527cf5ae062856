# Unpacking, star expressions, chained comparisons, conditional expressions, walrus, del.
first, *middle, last = range(10)
print(first, middle, last)
(a, b), c, *rest = [(1, 2), 3, 4, 5]
print(a, b, c, rest)
head, *tail = "baton"
print(head, tail, [*"ab", *range(3)], {*"aab"} == {"a", "b"}, {**{"x": 1}, "y": 2})
x, y = 1, 2
x, y = y, x + y
print(x, y)
def stats(*nums, scale=1, **extra):
    return min(nums) * scale, max(nums) * scale, sorted(extra)
print(stats(*[4, 9, 2], scale=10, **{"unit": "s", "label": "t"}))
values = [5, 12, 7, 30, 1]
print([v for v in values if 5 <= v < 20], 1 < 2 < 3 > 2, 1 < 2 > 3, "a" < "b" < "c")
print(["even" if v % 2 == 0 else "odd" for v in values])
if (n := len(values)) > 3:
    print("long list", n)
print([y for v in values if (y := v * 2) > 10])
data = {"k": [1, 2, 3], "j": 0}
del data["k"][0], data["j"]
print(data)
nums = list(range(10))
del nums[::3]
print(nums)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
