# Repeating a list or tuple to a size no machine has raises MemoryError, as in
# CPython: the program goes on instead of the VM aborting.
for make in (lambda: [0] * (2 ** 58), lambda: (0,) * (2 ** 58), lambda: [1, 2] * (2 ** 57),
             lambda: (1, 2, 3) * (2 ** 57)):
    try:
        make()
    except MemoryError as e:
        print("MemoryError", repr(e))  # expect: MemoryError MemoryError()
# expect: MemoryError MemoryError()
# expect: MemoryError MemoryError()
# expect: MemoryError MemoryError()
print([0] * 3, (1,) * 2)  # expect: [0, 0, 0] (1, 1)
# str.replace() growing past any machine's memory: MemoryError, not an abort
try:
    ("a" * 2 ** 25).replace("", "x" * 2 ** 25)
except MemoryError as e:
    print("MemoryError", repr(e))  # expect: MemoryError MemoryError()
print("ab".replace("", "-"), "aXbX".replace("X", "yy", 1))  # expect: -a-b- ayybX
# past sys.maxsize items: OverflowError for str and bytes (CPython counts
# code points, so a non-ASCII str of fewer is only short of memory)
for make in (lambda: b"ab" * 2 ** 62, lambda: "ab" * 2 ** 62, lambda: "é" * 2 ** 62,
             lambda: bytearray(b"ab") * 2 ** 62):
    try:
        make()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
# expect: OverflowError repeated bytes are too long
# expect: OverflowError repeated string is too long
# expect: MemoryError 
# expect: MemoryError 
