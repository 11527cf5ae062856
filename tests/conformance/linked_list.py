# A linked list implementing the sequence protocol and iteration.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        for i, value in enumerate(self):
            if i == index:
                return value

    def __contains__(self, value):
        return any(v == value for v in self)

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

ll = LinkedList(range(1, 8))
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 42 in ll)
ll.reverse()
print(ll, list(ll)[:3], sum(ll), max(ll), sorted(ll)[-2:])
ll.push("x")
print(ll, ll[0])
try:
    ll[100]
except IndexError as e:
    print("IndexError:", e)
print([v * 2 for v in ll if isinstance(v, int)], bool(LinkedList()), bool(ll))
