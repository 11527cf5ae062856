# list.sort / sorted: stability, keys, reverse, errors, mutation during sort
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)  # expect: [-3, 0, 1, 2, 5, 5, 6, 9]
a.sort(reverse=True)
print(a)  # expect: [9, 6, 5, 5, 2, 1, 0, -3]
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
words.sort(key=len)
print(words)  # expect: ['fig', 'pear', 'kiwi', 'date', 'plum', 'apple', 'banana']
words.sort(key=len, reverse=True)
print(words)  # expect: ['banana', 'apple', 'pear', 'kiwi', 'date', 'plum', 'fig']
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)  # expect: [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a'), (1, 'c'), (2, 'c')]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)  # expect: [(2, 'c'), (1, 'b'), (1, 'a'), (1, 'c'), (0, 'a'), (0, 'b')]
print(sorted("hello"), sorted([3, 1, 2], reverse=True))  # expect: ['e', 'h', 'l', 'l', 'o'] [3, 2, 1]
calls = []
def k(x):
    calls.append(x)
    return -x
big = [7, 3, 5, 1]
big.sort(key=k)
print(big, calls)  # expect: [7, 5, 3, 1] [7, 3, 5, 1]
n = [(i * 7919) % 1000 for i in range(1000)]
n.sort()
print(n == list(range(1000)))  # expect: True
n.sort(key=lambda x: x % 10)
print(n[:12])  # expect: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]
f = [2.5, 1, 3.25, -1.5, 0]
f.sort()
print(f)  # expect: [-1.5, 0, 1, 2.5, 3.25]
s = ["b", "C", "a", "B"]
s.sort()
print(s)  # expect: ['B', 'C', 'a', 'b']
s.sort(key=str.lower)
print(s)  # expect: ['a', 'B', 'b', 'C']
err(lambda: [1, "a", 2].sort())  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
bad = [3, "x", 1, 2]
try:
    bad.sort()
except TypeError:
    print(sorted(bad, key=str))  # expect: [1, 2, 3, 'x']
def mutate(x):
    lst.append(x)
    return x
lst = [3, 2, 1]
err(lambda: lst.sort(key=mutate))  # expect: ValueError: list modified during sort
print(lst)  # expect: [1, 2, 3]
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("no threes")
        return self.v < other.v
items = [Bad(i) for i in [5, 3, 4, 1, 2]]
err(lambda: items.sort())  # expect: ValueError: no threes
print(sorted(b.v for b in items))  # expect: [1, 2, 3, 4, 5]
err(lambda: [].sort(1))  # expect: TypeError: sort() takes no positional arguments
empty = []
empty.sort()
print(empty, [1].sort())  # expect: [] None
class Rec:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return self.name
people = [Rec("ann", 30), Rec("bob", 25), Rec("cat", 30), Rec("dan", 25)]
print(sorted(people, key=lambda r: r.age))  # expect: [bob, dan, ann, cat]
print(sorted(people, key=lambda r: r.age, reverse=True))  # expect: [ann, cat, bob, dan]
# reverse= is read as a C int: ints only, not any truthy value
print(sorted([1, 2], reverse=2), sorted([1, 2], reverse=0))  # expect: [2, 1] [1, 2]
for bad in (None, 2.5, 10**30):
    for call in (lambda: sorted([1, 2], reverse=bad), lambda: [1, 2].sort(reverse=bad)):
        try:
            call()
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
