# return / break / continue crossing try, except and finally
log = []

def ret_in_try():
    try:
        return "try"
    finally:
        log.append("f1")

print(ret_in_try(), log)  # expect: try ['f1']

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())  # expect: finally

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(finally_swallows())  # expect: swallowed

def ret_in_except():
    try:
        raise KeyError
    except KeyError:
        return "except"
    finally:
        log.append("f2")

print(ret_in_except(), log[-1])  # expect: except f2

def ret_in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        return "else"
    finally:
        log.append("f3")

print(ret_in_else(), log[-1])  # expect: else f3

def break_in_try():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f")
    return out

print(break_in_try())  # expect: [0, 'f', 1, 'f', 'f']

def continue_in_try():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(continue_in_try())  # expect: [0, 'f0', 'f1', 2, 'f2']

def break_in_except():
    out = []
    while True:
        try:
            raise ValueError
        except ValueError:
            out.append("caught")
            break
    return out

print(break_in_except())  # expect: ['caught']

import sys
def continue_in_except():
    out = []
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            if i < 2:
                continue
            out.append(str(e))
    out.append(sys.exc_info()[0])
    return out

print(continue_in_except())  # expect: ['2', None]

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return "after " + str(i)

print(break_in_finally())  # expect: after 0

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            continue
    return out

print(continue_in_finally())  # expect: [0, 1, 2]

def nested_finally():
    out = []
    try:
        try:
            return out
        finally:
            out.append("inner")
    finally:
        out.append("outer")

print(nested_finally())  # expect: ['inner', 'outer']

def return_in_nested_loop():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    return (i, j)
            finally:
                log.append("nf")
    return None

print(return_in_nested_loop())  # expect: (0, 1)

def ret_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2

print(ret_value_evaluated_before_finally())  # expect: 1

def except_after_return_in_finally_loop():
    count = 0
    for _ in range(3):
        try:
            try:
                raise ValueError
            except ValueError:
                count += 1
                continue
        finally:
            count += 10
    return count

print(except_after_return_in_finally_loop())  # expect: 33

def while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        return "else ran", n

print(while_else())  # expect: ('else ran', 3)

def for_else_break():
    for i in range(5):
        if i == 3:
            break
    else:
        return "no break"
    return "broke at %d" % i

print(for_else_break())  # expect: broke at 3

def exception_in_finally_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise TypeError("replacement")
    except Exception as e:
        return repr(e), repr(e.__context__)

print(exception_in_finally_replaces())  # expect: ("TypeError('replacement')", "ValueError('original')")

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen closed")

gen = generator_finally()
print(next(gen))  # expect: 1
gen.close()
print(log[-1])  # expect: gen closed
