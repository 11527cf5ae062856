# UTF-16/UTF-32 codecs (BOM, byte orders, surrogate pairs) and the
# backslashreplace / xmlcharrefreplace error handlers
print('h€llo😀'.encode('utf-16'), 'ab'.encode('utf-16-be'), 'a😀'.encode('utf-16-le'))  # expect: b'\xff\xfeh\x00\xac l\x00l\x00o\x00=\xd8\x00\xde' b'\x00a\x00b' b'a\x00=\xd8\x00\xde'
print('a😀'.encode('utf-32'), 'a'.encode('utf_32_be'), ''.encode('utf-16'), 'x'.encode('UTF-16LE'))  # expect: b'\xff\xfe\x00\x00a\x00\x00\x00\x00\xf6\x01\x00' b'\x00\x00\x00a' b'\xff\xfe' b'x\x00'
print(b'\xff\xfeh\x00i\x00'.decode('utf-16'), b'\xfe\xff\x00h\x00i'.decode('utf-16'), b'=\xd8\x00\xde'.decode('utf-16-le'))  # expect: hi hi 😀
print(b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'), 'naïve ✓'.encode('utf-32-le').decode('utf-32-le'), str(b'\x00a', 'utf-16-be'))  # expect: a naïve ✓ a
print('é€😀'.encode('ascii', 'backslashreplace'), 'é€😀x'.encode('ascii', 'xmlcharrefreplace'), 'é€'.encode('latin-1', 'backslashreplace'))  # expect: b'\\xe9\\u20ac\\U0001f600' b'&#233;&#8364;&#128512;x' b'\xe9\\u20ac'
print(b'a\xff\xfeb'.decode('utf-8', 'backslashreplace'), b'a\xffb'.decode('ascii', 'backslashreplace'), '\ud800a'.encode('utf-8', 'xmlcharrefreplace'))  # expect: a\xff\xfeb a\xffb b'&#55296;a'
print(b'\x00\xd8\x00\xd8'.decode('utf-16-le', 'replace'), b'a\x00\x00\xd8b'.decode('utf-16-le', 'backslashreplace'), 'a\ud800b'.encode('utf-16', 'replace'))  # expect: �� a\x00\xd8\x62 b'\xff\xfea\x00?\x00b\x00'
def show(f):
    try:
        print(f())
    except (UnicodeError, TypeError, LookupError) as e:
        print(type(e).__name__ + ':', e)
print('errors:')  # expect: errors:
show(lambda: b'a\x00b'.decode('utf-16-le'))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data
show(lambda: b'\x00\xd8a\x00'.decode('utf-16-le'))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate
show(lambda: b'\x00\xdca\x00'.decode('utf-16-le'))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding
show(lambda: b'a\x00\x00\xd8b'.decode('utf-16-le'))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 2-4: unexpected end of data
show(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))  # expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)
show(lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))  # expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)
show(lambda: b'a'.decode('utf-16'))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data
show(lambda: 'a\ud800\udc00'.encode('utf-16-be'))  # expect: UnicodeEncodeError: 'utf-16-be' codec can't encode character '\ud800' in position 1: surrogates not allowed
show(lambda: b'\xff'.decode('ascii', 'xmlcharrefreplace'))  # expect: TypeError: don't know how to handle UnicodeDecodeError in error callback
show(lambda: b'\x00\xd8'.decode('utf-16-le', 'xmlcharrefreplace'))  # expect: TypeError: decoding with 'utf-16-le' codec failed (TypeError: don't know how to handle UnicodeDecodeError in error callback)
show(lambda: 'a\ud800'.encode('utf-16-be', 'nope'))  # expect: LookupError: encoding with 'utf-16-be' codec failed (LookupError: unknown error handler name 'nope')
show(lambda: 'x'.encode('utf16le'))  # expect: LookupError: unknown encoding: utf16le
