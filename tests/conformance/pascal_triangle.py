# Pascal's triangle, binomial identities, and centred formatting.
def rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]

triangle = list(rows(12))
width = len(" ".join(map(str, triangle[-1])))
for r in triangle:
    print(" ".join(map(str, r)).center(width))
print([sum(r) for r in triangle] == [2 ** i for i in range(12)])
print([r[len(r) // 2] for r in triangle])
big = list(rows(101))[-1]
print(big[50], len(str(big[50])), sum(big) == 2 ** 100)
print(sum(1 for r in triangle for x in r if x % 2), [x % 7 for x in triangle[-1]])
