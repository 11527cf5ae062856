# Pure-Python matrices: multiplication, transposition, determinant, identity.
def matmul(a, b):
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result

a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
b = [[2, 0, 1], [1, 3, 2], [0, 1, 4]]
print(matmul(a, b))
print(transpose(a))
print(det(a), det(b), det(matmul(a, b)) == det(a) * det(b))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
big = [[(i * 7 + j * 3) % 11 for j in range(6)] for i in range(6)]
print(det(big))
for row in matmul(big, identity(6)):
    print(" ".join(f"{x:3d}" for x in row))
