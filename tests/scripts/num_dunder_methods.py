# int/float dunder methods CPython has: __int__, __divmod__, __rdivmod__, ternary __pow__/__rpow__
print((5).__int__(), (2.9).__int__(), (-2.9).__int__(), True.__int__())  # expect: 5 2 -2 1
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(2))  # expect: (3, 1) (0, 2) NotImplemented (3.0, 1.5) (0.0, 2.0)
print((10).__pow__(2, 7), (10).__pow__(2), (2).__rpow__(10, 7), (10).__pow__(2.0), (2.0).__pow__(3), (2.0).__rpow__(3))  # expect: 2 100 2 NotImplemented 8.0 9.0
print(sorted(n for n in ('__int__', '__divmod__', '__rdivmod__', '__pow__', '__rpow__') if hasattr(1.5, n)))  # expect: ['__divmod__', '__int__', '__pow__', '__rdivmod__', '__rpow__']
class I:
    def __int__(self):
        return 7
    def __index__(self):
        return 8
class MyInt(int):
    def __int__(self):
        return 42
print(int(I()), int(MyInt(5)), [10, 20, 30, 40, 50, 60, 70, 80, 90][I()])  # expect: 7 42 90
class P:
    def __pow__(self, e, m=None):
        return ('pow', e, m)
    def __rpow__(self, b, m=None):
        return ('rpow', b, m)
print(pow(P(), 2, 5), pow(P(), 2), 2 ** P())  # expect: ('pow', 2, 5) ('pow', 2, None) ('rpow', 2, None)
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print('errors:')  # expect: errors:
show(lambda: pow(2, P(), 5))  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'int', 'P', 'int'
show(lambda: pow('a', 2, 5))  # expect: TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'
show(lambda: pow(2, 2, 5.0))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
show(lambda: (2.0).__pow__(3, 5))  # expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
show(lambda: float('nan').__int__())  # expect: ValueError: cannot convert float NaN to integer
show(lambda: float('inf').__int__())  # expect: OverflowError: cannot convert float infinity to integer
