# A little binary protocol: header lines built with bytes % formatting,
# fields packed with int.to_bytes, a checksum, hex dumps, and a tolerant
# parser using bytes.split/partition/splitlines/translate.

MAGIC = b"BTN1"


def checksum(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def encode(kind, seq, payload, headers):
    body = bytearray()
    body += MAGIC
    body += kind.to_bytes(1, "big")
    body += seq.to_bytes(4, "little")
    body += len(payload).to_bytes(2, "big")
    body += payload
    lines = [b"%s: %s" % (k.encode(), v if isinstance(v, bytes) else str(v).encode()) for k, v in headers]
    head = b"\r\n".join(lines)
    frame = b"%-6s%04x|%s\n\n" % (b"HDR", len(head), head) + bytes(body)
    return frame + checksum(frame).to_bytes(4, "big")


def hexdump(data, width=16):
    out = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        printable = chunk.translate(bytes(c if 32 <= c < 127 else 46 for c in range(256)))
        out.append(b"%08x  %-*s |%s|" % (off, width * 3, chunk.hex(" ").encode(), printable))
    return b"\n".join(out)


def decode(frame):
    data, crc = frame[:-4], int.from_bytes(frame[-4:], "big")
    if checksum(data) != crc:
        raise ValueError("bad checksum %#010x != %#010x" % (checksum(data), crc))
    tag, _, rest = data.partition(b"|")
    size = int(tag[6:], 16)
    head, body = rest[:size], rest[size + 2:]
    headers = {}
    for line in head.splitlines():
        key, sep, value = line.partition(b": ")
        if sep:
            headers[key.strip().lower().decode()] = value.strip()
    if not body.startswith(MAGIC):
        raise ValueError("bad magic %r" % body[:4])
    kind = body[4]
    seq = int.from_bytes(body[5:9], "little")
    length = int.from_bytes(body[9:11], "big")
    return tag[:6].rstrip(), kind, seq, body[11:11 + length], headers


packets = [
    (1, 7, b"hello, world", [("From", "alice"), ("To", b"bob"), ("TTL", 64)]),
    (2, 2**31 + 5, "naïve café ✓".encode(), [("Content-Type", "text/plain; charset=utf-8")]),
    (3, 0, bytes(range(0, 40, 3)), [("X-Empty", b""), ("Count", 14)]),
]
frames = []
for kind, seq, payload, headers in packets:
    frame = encode(kind, seq, payload, headers)
    frames.append(frame)
    print(len(frame), frame[:10], frame.count(b"\r\n"), frame.find(MAGIC), frame.rfind(b"\n"))
    print(hexdump(frame[:48]).decode())
    tag, k, s, body, hdrs = decode(frame)
    print(tag, k, s, body == payload, sorted(hdrs.items()))
    print()

stream = b"".join(frames)
print("stream", len(stream), stream.count(MAGIC), [len(p) for p in stream.split(MAGIC)])
corrupt = bytearray(frames[0])
corrupt[20] ^= 0xFF
try:
    decode(bytes(corrupt))
except ValueError as e:
    print("error:", e)
forged = frames[1][:-4].replace(MAGIC, b"XXXX")
try:
    decode(forged + checksum(forged).to_bytes(4, "big"))
except ValueError as e:
    print("error:", e)

text = frames[1].split(b"\n\n")[0]
print(text.upper(), text.title()[:14], text.swapcase()[:14], text.isascii(), text.istitle())
print(b"|".join(w.center(9, b".") for w in (b"a", b"bb", b"ccc")), b"7".zfill(4), b"-7".zfill(4))
print(b"\tindent\tme".expandtabs(4), b"x".ljust(3, b"_") + b"|", b"x".rjust(3) + b"|")
print(bytes.maketrans(b"abc", b"ABC")[97:100], b"abcabc".translate(None, b"b"), b"pre_fix".removeprefix(b"pre_"))
print(b"%5.2f%%|%-4d|%x|%c|%r|%a" % (99.5, 7, 255, 33, "é", b"\xff"))
