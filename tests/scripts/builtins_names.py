# The constants, types and exception classes the builtins module exposes.
import builtins
print(None, True, False, NotImplemented, Ellipsis, __debug__)  # expect: None True False NotImplemented Ellipsis True
print(... is Ellipsis)  # expect: True
types = [object, type, int, bool, float, str, bytes, bytearray, list, tuple, dict, set,
         frozenset, slice, range, property, staticmethod, classmethod, super, enumerate,
         zip, map, filter, reversed]
print(all(isinstance(t, type) for t in types), len(types))  # expect: True 24
print(" ".join(t.__name__ for t in types[:9]))  # expect: object type int bool float str bytes bytearray list
print(" ".join(t.__name__ for t in types[9:17]))  # expect: tuple dict set frozenset slice range property staticmethod
print(" ".join(t.__name__ for t in types[17:]))  # expect: classmethod super enumerate zip map filter reversed
excs = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
        ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError,
        EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
        MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError,
        FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError,
        TimeoutError, RuntimeError, NotImplementedError, RecursionError, SyntaxError,
        IndentationError, SystemError, TypeError, ValueError, UnicodeError,
        UnicodeDecodeError, Warning, DeprecationWarning, UserWarning, StopAsyncIteration,
        ConnectionError, BrokenPipeError, ProcessLookupError, ChildProcessError]
print(all(issubclass(e, BaseException) for e in excs), len(excs))  # expect: True 45
print(issubclass(ModuleNotFoundError, ImportError), issubclass(KeyError, LookupError))  # expect: True True
print(IOError is OSError, EnvironmentError is OSError)  # expect: True True
print(builtins.len is len, builtins.print is print, builtins.__name__)  # expect: True True builtins
print(builtins)  # expect: <module 'builtins' (built-in)>
print(len.__name__, print.__name__, type(len).__name__)  # expect: len print builtin_function_or_method
print(callable(exit), callable(quit), callable(open), callable(input))  # expect: True True True True
print(type(__builtins__).__name__)  # expect: module
