# An uncaught AttributeError ends with CPython 3.11's "Did you mean" hint,
# taken from dir() of the object; str(e) itself has no hint, and e.name and
# e.obj are set by the failed lookup.
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n
a = Account()
try:
    a.depositt(5)
except AttributeError as e:
    print(e)  # expect: 'Account' object has no attribute 'depositt'
    print(e.name, e.obj is a)  # expect: depositt True
try:
    getattr([], "apend")
except AttributeError as e:
    print(e.name, e.obj)  # expect: apend []
print(a.balanse)
# expect error: AttributeError: 'Account' object has no attribute 'balanse'. Did you mean: 'balance'?
