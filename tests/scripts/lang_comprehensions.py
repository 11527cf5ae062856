# list / set / dict comprehensions and generator expressions
print([x * x for x in range(5)])  # expect: [0, 1, 4, 9, 16]
print([x for x in range(10) if x % 2 if x > 3])  # expect: [5, 7, 9]
print([(i, j) for i in range(3) for j in range(i)])  # expect: [(1, 0), (2, 0), (2, 1)]
print({x % 3 for x in range(10)})  # expect: {0, 1, 2}
print({k: v for k, v in [("a", 1), ("b", 2)]})  # expect: {'a': 1, 'b': 2}
print(sum(x for x in range(101)))  # expect: 5050
print(list(x + 1 for x in [1, 2]))  # expect: [2, 3]
print([[y for y in range(x)] for x in range(4)])  # expect: [[], [0], [0, 1], [0, 1, 2]]

x = "outer"
r = [x for x in "ab"]
print(r, x)  # expect: ['a', 'b'] outer

def first_iter_evaluated_outside():
    data = [1, 2, 3]
    return [d * 2 for d in data]

print(first_iter_evaluated_outside())  # expect: [2, 4, 6]

g = (i * 10 for i in range(3))
print(next(g), next(g), list(g))  # expect: 0 10 [20]

calls = []
def src():
    calls.append("src")
    return [1, 2]

gen = (v for v in src())
print(calls)  # expect: ['src']
print(list(gen))  # expect: [1, 2]

try:
    (1 / 0 for _ in range(1))
    print("lazy")  # expect: lazy
    list(1 / 0 for _ in range(1))
except ZeroDivisionError as e:
    print("raised", e)  # expect: raised division by zero

def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

print(closure_in_comp())  # expect: [2, 2, 2]

def comp_uses_enclosing(n):
    return [n * k for k in range(3)]

print(comp_uses_enclosing(5))  # expect: [0, 5, 10]

print([(a, b) for a, b in zip("xy", [1, 2])])  # expect: [('x', 1), ('y', 2)]
print([a for a, *rest in [(1, 2, 3), (4,)]])  # expect: [1, 4]
print({c: c.upper() for c in "hi" if c != "i"})  # expect: {'h': 'H'}
print(type(x for x in []).__name__)  # expect: generator
print([y for x in [[1, 2], [3]] for y in x])  # expect: [1, 2, 3]
print(any(v > 2 for v in [1, 2, 3]), all(v > 2 for v in [1, 2, 3]))  # expect: True False
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])  # expect: [[1, 3], [2, 4]]
print(sorted({n: n * n for n in range(4)}.items()))  # expect: [(0, 0), (1, 1), (2, 4), (3, 9)]
