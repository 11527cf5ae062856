# the math module: constants and float functions
import math

def err(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)  # expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf nan -inf
print(math.sqrt(2), math.sqrt(16), math.sqrt(10 ** 20), math.sqrt(float("inf")), math.sqrt(True))  # expect: 1.4142135623730951 4.0 10000000000.0 inf 1.0
print(math.exp(1), math.exp(-1000), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27))  # expect: 2.718281828459045 0.0 1024.0 1.00000000005e-10 9.999999999500001e-11 3.0000000000000004
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(10 ** 400), math.log(10 ** 400, 10), math.log(True))  # expect: 1.0 3.0 2.0 921.0340371976182 399.99999999999994 0.0
print(math.log2(8), math.log2(2 ** 2000), math.log10(0.001), math.log10(10 ** 500), math.log(2.0 ** -1074))  # expect: 3.0 2000.0 -3.0 500.0 -744.4400719213812
print(math.sin(0), math.cos(0), math.tan(1), math.asin(1), math.acos(-1), math.atan(1), math.atan2(-0.0, -1))  # expect: 0.0 1.0 1.5574077246549023 1.5707963267948966 3.141592653589793 0.7853981633974483 -3.141592653589793
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))  # expect: 1.1752011936438014 1.5430806348152437 0.7615941559557649 0.881373587019543 1.3169578969248166 0.5493061443340548
print(math.erf(1), math.erfc(1), math.gamma(0.5), math.gamma(5), math.lgamma(10), math.lgamma(-0.5), math.gamma(-0.5))  # expect: 0.8427007929497149 0.15729920705028513 1.7724538509055159 24.0 12.801827480081467 1.265512123484645 -3.544907701811032
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.copysign(1, -0.0), math.copysign(2, 3))  # expect: 180.0 3.141592653589793 3.0 -1.0 2.0
print(math.fmod(-7, 3), math.fmod(7, float("inf")), math.remainder(7, 2), math.remainder(5, 3))  # expect: -1.0 7.0 -1.0 -1.0
print(math.modf(3.5), math.modf(-3.5), math.modf(float("inf")), math.frexp(8.0), math.frexp(0.0), math.frexp(-0.1))  # expect: (0.5, 3.0) (-0.5, -3.0) (0.0, inf) (0.5, 4) (0.0, 0) (-0.8, -3)
print(math.ldexp(1.5, 3), math.ldexp(1, -1080), math.ldexp(0.0, 10 ** 30), math.ldexp(1, -(10 ** 30)))  # expect: 12.0 0.0 0.0 0.0
print(math.pow(2, 0.5), math.pow(2, 10), math.pow(float("nan"), 0), math.pow(-2, float("inf")), math.pow(0, 0))  # expect: 1.4142135623730951 1024.0 1.0 inf 1.0
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")), math.isnan(1), math.isinf(10 ** 300))  # expect: True True True False False
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(1, 1.1, abs_tol=0.2))  # expect: True False True True
print(math.isclose(float("inf"), float("inf")), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))  # expect: True False True
print(math.hypot(), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(-3), math.hypot(float("inf"), float("nan")))  # expect: 0.0 5.0 13.0 3.0 inf
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]), math.dist([0], [-5]))  # expect: 5.0 1.7320508075688772 5.0
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))  # expect: 1.0 0.9999999999999999 1e-100 0.0
print(math.fsum([float("inf"), 1]), math.fsum(range(10)), math.fsum([1e308, -1e308, 1.0]))  # expect: inf 45.0 1.0
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1.0), math.ulp(0.0), math.ulp(float("inf")))  # expect: 1.0000000000000002 -5e-324 2.220446049250313e-16 5e-324 inf
