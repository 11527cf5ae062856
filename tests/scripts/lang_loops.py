# while / for with else, break, continue, nesting
out = []
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    out.append(i)
else:
    out.append("else")
print(out)  # expect: [0, 2, 3]

out = []
for i in range(3):
    out.append(i)
else:
    out.append("else")
print(out)  # expect: [0, 1, 2, 'else']

n = 0
while True:
    n += 1
    if n > 4:
        break
print(n)  # expect: 5

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)  # expect: while else 3

found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print(found, row)  # expect: 4 [3, 4]

def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    return -1

print(search("abc", "c"), search("abc", "z"))  # expect: 2 -1

total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)  # expect: 14

for ch in "":
    print("never")
else:
    print("empty else")  # expect: empty else

it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(list(it))  # expect: [3, 4]

count = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    if count == 8:
        break
else:
    print("no")
print(count)  # expect: 8

d = {"x": 1, "y": 2}
for key in d:
    d[key] *= 10
print(d)  # expect: {'x': 10, 'y': 20}

def gen_loop():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)

print(list(gen_loop()))  # expect: [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)]

acc = []
for i in range(3):
    def f(i=i):
        return i * 10
    acc.append(f())
print(acc)  # expect: [0, 10, 20]

while False:
    print("never")
print("after while False")  # expect: after while False

items = [3, 1, 2]
while items:
    items.pop()
print(items)  # expect: []
i = 0
while i < 1000:
    i += 1
print(i)  # expect: 1000
