# Sequences the VM fuses into superinstructions (vm/quicken.c) behave as the
# plain instructions do, including errors part way through them.

def pair_loads(a, b):
    return a - b

def unbound_second(flag):
    if flag:
        b = 1
    a = 2
    return a + b

def store_then_load(xs):
    total = 0.0
    for (x, y) in xs:
        d = x * y
        total += d
    return total

class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.d[k] = v * 10

def local_ops(a, b):
    c = a + b
    a += b
    d = b * b
    return c, a, d, b - b

def local_concat(a, b):
    a += b
    return a

def aug_items():
    v = [1.5, 2, 3]
    v[0] -= 0.5
    v[1] *= 4
    v[-1] += 1
    d = {"k": 1}
    d["k"] += 2
    b = Box()
    b[3] += 2
    return v, d, b.d

def unbound_lines(flag):
    if flag:
        b = 1
    a = 2
    return (a
            -
            b)

def aug_missing():
    d = {}
    d["nope"] += 1

print(pair_loads(7, 2), pair_loads(1.5, 0.25))
big = 2 ** 61
print(local_ops(big, big))
xs = [1]
print(local_concat(xs, [2]), xs, local_concat("ab", "c"))
print(local_ops(2.5, 4), local_ops(True, 3), local_ops(1.5, 0.5))
try:
    local_ops(1, "x")
except TypeError as e:
    print(e)
print(store_then_load([(1.0, 2.0), (3.0, 4.0), (2, 5)]))
print(aug_items())
try:
    unbound_second(False)
except UnboundLocalError as e:
    print(e)
try:
    aug_missing()
except KeyError as e:
    print("KeyError", e)
try:
    unbound_lines(False)
except UnboundLocalError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("line", tb.tb_lineno - unbound_lines.__code__.co_firstlineno)
t = [1, 2]
try:
    t[5] += 1
except IndexError as e:
    print(e)
s = "ab"
try:
    s[0] += "c"
except TypeError as e:
    print(e)
print(sorted(int.__dict__)[:3], "upper" in str.__dict__, "append" in dir([]))
print(int.__doc__ is None or isinstance(int.__doc__, str), object.__init_subclass__.__name__)
# expect: 5 1.25
# expect: (4611686018427387904, 4611686018427387904, 5316911983139663491615228241121378304, 0)
# expect: [1, 2] [1, 2] abc
# expect: (6.5, 6.5, 16, 0) (4, 4, 9, 0) (2.0, 2.0, 0.25, 0.0)
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: 24.0
# expect: ([1.0, 8, 4], {'k': 3}, {3: 20})
# expect: cannot access local variable 'b' where it is not associated with a value
# expect: KeyError 'nope'
# expect: line 6
# expect: list index out of range
# expect: 'str' object does not support item assignment
# expect: ['__abs__', '__add__', '__and__'] True True
# expect: True __init_subclass__
