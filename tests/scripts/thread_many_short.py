# 1,000 short-lived threads, started in batches of 50 and all joined.
import threading

results = []
lock = threading.Lock()


def work(i):
    with lock:
        results.append(i * 2)


for batch in range(20):
    threads = [threading.Thread(target=work, args=(batch * 50 + k,)) for k in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

print(len(results))
print(sorted(results) == [i * 2 for i in range(1000)])
print(threading.active_count())
# expect: 1000
# expect: True
# expect: 1
