# queue: task_done/join with workers, LifoQueue, PriorityQueue, SimpleQueue,
# Full and Empty.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * item)
        q.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(100):
    q.put(i)
q.join()
print(sorted(results) == [i * i for i in range(100)], q.unfinished_tasks, q.empty())
for _ in workers:
    q.put(None)
for w in workers:
    w.join()

lifo = queue.LifoQueue()
for i in range(5):
    lifo.put(i)
print([lifo.get() for _ in range(5)])

pq = queue.PriorityQueue()
for p in [5, 1, 4, 2, 3, 0, 9, 7, 8, 6]:
    pq.put((p, f"job{p}"))
print([pq.get()[1] for _ in range(10)])

sq = queue.SimpleQueue()
sq.put("a")
sq.put_nowait("b")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait(3)
except queue.Full:
    print("Full")
print(bounded.get_nowait(), bounded.get_nowait())
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.task_done()
except ValueError as e:
    print(e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
# expect: True 0 True
# expect: [4, 3, 2, 1, 0]
# expect: ['job0', 'job1', 'job2', 'job3', 'job4', 'job5', 'job6', 'job7', 'job8', 'job9']
# expect: 2 a b True
# expect: SimpleQueue Empty
# expect: True 2
# expect: Full
# expect: 1 2
# expect: Empty
# expect: task_done() called too many times
# expect: True True
