# scoping corner cases
class C:
    v = 1
    try:
        items = [v for _ in range(2)]
    except NameError as e:
        items = str(e)

print(C.items)  # expect: name 'v' is not defined

class D:
    v = 2
    first = [k for k in range(v)]

print(D.first)  # expect: [0, 1]

def class_nonlocal():
    x = 1
    class K:
        nonlocal x
        x = 2
    return x

print(class_nonlocal())  # expect: 2

yy = "global"
def class_reads_and_shadows():
    yy = "func"
    class K:
        a = yy
        yy = "class"
        b = yy
    return K.a, K.b

print(class_reads_and_shadows())  # expect: ('global', 'class')

class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        def helper():
            return super(Child, self).greet()
        inner = lambda: __class__.__name__
        return helper() + "/" + inner()

print(Child().greet())  # expect: base/Child

class Child2(Base):
    def greet(self):
        return [super().greet() for _ in range(1)][0] + "!"

try:
    print(Child2().greet())
except Exception as e:
    print(type(e).__name__)  # expect: TypeError

def del_cell():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        return str(e)

print(del_cell())  # expect: cannot access free variable 'v' where it is not associated with a value in enclosing scope

def global_in_nested_class():
    class K:
        global gx
        gx = "set from class"
    return K

global_in_nested_class()
print(gx)  # expect: set from class

def param_cell(a, *rest, kw=5, **more):
    def f():
        return a, rest, kw, more
    return f()

print(param_cell(1, 2, x=3))  # expect: (1, (2,), 5, {'x': 3})

def shadow_param_with_loop(n):
    fs = [lambda: n for n in range(2)]
    return n, [f() for f in fs]

print(shadow_param_with_loop(9))  # expect: (9, [1, 1])

x = 0
def comp_global_iter():
    return [x for _ in range(2)]
print(comp_global_iter())  # expect: [0, 0]

def walrus_closure():
    fns = []
    for i in range(2):
        fns.append(lambda: (j := i * 10) + 1)
    return [f() for f in fns]

print(walrus_closure())  # expect: [11, 11]

def nonlocal_chain():
    a = 0
    def one():
        def two():
            nonlocal a
            a += 1
        two()
        two()
    one()
    return a

print(nonlocal_chain())  # expect: 2

def late_binding():
    def f():
        return later
    later = "bound later"
    return f()

print(late_binding())  # expect: bound later

def generator_closure():
    base = 100
    def gen():
        for i in range(2):
            yield base + i
    return list(gen())

print(generator_closure())  # expect: [100, 101]

def class_in_function_methods_see_function_locals():
    secret = "s3"
    class K:
        def get(self):
            return secret
        @staticmethod
        def st():
            return secret * 2
    return K().get(), K.st()

print(class_in_function_methods_see_function_locals())  # expect: ('s3', 's3s3')

def builtins_shadowed_later():
    r = []
    r.append(len("ab"))
    return r

len_backup = len
print(builtins_shadowed_later())  # expect: [2]
def len(x):
    return "shadowed"
print(builtins_shadowed_later())  # expect: ['shadowed']
del len
print(len("abc"))  # expect: 3
