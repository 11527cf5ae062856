# 2-D list manipulation: spiral order, rotation, magic squares, transpose by zip.
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

def magic(n):
    sq = [[0] * n for _ in range(n)]
    i, j = 0, n // 2
    for k in range(1, n * n + 1):
        sq[i][j] = k
        ni, nj = (i - 1) % n, (j + 1) % n
        if sq[ni][nj]:
            ni, nj = (i + 1) % n, j
        i, j = ni, nj
    return sq

grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print(spiral([row[:] for row in grid]))
for row in rotate(grid):
    print(row)
m = magic(5)
for row in m:
    print(" ".join(f"{v:2d}" for v in row))
sums = {sum(r) for r in m} | {sum(c) for c in zip(*m)} | {sum(m[i][i] for i in range(5))}
print(sums)
