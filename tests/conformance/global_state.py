# Module-level state: global and nonlocal declarations, counters, and name resolution.
counter = 0
registry = []

def increment(by=1):
    global counter
    counter += by
    return counter

def register(name):
    registry.append(name)
    return len(registry)

def make_accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add

for i in range(5):
    increment(i)
print(counter, [register(n) for n in "abc"], registry)
acc = make_accumulator()
print([acc(x) for x in (1, 2, 3, 4)])

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)
x = "global x"
def read_global():
    return x
def shadow_then_read():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
print(read_global())
shadow_then_read()
print(len, print.__name__, __name__)
def uses_builtin_shadow():
    len = lambda s: -1
    return len("abc")
print(uses_builtin_shadow(), len("abc"))
