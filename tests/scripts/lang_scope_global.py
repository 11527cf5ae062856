# global and module-level scoping
x = 1

def read():
    return x

def write():
    global x
    x = 2
    return x

print(read())  # expect: 1
print(write())  # expect: 2
print(x)  # expect: 2

def shadow():
    x = 10
    return x

print(shadow(), x)  # expect: 10 2

def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        return str(e)

print(unbound())  # expect: cannot access local variable 'y' where it is not associated with a value

def make_global():
    global fresh
    fresh = "made"

make_global()
print(fresh)  # expect: made

def delete_global():
    global fresh
    del fresh

delete_global()
try:
    fresh
except NameError as e:
    print(e)  # expect: name 'fresh' is not defined

def nested_global():
    def inner():
        global x
        x = 99
    inner()

nested_global()
print(x)  # expect: 99

def uses_builtin():
    return len([1, 2, 3])

print(uses_builtin())  # expect: 3

def shadows_builtin():
    len = lambda s: 42
    return len("abc")

print(shadows_builtin())  # expect: 42
print(len("abc"))  # expect: 3

counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter

print(bump(5), bump(2))  # expect: 5 7

if True:
    block_var = "visible"
print(block_var)  # expect: visible

for loop_var in range(3):
    pass
print(loop_var)  # expect: 2
