# printf-style % formatting of numbers
def err(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%5.3d" % (7, -7, 5, 42, 42, -7, 7, 7, 5, 7))  # expect: 7|-7|5|   42|42   |-0007|+7| 7|005|  007
print("%x|%X|%#x|%#X|%o|%#o|%#.3x|%08x|%x" % (255, 255, 255, 255, 8, 8, 5, 48879, 10 ** 30))  # expect: ff|FF|0xff|0XFF|10|0o10|0x005|0000beef|c9f2c9cd04674edea40000000
print("%d|%d|%i|%d|%x" % (1.7, -2.9, True, 10 ** 30, -255))  # expect: 1|-2|1|1000000000000000000000000000000|-ff
print("%f|%.2f|%e|%.0e|%g|%g|%#g|%G|%E" % (1.5, 2.675, 1.5, 12345, 1e-5, 1e20, 1.0, 1e-20, 0.5))  # expect: 1.500000|2.67|1.500000e+00|1e+04|1e-05|1e+20|1.00000|1E-20|5.000000E-01
print("%010.3f|%-+8.2f|%#.0f|% 05d|%05f|%f|%F|%.1f" % (-3.14159, 3.14159, 3, 5, float("inf"), float("nan"), float("inf"), 0.05))  # expect: -00003.142|+3.14   |3.| 0005|00inf|nan|INF|0.1
print("%c|%c|%5c|%-3c|" % (65, "é", "x", 66))  # expect: A|é|    x|B  |
print("%s|%r|%s|%.3s" % (1.0, 2.5, 10 ** 20, 3.14159))  # expect: 1.0|2.5|100000000000000000000|3.1
print(err(lambda: "%d" % "x"), "|", err(lambda: "%x" % 1.5), "|", err(lambda: "%f" % "x"))  # expect: TypeError: %d format: a real number is required, not str | TypeError: %x format: an integer is required, not float | TypeError: must be real number, not str
print(err(lambda: "%c" % "ab"), "|", err(lambda: "%c" % 1.5), "|", err(lambda: "%c" % -1), "|", err(lambda: "%c" % 10 ** 30))  # expect: TypeError: %c requires int or char | TypeError: %c requires int or char | OverflowError: %c arg not in range(0x110000) | OverflowError: %c arg not in range(0x110000)
print(err(lambda: "%f" % 10 ** 400), "|", err(lambda: "%d" % float("inf")), "|", err(lambda: "%d" % float("nan")))  # expect: OverflowError: int too large to convert to float | OverflowError: cannot convert float infinity to integer | ValueError: cannot convert float NaN to integer
