# Bit manipulation and number bases.
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 1, 255, 1023, 2 ** 40 + 5, -77):
    print(n, bin(n), oct(n), hex(n), to_base(n, 3), to_base(n, 36), popcount(abs(n)))
print(int("zz", 36), int("-1010", 2), int("0x7f", 16), int("0o17", 0), int("1_000_000"))
print((5).bit_length(), (2 ** 100).bit_length(), (-1).bit_length(), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "little"))
print(~5, -5 >> 1, -5 << 3, 0b1011 ^ 0b0110, 0xF0 | 0x0F, 0xFF & ~0x0F)
gray = [i ^ (i >> 1) for i in range(16)]
print(gray, [f"{g:04b}" for g in gray[:6]])
mask = 0
for bit in (1, 3, 5, 64, 100):
    mask |= 1 << bit
print(mask, [b for b in range(mask.bit_length()) if mask >> b & 1])
