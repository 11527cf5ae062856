# Text processing: word frequencies, string methods, formatting.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    for raw in text.split():
        word = raw.strip(".,;:!?\"'").lower()
        if word:
            yield word

counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f"{word:<12}{n:>3} {'*' * n}")
print(len(counts), sum(counts.values()))
longest = max(counts, key=lambda w: (len(w), w))
print(longest, longest.upper(), longest.title(), longest.center(20, "-"))
lines = TEXT.splitlines()
print([len(line) for line in lines])
print(" | ".join(line.split(",")[0] for line in lines))
acronym = "".join(w[0] for w in "portable operating system interface".split()).upper()
print(acronym, "best" in TEXT, TEXT.count("it was"), TEXT.find("wisdom"), TEXT.rfind("of"))
print(TEXT.replace("it was", "IT WAS", 2)[:60])
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(TEXT)))
