# Tic-tac-toe solved with minimax and memoisation on a string board.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
memo = {}

def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return None

def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = (1 if w == "X" else -1, None)
    elif "." not in b:
        result = (0, None)
    else:
        best = None
        for i, cell in enumerate(b):
            if cell == ".":
                score, _ = minimax(b[:i] + player + b[i + 1:], "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result

board, player = "." * 9, "X"
while winner(board) is None and "." in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
for r in range(3):
    print(" ".join(board[3 * r:3 * r + 3]))
print("winner:", winner(board), "positions:", len(memo), "value:", minimax("." * 9, "X")[0])
print(minimax("XX.OO....", "X"), minimax("XX.OO....", "O"))
