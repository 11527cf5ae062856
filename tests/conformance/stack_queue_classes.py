# Stack and queue classes with __len__, __bool__, __repr__ and error handling; bracket matching.
class Empty(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise Empty("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self, items=()):
        self._in, self._out = list(items), []

    def put(self, item):
        self._in.append(item)

    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise Empty("get from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except Empty:
                return False
    return not s

for t in ["(a[b]{c})", "([)]", "((", "", "}{", "f(x[1], {y: (2)})"]:
    print(repr(t), balanced(t))
q = Queue([1, 2])
q.put(3)
print(q.get(), len(q), q.get(), q.get(), bool(q))
try:
    q.get()
except Empty as e:
    print("Empty:", e)
s = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.peek(), s.pop(), s)
