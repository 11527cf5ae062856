# An uncaught user exception: the traceback names it without __main__.
class InsufficientFunds(Exception):
    def __init__(self, need):
        super().__init__(f"need {need} more")
        self.need = need

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount

print(withdraw(10, 3))  # expect: 7
withdraw(10, 25)
print("not reached")
# expect error: InsufficientFunds: need 15 more
