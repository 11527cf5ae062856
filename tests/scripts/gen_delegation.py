# yield from: values, sent values, return values, throw/close forwarding,
# non-generator subiterators; coroutines driven by hand.

def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

g = outer()
print(g.send(None))  # expect: i1
print(g.send("A"))  # expect: inner got A
# expect: i2
print(g.send("B"))  # expect: inner got B
# expect: outer got inner-result
# expect: o1
print(next(g, "end"))  # expect: end

# yield from over plain iterables
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4]], 5, []])))  # expect: [1, 2, 3, 4, 5]

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", (1, 2), range(2), {"k": 0})))  # expect: ['a', 'b', 1, 2, 0, 1, 'k']
print(list(chain()))  # expect: []

# throw() is forwarded to the innermost generator
def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub caught", repr(e))
        yield "recovered"
    return "sub-done"

def delegator():
    result = yield from sub()
    print("delegator result", result)
    yield "after"

d = delegator()
print(next(d))  # expect: 1
print(d.throw(KeyError("x")))  # expect: sub caught KeyError('x')
# expect: recovered
print(next(d))  # expect: delegator result sub-done
# expect: after

# an exception the subgenerator does not handle reaches the delegator
def guarded():
    try:
        yield from sub()
    except ValueError as e:
        print("delegator caught", e)
        yield "handled"

gd = guarded()
next(gd)
print(gd.throw(ValueError("v")))  # expect: delegator caught v
# expect: handled

# close() closes the subgenerator first
def sub_with_finally():
    try:
        yield 1
    finally:
        print("sub finally")

def outer_with_finally():
    try:
        yield from sub_with_finally()
    finally:
        print("outer finally")

o = outer_with_finally()
next(o)
o.close()  # expect: sub finally
# expect: outer finally

# a subiterator that is not a generator: send() needs a send method
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

def uses_class():
    got = yield from Countdown(3)
    print("class iterator returned", got)

print(list(uses_class()))  # expect: class iterator returned None
# expect: [2, 1, 0]

# the value of yield from is the subgenerator's return value
def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1

def collect(results):
    while True:
        results.append((yield from averager()))

results = []
c = collect(results)
next(c)
for v in (10, 20, 30, None, 1, None):
    c.send(v)
print(results)  # expect: [20.0, 1.0]

# coroutines driven by send()
class Ready:
    def __await__(self):
        value = yield "suspend"
        return value * 2

async def compute(x):
    a = await Ready()
    return a + x

co = compute(1)
print(type(co).__name__)  # expect: coroutine
print(co.send(None))  # expect: suspend
try:
    co.send(20)
except StopIteration as stop:
    print("coroutine returned", stop.value)  # expect: coroutine returned 41

async def nested():
    r1 = await compute(100)
    r2 = await compute(200)
    return r1, r2

n = nested()
print(n.send(None), n.send(1), n.send(2) if False else "")  # expect: suspend suspend 
try:
    n.send(3)
except StopIteration as stop:
    print(stop.value)  # expect: (102, 206)

async def simple():
    return "plain"

s = simple()
try:
    s.send(None)
except StopIteration as stop:
    print(stop.value)  # expect: plain
try:
    s.send(None)
except RuntimeError as err:
    print(err)  # expect: cannot reuse already awaited coroutine

async def bad_await():
    await 5

try:
    bad_await().send(None)
except TypeError as err:
    print(err)  # expect: object int can't be used in 'await' expression

w = simple()
it = w.__await__()
try:
    next(it)
except StopIteration as stop:
    print("via __await__:", stop.value)  # expect: via __await__: plain
c2 = simple()
print(c2.close())  # expect: None
print(repr(c2).startswith("<coroutine object simple at 0x"))  # expect: True
