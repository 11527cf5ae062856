# Operator overloading: forward, reflected, in-place, NotImplemented, unary.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __and__(self, o):
        return V(self.x & o, self.y & o)
    def __or__(self, o):
        return V(self.x | o, self.y | o)
    def __xor__(self, o):
        return V(self.x ^ o, self.y ^ o)

a, b = V(1, 2), V(3, 4)
print(a + b, a + 10, 10 + a)  # expect: V(4, 6) V(11, 12) V(11, 12)
print(b - a, a * 3, 3 * a)  # expect: V(2, 2) V(3, 6) V(3, 6)
print(b / 2, b // 2, b % 2, a ** 2)  # expect: V(1.5, 2.0) V(1, 2) V(1, 0) V(1, 4)
print(a @ b, -a, +a, abs(V(3, 4)), ~a)  # expect: 11 V(-1, -2) V(1, 2) 5.0 V(2, 1)
print(a << 2, b >> 1, b & 1, a | 4, a ^ 3)  # expect: V(4, 8) V(1, 2) V(1, 0) V(5, 6) V(2, 1)

# in-place: without __iadd__ falls back to __add__ (new object)
c = a
c += b
print(c, a, c is a)  # expect: V(4, 6) V(1, 2) False

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        return NotImplemented
    def __sub__(self, x):
        return "sub fallback"
acc = Acc()
same = acc
acc += 1
acc += 2
print(acc.items, acc is same)  # expect: [1, 2] True
acc -= 5
print(acc)  # expect: sub fallback

# NotImplemented on both sides -> TypeError
try:
    a * None
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for *: 'V' and 'NoneType'
try:
    "s" * a
except TypeError as e:
    print(e)  # expect: can't multiply sequence by non-int of type 'V'
try:
    a - 1
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'x'

# a subclass overriding the reflected method is tried first
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return "Num.__add__"
    def __radd__(self, o):
        return "Num.__radd__"
class SubNum(Num):
    def __radd__(self, o):
        return "SubNum.__radd__"
print(Num(1) + SubNum(2))  # expect: SubNum.__radd__
print(SubNum(1) + Num(2))  # expect: Num.__add__
class SubNoOverride(Num):
    pass
print(Num(1) + SubNoOverride(2))  # expect: Num.__add__

# reflected with builtins: int + X uses X.__radd__
class R:
    def __radd__(self, o):
        return f"radd({o})"
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rpow__(self, o):
        return f"rpow({o})"
    def __rmatmul__(self, o):
        return "rmatmul"
print(1 + R(), 2 - R(), 2 ** R(), [1] @ R())  # expect: radd(1) rsub(2) rpow(2) rmatmul
print(sum([R()], 5) if False else 5 + R())  # expect: radd(5)

# a subclass of int keeps int behaviour, overrides what it defines
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 100)
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(5)
print(m + 1, 1 + m, m * 2, m - 1)  # expect: MyInt(106) 6 10 4
print(isinstance(m, int), m == 5, hash(m) == hash(5))  # expect: True True True

# unary errors
class Empty:
    pass
for op in (lambda x: -x, lambda x: +x, lambda x: ~x):
    try:
        op(Empty())
    except TypeError as e:
        print(e)
# expect: bad operand type for unary -: 'Empty'
# expect: bad operand type for unary +: 'Empty'
# expect: bad operand type for unary ~: 'Empty'
