# Generators meeting exceptions: throw(), close(), finally in generators, StopIteration values.
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("generator caught", e)
        yield "recovered"
    finally:
        print("generator cleanup")

g = guarded()
print(next(g))
print(g.throw(ValueError("bad value")))
g.close()
print("closed")

def counter():
    n = 0
    while True:
        try:
            received = yield n
        except GeneratorExit:
            print("exit at", n)
            raise
        n += 1 if received is None else received

c = counter()
print(next(c), c.send(10), next(c), c.send(5))
c.close()

def returns():
    yield "a"
    return "the value"

r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)

def chain(*gens):
    results = []
    for gen in gens:
        results.append((yield from gen))
    return results

ch = chain(returns(), returns())
print(list(ch))
def bad():
    yield 1
    raise KeyError("inside")
try:
    for x in bad():
        print("got", x)
except KeyError as e:
    print("KeyError from generator:", e)
