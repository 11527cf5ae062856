# Inheritance, super() in __init__ and other methods, multi-level chains.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, "mixed")
    def speak(self):
        return super().speak() + " softly"

a = Animal("generic")
d = Dog("Rex", "lab")
p = Puppy("Bit")
print(a.speak())  # expect: generic makes a sound
print(d.speak())  # expect: Rex barks
print(p.speak())  # expect: Bit barks softly
print(p.describe())  # expect: dog: Bit barks softly
print(p.breed, p.name)  # expect: mixed Bit
print(Puppy.kind, Animal.kind)  # expect: dog animal
print(isinstance(p, Animal), isinstance(a, Dog))  # expect: True False
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))  # expect: True False
print([c.__name__ for c in Puppy.__mro__])  # expect: ['Puppy', 'Dog', 'Animal', 'object']
print(Puppy.__base__.__name__, Puppy.__bases__)  # expect: Dog (<class '__main__.Dog'>,)
print(Animal.__bases__)  # expect: (<class 'object'>,)
print([c.__name__ for c in Puppy.mro()])  # expect: ['Puppy', 'Dog', 'Animal', 'object']

# explicit two-argument super and super on class methods
class Base:
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
class Mid(Base):
    def who(self):
        return "Mid>" + super(Mid, self).who()
    @classmethod
    def make(cls):
        return "Mid " + super().make()
class Leaf(Mid):
    def who(self):
        return "Leaf>" + super().who()
print(Leaf().who())  # expect: Leaf>Mid>Base
print(Leaf.make())  # expect: Mid make Leaf
print(super(Leaf, Leaf()).who())  # expect: Mid>Base

# super() reaching properties and the builtin object methods
class P:
    @property
    def value(self):
        return 10
class Q(P):
    @property
    def value(self):
        return super().value + 1
print(Q().value)  # expect: 11

class Plain:
    def __init__(self):
        super().__init__()
        object.__setattr__(self, "z", 5)
    def __repr__(self):
        return "Plain:" + super().__repr__()[:9]
print(Plain().z)  # expect: 5
print(repr(Plain()))  # expect: Plain:<__main__
print(object.__repr__(Plain()).startswith("<__main__.Plain object at 0x"))  # expect: True

# class attributes vs instance attributes
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1 = Counter(); c2 = Counter()
print(Counter.count, c1.id, c2.id, c1.count)  # expect: 2 1 2 2
c1.count = 100
print(c1.count, c2.count, Counter.count)  # expect: 100 2 2
del c1.count
print(c1.count)  # expect: 2
Counter.extra = "added"
print(c2.extra)  # expect: added
print(sorted(k for k in vars(c1)))  # expect: ['id']

# overriding a method after class creation updates existing instances
class Greeter:
    def hello(self):
        return "hi"
g = Greeter()
Greeter.hello = lambda self: "hello"
print(g.hello())  # expect: hello
Greeter.__repr__ = lambda self: "<Greeter>"
print(repr(g))  # expect: <Greeter>
del Greeter.__repr__
print(repr(g).startswith("<__main__.Greeter object"))  # expect: True

# nested class qualname
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)  # expect: Outer.Inner Inner
print(repr(Outer.Inner))  # expect: <class '__main__.Outer.Inner'>
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))  # expect: True
