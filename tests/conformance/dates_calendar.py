# Calendar arithmetic by hand: leap years, day of week, days between dates.
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]

def ordinal(y, m, d):
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d

def weekday(y, m, d):
    return NAMES[(ordinal(y, m, d) - 1) % 7]

def month_calendar(y, m):
    lines = [f"{y}-{m:02d}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = (ordinal(y, m, 1) - 1) % 7
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)

print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
print(weekday(1969, 7, 20), weekday(2000, 1, 1), weekday(2026, 11, 25))
print(ordinal(2026, 11, 25) - ordinal(1991, 2, 20))
print(month_calendar(2026, 2))
print(month_calendar(2024, 2))
