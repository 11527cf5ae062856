# del of names, attributes, subscripts, slices and tuples
a = 1
del a
try:
    a
except NameError as e:
    print(e)  # expect: name 'a' is not defined

lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)  # expect: [1, 2, 3, 4, 5]
del lst[1:3]
print(lst)  # expect: [1, 4, 5]
del lst[::2]
print(lst)  # expect: [4]

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)  # expect: {'c': 3}
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))  # expect: KeyError('zz')

class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)  # expect: False 2
try:
    del o.x
except AttributeError as e:
    print(e)  # expect: 'O' object has no attribute 'x'

p, q = 1, 2
del (p, q)
print("p" in globals(), "q" in globals())  # expect: False False
r, s = 3, 4
del [r, s]
print("r" in globals())  # expect: False

def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)

print(local_del())  # expect: cannot access local variable 'v' where it is not associated with a value

def del_unbound():
    try:
        del w
    except UnboundLocalError:
        return "unbound"
    w = 1

print(del_unbound())  # expect: unbound

def del_global():
    global g1
    del g1

g1 = "g"
del_global()
print("g1" in globals())  # expect: False

m = [[1, 2], [3, 4]]
del m[0][1]
print(m)  # expect: [[1], [3, 4]]

class WithDel:
    def __init__(self):
        self.items = {}
    def __delitem__(self, k):
        print("deleting", k)

wd = WithDel()
del wd["key"]  # expect: deleting key
del wd[1:2]  # expect: deleting slice(1, 2, None)

for i in range(2):
    pass
del i
print("i" in globals())  # expect: False
try:
    del undefined_thing
except NameError as e:
    print(e)  # expect: name 'undefined_thing' is not defined
