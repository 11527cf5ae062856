# closures and nonlocal
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())  # expect: 1 2 3
d = counter()
print(d(), c())  # expect: 1 4

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x

print(outer())  # expect: ('inner', 'inner')

def read_only():
    v = 5
    def get():
        return v
    v = 6
    return get()

print(read_only())  # expect: 6

def arg_captured(a, b=2):
    def f():
        return a + b
    a = a * 10
    return f()

print(arg_captured(1))  # expect: 12

def closures_in_loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(closures_in_loop())  # expect: [2, 2, 2]

def closures_default():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]

print(closures_default())  # expect: [0, 1, 2]

def make_adders():
    def adder(n):
        return lambda x: x + n
    return [adder(k) for k in range(3)]

print([f(10) for f in make_adders()])  # expect: [10, 11, 12]

def free_before_assign():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
    return inner()

print(free_before_assign())
# expect: cannot access free variable 'z' where it is not associated with a value in enclosing scope
# expect: 1

def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()

print(deep())  # expect: 1

def nonlocal_del():
    q = 1
    def kill():
        nonlocal q
        del q
    kill()
    try:
        return q
    except NameError as e:
        return type(e).__name__

print(nonlocal_del())  # expect: UnboundLocalError

def cell_and_local():
    total = 0
    items = [1, 2, 3]
    def add_all():
        nonlocal total
        for it in items:
            total += it
    add_all()
    add_all()
    return total

print(cell_and_local())  # expect: 12
