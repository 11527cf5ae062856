# Conway's Game of Life on a torus, with a glider and a blinker.
W, H = 12, 10

def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))

cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 5), (8, 6), (8, 7)}
for generation in range(4):
    print("generation", generation, "alive", len(cells))
    show(cells)
    cells = step(cells)
for _ in range(40):
    cells = step(cells)
print("after 44:", sorted(cells))
