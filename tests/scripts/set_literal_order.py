# set displays iterate in python3's order (CPython builds a constant set
# display of 3+ items via a frozenset constant and SET_UPDATE)
print({3, 1, 2})  # expect: {1, 2, 3}
print({100, 5, 37, 8, 1000})  # expect: {100, 5, 37, 8, 1000}
print({8, 16, 0, 24, 32, 40})  # expect: {32, 0, 16, 40, 8, 24}
x = 5
print({x, 37, 100})  # expect: {37, 100, 5}
print({i for i in [100, 5, 37, 8, 1000]})  # expect: {100, 37, 5, 8, 1000}
print(set([100, 5, 37, 8, 1000]))  # expect: {100, 37, 5, 8, 1000}
print(frozenset({100, 5, 37, 8, 1000}))  # expect: frozenset({100, 5, 37, 8, 1000})
