# sum() of ints past the small-int range keeps one running big total (vm/builtins.c
# bi_sum_big) and hands over to ordinary addition for other items.
print(sum([2**62, 2**62, -5, True, 1.5, 3]))
print(sum([2**70, -2**70, 4]))
print(sum(range(2**61, 2**61 + 10)))
print(sum([2**63, 2**63], 1))
class I(int): pass
print(sum([2**65, I(3), 2**65]))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        print("next", self.n)
        if self.n > 3: raise StopIteration
        return 2**62
print(sum(It()))
def g():
    yield 2**64
    raise ValueError("boom")
try: sum(g())
except ValueError as e: print("err", e)
print(sum([2**64, "x"] if False else [2**64, 2**64]))
try: sum([2**64, "x"])
except TypeError as e: print(e)
# expect: 9.223372036854776e+18
# expect: 4
# expect: 23058430092136939565
# expect: 18446744073709551617
# expect: 73786976294838206467
# expect: next 1
# expect: next 2
# expect: next 3
# expect: next 4
# expect: 13835058055282163712
# expect: err boom
# expect: 36893488147419103232
# expect: unsupported operand type(s) for +: 'int' and 'str'
