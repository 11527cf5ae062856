# Helper submodule for import_package.py.
from mod_pkg import VALUE
print("mod_pkg.sub loading")
DOUBLE = VALUE * 2
