# tuples: repr, hash, comparison, operators, indexing, methods, constructor
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

print((), (1,), (1, 2), ((),), (1, (2, (3,))), ("a", None, 2.5))  # expect: () (1,) (1, 2) ((),) (1, (2, (3,))) ('a', None, 2.5)
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, -2)))
# expect: -3550055125485641917 5740354900026072187 -6644214454873602895 7267574591690527098 960947337673586213

print(hash(("x",)) == hash(("x",)), hash((1, 2)) == hash((1, 2)), hash((True, 0)) == hash((1, False)))  # expect: True True True
err(lambda: hash((1, [2])))  # expect: TypeError: unhashable type: 'list'
t = (1, 2, 3)
print(t[0], t[-1], t[1:], t[::-1], t[:0], t[5:], t[::2])  # expect: 1 3 (2, 3) (3, 2, 1) () () (1, 3)
err(lambda: t[3])  # expect: IndexError: tuple index out of range
err(lambda: t["a"])  # expect: TypeError: tuple indices must be integers or slices, not str
print(t[:] is t, tuple(t) is t, t[0:3] is t)  # expect: True True True
print(t + (4,), t * 2, 2 * t, t * 0, () * 3)  # expect: (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) (1, 2, 3, 1, 2, 3) () ()
err(lambda: t + [4])  # expect: TypeError: can only concatenate tuple (not "list") to tuple
err(lambda: t * 2.0)  # expect: TypeError: can't multiply sequence by non-int of type 'float'
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), (1,) != (1,), (1, 2) == [1, 2])  # expect: True True True True False False
err(lambda: (1,) < [1])  # expect: TypeError: '<' not supported between instances of 'tuple' and 'list'
err(lambda: (1, "a") < (1, 2))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
print(2 in t, 5 in t, len(t), len(()), bool(()), bool((0,)))  # expect: True False 3 0 False True
u = (1, 2, 1, 3, 1)
print(u.count(1), u.count(9), u.index(3), u.index(1, 1), u.index(1, -1), u.index(1, 3, 5))  # expect: 3 0 3 2 4 4
err(lambda: u.index(7))  # expect: ValueError: tuple.index(x): x not in tuple
err(lambda: u.index(3, 0, 2))  # expect: ValueError: tuple.index(x): x not in tuple
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({5: 6}), tuple())  # expect: (1, 2) ('a', 'b') (0, 1, 2) (5,) ()
err(lambda: tuple(5))  # expect: TypeError: 'int' object is not iterable
err(lambda: tuple(1, 2))  # expect: TypeError: tuple expected at most 1 argument, got 2
a, b = (1, 2)
print(a, b)  # expect: 1 2
x, *rest = (1, 2, 3)
print(x, rest)  # expect: 1 [2, 3]
it = iter((1, 2))
print(next(it), next(it), next(it, "end"), type(it).__name__)  # expect: 1 2 end tuple_iterator
d = {(1, 2): "a", (): "empty"}
print(d[(1, 2)], d[()])  # expect: a empty
deep = ()
for i in range(100):
    deep = (deep,)
print(str(deep).count("("), len(str(deep)))  # expect: 101 302
nested = [1, (2, [3, (4,)])]
print(nested)  # expect: [1, (2, [3, (4,)])]
print(sum((1, 2, 3)), max((4, 9, 2)), sorted((3, 1, 2)))  # expect: 6 9 [1, 2, 3]
class P(tuple):
    pass
p = P((1, 2))
print(p, type(p).__name__, p[0], len(p), p == (1, 2), isinstance(p, tuple))  # expect: (1, 2) P 1 2 True True
e1 = ()
print(tuple() is e1, tuple([]) is e1, (1, 2)[2:] is e1)  # expect: True True True
