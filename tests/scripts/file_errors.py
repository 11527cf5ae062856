# open() and file-object errors, with CPython's messages.
import os
path = "/tmp/baton_file_err_%d.txt" % os.getpid()


def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))


check(lambda: open("/no/such/dir/file.txt"))  # expect: FileNotFoundError: [Errno 2] No such file or directory: '/no/such/dir/file.txt'
check(lambda: open("/tmp"))  # expect: IsADirectoryError: [Errno 21] Is a directory: '/tmp'
check(lambda: open(path, "q"))  # expect: ValueError: invalid mode: 'q'
check(lambda: open(path, "rw"))  # expect: ValueError: must have exactly one of create/read/write/append mode
check(lambda: open(path, "rr"))  # expect: ValueError: invalid mode: 'rr'
check(lambda: open(path, "rb", encoding="utf-8"))  # expect: ValueError: binary mode doesn't take an encoding argument
check(lambda: open(path, "w", newline="x"))  # expect: ValueError: illegal newline value: x
check(lambda: open(1.5))  # expect: TypeError: expected str, bytes or os.PathLike object, not float
with open(path, "w") as f:
    check(lambda: f.write(1))  # expect: TypeError: write() argument must be str, not int
    check(lambda: f.read())  # expect: UnsupportedOperation: not readable
with open(path, "wb") as f:
    check(lambda: f.write("text"))  # expect: TypeError: a bytes-like object is required, not 'str'
with open(path) as f:
    check(lambda: f.write("x"))  # expect: UnsupportedOperation: not writable
f = open(path)
f.close()
check(lambda: f.read())  # expect: ValueError: I/O operation on closed file.
check(lambda: f.readline())  # expect: ValueError: I/O operation on closed file.
check(lambda: f.write("x"))  # expect: ValueError: I/O operation on closed file.
check(lambda: list(f))  # expect: ValueError: I/O operation on closed file.
try:
    with open(path) as f:
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e, f.closed)  # expect: propagated 'inside' True
try:
    open("/no/such/file")
except OSError as e:
    print(e.errno, e.strerror, e.filename)  # expect: 2 No such file or directory /no/such/file
os.remove(path)
