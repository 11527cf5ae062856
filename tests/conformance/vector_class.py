# Operator overloading: a 2-D vector and a fraction class with total ordering.
import math

class Vec:
    __slots_doc__ = "x and y"

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __iter__(self):
        yield self.x
        yield self.y

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(num, den) * (1 if den > 0 else -1)
        self.num, self.den = num // g, den // g

    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.num * o.num, self.den * o.den)

    def __truediv__(self, o):
        return Frac(self.num * o.den, self.den * o.num)

    def __lt__(self, o):
        return self.num * o.den < o.num * self.den

    def __eq__(self, o):
        return (self.num, self.den) == (o.num, o.den)

    def __float__(self):
        return self.num / self.den

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)

    __repr__ = __str__

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, -a, abs(a), a * b)
print(a == Vec(3, 4), a != b, bool(Vec(0, 0)), list(a), len({a, Vec(3, 4), b}))
x, y = a
print(x, y, sum(Vec(i, i) * 1 for i in range(3)) if False else "skip")
h = sum([Frac(1, n) for n in range(1, 11)], Frac(0))
print(h, float(h), Frac(3, 4) < Frac(4, 5), Frac(2, 4) == Frac(1, 2))
print(sorted([Frac(1, 3), Frac(1, 2), Frac(1, 5), Frac(2, 3)]))
print(Frac(6, -8), Frac(1, 2) * 4, Frac(1, 2) / Frac(1, 4), 1 + Frac(1, 2))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
