# Collections triggered from several threads at once (each holds the GIL
# while it collects); a daemon thread still running at exit.
import gc
import threading

freed = []

class Cycle:
    def __init__(self, owner):
        self.owner = owner
        self.me = self
        self.items = [self, {"self": self}]
    def __del__(self):
        freed.append(self.owner)

def work(n):
    for i in range(20000):
        Cycle(n)
        if i % 5000 == 0:
            gc.collect(i % 3)

threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print(len(freed), sorted(set(freed)))  # expect: 80000 [0, 1, 2, 3]

def spin():
    while True:
        Cycle("daemon")

threading.Thread(target=spin, daemon=True).start()
print("done")  # expect: done
