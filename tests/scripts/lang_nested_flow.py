# deep combinations of loops, try, with and generators
log = []

class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        log.append("+" + self.tag)
        return self
    def __exit__(self, *exc):
        log.append("-" + self.tag)
        return False

def deep(mode):
    log.clear()
    while True:
        try:
            for i in range(3):
                with CM("w%d" % i):
                    try:
                        if i == 1:
                            if mode == "return":
                                return "ret"
                            if mode == "break":
                                break
                            if mode == "continue":
                                continue
                            if mode == "raise":
                                raise ValueError("v")
                    finally:
                        log.append("f%d" % i)
            else:
                log.append("for-else")
        except ValueError:
            log.append("caught")
        finally:
            log.append("outer-finally")
        break
    return "end"

print(deep("return"), log)  # expect: ret ['+w0', 'f0', '-w0', '+w1', 'f1', '-w1', 'outer-finally']
print(deep("break"), log)  # expect: end ['+w0', 'f0', '-w0', '+w1', 'f1', '-w1', 'outer-finally']
print(deep("continue"), log)  # expect: end ['+w0', 'f0', '-w0', '+w1', 'f1', '-w1', '+w2', 'f2', '-w2', 'for-else', 'outer-finally']
print(deep("raise"), log)  # expect: end ['+w0', 'f0', '-w0', '+w1', 'f1', '-w1', 'caught', 'outer-finally']

def gen_cleanup():
    for i in range(10):
        with CM("g"):
            try:
                yield i
            finally:
                log.append("gf%d" % i)

log.clear()
g = gen_cleanup()
print(next(g), next(g))  # expect: 0 1
g.close()
print(log)  # expect: ['+g', 'gf0', '-g', '+g', 'gf1', '-g']

def handler_nesting():
    out = []
    try:
        try:
            raise KeyError("k")
        except KeyError as outer:
            try:
                raise ValueError("v")
            except ValueError as inner:
                out.append((str(outer), str(inner)))
            out.append("outer still bound: " + str(outer))
            raise
    except KeyError as final:
        out.append(repr(final))
    return out

print(handler_nesting())  # expect: [("'k'", 'v'), "outer still bound: 'k'", "KeyError('k')"]

def loop_in_finally():
    total = 0
    try:
        return total
    finally:
        for i in range(3):
            total += i
        log.append(total)

log.clear()
print(loop_in_finally(), log)  # expect: 0 [3]

def while_try_continue():
    i = 0
    seen = []
    while i < 5:
        i += 1
        try:
            if i % 2:
                continue
            seen.append(i)
        finally:
            seen.append("f")
    return seen

print(while_try_continue())  # expect: ['f', 2, 'f', 'f', 4, 'f', 'f']

def return_from_except_in_loop():
    for x in [1, 2]:
        try:
            1 / 0
        except ZeroDivisionError:
            for y in [3, 4]:
                if y == 4:
                    return x, y
    return None

print(return_from_except_in_loop())  # expect: (1, 4)
import sys
print(sys.exc_info())  # expect: (None, None, None)

def gen_with_return_in_try():
    try:
        yield 1
        return "r"
    finally:
        log.append("gen-finally")

log.clear()
def drive():
    result = yield from gen_with_return_in_try()
    return result
d = drive()
print(next(d))  # expect: 1
try:
    next(d)
except StopIteration as s:
    print(log)  # expect: ['gen-finally']

def exceptions_in_comprehension():
    try:
        return [1 / x for x in [1, 0]]
    except ZeroDivisionError:
        return "zde"

print(exceptions_in_comprehension())  # expect: zde

def break_out_of_with_in_while():
    n = 0
    while True:
        with CM("b"):
            n += 1
            if n == 2:
                break
    return n

log.clear()
print(break_out_of_with_in_while(), log)  # expect: 2 ['+b', '-b', '+b', '-b']
