# the math module: domain, range and type errors with CPython's messages
import math

def err(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(err(math.sqrt, -1), "|", err(math.sqrt, "x"), "|", err(math.sqrt, None), "|", err(math.sqrt, 10 ** 400))  # expect: ValueError: math domain error | TypeError: must be real number, not str | TypeError: must be real number, not NoneType | OverflowError: int too large to convert to float
print(err(math.sqrt), "|", err(math.sqrt, 1, 2), "|", err(math.sqrt, x=1))  # expect: TypeError: math.sqrt() takes exactly one argument (0 given) | TypeError: math.sqrt() takes exactly one argument (2 given) | TypeError: math.sqrt() takes no keyword arguments
print(err(math.atan2, 1), "|", err(math.pow, 1), "|", err(math.copysign, 1, 2, 3))  # expect: TypeError: atan2 expected 2 arguments, got 1 | TypeError: pow expected 2 arguments, got 1 | TypeError: copysign expected 2 arguments, got 3
print(err(math.exp, 1000), "|", err(math.exp, 10 ** 400), "|", err(math.expm1, 1000), "|", err(math.exp2, 5000))  # expect: OverflowError: math range error | OverflowError: int too large to convert to float | OverflowError: math range error | OverflowError: math range error
print(err(math.log, 0), "|", err(math.log, -1), "|", err(math.log, 0.0), "|", err(math.log, -(10 ** 400)))  # expect: ValueError: math domain error | ValueError: math domain error | ValueError: math domain error | ValueError: math domain error
print(err(math.log, 1, 1), "|", err(math.log, 2, 0), "|", err(math.log, 10, -1), "|", err(math.log, "x"))  # expect: ZeroDivisionError: float division by zero | ValueError: math domain error | ValueError: math domain error | TypeError: must be real number, not str
print(err(math.log), "|", err(math.log, 1, 2, 3), "|", err(math.log2, 0), "|", err(math.log10, -5))  # expect: TypeError: math.log requires 1 to 2 arguments | TypeError: math.log requires 1 to 2 arguments | ValueError: math domain error | ValueError: math domain error
print(err(math.log1p, -1), "|", err(math.sin, float("inf")), "|", err(math.cos, float("-inf")), "|", err(math.tan, float("inf")))  # expect: ValueError: math domain error | ValueError: math domain error | ValueError: math domain error | ValueError: math domain error
print(err(math.asin, 2), "|", err(math.acos, -1.5), "|", err(math.acosh, 0.5), "|", err(math.atanh, 1))  # expect: ValueError: math domain error | ValueError: math domain error | ValueError: math domain error | ValueError: math domain error
print(err(math.cosh, 1000), "|", err(math.sinh, -1000), "|", err(math.gamma, 0), "|", err(math.gamma, -1))  # expect: OverflowError: math range error | OverflowError: math range error | ValueError: math domain error | ValueError: math domain error
print(err(math.gamma, 200), "|", err(math.gamma, 171.7), "|", err(math.lgamma, 0), "|", err(math.lgamma, -1), "|", err(math.lgamma, 1e308))  # expect: OverflowError: math range error | OverflowError: math range error | ValueError: math domain error | ValueError: math domain error | OverflowError: math range error
print(err(math.fmod, 5, 0), "|", err(math.fmod, float("inf"), 1), "|", err(math.remainder, 5, 0), "|", err(math.remainder, float("inf"), 2))  # expect: ValueError: math domain error | ValueError: math domain error | ValueError: math domain error | ValueError: math domain error
print(err(math.pow, 0, -1), "|", err(math.pow, -8, 1 / 3), "|", err(math.pow, 10, 400), "|", err(math.pow, "a", 2))  # expect: ValueError: math domain error | ValueError: math domain error | OverflowError: math range error | TypeError: must be real number, not str
print(err(math.ldexp, 1, 1024), "|", err(math.ldexp, 1, 2 ** 100), "|", err(math.ldexp, 1, 1.5))  # expect: OverflowError: math range error | OverflowError: math range error | TypeError: Expected an int as second argument to ldexp.
print(err(math.fsum, [1e308, 1e308]), "|", err(math.fsum, [float("inf"), -float("inf")]), "|", err(math.fsum, "x"))  # expect: OverflowError: intermediate overflow in fsum | ValueError: -inf + inf in fsum | TypeError: must be real number, not str
print(err(math.isclose, 1, 1.1, rel_tol=-1), "|", err(math.isclose, 1, 1.1, 0.2), "|", err(math.dist, (0,), (3, 4)))  # expect: ValueError: tolerances must be non-negative | TypeError: isclose() takes exactly 2 positional arguments (3 given) | ValueError: both points must have the same number of dimensions
print(math.isnan(math.fsum([float("nan"), 1.0])), math.sqrt(float("nan")), math.exp(float("-inf")), math.lgamma(float("-inf")))  # expect: True nan 0.0 inf
print(err(math.degrees, "x"), "|", err(math.hypot, "x"), "|", err(math.hypot, 1, y=2))  # expect: TypeError: must be real number, not str | TypeError: must be real number, not str | TypeError: math.hypot() takes no keyword arguments
