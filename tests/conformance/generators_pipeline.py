# Generator pipelines: lazy evaluation, send, yield from and return values.
def integers(start=1):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    return (x for x in it if x % 2 == 0)

print(list(take(10, squares(evens(integers())))))

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count

def delegate(results):
    result = yield from averager()
    results.append(result)

results = []
g = delegate(results)
next(g)
for v in [10, 20, 30, 45]:
    print("running average", g.send(v))
try:
    g.send(None)
except StopIteration:
    pass
print("result", results)

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(15)])
print(sum(x for x in take(100, fib()) if x % 3 == 0))
gen.close()
print(next(gen, "closed"))
