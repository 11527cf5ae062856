# The eval loop's float fast paths (a temporary's box reused for the result,
# C pow for a positive base) give CPython's results and errors.
x = 2.0
print(x ** -1.5, 2 ** 0.5, 4.0 ** 0.5, 10.0 ** 2)
print(float("inf") ** -1, float("nan") ** 0, 1.0 ** float("nan"), 0.5 ** 1e6)
try:
    print(1e308 ** 2)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
a = 1.25
b = (a * 2.0 + a) * (a - 0.25) / 2.0
print(a, b)
v = [1.0, 2.0]
v[0] -= 0.5 * v[1]
v[1] += v[0] * v[0]
print(v)
t = 3.0
u = t
t += 1.0
print(t, u)
# expect: 0.3535533905932738 1.4142135623730951 2.0 100.0
# expect: 0.0 1.0 1.0 0.0
# expect: OverflowError (34, 'Numerical result out of range')
# expect: ZeroDivisionError 0.0 cannot be raised to a negative power
# expect: 1.25 1.875
# expect: [0.0, 2.0]
# expect: 4.0 3.0
