# gil.stats() stays bounded when a program starts many threads: past 256
# exited threads, one summary row sums up the rest, and the totals are still
# the sums of the rows. baton only (the gil module is baton's).
import gil
import threading

gil.reset_stats()
for batch in range(10):
    ts = [threading.Thread(target=lambda: None, name=f"short-{batch}-{k}") for k in range(50)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
s = gil.stats()
rows = s["threads"]
names = [r["name"] for r in rows]
print(len(rows), names[0].startswith("short-0-"), names.count("(more exited threads)"), names[-1])
print(sum(r["acquisitions"] for r in rows) == s["acquisitions"])
print(sum(r["hold_ns"] for r in rows) == s["hold_ns"], sum(r["wait_ns"] for r in rows) == s["wait_ns"])
summary = rows[-2]
print(summary["ident"], summary["acquisitions"] >= 500 - 255)
# expect: 257 True 1 MainThread
# expect: True
# expect: True True
# expect: 0 True
