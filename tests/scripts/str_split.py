# split / rsplit / splitlines / strip family / join
print("a b  c".split())  # expect: ['a', 'b', 'c']
print("  a\tb\n c  ".split())  # expect: ['a', 'b', 'c']
print("  a  b  c  ".split(None, 1))  # expect: ['a', 'b  c  ']
print("  a  b  c  ".rsplit(None, 1))  # expect: ['  a  b', 'c']
print("  a  b  c  ".split(maxsplit=0))  # expect: ['a  b  c  ']
print("  a  b  c  ".rsplit(maxsplit=0))  # expect: ['  a  b  c']
print("".split(), "   ".split())  # expect: [] []
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("a,b,,c".split(",", 1))  # expect: ['a', 'b,,c']
print("a,b,,c".rsplit(",", 1))  # expect: ['a,b,', 'c']
print("a,b,,c".rsplit(",", maxsplit=2))  # expect: ['a,b', '', 'c']
print("".split(","))  # expect: ['']
print("a::b::c".split("::"))  # expect: ['a', 'b', 'c']
print("a::b::c".rsplit("::", 1))  # expect: ['a::b', 'c']
print("abc".split(sep="b"))  # expect: ['a', 'c']
print("x\u3000y\u2003z".split())  # expect: ['x', 'y', 'z']
print("ä ö ü".split(" "))  # expect: ['ä', 'ö', 'ü']
print("one\ntwo\r\nthree\rfour".splitlines())  # expect: ['one', 'two', 'three', 'four']
print("one\ntwo\r\nthree\rfour\n".splitlines(True))  # expect: ['one\n', 'two\r\n', 'three\r', 'four\n']
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())  # expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
print("".splitlines(), "\n".splitlines(), "x\n\ny".splitlines(keepends=True))  # expect: [] [''] ['x\n', '\n', 'y']
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))  # expect: 'hi' 'hi  ' '  hi'
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "xxhi".lstrip("x"), "hixx".rstrip("x"))  # expect: hi hi hi hi
print(repr("\t\n hi \u3000".strip()))  # expect: 'hi'
print("ééhéé".strip("é"), "abc".strip(""), "abc".strip(None))  # expect: h abc abc
print(repr("   ".strip()), repr("".strip("x")))  # expect: '' ''
print("-".join(["a", "b", "c"]))  # expect: a-b-c
print("".join([]), ", ".join(("x",)), "é".join("abc"))  # expect:  x aébéc
print(" ".join(x for x in ["gen", "exp"]))  # expect: gen exp
print("->".join({"k1": 1, "k2": 2}))  # expect: k1->k2
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: sequence item 0: expected str instance, int found
try:
    "-".join(["a", 2])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: sequence item 1: expected str instance, int found
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: can only join an iterable
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: empty separator
try:
    "abc".rsplit("")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: empty separator
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: must be str or None, not int
try:
    "abc".strip(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: strip arg must be None or str
try:
    "abc".lstrip(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: lstrip arg must be None or str
