# Exceptions: handlers, finally ordering, chaining, custom hierarchies.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key

log = []

def risky(n):
    try:
        log.append(f"try {n}")
        if n == 0:
            raise ZeroDivisionError("n is zero")
        if n < 0:
            raise ConfigError(f"k{n}")
        return 10 // n
    except ZeroDivisionError as e:
        log.append(f"caught {e}")
        return None
    else:
        log.append("else")
    finally:
        log.append(f"finally {n}")

for n in (5, 0, -2):
    try:
        print("result", risky(n))
    except AppError as e:
        print("app error:", e, type(e).__name__, e.key, isinstance(e, Exception))
print(log)

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad number {s!r}") from e

try:
    convert("x1")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError as e:
        print("KeyError str:", str(e), "args:", e.args)
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(loop_with_finally())

def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested_return())
errors = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), AppError("a")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as e:
        print("value/type", repr(e))
    except LookupError as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", e)
