# int arithmetic: small ints, big ints (GMP) and the boundary between them
def err(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(2 ** 100)  # expect: 1267650600228229401496703205376
print(-(2 ** 70) // 3)  # expect: -393530540239137101142
print(-(2 ** 70) % 3)  # expect: 2
print(7 // -2, -7 // 2, 7 % -2, -7 % 3, -7 % -3)  # expect: -4 -4 -1 2 -1
print(divmod(7, -2), divmod(-7, 3), divmod(2 ** 80, -7))  # expect: (-4, -1) (-3, 2) (-172703688516375596386597, -3)
print(3 ** 200 % 1000, pow(3, 200, 1000), pow(2, -1, 5), pow(-7, 3, 10), pow(7, 3, -10))  # expect: 1 1 3 7 -7
print(2 ** 62, -(2 ** 62), 2 ** 62 - 1, -(2 ** 62) - 1)  # expect: 4611686018427387904 -4611686018427387904 4611686018427387903 -4611686018427387905
print(4611686018427387903 + 1, -4611686018427387904 - 1)  # expect: 4611686018427387904 -4611686018427387905
print((2 ** 64) - (2 ** 64 - 5), type((2 ** 64) - (2 ** 64 - 5)).__name__)  # expect: 5 int
print((2 ** 100) // (2 ** 98), (2 ** 100) * 0, -(2 ** 100) + 2 ** 100)  # expect: 4 0 0
print(123456789 * 987654321, 123456789123 * 987654321987)  # expect: 121932631112635269 121932631355968601347401
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)  # expect: 142857142857142857142857142857 1 -142857142857142857142857142858
print(1 / 3, 10 / 4, -7 / 2, 2 ** 100 / 2 ** 99, (10 ** 400) / (10 ** 399))  # expect: 0.3333333333333333 2.5 -3.5 2.0 10.0
print(1 / 10 ** 400, 2 ** 53 + 1 == 2 ** 53 + 1.0, (2 ** 53 + 1) / 1)  # expect: 0.0 False 9007199254740992.0
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)  # expect: 0.5 0.25 -0.5 0.001
print(1 << 62, 1 << 100, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100, (2 ** 100) >> 98, -(2 ** 100) >> 200)  # expect: 4611686018427387904 1267650600228229401496703205376 -8 2 -3 -1 4 -1
print(12 & 10, 12 | 10, 12 ^ 10, -12 & 10, -12 | 10, -12 ^ 10, ~5, ~-1)  # expect: 8 14 6 0 -2 -2 -6 0
print(-(2 ** 70) & (2 ** 66 - 1), (2 ** 70) | -1, -(2 ** 70) ^ 12345, ~(2 ** 70))  # expect: 0 -1 -1180591620717411291079 -1180591620717411303425
print(-0, +5, -(-(2 ** 62)), abs(-(2 ** 62)), abs(-5), abs(2 ** 100))  # expect: 0 5 4611686018427387904 4611686018427387904 5 1267650600228229401496703205376
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 9007199254740993 < 9007199254740993.0)  # expect: True False False
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 1 == 1.0, 2 ** 63 == 2.0 ** 63)  # expect: True True True True True
print(3 < 2 ** 100, -(2 ** 100) < -3, 2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)  # expect: True True True True
print(hash(1) == hash(1.0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))  # expect: True -2 -2 0 1 -2 549755813888
print(err(lambda: 1 / 0), "|", err(lambda: 1 // 0), "|", err(lambda: 1 % 0))  # expect: ZeroDivisionError: division by zero | ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: integer modulo by zero
print(err(lambda: divmod(1, 0)), "|", err(lambda: 0 ** -1), "|", err(lambda: 2 ** 10000 / 3))  # expect: ZeroDivisionError: integer division or modulo by zero | ZeroDivisionError: 0.0 cannot be raised to a negative power | OverflowError: integer division result too large for a float
print(err(lambda: 10 ** 400 / 1), "|", err(lambda: 1 << -1), "|", err(lambda: 1 >> -1))  # expect: OverflowError: integer division result too large for a float | ValueError: negative shift count | ValueError: negative shift count
print(err(pow, 2, -1, 4), "|", err(pow, 2, 3, 0), "|", err(pow, 2.0, 3, 5))  # expect: ValueError: base is not invertible for the given modulus | ValueError: pow() 3rd argument cannot be 0 | TypeError: pow() 3rd argument not allowed unless all arguments are integers
print(err(lambda: 1 + "a"), "|", err(lambda: [1] - 1))  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str' | TypeError: unsupported operand type(s) for -: 'list' and 'int'
print(True + True, True * 10, True & True, True | False, True ^ True, 1 & True, True & 3)  # expect: 2 10 True True False 1 1
print(type(True & True).__name__, type(True + 0).__name__, type(1 & True).__name__, ~True, -True, +True)  # expect: bool int int -2 -1 1
print(True // True, True / True, True ** 2, True << 1, False - 1, True == 1, hash(True), hash(False))  # expect: 1 1.0 1 2 -1 True 1 0
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length(), (-5).bit_count())  # expect: 8 8 0 101 2
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1))  # expect: 1200 1200 1400 -1200 5 20
print(round(2 ** 70 + 5, -1), (5).__round__(), (7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)  # expect: 1180591620717411303430 5 7 7 1 7 0
print((10 ** 20).as_integer_ratio(), (-3).as_integer_ratio(), True.real, int.__name__)  # expect: (100000000000000000000, 1) (-3, 1) 1 int
x = 5
x += 2 ** 63
x -= 2 ** 63
print(x, type(x).__name__, x == 5)  # expect: 5 int True
