# the math module: integer functions (exact, big) and rounding to int
import math

def err(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(math.floor(2.5), math.floor(-2.5), math.floor(-0.0), math.floor(True), math.floor(10 ** 20), math.floor(1e300))  # expect: 2 -3 0 1 100000000000000000000 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
print(math.ceil(2.1), math.ceil(-0.5), math.ceil(5), math.trunc(-2.7), math.trunc(3), math.trunc(2.0 ** 70))  # expect: 3 0 5 -2 3 1180591620717411303424

class Floorable:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"

print(math.floor(Floorable()), math.ceil(Floorable()), math.trunc(Floorable()))  # expect: floored ceiled truncated
print(math.factorial(0), math.factorial(5), math.factorial(30), len(str(math.factorial(1000))))  # expect: 1 120 265252859812191058636308480000000 2568
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30), math.isqrt(True), math.isqrt(2 ** 201))  # expect: 0 3 4 1000000000000000 1 1792728671193156477399422023278
print(math.gcd(), math.gcd(12), math.gcd(12, -18, 30), math.gcd(0, 0), math.gcd(2 ** 100, 2 ** 80 * 3), math.gcd(-4))  # expect: 0 12 6 0 1208925819614629174706176 4
print(math.lcm(), math.lcm(4, 6, -10), math.lcm(0, 5), math.lcm(2 ** 64, 3), math.lcm(-7))  # expect: 1 60 0 55340232221128654848 7
print(math.comb(5, 2), math.comb(5, 7), math.comb(50, 25), math.comb(10 ** 20, 2), math.comb(0, 0), math.comb(100, 97))  # expect: 10 0 126410606437752 4999999999999999999950000000000000000000 1 161700
print(math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(20), math.perm(5, None), math.perm(30, 10))  # expect: 120 20 0 2432902008176640000 120 109027350432000
print(math.prod([1, 2, 3]), math.prod([1.5, 2], start=2), math.prod([]), math.prod(range(1, 21)), math.prod([2] * 70))  # expect: 6 6.0 1 2432902008176640000 1180591620717411303424
print(err(math.factorial, 5.0), "|", err(math.factorial, -1), "|", err(math.factorial, "x"))  # expect: TypeError: 'float' object cannot be interpreted as an integer | ValueError: factorial() not defined for negative values | TypeError: 'str' object cannot be interpreted as an integer
print(err(math.factorial, 2 ** 100), "|", err(math.isqrt, -1), "|", err(math.isqrt, 2.0))  # expect: OverflowError: factorial() argument should not exceed 9223372036854775807 | ValueError: isqrt() argument must be nonnegative | TypeError: 'float' object cannot be interpreted as an integer
print(err(math.comb, 5, -1), "|", err(math.comb, -5, 1), "|", err(math.perm, 5, -2), "|", err(math.gcd, 1.5))  # expect: ValueError: k must be a non-negative integer | ValueError: n must be a non-negative integer | ValueError: k must be a non-negative integer | TypeError: 'float' object cannot be interpreted as an integer
print(err(math.floor, "x"), "|", err(math.floor, float("inf")), "|", err(math.ceil, float("nan")), "|", err(math.trunc, "x"))  # expect: TypeError: must be real number, not str | OverflowError: cannot convert float infinity to integer | ValueError: cannot convert float NaN to integer | TypeError: type str doesn't define __trunc__ method
print(err(math.prod, "ab"), "|", err(math.prod, 5))  # expect: TypeError: can't multiply sequence by non-int of type 'str' | TypeError: 'int' object is not iterable
