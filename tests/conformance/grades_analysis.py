# Data analysis with comprehensions: grades, statistics, grouping, ranking.
records = [
    ("ana", "math", 91), ("ana", "physics", 78), ("ana", "art", 88),
    ("ben", "math", 67), ("ben", "physics", 82), ("ben", "art", 95),
    ("cai", "math", 85), ("cai", "physics", 91), ("cai", "art", 70),
    ("dee", "math", 99), ("dee", "physics", 64), ("dee", "art", 81),
]
students = sorted({name for name, _, _ in records})
subjects = sorted({subj for _, subj, _ in records})
table = {s: {subj: score for name, subj, score in records if name == s} for s in students}
print(table["ana"], list(table))
averages = {s: sum(table[s].values()) / len(table[s]) for s in students}
for rank, (s, avg) in enumerate(sorted(averages.items(), key=lambda kv: -kv[1]), 1):
    print(f"{rank}. {s:<4} {avg:6.2f} {'*' * int(avg // 10)}")
for subj in subjects:
    scores = [table[s][subj] for s in students]
    mean = sum(scores) / len(scores)
    var = sum((x - mean) ** 2 for x in scores) / len(scores)
    best = max(students, key=lambda s: table[s][subj])
    print(f"{subj:<8} mean={mean:.2f} sd={var ** 0.5:.3f} best={best}")
def letter(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D"
print({s: "".join(letter(table[s][subj]) for subj in subjects) for s in students})
print([[s for s in students if letter(table[s][subj]) == "A"] for subj in subjects])
print(sorted(records, key=lambda r: (r[1], -r[2]))[:4])
