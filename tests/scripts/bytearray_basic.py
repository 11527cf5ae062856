# bytearray: the mutable byte string
a = bytearray(b"abc")
print(a, bytearray(), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), len(a))  # expect: bytearray(b'abc') bytearray(b'') bytearray(b'\x00\x00\x00') bytearray(b'\x01\x02') bytearray(b'h\xc3\xa9') 3
a.append(100)
a.extend(b"ef")
a.extend([103, 104])
print(a, a[0], a[-1], a[1:3], a[::-1])  # expect: bytearray(b'abcdefgh') 97 104 bytearray(b'bc') bytearray(b'hgfedcba')
a[0] = 65
print(a, a.pop(), a.pop(0), a)  # expect: bytearray(b'bcdefg') 104 65 bytearray(b'bcdefg')
a.insert(0, 90)
a.insert(100, 89)
a.insert(-1, 88)
print(a)  # expect: bytearray(b'ZbcdefgXY')
a.remove(100)
print(a)  # expect: bytearray(b'ZbcefgXY')
del a[0]
print(a)  # expect: bytearray(b'bcefgXY')
a[1:3] = b"XYZ"
print(a)  # expect: bytearray(b'bXYZfgXY')
a[::2] = b"...."
print(a)  # expect: bytearray(b'.X.Z.g.Y')
del a[1:3]
print(a)  # expect: bytearray(b'.Z.g.Y')
a += b"!!"
print(a)  # expect: bytearray(b'.Z.g.Y!!')
c = a.copy()
c.reverse()
print(c, a == c, a == bytes(a), bytes(a), a.decode())  # expect: bytearray(b'!!Y.g.Z.') False True b'.Z.g.Y!!' .Z.g.Y!!
c.clear()
print(c, len(c), bool(c))  # expect: bytearray(b'') 0 False
print(bytearray(b"x y").split(), bytearray(b"Ab").upper(), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))  # expect: [bytearray(b'x'), bytearray(b'y')] bytearray(b'AB') bytearray(b'ab') b'ab'
print(bytearray(b"abc").find(b"c"), b"b" in bytearray(b"abc"), list(bytearray(b"hi")), bytearray(b"ab") * 2)  # expect: 2 True [104, 105] bytearray(b'abab')
print(bytearray.fromhex("41 42"), bytearray(b"\x00\xff").hex())  # expect: bytearray(b'AB') 00ff
print(bytearray(b"it's"), bytearray(b'"'))  # expect: bytearray(b"it\'s") bytearray(b'"')
for expr in ['bytearray(b"ab").pop(5)', 'bytearray().pop()', 'bytearray(b"a").append(256)',
             'bytearray(b"a").append("a")', 'bytearray(b"abc").remove(120)', 'bytearray(b"abc").insert(1, 300)',
             'bytearray(5).extend(5)', 'bytearray(b"a").extend([300])', 'bytearray("a")', 'bytearray(b"a")[3]',
             'bytearray(b"a")["x"]']:
    try:
        print(eval(expr))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# expect: IndexError: pop index out of range
# expect: IndexError: pop from empty bytearray
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: ValueError: value not found in bytearray
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: can't extend bytearray with int
# expect: ValueError: byte must be in range(0, 256)
# expect: TypeError: string argument without an encoding
# expect: IndexError: bytearray index out of range
# expect: TypeError: bytearray indices must be integers or slices, not str
x = bytearray(b"ab")
try:
    x[0] = 300
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: byte must be in range(0, 256)
try:
    x[::2] = b"abc"
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: attempt to assign bytes of size 3 to extended slice of size 1
print(hash(bytearray(b"x")))  # expect error: TypeError: unhashable type: 'bytearray'
