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
