# augmented assignment evaluates the target's object and key once
calls = []

class Box:
    def __init__(self):
        self.v = 1

def get_box(b):
    calls.append("box")
    return b

def key(k):
    calls.append("key")
    return k

b = Box()
get_box(b).v += 5
print(b.v, calls)  # expect: 6 ['box']

calls.clear()
d = {"a": 10}
get_box(d)[key("a")] *= 3
print(d, calls)  # expect: {'a': 30} ['box', 'key']

class Loud(dict):
    def __getitem__(self, k):
        calls.append("get " + k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        calls.append("set " + k)
        dict.__setitem__(self, k, v)

calls.clear()
ld = Loud(x=1)
ld["x"] += 1
print(ld["x"], calls)  # expect: 2 ['get x', 'set x', 'get x']

x = 7
x -= 2; print(x)  # expect: 5
x *= 3; print(x)  # expect: 15
x //= 4; print(x)  # expect: 3
x **= 3; print(x)  # expect: 27
x %= 5; print(x)  # expect: 2
x <<= 3; print(x)  # expect: 16
x >>= 1; print(x)  # expect: 8
x |= 3; print(x)  # expect: 11
x &= 6; print(x)  # expect: 2
x ^= 7; print(x)  # expect: 5
x /= 2; print(x)  # expect: 2.5

lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)  # expect: [1, 2] True
t = (1,)
talias = t
t += (2,)
print(talias, t)  # expect: (1,) (1, 2)
s = "ab"
s *= 2
print(s)  # expect: abab

nums = [1, 2, 3]
nums[1:] += [4]
print(nums)  # expect: [1, 2, 3, 4]

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 10
        return n
    return bump

bump = counter()
bump()
print(bump())  # expect: 20

class Acc:
    total = 0
    def add(self, v):
        self.total += v
        return self

acc = Acc().add(3).add(4)
print(acc.total, Acc.total)  # expect: 7 0

m = [[0, 0], [0, 0]]
m[1][0] += 9
print(m)  # expect: [[0, 0], [9, 0]]

try:
    undefined_name += 1
except NameError as e:
    print(e)  # expect: name 'undefined_name' is not defined

def local_aug():
    try:
        z += 1
    except UnboundLocalError:
        return "unbound"

print(local_aug())  # expect: unbound
