# Checksums over bytes: CRC-32 with a table, Adler-32, Fletcher-16.
def crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table

TABLE = crc32_table()

def crc32(data):
    c = 0xFFFFFFFF
    for b in data:
        c = TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1

for text in ["", "a", "abc", "The quick brown fox jumps over the lazy dog", "baton" * 100]:
    data = text.encode("utf-8")
    print(f"{len(data):4d} {crc32(data):08x} {adler32(data):08x} {fletcher16(data):04x}")
blob = bytes(range(256)) * 4
print(hex(crc32(blob)), blob[:4], blob[-3:], len(blob), blob.count(b"\x00"), blob.find(b"\x10\x11"))
print(list(b"hi!"), bytes([104, 105]), b"ab" + b"cd", b"x" * 3, b"abc"[1], b"abc"[1:])
