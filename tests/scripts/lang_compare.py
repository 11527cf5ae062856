# comparisons, chained comparisons with side effects, boolean operators
log = []
def v(x):
    log.append(x)
    return x

print(v(1) < v(2) < v(3))  # expect: True
print(log)  # expect: [1, 2, 3]
log.clear()
print(v(3) < v(2) < v(1))  # expect: False
print(log)  # expect: [3, 2]
log.clear()
print(v(1) == v(1) != v(2) <= v(2))  # expect: True
print(log)  # expect: [1, 1, 2, 2]
print(1 < 2 > 0 == 0)  # expect: True
print(1 in [1, 2] not in [[1]])  # expect: True
x = None
print(x is None, x is not None)  # expect: True False
print("a" in "abc", "z" not in "abc")  # expect: True True

log.clear()
print(v(0) and v(1))  # expect: 0
print(v(2) or v(3))  # expect: 2
print(log)  # expect: [0, 2]
print(None or "default")  # expect: default
print(1 and 2 and 3, 1 and 0 and 3)  # expect: 3 0
print(0 or "" or [])  # expect: []
print(not 0, not [1], not None)  # expect: True False True

def check(n):
    if n > 0 and n % 2 == 0 or n == -1:
        return "yes"
    return "no"

print(check(4), check(3), check(-1), check(-2))  # expect: yes no yes no

def nested(a, b, c):
    if not (a or b) and c:
        return 1
    elif a and not b:
        return 2
    else:
        return 3

print(nested(0, 0, 1), nested(1, 0, 0), nested(1, 1, 1))  # expect: 1 2 3
print("big" if 10 > 5 else "small")  # expect: big
print([("even" if i % 2 == 0 else "odd") for i in range(3)])  # expect: ['even', 'odd', 'even']
y = 5
print(0 < y < 10, 0 < y > 10)  # expect: True False
print((1, 2) < (1, 3), [1] == [1], "a" < "b" < "c")  # expect: True True True

class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        log.append("lt")
        return self.n < other.n

log.clear()
print(Cmp(1) < Cmp(2) < Cmp(0))  # expect: False
print(log)  # expect: ['lt', 'lt']

while_count = 0
while while_count < 3 and True:
    while_count += 1
print(while_count)  # expect: 3
print(1 if [] else 2 if {} else 3)  # expect: 3
