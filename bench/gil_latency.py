# GIL benchmark: I/O wake-up latency. One thread sleeps 1 ms in a loop and
# records how late each wake-up is, first alone, then beside a thread that
# spins on the CPU. Beside the spinner the sleeper must wait for the GIL after
# every sleep: under the interval policy that is about the switch interval.
import sys
import threading
import time

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
SLEEP = 0.001


def lateness_ms():
    late = []
    for _ in range(ITERATIONS):
        start = time.perf_counter()
        time.sleep(SLEEP)
        late.append((time.perf_counter() - start - SLEEP) * 1000.0)
    late.sort()
    return late[len(late) // 2], late[min(len(late) - 1, (len(late) * 99) // 100)]


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1


idle = lateness_ms()
stop = threading.Event()
spinner = threading.Thread(target=spin, args=(stop,))
spinner.start()
time.sleep(0.01)
busy = lateness_ms()
stop.set()
spinner.join()
print(f"idle_p50 {idle[0]:.3f} idle_p99 {idle[1]:.3f} busy_p50 {busy[0]:.3f} busy_p99 {busy[1]:.3f}")
