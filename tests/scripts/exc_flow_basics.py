# Exceptions across frames, __context__ and __cause__, finally ordering,
# bare raise, re-raise in nested handlers, with statements.

def level3():
    raise ValueError("deep")

def level2():
    level3()

def level1():
    try:
        level2()
    except KeyError:
        print("not here")

try:
    level1()
except ValueError as e:
    print("caught at top:", e)  # expect: caught at top: deep

# finally ordering
def order():
    log = []
    try:
        try:
            log.append("try")
            raise RuntimeError("x")
        finally:
            log.append("inner finally")
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log

print(order())  # expect: ['try', 'inner finally', 'except', 'outer finally']

def else_runs():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally before return")

print(else_runs())  # expect: finally before return
# expect: else

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())  # expect: finally

def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"

print(finally_swallows())  # expect: swallowed

# __context__ is set when raising while handling
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)  # expect: KeyError('missing') None False

# raise ... from sets __cause__ and suppresses the context display
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise TypeError("converted") from z
except TypeError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)  # expect: ZeroDivisionError ZeroDivisionError True

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no chain") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)  # expect: None True ZeroDivisionError

# context through a function call made inside a handler
def fails():
    raise IndexError("in call")

try:
    try:
        raise OSError("first")
    except OSError:
        fails()
except IndexError as e:
    print(repr(e.__context__))  # expect: OSError('first')

# no context when nothing is being handled
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__)  # expect: None

# bare raise re-raises the handled exception, even from a nested call
def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        raise

try:
    reraiser()
except KeyError as e:
    print("reraised", repr(e))  # expect: reraised KeyError('orig')

try:
    raise
except RuntimeError as e:
    print(e)  # expect: No active exception to reraise

# nested handlers: inner exception handled, outer still current afterwards
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        print("inner handled", inner)  # expect: inner handled inner
    try:
        raise
    except ValueError as again:
        print("outer again", again)  # expect: outer again outer

# raising a class instantiates it; non-exceptions are rejected
try:
    raise KeyError
except KeyError as e:
    print(repr(e))  # expect: KeyError()

for bad in (lambda: exec("raise 1"), lambda: exec("raise ValueError from 1")):
    try:
        bad()
    except TypeError as e:
        print(e)
# expect: exceptions must derive from BaseException
# expect: exception causes must derive from BaseException

try:
    try:
        pass
    except 3:
        pass
    raise ValueError
except 3 if False else ValueError:
    print("dynamic except clause")  # expect: dynamic except clause

try:
    try:
        raise ValueError("v")
    except "not a class":
        pass
except TypeError as e:
    print(e)  # expect: catching classes that do not inherit from BaseException is not allowed

# tuples of classes and subclass matching
class AppError(Exception):
    pass

class DbError(AppError):
    pass

for exc in (DbError("db"), KeyError("k"), AppError("app")):
    try:
        raise exc
    except (KeyError, DbError) as e:
        print("first clause", repr(e))
    except AppError as e:
        print("second clause", repr(e))
# expect: first clause DbError('db')
# expect: first clause KeyError('k')
# expect: second clause AppError('app')

# the as-name is deleted after the handler
try:
    raise ValueError
except ValueError as gone:
    pass
try:
    gone
except NameError as e:
    print(e)  # expect: name 'gone' is not defined

# with statements
class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

with Manager("a") as v, Manager("b") as w:
    print("body", v, w)
# expect: enter a
# expect: enter b
# expect: body A B
# expect: exit b None None
# expect: exit a None None

with Manager("quiet", swallow=True):
    raise ValueError("hidden")
print("after swallow")
# expect: enter quiet
# expect: exit quiet ValueError hidden
# expect: after swallow

try:
    with Manager("loud"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", repr(e))
# expect: enter loud
# expect: exit loud KeyError 'shown'
# expect: propagated KeyError('shown')

class NoExit:
    def __enter__(self):
        return self

try:
    with 1:
        pass
except TypeError as e:
    print(e)  # expect: 'int' object does not support the context manager protocol
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)  # expect: 'NoExit' object does not support the context manager protocol (missed __exit__ method)

# exceptions leaving a loop through several frames
def gen_then_fail():
    yield 1
    raise LookupError("from generator")

try:
    for x in gen_then_fail():
        print("got", x)
except LookupError as e:
    print("loop ended by", e)
# expect: got 1
# expect: loop ended by from generator

assert True, "never"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)  # expect: assert: math is broken

def final():
    raise ValueError("uncaught at the end")

final()  # expect error: ValueError: uncaught at the end
