# bytes/bytearray text-like methods: padding, tabs, lines, case, translate
print(b'ab'.center(6, b'*'), b'abc'.center(8, b'*'), b'abcd'.center(9, b'.'), b'abc'.center(2))  # expect: b'**ab**' b'**abc***' b'...abcd..' b'abc'
print(b'ab'.ljust(5, b'-'), b'ab'.rjust(5), bytearray(b'x').center(3, bytearray(b'=')))  # expect: b'ab---' b'   ab' bytearray(b'=x=')
print(b'42'.zfill(5), b'-42'.zfill(6), b'+7'.zfill(4), b''.zfill(2), b'abc'.zfill(1))  # expect: b'00042' b'-00042' b'+007' b'00' b'abc'
print(b'a\tbc\td'.expandtabs(), b'a\tb\r\tc'.expandtabs(4), b'\t'.expandtabs(tabsize=2), b'a\tb'.expandtabs(0))  # expect: b'a       bc      d' b'a   b\r    c' b'  ' b'ab'
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'a\n\nb\n'.splitlines(True))  # expect: [b'one', b'two', b'three', b'four'] [b'a\n', b'\n', b'b\n']
print(b'x\x0by\x0cz'.splitlines(), bytearray(b'p\nq').splitlines(keepends=True), b''.splitlines())  # expect: [b'x\x0by\x0cz'] [bytearray(b'p\n'), bytearray(b'q')] []
print(b"they're bill's friends".title(), b'hELLO wORLD'.capitalize(), b'MiXeD 123'.swapcase())  # expect: b"They'Re Bill'S Friends" b'Hello world' b'mIxEd 123'
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b'123'.istitle(), b'A1b'.istitle())  # expect: True False False False
print(b'plain'.isascii(), b'caf\xc3\xa9'.isascii(), b''.isascii(), bytearray(b'\x7f').isascii())  # expect: True False True True
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'same'.removeprefix(b'x'))  # expect: b'body' b'body' b'same'
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc'.translate(table), b'hello'.translate(None, b'l'), b'hello'.translate(table, delete=b'h'))  # expect: 256 b'xxyyzz' b'heo' b'ello'
print(bytearray(b'cab').translate(table), type(bytearray(b'a').title()).__name__, bytearray.maketrans(b'a', b'b')[97])  # expect: bytearray(b'zxy') bytearray 98
def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('errors:')  # expect: errors:
show(lambda: b'a'.center(5, b'ab'))  # expect: TypeError: center() argument 2 must be a byte string of length 1, not bytes
show(lambda: b'a'.ljust(5, 'x'))  # expect: TypeError: ljust() argument 2 must be a byte string of length 1, not str
show(lambda: b'a'.rjust('5'))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: bytes.maketrans(b'ab', b'c'))  # expect: ValueError: maketrans arguments must have same length
show(lambda: bytes.maketrans('a', 'b'))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: b'a'.translate(b'short'))  # expect: ValueError: translation table must be 256 characters long
show(lambda: b'a'.removeprefix('a'))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: b'a'.title(1))  # expect: TypeError: bytes.title() takes no arguments (1 given)
ba = bytearray(b'ab')
alias = ba
ba *= 3
print(ba, alias is ba, b'x'.__bytes__(), int.from_bytes(bytearray(b'\x01\x00'), 'little'))  # expect: bytearray(b'ababab') True b'x' 1
class B:
    def __bytes__(self):
        return b'\x01\x02'
print(int.from_bytes(B(), 'big'), bytes(B()))  # expect: 258 b'\x01\x02'
show(lambda: int.from_bytes('ab', 'big'))  # expect: TypeError: cannot convert 'str' object to bytes
show(lambda: int.from_bytes(5, 'big'))  # expect: TypeError: cannot convert 'int' object to bytes
