# A toy RSA with big integers: Miller-Rabin primes, modular inverse with
# pow(e, -1, phi), the extended Euclid cross-check, signing, and packing
# messages into ints with int.to_bytes / int.from_bytes.


def lcg(seed):
    """A deterministic stream of 64-bit numbers."""
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed


def random_bits(stream, bits):
    n = 0
    for _ in range((bits + 63) // 64):
        n = (n << 64) | next(stream)
    return n >> (-bits % 64) | (1 << (bits - 1)) | 1


SMALL_PRIMES = [p for p in range(3, 200) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n, stream, rounds=12):
    if n < 2:
        return False
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = 2 + next(stream) % (n - 3)
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


def next_prime(stream, bits):
    candidate = random_bits(stream, bits)
    while not is_probable_prime(candidate, stream):
        candidate += 2
    return candidate


def egcd(a, b):
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def make_keys(stream, bits=512):
    e = 65537
    while True:
        p, q = next_prime(stream, bits // 2), next_prime(stream, bits // 2)
        phi = (p - 1) * (q - 1)
        if p != q and egcd(e, phi)[0] == 1:
            break
    d = pow(e, -1, phi)
    g, x, _ = egcd(e, phi)
    assert g == 1 and x % phi == d
    return (p * q, e), (p * q, d), (p, q)


def encode(text, n):
    data = text.encode("utf-8")
    size = (n.bit_length() - 1) // 8
    chunks = [data[i:i + size] for i in range(0, len(data), size)]
    return [int.from_bytes(c, "big") for c in chunks], [len(c) for c in chunks]


def decode(numbers, lengths):
    return b"".join(m.to_bytes(k, "big") for m, k in zip(numbers, lengths)).decode("utf-8")


stream = lcg(2024)
public, private, (p, q) = make_keys(stream)
n, e = public
d = private[1]
print("p bits:", p.bit_length(), "q bits:", q.bit_length(), "n bits:", n.bit_length())
print("n mod 1e9:", n % 10**9, "d mod 1e9:", d % 10**9)
print("n hex head:", hex(n)[:18], "popcount(n):", bin(n).count("1"), n.bit_count())
print("d*e mod phi:", d * e % ((p - 1) * (q - 1)))

message = "Attack at dawn! Ünïcödé ✓ — the baton passes at 10:40. " * 3
numbers, lengths = encode(message, n)
cipher = [pow(m, e, n) for m in numbers]
plain = [pow(c, d, n) for c in cipher]
print("blocks:", len(numbers), lengths)
print("cipher digests:", [c % 99991 for c in cipher])
print("round trip:", decode(plain, lengths) == message, decode(plain, lengths)[:15])

# CRT speed-up gives the same plaintext
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
for c, m in zip(cipher, numbers):
    m1, m2 = pow(c, dp, p), pow(c, dq, q)
    h = qinv * (m1 - m2) % p
    assert m2 + h * q == m
print("crt ok")

# signatures over a simple hash
digest = 0
for byte in message.encode():
    digest = (digest * 257 + byte) % n
sig = pow(digest, d, n)
print("signature verifies:", pow(sig, e, n) == digest, "tampered:", pow(sig + 1, e, n) == digest)

# signed byte packing and big-int formatting
for value in (0, 1, -1, 255, -256, 2**63, -(2**63), n):
    size = (value.bit_length() + 8) // 8
    packed = value.to_bytes(size, "little", signed=True)
    back = int.from_bytes(packed, "little", signed=True)
    print(f"{value % 10**12:>13} {len(packed):>3} {packed[:6].hex(':'):<17} {back == value}")
print(f"{n:_x}"[:29], f"{-n:+.3e}", format(n % 10**30, ",d"), divmod(n, 10**150)[0] % 1000)
print(pow(3, 10**18, 10**9 + 7), pow(-7, 3, 11), pow(7, -1, 11), (-7) % 11, -7 // 11)
