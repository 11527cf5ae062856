# The baton tour: `make demo` runs this file. It also runs under python3, which
# has no `gil` module: there the tour measures but cannot look inside the lock.
#
# Each stop explains one idea, then measures it on this machine.
import sys
import threading
import time

try:
    import gil
except ImportError:
    gil = None

N = 10_000_000         # countdown length for the CPU-bound stops
IO_TASKS = 8           # simulated downloads for the I/O stop
IO_WAIT = 0.1          # seconds each one waits


def banner(number, title):
    print()
    print(f"--- {number}. {title} " + "-" * max(0, 64 - len(title)))


def countdown(n):
    while n > 0:
        n -= 1


def run_threads(target, args_list):
    threads = [threading.Thread(target=target, args=args, name=f"worker-{i}")
               for i, args in enumerate(args_list)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def show_stats(what):
    if gil is None:
        print("(python3 has no gil module: run this tour with baton to look inside the lock)")
        return
    s = gil.stats()
    print(f"gil.stats() for {what}: {s['acquisitions']} acquisitions, {s['contended']} contended, "
          f"{s['switches']} switches ({s['forced_switches']} forced by a drop request)")
    for row in s["threads"]:
        if row["name"].startswith("worker"):
            print(f"    {row['name']:<9} held the lock {row['hold_ns'] / 1e6:8.1f} ms, "
                  f"waited for it {row['wait_ns'] / 1e6:8.1f} ms")


def best_of(times, work):
    """The shortest of a few runs of work(): a busy machine only ever makes
    a run slower, so the shortest is the fairest figure."""
    best = None
    for _ in range(times):
        start = time.perf_counter()
        work()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def stop_one_thread():
    banner(1, "One thread runs bytecode")
    impl = getattr(sys, "implementation", None)
    print(f"This is {getattr(impl, 'name', 'python')}, following Python {sys.version.split()[0]}.")
    print("The interpreter executes bytecode one instruction at a time; any thread")
    print("that wants to execute bytecode must first hold the global interpreter")
    print("lock (the GIL). With one thread, nobody else ever asks for it.")
    countdown(N // 10)       # warm up, so that both measurements start alike
    elapsed = best_of(2, lambda: (countdown(N), countdown(N)))
    print(f"Two countdowns from {N:,}, one after the other: {elapsed:.3f} s")
    return elapsed


def stop_cpu_threads(sequential):
    banner(2, "CPU-bound threads take turns")
    print("Now the same two countdowns in two threads. Each wants the GIL all the")
    print("time; every switch interval (5 ms) the waiting thread asks the holder to")
    print("drop it, and they alternate. Only one ever runs at a time.")
    first = run_threads(countdown, [(N,), (N,)])
    if gil:
        gil.reset_stats()    # the statistics below are those of the second run
    elapsed = min(first, run_threads(countdown, [(N,), (N,)]))
    print(f"Two threads: {elapsed:.3f} s, ratio threads/sequential {elapsed / sequential:.2f}"
          " - no gain from the second core.")
    show_stats("the two CPU-bound threads")


def download(results, i):
    time.sleep(IO_WAIT)      # waiting, like a socket read: the GIL is released
    results[i] = i


def stop_io_threads():
    banner(3, "I/O-bound threads overlap")
    print(f"{IO_TASKS} tasks that each wait {IO_WAIT} s for I/O. A thread that waits releases")
    print("the GIL, so the waits of all the threads overlap.")
    results = [None] * IO_TASKS
    start = time.perf_counter()
    for i in range(IO_TASKS):
        download(results, i)
    sequential = time.perf_counter() - start
    if gil:
        gil.reset_stats()
    elapsed = run_threads(download, [(results, i) for i in range(IO_TASKS)])
    print(f"One after the other: {sequential:.3f} s.  In {IO_TASKS} threads: {elapsed:.3f} s "
          f"(x{sequential / elapsed:.1f}).")
    show_stats("the I/O-bound threads")


def stop_timeline():
    banner(4, "Who held the lock when")
    if gil is None:
        print("(baton only) gil.timeline() draws who held the GIL over time.")
        return
    print("gil.timeline() draws each thread's life: '#' holding the GIL, '.' waiting.")
    gil.trace_start()
    run_threads(countdown, [(N // 5,), (N // 5,)])
    gil.trace_stop()
    print(gil.timeline(60))
    print("Try: baton --gil-stats examples/threads_cpu.py, baton -X gil=ticks ...,")
    print("and baton --gil-trace=trace.json ... to open the trace in Perfetto.")


def main():
    sequential = stop_one_thread()
    stop_cpu_threads(sequential)
    stop_io_threads()
    stop_timeline()
    print()
    print("End of the tour. Run `baton` for a REPL, or read README.md for more.")


if __name__ == "__main__":
    main()
