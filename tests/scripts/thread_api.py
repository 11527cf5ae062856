# current_thread, main_thread, enumerate, active_count, names, idents,
# threading.local isolation, Timer cancel, Thread subclasses.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), threading.active_count())
print(threading.enumerate() == [main], isinstance(threading.get_ident(), int))

data = threading.local()
data.value = "main"
seen = {}
go = threading.Event()
inside = threading.Barrier(4)


def worker(k):
    me = threading.current_thread()
    data.value = k
    inside.wait()
    seen[me.name] = (data.value, me is not threading.main_thread(), me.ident == threading.get_ident())
    go.wait()


threads = [threading.Thread(target=worker, args=(k,), name=f"w{k}") for k in range(3)]
for t in threads:
    t.start()
inside.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
go.set()
for t in threads:
    t.join()
print(sorted(seen.items()))
print(data.value, hasattr(data, "missing"))
fresh = []
t = threading.Thread(target=lambda: fresh.append(hasattr(data, "value")))
t.start()
t.join()
print("new thread sees no value:", fresh)

fired = []
timer = threading.Timer(30, fired.append, args=["late"])
timer.start()
timer.cancel()
timer.join()
quick = threading.Timer(0.01, fired.append, args=["quick"])
quick.start()
quick.join()
print(fired)


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


s = Squarer(7)
print(s.is_alive(), s.ident)
s.start()
s.join()
print(s.name, s.result, s.is_alive(), s.ident is not None)
d = threading.Thread(target=None, daemon=True)
print(d.daemon, threading.Thread(target=None).daemon)
try:
    s.start()
except RuntimeError as e:
    print(e)
# expect: MainThread True 1
# expect: True True
# expect: 4 ['MainThread', 'w0', 'w1', 'w2']
# expect: [('w0', (0, True, True)), ('w1', (1, True, True)), ('w2', (2, True, True))]
# expect: main False
# expect: new thread sees no value: [False]
# expect: ['quick']
# expect: False None
# expect: sq7 49 False True
# expect: True False
# expect: threads can only be started once
