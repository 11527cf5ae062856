# Simulation in lock-step phases: four threads each update their own cell of
# a grid, then wait at a Barrier before reading the neighbours' values for
# the next phase. Barrier makes the result independent of scheduling.
import threading

N = 4
PHASES = 6
cells = [float(i * i) for i in range(N)]
nxt = [0.0] * N
history = []
barrier = threading.Barrier(N, action=lambda: (history.append(list(cells))))
swap_barrier = threading.Barrier(N)


def cell_worker(i):
    for _ in range(PHASES):
        left = cells[(i - 1) % N]
        right = cells[(i + 1) % N]
        nxt[i] = (left + cells[i] + right) / 3
        swap_barrier.wait()
        cells[i] = nxt[i]
        barrier.wait()


threads = [threading.Thread(target=cell_worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for phase, row in enumerate(history):
    print(phase, " ".join(f"{v:8.4f}" for v in row))
print("mean preserved:", round(sum(cells) / N, 9) == round(sum(i * i for i in range(N)) / N, 9))

# Condition-based turn taking: threads print in round-robin order.
cond = threading.Condition()
turn = [0]
lines = []


def take_turns(me, count):
    for k in range(count):
        with cond:
            cond.wait_for(lambda: turn[0] % 3 == me)
            lines.append(f"t{me}:{k}")
            turn[0] += 1
            cond.notify_all()


ts = [threading.Thread(target=take_turns, args=(m, 3)) for m in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(" ".join(lines))
