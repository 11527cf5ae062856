# Closures and cells, nonlocal, function attributes, bound methods,
# recursion and RecursionError.

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())  # expect: 1 2 12 1
print(type(c1.__closure__[0]).__name__, c1.__closure__[0].cell_contents)  # expect: cell 12
print(c1.__code__.co_freevars)  # expect: ('count',)

# closures capture variables, not values
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns])  # expect: [2, 2, 2]
fns = [lambda i=i: i for i in range(3)]
print([fn() for fn in fns])  # expect: [0, 1, 2]

# an argument captured by an inner function lives in a cell
def adder(n):
    def add(x):
        return x + n
    n += 100
    return add

print(adder(1)(1))  # expect: 102

# three levels deep
def a():
    x = "a"
    def b():
        def c():
            return x + "c"
        return c
    return b

print(a()()())  # expect: ac

# free variable read before assignment in the enclosing scope
def early():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return get()

print(early())  # expect: NameError cannot access free variable 'v' where it is not associated with a value in enclosing scope
# expect: 1

def unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        print(e)
    w = 2

unbound()  # expect: cannot access local variable 'w' where it is not associated with a value

def deleted():
    z = 1
    del z
    try:
        z
    except NameError as e:
        print(type(e).__name__)

deleted()  # expect: UnboundLocalError

# global statement
total = 0
def bump():
    global total
    total += 5

bump(); bump()
print(total)  # expect: 10

# function attributes
def tagged():
    "A docstring."
    return tagged.calls

tagged.calls = 3
print(tagged(), tagged.__dict__)  # expect: 3 {'calls': 3}
print(tagged.__name__, tagged.__qualname__, tagged.__doc__)  # expect: tagged tagged A docstring.
tagged.__name__ = "renamed"
print(tagged.__name__, tagged.__module__)  # expect: renamed __main__
print(repr(tagged).startswith("<function tagged at 0x"))  # expect: True

class K:
    def meth(self):
        def inner():
            pass
        return inner

print(K.meth.__qualname__, K().meth().__qualname__)  # expect: K.meth K.meth.<locals>.inner

# bound methods
k = K()
print(k.meth == k.meth, k.meth is k.meth)  # expect: True False
print(k.meth.__self__ is k, k.meth.__func__ is K.meth)  # expect: True True
print(K().meth == k.meth)  # expect: False
print(repr(k.meth).startswith("<bound method K.meth of <__main__.K object at 0x"))  # expect: True
print(k.meth.__name__)  # expect: meth
m = k.meth
print(m().__name__)  # expect: inner
print(len({k.meth, k.meth}))  # expect: 1

# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(30))  # expect: 265252859812191058636308480000000

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)  # expect: caught: maximum recursion depth exceeded

# the program continues normally after a RecursionError
print(fact(10))  # expect: 3628800

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)

def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)

print(mutual_even(100), mutual_odd(7))  # expect: True True
