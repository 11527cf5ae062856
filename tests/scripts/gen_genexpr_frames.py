# Generator expressions are named "<genexpr>" (code, __name__, __qualname__
# and traceback frames) as in CPython 3.11.
g = (x * 2 for x in range(3))
print(g.__name__, g.__qualname__)  # expect: <genexpr> <genexpr>
print(repr(g).startswith("<generator object <genexpr> at 0x"))  # expect: True
def outer():
    return (y for y in "ab")
print(outer().__qualname__)  # expect: outer.<locals>.<genexpr>
print(list(g), next(outer()))  # expect: [0, 2, 4] a
print(sum(1 / x for x in [1, 0]))
# expect error: ZeroDivisionError: division by zero
