# A text tokenizer and statistics: str methods (split/partition/strip/
# casefold/translate/maketrans/isidentifier...), Unicode classes, sorting
# with keys, and a formatted frequency report.

TEXT = """\
The Quick brown fox -- jumped over the lazy dog's back; THE DOG didn't mind.
Numbers: 3 apples, 42 pears, ½ a melon, ²³ exponents, 1,000,000 grains & 3.14 pies.
Straße vs STRASSE, café vs CAFÉ, naïve—coöperate… ΣΊΣΥΦΟΣ walks.\tTabs\there.
email: someone@example.com  url=https://example.org/a?b=c#frag
def snake_case_name(x_1, _private, __dunder__): return x_1 + 2
   indented line with trailing spaces   
"""


def tokenize(text):
    tokens = []
    word = []
    kinds = []

    def flush():
        if word:
            w = "".join(word)
            if w.isdecimal():
                kind = "NUM"
            elif w.isnumeric():
                kind = "NUMERIC"
            elif w.isidentifier():
                kind = "IDENT" if not w.isupper() else "UPPER"
            else:
                kind = "WORD"
            tokens.append(w)
            kinds.append(kind)
            word.clear()

    for ch in text:
        if ch.isalnum() or ch == "_" or (ch == "'" and word):
            word.append(ch)
        else:
            flush()
            if not ch.isspace():
                tokens.append(ch)
                kinds.append("PUNCT")
    flush()
    return tokens, kinds


tokens, kinds = tokenize(TEXT)
print("tokens:", len(tokens))
counts = {}
for k in kinds:
    counts[k] = counts.get(k, 0) + 1
for k in sorted(counts, key=lambda k: (-counts[k], k)):
    print(f"  {k:<8}{counts[k]:>4} {'#' * counts[k]}")

words = [t.casefold() for t, k in zip(tokens, kinds) if k in ("IDENT", "UPPER", "WORD")]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("top:", ", ".join(f"{w}×{n}" for w, n in top))
print("longest:", max(words, key=len), "shortest:", min(words, key=lambda w: (len(w), w)))
print("straße == strasse:", "Straße".casefold() == "STRASSE".casefold(), "Σ lower:", "ΣΊΣΥΦΟΣ".lower())

lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    stripped = line.strip()
    head, sep, tail = stripped.partition(":")
    print(f"{i:02d} len={len(line):3d} words={len(line.split()):2d} "
          f"{'colon' if sep else 'plain':5} {head[:12]!r:16} {tail.strip()[:10]!a}")

print(TEXT.splitlines()[2].expandtabs(8).split("walks.")[1])
table = str.maketrans("aeiou", "AEIOU", "-—…")
print(lines[0].translate(table))
print(lines[2].translate({ord("é"): "e", ord("É"): "E", ord("ï"): None}))
print("url parts:", lines[3].rpartition("#")[2], lines[3].split("=", 1)[1].split("/", 3)[2:])
print("email:", lines[3].split()[1].partition("@")[::2], lines[3].count("e"), lines[3].find("url"), lines[3].rfind("/"))
print("right:", repr(lines[5].rstrip()), repr(lines[5].lstrip()[:8]), lines[5].startswith("   "), lines[5].endswith(" "))
print("title:", "they're bill's friends from the UK".title(), "|", "hello world".capitalize().center(17, "~"))
print("fill:", "42".zfill(6), "-42".zfill(6), "x".ljust(4, ".") + "|", "x".rjust(4, ".") + "|")
print("pre/suffix:", "snake_case_name".removeprefix("snake_"), "file.tar.gz".removesuffix(".gz").rsplit(".", 1))
identifiers = [t for t, k in zip(tokens, kinds) if k == "IDENT" and t.startswith("_")]
print("private names:", identifiers, [t for t in tokens if t.isnumeric() and not t.isdigit()],
      [t for t in tokens if t.isdigit() and not t.isdecimal()])
print("ascii:", ascii("naïve—coöperate"), "naïve".encode("utf-8"), "café".encode("latin-1"))
print("chars:", sorted(set(TEXT) - set(" \n\t"), key=lambda c: (not c.isalpha(), c.lower(), c))[:30])
print("join:", "/".join(sorted({w[0] for w in words if w[0].isalpha()})))
print("format map:", "{n} tokens in {l} lines, {w:.1%} words".format_map({"n": len(tokens), "l": len(lines), "w": len(words) / len(tokens)}))
