# Condition producer/consumer, Barrier with an action, Semaphore limits, Event.
import threading

items = []
cond = threading.Condition()
consumed = []
DONE = object()


def producer():
    for i in range(50):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        items.append(DONE)
        cond.notify()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items)
            item = items.pop(0)
        if item is DONE:
            return
        consumed.append(item)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(consumed == list(range(50)))

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all here"))
indices = []


def party():
    for _ in range(2):
        indices.append(barrier.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(actions, sorted(indices), barrier.n_waiting, barrier.broken)

sem = threading.Semaphore(2)
active = 0
peak = 0
guard = threading.Lock()


def limited():
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        for _ in range(200):
            pass
        with guard:
            active -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2:", peak <= 2, "active:", active)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)
ev = threading.Event()
waiters_done = []
ts = [threading.Thread(target=lambda: waiters_done.append(ev.wait())) for _ in range(3)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(waiters_done)
# expect: True
# expect: ['all here', 'all here'] [0, 0, 1, 1, 2, 2] 0 False
# expect: peak <= 2: True active: 0
# expect: Semaphore released too many times
# expect: [True, True, True]
