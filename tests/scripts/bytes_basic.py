# bytes: construction, repr, indexing, slicing, iteration, operators
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"xy"), bytes(bytearray(b"z")))  # expect: b'' b'\x00\x00\x00' b'ABC' b'\x00\x01\x02' b'xy' b'z'
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes({1: 2}), bytes((x for x in [97, 98])))  # expect: b'h\xc3\xa9llo' b'abc' b'\x01' b'ab'
print(b"plain", b"it's", b'say "hi"', b"both ' \"", b"\\")  # expect: b'plain' b"it's" b'say "hi"' b'both \' "' b'\\'
print(b"\x00\t\n\r\x1f\x7f\x80\xff")  # expect: b'\x00\t\n\r\x1f\x7f\x80\xff'
print(repr(b""), str(b"ab"), ascii(b"a"))  # expect: b'' b'ab' b'a'
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], len(b))  # expect: 104 111 b'el' b'olleh' b'hlo' b'' 5
print(list(b"abc"), [x for x in b"hi"], sum(b"\x01\x02"))  # expect: [97, 98, 99] [104, 105] 3
print(b"ab" + b"cd", b"ab" * 2, 2 * b"x", b"a" * 0, b"ab" + bytearray(b"c"))  # expect: b'abcd' b'abab' b'xx' b'' b'abc'
print(b"ell" in b, 104 in b, 120 in b, b"" in b)  # expect: True True False True
print(b"abc" == b"abc", b"abc" < b"abd", b"b" > b"abc", b"a" == "a", b"a" != bytearray(b"a"))  # expect: True True True False False
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"])  # expect: True 1
print(bool(b""), bool(b"\x00"), b"abc".hex(), b"\x00ab".hex(":"), b"abcdef".hex(":", 2), b"abcde".hex("-", -2))  # expect: False True 616263 00:61:62 6162:6364:6566 6162-6364-65
print(bytes.fromhex("0a 0B ff"), bytes.fromhex(""), b"".fromhex("41"))  # expect: b'\n\x0b\xff' b'' b'A'
for expr in ['bytes("a")', 'bytes([256])', 'bytes([-1])', 'bytes(-1)', 'bytes(1.5)',
             'bytes(b"a", "utf-8")', '"a" in b"abc"', '300 in b"a"', 'b"a" + "a"',
             'b"a" + 1', 'b"a"[5]', 'b"a"["x"]', 'b"a" * 1.5', 'bytes.fromhex("zz")',
             'bytes.fromhex("a")', 'b"x" < "x"', 'bytes("a", "nope")']:
    try:
        print(eval(expr))
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: string argument without an encoding
# expect: ValueError: bytes must be in range(0, 256)
# expect: ValueError: bytes must be in range(0, 256)
# expect: ValueError: negative count
# expect: TypeError: cannot convert 'float' object to bytes
# expect: TypeError: encoding without a string argument
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: can't concat str to bytes
# expect: TypeError: can't concat int to bytes
# expect: IndexError: index out of range
# expect: TypeError: byte indices must be integers or slices, not str
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 0
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: TypeError: '<' not supported between instances of 'bytes' and 'str'
# expect: LookupError: unknown encoding: nope
class HugeIndex:
    def __index__(self):
        return 2**64
class ThreeIndex:
    def __index__(self):
        return 3
print(bytes(ThreeIndex()), bytearray(ThreeIndex()))  # expect: b'\x00\x00\x00' bytearray(b'\x00\x00\x00')
for f in (lambda: b"ab"[HugeIndex()], lambda: bytearray(b"ab")[HugeIndex()], lambda: bytes(HugeIndex())):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# expect: IndexError cannot fit 'HugeIndex' into an index-sized integer
# expect: IndexError cannot fit 'HugeIndex' into an index-sized integer
# expect: OverflowError cannot fit 'HugeIndex' into an index-sized integer
