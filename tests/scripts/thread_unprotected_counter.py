# An unprotected `x += 1` from several threads may lose updates but never crashes.
import threading

x = 0
EXPECTED = 4 * 20000


def bump():
    global x
    for _ in range(20000):
        x += 1


threads = [threading.Thread(target=bump) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("finished")
print(0 < x <= EXPECTED)
# expect: finished
# expect: True
