# Containers mutated while being iterated, sorted, compared or searched:
# RuntimeError/ValueError or a defined result, never a crash.

# --- dict_mut_iter
d = {1:1,2:2}
try:
    for k in d: d[k+10] = 1
except RuntimeError as e: print(e)

# --- dict_mut_del
d = {1:1,2:2}
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)

# --- set_mut_iter
s = {1,2}
try:
    for k in s: s.add(k+10)
except RuntimeError as e: print(e)

# --- list_mut_iter
l = [1,2,3]
for x in l:
    if len(l) < 10: l.append(x)
print(l)

# --- list_mut_sort
l = list(range(10))
def k(x):
    l.append(1); return x
try: l.sort(key=k)
except ValueError as e: print(e)
print(len(l))

# --- list_clear_sort
l = list(range(10))
def k(x):
    l.clear(); return x
try: l.sort(key=k)
except ValueError as e: print(e)
print(l)

# --- list_mut_cmp_sort
l = []
class A:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        l.clear(); l.extend(range(100)); return s.v < o.v
l.extend(A(i) for i in range(20))
try: l.sort()
except ValueError as e: print(e)

# --- list_mut_eq
l = [1]*10
class A:
    def __eq__(s, o):
        l.clear(); return False
l.append(A())
print(A() in l, l.count(A()))

# --- list_index_mut
l = []
class A:
    def __eq__(s, o):
        l.clear(); return False
l.extend([A(), A(), A()])
try: l.index(5)
except ValueError as e: print(e)
try: l.remove(5)
except ValueError as e: print(e)

# --- dict_eq_mut
d = {}
class K:
    def __hash__(s): return 1
    def __eq__(s, o):
        d.clear(); return False
d[K()] = 1
d[K()] = 2
print(len(d))

# --- set_eq_mut
s = set()
class K:
    def __hash__(x): return 1
    def __eq__(x, o):
        s.clear(); return False
s.add(K()); s.add(K())
print(len(s))

# --- list_self_ops
l = [1, 2]
l.extend(l); l += l; l[1:1] = l; l[::2] = l[::2]; print(len(l))
l[:] = l; l.insert(0, l); print(len(l), l[0] is l)
print(l.count(l), l.index(l))

# --- dict_self_ops
d = {1: 2}
d.update(d); d[3] = d; print(len(d), str(d)[:20])
s = {1}; s |= s; s &= s; s ^= s; print(s)

# --- sort_exception_key
l = [3, 1, 2]
def k(x):
    if x == 2: raise ValueError('k')
    return x
try: l.sort(key=k)
except ValueError as e: print(e, l)

# --- sort_cmp_raises
class A:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 5: raise KeyError('lt')
        return s.v < o.v
l = [A(i) for i in range(10, 0, -1)]
try: l.sort()
except KeyError as e: print(repr(e), len(l), sorted(x.v for x in l))
# expect: dictionary changed size during iteration
# expect: dictionary changed size during iteration
# expect: Set changed size during iteration
# expect: [1, 2, 3, 1, 2, 3, 1, 2, 3, 1]
# expect: list modified during sort
# expect: 10
# expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# expect: list modified during sort
# expect: False 0
# expect: 5 is not in list
# expect: list.remove(x): x not in list
# expect: 1
# expect: 1
# expect: 16
# expect: 17 True
# expect: 1 0
# expect: 2 {1: 2, 3: {...}}
# expect: set()
# expect: k [3, 1, 2]
# expect: KeyError('lt') 10 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
