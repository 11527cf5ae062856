# Daemon threads still running at exit, busy in a loop or waking from
# sleeps, neither crash the interpreter nor run during the teardown: once it
# has started they never get the GIL back, even while a __del__ sleeps (a
# sleep releases the GIL). Their own frames keep what they use alive.
import threading
import time

# The threads' functions get a namespace of their own: a frame that keeps
# running keeps its globals alive, and __main__'s must be freed at exit.
THREAD_CODE = """
import time
counts = [0, 0]

def spin():
    while True:
        counts[0] += 1

def nap():
    while True:
        time.sleep(0.001)
        counts[1] += 1
"""
ns = {}
exec(THREAD_CODE, ns)
counts = ns["counts"]


class Watcher:
    def __del__(self):
        before = list(counts)
        time.sleep(0.05)
        print("daemon threads parked:", counts == before)


for target in (ns["spin"], ns["nap"], ns["spin"]):
    threading.Thread(target=target, daemon=True).start()
while counts[0] == 0 or counts[1] == 0:
    time.sleep(0.01)
w = Watcher()
print("end of script")
# expect: end of script
# expect: daemon threads parked: True
