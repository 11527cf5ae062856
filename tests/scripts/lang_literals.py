# literals and constant expressions
print(0x1F, 0o17, 0b101, 1_000_000)  # expect: 31 15 5 1000000
print(10 ** 30)  # expect: 1000000000000000000000000000000
print(-2 ** 2, (-2) ** 2, 2 ** -1)  # expect: -4 4 0.5
print(1.5e3, .5, 5., 1e-3)  # expect: 1500.0 0.5 5.0 0.001
print(0.0, -0.0, 1 == 1.0, 1 is True)  # expect: 0.0 -0.0 True False
print(type(1), type(1.0), type(True))  # expect: <class 'int'> <class 'float'> <class 'bool'>
print((1, 1.0, True), (0.0, -0.0))  # expect: (1, 1.0, True) (0.0, -0.0)
print("a" "b" 'c', r"\n", len("\n"))  # expect: abc \n 1
print("tab\there", "uni\u00e9", "\x41")  # expect: tab	here unié A
print(b"bytes", b"\x00\xff", rb"\d")  # expect: b'bytes' b'\x00\xff' b'\\d'
print("""triple
quoted""")
# expect: triple
# expect: quoted
print(None, True, False, ...)  # expect: None True False Ellipsis
print([], {}, (), set())  # expect: [] {} () set()
print([1, [2, [3]]], {"k": (1,)}, {1, 2})  # expect: [1, [2, [3]]] {'k': (1,)} {1, 2}
print((1,), (1, 2), ((),))  # expect: (1,) (1, 2) ((),)
print(-(-5), +3, ~5, not 1)  # expect: 5 3 -6 False
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2)  # expect: 3 -4 1 2 3.5
print(1 << 70, 255 >> 4, 6 & 3, 6 | 3, 6 ^ 3)  # expect: 1180591620717411303424 15 2 7 5
print(2 + 3 * 4 ** 2 // 5 - 1)  # expect: 10
print("x" * 3, [0] * 2, 3 * (1,))  # expect: xxx [0, 0] (1, 1, 1)
t = (1, 2, 3)
print(t[::-1], "hello"[1:4], [1, 2, 3, 4][::2])  # expect: (3, 2, 1) ell [1, 3]
print("hello"[-1], t[-2:], t[:10])  # expect: o (2, 3) (1, 2, 3)
s = slice(1, None)
print([9, 8, 7][s])  # expect: [8, 7]
print(18446744073709551616 - 1)  # expect: 18446744073709551615
print(0xFFFFFFFFFFFFFFFFFF)  # expect: 4722366482869645213695
print(-9223372036854775808, 4611686018427387904)  # expect: -9223372036854775808 4611686018427387904
print(1e400, -1e400)  # expect: inf -inf
print(0.1 + 0.2)  # expect: 0.30000000000000004
big = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]
print(len(big), sum(big))  # expect: 33 561
dd = {1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i", 10: "j", 11: "k", 12: "l", 13: "m", 14: "n", 15: "o", 16: "p", 17: "q", 18: "r"}
print(len(dd), dd[18])  # expect: 18 r
x = 5
print([x, x + 1, *[x + 2]], (x, *(), x))  # expect: [5, 6, 7] (5, 5)
print({"a": 1, **{"b": 2}, "c": 3})  # expect: {'a': 1, 'b': 2, 'c': 3}
print(("a", 1) == ("a", 1), (1.0, 2) == (1, 2.0))  # expect: True True
