# Collatz sequences with memoisation in a dict.
cache = {1: 1}

def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps = cache[n]
    for m in reversed(path):
        steps += 1
        cache[m] = steps
    return steps

best = max(range(1, 30000), key=length)
print(best, length(best))
print([length(n) for n in range(1, 20)])
histogram = {}
for n in range(1, 1000):
    bucket = length(n) // 20 * 20
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket, count in sorted(histogram.items()):
    print(f"{bucket:3d}-{bucket + 19:3d} {'#' * (count // 10)} {count}")
