# abs, round, divmod, pow, sum, min, max, hex/oct/bin, chr/ord.
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-10**30))  # expect: 5 5 2.5 1 1000000000000000000000000000000


class Vec:
    def __init__(self, x):
        self.x = x

    def __abs__(self):
        return self.x * 10

    def __round__(self, n=None):
        return ("round", n)


print(abs(Vec(3)))  # expect: 30
print(round(2.5), round(3.5), round(-0.5), round(7))  # expect: 2 4 0 7
print(round(3.14159, 2), round(1234, -2), round(2.675, 2))  # expect: 3.14 1200 2.67
print(round(Vec(1)), round(Vec(1), 3))  # expect: ('round', None) ('round', 3)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)  # expect: int float
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2))  # expect: (3, 1) (-4, 1) (-4, -1)
print(divmod(7.5, 2), divmod(10**20, 7))  # expect: (3.0, 1.5) (14285714285714285714, 2)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))  # expect: 1024 0.5 8.0
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, -5))  # expect: 24 5 -3
print(pow(base=2, exp=5))  # expect: 32
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.5, 0.25]))  # expect: 6 16 5 0.75
print(sum([[1], [2]], []), sum((1, 2.5)), sum(range(101)))  # expect: [1, 2] 3.5 5050
print(sum([1, 2], start=10), sum([2**62, 2**62]))  # expect: 13 9223372036854775808
print(sum([0.1] * 10))  # expect: 0.9999999999999999
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"))  # expect: 1 3 2 o
print(min([3, 1], key=lambda v: -v), max(["a", "bbb", "cc"], key=len))  # expect: 3 bbb
print(min([], default=7), max([], default=None), max([1], default=0))  # expect: 7 None 1
print(max([1, 3, 3.0], key=None), min((2, 'x'), (1, 'y')))  # expect: 3 (1, 'y')
print(max(1, 2, key=lambda v: -v))  # expect: 1
print(hex(255), hex(-255), hex(0), hex(2**70))  # expect: 0xff -0xff 0x0 0x400000000000000000
print(oct(8), oct(-8), bin(5), bin(-5), bin(0))  # expect: 0o10 -0o10 0b101 -0b101 0b0
print(chr(97), chr(0x263A), chr(0x1F600) == "\U0001F600", ord("a"), ord("☺"), ord(b"A"))  # expect: a ☺ True 97 9786 65
print(ord(chr(0x10FFFF)), ord(bytearray(b"z")))  # expect: 1114111 122


class Idx:
    def __index__(self):
        return 10


print(hex(Idx()), chr(Idx() .__index__() + 55))  # expect: 0xa A
