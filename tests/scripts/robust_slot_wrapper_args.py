# Calling slot wrappers and methods with the wrong number of arguments gives
# CPython's TypeError (its slot wrappers name no method), never a crash.
def err(f):
    try:
        f()
    except TypeError as e:
        print(e)


err(lambda: 'a'.__getitem__())
err(lambda: 'a'.__add__(1, 2))
err(lambda: 'a'.__len__(2))
err(lambda: [].__setitem__(1))
err(lambda: object().__setattr__('a'))
err(lambda: int.__add__(1))
err(lambda: list.append())
err(lambda: list.append([]))
err(lambda: str.join(1))
err(lambda: str.upper())
err(lambda: dict.get())
err(lambda: int.__neg__())
err(lambda: str.__getitem__(1, 0))
print([].__setitem__.__name__, 'a'.__getitem__.__name__)
[].__delitem__()
# expect: expected 1 argument, got 0
# expect: expected 1 argument, got 2
# expect: expected 0 arguments, got 1
# expect:  expected 2 arguments, got 1
# expect:  expected 2 arguments, got 1
# expect: expected 1 argument, got 0
# expect: unbound method list.append() needs an argument
# expect: list.append() takes exactly one argument (0 given)
# expect: descriptor 'join' for 'str' objects doesn't apply to a 'int' object
# expect: unbound method str.upper() needs an argument
# expect: unbound method dict.get() needs an argument
# expect: descriptor '__neg__' of 'int' object needs an argument
# expect: descriptor '__getitem__' requires a 'str' object but received a 'int'
# expect: __setitem__ __getitem__
# expect error: TypeError: expected 1 argument, got 0
