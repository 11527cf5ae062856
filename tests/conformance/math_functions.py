# The math module against python3, with formatting to keep output stable.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.isqrt(10 ** 20 + 1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.gcd(84, 36), math.gcd(0, 5), math.lcm(4, 6, 10), math.factorial(25))
print(math.comb(52, 5), math.perm(10, 3), math.fabs(-3), math.copysign(1.0, -0.0))
print(f"{math.sin(math.pi / 6):.12f} {math.cos(0):.1f} {math.atan2(1, 1):.12f}")
print(math.log(math.e ** 3), math.log(1024, 2), math.log10(1000), math.log2(2 ** 60))
print(math.exp(1), math.pow(2, 0.5), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.isfinite(1e308), math.isinf(float("inf")), math.isnan(float("nan")))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
print(math.prod(range(1, 11)), math.dist((0, 0), (3, 4)))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(math.log(10 ** 400) > 900, math.floor(1e20), math.ceil(2 ** 70 / 3))
