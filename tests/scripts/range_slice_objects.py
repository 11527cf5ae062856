# slice objects: constructor, repr, attributes, indices, equality, hashing
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = slice(5)
print(s, s.start, s.stop, s.step)  # expect: slice(None, 5, None) None 5 None
print(slice(1, 2), slice(1, 2, 3), slice(None, -1, None), slice("a", [1], 2.5))
# expect: slice(1, 2, None) slice(1, 2, 3) slice(None, -1, None) slice('a', [1], 2.5)
err(lambda: slice())  # expect: TypeError: slice expected at least 1 argument, got 0
err(lambda: slice(1, 2, 3, 4))  # expect: TypeError: slice expected at most 3 arguments, got 4
print(slice(None).indices(10), slice(2, 8).indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
# expect: (0, 10, 1) (2, 5, 1) (7, 10, 1) (3, -1, -1)
print(slice(-100, 100, 3).indices(10), slice(100, -100, -3).indices(10), slice(5, 2).indices(10), slice(0, 0, -2).indices(0))
# expect: (0, 10, 3) (9, -1, -3) (5, 2, 1) (-1, -1, -2)
print(slice(1, None, -1).indices(10), slice(None, -11, -1).indices(10), slice(3, 7, 2).indices(0))  # expect: (1, -1, -1) (9, -1, -1) (0, 0, 2)
err(lambda: slice(None, None, 0).indices(5))  # expect: ValueError: slice step cannot be zero
err(lambda: slice(1).indices(-1))  # expect: ValueError: length should not be negative
err(lambda: slice("a").indices(5))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1), slice(1, 2) != slice(1, 3))  # expect: True True True True
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2) == (1, 2))  # expect: True True False
err(lambda: hash(slice(1)))  # expect: TypeError: unhashable type: 'slice'
err(lambda: {slice(1): 0})  # expect: TypeError: unhashable type: 'slice'
a = list(range(10))
print(a[slice(2, None, 3)], "abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(1, None)])  # expect: [2, 5, 8] ace (2, 3)
print(a[-1:-1000:-3], a[1000:-1000:-1][:3], a[::-11], a[-11::11])  # expect: [9, 6, 3, 0] [9, 8, 7] [9] [0]
class Idx:
    def __index__(self):
        return 2
print(a[Idx()], a[Idx():], a[:Idx()], a[::Idx()], slice(Idx()).indices(5) if False else slice(None, 2).indices(5))
# expect: 2 [2, 3, 4, 5, 6, 7, 8, 9] [0, 1] [0, 2, 4, 6, 8] (0, 2, 1)
print(a[2**70:], a[-2**70:3], a[:-2**70], a[::2**70])  # expect: [] [0, 1, 2] [] [0]
print(type(slice(1)).__name__, isinstance(slice(1), slice))  # expect: slice True
