# private name mangling inside class bodies
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()

    def __dunder__(self):
        return "not mangled"

a = Account("ann")
Account("bob")
print(a.owner(), Account.count())  # expect: ann 2
print(a.reveal())  # expect: secret of ann
print(sorted(k for k in vars(a)))  # expect: ['_Account__owner']
print(hasattr(a, "__owner"), hasattr(a, "_Account__secret"))  # expect: False True
print(a.__dunder__())  # expect: not mangled

class _Leading:
    def __init__(self):
        self.__v = 1

print(list(vars(_Leading())))  # expect: ['_Leading__v']

class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return "AttributeError"

print(Sub("cy").peek())  # expect: AttributeError

class Locals:
    def run(self):
        __local = 5
        return __local + 1

print(Locals().run())  # expect: 6

class Nested:
    def outer(self):
        def inner():
            return self.__x
        self.__x = "inner sees mangled"
        return inner()

print(Nested().outer())  # expect: inner sees mangled

class Kw:
    def f(self, __arg=3):
        return __arg

print(Kw().f())  # expect: 3
print(getattr(Kw(), "_Kw__nothing", "absent"))  # expect: absent
