# Deep recursion after raising the recursion limit, as CPython 3.11 allows:
# Python calls, methods, generators and mutual recursion, in the main thread
# and in a thread.
import sys
import threading

sys.setrecursionlimit(200000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


class Node:
    def __init__(self, child):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def walk(n):
    if n:
        yield from walk(n - 1)
    yield n


print(depth(20000))  # expect: 20000
chain = None
for i in range(10000):
    chain = Node(chain)
print(chain.size())  # expect: 10000
print(is_even(15001), is_odd(15001))  # expect: False True
print(sum(walk(2000)))  # expect: 2001000

results = []
t = threading.Thread(target=lambda: results.append(depth(100000)))
t.start()
t.join()
print(results)  # expect: [100000]

sys.setrecursionlimit(50)
try:
    depth(100)
except RecursionError as e:
    print("limit", e)  # expect: limit maximum recursion depth exceeded
print(depth(30))  # expect: 30
