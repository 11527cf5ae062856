# Dictionaries and strings: word counting, formatting, joining and splitting.
def words(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi"]
    out = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = syllables[x % 8] + syllables[(x >> 3) % 8] + syllables[(x >> 6) % 4]
        out.append(w)
    return out

def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts

def report(counts):
    lines = []
    for key in sorted(counts):
        lines.append(f"{key}:{counts[key]}")
    return ",".join(lines)

text = " ".join(words(300_000))
total = 0
for _ in range(3):
    counts = count(text.split())
    r = report(counts)
    total += len(r) + len(counts)
upper = {k.upper(): v for k, v in counts.items()}
print(total, len(upper), sum(upper.values()))
