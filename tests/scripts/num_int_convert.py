# int(): parsing, conversions, methods and their error messages
def err(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(int(), int(" 12 "), int("-12"), int("+0"), int("1_000"), int("0"), int("-0"))  # expect: 0 12 -12 0 1000 0 0
print(int("ff", 16), int("0x1f", 0), int("0X1F", 16), int("0o17", 0), int("0b101", 0), int("  -0b101  ", 0))  # expect: 255 31 31 15 5 -5
print(int("Z", 36), int("z", 36), int("0x_1f", 0), int("12", base=8), int("777", 8), int("101", 2))  # expect: 35 35 31 10 511 5
print(int("9" * 30), int("-" + "9" * 25), int("0x" + "f" * 20, 16))  # expect: 999999999999999999999999999999 -9999999999999999999999999 1208925819614629174706175
print(int(3.9), int(-3.9), int(1e30), int(-0.0), int(2.0 ** 62), int(-2.0 ** 62), int(True), int(False))  # expect: 3 -3 1000000000000000019884624838656 0 4611686018427387904 -4611686018427387904 1 0
print(int(b"12"), int(b" -7 "), int(b"ff", 16), int(10 ** 20), err(int, int))  # expect: 12 -7 255 100000000000000000000 TypeError: int() argument must be a string, a bytes-like object or a real number, not 'type'
print(err(int, "x"), "|", err(int, "x", 16), "|", err(int, "010", 0))  # expect: ValueError: invalid literal for int() with base 10: 'x' | ValueError: invalid literal for int() with base 16: 'x' | ValueError: invalid literal for int() with base 0: '010'
print(err(int, "1__0"), "|", err(int, "_1"), "|", err(int, "1_"), "|", err(int, "1e5"))  # expect: ValueError: invalid literal for int() with base 10: '1__0' | ValueError: invalid literal for int() with base 10: '_1' | ValueError: invalid literal for int() with base 10: '1_' | ValueError: invalid literal for int() with base 10: '1e5'
print(err(int, ""), "|", err(int, "  "), "|", err(int, "0x"), "|", err(int, "12.5"))  # expect: ValueError: invalid literal for int() with base 10: '' | ValueError: invalid literal for int() with base 10: '  ' | ValueError: invalid literal for int() with base 10: '0x' | ValueError: invalid literal for int() with base 10: '12.5'
print(err(int, "9", 8), "|", err(int, b"x"), "|", err(int, "1 2"))  # expect: ValueError: invalid literal for int() with base 8: '9' | ValueError: invalid literal for int() with base 10: b'x' | ValueError: invalid literal for int() with base 10: '1 2'
print(err(int, 1.5, 10), "|", err(int, "1", 1), "|", err(int, "1", 37), "|", err(int, "1", -1))  # expect: TypeError: int() can't convert non-string with explicit base | ValueError: int() base must be >= 2 and <= 36, or 0 | ValueError: int() base must be >= 2 and <= 36, or 0 | ValueError: int() base must be >= 2 and <= 36, or 0
print(err(int, float("inf")), "|", err(int, float("-inf")), "|", err(int, float("nan")))  # expect: OverflowError: cannot convert float infinity to integer | OverflowError: cannot convert float infinity to integer | ValueError: cannot convert float NaN to integer
print(err(int, []), "|", err(int, None), "|", err(int, {}))  # expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list' | TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType' | TypeError: int() argument must be a string, a bytes-like object or a real number, not 'dict'
print(err(int, "1", 10, 3), "|", err(int, base=5), "|", err(int, x="1"))  # expect: TypeError: int() takes at most 2 arguments (3 given) | TypeError: int() missing string argument | TypeError: 'x' is an invalid keyword argument for int()
print(err(int, "5000" * 2000))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 8000 digits; use sys.set_int_max_str_digits() to increase the limit
print(err(str, 10 ** 5000))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))), len(hex(10 ** 5000)))  # expect: 4300 4301 4155

class Idx:
    def __index__(self):
        return 16

class Num:
    def __int__(self):
        return 7

print(int(Num()), int("11", Idx()), err(int, "11", 2.0))  # expect: 7 17 TypeError: 'float' object cannot be interpreted as an integer
print((1).to_bytes(2, "little"), (1).to_bytes(length=2, byteorder="big"), (255).to_bytes(1, "big"))  # expect: b'\x01\x00' b'\x00\x01' b'\xff'
print((-300).to_bytes(2, "big", signed=True), (-1).to_bytes(4, "little", signed=True), (0).to_bytes(0, "big"))  # expect: b'\xfe\xd4' b'\xff\xff\xff\xff' b''
print((2 ** 64 - 1).to_bytes(8, "big"), (1).to_bytes())  # expect: b'\xff\xff\xff\xff\xff\xff\xff\xff' b'\x01'
print(err((256).to_bytes, 1, "big"), "|", err((-1).to_bytes, 1, "big"), "|", err((1).to_bytes, 1, "x"))  # expect: OverflowError: int too big to convert | OverflowError: can't convert negative int to unsigned | ValueError: byteorder must be either 'little' or 'big'
print(err((1).to_bytes, -1, "big"), "|", err((128).to_bytes, 1, "big", signed=True))  # expect: ValueError: length argument must be non-negative | OverflowError: int too big to convert
print(int.from_bytes(b"\xff\x00", "little", signed=True), int.from_bytes(b"\xff\x00", "big"), int.from_bytes(b"\x80", "big", signed=True))  # expect: 255 65280 -128
print(int.from_bytes([1, 2]), int.from_bytes(b""), int.from_bytes(b"\x01" * 20, "little"))  # expect: 258 0 5731378969925109483151705226338364782964441345
print(err(int.from_bytes, [256]), "|", err(int.from_bytes, b"\x01", "middle"))  # expect: ValueError: bytes must be in range(0, 256) | ValueError: byteorder must be either 'little' or 'big'
print(float(2 ** 53 + 1), float(2 ** 1024 - 2 ** 970 - 1), float(-(2 ** 63)), float(True))  # expect: 9007199254740992.0 1.7976931348623157e+308 -9.223372036854776e+18 1.0
print(err(float, 2 ** 1024 - 2 ** 970), "|", err(float, 10 ** 400))  # expect: OverflowError: int too large to convert to float | OverflowError: int too large to convert to float
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(2 ** 70))  # expect: 0xff -0xff 0o10 0b101 -0b101 0x400000000000000000
print(str(12345), repr(-987), str(2 ** 64), repr(-(2 ** 64)), str(True), repr(False))  # expect: 12345 -987 18446744073709551616 -18446744073709551616 True False
print(int("١٢"), int("\u2003 ٣ "), int("１２", 16), float("١٢.٥"), err(int, "١x"), err(float, "½"))  # expect: 12 3 18 12.5 ValueError: invalid literal for int() with base 10: '١x' ValueError: could not convert string to float: '½'
