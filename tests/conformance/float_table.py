# Fixed-point and floating-point formatting tables: an amortization schedule
# in integer cents, float repr/str/hex round trips, rounding modes compared,
# and every format type side by side.

def amortize(principal_cents, annual_rate_bp, months):
    """Monthly payment schedule using integer cents and basis points."""
    r_num, r_den = annual_rate_bp, 12 * 10000
    # payment = P * r / (1 - (1 + r)^-n), computed exactly with integers
    num = principal_cents * r_num * (r_den + r_num) ** months
    den = r_den * ((r_den + r_num) ** months - r_den ** months)
    payment = -(-num // den)  # round up to the next cent
    balance = principal_cents
    rows = []
    for month in range(1, months + 1):
        interest = (balance * r_num + r_den // 2) // r_den
        principal = min(payment - interest, balance)
        balance -= principal
        rows.append((month, payment if balance else principal + interest, interest, principal, balance))
    return rows


def cents(c):
    sign = "-" if c < 0 else ""
    d, m = divmod(abs(c), 100)
    return f"{sign}{d:,}.{m:02d}"


print(f"{'Month':>5} {'Payment':>12} {'Interest':>10} {'Principal':>12} {'Balance':>14}")
rows = amortize(25_000_00, 675, 12)
for month, pay, interest, principal, balance in rows:
    print(f"{month:>5} {cents(pay):>12} {cents(interest):>10} {cents(principal):>12} {cents(balance):>14}")
print(f"{'total':>5} {cents(sum(r[1] for r in rows)):>12} {cents(sum(r[2] for r in rows)):>10}")
print()

values = [0.1, 0.5, 1 / 3, 2 / 3, 1e16, 1e-7, 123456.789, 2.675, -0.0, 5e-324, 1.7976931348623157e308,
          0.1 + 0.2, 2 ** 0.5, 1e22, 9007199254740993.0]
print(f"{'repr':>24} {'str':>24} {'hex':>24} {'is_int':>6} ratio-den-bits")
for v in values:
    n, d = v.as_integer_ratio()
    assert float.fromhex(v.hex()) == v and float(repr(v)) == v
    print(f"{v!r:>24} {str(v):>24} {v.hex():>24} {v.is_integer()!s:>6} {d.bit_length()}")
print()

specs = ["", "e", "E", "f", "F", "g", "G", "%", ".3", ".3e", ".3f", ".3g", ".0f", "#.0f", ".2%", "+.4g",
         " 010.2f", "*^12.4", ",.2f", "_.1f", "<12g", "=+12.3e", "z.1f", "#g", ".17g"]
samples = [3.14159265358979, -2.5, 1234567.891, 0.000123456, 1e100, float("inf"), float("nan"), -0.0001]
for spec in specs:
    cells = []
    for x in samples:
        cells.append(format(x, spec))
    print(f"{spec!r:>10}: " + " | ".join(cells))
print()

print("rounding:")
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1.005, 1234.5678]:
    print(f"  {x!r:>9} round={round(x)!r:>5} r1={round(x, 1)!r:>7} r2={round(x, 2)!r:>8} "
          f"r-1={round(x, -1)!r:>7} .2f={x:.2f} %.1f={'%.1f' % x} int={int(x)}")
print("ints:", round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(2**70 + 5, -1) % 1000)
print()

print("printf:", "%8.3f|%-8.2e|%+g|%G|%08.3f|%.0f|%#.0f|%5.1f%%" % (3.14159, 31415.9, 1e-5, 1e-5, -3.14159, 2.5, 2.5, 99.44))
print("bytes:", b"%.2f %5.1e %g" % (2.675, 12345.678, 0.0001))
print("sum:", sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]) == 0.6, sum(range(10), 0.5))
print("minmax:", min([3.5, float("inf"), -2.0]), max([1, 1.0]), max([1.0, 1]), sorted([2, 1.5, True, -0.0, 0]))
print("divmod:", divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), 7.5 // -2, -7.5 % 2, 1e308 * 10, -1e308 * 10)
print("inf/nan:", float("inf") - float("inf"), float("inf") > 1e308, float("nan") == float("nan"),
      [float("nan")] == [float("nan")], 1 / float("inf"), -1 / float("inf"))
print("hash:", hash(1.0) == hash(1) == hash(True), hash(0.5), hash(-0.0), len({1, 1.0, True, 2, 2.0}))
