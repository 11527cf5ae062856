# A deterministic bank-queue simulation with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2 ** 31)

class Customer:
    def __init__(self, ident, arrival, service):
        self.ident, self.arrival, self.service = ident, arrival, service

def simulate(tellers, customers):
    free_at = [0.0] * tellers
    waits = []
    for c in customers:
        i = min(range(tellers), key=lambda t: free_at[t])
        start = max(free_at[i], c.arrival)
        waits.append(start - c.arrival)
        free_at[i] = start + c.service
    return waits

rng = LCG(42)
t = 0.0
customers = []
for i in range(200):
    t += rng.uniform(0.5, 3.0)
    customers.append(Customer(i, t, rng.uniform(2.0, 6.0)))
for tellers in (1, 2, 3, 4):
    waits = simulate(tellers, customers)
    print(f"{tellers} tellers: mean wait {sum(waits) / len(waits):8.3f}, max {max(waits):8.3f}, "
          f"served without waiting {sum(1 for w in waits if w == 0)}")
