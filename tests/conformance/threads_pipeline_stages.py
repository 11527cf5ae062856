# A three-stage pipeline (parse -> square -> format), one thread per stage,
# connected by queues; each stage forwards the sentinel and stops. Queue order
# is FIFO, so the output order is the input order.
import queue
import threading

STOP = object()


def stage(fn, inbox, outbox):
    while True:
        item = inbox.get()
        if item is STOP:
            outbox.put(STOP)
            return
        outbox.put(fn(item))


q1, q2, q3, q4 = queue.Queue(), queue.Queue(), queue.Queue(), queue.Queue()
stages = [
    threading.Thread(target=stage, args=(int, q1, q2), name="parse"),
    threading.Thread(target=stage, args=(lambda n: n * n, q2, q3), name="square"),
    threading.Thread(target=stage, args=(lambda n: f"<{n}>", q3, q4), name="format"),
]
for t in stages:
    t.start()
for text in "3 1 4 1 5 9 2 6 5 3 5".split():
    q1.put(text)
q1.put(STOP)
out = []
while True:
    item = q4.get()
    if item is STOP:
        break
    out.append(item)
for t in stages:
    t.join()
print(" ".join(out))
print("stages:", [t.name for t in stages], "alive:", any(t.is_alive() for t in stages))

# A priority queue of jobs served by two threads; results sorted by priority.
jobs = queue.PriorityQueue()
for prio, name in [(3, "backup"), (1, "page"), (2, "email"), (5, "report"), (4, "cleanup")]:
    jobs.put((prio, name))
done = []
done_lock = threading.Lock()


def serve():
    while True:
        try:
            prio, name = jobs.get_nowait()
        except queue.Empty:
            return
        with done_lock:
            done.append((prio, name.upper()))


servers = [threading.Thread(target=serve) for _ in range(2)]
for t in servers:
    t.start()
for t in servers:
    t.join()
print(sorted(done))
