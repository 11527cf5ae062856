# Closures, nonlocal, decorators with arguments, and function attributes.
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter

c1, c2 = make_counter(), make_counter(100, -10)
print([c1() for _ in range(5)], [c2() for _ in range(5)])

def memoize(func):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        wrapper.misses += 1 if len(cache) > wrapper.size else 0
        wrapper.size = len(cache)
        return cache[args]
    wrapper.misses = 0
    wrapper.size = 0
    wrapper.__name__ = func.__name__
    return wrapper

@memoize
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)

print(binomial(30, 15), binomial.misses, binomial.__name__)

def repeat(times):
    def decorate(func):
        def run(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return run
    return decorate

@repeat(3)
def greet(name, punctuation="!"):
    return f"hello {name}{punctuation}"

print(greet("ada"), greet("bob", punctuation="?"))
adders = [lambda x, i=i: x + i for i in range(5)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(5)]
print([f(10) for f in late])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()

print(outer())
