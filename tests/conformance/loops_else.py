# for/while with else, break and continue, nested loops and loop variables.
def find_factor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return d
    else:
        return None

print([(n, find_factor(n)) for n in (2, 15, 17, 91, 97)])
for n in range(10, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
count = 0
while count < 5:
    count += 1
    if count == 3:
        continue
    print("count", count)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i > 100:
        break
else:
    print("never printed")
print("i =", i)
table = []
for r in range(1, 4):
    row = []
    for c in range(1, 6):
        if c == 4:
            continue
        row.append(r * c)
    table.append(row)
print(table, r, c)
total = 0
for _ in range(3):
    for j in range(3):
        if j == 2:
            break
        total += j
print(total)
