# Threads that start threads, three levels deep; every leaf reports.
import threading

leaves = []
lock = threading.Lock()


def spawn(path, depth):
    if depth == 0:
        with lock:
            leaves.append(path)
        return
    kids = [threading.Thread(target=spawn, args=(path + str(i), depth - 1)) for i in range(3)]
    for t in kids:
        t.start()
    for t in kids:
        t.join()


spawn("", 3)
print(len(leaves))
print(sorted(leaves)[:4], sorted(leaves)[-1])
print(threading.active_count())
# expect: 27
# expect: ['000', '001', '002', '010'] 222
# expect: 1
