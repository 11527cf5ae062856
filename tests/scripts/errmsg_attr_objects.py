# AttributeError and TypeError messages of functions, bound methods,
# exceptions and modules, as CPython words them.
import gc
def t(f):
    try:
        f()
        print('ok')
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
def f():
    pass
class C:
    def m(self):
        pass
e = ValueError('v')
t(lambda: setattr(f, '__dict__', 5))  # expect: TypeError: __dict__ must be set to a dictionary, not a 'int'
t(lambda: delattr(f, '__dict__'))  # expect: TypeError: cannot delete __dict__
t(lambda: setattr(e, '__dict__', []))  # expect: TypeError: __dict__ must be set to a dictionary, not a 'list'
t(lambda: delattr(e, '__dict__'))  # expect: TypeError: cannot delete __dict__
t(lambda: setattr(f, '__dict__', {'a': 1}))  # expect: ok
print(f.a, vars(f))  # expect: 1 {'a': 1}
t(lambda: C().m.nope)  # expect: AttributeError: 'function' object has no attribute 'nope'
t(lambda: setattr(C().m, 'x', 1))  # expect: AttributeError: 'method' object has no attribute 'x'
print(C().m.__name__)  # expect: m
t(lambda: delattr(gc, 'nope'))  # expect: AttributeError: 'module' object has no attribute 'nope'
t(lambda: gc.nope)  # expect: AttributeError: module 'gc' has no attribute 'nope'
t(lambda: setattr(gc, '__dict__', {}))  # expect: AttributeError: readonly attribute
t(lambda: delattr(gc, '__dict__'))  # expect: AttributeError: readonly attribute
print(type(gc.__dict__).__name__, 'collect' in gc.__dict__)  # expect: dict True
t(lambda: setattr(gc, '__class__', int))  # expect: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
gc.extra = 1
del gc.extra
print(hasattr(gc, 'extra'))  # expect: False
