# repr of containers nested deeper than the recursion limit raises RecursionError
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)  # expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
d = {}
for i in range(100000):
    d = {1: d}
try:
    print(d)
except RecursionError as e:
    print("RecursionError:", e)  # expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
a = [1]
a.append(a)
b = {"k": a}
a.append(b)
print(a, b)  # expect: [1, [...], {'k': [...]}] {'k': [1, [...], {...}]}
