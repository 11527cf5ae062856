# generators, yield from, send, return values
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(4)))  # expect: [0, 1, 2, 3]

def with_return():
    yield 1
    return "done"

g = with_return()
print(next(g))  # expect: 1
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)  # expect: stop done

def delegator():
    result = yield from with_return()
    yield "got " + result

print(list(delegator()))  # expect: [1, 'got done']

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e))  # expect: 0
print(e.send("a"))  # expect: 1
print(e.send("b"))  # expect: 2
try:
    e.send(None)
except StopIteration as s:
    print(s.value)  # expect: ['a', 'b']

def yield_from_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)

print(list(yield_from_list()))  # expect: [1, 2, 'a', 'b', 0, 1]

def catcher():
    try:
        yield 1
    except ValueError as err:
        yield "caught " + str(err)

c = catcher()
next(c)
print(c.throw(ValueError("boom")))  # expect: caught boom

def inner_thrower():
    try:
        yield "inner"
    except KeyError:
        yield "inner caught"

def outer_thrower():
    yield from inner_thrower()

o = outer_thrower()
print(next(o))  # expect: inner
print(o.throw(KeyError))  # expect: inner caught

def closing():
    try:
        yield 1
    finally:
        print("closing")

cl = closing()
next(cl)
cl.close()  # expect: closing

def gen_expr_value():
    x = yield
    yield x * 2

gv = gen_expr_value()
next(gv)
print(gv.send(21))  # expect: 42

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])  # expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]

def gen_in_loop_with_break():
    for i in count(100):
        if i == 3:
            return i
    return -1

print(gen_in_loop_with_break())  # expect: 3

def nested_yield_from(depth):
    if depth == 0:
        yield "leaf"
        return 1
    got = yield from nested_yield_from(depth - 1)
    yield depth
    return got + 1

ng = nested_yield_from(2)
print(list(ng))  # expect: ['leaf', 1, 2]

def stopped():
    return
    yield

print(list(stopped()))  # expect: []
gen = count(2)
print(iter(gen) is gen)  # expect: True

def lambda_gen():
    return (lambda: (yield 7))()

print(list(lambda_gen()))  # expect: [7]

def raise_in_gen():
    yield 1
    raise RuntimeError("from gen")

try:
    for v in raise_in_gen():
        pass
except RuntimeError as err:
    print(err, v)  # expect: from gen 1
