# Class keywords reach __init_subclass__; type(name, bases, ns, **kw) too.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name)  # expect: ['csv', 'json'] csv json
class Base:
    def __init_subclass__(cls, **kw):
        print("kw", sorted(kw.items()))
class A(Base, x=1, y="two"):  # expect: kw [('x', 1), ('y', 'two')]
    pass
X = type("X", (Base,), {}, z=3)  # expect: kw [('z', 3)]
print(X.__name__, X.__bases__[0].__name__)  # expect: X Base
try:
    class Bad(Plugin, name="b", color="red"):
        pass
except TypeError as e:
    print(e)  # expect: Bad.__init_subclass__() takes no keyword arguments
try:
    class NoHook(flavour=1):
        pass
except TypeError as e:
    print(e)  # expect: NoHook.__init_subclass__() takes no keyword arguments
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print(e)  # expect: object.__init_subclass__() takes no keyword arguments
