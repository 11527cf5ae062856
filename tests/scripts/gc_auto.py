# Automatic collection: allocation drives it, gc.disable() and a zero
# threshold stop it, and a program making cycles in a loop stays bounded.
import gc

freed = 0

class Cycle:
    def __init__(self):
        self.me = self
    def __del__(self):
        global freed
        freed += 1

gc.collect()
for i in range(200000):
    Cycle()
print(freed >= 199000)  # expect: True
gc.collect()
print(freed)  # expect: 200000

gc.disable()
freed = 0
for i in range(10000):
    Cycle()
print(freed)  # expect: 0
gc.enable()
for i in range(10000):
    Cycle()
print(freed >= 19000)  # expect: True
gc.collect()
print(freed)  # expect: 20000

gc.set_threshold(0)
freed = 0
for i in range(5000):
    Cycle()
print(freed)  # expect: 0
gc.set_threshold(100)
for i in range(5000):
    Cycle()
print(freed >= 9800)  # expect: True
gc.set_threshold(700)
gc.collect()

class Pair:
    def __init__(self):
        self.other = Pair.__new__(Pair)
        self.other.other = self

before = len(gc.get_objects())
for i in range(200000):
    Pair()
    [].append([])
    d = {}
    d["d"] = d
del d
print(len(gc.get_objects()) - before < 20000)  # expect: True
