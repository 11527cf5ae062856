# Binary search variants, bisection for roots, and integer square roots.
def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_root(f, lo, hi, tol=1e-12):
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

xs = sorted([7, 1, 3, 3, 3, 9, 12, 15, 15, 20])
for t in (0, 3, 4, 15, 25):
    print(t, lower_bound(xs, t), upper_bound(xs, t), upper_bound(xs, t) - lower_bound(xs, t))
print(f"{bisect_root(lambda x: x * x - 2, 0, 2):.10f}", f"{bisect_root(lambda x: x ** 3 - x - 1, 1, 2):.10f}")
print(isqrt(10 ** 30), isqrt(2 ** 127 - 1), isqrt(99))
