# list indexing, slicing, slice assignment and deletion
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[0], a[-1], a[3], a[-10])  # expect: 0 9 3 0
err(lambda: a[10])  # expect: IndexError: list index out of range
err(lambda: a[-11])  # expect: IndexError: list index out of range
err(lambda: a["1"])  # expect: TypeError: list indices must be integers or slices, not str
err(lambda: a[1.0])  # expect: TypeError: list indices must be integers or slices, not float
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-7])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [7, 8, 9] [0, 1, 2]
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[-1:-4:-1])
# expect: [0, 2, 4, 6, 8] [1, 4, 7] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [9, 6, 3, 0] [8, 6, 4] [9, 8, 7]
print(a[100:], a[-100:2], a[5:2], a[2:5:-1], a[True])  # expect: [] [0, 1] [] [] 1
err(lambda: a[::0])  # expect: ValueError: slice step cannot be zero
print(a[slice(1, 4)], a[slice(None, None, -4)])  # expect: [1, 2, 3] [9, 5, 1]
b = a[:]
b[2:5] = ["x"]
print(b)  # expect: [0, 1, 'x', 5, 6, 7, 8, 9]
b[:0] = [7, 7]
print(b)  # expect: [7, 7, 0, 1, 'x', 5, 6, 7, 8, 9]
b[len(b):] = (1, 2)
print(b)  # expect: [7, 7, 0, 1, 'x', 5, 6, 7, 8, 9, 1, 2]
b[3:3] = "ab"
print(b)  # expect: [7, 7, 0, 'a', 'b', 1, 'x', 5, 6, 7, 8, 9, 1, 2]
b[5:1] = [0]
print(b)  # expect: [7, 7, 0, 'a', 'b', 0, 1, 'x', 5, 6, 7, 8, 9, 1, 2]
b[:] = []
print(b)  # expect: []
c = list(range(8))
c[::2] = "ABCD"
print(c)  # expect: ['A', 1, 'B', 3, 'C', 5, 'D', 7]
c[1::2] = range(4)
print(c)  # expect: ['A', 0, 'B', 1, 'C', 2, 'D', 3]
c[::-3] = [None] * 3
print(c)  # expect: ['A', None, 'B', 1, None, 2, 'D', None]
err(lambda: c.__setitem__(slice(None, None, 2), [1, 2]))  # expect: ValueError: attempt to assign sequence of size 2 to extended slice of size 4
err(lambda: c.__setitem__(slice(1, 3), 5))  # expect: TypeError: can only assign an iterable
d = list(range(10))
del d[::3]
print(d)  # expect: [1, 2, 4, 5, 7, 8]
del d[1:3]
print(d)  # expect: [1, 5, 7, 8]
del d[::-2]
print(d)  # expect: [1, 7]
del d[:]
print(d)  # expect: []
e = [1, 2, 3]
e[1:2] = e
print(e)  # expect: [1, 1, 2, 3, 3]
e[::-1] = e
print(e)  # expect: [3, 3, 2, 1, 1]
f = [1, 2, 3, 4]
f[-1:] = [9, 9, 9]
print(f, len(f))  # expect: [1, 2, 3, 9, 9, 9] 6
g = [0, 1, 2]
g[1:] = iter([5, 6, 7])
print(g)  # expect: [0, 5, 6, 7]
h = list(range(20))
print(h[3:17:4], h[17:3:-4], h[-100:100:7])  # expect: [3, 7, 11, 15] [17, 13, 9, 5] [0, 7, 14]
