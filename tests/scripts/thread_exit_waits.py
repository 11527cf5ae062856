# An uncaught exception in the main thread is reported, and then the
# interpreter still waits for the non-daemon thread before it exits with 1.
import threading
import time

started = threading.Event()


def late():
    started.set()
    time.sleep(0.2)
    print("worker finished", flush=True)


threading.Thread(target=late).start()
started.wait()
print("main raising", flush=True)
raise ValueError("main died")
# expect: main raising
# expect: worker finished
# expect error: ValueError: main died
