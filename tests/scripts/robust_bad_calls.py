# Deleting what does not exist and calling with wrong arguments, also
# through type objects (list.append(), str.join(1)).

# --- del_missing
class A: pass
a = A()
for f in [lambda: delattr(a, 'x'), lambda: delattr(A, 'x'), lambda: delattr(1, 'x')]:
    try: f()
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)

# --- del_missing2
d = {}
try: del d['x']
except KeyError as e: print(repr(e))
l = []
try: del l[0]
except IndexError as e: print(e)
try: del l[::0]
except ValueError as e: print(e)
try:
    del x
except NameError as e: print(e)

# --- del_builtin_attr
try: del (1).real
except AttributeError as e: print(e)
try: del [].append
except AttributeError as e: print(e)
try: del int.x
except (AttributeError, TypeError) as e: print(e)
try: del list.append
except TypeError as e: print(e)

# --- setattr_builtin
try: int.x = 1
except TypeError as e: print(e)
try: (1).x = 1
except AttributeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)

# --- wrong_args
for f in [lambda: list.append(), lambda: str.join(1), lambda: list.append(1, 2), lambda: dict.update(1), lambda: str.split(), lambda: int.__add__(), lambda: object.__eq__(), lambda: list.__init__(1), lambda: len(), lambda: len(1, 2), lambda: isinstance(), lambda: getattr(1), lambda: range(), lambda: type(), lambda: type(1, 2), lambda: super(1), lambda: iter(), lambda: next(), lambda: min(), lambda: max([]), lambda: sorted(), lambda: print(sep=1), lambda: divmod(1), lambda: pow(1), lambda: round(), lambda: abs(), lambda: hash([]), lambda: chr(-1), lambda: ord(''), lambda: zip(1), lambda: map(1), lambda: enumerate(1)]:
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)

# --- call_weird
def f(a, b=1, *c, d, **e): pass
for x in [lambda: f(), lambda: f(1), lambda: f(1, a=2, d=1), lambda: f(d=1, **{'a': 1, 'd': 2}), lambda: f(1, d=1, **{1: 2}), lambda: f(*1, d=1), lambda: f(**1), lambda: f(1, d=1, **{'e': 1}), lambda: (lambda: 0)(1), lambda: (lambda *, k: 0)(1)]:
    try: print(x())
    except TypeError as e: print(e)

# --- unpack_weird2
def f(): a, b = [1]
def g(): a, b = [1, 2, 3]
def h(): a, *b, c = [1]
def i(): a, b = 1
def j(): a, b = iter(range(10**6))
for x in [f, g, h, i, j]:
    try: x()
    except (ValueError, TypeError) as e: print(e)

# --- kwargs_weird
def f(**k): return k
print(f(**{'a': 1}, b=2))
try: f(**{'a': 1}, a=2)
except TypeError as e: print(e)
try: f(**{1: 1})
except TypeError as e: print(e)
class M:
    def keys(self): return ['a']
    def __getitem__(self, k): raise KeyError(k)
try: f(**M())
except KeyError as e: print(repr(e))

# --- star_weird
def f(*a): return a
class I:
    def __iter__(self): raise ValueError('it')
try: f(*I())
except ValueError as e: print(e)
try: [*I()]
except ValueError as e: print(e)
try: f(*1)
except TypeError as e: print(e)

# --- iter_weird
class I:
    def __iter__(self): return 1
try: iter(I())
except TypeError as e: print(e)
class J:
    def __iter__(self): return self
try: next(J())
except TypeError as e: print(e)
try:
    for x in J(): pass
except TypeError as e: print(e)

# --- len_weird
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print(e)
class M:
    def __len__(self): return 2**70
try: len(M())
except OverflowError as e: print(e)
class N:
    def __len__(self): return 'a'
try: len(N())
except TypeError as e: print(e)

# --- hash_weird
class H:
    def __hash__(self): return 2**70
print(type(hash(H())).__name__)
class G:
    def __hash__(self): return 'a'
try: hash(G())
except TypeError as e: print(e)

# --- repr_weird
class R:
    def __repr__(self): return 1
try: repr(R())
except TypeError as e: print(e)
try: print([R()])
except TypeError as e: print(e)
class S:
    def __str__(self): return None
try: str(S())
except TypeError as e: print(e)

# --- init_weird
class A:
    def __init__(self): return 1
try: A()
except TypeError as e: print(e)
class B:
    def __new__(cls): return 5
print(B())

# --- with_weird
class CM:
    def __enter__(self): return self
class CM2:
    def __exit__(self, *a): pass
for c in [CM(), CM2(), 1]:
    try:
        with c: pass
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)

# --- descriptor_weird
class D:
    def __get__(self, o, t): raise ValueError('get')
    def __set__(self, o, v): raise KeyError('set')
class A:
    d = D()
try: A().d
except ValueError as e: print(e)
try: A().d = 1
except KeyError as e: print(e)

