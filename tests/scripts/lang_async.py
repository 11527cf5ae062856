# async def / await / async with / async for, driven by hand (no event loop)
class Later:
    """An awaitable that suspends once, then produces a value."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield "suspend"
        return (self.value, got)

def run(coro):
    """Drive a coroutine to completion, sending back a counter."""
    steps = 0
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value, steps
        steps += 1
        value = "resume%d" % steps

async def simple():
    return 42

print(run(simple()))  # expect: (42, 0)

async def awaits():
    a = await Later("x")
    b = await Later("y")
    return a, b

print(run(awaits()))  # expect: ((('x', 'resume1'), ('y', 'resume2')), 2)

async def chain():
    r = await simple()
    s = await awaits()
    return r, s[0][0]

print(run(chain()))  # expect: ((42, 'x'), 2)

log = []

class AsyncCM:
    async def __aenter__(self):
        log.append("aenter")
        await Later(None)
        return "resource"
    async def __aexit__(self, et, ev, tb):
        log.append("aexit " + (et.__name__ if et else "None"))
        return et is KeyError

async def use_cm():
    async with AsyncCM() as r:
        log.append("body " + r)
    async with AsyncCM():
        raise KeyError("suppressed")
    try:
        async with AsyncCM():
            raise ValueError("escapes")
    except ValueError as e:
        log.append("caught " + str(e))
    return "done"

print(run(use_cm()))  # expect: ('done', 3)
print(log)  # expect: ['aenter', 'body resource', 'aexit None', 'aenter', 'aexit KeyError', 'aenter', 'aexit ValueError', 'caught escapes']

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Later(None)
        return self.n

async def use_for():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Countdown(5):
        if v == 3:
            break
        out.append(v)
    return out

print(run(use_for()))  # expect: ([2, 1, 0, 'else', 4], 5)

async def returns_in_async_with():
    async with AsyncCM():
        return "early"

log.clear()
print(run(returns_in_async_with()), log)  # expect: ('early', 1) ['aenter', 'aexit None']

async def awaits_in_comprehension():
    return [await Later(i) for i in range(2)]

print(run(awaits_in_comprehension()))  # expect: ([(0, 'resume1'), (1, 'resume2')], 2)

c = simple()
print(type(c).__name__)  # expect: coroutine
c.close()

async def raises():
    await Later(1)
    raise RuntimeError("inside")

try:
    run(raises())
except RuntimeError as e:
    print("propagated", e)  # expect: propagated inside
