# Helper package for import_package.py.
print("mod_pkg init")
VALUE = 1
