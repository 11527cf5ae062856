# Context managers: __enter__/__exit__, suppression, nesting, several items.
class Tracer:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Tracer.depth + f"enter {self.name}")
        Tracer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        status = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        print("  " * Tracer.depth + f"exit {self.name} ({status})")
        return self.suppress

with Tracer("outer") as t:
    print("inside", t.name)
    with Tracer("inner", suppress=True):
        raise ValueError("swallowed")
    print("after inner")

try:
    with Tracer("a") as a, Tracer("b") as b:
        print("body", a.name, b.name)
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

def early_return():
    with Tracer("ret"):
        return "returned"
print(early_return())

for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        return False

with Resource("db") as db, Resource("cache"):
    print(sorted(Resource.opened), db.name)
print(Resource.opened)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
