# Single-inheritance chains: super() through several levels, overriding, class attributes.
class Base:
    greeting = "base"

    def __init__(self, name):
        self.name = name
        self.trail = ["Base"]

    def hello(self):
        return f"{self.greeting}:{self.name}"

    def __str__(self):
        return f"<{type(self).__name__} {self.name}>"

class Middle(Base):
    greeting = "middle"

    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.trail.append("Middle")

    def hello(self):
        return super().hello() + f"/level{self.level}"

class Leaf(Middle):
    def __init__(self, name):
        super().__init__(name, 3)
        self.trail.append("Leaf")

    def hello(self):
        return "leaf(" + super().hello() + ")"

    @classmethod
    def kind(cls):
        return cls.__name__ + " from " + super().__str__.__qualname__ if False else cls.__name__

objs = [Base("b"), Middle("m", 2), Leaf("l")]
for o in objs:
    print(o, o.hello(), o.trail, o.greeting)
print([c.__name__ for c in Leaf.__mro__], Leaf.__base__.__name__, Leaf.kind())
print(isinstance(objs[2], Base), issubclass(Leaf, Middle), type(objs[1]) is Middle)
Base.greeting = "changed"
print(objs[0].hello(), objs[2].hello())
objs[2].greeting = "own"
print(objs[2].hello(), Leaf.greeting, vars(objs[0]))
