# Exceptions and generators: the handled exception inside a suspended
# generator, finally blocks run on close and on garbage collection, errors
# crossing yield points and generator frames.
import sys

def remembers():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = remembers()
print(next(g))  # expect: KeyError
print(sys.exc_info()[0])  # expect: None
print(next(g))  # expect: KeyError
print(next(g))  # expect: None

# the caller's handled exception is visible in a generator with none of its own
def peek():
    yield sys.exc_info()[0].__name__

try:
    raise ValueError("outer")
except ValueError:
    print(next(peek()))  # expect: ValueError

# dropping a suspended generator runs its finally block
def cleanup(tag):
    try:
        yield tag
    finally:
        print("finally", tag)

c = cleanup("dropped")
next(c)
del c  # expect: finally dropped
print("after del")  # expect: after del

for v in cleanup("loop-break"):
    break
# expect: finally loop-break
print("after loop")  # expect: after loop

unstarted = cleanup("never started")
del unstarted
print("unstarted dropped silently")  # expect: unstarted dropped silently

# exceptions thrown in come out with the generator frame in between
def relay():
    try:
        yield 1
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e

r = relay()
next(r)
try:
    r.throw(ZeroDivisionError("zd"))
except ArithmeticError as e:
    print(e, "<-", repr(e.__cause__))  # expect: wrapped <- ZeroDivisionError('zd')

# an exception inside a generator expression reaches the consumer
def risky(x):
    return 10 // x

try:
    print(list(risky(x) for x in (5, 2, 0, 1)))
except ZeroDivisionError as e:
    print("genexpr:", e)  # expect: genexpr: integer division or modulo by zero

# finally in a generator runs before the consumer's handler
def steps():
    try:
        yield 1
        raise RuntimeError("step failed")
    finally:
        print("generator finally")

try:
    for s in steps():
        print("step", s)
except RuntimeError as e:
    print("consumer caught", e)
# expect: step 1
# expect: generator finally
# expect: consumer caught step failed

# return inside try/finally in a generator
def early_return():
    try:
        yield "a"
        return "done"
    finally:
        print("cleanup on return")

e = early_return()
print(next(e))  # expect: a
try:
    next(e)
except StopIteration as stop:
    print("value:", stop.value)
# expect: cleanup on return
# expect: value: done

# close() on a generator suspended inside a with block
class Res:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)
        return False

def using():
    with Res():
        yield "using"

u = using()
print(next(u))
u.close()
# expect: acquire
# expect: using
# expect: release GeneratorExit

# a generator closed while delegating closes the inner one too
def inner():
    try:
        yield 1
    finally:
        print("inner closed")

def outer():
    yield from inner()

o = outer()
next(o)
del o  # expect: inner closed
print("done")  # expect: done
