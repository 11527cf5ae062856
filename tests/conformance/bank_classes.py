# Classes with inheritance, properties, class attributes and exceptions.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount

class Account:
    interest = 0.01
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        return self

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"

class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if amount > 1000:
            raise ValueError("savings withdrawals are limited to 1000")
        return super().withdraw(amount)

accounts = [Account("ann", 100), Savings("bob", 5000), Account("cy")]
accounts[0].deposit(50).withdraw(30)
accounts[2].deposit(10)
for acct in accounts:
    acct.add_interest()
    print(acct, acct.balance)
for amount in (20, 2000, 50000):
    for acct in accounts:
        try:
            acct.withdraw(amount)
        except InsufficientFunds as e:
            print("insufficient:", e, e.amount)
        except ValueError as e:
            print("value error:", e)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print(repr(e))
print(Account.count, isinstance(accounts[1], Account), issubclass(Savings, Account))
print(sorted(accounts, key=lambda a: a.balance))
