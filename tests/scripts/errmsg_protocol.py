# CPython's exact TypeError/AttributeError texts for the generic protocol.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))

class C:
    pass

show(lambda: 1 + "a")  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
show(lambda: 2 ** "a")  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'
show(lambda: pow(2, None))  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'NoneType'
show(lambda: C() - C())  # expect: TypeError: unsupported operand type(s) for -: 'C' and 'C'
show(lambda: C() @ 1)  # expect: TypeError: unsupported operand type(s) for @: 'C' and 'int'
show(lambda: 1 << None)  # expect: TypeError: unsupported operand type(s) for <<: 'int' and 'NoneType'
show(lambda: C() // 2)  # expect: TypeError: unsupported operand type(s) for //: 'C' and 'int'
def iadd():
    x = 1
    x += "a"
def ipow():
    x = C()
    x **= 2
def imod():
    x = None
    x %= 2
show(iadd)  # expect: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
show(ipow)  # expect: TypeError: unsupported operand type(s) for **=: 'C' and 'int'
show(imod)  # expect: TypeError: unsupported operand type(s) for %=: 'NoneType' and 'int'
show(lambda: [1] * 1.5)  # expect: TypeError: can't multiply sequence by non-int of type 'float'
show(lambda: 1 < "a")  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
show(lambda: C() >= C())  # expect: TypeError: '>=' not supported between instances of 'C' and 'C'
show(lambda: None > 1)  # expect: TypeError: '>' not supported between instances of 'NoneType' and 'int'
show(lambda: -"a")  # expect: TypeError: bad operand type for unary -: 'str'
show(lambda: ~1.5)  # expect: TypeError: bad operand type for unary ~: 'float'
show(lambda: +C())  # expect: TypeError: bad operand type for unary +: 'C'
show(lambda: len(5))  # expect: TypeError: object of type 'int' has no len()
show(lambda: len(C()))  # expect: TypeError: object of type 'C' has no len()
show(lambda: 5[0])  # expect: TypeError: 'int' object is not subscriptable
show(lambda: C()["k"])  # expect: TypeError: 'C' object is not subscriptable
show(lambda: C[0])  # expect: TypeError: type 'C' is not subscriptable
def setitem():
    x = 5
    x[0] = 1
def delitem():
    x = C()
    del x[0]
show(setitem)  # expect: TypeError: 'int' object does not support item assignment
show(delitem)  # expect: TypeError: 'C' object doesn't support item deletion
show(lambda: iter(5))  # expect: TypeError: 'int' object is not iterable
show(lambda: list(C()))  # expect: TypeError: 'C' object is not iterable
show(lambda: [x for x in 1.5])  # expect: TypeError: 'float' object is not iterable
show(lambda: next(5))  # expect: TypeError: 'int' object is not an iterator
show(lambda: 5())  # expect: TypeError: 'int' object is not callable
show(lambda: C()())  # expect: TypeError: 'C' object is not callable
show(lambda: 1 in 5)  # expect: TypeError: argument of type 'int' is not iterable
show(lambda: "x" in C())  # expect: TypeError: argument of type 'C' is not iterable
show(lambda: hash([]))  # expect: TypeError: unhashable type: 'list'
show(lambda: {{}: 1})  # expect: TypeError: unhashable type: 'dict'
show(lambda: {1, [2]})  # expect: TypeError: unhashable type: 'list'
show(lambda: (5).foo)  # expect: AttributeError: 'int' object has no attribute 'foo'
show(lambda: C().foo)  # expect: AttributeError: 'C' object has no attribute 'foo'
show(lambda: C.foo)  # expect: AttributeError: type object 'C' has no attribute 'foo'
show(lambda: int.foo)  # expect: AttributeError: type object 'int' has no attribute 'foo'
show(lambda: None.foo)  # expect: AttributeError: 'NoneType' object has no attribute 'foo'
show(lambda: getattr(C(), 5))  # expect: TypeError: attribute name must be string, not 'int'
show(lambda: setattr(C(), None, 1))  # expect: TypeError: attribute name must be string, not 'NoneType'
show(lambda: setattr(5, "x", 1))  # expect: AttributeError: 'int' object has no attribute 'x'
show(lambda: setattr([], "append", 1))  # expect: AttributeError: 'list' object attribute 'append' is read-only
show(lambda: delattr(C(), "nope"))  # expect: AttributeError: 'C' object has no attribute 'nope'
show(lambda: [1, 2][1.5])  # expect: TypeError: list indices must be integers or slices, not float
show(lambda: range(3.5))  # expect: TypeError: 'float' object cannot be interpreted as an integer
show(lambda: "ab" * C())  # expect: TypeError: can't multiply sequence by non-int of type 'C'
class BadIter:
    def __iter__(self):
        return 5
show(lambda: iter(BadIter()))  # expect: TypeError: iter() returned non-iterator of type 'int'
class BadStr:
    def __str__(self):
        return 1
    def __repr__(self):
        return b"x"
show(lambda: str(BadStr()))  # expect: TypeError: __str__ returned non-string (type int)
show(lambda: repr(BadStr()))  # expect: TypeError: __repr__ returned non-string (type bytes)
show(lambda: format(C(), "10"))  # expect: TypeError: unsupported format string passed to C.__format__
show(lambda: format(1, 2))  # expect: TypeError: format() argument 2 must be str, not int
show(lambda: f"{C():>3}")  # expect: TypeError: unsupported format string passed to C.__format__
class BadFormat:
    def __format__(self, spec):
        return 3
show(lambda: format(BadFormat()))  # expect: TypeError: __format__ must return a str, not int
show(lambda: object.__init__())  # expect: TypeError: descriptor '__init__' of 'object' object needs an argument
show(lambda: int.__add__(1))  # expect: TypeError: expected 1 argument, got 0
show(lambda: C(1, 2))  # expect: TypeError: C() takes no arguments
show(lambda: type())  # expect: TypeError: type() takes 1 or 3 arguments
show(lambda: type("A", 5, {}))  # expect: TypeError: type.__new__() argument 2 must be tuple, not int
show(lambda: object.__new__(5))  # expect: TypeError: object.__new__(X): X is not a type object (int)
class HugeLen:
    def __index__(self):
        return 2**64
    def __len__(self):
        return self
class NegHugeLen:
    def __len__(self):
        return -2**64
show(lambda: len(HugeLen()))  # expect: OverflowError: cannot fit 'int' into an index-sized integer
show(lambda: bool(HugeLen()))  # expect: OverflowError: cannot fit 'int' into an index-sized integer
show(lambda: len(NegHugeLen()))  # expect: ValueError: __len__() should return >= 0
