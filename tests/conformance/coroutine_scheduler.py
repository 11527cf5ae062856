# A round-robin scheduler of generator-based tasks: tasks receive values
# through send(), get exceptions thrown into them, delegate with yield from,
# return results through StopIteration, and are cancelled with close().


class Cancelled(Exception):
    pass


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Task:
    counter = 0

    def __init__(self, gen, name):
        Task.counter += 1
        self.id = Task.counter
        self.gen = gen
        self.name = name
        self.wake = 0
        self.result = None
        self.error = None
        self.inbox = None

    def __repr__(self):
        state = "done" if self.done else "live"
        return f"<Task {self.id} {self.name} {state}>"

    @property
    def done(self):
        return self.result is not None or self.error is not None


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.now = 0
        self.trace = []

    def spawn(self, gen, name):
        t = Task(gen, name)
        self.tasks.append(t)
        return t

    def step(self, t):
        try:
            if t.inbox is not None:
                exc, t.inbox = t.inbox, None
                req = t.gen.throw(exc)
            else:
                req = t.gen.send(self.now if t.wake else None)
        except StopIteration as stop:
            t.result = ("ok", stop.value)
            return
        except Exception as e:
            t.error = e
            return
        if isinstance(req, Sleep):
            t.wake = self.now + req.ticks
        else:
            self.trace.append(f"t={self.now} {t.name} yielded {req!r}")
            t.wake = self.now + 1

    def run(self, limit=50):
        while self.now < limit and not all(t.done for t in self.tasks):
            for t in list(self.tasks):
                if not t.done and t.wake <= self.now:
                    self.step(t)
            self.now += 1

    def cancel(self, t):
        t.inbox = Cancelled(f"{t.name} cancelled at {self.now}")


def countdown(n):
    while n:
        now = yield Sleep(1)
        n -= 1
    return f"countdown finished at {now}"


def summer(values):
    total = 0
    for v in values:
        total += v
        yield f"partial {total}"
    return total


def worker(jobs):
    results = []
    try:
        for job in jobs:
            r = yield from summer(job)
            results.append(r)
            yield Sleep(2)
    except Cancelled as c:
        results.append(f"stopped: {c}")
        return results
    finally:
        results.append("cleanup")
    return results


def crasher():
    yield Sleep(1)
    yield "about to fail"
    raise KeyError("missing config")


def forever():
    n = 0
    try:
        while True:
            n += 1
            yield Sleep(3)
    finally:
        print(f"forever closed after {n} rounds")


s = Scheduler()
a = s.spawn(countdown(3), "countdown")
b = s.spawn(worker([[1, 2], [10, 20, 30]]), "worker")
c = s.spawn(crasher(), "crasher")
d = s.spawn(worker([[5] * 3] * 5), "slow")
f = s.spawn(forever(), "forever")
s.run(limit=6)
s.cancel(d)
s.run(limit=30)
print(s.now)
for t in (a, b, c, d):
    print(t, t.result, repr(t.error))
print(f, f.done)
f.gen.close()
f.gen.close()
print("\n".join(s.trace))

g = summer([1, 2])
print(next(g), g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)


def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    except GeneratorExit:
        print("echo got", received)
        raise


e = echo()
next(e)
for word in ["a", "b", "c"]:
    e.send(word)
e.close()


def bad_stop():
    yield 1
    raise StopIteration("oops")


try:
    list(bad_stop())
except RuntimeError as err:
    print(err, "|", repr(err.__cause__))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as err:
    print(err)
