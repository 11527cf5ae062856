# A bank: accounts with their own locks; teller threads move money between
# accounts, always locking the lower-numbered account first to avoid
# deadlock. Money is neither created nor destroyed.
import random
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


class Bank:
    def __init__(self, n, initial):
        self.accounts = [Account(i, initial) for i in range(n)]
        self.log_lock = threading.Lock()
        self.transfers = 0
        self.refused = 0

    def transfer(self, src, dst, amount):
        if src == dst:
            return
        first, second = sorted((src, dst))
        with self.accounts[first].lock:
            with self.accounts[second].lock:
                a, b = self.accounts[src], self.accounts[dst]
                ok = a.balance >= amount
                if ok:
                    a.balance -= amount
                    b.balance += amount
        with self.log_lock:
            if ok:
                self.transfers += 1
            else:
                self.refused += 1

    def total(self):
        return sum(a.balance for a in self.accounts)


bank = Bank(10, 1000)
plans = []
rng = random.Random(7)
for teller in range(6):
    plans.append([(rng.randrange(10), rng.randrange(10), rng.randrange(1, 300)) for _ in range(400)])


def teller(plan):
    for src, dst, amount in plan:
        bank.transfer(src, dst, amount)


tellers = [threading.Thread(target=teller, args=(plan,)) for plan in plans]
for t in tellers:
    t.start()
for t in tellers:
    t.join()

attempted = sum(1 for plan in plans for src, dst, _ in plan if src != dst)
print("accounts:", len(bank.accounts))
print("total before: 10000, after:", bank.total())
print("every transfer accounted for:", bank.transfers + bank.refused == attempted)
print("no negative balance:", all(a.balance >= 0 for a in bank.accounts))
