# An LRU cache built on a dict's insertion order, used to memoise a slow function.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

cache = LRU(3)
for key in [1, 2, 3, 1, 4, 2, 5, 1, 3, 4]:
    if cache.get(key) is None:
        cache.put(key, key * key)
    print(key, cache)

def cached(capacity):
    def wrap(fn):
        lru = LRU(capacity)
        def inner(n):
            hit = lru.get(n)
            if hit is None:
                hit = fn(n)
                lru.put(n, hit)
            return hit
        inner.cache = lru
        return inner
    return wrap

@cached(512)
def partitions(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    total, k = 0, 1
    while True:
        g1 = k * (3 * k - 1) // 2
        g2 = k * (3 * k + 1) // 2
        if g1 > n:
            break
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total

print(partitions(100), partitions(200), partitions.cache.hits > 0)
