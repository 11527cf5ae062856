"""Module docstring."""
print(__doc__)  # expect: Module docstring.

def documented():
    """Function docstring."""
    return 1

def undocumented():
    x = "not a docstring"
    return x

def doc_then_code():
    "single quotes"
    return documented()

class Documented:
    """Class docstring."""
    def method(self):
        """Method docstring."""

class Undocumented:
    x = 1

print(documented.__doc__)  # expect: Function docstring.
print(undocumented.__doc__)  # expect: None
print(doc_then_code.__doc__, doc_then_code())  # expect: single quotes 1
print(Documented.__doc__)  # expect: Class docstring.
print(Documented.method.__doc__)  # expect: Method docstring.
print(Documented().method())  # expect: None
print(Undocumented.__doc__)  # expect: None
print((lambda: "x").__doc__)  # expect: None

def multi():
    """Line one.

    Line three.
    """
print(multi.__doc__.splitlines()[0], len(multi.__doc__.splitlines()))  # expect: Line one. 4

def fstring_is_not_doc():
    f"""not {1}"""
print(fstring_is_not_doc.__doc__)  # expect: None

def number_first():
    42
    "late string"
print(number_first.__doc__)  # expect: None

def doc_writable():
    "old"
doc_writable.__doc__ = "new"
print(doc_writable.__doc__)  # expect: new
