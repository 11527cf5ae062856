# range: construction, len, indexing, slicing, membership, equality, hash, methods
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(range(10), range(1, 10), range(0, 10, 2), range(5, -5, -3), range(0))  # expect: range(0, 10) range(1, 10) range(0, 10, 2) range(5, -5, -3) range(0, 0)
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -1)), list(range(3, 3)), list(range(-3)))  # expect: [0, 1, 2, 3, 4] [2, 5] [5, 4, 3, 2, 1] [] []
print(len(range(10)), len(range(1, 10, 4)), len(range(10, 0)), len(range(10, 0, -3)), len(range(-5, 5, 7)))  # expect: 10 3 0 4 2
err(lambda: range(1, 2, 0))  # expect: ValueError: range() arg 3 must not be zero
err(lambda: range())  # expect: TypeError: range expected at least 1 argument, got 0
err(lambda: range(1, 2, 3, 4))  # expect: TypeError: range expected at most 3 arguments, got 4
err(lambda: range(1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
err(lambda: range("a", 2))  # expect: TypeError: 'str' object cannot be interpreted as an integer
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[-7], r.start, r.stop, r.step)  # expect: 0 18 6 0 0 20 3
err(lambda: r[7])  # expect: IndexError: range object index out of range
err(lambda: r[-8])  # expect: IndexError: range object index out of range
err(lambda: r["x"])  # expect: TypeError: range indices must be integers or slices, not str
print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[:-10], r[5:1:-2], list(r[::-2]))
# expect: range(3, 12, 3) range(18, -3, -3) range(0, 21, 6) range(15, 21, 3) range(21, 21, 3) range(0, 0, 3) range(15, 3, -6) [18, 12, 6, 0]

err(lambda: r[::0])  # expect: ValueError: slice step cannot be zero
print(6 in r, 7 in r, 18 in r, 21 in r, -3 in r, 3.0 in r, "3" in r, True in range(2))  # expect: True False True False False True False True
print(r.index(9), r.count(9), r.count(10), range(5).count(True), r.index(3.0))  # expect: 3 1 0 1 1
err(lambda: r.index(10))  # expect: ValueError: 10 is not in range
err(lambda: r.index("a"))  # expect: ValueError: sequence.index(x): x not in sequence
print(range(0) == range(5, 2), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1, 2, 5) == range(1, 3, 9), range(3) != range(4))
# expect: True True True True True

print(range(3) == [0, 1, 2], hash(range(0)) == hash(range(5, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)))  # expect: False True True
print(hash(range(10)), hash(range(0, 10, 3)), hash(range(0, 10, 3)) == hash(range(0, 11, 3)))  # expect: -7546101314042312252 -1816567394155750349 True
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
# expect: [4, 3, 2, 1, 0] [9, 5, 1] [] [1, 4, 7, 10]

print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), sorted(range(3, 0, -1)))  # expect: False True 5050 6 [1, 2, 3]
print(type(range(3)).__name__, type(iter(range(3))).__name__, isinstance(range(1), range))  # expect: range range_iterator True
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))  # expect: 0 1 2 done
big = range(-2**62, 2**62, 2**61)
print(len(big), list(big), big[-1], 2**61 in big)  # expect: 4 [-4611686018427387904, -2305843009213693952, 0, 2305843009213693952] 2305843009213693952 True
print(range(-10, 10)[3:-3], range(10)[slice(None, None, -3)])  # expect: range(-7, 7) range(9, -1, -3)
acc = 0
for i in range(1000000):
    acc += i
print(acc)  # expect: 499999500000
print([x for x in range(10) if x % 3 == 0], list(enumerate(range(3, 6))))  # expect: [0, 3, 6, 9] [(0, 3), (1, 4), (2, 5)]
