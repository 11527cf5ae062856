# Sieve of Eratosthenes and prime statistics.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for multiple in range(p * p, n + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(10000)
print(len(primes), primes[:10], primes[-5:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps):
    print(f"gap {gap:3d}: {gaps[gap]}")
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print("twin primes:", len(twins), twins[-3:])
print("sum:", sum(primes), "max gap:", max(gaps))
