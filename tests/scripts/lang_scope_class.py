# class scope rules
x = "global"

class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()

print(A.y)  # expect: class!
print(A().method())  # expect: global
print(A.z)  # expect: ['global']
print(A.w)  # expect: global

def f():
    v = "local-f"
    class B:
        v = "class-B"
        def get(self):
            return v
        seen = v
    return B().get(), B.seen

print(f())  # expect: ('local-f', 'class-B')

def g():
    v = "enclosing"
    class C:
        w = v
    return C.w

print(g())  # expect: enclosing

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1

Counter(); Counter()
print(Counter.count)  # expect: 2

class Private:
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret

p = Private()
print(p.reveal())  # expect: 42
print(p._Private__secret)  # expect: 42
print(hasattr(p, "__secret"))  # expect: False

class Base:
    def hello(self):
        return "base"

class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()

print(Derived().hello())  # expect: derived+base

class WithClassRef:
    def who(self):
        return __class__.__name__

print(WithClassRef().who())  # expect: WithClassRef

class Outer:
    class Inner:
        def m(self):
            pass
    def meth(self):
        def local():
            pass
        return local

print(Outer.Inner.__qualname__)  # expect: Outer.Inner
print(Outer.Inner.m.__qualname__)  # expect: Outer.Inner.m
print(Outer().meth().__qualname__)  # expect: Outer.meth.<locals>.local
print(Outer.__module__)  # expect: __main__

class Body:
    items = []
    for i in range(3):
        items.append(i * i)
    del i

print(Body.items, hasattr(Body, "i"))  # expect: [0, 1, 4] False

def factory(n):
    class K:
        size = n
        def get(self):
            return n * 2
    return K

print(factory(3).size, factory(4)().get())  # expect: 3 8
