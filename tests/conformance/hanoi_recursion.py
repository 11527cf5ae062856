# Recursion: Towers of Hanoi, Ackermann, flood fill, and the recursion limit.
import sys

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

moves = hanoi(5, "A", "C", "B", [])
print(len(moves), moves[:7])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

grid = [list(row) for row in [
    "#########",
    "#...#...#",
    "#.#.#.#.#",
    "#.#...#.#",
    "#########"]]

def fill(x, y):
    if grid[y][x] != ".":
        return 0
    grid[y][x] = "~"
    return 1 + fill(x + 1, y) + fill(x - 1, y) + fill(x, y + 1) + fill(x, y - 1)

print(fill(1, 1))
print("\n".join("".join(r) for r in grid))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(sys.getrecursionlimit(), depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print("still running", depth(10))
