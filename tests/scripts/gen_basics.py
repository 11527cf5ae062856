# Generators: next/send/throw/close, return values, StopIteration conversion,
# yield from, laziness of generator expressions, infinite generators.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(4)))  # expect: [0, 1, 2, 3]
g = count_up(2)
print(next(g), next(g))  # expect: 0 1
try:
    next(g)
except StopIteration as e:
    print("stop", e.args)  # expect: stop ()
print(next(g, "done"))  # expect: done

# send: the value of the yield expression
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)

e = echo()
print(e.send(None))  # expect: 0
print(e.send("a"), e.send("b"))  # expect: 1 2
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)  # expect: returned ['a', 'b']

try:
    echo().send(5)
except TypeError as err:
    print(err)  # expect: can't send non-None value to a just-started generator

# return values surface as StopIteration.value
def ret():
    yield 1
    return "result"

r = ret()
next(r)
try:
    next(r)
except StopIteration as stop:
    print(repr(stop), stop.value)  # expect: StopIteration('result') result

def ret_tuple():
    return (1, 2)
    yield

try:
    ret_tuple().send(None)
except StopIteration as stop:
    print(stop.value, stop.args)  # expect: (1, 2) ((1, 2),)

# throw
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as err:
            print("caught", err)

c = catcher()
print(next(c))  # expect: ready
print(c.throw(ValueError("boom")))  # expect: caught boom
# expect: ready
print(c.throw(ValueError, "two"))  # expect: caught two
# expect: ready
try:
    c.throw(KeyError("k"))
except KeyError as err:
    print("escaped", repr(err))  # expect: escaped KeyError('k')
print(next(c, "finished"))  # expect: finished

try:
    count_up(3).throw(1)
except TypeError as err:
    print(err)  # expect: exceptions must be classes or instances deriving from BaseException, not int

# throw into a generator that was never started
fresh = count_up(3)
try:
    fresh.throw(IndexError("early"))
except IndexError as err:
    print("early:", err)  # expect: early: early
print(list(fresh))  # expect: []

# close runs finally blocks; a generator that ignores GeneratorExit is an error
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

w = with_cleanup()
print(next(w))  # expect: 1
print(w.close())  # expect: cleanup
# expect: None
print(w.close())  # expect: None

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print(err)  # expect: generator ignored GeneratorExit

# StopIteration raised inside a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("inner")

try:
    list(leaky())
except RuntimeError as err:
    print(err, "| cause:", repr(err.__cause__))  # expect: generator raised StopIteration | cause: StopIteration('inner')

# "generator already executing"
def selfish():
    yield me.send(None)

me = selfish()
try:
    next(me)
except ValueError as err:
    print(err)  # expect: generator already executing

# generator expressions are lazy
log = []
def noisy(x):
    log.append(x)
    return x * 10

gen = (noisy(x) for x in range(5))
print(log)  # expect: []
print(next(gen), log)  # expect: 0 [0]
print(sum(gen), log)  # expect: 100 [0, 1, 2, 3, 4]

# infinite generators with a manual islice-like loop
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(it, k):
    out = []
    for x in it:
        if len(out) == k:
            break
        out.append(x)
    return out

print(take(naturals(), 5))  # expect: [0, 1, 2, 3, 4]
evens = (n for n in naturals() if n % 2 == 0)
print(take(evens, 4))  # expect: [0, 2, 4, 6]

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]

print(repr(count_up(1)).startswith("<generator object count_up at 0x"))  # expect: True
print(count_up.__name__, type(count_up(1)).__name__)  # expect: count_up generator
it = count_up(2)
print(iter(it) is it)  # expect: True
