# set/frozenset methods, operators, comparisons, errors, repr
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s), 2 in s, 9 in s, 9 not in s)  # expect: {1, 2, 3, 4} 4 True False True
s.remove(4)
err(lambda: s.remove(4))  # expect: KeyError: 4
s.discard(4)
s.discard(1)
print(s)  # expect: {2, 3}
print(s.pop(), s.pop(), s)  # expect: 2 3 set()
err(lambda: s.pop())  # expect: KeyError: 'pop from an empty set'
err(lambda: set().pop())  # expect: KeyError: 'pop from an empty set'
t = {1, 2}
t.clear()
print(t, set(), frozenset(), frozenset([1]), {frozenset()})  # expect: set() set() frozenset() frozenset({1}) {frozenset()}
u = {1}
u.update([2], (3,), {4: 0}, "")
print(u)  # expect: {1, 2, 3, 4}
print({1, 2}.union(), {1, 2}.union([3], [4]), {1, 2}.intersection([2, 3], {2}), {1, 2, 3}.difference([1], [2]))  # expect: {1, 2} {1, 2, 3, 4} {2} {3}
print({1, 2}.symmetric_difference([2, 3]), {1}.copy(), {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]))  # expect: {1, 3} {1} True True
print({1}.isdisjoint([2]), {1}.isdisjoint({1}), set().issubset(set()), {1, 2}.issuperset({1, 2, 3}))  # expect: True False True False
v = {1, 2, 3, 4}
v.intersection_update([1, 2, 9], (2, 1))
print(v)  # expect: {1, 2}
v.difference_update([1])
print(v)  # expect: {2}
v.symmetric_difference_update([2, 5])
print(v)  # expect: {5}
err(lambda: {1} | [2])  # expect: TypeError: unsupported operand type(s) for |: 'set' and 'list'
err(lambda: {1} & (2,))  # expect: TypeError: unsupported operand type(s) for &: 'set' and 'tuple'
err(lambda: {1} - "a")  # expect: TypeError: unsupported operand type(s) for -: 'set' and 'str'
err(lambda: {1} ^ None)  # expect: TypeError: unsupported operand type(s) for ^: 'set' and 'NoneType'
def ior():
    x = {1}
    x |= [2]
err(ior)  # expect: TypeError: unsupported operand type(s) for |=: 'set' and 'list'
print({1, 2} == {2, 1}, {1} != {1}, {1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {2})
# expect: True False True False True True False
print({1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2}, {1} == [1], set() == frozenset())  # expect: True True False True
err(lambda: {1} < [1, 2])  # expect: TypeError: '<' not supported between instances of 'set' and 'list'
err(lambda: {[1]})  # expect: TypeError: unhashable type: 'list'
err(lambda: [1] in {1})  # expect: TypeError: unhashable type: 'list'
err(lambda: {1}.add([]))  # expect: TypeError: unhashable type: 'list'
err(lambda: hash({1}))  # expect: TypeError: unhashable type: 'set'
err(lambda: set(1))  # expect: TypeError: 'int' object is not iterable
err(lambda: set([1], [2]))  # expect: TypeError: set expected at most 1 argument, got 2
err(lambda: frozenset(1, 2))  # expect: TypeError: frozenset expected at most 1 argument, got 2
err(lambda: {1}.update(5))  # expect: TypeError: 'int' object is not iterable
print({frozenset([1, 2])}, {1, 2} in {frozenset([1, 2])}, {3} in {frozenset([1])})  # expect: {frozenset({1, 2})} True False
ss = {frozenset([1, 2]), 5}
ss.remove({1, 2})
ss.discard({5})
print(ss)  # expect: {5}
f = frozenset([1, 2])
print(f.copy() is f, frozenset(f) is f, f.union([3]), type(f.union([3])).__name__, f.issubset({1, 2}))  # expect: True True frozenset({1, 2, 3}) frozenset True
err(lambda: f.add(3))  # expect: AttributeError: 'frozenset' object has no attribute 'add'
print(repr({1}), repr(frozenset({"a"})), str(set()), {None, True, 1.5} == {1.5, True, None})  # expect: {1} frozenset({'a'}) set() True
d = {1: 2, 3: 4}
print(set(d), frozenset(d.items()) == frozenset([(1, 2), (3, 4)]), set("aab") == {"a", "b"})  # expect: {1, 3} True True
x = {1, 2, 3}
try:
    for e in x:
        x.add(e + 10)
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: Set changed size during iteration
y = {1, 2, 3}
try:
    for e in y:
        y.discard(e)
except RuntimeError as e:
    print("RuntimeError:", e)  # expect: RuntimeError: Set changed size during iteration
print(sorted(x), y)  # expect: [1, 2, 3, 11] {2, 3}
print({i % 3 for i in range(10)}, sum({1, 2, 3}), max({4, 8, 2}), sorted({"b", "a"}))  # expect: {0, 1, 2} 6 8 ['a', 'b']
class S(set):
    pass
print(S([1, 2]), type(S([1]) | {2}).__name__, S() == set(), isinstance(S(), set))  # expect: S({1, 2}) set True True
class F(frozenset):
    pass
print(F([3]), F(), type(F([1]).union([2])).__name__)  # expect: F({3}) F() frozenset
