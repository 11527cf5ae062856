# A bank ledger: properties with validation, class-level counters, custom
# errors caught and reported, __eq__/__hash__ and ordering, context managers
# for transactions that roll back, and reports with formatted output.


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} "
                         f"(balance {account.balance:.2f})")


class FrozenAccount(LedgerError):
    pass


class Money:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 0)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"amount must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"negative amount {value}")
        setattr(obj, self.private, round(value, 2))


class Account:
    opened = 0
    balance = Money()
    limit = Money()

    def __init__(self, owner, balance=0, limit=1000):
        Account.opened += 1
        self.number = Account.opened
        self.owner = owner
        self.balance = balance
        self.limit = limit
        self._frozen = False
        self.history = []

    @property
    def frozen(self):
        return self._frozen

    @frozen.setter
    def frozen(self, value):
        self.history.append("frozen" if value else "thawed")
        self._frozen = bool(value)

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount > self.limit:
            raise LedgerError(f"deposit {amount} over limit {self.limit}")
        self.balance += amount
        self.history.append(f"+{amount}")

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(f"-{amount}")

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.number == other.number

    def __hash__(self):
        return hash(self.number)

    def __lt__(self, other):
        return (self.balance, self.owner) < (other.balance, other.owner)

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance:.2f})"


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.saved = [(a, a.balance, len(a.history)) for a in self.accounts]
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        for a, bal, n in self.saved:
            a.balance = bal
            del a.history[n:]
        print(f"  rolled back: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, LedgerError)


def transfer(src, dst, amount):
    with Transaction(src, dst):
        dst.deposit(amount)
        src.withdraw(amount)
        return True
    return False


alice = Account("alice", 100)
bob = Account("bob", 50.555)
carol = Account("carol", limit=200)
print(alice, bob, carol, Account.opened)

print("transfer 30:", transfer(alice, bob, 30))
print("transfer 500:", transfer(bob, carol, 500))
print("transfer 150:", transfer(carol, alice, 150))
carol.frozen = True
print("transfer to frozen:", transfer(alice, carol, 10))
carol.frozen = False

for bad in (-5, "ten", 12.345):
    try:
        alice.balance = bad
        print("set balance", alice.balance)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    transfer(alice, bob, "x")
except TypeError as e:
    print("not rolled back into a LedgerError:", e)

accounts = [alice, bob, carol]
print(sorted(accounts))
print(max(accounts), min(accounts, key=lambda a: a.owner))
print(alice == Account.__new__(Account) if False else alice == alice, alice != bob)
print(alice == "alice", {alice: 1, bob: 2}[alice])
print(Account.balance.private, type(Account.__dict__["frozen"]).__name__)
for a in accounts:
    print(f"{a.owner:>6} {a.balance:8.2f} {' '.join(a.history)}")
try:
    raise InsufficientFunds(bob, 1e6)
except LedgerError as e:
    print(repr(e.amount), str(e))
