# dict views: keys/values/items, set operations, reversed, live updates
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)  # expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)])
print(len(k), len(v), len(i), list(k), list(v), list(i))  # expect: 3 3 3 ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i, "a" in i)  # expect: True False True False True False False
err(lambda: ([], 1) in i)  # expect: TypeError: unhashable type: 'list'
d["d"] = 4
print(k, len(v))  # expect: dict_keys(['a', 'b', 'c', 'd']) 4
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))  # expect: ['d', 'c', 'b', 'a'] [4, 3, 2, 1] [('d', 4), ('c', 3), ('b', 2), ('a', 1)]
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
# expect: dict_keys dict_values dict_items dict_keyiterator dict_itemiterator
s = {"a", "b", "x"}
print(sorted(k & s), sorted(k | s), sorted(k - s), sorted(k ^ s))  # expect: ['a', 'b'] ['a', 'b', 'c', 'd', 'x'] ['c', 'd'] ['c', 'd', 'x']
print(sorted(s & k), sorted(s - k), sorted(["b", "q"] - k) if False else sorted(k - ["b", "q"]))  # expect: ['a', 'b'] ['x'] ['a', 'c', 'd']
print(k == {"a", "b", "c", "d"}, k != {"a"}, k == ["a", "b", "c", "d"], k < {"a", "b", "c", "d", "e"}, k >= {"a"})  # expect: True True False True True
print(k == {"a": 0, "b": 0, "c": 0, "d": 0}.keys(), i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})  # expect: True True
print(sorted(i & {("a", 1), ("b", 0)}), sorted(i - {("a", 1)})[:1])  # expect: [('a', 1)] [('b', 2)]
print(k.isdisjoint({"z"}), k.isdisjoint(["a"]), i.isdisjoint([("a", 1)]))  # expect: True False False
print(v == v, v == d.values())  # expect: True False
err(lambda: k & 1)  # expect: TypeError: 'int' object is not iterable
err(lambda: hash(k))  # expect: TypeError: unhashable type: 'dict_keys'
empty = {}
print(empty.keys(), empty.values(), empty.items(), list(reversed(empty)))  # expect: dict_keys([]) dict_values([]) dict_items([]) []
n = {1: [2]}
print(n.items(), n.values())  # expect: dict_items([(1, [2])]) dict_values([[2]])
x = {}
x[1] = x.values()
print(x)  # expect: {1: dict_values([...])}
for key, val in {"p": 1, "q": 2}.items():
    print(key, val)
    # expect: p 1
    # expect: q 2
print([kk for kk in {3: 0, 1: 0, 2: 0}], sum({1: 5, 2: 6}.values()))  # expect: [3, 1, 2] 11
dd = {1: 1, 2: 2, 3: 3}
it = iter(dd.items())
print(next(it))  # expect: (1, 1)
dd[4] = 4
err(lambda: next(it))  # expect: RuntimeError: dictionary changed size during iteration
dd = {1: 1, 2: 2, 3: 3}
err(lambda: [dd.pop(q) for q in dd])  # expect: RuntimeError: dictionary changed size during iteration
dd = {1: 1, 2: 2}
try:
    for q in dd:
        del dd[q]
        dd[q + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: dictionary keys changed during iteration
print(dd)  # expect: {11: 0, 12: 0}
dd = {1: 1, 2: 2, 3: 3}
for q in dd:
    dd[q] = q * 100
print(dd)  # expect: {1: 100, 2: 200, 3: 300}
rk = reversed(dd)
dd[9] = 9
err(lambda: next(rk))  # expect: RuntimeError: dictionary changed size during iteration
