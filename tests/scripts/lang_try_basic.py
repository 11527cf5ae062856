# try / except / else / finally basics
def classify(f):
    try:
        f()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + str(e)
    else:
        return "ok"

print(classify(lambda: 1 / 0))  # expect: zero
print(classify(lambda: {}["k"]))  # expect: lookup KeyError
print(classify(lambda: [][1]))  # expect: lookup IndexError
print(classify(lambda: int("x")))  # expect: other invalid literal for int() with base 10: 'x'
print(classify(lambda: None))  # expect: ok

log = []
try:
    log.append("body")
except ValueError:
    log.append("handler")
else:
    log.append("else")
finally:
    log.append("finally")
print(log)  # expect: ['body', 'else', 'finally']

log = []
try:
    try:
        raise ValueError("inner")
    finally:
        log.append("cleanup")
except ValueError as e:
    log.append(str(e))
print(log)  # expect: ['cleanup', 'inner']

try:
    raise KeyError("k")
except LookupError as e:
    print(repr(e))  # expect: KeyError('k')

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__))  # expect: TypeError('first')

try:
    try:
        raise TypeError("a")
    except TypeError as t:
        raise ValueError("b") from t
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)  # expect: TypeError('a') True

def reraise():
    try:
        raise RuntimeError("again")
    except RuntimeError:
        raise

try:
    reraise()
except RuntimeError as e:
    print(e)  # expect: again

try:
    raise ValueError
except ValueError as e:
    print(repr(e))  # expect: ValueError()

class MyError(Exception):
    pass

try:
    raise MyError("custom")
except Exception as e:
    print(type(e).__name__, e)  # expect: MyError custom

import sys
try:
    raise IndexError("x")
except IndexError:
    print(sys.exc_info()[0].__name__)  # expect: IndexError
print(sys.exc_info())  # expect: (None, None, None)

def nested_handled():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError:
            pass
        return sys.exc_info()[0].__name__

print(nested_handled())  # expect: KeyError

try:
    1 / 0
except:
    print("bare except")  # expect: bare except

try:
    raise 5
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
