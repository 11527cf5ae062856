# Prime factorisation, divisors, perfect numbers, Euler's totient, Miller-Rabin.
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def divisors(n):
    divs = [1]
    for p, k in factorize(n).items():
        divs = [d * p ** e for d in divs for e in range(k + 1)]
    return sorted(divs)

def totient(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

for n in (360, 97, 1001, 2 ** 16 + 1, 600851475143):
    print(n, factorize(n))
print(divisors(360), len(divisors(720720)))
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])
print([totient(n) for n in range(1, 21)])
print([p for p in (2 ** 61 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 10 ** 18 + 7) if is_probable_prime(p)])
