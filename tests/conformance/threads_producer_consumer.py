# Producers put numbered items into a bounded queue; consumers take them
# until each sees a sentinel. The report is sorted so it does not depend on
# scheduling.
import queue
import threading

SENTINEL = None
NPRODUCERS = 3
NCONSUMERS = 2
PER_PRODUCER = 40

q = queue.Queue(maxsize=5)
consumed = {c: [] for c in range(NCONSUMERS)}


def producer(p):
    for i in range(PER_PRODUCER):
        q.put((p, i))


def consumer(c):
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        consumed[c].append(item)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(NPRODUCERS)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(NCONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(SENTINEL)
for t in consumers:
    t.join()

everything = sorted(item for items in consumed.values() for item in items)
print("items consumed:", len(everything))
print("first:", everything[:3])
print("last:", everything[-3:])
for p in range(NPRODUCERS):
    mine = [i for (who, i) in everything if who == p]
    print(f"producer {p}: {len(mine)} items, in order: {mine == list(range(PER_PRODUCER))}")
for c in range(NCONSUMERS):
    seen = consumed[c]
    per_producer_ordered = all(
        [i for (who, i) in seen if who == p] == sorted(i for (who, i) in seen if who == p)
        for p in range(NPRODUCERS))
    print(f"consumer {c} saw each producer's items in order: {per_producer_ordered}")
print("queue empty:", q.empty())
