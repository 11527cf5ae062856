# dis.dis of a class (each method, sorted by name, as CPython does), of
# bound methods, static and class methods, generators; dis.opname/opmap;
# output goes to sys.stdout in order with print.
import dis
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


def dis_text(x, **kw):
    c = Capture()
    dis.dis(x, file=c, **kw)
    return c.text()


class Account:
    rate = 0.05

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)

    @classmethod
    def open(cls, owner):
        return cls(owner)

    @property
    def rich(self):
        return self.balance > 1000


text = dis_text(Account)
headers = [line for line in text.splitlines() if line.startswith("Disassembly of ")]
print(headers)  # expect: ['Disassembly of __init__:', 'Disassembly of deposit:', 'Disassembly of fee:', 'Disassembly of open:']
print("balance" in text, "owner" in text, "max" in text, "rate" in text)  # expect: True True True False
acct = Account.open("ann")
acct.deposit(5)
print(dis_text(acct.deposit) == dis_text(Account.deposit) == dis_text(Account.deposit.__code__))  # expect: True
print("(balance)" in dis_text(acct.deposit), "(amount)" in dis_text(acct.deposit))  # expect: True True
print("(max)" in dis_text(Account.fee) or "(NULL + max)" in dis_text(Account.fee))  # expect: True
print("(cls)" in dis_text(Account.open), "(cls)" in dis_text(Account.__dict__["open"]))  # expect: True True
print("(balance)" in dis_text(Account.rich.fget), "(>)" in dis_text(Account.rich.fget))  # expect: True True


def countdown(n):
    while n > 0:
        yield n
        n -= 1


gen = countdown(3)
print("YIELD_VALUE" in dis_text(gen), dis_text(gen) == dis_text(countdown))  # expect: True True


class Empty:
    x = 1


print(repr(dis_text(Empty)))  # expect: ''
print(len(dis.opname), dis.opname[dis.opmap["RETURN_VALUE"]], dis.opname[dis.opmap["LOAD_CONST"]])  # expect: 256 RETURN_VALUE LOAD_CONST
print(all(dis.opname[code] == name for name, code in dis.opmap.items()))  # expect: True
print(all(name in dis.opmap for name in ("LOAD_FAST", "STORE_FAST", "LOAD_GLOBAL", "CALL", "BINARY_OP")))  # expect: True


def tiny():
    return 42


real_stdout = sys.stdout
sys.stdout = Capture()
print("before")
dis.dis(tiny)
print("after")
captured, sys.stdout = sys.stdout.text(), real_stdout
lines = captured.splitlines()
print(lines[0], lines[-1], "(42)" in captured, "RETURN_VALUE" in lines[-2])  # expect: before after True True
