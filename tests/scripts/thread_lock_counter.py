# A counter protected by a Lock ends exact; so does one behind an RLock.
import threading

counter = 0
lock = threading.Lock()
rlock = threading.RLock()
rcounter = 0


def add(n):
    global counter, rcounter
    for _ in range(n):
        with lock:
            counter += 1
        with rlock:
            with rlock:
                rcounter += 1


threads = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, rcounter)
# expect: 20000 20000
