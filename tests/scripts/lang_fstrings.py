# f-strings: conversions, format specs, nesting, =
name = "baton"
n = 42
pi = 3.14159
print(f"hello {name}")  # expect: hello baton
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}")  # expect:    42|42   | 42  |   42
print(f"{pi:.2f} {pi:8.3f} {pi:e}")  # expect: 3.14    3.142 3.141590e+00
print(f"{name!r} {name!s} {'é'!a}")  # expect: 'baton' baton '\xe9'
print(f"{n!r:>6}")  # expect:     42
width = 7
prec = 3
print(f"[{pi:{width}.{prec}}]")  # expect: [   3.14]
print(f"{n=}")  # expect: n=42
print(f"{n + 1 = }")  # expect: n + 1 = 43
print(f"{name=!s:>8}")  # expect: name=   baton
print(f"{{literal}} {n}")  # expect: {literal} 42
print(f"{'nested ' + f'{n:03}'}")  # expect: nested 042
print(f"{[1, 2][1]} {dict(a=1)['a']}")  # expect: 2 1
print(f"{n:#x} {n:#o} {n:b} {n:,}")  # expect: 0x2a 0o52 101010 42
print(f"{1234567:,} {0.5:%}")  # expect: 1,234,567 50.000000%
print(f"")  # expect: 
print(f"{'a' if n else 'b'}")  # expect: a
print(f"{n}" f"{name}" "plain")  # expect: 42batonplain
items = ["x", "y"]
print(f"{len(items)} items: {', '.join(items)}")  # expect: 2 items: x, y

class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"

print(f"{P():abc} {P()!r} {P()}")  # expect: P<abc> P() P<>
print(f"{3.0:g} {1e20:g} {-0.0}")  # expect: 3 1e+20 -0.0
total = 7
print(f"total: {total:>{width}}")  # expect: total:       7
print(f"""multi
{n}""")
# expect: multi
# expect: 42
print(f"{n:{'>'}{5}}")  # expect:    42
print(f"{'x':*^9}")  # expect: ****x****
try:
    f"{n:q}"
except ValueError as e:
    print(e)  # expect: Unknown format code 'q' for object of type 'int'
