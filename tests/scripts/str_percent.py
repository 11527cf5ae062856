# printf-style formatting with %
print("%s and %s" % ("a", "b"))  # expect: a and b
print("%s" % "single", "%s" % 42, "%s" % [1, 2], "%s" % (None,))  # expect: single 42 [1, 2] None
print("%r %a" % ("é", "é"))  # expect: 'é' '\xe9'
print("%d %i %u" % (1, -2, 3))  # expect: 1 -2 3
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))  # expect:    42|42   |00042|+42| 42
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))  # expect: ff FF 10 0xff 0o10
print("%.2f %e %E %g %G" % (3.14159, 12345.678, 0.00012, 0.00001234, 1e20))  # expect: 3.14 1.234568e+04 1.200000E-04 1.234e-05 1E+20
print("%10.3f|%-10.1f|%+.0f" % (3.14159, 2.5, 2.5))  # expect:      3.142|2.5       |+2
print("%c%c%c" % ("a", 98, 0x1F600))  # expect: ab😀
print("%-3c|%3c|" % ("x", "y"))  # expect: x  |  y|
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "cd", "xyz", "abc"))  # expect:    ab|cd   |xy|    a|
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))  # expect:     1|2   |3.14
print("%*d|" % (-4, 7))  # expect: 7   |
print("100%% sure, %d%%" % 50)  # expect: 100% sure, 50%
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})  # expect: Ann is 30
print("%(a)s %(a)r" % {"a": "x"})  # expect: x 'x'
print("%s %(a)s" % {"a": 1})  # expect: {'a': 1} 1
print("%ld %hd" % (5, 6))  # expect: 5 6
print("no args" % ())  # expect: no args
print("%s" % "é", "%5s|" % "日本", "%.1s" % "日本")  # expect: é    日本| 日
print("%s" % {"k": 1}, "" % [])  # expect: {'k': 1} 
print("%d" % True, "%x" % 3, "%s" % 1.5)  # expect: 1 3 1.5
for fmt, args in [("%", ()), ("%(a", {}), ("%(a)s", 1), ("%*d", (1.5, 2)),
                  ("%c", 1.5), ("%c", "ab"), ("%y", 1), ("%s %s", (1,)),
                  ("%s", (1, 2)), ("ab%", ()), ("%5%", ()), ("x", 5),
                  ("%(a)s %s", {"a": 1}), ("%d", "x"), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: incomplete format
# expect: ValueError: incomplete format key
# expect: TypeError: format requires a mapping
# expect: TypeError: * wants int
# expect: TypeError: %c requires int or char
# expect: TypeError: %c requires int or char
# expect: ValueError: unsupported format character 'y' (0x79) at index 1
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during string formatting
# expect: ValueError: incomplete format
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during string formatting
# expect: TypeError: not enough arguments for format string
# expect: TypeError: %d format: a real number is required, not str
# expect: TypeError: %x format: an integer is required, not float
print("%c" % 0x110000)  # expect error: OverflowError: %c arg not in range(0x110000)
