# args, str() and repr() of exceptions; the type-specific attributes.
for e in (ValueError(), ValueError("boom"), ValueError(1, 2), ValueError(""), TypeError(None), Exception([1], "x")):
    print(repr(e), "|", str(e), "|", e.args)
# expect: ValueError() |  | ()
# expect: ValueError('boom') | boom | ('boom',)
# expect: ValueError(1, 2) | (1, 2) | (1, 2)
# expect: ValueError('') |  | ('',)
# expect: TypeError(None) | None | (None,)
# expect: Exception([1], 'x') | ([1], 'x') | ([1], 'x')
print(repr(BaseException("x")), repr(KeyboardInterrupt()), repr(StopIteration(3)))  # expect: BaseException('x') KeyboardInterrupt() StopIteration(3)

# KeyError quotes its single argument
print(str(KeyError("k")), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))  # expect: 'k' 1  ('a', 'b') KeyError('k')
try:
    {}["missing"]
except KeyError as e:
    print(e, e.args)  # expect: 'missing' ('missing',)

# args is writable and becomes a tuple
e = ValueError("a")
e.args = ["x", "y"]
print(e.args, str(e))  # expect: ('x', 'y') ('x', 'y')

# StopIteration.value and SystemExit.code
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)  # expect: None 5 1
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)  # expect: None 3 bye (1, 2)
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)  # expect: returned result
try:
    raise SystemExit(7)
except SystemExit as e:
    print("exit", e.code)  # expect: exit 7

# OSError and its errno mapping
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))  # expect: FileNotFoundError 2 No such file or directory None [Errno 2] No such file or directory
e = OSError(2, "No such file or directory", "x.txt")
print(str(e), e.args, e.filename, repr(e))  # expect: [Errno 2] No such file or directory: 'x.txt' (2, 'No such file or directory') x.txt FileNotFoundError(2, 'No such file or directory')
# Linux errno values: EEXIST EACCES EPERM ECHILD ECONNREFUSED ECONNRESET EPIPE EINTR
# EISDIR ENOTDIR ESRCH ETIMEDOUT EAGAIN ECONNABORTED, and an unknown one
codes = (17, 13, 1, 10, 111, 104, 32, 4, 21, 20, 3, 110, 11, 103, 12345)
print(" ".join(type(OSError(code, "m")).__name__ for code in codes))
# expect: FileExistsError PermissionError PermissionError ChildProcessError ConnectionRefusedError ConnectionResetError BrokenPipeError InterruptedError IsADirectoryError NotADirectoryError ProcessLookupError TimeoutError BlockingIOError ConnectionAbortedError OSError
print(type(OSError("just a message")).__name__, str(OSError("just a message")), OSError("m").errno)  # expect: OSError just a message None
print(str(OSError(1, "op", "a", None, "b")))  # expect: [Errno 1] op: 'a' -> 'b'
print(type(FileNotFoundError(17, "x")).__name__, str(PermissionError("denied")))  # expect: FileNotFoundError denied
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print(e.errno == 2, e.filename, str(e))  # expect: True /nonexistent/dir/file.txt [Errno 2] No such file or directory: '/nonexistent/dir/file.txt'
try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print("caught as OSError:", type(e).__name__)  # expect: caught as OSError: FileNotFoundError

# SyntaxError's details
e = SyntaxError("bad thing", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)  # expect: bad thing prog.py 3 5 'x = = 1\n' 3 6
print(str(e))  # expect: bad thing (prog.py, line 3)
print(str(SyntaxError("m", (None, 4, 1, "t"))), str(SyntaxError("plain")), SyntaxError("plain").lineno)  # expect: m (line 4) plain None
print(issubclass(IndentationError, SyntaxError), IndentationError("i", ("f.py", 1, 1, "x", 1, 2)).filename)  # expect: True f.py

# UnicodeDecodeError
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)  # expect: utf-8 b'\xff' 0 1 invalid start byte
print(str(e))  # expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
print(str(UnicodeDecodeError("ascii", b"ab\xff\xfe", 2, 4, "bad")))  # expect: 'ascii' codec can't decode bytes in position 2-3: bad

# keyword attributes
print(ImportError("no", name="mod").name, ImportError("no", path="/p").path, ImportError("msg").msg)  # expect: mod /p msg
print(AttributeError("a", name="n", obj=3).obj, NameError("x", name="q").name, AttributeError("z").name)  # expect: 3 q None
try:
    ValueError(x=1)
except TypeError as e:
    print(e)  # expect: ValueError() takes no keyword arguments

# with_traceback and __traceback__
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)  # expect: traceback True None
    e2 = RuntimeError("other").with_traceback(tb)
    print(e2.__traceback__ is tb)  # expect: True
print(ValueError().__traceback__)  # expect: None
