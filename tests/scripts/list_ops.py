# list operators, comparisons, repr, iteration under mutation
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2]
print(a + [3], a * 3, 2 * a, a * 0, a * -1, [] * 5)  # expect: [1, 2, 3] [1, 2, 1, 2, 1, 2] [1, 2, 1, 2] [] [] []
err(lambda: a + (3,))  # expect: TypeError: can only concatenate list (not "tuple") to list
err(lambda: a + "x")  # expect: TypeError: can only concatenate list (not "str") to list
err(lambda: a * 1.5)  # expect: TypeError: can't multiply sequence by non-int of type 'float'
err(lambda: a * "2")  # expect: TypeError: can't multiply sequence by non-int of type 'str'
b = a
b += [3]
b += (4,)
b += "ab"
b += range(2)
print(a, a is b)  # expect: [1, 2, 3, 4, 'a', 'b', 0, 1] True
c = [0, 1]
c *= 2
print(c)  # expect: [0, 1, 0, 1]
c *= 0
print(c)  # expect: []
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] == (1, 2), [] == [])  # expect: True False False True
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [3] >= [3, 0])  # expect: True True True True False
err(lambda: [1] < (1,))  # expect: TypeError: '<' not supported between instances of 'list' and 'tuple'
err(lambda: [1, "a"] < [1, 2])  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], 2])  # expect: True False True True
print(len([]), len([None] * 7), bool([]), bool([0]))  # expect: 0 7 False True
nan = float("nan")
print(nan in [nan], [nan] == [nan])  # expect: True True
print(repr([1, "two", 3.0, None, True, [], [[]]]), str(["x"]))  # expect: [1, 'two', 3.0, None, True, [], [[]]] ['x']
r = [1]
r.append(r)
print(r)  # expect: [1, [...]]
r2 = [r, r]
print(r2)  # expect: [[1, [...]], [1, [...]]]
err(lambda: hash([]))  # expect: TypeError: unhashable type: 'list'
print(type([]).__name__, isinstance([], list))  # expect: list True
x = [1, 2, 3, 4]
out = []
for v in x:
    out.append(v)
    if v == 2:
        x.append(5)
print(out)  # expect: [1, 2, 3, 4, 5]
y = [1, 2, 3, 4, 5]
seen = []
for v in y:
    seen.append(v)
    y.remove(v)
print(seen, y)  # expect: [1, 3, 5] [2, 4]
z = [1, 2, 3]
it = iter(z)
print(next(it))  # expect: 1
z.clear()
print(list(it))  # expect: []
it2 = reversed([1, 2, 3])
print(next(it2), list(it2), list(it2))  # expect: 3 [2, 1] []
w = [1, 2, 3]
rit = reversed(w)
w.pop()
w.pop()
print(list(rit))  # expect: []
print([i * i for i in range(5)], list(map(str, [1, 2])))  # expect: [0, 1, 4, 9, 16] ['1', '2']
m = [[0] * 2] * 2
m[0][0] = 5
print(m)  # expect: [[5, 0], [5, 0]]
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__, len(l), l + [4], isinstance(l, list))  # expect: [1, 2, 3] L 3 [1, 2, 3, 4] True
