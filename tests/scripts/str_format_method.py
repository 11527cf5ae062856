# str.format and format_map
print("{} {}".format("a", "b"))  # expect: a b
print("{1} {0} {1}".format("a", "b"))  # expect: b a b
print("{x} and {y}".format(x=1, y="two"))  # expect: 1 and two
print("{0} {name}".format(5, name="n"))  # expect: 5 n
print("{{literal}} {}".format(1))  # expect: {literal} 1
print("}}{{")  # expect: }}{{
print("{0!r} {0!s} {0!a}".format("é"))  # expect: 'é' é '\xe9'
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))  # expect:     ab|cd    |  ef  |
print("{:*^9}".format("mid"))  # expect: ***mid***
print("{:.2f} {:5d} {:x} {:#b}".format(3.14159, 42, 255, 5))  # expect: 3.14    42 ff 0b101
print("{0:{1}}|".format("w", 5))  # expect: w    |
print("{:{w}.{p}f}".format(3.14159, w=8, p=3))  # expect:    3.142
print("{:{}}|{}".format("a", 4, "b"))  # expect: a   |b
print("{0[0]} {0[1]}".format(["x", "y"]))  # expect: x y
print("{d[key]} {d[k2]}".format(d={"key": 1, "k2": 2}))  # expect: 1 2
print("{0[2]}".format({2: "int key"}))  # expect: int key
print("{0.real} {0.imag}".format(3))  # expect: 3 0
class P:
    def __init__(self):
        self.x = 10
        self.items = [7, 8]
print("{p.x} {p.items[1]}".format(p=P()))  # expect: 10 8
print("{0.items[0]}".format(P()))  # expect: 7
print("{:d}".format(True), "{}".format(None), "{}".format([1, 2]))  # expect: 1 None [1, 2]
print("{!r:>8}".format("a"))  # expect:      'a'
print("{}".format("日本語"), "{:^7}".format("日本"))  # expect: 日本語   日本   
print("{00}".format(7))  # expect: 7
print("{a}{b}".format_map({"a": 1, "b": 2}))  # expect: 12
class D(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {zz}".format_map(D(a=1)))  # expect: 1 <zz>
print("".format(), "x".format(1, 2, k=3))  # expect:  x
for fmt, args in [("{", ()), ("}", ()), ("{0!x}", (1,)), ("{0", (1,)), ("{0.}", (1,)),
                  ("{0[0]x}", ([1],)), ("{}{0}", (1,)), ("{0}{}", (1,)),
                  ("{:{:{}}}", (1, 2, 3)), ("{0!rr}", (1,)), ("{1}", (1,)), ("{a.b}", ())]:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: Single '{' encountered in format string
# expect: ValueError: Single '}' encountered in format string
# expect: ValueError: Unknown conversion specifier x
# expect: ValueError: expected '}' before end of string
# expect: ValueError: Empty attribute in format string
# expect: ValueError: Only '.' or '[' may follow ']' in format field specifier
# expect: ValueError: cannot switch from automatic field numbering to manual field specification
# expect: ValueError: cannot switch from manual field specification to automatic field numbering
# expect: ValueError: Max string recursion exceeded
# expect: ValueError: expected ':' after conversion specifier
# expect: IndexError: Replacement index 1 out of range for positional args tuple
# expect: KeyError: 'a'
try:
    "{x}".format()
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'x'
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: Format string contains positional fields
try:
    "{a.zz}".format(a=1)
except AttributeError as e:
    print("AttributeError:", e)  # expect: AttributeError: 'int' object has no attribute 'zz'
print("{0:{1}}".format(1))  # expect error: IndexError: Replacement index 1 out of range for positional args tuple

