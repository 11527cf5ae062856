# import forms with built-in modules
import sys
import os.path
import os.path as osp
import time as t, math
from math import sqrt, pi as PI
from os import path as p2

print(type(sys).__name__)  # expect: module
print(os.path is osp, osp is p2)  # expect: True True
print("os" in dir(), "path" in dir())  # expect: True False
print(sqrt(16.0), round(PI, 2))  # expect: 4.0 3.14
print(callable(t.time), math.floor(2.5))  # expect: True 2

def local_import():
    import math as m
    from math import floor
    return m.ceil(1.2), floor(1.8)

print(local_import())  # expect: (2, 1)
print("m" in dir(), "floor" in dir())  # expect: False False

try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)  # expect: ModuleNotFoundError No module named 'no_such_module_xyz'

try:
    from math import no_such_name
except ImportError as e:
    print(str(e).startswith("cannot import name 'no_such_name' from 'math'"))  # expect: True

from math import *
print(floor(3.7), "sqrt" in dir())  # expect: 3 True

class UsesImport:
    import math
    val = math.floor(9.9)

print(UsesImport.val, UsesImport.math.__name__)  # expect: 9 math

if __name__ == "__main__":
    print("main guard")  # expect: main guard

import sys as system
print(system is sys)  # expect: True
print(sys.modules["math"] is math)  # expect: True
