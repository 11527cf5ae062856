# At exit the globals of __main__ are released as in CPython 3.11: the
# module leaves sys.modules, a collection frees its namespace and runs every
# __del__ in the order of the collector's lists (about allocation order;
# names with one underscore are not first here), each still seeing the
# other globals; cyclic garbage made earlier is finalized before that, and
# a suspended generator runs its finally.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("bye", self.name, "sees", type(LOG).__name__)


def make_cycle():
    c = Noisy("cycle")
    c.me = c


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


LOG = []
a = Noisy("a")
b = Noisy("b")
_private = Noisy("_private")
items = [Noisy("in list")]
later, first = Noisy("later"), a
del a
make_cycle()
g = gen()
next(g)
print("end of script")
# expect: end of script
# expect: bye cycle sees list
# expect: bye a sees list
# expect: bye b sees list
# expect: bye _private sees list
# expect: bye later sees list
# expect: generator finally
# expect: bye in list sees list
