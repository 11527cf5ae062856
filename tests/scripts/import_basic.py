# import / import as / from import, module attributes, caching.
import sys
import mod_greet
# expect: mod_greet loading
# expect: imported as mod_greet
import mod_greet as g2
from mod_greet import greet, Greeter
from mod_greet import GREETING as G
print(mod_greet is g2, greet is mod_greet.greet, G)  # expect: True True hello
print(greet("ann"), mod_greet.count)  # expect: hello, ann 1
print(Greeter("bo"))  # expect: Greeter('bo')
print(mod_greet.__name__, mod_greet.__file__.endswith("mod_greet.py"))  # expect: mod_greet True
print(repr(mod_greet).startswith("<module 'mod_greet' from '"), repr(mod_greet).endswith("mod_greet.py'>"))  # expect: True True
print(sys.modules["mod_greet"] is mod_greet, "__builtins__" in vars(mod_greet))  # expect: True True
mod_greet.count = 10
import mod_greet
print(mod_greet.count)  # expect: 10
mod_greet.new_attr = "set"
print(mod_greet.new_attr, hasattr(mod_greet, "missing"))  # expect: set False
del mod_greet.new_attr
print(hasattr(mod_greet, "new_attr"))  # expect: False
try:
    mod_greet.missing
except AttributeError as e:
    print(e)  # expect: module 'mod_greet' has no attribute 'missing'
print(type(mod_greet).__name__, type(mod_greet.__dict__).__name__)  # expect: module dict
print(__name__)  # expect: __main__
import sys as sys2, time
print(repr(sys2), repr(time))  # expect: <module 'sys' (built-in)> <module 'time' (built-in)>
import os.path
print(os.path.join("a", "b"), sys.modules["os.path"] is os.path)  # expect: a/b True
