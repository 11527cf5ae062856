# the `as` name is unbound after the handler, on every path
def normal():
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "unbound"

print(normal())  # expect: unbound

e = "module level"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in globals())  # expect: False

def via_return():
    try:
        raise ValueError("v")
    except ValueError as err:
        return str(err)

print(via_return())  # expect: v

def exceptional_path():
    try:
        try:
            raise ValueError("first")
        except ValueError as err:
            raise TypeError("second")
    except TypeError:
        pass
    return "err" in locals()

print(exceptional_path())  # expect: False

def saved():
    keep = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        keep = exc
    return type(keep).__name__

print(saved())  # expect: ZeroDivisionError

def in_loop():
    names = []
    for i in range(2):
        try:
            raise IndexError(i)
        except IndexError as problem:
            names.append(problem.args[0])
    return names, "problem" in locals()

print(in_loop())  # expect: ([0, 1], False)

def closure_sees_deleted():
    try:
        raise ValueError("c")
    except ValueError as ex:
        f = lambda: ex
        val = f()
    try:
        f()
    except NameError:
        return "deleted", str(val)

print(closure_sees_deleted())  # expect: ('deleted', 'c')
