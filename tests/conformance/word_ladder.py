# Word ladder by breadth-first search over a small dictionary.
WORDS = set("""cold cord card ward warm worm word wood good gold bold bolt boat coat cost
most mist fist fish dish wish wash cash case cast mast mask task talk walk wall well""".split())

def neighbours(word):
    for i in range(len(word)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != word[i]:
                candidate = word[:i] + c + word[i + 1:]
                if candidate in WORDS:
                    yield candidate

def ladder(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        if path[-1] == goal:
            return path
        for nxt in sorted(neighbours(path[-1])):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None

for a, b in [("cold", "warm"), ("fish", "dish"), ("boat", "mist"), ("cold", "well"), ("talk", "gold")]:
    path = ladder(a, b)
    print(f"{a} -> {b}:", " > ".join(path) if path else "no ladder")
print(len(WORDS), sorted(neighbours("cast")))
