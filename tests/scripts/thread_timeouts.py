# Every timeout form gives up and says so; none of them hangs.
import queue
import threading

lock = threading.Lock()
lock.acquire()
print("lock", lock.acquire(timeout=0.05), lock.acquire(blocking=False))
lock.release()

ev = threading.Event()
print("event", ev.wait(0.05), ev.is_set())

cond = threading.Condition()
with cond:
    print("condition", cond.wait(0.05))
    print("wait_for", cond.wait_for(lambda: False, timeout=0.05))

q = queue.Queue()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("queue.Empty from get(timeout)")
full = queue.Queue(maxsize=1)
full.put(1)
try:
    full.put(2, timeout=0.05)
except queue.Full:
    print("queue.Full from put(timeout)")

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
t.join(0.05)
print("join timed out, alive:", t.is_alive())
stop.set()
t.join()
print("joined, alive:", t.is_alive())

sem = threading.Semaphore(0)
print("semaphore", sem.acquire(timeout=0.05), sem.acquire(blocking=False))
bsem = threading.BoundedSemaphore(1)
bsem.acquire()
print("bounded", bsem.acquire(timeout=0.05))

barrier = threading.Barrier(2, timeout=0.05)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError, broken:", barrier.broken)
b2 = threading.Barrier(3)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("BrokenBarrierError from wait(timeout)")
# expect: lock False False
# expect: event False False
# expect: condition False
# expect: wait_for False
# expect: queue.Empty from get(timeout)
# expect: queue.Full from put(timeout)
# expect: join timed out, alive: True
# expect: joined, alive: False
# expect: semaphore False False
# expect: bounded False
# expect: BrokenBarrierError, broken: True
# expect: BrokenBarrierError from wait(timeout)
