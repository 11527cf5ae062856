# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 3]
a.append(4)
print(a)  # expect: [1, 2, 3, 4]
a.extend((5, 6))
print(a)  # expect: [1, 2, 3, 4, 5, 6]
a.extend(x * 10 for x in range(2))
print(a)  # expect: [1, 2, 3, 4, 5, 6, 0, 10]
a.extend(a)
print(len(a), a[:3], a[-3:])  # expect: 16 [1, 2, 3] [6, 0, 10]
b = [3, 1]
b.insert(0, 9)
b.insert(100, 8)
b.insert(-1, 7)
b.insert(-100, 6)
print(b)  # expect: [6, 9, 3, 1, 7, 8]
b.remove(9)
print(b)  # expect: [6, 3, 1, 7, 8]
err(lambda: b.remove(42))  # expect: ValueError: list.remove(x): x not in list
print(b.pop(), b.pop(0), b)  # expect: 8 6 [3, 1, 7]
err(lambda: [].pop())  # expect: IndexError: pop from empty list
err(lambda: [1].pop(5))  # expect: IndexError: pop index out of range
print(b.pop(-1), b)  # expect: 7 [3, 1]
c = [1, 2, 3, 2, 1]
print(c.index(2), c.index(2, 2), c.index(1, -2), c.index(3, 0, 3))  # expect: 1 3 4 2
err(lambda: c.index(3, 3))  # expect: ValueError: 3 is not in list
err(lambda: c.index(99))  # expect: ValueError: 99 is not in list
err(lambda: c.index("x"))  # expect: ValueError: 'x' is not in list
print(c.count(1), c.count(2), c.count(5), [[1], [1]].count([1]))  # expect: 2 2 0 2
c.reverse()
print(c)  # expect: [1, 2, 3, 2, 1]
d = c.copy()
d.append(0)
print(c, d, d is c)  # expect: [1, 2, 3, 2, 1] [1, 2, 3, 2, 1, 0] False
d.clear()
print(d, len(d))  # expect: [] 0
e = [0] * 3
e[1] = "x"
print(e)  # expect: [0, 'x', 0]
err(lambda: e.__setitem__(5, 1))  # expect: IndexError: list assignment index out of range
del e[0]
print(e)  # expect: ['x', 0]
def delbad():
    del e[9]
err(delbad)  # expect: IndexError: list assignment index out of range
print([].copy(), [None].copy())  # expect: [] [None]
l = []
for i in range(100):
    l.append(i)
print(len(l), sum(l), l[50])  # expect: 100 4950 50
while l:
    l.pop()
print(l)  # expect: []
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}), list())  # expect: ['a', 'b', 'c'] [0, 1, 2] [1, 2] [1, 3] []
err(lambda: list(1))  # expect: TypeError: 'int' object is not iterable
err(lambda: list(1, 2))  # expect: TypeError: list expected at most 1 argument, got 2
print(list.__reversed__([1, 2, 3]).__class__.__name__)  # expect: list_reverseiterator
print(list(reversed([1, 2, 3])))  # expect: [3, 2, 1]
