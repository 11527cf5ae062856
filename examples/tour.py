# The baton tour: `make demo` runs this file. It runs unchanged under python3 too.
#
# Each stop explains one idea and measures it. The stops about threads appear
# as soon as the threading and gil modules are built into baton; until then
# the tour says so instead of pretending.
import sys
import time


def banner(title):
    print()
    print("=" * 72)
    print(title)
    print("=" * 72)


def countdown(n):
    while n > 0:
        n -= 1


def stop_interpreter():
    banner("1. An interpreter runs bytecode, one instruction at a time")
    impl = getattr(sys, "implementation", None)
    name = getattr(impl, "name", "python")
    print(f"You are running {name}, following Python {sys.version.split()[0]}.")
    print("Every Python statement becomes a few bytecode instructions; the eval loop")
    print("fetches and executes them one after another. Try:  baton --dis examples/tour.py")
    n = 3_000_000
    start = time.perf_counter()
    countdown(n)
    elapsed = time.perf_counter() - start
    print(f"Counting down from {n:,} took {elapsed:.3f} s "
          f"({elapsed / n * 1e9:.1f} ns per loop iteration).")
    return elapsed


def stop_threads(single):
    banner("2. Two CPU-bound threads and one lock: the GIL")
    try:
        import threading
    except ImportError:
        print("This baton has no threading module yet: the GIL stops of the tour arrive")
        print("with it. What you will see then: two threads counting down take as long")
        print("as one thread doing both countdowns, because only the thread holding the")
        print("global interpreter lock may run bytecode.")
        return
    n = 3_000_000
    threads = [threading.Thread(target=countdown, args=(n,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"Sequential, twice: {2 * single:.3f} s.  Two threads: {elapsed:.3f} s.")
    print(f"Ratio threads/sequential: {elapsed / (2 * single):.2f} (no gain: the GIL).")


def main():
    single = stop_interpreter()
    stop_threads(single)
    print()
    print("End of the tour. Run `baton` for a REPL, or read README.md.")


if __name__ == "__main__":
    main()
