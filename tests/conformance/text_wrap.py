# Greedy text wrapping and justification.
TEXT = ("Only the thread that holds the global interpreter lock may run Python "
        "bytecode, so CPU-bound threads take turns while I/O-bound threads release "
        "the lock whenever they wait, which is why they overlap so well.")

def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]

for width in (30, 45):
    lines = wrap(TEXT, width)
    for words in lines[:-1]:
        print("|" + justify(words, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
    print()
print(TEXT.title()[:40], TEXT.swapcase()[:20], TEXT.capitalize()[:10])
print(TEXT.partition("lock"), TEXT.rpartition(" ")[2])
