# with statements: several items, nesting with try, suppression, unwinding
log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.suppress

with CM("a") as v:
    log.append("body " + v)
print(log)  # expect: ['enter a', 'body A', 'exit a None']

log.clear()
with CM("a") as x, CM("b") as y:
    log.append(x + y)
print(log)  # expect: ['enter a', 'enter b', 'AB', 'exit b None', 'exit a None']

log.clear()
try:
    with CM("a"), CM("b"):
        raise ValueError("boom")
except ValueError as e:
    log.append("caught " + str(e))
print(log)  # expect: ['enter a', 'enter b', 'exit b ValueError', 'exit a ValueError', 'caught boom']

log.clear()
with CM("s", suppress=True):
    raise KeyError("hidden")
log.append("after")
print(log)  # expect: ['enter s', 'exit s KeyError', 'after']

def ret_in_with():
    with CM("r"):
        return "returned"

log.clear()
print(ret_in_with(), log)  # expect: returned ['enter r', 'exit r None']

log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print(log)  # expect: ['enter 0', 'exit 0 None', 'enter 1', 'exit 1 None']

log.clear()
def nested_try_with():
    try:
        with CM("t"):
            try:
                raise TypeError
            finally:
                log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")

nested_try_with()
print(log)  # expect: ['enter t', 'inner finally', 'exit t TypeError', 'outer except', 'outer finally']

log.clear()
def with_in_except():
    try:
        raise IndexError
    except IndexError:
        with CM("h"):
            return "from handler"

print(with_in_except(), log)  # expect: from handler ['enter h', 'exit h None']

import sys
log.clear()
with CM("x", suppress=True):
    try:
        raise ValueError
    finally:
        log.append(sys.exc_info()[0].__name__)
print(log, sys.exc_info()[0])  # expect: ['enter x', 'ValueError', 'exit x ValueError'] None

class Target:
    pass
t = Target()
with CM("attr") as t.value:
    pass
print(t.value)  # expect: ATTR
with CM("tup") as (first, *rest):
    pass
print(first, rest)  # expect: T ['U', 'P']

try:
    with 42:
        pass
except TypeError as e:
    print(e)  # expect: 'int' object does not support the context manager protocol

class Enter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")

try:
    with Enter():
        print("never")
except RuntimeError as e:
    print(e)  # expect: enter failed

def exit_raises():
    class Bad:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            raise KeyError("from exit")
    try:
        with Bad():
            raise ValueError("body")
    except KeyError as e:
        return repr(e), repr(e.__context__)

print(exit_raises())  # expect: ("KeyError('from exit')", "ValueError('body')")