# --- property_weird
class A:
    p = property()
try: A().p
except AttributeError as e: print(e)
try: A().p = 1
except AttributeError as e: print(e)
try: del A().p
except AttributeError as e: print(e)
print(type(A.p).__name__)
# expect: AttributeError 'A' object has no attribute 'x'
# expect: AttributeError type object 'A' has no attribute 'x'
# expect: AttributeError 'int' object has no attribute 'x'
# expect: KeyError('x')
# expect: list assignment index out of range
# expect: slice step cannot be zero
# expect: name 'x' is not defined
# expect: attribute 'real' of 'int' objects is not writable
# expect: 'list' object attribute 'append' is read-only
# expect: cannot set 'x' attribute of immutable type 'int'
# expect: cannot set 'append' attribute of immutable type 'list'
# expect: cannot set 'x' attribute of immutable type 'int'
# expect: 'int' object has no attribute 'x'
# expect: 'object' object has no attribute 'x'
# expect: TypeError unbound method list.append() needs an argument
# expect: TypeError descriptor 'join' for 'str' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'append' for 'list' objects doesn't apply to a 'int' object
# expect: TypeError descriptor 'update' for 'dict' objects doesn't apply to a 'int' object
# expect: TypeError unbound method str.split() needs an argument
# expect: TypeError descriptor '__add__' of 'int' object needs an argument
# expect: TypeError descriptor '__eq__' of 'object' object needs an argument
# expect: TypeError descriptor '__init__' requires a 'list' object but received a 'int'
# expect: TypeError len() takes exactly one argument (0 given)
# expect: TypeError len() takes exactly one argument (2 given)
# expect: TypeError isinstance expected 2 arguments, got 0
# expect: TypeError getattr expected at least 2 arguments, got 1
# expect: TypeError range expected at least 1 argument, got 0
# expect: TypeError type() takes 1 or 3 arguments
# expect: TypeError type() takes 1 or 3 arguments
# expect: TypeError super() argument 1 must be a type, not int
# expect: TypeError iter expected at least 1 argument, got 0
# expect: TypeError next expected at least 1 argument, got 0
# expect: TypeError min expected at least 1 argument, got 0
# expect: ValueError max() arg is an empty sequence
# expect: TypeError sorted expected 1 argument, got 0
# expect: TypeError sep must be None or a string, not int
# expect: TypeError divmod expected 2 arguments, got 1
# expect: TypeError pow() missing required argument 'exp' (pos 2)
# expect: TypeError round() missing required argument 'number' (pos 1)
# expect: TypeError abs() takes exactly one argument (0 given)
# expect: TypeError unhashable type: 'list'
# expect: ValueError chr() arg not in range(0x110000)
# expect: TypeError ord() expected a character, but string of length 0 found
# expect: TypeError 'int' object is not iterable
# expect: TypeError map() must have at least two arguments.
# expect: TypeError 'int' object is not iterable
# expect: f() missing 1 required positional argument: 'a'
# expect: f() missing 1 required keyword-only argument: 'd'
# expect: f() got multiple values for argument 'a'
# expect: __main__.f() got multiple values for keyword argument 'd'
# expect: keywords must be strings
# expect: __main__.f() argument after * must be an iterable, not int
# expect: __main__.f() argument after ** must be a mapping, not int
# expect: None
# expect: <lambda>.<locals>.<lambda>() takes 0 positional arguments but 1 was given
# expect: <lambda>.<locals>.<lambda>() takes 0 positional arguments but 1 was given
# expect: not enough values to unpack (expected 2, got 1)
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected at least 2, got 1)
# expect: cannot unpack non-iterable int object
# expect: too many values to unpack (expected 2)
# expect: {'a': 1, 'b': 2}
# expect: __main__.f() got multiple values for keyword argument 'a'
# expect: keywords must be strings
# expect: KeyError('a')
# expect: it
# expect: it
# expect: __main__.f() argument after * must be an iterable, not int
# expect: iter() returned non-iterator of type 'int'
# expect: 'J' object is not an iterator
# expect: iter() returned non-iterator of type 'J'
# expect: __len__() should return >= 0
# expect: cannot fit 'int' into an index-sized integer
# expect: 'str' object cannot be interpreted as an integer
# expect: int
# expect: __hash__ method should return an integer
# expect: __repr__ returned non-string (type int)
# expect: __repr__ returned non-string (type int)
# expect: __str__ returned non-string (type NoneType)
# expect: __init__() should return None, not 'int'
# expect: 5
# expect: TypeError 'CM' object does not support the context manager protocol (missed __exit__ method)
# expect: TypeError 'CM2' object does not support the context manager protocol
# expect: TypeError 'int' object does not support the context manager protocol
# expect: get
# expect: 'set'
# expect: property 'p' of 'A' object has no getter
# expect: property 'p' of 'A' object has no setter
# expect: property 'p' of 'A' object has no deleter
# expect: property
