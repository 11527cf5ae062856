# CPU-bound threads gain nothing: only the thread holding the GIL runs bytecode.
#
#   baton examples/threads_cpu.py            (or: python3 examples/threads_cpu.py)
#   baton -X gil=ticks examples/threads_cpu.py   to see CPython 2's policy
import threading
import time

try:
    import gil
except ImportError:
    gil = None

N = 2_000_000


def countdown(n):
    while n > 0:
        n -= 1


def timed(label, fn):
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"{label:<34} {elapsed:7.3f} s")
    return elapsed


def sequential():
    countdown(N)
    countdown(N)


def threaded():
    threads = [threading.Thread(target=countdown, args=(N,), name=f"counter-{i}") for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


print("Two countdowns of", f"{N:,}", "iterations each.")
seq = timed("sequential, one after the other:", sequential)
if gil:
    gil.reset_stats()
thr = timed("in two threads at the same time:", threaded)
print(f"ratio threads/sequential: {thr / seq:.2f}")
print()
print("The threads took turns: the GIL lets one of them run at a time, so two")
print("threads do the same work in the same time as one thread, or a little more")
print("(the hand-offs cost something).")
if gil:
    s = gil.stats()
    print()
    print(f"GIL policy {s['policy']}: {s['switches']} switches, {s['forced_switches']} forced, "
          f"{s['drop_requests']} drop requests")
    for row in s["threads"]:
        if row["name"].startswith("counter"):
            print(f"  {row['name']}: held {row['hold_ns'] / 1e6:8.1f} ms, "
                  f"waited {row['wait_ns'] / 1e6:8.1f} ms in {row['contended']} waits")
