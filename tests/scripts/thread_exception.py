# An exception that ends a thread is reported on stderr ("Exception in thread
# NAME:" and its traceback); the other threads and the main program go on.
import _thread
import sys
import threading
import time


def boom():
    raise ValueError("broken worker")


seen = []
t = threading.Thread(target=boom, name="worker-1")
t.start()
t.join()
print("after join", t.is_alive())
ok = threading.Thread(target=seen.append, args=("ran",))
ok.start()
ok.join()
print(seen)

captured = []
old = threading.excepthook
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t2 = threading.Thread(target=boom, name="worker-2")
t2.start()
t2.join()
threading.excepthook = old
print(captured)
print("still running")


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def lines(self):
        return "".join(self.parts).splitlines()


def fail_in_c_thread():
    raise KeyError("from _thread")


real_stderr = sys.stderr
sys.stderr = cap = Capture()
t3 = threading.Thread(target=boom, name="worker-3")
t3.start()
t3.join()
done = threading.Event()
_thread.start_new_thread(lambda: (done.set(), fail_in_c_thread()), ())
done.wait()
while _thread._count():   # until the failed thread has been reported and is gone
    time.sleep(0.01)
sys.stderr = real_stderr
lines = cap.lines()
print(lines[0])
print(lines[1], lines.count("ValueError: broken worker"))
starts = [line.split(" at ")[0] for line in lines if line.startswith("Exception ignored")]
print(starts)
print(lines[-1])
# expect: after join False
# expect: ['ran']
# expect: [('ValueError', 'broken worker', 'worker-2')]
# expect: still running
# expect: Exception in thread worker-3:
# expect: Traceback (most recent call last): 1
# expect: ['Exception ignored in thread started by: <function <lambda>']
# expect: KeyError: 'from _thread'
