# Cooperative multitasking with generators: the round-robin scheduler that asyncio grew from.
log = []

def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        yield
    return f"{name} finished after {steps} steps"

def producer(queue, n):
    for i in range(n):
        queue.append(i * i)
        yield
    queue.append(None)

def consumer(queue, out):
    while True:
        while not queue:
            yield
        item = queue.pop(0)
        if item is None:
            return sum(out)
        out.append(item)
        yield

def run(tasks):
    results = {}
    ready = list(tasks.items())
    while ready:
        name, task = ready.pop(0)
        try:
            next(task)
            ready.append((name, task))
        except StopIteration as stop:
            results[name] = stop.value
    return results

print(run({"a": worker("a", 3), "b": worker("b", 5), "c": worker("c", 1)}))
print(log)
queue, out = [], []
print(run({"producer": producer(queue, 6), "consumer": consumer(queue, out)}))
print(out)
