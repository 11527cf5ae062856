# An ASCII Mandelbrot set: float arithmetic in nested loops.
def mandel(cx, cy, limit=60):
    x = y = 0.0
    for i in range(limit):
        x, y = x * x - y * y + cx, 2 * x * y + cy
        if x * x + y * y > 4.0:
            return i
    return limit

chars = " .:-=+*#%@"
inside = 0
for row in range(24):
    cy = -1.2 + row * 0.1
    line = []
    for col in range(64):
        cx = -2.1 + col * 0.045
        n = mandel(cx, cy)
        inside += n == 60
        line.append(chars[min(n, 59) * len(chars) // 60])
    print("".join(line).rstrip())
print("inside:", inside)
