# enumerate, zip, map, filter, reversed, iter(seq), iter(callable, sentinel)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate("abc")), list(enumerate([5, 6], 10)), list(enumerate([], 3)), list(enumerate("x", start=-1)))
# expect: [(0, 'a'), (1, 'b'), (2, 'c')] [(10, 5), (11, 6)] [] [(-1, 'x')]
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, None), type(e).__name__, iter(e) is e, isinstance(e, enumerate))  # expect: (0, 'a') (1, 'b') None enumerate True True
print(list(enumerate("ab", 2**64)))  # expect: [(18446744073709551616, 'a'), (18446744073709551617, 'b')]
err(lambda: enumerate())  # expect: TypeError: enumerate() missing required argument 'iterable'
err(lambda: enumerate(1))  # expect: TypeError: 'int' object is not iterable
err(lambda: enumerate([], "a"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
# expect: [(1, 'a'), (2, 'b')] [] [(1,)] [(0, 10, 'x'), (1, 11, 'y'), (2, 12, 'z')]
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)))  # expect: [(1, 3), (2, 4)] []
err(lambda: list(zip([1], [1, 2], strict=True)))  # expect: ValueError: zip() argument 2 is longer than argument 1
err(lambda: list(zip([1, 2], [1], strict=True)))  # expect: ValueError: zip() argument 2 is shorter than argument 1
err(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))  # expect: ValueError: zip() argument 3 is shorter than arguments 1-2
err(lambda: list(zip([1], [1, 2], [3, 4], strict=True)))  # expect: ValueError: zip() argument 2 is longer than argument 1
err(lambda: zip(1))  # expect: TypeError: 'int' object is not iterable
err(lambda: zip([], x=1))  # expect: TypeError: 'x' is an invalid keyword argument for zip()
z = zip("ab", [1, 2])
print(type(z).__name__, iter(z) is z, next(z), list(z), list(z))  # expect: zip True ('a', 1) [('b', 2)] []
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(str.upper, "ab")))  # expect: [1, 2, 3] [8, 9] ['A', 'B']
print(list(map(lambda a, b, c: a + b + c, [1], [2], [3])), type(map(len, [])).__name__)  # expect: [6] map
err(lambda: map(len))  # expect: TypeError: map() must have at least two arguments.
err(lambda: map())  # expect: TypeError: map() must have at least two arguments.
err(lambda: list(map(None, [1])))  # expect: TypeError: 'NoneType' object is not callable
err(lambda: map(len, [], x=1))  # expect: TypeError: map() takes no keyword arguments
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 2, range(7))))  # expect: [1, 'a', [0]] [1, 3, 5]
print(list(filter(bool, [0, 2])), type(filter(None, [])).__name__)  # expect: [2] filter
err(lambda: filter(len))  # expect: TypeError: filter expected 2 arguments, got 1
err(lambda: filter())  # expect: TypeError: filter expected 2 arguments, got 0
err(lambda: list(filter(1, [1])))  # expect: TypeError: 'int' object is not callable
err(lambda: filter(None, [], x=1))  # expect: TypeError: filter() takes no keyword arguments
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))), list(reversed({1: 0, 2: 0})))
# expect: [3, 2, 1] [2, 1] ['c', 'b', 'a'] [3, 2, 1, 0] [2, 1]
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq(), type(iter(Seq())).__name__)
# expect: [20, 10, 0] [0, 10, 20] [0, 10, 20] True iterator
class RevOnly:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(RevOnly())))  # expect: ['z', 'y', 'x']
err(lambda: reversed(1))  # expect: TypeError: 'int' object is not reversible
err(lambda: reversed({1}))  # expect: TypeError: 'set' object is not reversible
err(lambda: reversed())  # expect: TypeError: reversed expected 1 argument, got 0
err(lambda: reversed([], x=1))  # expect: TypeError: reversed() takes no keyword arguments
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
err(lambda: reversed(NoRev()))  # expect: TypeError: 'NoRev' object is not reversible
r = reversed(Seq())
print(type(r).__name__, next(r), list(r), list(r))  # expect: reversed 20 [10, 0] []
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stop()))  # expect: [0, 1]
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)), type(iter(tick, 0)).__name__)  # expect: [1, 2, 3] callable_iterator
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))  # expect: []
ci = iter(tick, 7)
print(next(ci), next(ci), next(ci, "end"), next(ci, "end"))  # expect: 5 6 end end
err(lambda: iter(1, 2))  # expect: TypeError: iter(v, w): v must be callable
print(dict(enumerate("ab")), dict(zip("ab", map(len, ["x", "yy"]))))  # expect: {0: 'a', 1: 'b'} {'a': 1, 'b': 2}
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), max(enumerate("bca"), key=lambda p: p[1]))  # expect: 32 (1, 'c')
