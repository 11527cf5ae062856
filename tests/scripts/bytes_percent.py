# bytes % values: printf-style formatting of bytes and bytearray (PEP 461)
print(b'%d|%5d|%-5d|%05d|%+d|% d' % (1, 2, 3, 4, 5, 6))  # expect: b'1|    2|3    |00004|+5| 6'
print(b'%x %X %o %#x %#o %.3x' % (255, 255, 8, 255, 8, 5))  # expect: b'ff FF 10 0xff 0o10 005'
print(b'%f %.2e %g %10.3f|' % (1.5, 12345.678, 1e20, 3.14159))  # expect: b'1.500000 1.23e+04 1e+20      3.142|'
print(b'%s and %b' % (b'bytes', bytearray(b'array')))  # expect: b'bytes and array'
print(b'%r %a %5r|' % ('x', '\xe9', 'y'))  # expect: b"'x' '\\xe9'   'y'|"
print(b'%c%c%c' % (72, b'i', bytearray(b'!')))  # expect: b'Hi!'
print(b'%(name)s=%(n)d' % {b'name': b'k', b'n': 7})  # expect: b'k=7'
print(b'%*d|%-*d|%.*s' % (4, 1, 4, 2, 2, b'abcdef'))  # expect: b'   1|2   |ab'
print(b'%.2s|%6s|%-6s|' % (b'abc', b'ab', b'ab'))  # expect: b'ab|    ab|ab    |'
print(b'100%% %s' % b'done', b'abc' % (), b'%s' % b'\x00\xff')  # expect: b'100% done' b'abc' b'\x00\xff'
print(bytearray(b'%d-%d') % (1, 2), bytearray(b'') % ())  # expect: bytearray(b'1-2') bytearray(b'')
class B:
    def __bytes__(self):
        return b'from __bytes__'
print(b'<%s>' % B(), bytes(B()))  # expect: b'<from __bytes__>' b'from __bytes__'
def show(f):
    try:
        f()
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ':', e)
print('errors:')  # expect: errors:
show(lambda: b'%s' % 'text')  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
show(lambda: b'%s' % 5)  # expect: TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
show(lambda: b'%c' % 256)  # expect: OverflowError: %c arg not in range(256)
show(lambda: b'%c' % 'a')  # expect: TypeError: %c requires an integer in range(256) or a single byte
show(lambda: b'%d' % 'x')  # expect: TypeError: %d format: a real number is required, not str
show(lambda: b'%i' % b'x')  # expect: TypeError: %d format: a real number is required, not bytes
show(lambda: b'%x' % 1.5)  # expect: TypeError: %x format: an integer is required, not float
show(lambda: b'%f' % 'x')  # expect: TypeError: float argument required, not str
show(lambda: b'%y' % 1)  # expect: ValueError: unsupported format character 'y' (0x79) at index 1
show(lambda: b'%s %s' % (b'a',))  # expect: TypeError: not enough arguments for format string
show(lambda: b'%s' % (b'a', b'b'))  # expect: TypeError: not all arguments converted during bytes formatting
show(lambda: b'abc' % b'x')  # expect: TypeError: not all arguments converted during bytes formatting
show(lambda: b'%(a)s' % {'a': b'x'})  # expect: KeyError: b'a'
show(lambda: b'%(a)s' % (1,))  # expect: TypeError: format requires a mapping
show(lambda: b'%' % ())  # expect: ValueError: incomplete format
class Bad:
    def __bytes__(self):
        return 'str'
show(lambda: b'%s' % Bad())  # expect: TypeError: __bytes__ returned non-bytes (type str)
show(lambda: bytes(Bad()))  # expect: TypeError: __bytes__ returned non-bytes (type str)

# Which right operands count as a mapping with no format specs: bytes
# formatting excludes str, bytes and bytearray (an argument left over), str
# formatting only str.
def leftover(fmt, arg):
    try:
        return repr(fmt % arg)
    except TypeError as e:
        return str(e)
print(leftover(b'abc', 'x'))         # expect: not all arguments converted during bytes formatting
print(leftover(b'abc', ''))          # expect: not all arguments converted during bytes formatting
print(leftover(b'abc', b'x'))        # expect: not all arguments converted during bytes formatting
print(leftover(b'abc', bytearray())) # expect: not all arguments converted during bytes formatting
print(leftover(b'abc', {}))          # expect: b'abc'
print(leftover(b'abc', []))          # expect: b'abc'
print(leftover('abc', 'x'))          # expect: not all arguments converted during string formatting
print(leftover('abc', b'x'))         # expect: 'abc'
print(leftover('abc', bytearray()))  # expect: 'abc'
