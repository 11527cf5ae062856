# An integer while-loop of 10 million iterations: dispatch and small-int arithmetic.
def count(n):
    i = 0
    total = 0
    while i < n:
        total += i & 7
        i += 1
    return total

print(count(10_000_000))
