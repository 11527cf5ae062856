# 8 threads mutate one shared list, dict, set and instance at once.
import threading

shared_list = []
shared_dict = {}
shared_set = set()


class Box:
    pass


box = Box()
N = 2000


def mutate(k):
    base = k * N
    for i in range(base, base + N):
        shared_list.append(i)
        shared_dict[i] = k
        shared_set.add(i)
        setattr(box, f"t{k}", i)
        if i % 3 == 0:
            shared_dict.pop(i)
            shared_set.discard(i)


threads = [threading.Thread(target=mutate, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = 8 * N
print(sorted(shared_list) == list(range(total)))
kept = [i for i in range(total) if i % 3 != 0]
print(sorted(shared_dict) == kept, sorted(shared_set) == kept)
print(all(shared_dict[i] == i // N for i in kept))
print([getattr(box, f"t{k}") for k in range(8)] == [k * N + N - 1 for k in range(8)])
# expect: True
# expect: True True
# expect: True
# expect: True
