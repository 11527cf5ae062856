# A Sudoku solver with constraint sets and backtracking.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79"""

def parse(text):
    return [[int(c) if c != "." else 0 for c in line] for line in text.split()]

def candidates(board, r, c):
    used = set(board[r]) | {board[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {board[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

def solve(board):
    best = None
    for r in range(9):
        for c in range(9):
            if board[r][c] == 0:
                cands = candidates(board, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        board[r][c] = d
        if solve(board):
            return True
    board[r][c] = 0
    return False

board = parse(PUZZLE)
print(solve(board))
for row in board:
    print(" ".join(map(str, row)))
print(all(sorted(row) == list(range(1, 10)) for row in board))
print(all(sorted(board[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9)))
