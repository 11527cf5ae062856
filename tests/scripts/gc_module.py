# The gc module's functions and their errors, as CPython's.
import gc

class C:
    pass

print(gc.isenabled())  # expect: True
gc.disable()
print(gc.isenabled())  # expect: False
gc.enable()
print(gc.isenabled())  # expect: True
print(gc.get_threshold())  # expect: (700, 10, 10)
gc.set_threshold(500)
print(gc.get_threshold())  # expect: (500, 10, 10)
gc.set_threshold(800, 20, 30)
print(gc.get_threshold())  # expect: (800, 20, 30)
gc.set_threshold(700, 10, 10)

gc.collect()
count = gc.get_count()
print(len(count), count[1], count[2])  # expect: 3 0 0
gc.collect(0)
print(gc.get_count()[1] >= 1)  # expect: True

print(gc.is_tracked(1), gc.is_tracked(2 ** 100), gc.is_tracked("s"), gc.is_tracked(None))  # expect: False False False False
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))  # expect: True True True True
print(gc.is_tracked(int), gc.is_tracked(1.5))  # expect: False False
print(gc.is_finalized(C()))  # expect: False

marker = [C()]
print(any(o is marker for o in gc.get_objects()))  # expect: True
print(any(o is marker for o in gc.get_objects(generation=None)))  # expect: True
gc.collect()
print(any(o is marker for o in gc.get_objects(2)), any(o is marker for o in gc.get_objects(0)))  # expect: True False
print(gc.garbage)  # expect: []
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))  # expect: 3 ['collected', 'collections', 'uncollectable']
print(stats[2]["collections"] > 0)  # expect: True
print(gc.collect(generation=1) >= 0, gc.collect(0) >= 0)  # expect: True True

def error(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)

error(gc.collect, 3)  # expect: ValueError: invalid generation
error(gc.collect, -1)  # expect: ValueError: invalid generation
error(gc.collect, "x")  # expect: TypeError: 'str' object cannot be interpreted as an integer
error(gc.collect, 1, 2)  # expect: TypeError: collect() takes at most 1 argument (2 given)
error(gc.collect, gen=1)  # expect: TypeError: 'gen' is an invalid keyword argument for collect()
error(gc.set_threshold)  # expect: TypeError: set_threshold() takes at least 1 argument (0 given)
error(gc.set_threshold, 1, 2, 3, 4)  # expect: TypeError: set_threshold() takes at most 3 arguments (4 given)
error(gc.set_threshold, "a")  # expect: TypeError: 'str' object cannot be interpreted as an integer
error(gc.get_objects, 3)  # expect: ValueError: generation parameter must be less than the number of available generations (3)
error(gc.get_objects, -2)  # expect: ValueError: generation parameter cannot be negative
error(gc.get_objects, "a")  # expect: TypeError: argument should be integer or None, not 'str'
error(gc.is_tracked)  # expect: TypeError: gc.is_tracked() takes exactly one argument (0 given)
error(gc.enable, 1)  # expect: TypeError: gc.enable() takes no arguments (1 given)
print(gc.get_threshold())  # expect: (700, 10, 10)
