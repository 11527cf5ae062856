# Switching the GIL policy over and over while four threads contend for the
# GIL and a Lock: nobody deadlocks (fifo tickets of an old epoch are voided)
# and the lock-protected counter ends exact. baton only (the gil module).
import gil
import sys
import threading

sys.setswitchinterval(0.0005)
counter = 0
lock = threading.Lock()
stop = threading.Event()


def work():
    global counter
    for _ in range(20000):
        with lock:
            counter += 1


def switcher():
    policies = ["interval", "ticks", "fifo"]
    k = 0
    while not stop.is_set():
        gil.set_policy(policies[k % 3])
        k += 1
        for _ in range(300):
            pass


sw = threading.Thread(target=switcher)
sw.start()
workers = [threading.Thread(target=work) for _ in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
stop.set()
sw.join()
gil.set_policy("interval")
print(counter, gil.policy())
# expect: 80000 interval
