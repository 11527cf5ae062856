# padding, tabs, prefixes, maketrans/translate
print(repr("abc".center(9)), repr("abc".center(8)), repr("ab".center(7, "*")), repr("abc".center(2)))  # expect: '   abc   ' '  abc   ' '***ab**' 'abc'
print(repr("abc".ljust(6)), repr("abc".rjust(6)), repr("abc".ljust(6, "-")), repr("abc".rjust(2, "-")))  # expect: 'abc   ' '   abc' 'abc---' 'abc'
print(repr("é".center(5, "ü")), repr("日本".rjust(4, "・")))  # expect: 'üüéüü' '・・日本'
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))  # expect: 00042 -0042 +0042 00abc 12345 00 -00
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(4)), repr("\t".expandtabs(0)))  # expect: 'a       b       c' 'a   b' 'ab  c\nd   e' ''
print(repr("12345\t6".expandtabs(tabsize=4)), repr("é\tx".expandtabs(2)))  # expect: '12345   6' 'é x'
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "TestHook".removesuffix("Hook"), "abc".removesuffix(""))  # expect: Hook TestHook Test abc
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))  # expect: [(97, 120), (98, 121), (99, 122)]
print("aabbcc".translate(t))  # expect: xxyyzz
t2 = str.maketrans("ab", "cd", "e")
print("abeeba".translate(t2))  # expect: cddc
t3 = str.maketrans({"a": "AA", "b": None, 99: 100})
print(sorted(t3.items()))  # expect: [(97, 'AA'), (98, None), (99, 100)]
print("abcabc".translate(t3))  # expect: AAdAAd
print("héllo".translate({ord("é"): "e", ord("l"): "L"}))  # expect: heLLo
print("abc".translate({97: 0x65e5}))  # expect: 日bc
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: The fill character must be exactly one character long
try:
    "abc".ljust(5, "")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: The fill character must be exactly one character long
try:
    "abc".zfill("a")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'str' object cannot be interpreted as an integer
try:
    "abc".removeprefix(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: removeprefix() argument must be str, not int
try:
    str.maketrans(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: if you give only one argument to maketrans it must be a dict
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: string keys in translate table must be of length 1
try:
    str.maketrans("a", "bc")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: the first two maketrans arguments must have equal length
try:
    "a".translate({97: 2.5})
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: character mapping must return integer, None or str
try:
    "a".translate({97: -1})
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: character mapping must be in range(0x110000)
