# repr(float) is the shortest text that reads back as the same float, for
# short literals, computed values needing 16 or 17 digits, powers of two
# (where the gap to the next float below halves) and subnormals.
values = [0.1, 0.5, 2.5, -90.5, 3.14, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 0.1 + 0.2, 1 / 3, 2 / 3, 100 / 7, 1e16, 123456789012345680.0,
          9007199254740993.0, 0.3, 4.35, 0.000123, 1.5e-5, 2.0 ** -1074, 2.0 ** 1023, 2.0 ** -1022,
          2.0 ** 60, 2.0 ** -30, 8.41e21, 9.5e-5, 5e-5, 1234.5678, 57.5, 0.375, 1e15 + 0.5,
          4503599627370495.5, 0.1 * 3, 1e-4, 9.999999999999999e-5, 123456.789e3]
for v in values:
    print(repr(v), repr(-v))
# expect: 0.1 -0.1
# expect: 0.5 -0.5
# expect: 2.5 -2.5
# expect: -90.5 90.5
# expect: 3.14 -3.14
# expect: 1e+22 -1e+22
# expect: 1e+23 -1e+23
# expect: 5e-324 -5e-324
# expect: 2.2250738585072014e-308 -2.2250738585072014e-308
# expect: 1.7976931348623157e+308 -1.7976931348623157e+308
# expect: 0.30000000000000004 -0.30000000000000004
# expect: 0.3333333333333333 -0.3333333333333333
# expect: 0.6666666666666666 -0.6666666666666666
# expect: 14.285714285714286 -14.285714285714286
# expect: 1e+16 -1e+16
# expect: 1.2345678901234568e+17 -1.2345678901234568e+17
# expect: 9007199254740992.0 -9007199254740992.0
# expect: 0.3 -0.3
# expect: 4.35 -4.35
# expect: 0.000123 -0.000123
# expect: 1.5e-05 -1.5e-05
# expect: 5e-324 -5e-324
# expect: 8.98846567431158e+307 -8.98846567431158e+307
# expect: 2.2250738585072014e-308 -2.2250738585072014e-308
# expect: 1.152921504606847e+18 -1.152921504606847e+18
# expect: 9.313225746154785e-10 -9.313225746154785e-10
# expect: 8.41e+21 -8.41e+21
# expect: 9.5e-05 -9.5e-05
# expect: 5e-05 -5e-05
# expect: 1234.5678 -1234.5678
# expect: 57.5 -57.5
# expect: 0.375 -0.375
# expect: 1000000000000000.5 -1000000000000000.5
# expect: 4503599627370495.5 -4503599627370495.5
# expect: 0.30000000000000004 -0.30000000000000004
# expect: 0.0001 -0.0001
# expect: 9.999999999999999e-05 -9.999999999999999e-05
# expect: 123456789.0 -123456789.0


def checksum(n):
    """Compare repr with round trips over many computed floats; sum the
    characters so that any digit differing from python3 shows."""
    x, total, count, bad = 12345, 0, 0, 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        for v in (x / 7.0, (x % 100000) / 1000, x * 2.0 ** (x % 200 - 100), 2.0 ** (x % 2000 - 1000),
                  (x % 1000) / 8 - 60.25, float(x % 99991) / 3):
            r = repr(v)
            if float(r) != v:
                bad += 1
            total += sum(ord(c) * (k + 1) for k, c in enumerate(r))
            count += len(r)
    return total, count, bad


print(checksum(3000))  # expect: (122922982, 250175, 0)

