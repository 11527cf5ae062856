# float repr (shortest round-trip, CPython's layout) and float() parsing
def err(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 100.0, 1e15)  # expect: 0.0 -0.0 1.0 -1.5 0.1 0.30000000000000004 0.3333333333333333 0.6666666666666666 100.0 1000000000000000.0
print(1e16, 1e-5, 0.0001, 0.00012345, 1e22, 1e21, 1e23, 123456789012345.0, 1234567890123456.0)  # expect: 1e+16 1e-05 0.0001 0.00012345 1e+22 1e+21 1e+23 123456789012345.0 1234567890123456.0
print(1.2345678901234568e+17, 123456789012345678.0, 9007199254740993.0, 2.0 ** 63, 2.0 ** 64)  # expect: 1.2345678901234568e+17 1.2345678901234568e+17 9007199254740992.0 9.223372036854776e+18 1.8446744073709552e+19
print(5e-324, 2.5e-10, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-324)  # expect: 5e-324 2.5e-10 1.7976931348623157e+308 2.2250738585072014e-308 5e-324
print(1.0000000000000002, 0.9999999999999999, 4.35, 2.675, 1.1, 1.15, 3.14159, 299792458.0)  # expect: 1.0000000000000002 0.9999999999999999 4.35 2.675 1.1 1.15 3.14159 299792458.0
print(float("inf"), float("-inf"), float("nan"), -float("nan"), 1e400, -1e400, 1e-400)  # expect: inf -inf nan nan inf -inf 0.0
print(repr(1e100), str(1e-100), repr(-123.456e-7), str(6.02214076e23), repr(1.5e300 * 1.5e300))  # expect: 1e+100 1e-100 -1.23456e-05 6.02214076e+23 inf
print([0.1, 0.25, 1e16], (1e-5,), {"x": 2.5})  # expect: [0.1, 0.25, 1e+16] (1e-05,) {'x': 2.5}
print(float(), float(" 1.5 "), float("1_0.5"), float("-.5e-3"), float("5."), float(".5"), float("+1E5"))  # expect: 0.0 1.5 10.5 -0.0005 5.0 0.5 100000.0
print(float("inf"), float("-iNF"), float("Infinity"), float("-infinity"), float("nan"), float("+NaN"))  # expect: inf -inf inf -inf nan nan
print(float("1" * 30), float("1e500"), float("-1e-500"), float("0.1"), float(b" 2.5 "), float(3), float(-2 ** 70))  # expect: 1.111111111111111e+29 inf -0.0 0.1 2.5 3.0 -1.1805916207174113e+21
print(err(float, "x"), "|", err(float, ""), "|", err(float, "1e"), "|", err(float, "1_e5"))  # expect: ValueError: could not convert string to float: 'x' | ValueError: could not convert string to float: '' | ValueError: could not convert string to float: '1e' | ValueError: could not convert string to float: '1_e5'
print(err(float, "1__0"), "|", err(float, "_1"), "|", err(float, "0x1p3"), "|", err(float, "infinit"))  # expect: ValueError: could not convert string to float: '1__0' | ValueError: could not convert string to float: '_1' | ValueError: could not convert string to float: '0x1p3' | ValueError: could not convert string to float: 'infinit'
print(err(float, "1.5j"), "|", err(float, "+-1"), "|", err(float, "."), "|", err(float, "1 2"))  # expect: ValueError: could not convert string to float: '1.5j' | ValueError: could not convert string to float: '+-1' | ValueError: could not convert string to float: '.' | ValueError: could not convert string to float: '1 2'
print(err(float, []), "|", err(float, None), "|", err(float, b"x"))  # expect: TypeError: float() argument must be a string or a real number, not 'list' | TypeError: float() argument must be a string or a real number, not 'NoneType' | ValueError: could not convert string to float: b'x'

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 3

print(float(F()), float(I()), float(True), float(False))  # expect: 2.5 3.0 1.0 0.0
print((1.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex(), (-0.1).hex(), float("inf").hex())  # expect: 0x1.8000000000000p+0 0x0.0p+0 -0x0.0p+0 0x0.0000000000001p-1022 0x1.7e43c8800759cp+996 -0x1.999999999999ap-4 inf
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1.8p1"), float.fromhex("1.8"), float.fromhex(" 0X1P+2 "), float.fromhex("inf"))  # expect: 3.0 -3.0 1.5 4.0 inf
print(float.fromhex("0x1p-1074"), float.fromhex("0x1.fffffffffffffp1023"), float.fromhex("0x.8"))  # expect: 5e-324 1.7976931348623157e+308 0.5
print(err(float.fromhex, "x"), "|", err(float.fromhex, "0x1p99999"), "|", err(float.fromhex, "0x1p"))  # expect: ValueError: invalid hexadecimal floating-point string | OverflowError: hexadecimal value too large to represent as a float | ValueError: invalid hexadecimal floating-point string
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio())  # expect: (1, 2) (3602879701896397, 36028797018963968) (-5, 2) (100000000000000000000, 1)
print(err((float("nan")).as_integer_ratio), "|", err((float("inf")).as_integer_ratio))  # expect: ValueError: cannot convert NaN to integer ratio | OverflowError: cannot convert Infinity to integer ratio
print((1.0).is_integer(), (1.5).is_integer(), float("inf").is_integer(), (2.5).real, (2.5).imag, (2.5).conjugate())  # expect: True False False 2.5 0.0 2.5
