# threading.local: each thread its own attributes; a subclass's __init__
# runs again in each new thread; a new thread never sees a dead thread's
# values (even when the OS reuses the dead thread's ident).
import threading


class Counter(threading.local):
    kind = "class attribute"
    inits = 0

    def __init__(self, start, step=1):
        Counter.inits += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
c.bump()
results = {}


def work(name, n):
    for _ in range(n):
        c.bump()
    c.kind = "thread " + name
    results[name] = (c.value, c.kind, sorted(c.__dict__))


threads = [threading.Thread(target=work, args=(f"t{k}", k)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(c.value, c.kind, Counter.inits)

plain = threading.local()
plain.x = "main"
for _ in range(20):
    seen = []
    t = threading.Thread(target=lambda: (seen.append(hasattr(plain, "x")), setattr(plain, "x", "thread")))
    t.start()
    t.join()
    if seen != [False]:
        print("leak!", seen)
print(plain.x, plain.__dict__)
del plain.x
print(hasattr(plain, "x"), plain.__dict__)
try:
    c.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    del c.missing
except AttributeError as e:
    print(e)
try:
    threading.local(1)
except TypeError as e:
    print(e)
# expect: [('t0', (10, 'thread t0', ['kind', 'step', 'value'])), ('t1', (15, 'thread t1', ['kind', 'step', 'value'])), ('t2', (20, 'thread t2', ['kind', 'step', 'value'])), ('t3', (25, 'thread t3', ['kind', 'step', 'value']))]
# expect: 15 class attribute 5
# expect: main {'x': 'main'}
# expect: False {}
# expect: 'Counter' object attribute '__dict__' is read-only
# expect: 'Counter' object has no attribute 'missing'
# expect: Initialization arguments are not supported
