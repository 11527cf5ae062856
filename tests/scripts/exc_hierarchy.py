# The built-in exception hierarchy, catching by base class, user exceptions.
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
print(chain(FileNotFoundError))  # expect: FileNotFoundError > OSError > Exception > BaseException > object
print(chain(BrokenPipeError))  # expect: BrokenPipeError > ConnectionError > OSError > Exception > BaseException > object
print(chain(TabError))  # expect: TabError > IndentationError > SyntaxError > Exception > BaseException > object
print(chain(UnicodeDecodeError))  # expect: UnicodeDecodeError > UnicodeError > ValueError > Exception > BaseException > object
print(chain(ModuleNotFoundError))  # expect: ModuleNotFoundError > ImportError > Exception > BaseException > object
print(chain(RecursionError), chain(KeyboardInterrupt))  # expect: RecursionError > RuntimeError > Exception > BaseException > object KeyboardInterrupt > BaseException > object
print(chain(ZeroDivisionError), chain(DeprecationWarning))  # expect: ZeroDivisionError > ArithmeticError > Exception > BaseException > object DeprecationWarning > Warning > Exception > BaseException > object
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))  # expect: True False False
print(issubclass(UnboundLocalError, NameError), issubclass(NotImplementedError, RuntimeError))  # expect: True True
print(issubclass(IndexError, LookupError), issubclass(KeyError, LookupError), issubclass(OverflowError, ArithmeticError))  # expect: True True True
print(IOError is OSError, EnvironmentError is OSError)  # expect: True True

def catch(exc, *classes):
    try:
        raise exc
    except classes as e:
        return type(e).__name__ + " caught as " + "/".join(c.__name__ for c in classes)
    except BaseException as e:
        return type(e).__name__ + " escaped"
print(catch(KeyError("k"), LookupError))  # expect: KeyError caught as LookupError
print(catch(ZeroDivisionError(), ArithmeticError))  # expect: ZeroDivisionError caught as ArithmeticError
print(catch(FileNotFoundError(), ValueError, OSError))  # expect: FileNotFoundError caught as ValueError/OSError
print(catch(KeyboardInterrupt(), Exception))  # expect: KeyboardInterrupt escaped
print(catch(StopIteration(), Exception))  # expect: StopIteration caught as Exception

# the handlers pick the first match in order
def which(exc):
    try:
        raise exc
    except IndexError:
        return "IndexError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
print(which(IndexError()), which(KeyError()), which(ValueError()))  # expect: IndexError LookupError Exception

# user-defined hierarchy with extra attributes and super().__init__
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason
class HTTPError(AppError):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"HTTP {self.code}: {self.msg}"
try:
    raise ConfigError("port")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, e.reason)  # expect: ConfigError port: missing ('port: missing',) port missing
try:
    raise HTTPError(404, "not found")
except AppError as e:
    print(e, "|", e.args, "|", repr(e))  # expect: HTTP 404: not found | (404, 'not found') | HTTPError(404, 'not found')
e = ConfigError("k", "bad")
print(repr(e), isinstance(e, Exception), e.__class__.__bases__[0].__name__)  # expect: ConfigError('k: bad') True AppError
e.extra = [1]
print(e.extra, sorted(e.__dict__))  # expect: [1] ['extra', 'key', 'reason']

# raising a class instantiates it; raising a non-exception fails
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)  # expect: ValueError() ()
try:
    raise 5
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
try:
    try:
        pass
    except 5:
        pass
    raise KeyError("after")
except KeyError as e:
    print("handler clauses are only evaluated on error:", e)  # expect: handler clauses are only evaluated on error: 'after'
