# set iteration order matches CPython's table order for ints (built with add/set())
print(set([3, 1, 2]))  # expect: {1, 2, 3}
print(set([100, 5, 37, 8, 1000]))  # expect: {100, 37, 5, 8, 1000}
print(set(range(20, 0, -1)))  # expect: {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
print(set(range(0, 200, 17)))  # expect: {0, 34, 68, 102, 136, 170, 17, 51, 85, 119, 153, 187}
print(set([-1, -2, -3, -8, 8, 0]))  # expect: {0, 8, -2, -8, -3, -1}
s = set(range(1, 11))
s.discard(3)
s.add(33)
print(s)  # expect: {1, 2, 33, 4, 5, 6, 7, 8, 9, 10}
s = set()
for i in range(50):
    s.add(i * 13)
for i in range(0, 50, 3):
    s.discard(i * 13)
print(s)
# expect: {130, 260, 520, 13, 143, 403, 533, 26, 286, 416, 169, 299, 559, 52, 182, 442, 572, 65, 325, 455, 208, 338, 598, 91, 221, 481, 611, 104, 364, 494, 247, 377, 637}
a = set(range(0, 100, 7))
b = set(range(0, 100, 3))
print(a & b)  # expect: {0, 42, 84, 21, 63}
print(a | b)
# expect: {0, 3, 6, 7, 9, 12, 14, 15, 18, 21, 24, 27, 28, 30, 33, 35, 36, 39, 42, 45, 48, 49, 51, 54, 56, 57, 60, 63, 66, 69, 70, 72, 75, 77, 78, 81, 84, 87, 90, 91, 93, 96, 98, 99}
print(a - b)  # expect: {98, 35, 70, 7, 77, 14, 49, 56, 91, 28}
print(a ^ b)
# expect: {3, 6, 7, 9, 12, 14, 15, 18, 24, 27, 28, 30, 33, 35, 36, 39, 45, 48, 49, 51, 54, 56, 57, 60, 66, 69, 70, 72, 75, 77, 78, 81, 87, 90, 91, 93, 96, 98, 99}
print(b - a)  # expect: {3, 6, 9, 12, 15, 18, 24, 27, 30, 33, 36, 39, 45, 48, 51, 54, 57, 60, 66, 69, 72, 75, 78, 81, 87, 90, 93, 96, 99}
print(a.union([1000, 64, 32], (8,)))  # expect: {0, 7, 8, 14, 21, 28, 32, 35, 42, 49, 56, 63, 64, 70, 77, 84, 91, 98, 1000}
print(a.intersection(range(50), range(0, 100, 2)))  # expect: {0, 42, 28, 14}
print(a.difference(range(30)))  # expect: {98, 35, 70, 42, 77, 49, 84, 56, 91, 63}
print(a.symmetric_difference([1, 7, 2, 14]))  # expect: {0, 1, 2, 98, 35, 70, 42, 77, 49, 84, 21, 56, 91, 28, 63}
c = set(a)
print(c.pop(), c.pop(), c.pop())  # expect: 0 98 35
print(c)  # expect: {70, 7, 42, 77, 14, 49, 84, 21, 56, 91, 28, 63}
c.update([8, 16, 24, 32, 40, 48, 56, 64, 72])
print(c)  # expect: {7, 8, 14, 16, 21, 24, 28, 32, 40, 42, 48, 49, 56, 63, 64, 70, 72, 77, 84, 91}
c -= set(range(0, 100, 2))
print(c)  # expect: {7, 21, 49, 63, 77, 91}
c |= {500, 1, 2}
print(c)  # expect: {1, 2, 7, 21, 49, 63, 77, 91, 500}
c &= set(range(0, 100))
print(c)  # expect: {1, 2, 7, 77, 49, 21, 91, 63}
c ^= {1, 3, 5}
print(c)  # expect: {2, 3, 5, 7, 77, 49, 21, 91, 63}
f = frozenset([9, 18, 27, 36, 45, 54, 63, 72, 81, 90])
print(f)  # expect: frozenset({36, 72, 9, 45, 81, 18, 54, 90, 27, 63})
print(f | {1}, f & {18, 19}, f - {9}, type(f | {1}).__name__)
# expect: frozenset({1, 36, 72, 9, 45, 81, 18, 54, 90, 27, 63}) frozenset({18}) frozenset({36, 72, 45, 81, 18, 54, 90, 27, 63}) frozenset
print(set([(1, 2), (3, 4)]) == {(3, 4), (1, 2)}, {(1, 2)})  # expect: True {(1, 2)}
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2)])))  # expect: -272375401224217160 133146708735736 3819360209092968377
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))  # expect: True
big = set()
for i in range(1000):
    big.add(i * 7 % 1009)
for i in range(0, 1000, 5):
    big.discard(i)
print(len(big), list(big)[:20])  # expect: 802 [1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19, 21, 22, 23, 24]
print(list(set(range(100000, 100010))))  # expect: [100000, 100001, 100002, 100003, 100004, 100005, 100006, 100007, 100008, 100009]
