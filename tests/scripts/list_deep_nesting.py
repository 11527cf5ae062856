# freeing very deeply nested containers must not overflow the C stack
x = []
for i in range(200000):
    x = [x]
del x
t = ()
for i in range(200000):
    t = (t, i)
t = None
d = {}
for i in range(100000):
    d = {1: d, 2: [d]}
d = 0
s = frozenset()
for i in range(100000):
    s = frozenset([s])
s = 0
y = []
for i in range(300):
    y = [y, ()]
print(len(repr(y)), repr(y)[:8])  # expect: 1802 [[[[[[[[
print("done")  # expect: done
