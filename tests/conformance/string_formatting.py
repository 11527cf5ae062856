# f-strings, format specs, str.format and %-formatting side by side.
items = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 0.1), ("kiwi", 7, 1.125)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 35)
grand = 0
for name, qty, price in items:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5d}|{price:>8.3f}|{total:>9.2f}")
print(f"{'grand total':<25}{grand:>10,.2f}")
n = 1234567.891
print(f"{n:,}", f"{n:_.1f}", f"{n:e}", f"{n:.3g}", f"{n:015.2f}", f"{-n:+,.0f}")
print(f"{255:b} {255:o} {255:x} {255:X} {255:#x} {255:#b} {255:08b}")
print(f"{0.1234:.1%}", f"{42:^10}", f"{'mid':*^11}", f"{3.0:g}", f"{1e-7:g}", f"{1e20:g}")
value, width, prec = 3.14159265, 12, 4
print(f"[{value:{width}.{prec}f}]", f"{value!r}", f"{'text'!r:>8}")
x = 10
print(f"{x=}", f"{x * 2 = }", f"{x=:5d}")
print("{} + {} = {}".format(1, 2, 1 + 2), "{0}{1}{0}".format("ab", "cd"))
print("{name} is {age} years".format(name="Ada", age=36), "{:>6.2f}".format(2.5))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "%5s|%-5s|" % ("a", "b"))
print("%x %o %e %g %%" % (255, 8, 12345.678, 0.00001234))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7})
print(format(1234.5, ",.2f"), format(42, "05d"), format("s", ">3"), format(True, ""))
print(repr(1.0), repr(0.1 + 0.2), repr(1e16), repr(1.5e-5), str(100.0), 2.5e-10)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234.5678, -2))
