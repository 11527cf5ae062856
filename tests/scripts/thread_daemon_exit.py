# The program exits (status 0) while daemon threads are still spinning,
# blocked or writing; exit waits only for the non-daemon thread.
import sys
import threading
import time

started = threading.Event()


def spin():
    started.set()
    n = 0
    while True:
        n += 1


def block():
    threading.Event().wait()


def chatter():
    while True:
        sys.stderr.write("daemon still talking\n")
        time.sleep(0.0005)


def slow_non_daemon():
    time.sleep(0.1)
    print("non-daemon finished")


threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=block, daemon=True).start()
threading.Thread(target=chatter, daemon=True).start()
started.wait()
threading.Thread(target=slow_non_daemon).start()
print("main done")
# expect: main done
# expect: non-daemon finished
