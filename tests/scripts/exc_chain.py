# __context__, __cause__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)  # expect: ZeroDivisionError None False

try:
    try:
        {}["k"]
    except KeyError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)  # expect: KeyError('k') KeyError('k') True

try:
    try:
        [][0]
    except IndexError:
        raise TypeError("no chain") from None
except TypeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)  # expect: None IndexError True

# errors raised by built-in code inside a handler are chained too
try:
    try:
        raise ValueError("first")
    except ValueError:
        int("not a number")
except ValueError as e:
    print(e, "<-", e.__context__)  # expect: invalid literal for int() with base 10: 'not a number' <- first

# re-raising the handled exception does not chain it to itself
try:
    try:
        raise KeyError("same")
    except KeyError as e:
        raise e
except KeyError as e:
    print(e.__context__)  # expect: None

# the attributes are writable with checks
e = ValueError("x")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)  # expect: KeyError('c') True
e.__context__ = IndexError("i")
print(repr(e.__context__))  # expect: IndexError('i')
e.__suppress_context__ = False
print(e.__suppress_context__)  # expect: False
e.__cause__ = None
print(e.__cause__)  # expect: None
for attr, bad in (("__cause__", 1), ("__context__", "s")):
    try:
        setattr(e, attr, bad)
    except TypeError as err:
        print(err)
# expect: exception cause must be None or derive from BaseException
# expect: exception context must be None or derive from BaseException

# a context cycle is broken when chaining
a = ValueError("a")
b = ValueError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except ValueError:
            raise a
except ValueError as final:
    print(final is a, repr(a.__context__), b.__context__)  # expect: True ValueError('b') None

# finally runs and the exception continues
def f():
    try:
        raise OSError("io")
    finally:
        print("finally ran")
try:
    f()
except OSError as e:
    print("caught", e)
# expect: finally ran
# expect: caught io
