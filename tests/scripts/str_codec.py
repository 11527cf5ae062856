# encode / decode
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"))  # expect: b'h\xc3\xa9llo' b'h\xc3\xa9llo' b'abc'
print("héllo".encode("latin-1"), "日本".encode("utf8"), "x".encode(encoding="UTF-8"))  # expect: b'h\xe9llo' b'\xe6\x97\xa5\xe6\x9c\xac' b'x'
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "€".encode("latin-1", errors="replace"))  # expect: b'hllo' b'h?llo' b'?'
print(b"h\xc3\xa9llo".decode(), b"h\xe9llo".decode("latin-1"), b"abc".decode("ascii"))  # expect: héllo héllo abc
print(b"\xff\xfeabc".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"))  # expect: abc a�b
print(b"\xe6\x97\xa5\xe6\x9c\xac".decode("utf-8"), len(b"\xf0\x9f\x98\x80".decode()))  # expect: 日本 1
print(b"a\xf0\x9f\x98".decode(errors="replace"), b"\xe6\x41".decode(errors="replace"))  # expect: a� �A
print(b"\xff".decode("ascii", "replace"), bytearray(b"caf\xc3\xa9").decode())  # expect: � café
print(str(b"abc", "latin1"), "日本".encode().decode() == "日本")  # expect: abc True
for data, enc in [(b"\xff", "utf-8"), (b"\xe6\x97", "utf-8"), (b"\xe6\x41", "utf-8"),
                  (b"\xe6\x97\x41", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\xc0\x80", "utf-8"),
                  (b"a\xf0\x9f\x98", "utf-8"), (b"ab\x80", "ascii"), (b"x", "nope")]:
    try:
        print(data.decode(enc))
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe6 in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-3: unexpected end of data
# expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 2: ordinal not in range(128)
# expect: LookupError: unknown encoding: nope
for text, enc in [("é", "ascii"), ("aéé", "ascii"), ("€", "latin-1"), ("\ud800", "utf-8"), ("x", "nope")]:
    try:
        print(text.encode(enc))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
# expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)
# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
# expect: LookupError: unknown encoding: nope
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print("LookupError:", e)  # expect: LookupError: unknown error handler name 'bogus'
try:
    "x".encode(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: encode() argument 'encoding' must be str, not int
print(b"caf\xc3".decode())  # expect error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 3: unexpected end of data
