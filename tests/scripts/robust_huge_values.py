# Huge ints and sizes: the 4300-digit str/int limit, MemoryError or
# OverflowError for impossible sizes, long strings.

# --- big_pow
x = 2**100000
print(x.bit_length(), (x*x).bit_length(), (x//3) % 1000, len(hex(x)))

# --- big_str
x = 10**5000
try: str(x)
except ValueError as e: print(e)

# --- big_int_parse
try: int('9'*5000)
except ValueError as e: print(e)

# --- big_repr
try: repr(10**5000)
except ValueError as e: print(e)

# --- big_fstr
try: f'{10**5000}'
except ValueError as e: print(e)

# --- big_print
try: print(10**5000)
except ValueError as e: print(e)

# --- str_mul_huge
try: 'x' * (2**62)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- str_mul_huge2
try: 'xy' * (2**62)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- list_mul_huge
try: [0] * (2**62)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- list_mul_huge2
try: [0, 1] * (2**62)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- tuple_mul_huge
try: (0,) * (2**62)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- bytes_mul_huge
try: b'x' * (2**62)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- str_mul_huger
try: 'x' * (2**70)
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- list_imul_huge
l = [0]
try: l *= 2**62
except (MemoryError, OverflowError) as e: print(type(e).__name__, e)

# --- long_string
s = 'a' * 10000000
print(len(s), len(s.upper()), s.count('a'), len(s.split('b')[0]))

# --- str_mul_neg
print(repr('x' * -5), [1] * -3, (1,) * -2, b'x' * -1)

# --- big_tuple_compare
a = tuple(range(10**6)); b = tuple(range(10**6))
print(a == b, a < b, hash(a) == hash(b))

# --- bytes_count_huge: bytes(n) and bytearray(n) of impossible sizes
for t in (bytes, bytearray):
    try: t(2**62)
    except (MemoryError, OverflowError) as e: print(t.__name__, type(e).__name__)

# --- gmp_limit: results past GMP's size limit raise MemoryError, not abort
for expr in ("1 << 2**40", "1 << 2**38", "-3 << (2**38 - 1)"):
    try: eval(expr)
    except MemoryError as e: print("MemoryError", expr)

# --- sized_huge: a sized iterable too big for memory fails at once
for expr in ("list(range(2**40))", "tuple(range(2**40))", "sorted(range(2**40))", "[*range(2**40)]",
             "[].extend(range(2**40))", "list(range(2**64))"):
    try: eval(expr)
    except (MemoryError, OverflowError) as e: print(type(e).__name__, expr, e)

# --- huge_shift
try: 1 << (2**70)
except (OverflowError, MemoryError) as e: print(type(e).__name__, e)
print(1 >> 2**70, (-1) >> 2**70)
try: 1 << -1
except ValueError as e: print(e)
# --- padding to impossible widths
for f in [lambda: 'abc'.center(2**62), lambda: 'a'.zfill(2**62), lambda: 'a'.ljust(2**62, 'é'), lambda: b'x' * (2**62)]:
    try: f()
    except MemoryError: print('MemoryError')
print('ab'.center(7, 'é'), '-5'.zfill(5), 'x'.rjust(3))
# expect: 100001 200001 125 25003
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: MemoryError 
# expect: OverflowError repeated string is too long
# expect: MemoryError 
# expect: MemoryError 
# expect: MemoryError 
# expect: MemoryError 
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: MemoryError 
# expect: 10000000 10000000 10000000 10000000
# expect: '' [] () b''
# expect: True False True
# expect: bytes MemoryError
# expect: bytearray MemoryError
# expect: MemoryError 1 << 2**40
# expect: MemoryError 1 << 2**38
# expect: MemoryError -3 << (2**38 - 1)
# expect: MemoryError list(range(2**40)) 
# expect: MemoryError tuple(range(2**40)) 
# expect: MemoryError sorted(range(2**40)) 
# expect: MemoryError [*range(2**40)] 
# expect: MemoryError [].extend(range(2**40)) 
# expect: OverflowError list(range(2**64)) Python int too large to convert to C ssize_t
# expect: OverflowError too many digits in integer
# expect: 0 -1
# expect: negative shift count
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: MemoryError
# expect: éééabéé -0005   x
