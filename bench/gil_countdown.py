# GIL benchmark: a CPU-bound countdown run twice one after the other, then in
# two threads at once. With a GIL the threads cannot overlap, so the ratio
# threads/sequential is about 1.0 at best; a bad hand-off policy makes it
# larger (the lock bounces between cores, or one thread starves the other).
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000


def countdown(n):
    while n > 0:
        n -= 1


def sequential():
    start, cpu = time.perf_counter(), time.process_time()
    countdown(N)
    countdown(N)
    return time.perf_counter() - start, time.process_time() - cpu


def threaded():
    threads = [threading.Thread(target=countdown, args=(N,)) for _ in range(2)]
    start, cpu = time.perf_counter(), time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, time.process_time() - cpu


# Interleaved rounds, the best of each kind: a busy machine slows some
# rounds, and interleaving keeps that from favouring one kind. The CPU time
# (all threads of the process) shows the cost of the hand-offs themselves,
# which other processes on a busy machine hardly disturb.
seq = thr = (float("inf"), float("inf"))
for _ in range(3):
    seq = min(seq, sequential())
    thr = min(thr, threaded())
print(f"sequential {seq[0]:.4f} threads {thr[0]:.4f} ratio {thr[0] / seq[0]:.3f} "
      f"cpu_ratio {thr[1] / seq[1]:.3f}")
