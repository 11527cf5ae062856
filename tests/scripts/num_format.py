# the format-spec mini-language: format(), f-strings and str.format on numbers
def err(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

x, n = 3.14159, 1234567
print(f"{x:>10.3f}|{x:<10.2f}|{x:^10.1f}|{x:*^12.4f}|{x:+.2f}|{x: .2f}")  # expect:      3.142|3.14      |   3.1    |***3.1416***|+3.14| 3.14
print(f"{n:,}|{n:_}|{-n:,}|{n:>12,}|{n:012,}|{n:+,}|{10 ** 20:,}")  # expect: 1,234,567|1_234_567|-1,234,567|   1,234,567|0,001,234,567|+1,234,567|100,000,000,000,000,000,000
print(f"{5:08b}|{255:x}|{255:X}|{255:#x}|{255:#X}|{255:#o}|{255:#b}|{255:_b}|{-255:#010x}|{2 ** 40:_x}")  # expect: 00000101|ff|FF|0xff|0XFF|0o377|0b11111111|1111_1111|-0x00000ff|100_0000_0000
print(f"{0.25:%}|{0.25:.0%}|{1e-7:g}|{1e-7:.3}|{1e20}|{1e20:.3}|{1.0:.3}|{123.0:.2}|{1.0:.0}")  # expect: 25.000000%|25%|1e-07|1e-07|1e+20|1e+20|1.0|1.2e+02|1e+00
print(f"{1234.5:012,.1f}|{1234:09,}|{1234:08,}|{1234:012_}|{-5:010}|{-5:<010}|{5:^10}|{-5:=+10}|")  # expect: 00,001,234.5|0,001,234|0,001,234|0_000_001_234|-000000005|-500000000|    5     |-        5|
print(f"{1.5:e}|{1.5:E}|{1.5:.2e}|{12345.678:10.2n}|{123456789.0:n}|{1.0:n}|{0.0001:g}|{100.0:#.3g}")  # expect: 1.500000e+00|1.500000E+00|1.50e+00|   1.2e+04|1.23457e+08|1|0.0001|100.
print(f"{float('inf'):010}|{float('nan'):+}|{float('-inf'):F}|{float('nan'):E}|{float('inf'):,.2f}")  # expect: 0000000inf|+nan|-INF|NAN|inf
print(f"{-0.0}|{-0.0:z}|{-0.001:z.1f}|{-1e-9:z.2e}|{0.0: }|{-1.0:z}|{1.5:#.0f}|{1.5:#.0e}|{1e20:#}")  # expect: -0.0|0.0|0.0|-1.00e-09| 0.0|-1.0|2.|2.e+00|1.e+20
print(f"{65:c}|{0x1F600:c}|{65:>5c}|{True:d}|{True}|{True:5}|{False:x}|{True:.2f}")  # expect: A|😀|    A|1|True|    1|0|1.00
print(f"{2 ** 100:e}|{10 ** 30:.3g}|{7:%}|{3:.2f}|{-7:e}|{1:010.2f}")  # expect: 1.267651e+30|1e+30|700.000000%|3.00|-7.000000e+00|0000001.00
print(f"{'abc':>6}|{'abc':<6}|{'abc':^7}|{'abc':*^8}|{'abcdef':.3}|{'xyz':^7.2}|{'a':€>4}|{'':5}|")  # expect:    abc|abc   |  abc  |**abc***|abc|  xy   |€€€a|     |
print("{:>8.2f}|{:,d}|{:x<6}|{:08.3f}".format(2.5, 98765, 7, -3.14159))  # expect:     2.50|98,765|7xxxxx|-003.142
print(format(1, ""), format(1.5, ""), format(255, "x"), format("s", ""), format(True, ""), format(2.5, "10"))  # expect: 1 1.5 ff s True        2.5
print(err(format, 1, "xx"), "|", err(format, 1, ".2d"), "|", err(format, 1.5, "d"), "|", err(format, "a", "d"))  # expect: ValueError: Invalid format specifier 'xx' for object of type 'int' | ValueError: Precision not allowed in integer format specifier | ValueError: Unknown format code 'd' for object of type 'float' | ValueError: Unknown format code 'd' for object of type 'str'
print(err(format, "a", "+"), "|", err(format, "a", " "), "|", err(format, "a", "#"), "|", err(format, "a", ",s"))  # expect: ValueError: Sign not allowed in string format specifier | ValueError: Space not allowed in string format specifier | ValueError: Alternate form (#) not allowed in string format specifier | ValueError: Cannot specify ',' with 's'.
print(err(format, "a", "="), "|", err(format, "a", "z"), "|", err(format, 1, ",x"), "|", err(format, 1, "+c"))  # expect: ValueError: '=' alignment not allowed in string format specifier | ValueError: Negative zero coercion (z) not allowed in string format specifier | ValueError: Cannot specify ',' with 'x'. | ValueError: Sign not allowed with integer format specifier 'c'
print(err(format, 1, "#c"), "|", err(format, 1, ",c"), "|", err(format, 1.0, "."), "|", err(format, 1, ",_"))  # expect: ValueError: Alternate form (#) not allowed with integer format specifier 'c' | ValueError: Cannot specify ',' with 'c'. | ValueError: Format specifier missing precision | ValueError: Cannot specify both ',' and '_'.
print(err(format, 1, "_,"), "|", err(format, 1, ",,"), "|", err(format, 1, "z"), "|", err(format, 1.5, ",n"))  # expect: ValueError: Cannot specify both ',' and '_'. | ValueError: Cannot specify ',' with ','. | ValueError: Negative zero coercion (z) not allowed in integer format specifier | ValueError: Cannot specify ',' with 'n'.
print(err(format, 1, "9" * 20), "|", err(format, 1.0, "c"), "|", err(format, 0x110000, "c"), "|", err(format, 10 ** 20, "c"))  # expect: ValueError: Too many decimal digits in format string | ValueError: Unknown format code 'c' for object of type 'float' | OverflowError: %c arg not in range(0x110000) | OverflowError: Python int too large to convert to C long
print(err(format, 10 ** 400, "f"), "|", err(format, True, "s"), "|", err(format, 1.5, "x"), "|", err(format, "a", "_"))  # expect: OverflowError: int too large to convert to float | ValueError: Unknown format code 's' for object of type 'bool' | ValueError: Unknown format code 'x' for object of type 'float' | ValueError: Cannot specify '_' with 's'.
print(format(0.1, ".20f"), format(0.1, ".30g"), format(5e-324, ".3e"), format(1e22, ".0f"), format(2.675, ".2f"))  # expect: 0.10000000000000000555 0.100000000000000005551115123126 4.941e-324 10000000000000000000000 2.67
print(format(2.5, ".0f"), format(3.5, ".0f"), format(1.25, ".1f"), format(123456.789, ",.2f"), format(123456.789, "_.2f"))  # expect: 2 4 1.2 123,456.79 123_456.79
