# The sys module's values and functions.
import sys
print(type(sys.argv).__name__, sys.argv[0].endswith("sys_basic.py"))  # expect: list True
print(type(sys.path).__name__, sys.path[0] != "", isinstance(sys.path[0], str))  # expect: list True True
print(sys.modules["sys"] is sys, "builtins" in sys.modules, "__main__" in sys.modules)  # expect: True True True
print(sys.version.startswith("3.11"), sys.version_info[:2], sys.version_info >= (3, 8))  # expect: True (3, 11) True
print(sys.version_info[0], sys.version_info[3], len(sys.version_info))  # expect: 3 final 5
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)  # expect: linux little 9223372036854775807 True
print(type(sys.implementation.name).__name__, type(sys.executable).__name__)  # expect: str str
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)  # expect: True True True
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode)  # expect: <stdout> <stderr> <stdin> w
n = sys.stdout.write("written\n")  # expect: written
print(n)  # expect: 8
sys.stdout.flush()
print(sys.getrecursionlimit())  # expect: 1000
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())  # expect: 500
sys.setrecursionlimit(1000)
print(sys.getswitchinterval())  # expect: 0.005
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())  # expect: 0.001
sys.setswitchinterval(0.005)
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
# expect: recursion limit must be greater or equal than 1
# expect: recursion limit must be greater or equal than 1
for bad in [0, -0.5]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
# expect: switch interval must be strictly positive
# expect: switch interval must be strictly positive
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
print(sys.exc_info())  # expect: (None, None, None)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)  # expect: KeyError KeyError('k') True
print(sys.exc_info()[0])  # expect: None
x = object()
print(sys.getrefcount(x))  # expect: 2
lst = [x, x]
print(sys.getrefcount(x))  # expect: 4
s = sys.intern("hello" + str(1))
print(s, sys.intern(s) is s)  # expect: hello1 True
try:
    sys.intern(1)
except TypeError as e:
    print(e)  # expect: intern() argument must be str, not int
try:
    sys.exit(7)
except SystemExit as e:
    print("code", e.code)  # expect: code 7
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)  # expect: code None
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)  # expect: exit expected at most 1 argument, got 2
# baton keeps CPython 2's check interval for its "ticks" GIL policy.
if hasattr(sys, "setcheckinterval"):
    sys.setcheckinterval(50)
    ok = sys.getcheckinterval() == 50
    sys.setcheckinterval(100)
else:
    ok = True
print(ok)  # expect: True
