# Built-in functions and method descriptors: binding, reprs, names, and the
# errors of calling them wrongly.

print(repr(len))  # expect: <built-in function len>
print(repr(list.append))  # expect: <method 'append' of 'list' objects>
print(repr([].append).startswith("<built-in method append of list object at 0x"))  # expect: True
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))  # expect: True
print(len.__name__, [].append.__name__, list.append.__qualname__)  # expect: len append list.append

lst = [1]
app = lst.append
app(2)
print(lst, app.__self__ is lst)  # expect: [1, 2] True
list.append(lst, 3)
print(lst)  # expect: [1, 2, 3]
print(dict.fromkeys("ab", 0))  # expect: {'a': 0, 'b': 0}

class MyDict(dict):
    pass

print(type(MyDict.fromkeys([1])).__name__)  # expect: MyDict

def check(thunk):
    try:
        thunk()
    except TypeError as e:
        print(e)

check(lambda: list.append())  # expect: unbound method list.append() needs an argument
check(lambda: list.append(1, 2))  # expect: descriptor 'append' for 'list' objects doesn't apply to a 'int' object
check(lambda: len(1, 2))  # expect: len() takes exactly one argument (2 given)
check(lambda: len())  # expect: len() takes exactly one argument (0 given)
check(lambda: {}.get(1, 2, 3))  # expect: get expected at most 2 arguments, got 3
check(lambda: "a".split(1, 2, 3))  # expect: split() takes at most 2 arguments (3 given)
check(lambda: abs(x=1))  # expect: abs() takes no keyword arguments
check(lambda: getattr())  # expect: getattr expected at least 2 arguments, got 0
check(lambda: divmod(1))  # expect: divmod expected 2 arguments, got 1

# built-ins are first-class values
ops = [len, str.upper, abs]
print([f("ab") if f is not abs else f(-1) for f in ops])  # expect: [2, 'AB', 1]
print(list(map(str.strip, [" a ", "b "])))  # expect: ['a', 'b']
print(sorted(["b", "A", "c"], key=str.lower))  # expect: ['A', 'b', 'c']

# bound built-in methods compare by their self and function
s = "x"
print(callable(s.upper), callable(len), callable(1))  # expect: True True False
