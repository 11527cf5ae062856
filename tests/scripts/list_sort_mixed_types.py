# list.sort / sorted with keys that do not compare: the TypeError names the pair
# CPython's timsort compares first (its run detection looks at item 1 < item 0).
# A class whose __lt__ says NotImplemented sees it called twice, as in CPython.
def err(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

err(lambda: sorted((1.5, 0, 'a')))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted([1, 'a']))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted(['a', 1]))  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
err(lambda: sorted([2, 1, 'a']))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted([1, 2, 3, 'a', 0]))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted([None, 1, 2]))  # expect: TypeError: '<' not supported between instances of 'int' and 'NoneType'
err(lambda: sorted([3, 2, 1, None]))  # expect: TypeError: '<' not supported between instances of 'NoneType' and 'int'
err(lambda: sorted([1.0, 2, 'x', b'y']))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted([(1, 'a'), (1, 2)]))  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
err(lambda: sorted([(1, 2), (1, 'a'), (0, None)]))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted([[1], (1,)]))  # expect: TypeError: '<' not supported between instances of 'tuple' and 'list'
err(lambda: sorted([{1}, {2}, {1, 2}, 3]))  # expect: TypeError: '<' not supported between instances of 'int' and 'set'
err(lambda: sorted(['b', 'a'] * 40 + [5]))  # expect: TypeError: '<' not supported between instances of 'int' and 'str'
err(lambda: sorted(list(range(100)) + ['z'] + list(range(50))))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted([3, 1, 2], key=lambda x: 'a' if x == 2 else x))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'
err(lambda: sorted([object(), object()]))  # expect: TypeError: '<' not supported between instances of 'object' and 'object'
err(lambda: sorted([5, 4, 3], reverse=True) + sorted(['c', 9], reverse=True))  # expect: TypeError: '<' not supported between instances of 'str' and 'int'

class NoOrder:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, getattr(other, "n", other))
        return NotImplemented
    def __gt__(self, other):
        print("gt", self.n, getattr(other, "n", other))
        return NotImplemented
err(lambda: sorted([NoOrder(1), NoOrder(2)]))
# expect: lt 2 1
# expect: lt 2 1
# expect: gt 1 2
# expect: TypeError: '<' not supported between instances of 'NoOrder' and 'NoOrder'
err(lambda: sorted([NoOrder(1), 5]))
# expect: gt 1 5
# expect: TypeError: '<' not supported between instances of 'int' and 'NoOrder'
