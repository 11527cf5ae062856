# Packages: a directory with __init__.py; `import a.b` binds b on a.
import mod_pkg.sub
# expect: mod_pkg init
# expect: mod_pkg.sub loading
print(mod_pkg.VALUE, mod_pkg.sub.DOUBLE)  # expect: 1 2
print(mod_pkg.__name__, mod_pkg.sub.__name__)  # expect: mod_pkg mod_pkg.sub
from mod_pkg import sub
print(sub is mod_pkg.sub)  # expect: True
from mod_pkg.sub import DOUBLE
print(DOUBLE)  # expect: 2
print(mod_pkg.__file__.endswith("__init__.py"), len(mod_pkg.__path__))  # expect: True 1
