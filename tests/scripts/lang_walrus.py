# assignment expressions
if (n := 10) > 5:
    print("big", n)  # expect: big 10

data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4])  # expect: [6, 8]
print(y)  # expect: 8

def in_function():
    total = [last := v for v in range(5)]
    return last, total

print(in_function())  # expect: (4, [0, 1, 2, 3, 4])

def nested_comp():
    [[inner := a * b for a in range(2)] for b in range(3)]
    return inner

print(nested_comp())  # expect: 2

values = iter([3, 2, 1, 0])
out = []
while (v := next(values)) != 0:
    out.append(v)
print(out)  # expect: [3, 2, 1]

def closure_walrus():
    def f():
        return seen
    [seen := k for k in "abc"]
    return f()

print(closure_walrus())  # expect: c
print((z := 5) + z)  # expect: 10

def any_match(items):
    if any((hit := i) > 2 for i in items):
        return hit
    return None

print(any_match([1, 3, 5]))  # expect: 3
print(any_match([1]))  # expect: None
