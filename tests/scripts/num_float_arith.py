# float arithmetic with int and bool operands, Python's floor/mod signs,
# pow's special cases, exact int/float comparison, hashing and rounding
def err(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(1.5 + 2, 2 - 0.5, 3 * 0.1, 7 / 2.0, 1 + True, 2.5 * False, 0.1 + 0.7)  # expect: 3.5 1.5 0.30000000000000004 3.5 2 0.0 0.7999999999999999
print(5.0 // 2.0, -5.0 // 2, 5.5 % -2, -5.5 % 2, -0.0 % 5, 5 % -0.5, 7.5 // -2)  # expect: 2.0 -3.0 -0.5 0.5 0.0 -0.0 -4.0
print(divmod(-7.5, 2), divmod(7, 2.5), divmod(-1e-300, 1.0), divmod(1.0, -3))  # expect: (-4.0, 0.5) (2.0, 2.0) (-1.0, 1.0) (-1.0, -2.0)
print(2 ** 0.5, 2.0 ** -1, (-2.0) ** 3, (-8.0) ** -1, 0.0 ** 0, float("nan") ** 0, 1.0 ** float("nan"))  # expect: 1.4142135623730951 0.5 -8.0 -0.125 1.0 1.0 1.0
print(float("inf") ** -1, (-float("inf")) ** 3, (-float("inf")) ** 2, 0.5 ** float("inf"), (-1.0) ** float("inf"))  # expect: 0.0 -inf inf 0.0 1.0
print((10 ** 20) ** 0.5, 4 ** 0.5, (-2) ** 2.0, 8 ** (1 / 3))  # expect: 10000000000.0 2.0 4.0 2.0
print(err(lambda: 1.0 / 0), "|", err(lambda: 1 / 0.0), "|", err(lambda: 1.0 // 0), "|", err(lambda: 1 // 0.0))  # expect: ZeroDivisionError: float division by zero | ZeroDivisionError: float division by zero | ZeroDivisionError: float floor division by zero | ZeroDivisionError: float floor division by zero
print(err(lambda: 1.0 % 0), "|", err(lambda: 1 % 0.0), "|", err(divmod, 1.0, 0), "|", err(divmod, 1, 0.0))  # expect: ZeroDivisionError: float modulo | ZeroDivisionError: float modulo | ZeroDivisionError: float divmod() | ZeroDivisionError: float divmod()
print(err(lambda: 0.0 ** -1), "|", err(lambda: 0 ** -1.0), "|", err(lambda: 10.0 ** 400), "|", err(lambda: 2.0 ** 5000))  # expect: ZeroDivisionError: 0.0 cannot be raised to a negative power | ZeroDivisionError: 0.0 cannot be raised to a negative power | OverflowError: (34, 'Numerical result out of range') | OverflowError: (34, 'Numerical result out of range')
print(err(lambda: 1.5 + 10 ** 400), "|", err(lambda: 1e308 * 10), "|", err(lambda: 1.5 + "a"))  # expect: OverflowError: int too large to convert to float | inf | TypeError: unsupported operand type(s) for +: 'float' and 'str'
print(-1.5, +1.5, -(-0.0), abs(-2.5), abs(-0.0), abs(float("-inf")))  # expect: -1.5 1.5 0.0 2.5 0.0 inf
print(1.0 == 1, 0.5 < 1, 1 > 0.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2.0 ** 53 < 2 ** 53 + 1)  # expect: True True True True False True
print(float("nan") == float("nan"), float("nan") != 1, float("nan") < 1, 1 < float("nan"), float("inf") > 10 ** 400)  # expect: False True False False True
print(1e308 < 10 ** 309, -1e308 > -(10 ** 309), 0.5 == True, 1.0 == True, -0.0 == 0)  # expect: True True False True True
print(hash(1.0), hash(0.5), hash(-2.5), hash(1e100), hash(float("inf")), hash(-float("inf")), hash(2.0 ** 61))  # expect: 1 1152921504606846976 -1152921504606846978 1822893315824342674 314159 -314159 1
print(hash(-1.0), hash(1e-300), hash(123.456), hash(2.0 ** 64) == hash(2 ** 64), hash(0.0) == hash(-0.0))  # expect: -2 482449582752280463 1051464412201451643 True True
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2))  # expect: 0 2 2 0 -2 2.67 0.12 0.38
print(round(-0.4), round(-0.4, 0), round(1234.5678, -2), round(1e300, -299), round(5e-324, 400), round(1.5, None))  # expect: 0 -0.0 1200.0 1e+300 5e-324 2
print(round(123.456, 1), round(-123.456, 2), round(0.1 + 0.2, 15), round(1e16, 2), round(2.5, 0), round(3.5, 0))  # expect: 123.5 -123.46 0.3 1e+16 2.0 4.0
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e22), round(-1e22, -21))  # expect: int float 10000000000000000000000 -1e+22
print(err(round, float("inf")), "|", err(round, float("nan")), "|", err(round, 1e308, -308), "|", err(round, 1.5, "x"))  # expect: OverflowError: cannot convert float infinity to integer | ValueError: cannot convert float NaN to integer | 1e+308 | TypeError: 'str' object cannot be interpreted as an integer
print((2.7).__trunc__(), (-2.7).__floor__(), (-2.2).__ceil__(), (1e20).__floor__(), (-0.5).__ceil__())  # expect: 2 -3 -2 100000000000000000000 0
x = 0.1
for i in range(9):
    x += 0.1
print(x, x == 1.0, sum([0.1] * 10))  # expect: 0.9999999999999999 False 0.9999999999999999
