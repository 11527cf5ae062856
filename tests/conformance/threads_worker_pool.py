# A pool of worker threads sums chunks of a range; the main thread collects
# the partial sums from a results queue and prints them in chunk order.
import queue
import threading

CHUNK = 1000
NCHUNKS = 24
NWORKERS = 4

tasks = queue.Queue()
results = queue.Queue()


def worker(wid):
    while True:
        job = tasks.get()
        if job is None:
            tasks.task_done()
            break
        start = job * CHUNK
        total = 0
        for n in range(start, start + CHUNK):
            total += n * n
        results.put((job, total))
        tasks.task_done()


workers = [threading.Thread(target=worker, args=(w,), name=f"worker-{w}") for w in range(NWORKERS)]
for w in workers:
    w.start()
for job in range(NCHUNKS):
    tasks.put(job)
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()

partials = sorted(results.get() for _ in range(NCHUNKS))
for job, total in partials[:5]:
    print(f"chunk {job:2d}: {total}")
print("...")
grand = sum(total for _, total in partials)
print("chunks:", len(partials))
print("sum of squares below", CHUNK * NCHUNKS, "=", grand)
print("check:", grand == sum(n * n for n in range(CHUNK * NCHUNKS)))
print("workers alive:", [w.is_alive() for w in workers])
