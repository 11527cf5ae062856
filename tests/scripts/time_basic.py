# The time module: types and monotonicity only (no timing assertions).
import time
t = time.time()
print(type(t).__name__, t > 1.6e9)  # expect: float True
print(type(time.time_ns()).__name__, time.time_ns() > 1600000000 * 10**9)  # expect: int True
a = time.perf_counter()
b = time.perf_counter()
print(type(a).__name__, b >= a)  # expect: float True
a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b >= a, b - a > 0.0)  # expect: True True
a = time.monotonic_ns()
b = time.monotonic_ns()
print(type(a).__name__, b >= a)  # expect: int True
print(type(time.perf_counter_ns()).__name__)  # expect: int
p = time.process_time()
q = time.process_time()
print(type(p).__name__, q >= p, type(time.process_time_ns()).__name__)  # expect: float True int
print(time.sleep(0), time.sleep(0.001))  # expect: None None
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print(e)
# expect: sleep length must be non-negative
# expect: sleep length must be non-negative
try:
    time.sleep("1")
except TypeError as e:
    print(e)  # expect: 'str' object cannot be interpreted as an integer
try:
    time.sleep(float("nan"))
except ValueError as e:
    print(e)  # expect: Invalid value NaN (not a number)
g = time.gmtime(0)
print(g)  # expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
print(g.tm_year, g.tm_mon, g[0], g[6], len(g), tuple(g)[:3])  # expect: 1970 1 1970 3 9 (1970, 1, 1)
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, len(rest))  # expect: 1971 1 1 6
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))  # expect: 2023-11-14 22:13:20
print(time.asctime(time.gmtime(0)))  # expect: Thu Jan  1 00:00:00 1970
print(time.localtime().tm_year >= 2024, type(time.ctime()).__name__)  # expect: True str
lt = time.localtime(1700000000)
print(time.mktime(lt))  # expect: 1700000000.0
