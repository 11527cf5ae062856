# sorted() of built-in keys: tuples, strings, floats (with NaN: every `<`
# with a NaN is False, and the result is whatever timsort makes of that,
# as in CPython), ints big and small, bools mixed with numbers.
nan = float("nan")
inf = float("inf")
print(sorted([3.0, nan, 1.0, 2.0]))  # expect: [3.0, nan, 1.0, 2.0]
print(sorted([nan, 3.0, 1.0, 2.0]))  # expect: [nan, 1.0, 2.0, 3.0]
print(sorted([3.0, 1.0, nan, 2.0, 0.5, nan, -1.0]))  # expect: [-1.0, 0.5, 1.0, 2.0, 3.0, nan, nan]
print(sorted([2, nan, 1, 3.5, -inf, inf, 0]))  # expect: [2, nan, -inf, 0, 1, 3.5, inf]
print(sorted([nan, nan, 1.0]), sorted([1.0, nan, nan]))  # expect: [nan, nan, 1.0] [1.0, nan, nan]
print(sorted([5.0, 4.0, nan, 3.0, 2.0, 1.0]))  # expect: [1.0, 2.0, 3.0, 4.0, 5.0, nan]
print(sorted([(i * 37) % 11 if i % 4 else nan for i in range(40)]))
# expect: [nan, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, nan, 6, 8, 9, nan, nan, nan, 7, 9, 10, nan, nan, nan, 8, 10, nan, nan, 9]
x = [float(i % 7) if i % 5 else nan for i in range(100, 0, -1)]
y = sorted(x)
print([v for v in y if v == v][:20], sum(1 for v in y if v != v))
# expect: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 3.0, 3.0] 20
print(y.index(6.0), str(y[0]), str(y[-1]))  # expect: 28 nan nan
print(sorted([-0.0, 0.0, 0, -0.0]), sorted([0.0, -0.0]))  # expect: [-0.0, 0.0, 0, -0.0] [0.0, -0.0]
print(sorted(["b", "a", "B", "", "ab", "aB", "é", "e", "z", "ä"]))  # expect: ['', 'B', 'a', 'aB', 'ab', 'b', 'e', 'z', 'ä', 'é']
print(sorted("the quick brown fox".split()), sorted("zyxwvu"))  # expect: ['brown', 'fox', 'quick', 'the'] ['u', 'v', 'w', 'x', 'y', 'z']
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,), (2,), ()]))  # expect: [(), (0,), (1, 'a'), (1, 'z'), (2,), (2, 'a'), (2, 'b')]
print(sorted([(1, (2, 3)), (1, (2,)), (1, (1, 9)), (0, (5,))]))  # expect: [(0, (5,)), (1, (1, 9)), (1, (2,)), (1, (2, 3))]
print(sorted([(1.5, "x"), (1, "y"), (True, "a"), (0.5, "b")]))  # expect: [(0.5, 'b'), (True, 'a'), (1, 'y'), (1.5, 'x')]
print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]))  # expect: [(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]
print(sorted([[3, 1], [2], [3], [2, 0], []]))  # expect: [[], [2], [2, 0], [3], [3, 1]]
print(sorted([10**30, -10**30, 5, -5, 2**64, 2**63 - 1, 0, -(2**62)]))
# expect: [-1000000000000000000000000000000, -4611686018427387904, -5, 0, 5, 9223372036854775807, 18446744073709551616, 1000000000000000000000000000000]
print(sorted([True, 2, 0.5, False, -1]))  # expect: [-1, False, 0.5, True, 2]
print(sorted([b"b", b"a", b"ab"]), sorted([frozenset({1}), frozenset({1, 2}), frozenset()]))
# expect: [b'a', b'ab', b'b'] [frozenset(), frozenset({1}), frozenset({1, 2})]
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({"b": 1, "a": 2}.items()))  # expect: [1, 2, 3] [('a', 2), ('b', 1)]
print(sorted(range(10, 0, -3)), sorted(x for x in "hello"))  # expect: [1, 4, 7, 10] ['e', 'h', 'l', 'l', 'o']
