# PEP 442 finalization by the cycle collector: __del__ runs exactly once,
# objects it resurrects survive intact, errors in it are only reported.
import gc

log = []

class Phoenix:
    def __init__(self, name):
        self.name = name
        self.data = [1, 2, 3]
    def __del__(self):
        global saved
        log.append("del " + self.name)
        saved = self

gc.collect()
p = Phoenix("p")
p.me = p
del p
n = gc.collect()
print(log)  # expect: ['del p']
print(saved.me is saved, saved.data)  # expect: True [1, 2, 3]
log.clear()
del saved
gc.collect()
print(log)  # expect: []
print(gc.collect())  # expect: 0

class Keeper:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)
        if self.name == "a":
            kept.append(self.partner)

kept = []
a = Keeper("a")
b = [Keeper("b"), "payload"]
a.partner = b
b[0].partner = a
del a, b
gc.collect()
print(sorted(log))  # expect: ['del a', 'del b']
b = kept[0]
print(b[1], b[0].partner.name)  # expect: payload a
print(b[0].partner.partner is b)  # expect: True
log.clear()
del b
kept.clear()
gc.collect()
print(log)  # expect: []

class Once:
    calls = 0
    def __del__(self):
        Once.calls += 1
        self.again = self

o = Once()
o.me = o
del o
for i in range(3):
    gc.collect()
print(Once.calls)  # expect: 1

class Bad:
    def __del__(self):
        log.append("bad")
        raise ValueError("ignored")

x = Bad()
x.me = x
del x
print(gc.collect() > 0, log)  # expect: True ['bad']
print("still running")  # expect: still running
