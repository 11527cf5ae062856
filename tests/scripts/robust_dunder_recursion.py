# Unbounded recursion through dunder methods raises RecursionError.

# --- rec_repr
class A:
    def __repr__(self): return repr(self)
try: repr(A())
except RecursionError as e: print('RecursionError')

# --- rec_eq
class A:
    def __eq__(self, o): return self == o
try: A() == A()
except RecursionError as e: print('RecursionError')

# --- rec_hash
class A:
    def __hash__(self): return hash(self)
try: {A(): 1}
except RecursionError as e: print('RecursionError')

# --- rec_getattr
class A:
    def __getattr__(self, n): return self.x
try: A().y
except RecursionError as e: print('RecursionError')

# --- rec_getattribute
class A:
    def __getattribute__(self, n): return self.x
try: A().y
except RecursionError as e: print('RecursionError')

# --- rec_str
class A:
    def __str__(self): return str(self)
try: print(A())
except RecursionError as e: print('RecursionError')

# --- rec_len
class A:
    def __len__(self): return len(self)
try: len(A())
except RecursionError as e: print('RecursionError')

# --- rec_iter
class A:
    def __iter__(self): return iter(self)
try: iter(A())
except RecursionError as e: print('RecursionError')

# --- rec_bool
class A:
    def __bool__(self): return bool(self)
try: bool(A())
except RecursionError as e: print('RecursionError')

# --- rec_add
class A:
    def __add__(self, o): return self + o
try: A() + 1
except RecursionError as e: print('RecursionError')

# --- rec_lt_sort
class A:
    def __lt__(self, o): return self < o
try: sorted([A(), A()])
except RecursionError as e: print('RecursionError')

# --- rec_init
class A:
    def __init__(self): A()
try: A()
except RecursionError as e: print('RecursionError')

# --- rec_getitem
class A:
    def __getitem__(self, i): return self[i]
try: A()[0]
except RecursionError as e: print('RecursionError')

# --- rec_contains
class A:
    def __contains__(self, i): return i in self
try: 1 in A()
except RecursionError as e: print('RecursionError')

# --- rec_format
class A:
    def __format__(self, s): return format(self, s)
try: f'{A()}'
except RecursionError as e: print('RecursionError')

# --- rec_property
class A:
    @property
    def p(self): return self.p
try: A().p
except RecursionError as e: print('RecursionError')

# --- rec_gen
def g():
    yield from g()
try: next(g())
except RecursionError as e: print('RecursionError')

# --- rec_lambda
f = lambda: f()
try: f()
except RecursionError as e: print('RecursionError')

# --- rec_map
def f(x): return list(map(f, [x]))
try: f(1)
except RecursionError as e: print('RecursionError')

# --- rec_sorted_key
def f(x): return sorted([1,2], key=f)
try: f(1)
except RecursionError as e: print('RecursionError')

# --- rec_exc_str
class E(Exception):
    def __str__(self): return str(self)
try: raise E()
except E as e:
    try: str(e)
    except RecursionError as r: print('RecursionError')
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
