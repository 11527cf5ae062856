# subclasses of str, bytes and bytearray
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("héllo")
print(s, repr(s), s.shout(), len(s), s[1], s + "x", type(s).__name__, isinstance(s, str), s == "héllo")  # expect: héllo 'héllo' HÉLLO! 5 é héllox S True True
print(type(S("a") + "b").__name__, {s: 1}["héllo"], repr(S()), repr(S(b"ab", "ascii")), type(str(s)).__name__)  # expect: str 1 '' 'ab' str
print(s.split("l"), "-".join([S("a"), S("b")]), S("a,b").partition(","), "é" in s)  # expect: ['hé', '', 'o'] a-b ('a', ',', 'b') True
class B(bytes):
    pass
b = B(b"xy")
print(b, len(b), b[0], b + b"z", type(b).__name__, b == b"xy", b.upper(), B([65]))  # expect: b'xy' 2 120 b'xyz' B True b'XY' b'A'
class BA(bytearray):
    pass
a = BA(b"q")
a.append(65)
a.tag = 1
print(a, a.tag, type(a).__name__, a == b"qA")  # expect: BA(b'qA') 1 BA True
