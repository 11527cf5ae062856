# list(), tuple(), sorted() and [*x] ask a sized iterable for its length
# first (CPython's length hint): after iter(), a TypeError from __len__ is
# ignored, other errors and impossible sizes propagate.
class A:
    def __init__(self, n, ln): self.n = n; self.ln = ln
    def __iter__(self):
        print("iter called")
        return iter(range(self.n))
    def __len__(self):
        print("len called")
        if isinstance(self.ln, Exception): raise self.ln
        return self.ln
print(list(A(3, 3)))
print(tuple(A(2, 10)))
print(sorted(A(2, 0)))
print([*A(2, 1)])
for ln in (-1, TypeError("no"), ValueError("bad"), 2**40, "x"):
    try: print(list(A(2, ln)))
    except Exception as e: print(type(e).__name__, e)
class NoIter:
    def __len__(self): return 3
try: list(NoIter())
except TypeError as e: print(e)
# expect: iter called
# expect: len called
# expect: [0, 1, 2]
# expect: iter called
# expect: len called
# expect: (0, 1)
# expect: iter called
# expect: len called
# expect: [0, 1]
# expect: iter called
# expect: len called
# expect: [0, 1]
# expect: iter called
# expect: len called
# expect: ValueError __len__() should return >= 0
# expect: iter called
# expect: len called
# expect: [0, 1]
# expect: iter called
# expect: len called
# expect: ValueError bad
# expect: iter called
# expect: len called
# expect: MemoryError 
# expect: iter called
# expect: len called
# expect: [0, 1]
# expect: 'NoIter' object is not iterable
