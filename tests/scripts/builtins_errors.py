# CPython's error messages from the builtins.
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))


check(lambda: len())  # expect: TypeError: len() takes exactly one argument (0 given)
check(lambda: len(1, 2))  # expect: TypeError: len() takes exactly one argument (2 given)
check(lambda: len(5))  # expect: TypeError: object of type 'int' has no len()
check(lambda: max())  # expect: TypeError: max expected at least 1 argument, got 0
check(lambda: min())  # expect: TypeError: min expected at least 1 argument, got 0
check(lambda: max([]))  # expect: ValueError: max() arg is an empty sequence
check(lambda: min(()))  # expect: ValueError: min() arg is an empty sequence
check(lambda: max(1, 2, default=0))  # expect: TypeError: Cannot specify a default for max() with multiple positional arguments
check(lambda: max(1, 2, foo=3))  # expect: TypeError: 'foo' is an invalid keyword argument for max()
check(lambda: max(1, "a"))  # expect: TypeError: '>' not supported between instances of 'str' and 'int'
check(lambda: sum())  # expect: TypeError: sum() takes at least 1 positional argument (0 given)
check(lambda: sum(["a", "b"], ""))  # expect: TypeError: sum() can't sum strings [use ''.join(seq) instead]
check(lambda: sum([], b""))  # expect: TypeError: sum() can't sum bytes [use b''.join(seq) instead]
check(lambda: sum([], bytearray()))  # expect: TypeError: sum() can't sum bytearray [use b''.join(seq) instead]
check(lambda: sum(["a"]))  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
check(lambda: sum(5))  # expect: TypeError: 'int' object is not iterable
check(lambda: abs("a"))  # expect: TypeError: bad operand type for abs(): 'str'
check(lambda: round("a"))  # expect: TypeError: type str doesn't define __round__ method
check(lambda: divmod("a", 1))  # expect: TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'
check(lambda: divmod(1, 0))  # expect: ZeroDivisionError: integer division or modulo by zero
check(lambda: divmod(1))  # expect: TypeError: divmod expected 2 arguments, got 1
check(lambda: pow(2, 3, 0))  # expect: ValueError: pow() 3rd argument cannot be 0
check(lambda: pow(2.0, 3, 5))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
check(lambda: pow(2, -1, 4))  # expect: ValueError: base is not invertible for the given modulus
check(lambda: sorted())  # expect: TypeError: sorted expected 1 argument, got 0
check(lambda: sorted([], 1))  # expect: TypeError: sorted expected 1 argument, got 2
check(lambda: sorted([], foo=1))  # expect: TypeError: 'foo' is an invalid keyword argument for sort()
check(lambda: sorted([1, "a"]))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
check(lambda: next([]))  # expect: TypeError: 'list' object is not an iterator
check(lambda: next(iter([])))  # expect: StopIteration: 
check(lambda: next())  # expect: TypeError: next expected at least 1 argument, got 0
check(lambda: iter())  # expect: TypeError: iter expected at least 1 argument, got 0
check(lambda: iter(1))  # expect: TypeError: 'int' object is not iterable
check(lambda: iter(1, 2))  # expect: TypeError: iter(v, w): v must be callable
check(lambda: chr(-1))  # expect: ValueError: chr() arg not in range(0x110000)
check(lambda: chr(0x110000))  # expect: ValueError: chr() arg not in range(0x110000)
check(lambda: chr("a"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
check(lambda: chr(2**70))  # expect: OverflowError: Python int too large to convert to C int
check(lambda: ord("ab"))  # expect: TypeError: ord() expected a character, but string of length 2 found
check(lambda: ord(""))  # expect: TypeError: ord() expected a character, but string of length 0 found
check(lambda: ord(1))  # expect: TypeError: ord() expected string of length 1, but int found
check(lambda: hex(1.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
check(lambda: getattr(1, 2))  # expect: TypeError: attribute name must be string, not 'int'
check(lambda: getattr(1, "x"))  # expect: AttributeError: 'int' object has no attribute 'x'
check(lambda: getattr(1))  # expect: TypeError: getattr expected at least 2 arguments, got 1
check(lambda: setattr(1, 2, 3))  # expect: TypeError: attribute name must be string, not 'int'
check(lambda: hasattr(1, 2))  # expect: TypeError: attribute name must be string, not 'int'
check(lambda: vars(1))  # expect: TypeError: vars() argument must have __dict__ attribute
check(lambda: format(1, 2))  # expect: TypeError: format() argument 2 must be str, not int
check(lambda: hash([]))  # expect: TypeError: unhashable type: 'list'
check(lambda: isinstance(1))  # expect: TypeError: isinstance expected 2 arguments, got 1
check(lambda: id())  # expect: TypeError: id() takes exactly one argument (0 given)
check(lambda: repr())  # expect: TypeError: repr() takes exactly one argument (0 given)
check(lambda: callable())  # expect: TypeError: callable() takes exactly one argument (0 given)
check(lambda: dir(1, 2))  # expect: TypeError: dir expected at most 1 argument, got 2
check(lambda: input(1, 2))  # expect: TypeError: input expected at most 1 argument, got 2
check(lambda: any(1))  # expect: TypeError: 'int' object is not iterable
check(lambda: __import__("no_such_module_xyz"))  # expect: ModuleNotFoundError: No module named 'no_such_module_xyz'
check(lambda: print(sep=1))  # expect: TypeError: sep must be None or a string, not int
check(lambda: len(1, x=2))  # expect: TypeError: len() takes no keyword arguments
