# I/O-bound threads overlap: a thread that waits releases the GIL.
#
#   baton examples/threads_io.py            (or: python3 examples/threads_io.py)
import threading
import time

try:
    import gil
except ImportError:
    gil = None

TASKS = 8
WAIT = 0.2   # seconds each task spends "waiting for the network"


def fetch(results, i):
    time.sleep(WAIT)          # sleep, like a socket read, releases the GIL
    results[i] = i * i


def sequential():
    results = [None] * TASKS
    for i in range(TASKS):
        fetch(results, i)
    return results


def threaded():
    results = [None] * TASKS
    threads = [threading.Thread(target=fetch, args=(results, i)) for i in range(TASKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


start = time.perf_counter()
a = sequential()
seq = time.perf_counter() - start
start = time.perf_counter()
b = threaded()
thr = time.perf_counter() - start
print(f"{TASKS} tasks that each wait {WAIT} s")
print(f"  one after the other: {seq:6.3f} s")
print(f"  in {TASKS} threads:        {thr:6.3f} s   (speed-up x{seq / thr:.1f})")
print("  same results:", a == b)
print()
print("While a thread sleeps (or waits for a socket, a file, a lock) it has")
print("released the GIL, so the other threads run; their waits overlap.")
if gil:
    s = gil.stats()
    print(f"GIL: {s['acquisitions']} acquisitions, {s['contended']} of them contended.")
