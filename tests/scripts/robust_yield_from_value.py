# `yield from` over an iterator that is not a generator returns the value
# of the StopIteration that ends it (None for built-in iterators).
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


class Bare(Countdown):
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def relay(it):
    result = yield from it
    print("returned", repr(result))


print(list(relay(Countdown(3))))
print(list(relay(Bare(2))))
print(list(relay(iter([7, 8]))))
print(list(relay(range(2))))


class Bad(Countdown):
    def __next__(self):
        raise ValueError("broken iterator")


try:
    list(relay(Bad(1)))
except ValueError as e:
    print("error", e)
# expect: returned 'liftoff'
# expect: [2, 1, 0]
# expect: returned None
# expect: [1, 0]
# expect: returned None
# expect: [7, 8]
# expect: returned None
# expect: [0, 1]
# expect: error broken iterator
