# dict: construction, access, methods, repr, equality, order
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", repr(e) if isinstance(e, KeyError) else e)

d = {"a": 1, "b": 2}
print(d, d["a"], len(d), {})  # expect: {'a': 1, 'b': 2} 1 2 {}
d["c"] = 3
d["a"] = 10
print(d)  # expect: {'a': 10, 'b': 2, 'c': 3}
del d["b"]
print(d, "b" in d, "a" in d, "b" not in d)  # expect: {'a': 10, 'c': 3} False True True
err(lambda: d["zz"])  # expect: KeyError: KeyError('zz')
err(lambda: d[(1, 2)])  # expect: KeyError: KeyError((1, 2))
err(lambda: d[[1]])  # expect: TypeError: unhashable type: 'list'
def delmissing():
    del d["nope"]
err(delmissing)  # expect: KeyError: KeyError('nope')
print(d.get("a"), d.get("x"), d.get("x", 0))  # expect: 10 None 0
print(d.setdefault("a", 5), d.setdefault("n", []), d)  # expect: 10 [] {'a': 10, 'c': 3, 'n': []}
print(d.pop("n"), d.pop("n", "dflt"), d)  # expect: [] dflt {'a': 10, 'c': 3}
err(lambda: d.pop("n"))  # expect: KeyError: KeyError('n')
e = {1: "x", 2: "y", 3: "z"}
print(e.popitem(), e.popitem(), e)  # expect: (3, 'z') (2, 'y') {1: 'x'}
e.popitem()
err(lambda: e.popitem())  # expect: KeyError: KeyError('popitem(): dictionary is empty')
e[4] = 4
print(e)  # expect: {4: 4}
u = {"a": 1}
u.update({"b": 2})
u.update([("c", 3), ["d", 4]])
u.update(e=5, a=0)
u.update({"f": 6}, g=7)
print(u)  # expect: {'a': 0, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}
err(lambda: u.update([(1, 2, 3)]))  # expect: ValueError: dictionary update sequence element #0 has length 3; 2 is required
err(lambda: u.update([1]))  # expect: TypeError: cannot convert dictionary update sequence element #0 to a sequence
err(lambda: u.update({}, {}))  # expect: TypeError: update expected at most 1 argument, got 2
print(dict(), dict(a=1), dict([(1, 2)]), dict({3: 4}, x=5), dict(zip("ab", range(2))))  # expect: {} {'a': 1} {1: 2} {3: 4, 'x': 5} {'a': 0, 'b': 1}
err(lambda: dict(1))  # expect: TypeError: 'int' object is not iterable
err(lambda: dict([1, 2], [3]))  # expect: TypeError: dict expected at most 1 argument, got 2
c = u.copy()
c["new"] = 1
print(len(u), len(c), c is u)  # expect: 7 8 False
c.clear()
print(c)  # expect: {}
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)))  # expect: {'a': None, 'b': None, 'c': None} {1: 0, 2: 0} {}
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {1: 2} == [(1, 2)], {} == {})  # expect: True True True False True
err(lambda: {1: 2} < {1: 2})  # expect: TypeError: '<' not supported between instances of 'dict' and 'dict'
err(lambda: hash({}))  # expect: TypeError: unhashable type: 'dict'
err(lambda: {[]: 1})  # expect: TypeError: unhashable type: 'list'
print({1: "a"} | {2: "b"}, {1: "a"} | {1: "b"})  # expect: {1: 'a', 2: 'b'} {1: 'b'}
m = {1: 1}
m |= {2: 2}
m |= [(3, 3)]
print(m)  # expect: {1: 1, 2: 2, 3: 3}
err(lambda: {1: 2} | [(3, 4)])  # expect: TypeError: unsupported operand type(s) for |: 'dict' and 'list'
print({1: 1, True: 2, 1.0: 3}, {0: "zero", False: "f"})  # expect: {1: 3} {0: 'f'}
x = {}
x["x"] = x
print(x)  # expect: {'x': {...}}
print(repr({"q": [1, {"r": (2,)}]}), str({None: None}))  # expect: {'q': [1, {'r': (2,)}]} {None: None}
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k * k
del order[3]
order[3] = 0
print(list(order), list(order.values()))  # expect: [5, 9, 1, 3] [25, 81, 1, 0]
big = {i: i * 2 for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], sum(big), list(big)[:5])  # expect: 500 1998 250000 [1, 3, 5, 7, 9]
big.clear()
print(big, len(big))  # expect: {} 0
print(list(reversed({1: 2, 3: 4, 5: 6})), d.__contains__("a"))  # expect: [5, 3, 1] True
class Counter(dict):
    def __missing__(self, key):
        return 0
cnt = Counter()
cnt["a"] += 1
cnt["a"] += 1
print(cnt, cnt["zz"], "zz" in cnt, cnt.get("zz"))  # expect: {'a': 2} 0 False None
class D2(dict):
    pass
err(lambda: D2()["q"])  # expect: KeyError: KeyError('q')
print(D2.fromkeys([1]).__class__.__name__)  # expect: D2
