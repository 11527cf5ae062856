# bytes methods
b = b"  hello world  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"), b"abc".strip(None))  # expect: b'hello world' b'hello world  ' b'  hello world' b'a' b'abc'
print(b.split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))  # expect: [b'hello', b'world'] [b'a', b'b', b'', b'c'] [b'a', b'b,c'] [b'a,b', b'c']
print(b"  a  b  c  ".split(None, 1), b"  a  b  c  ".rsplit(None, 1), b"".split(), b"".split(b","))  # expect: [b'a', b'b  c  '] [b'  a  b', b'c'] [] [b'']
print(b.find(b"o"), b.rfind(b"o"), b.find(b"zz"), b.find(111), b.index(b"w"), b.rindex(b"l"))  # expect: 6 9 -1 6 8 11
print(b.count(b"l"), b.count(108), b"aaaa".count(b"aa"), b"abc".count(b""), b.find(b"o", 6, 9))  # expect: 3 3 2 4 6
print(b"abc".startswith(b"ab"), b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc"), b"abc".endswith(b"a", 0, 1))  # expect: True True True True
print(b"abcabc".replace(b"b", b"XX"), b"abcabc".replace(b"b", b"", 1), b"ab".replace(b"", b"-"))  # expect: b'aXXcaXXc' b'acabc' b'-a-b-'
print(b"Hello".upper(), b"Hello".lower(), b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]))  # expect: b'HELLO' b'hello' b'a-b-c' b''
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"".isdigit())  # expect: True True True True False
print(b"abc".islower(), b"ABC".isupper(), b"aB".islower(), b"1".isupper())  # expect: True True False False
print(b"h\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"\xff".decode(errors="replace"))  # expect: hé abc é �
for expr in ['b"a".split("a")', 'b"a".split(b"")', 'b"a".startswith("a")', 'b"a".find("a")',
             'b"a".replace("a", b"")', 'b"abc".index(b"z")', 'b"".join([1])', 'b"a".strip("a")',
             'b"a".count(256)']:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: empty separator
# expect: TypeError: startswith first arg must be bytes or a tuple of bytes, not str
# expect: TypeError: argument should be integer or bytes-like object, not 'str'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: subsection not found
# expect: TypeError: sequence item 0: expected a bytes-like object, int found
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: byte must be in range(0, 256)

print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), bytearray(b"k:v").partition(b":"))  # expect: (b'a', b'=', b'b=c') (b'a=b', b'=', b'c') (b'abc', b'', b'') (bytearray(b'k'), bytearray(b':'), bytearray(b'v'))
print(b"".decode("no-such-codec"), b"ab".hex(b"-"), b"abc".find(b"", 2, 1), b"abc".count(b"a", None, 2))  # expect:  61-62 -1 1
for expr in ['b"ab".hex("é")', 'b"ab".hex(5)', 'b"ab".hex("--")', 'b"ab".partition(b"")', 'b"ab".find(b"a", "x")', 'b"".join(5)']:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: sep must be ASCII.
# expect: TypeError: object of type 'int' has no len()
# expect: ValueError: sep must be length 1.
# expect: ValueError: empty separator
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: TypeError: can only join an iterable
