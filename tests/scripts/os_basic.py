# The os module, working inside a fresh temporary directory.
import os
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0)  # expect: int True True
print(os.cpu_count() >= 1, os.sep, repr(os.linesep), os.name)  # expect: True / '\n' posix
print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ)  # expect: True True
print(os.getenv("PATH") == os.environ["PATH"], os.getenv("NO_SUCH_VAR_BATON"), os.getenv("NO_SUCH_VAR_BATON", "d"))  # expect: True None d
print(len(os.urandom(16)), type(os.urandom(4)).__name__, os.urandom(0))  # expect: 16 bytes b''
print(os.strerror(2))  # expect: No such file or directory
print(os.kill(os.getpid(), 0))  # expect: None
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(e.errno)  # expect: 3
base = os.path.join("/tmp", "baton_os_test_%d" % os.getpid())
os.mkdir(base)
d = os.path.join(base, "sub")
os.mkdir(d)
print(os.listdir(base))  # expect: ['sub']
f = os.path.join(d, "a.txt")
with open(f, "w") as fh:
    fh.write("hello")
print(os.path.exists(f), os.path.isfile(f), os.path.isdir(d), os.path.getsize(f))  # expect: True True True 5
g = os.path.join(d, "b.txt")
os.rename(f, g)
print(sorted(os.listdir(d)), os.path.exists(f))  # expect: ['b.txt'] False
try:
    os.mkdir(d)
except FileExistsError as e:
    print(e.errno, e.strerror)  # expect: 17 File exists
try:
    os.remove(f)
except FileNotFoundError as e:
    print(e.errno, e.filename == f)  # expect: 2 True
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)  # expect: OSError 39
os.unlink(g)
os.rmdir(d)
os.makedirs(os.path.join(base, "x", "y"))
os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
print(os.path.isdir(os.path.join(base, "x", "y")))  # expect: True
os.rmdir(os.path.join(base, "x", "y"))
os.rmdir(os.path.join(base, "x"))
os.rmdir(base)
print(os.path.exists(base))  # expect: False
try:
    os.listdir(base)
except FileNotFoundError as e:
    print("gone")  # expect: gone
