# Big integers: factorials, Fibonacci, powers and digit sums.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
print(fib(300))
print(2 ** 200, -(2 ** 70) // 3, (2 ** 70) % 1000007)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, 100) - 1)
x = 12345678901234567890123456789
print(x * x, x // 987654321, x % 987654321, divmod(-x, 97))
print(x >> 40, x << 10, x & 0xFFFFFFFF, x | 1, x ^ (x >> 1))
print(hex(x), bin(2 ** 70), oct(-(2 ** 65)))
print(-x // 7, -x % 7, abs(-x), x == x + 0, x > 2 ** 90, x < 2 ** 100)
print(str(factorial(30))[::-1], int("9" * 40) + 1)
total = 0
for i in range(1, 200):
    total += i ** i % (10 ** 12)
print(total)
