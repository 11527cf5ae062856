# Deeply nested data: repr/str/== raise RecursionError (never a C stack
# overflow) and freeing a 200000-deep structure does not recurse in C.

# --- deep_list_repr
l = []
for i in range(100000): l = [l]
try:
    repr(l)
except RecursionError as e: print('RecursionError')

# --- deep_dict_repr
d = {}
for i in range(100000): d = {1: d}
try:
    repr(d)
except RecursionError as e: print('RecursionError')

# --- deep_str_tuple
t = ()
for i in range(100000): t = (t,)
try:
    str(t)
except RecursionError as e: print('RecursionError')

# --- deep_eq
a = []; b = []
for i in range(100000): a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e: print('RecursionError')

# --- deep_tuple_free
t = ()
for i in range(200000): t = (t,)
print('ok')

# --- deep_list_free
l = []
for i in range(200000): l = [l]
del l
print('ok')

# --- deep_dict_free
d = {}
for i in range(200000): d = {'a': d}
print('ok')

# --- deep_gen_free
def g(x):
    yield x
g0 = None
for i in range(200000): g0 = g(g0)
del g0
print('ok')

# --- deep_obj_free
class N: pass
n = None
for i in range(200000):
    m = N(); m.next = n; n = m
del n, m
print('ok')

# --- deep_closure_free
f = None
for i in range(200000):
    f = (lambda g: lambda: g)(f)
del f
print('ok')

# --- deep_exc_chain_free
e = None
for i in range(200000):
    n = ValueError(); n.__context__ = e; e = n
del e, n
print('ok')

# --- deep_set_free
s = frozenset()
for i in range(200000): s = frozenset([s])
del s
print('ok')

# --- deep_zip_free
g = iter([])
for i in range(200000): g = zip(g)
del g
print('ok')

# --- cycle_repr
l = [1]; l.append(l); d = {}; d[1] = d; print(l, d)
class A: pass
a = A(); a.x = a; print(type(a.x).__name__)
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: RecursionError
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: ok
# expect: [1, [...]] {1: {...}}
# expect: A
