# An expression evaluator: one class per node, operator overloading to build
# trees, visitors through method dispatch, simplification and errors.
import math


class EvalError(Exception):
    pass


class Node:
    def __add__(self, o): return BinOp("+", self, wrap(o))
    def __radd__(self, o): return BinOp("+", wrap(o), self)
    def __sub__(self, o): return BinOp("-", self, wrap(o))
    def __rsub__(self, o): return BinOp("-", wrap(o), self)
    def __mul__(self, o): return BinOp("*", self, wrap(o))
    def __rmul__(self, o): return BinOp("*", wrap(o), self)
    def __truediv__(self, o): return BinOp("/", self, wrap(o))
    def __pow__(self, o): return BinOp("**", self, wrap(o))
    def __neg__(self): return Neg(self)

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))


def wrap(v):
    if isinstance(v, Node):
        return v
    if isinstance(v, (int, float)):
        return Num(v)
    raise TypeError(f"cannot use {type(v).__name__} in an expression")


class Num(Node):
    def __init__(self, v): self.v = v
    def key(self): return self.v
    def __repr__(self): return repr(self.v)
    def eval(self, env): return self.v
    def simplify(self): return self


class Var(Node):
    def __init__(self, name): self.name = name
    def key(self): return self.name
    def __repr__(self): return self.name
    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise EvalError(f"unbound variable {self.name}") from None
    def simplify(self): return self


class Neg(Node):
    def __init__(self, x): self.x = x
    def key(self): return (self.x,)
    def __repr__(self): return f"-({self.x!r})"
    def eval(self, env): return -self.x.eval(env)
    def simplify(self):
        x = self.x.simplify()
        return Num(-x.v) if isinstance(x, Num) else Neg(x)


class BinOp(Node):
    ops = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b,
        "**": lambda a, b: a ** b,
    }

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def key(self): return (self.op, self.left, self.right)

    def __repr__(self): return f"({self.left!r} {self.op} {self.right!r})"

    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        try:
            return self.ops[self.op](a, b)
        except ZeroDivisionError as e:
            raise EvalError(f"division by zero in {self!r}") from e

    def simplify(self):
        l, r = self.left.simplify(), self.right.simplify()
        if isinstance(l, Num) and isinstance(r, Num):
            try:
                return Num(self.ops[self.op](l.v, r.v))
            except ZeroDivisionError:
                pass
        if self.op == "*" and (l == Num(0) or r == Num(0)):
            return Num(0)
        if self.op == "*" and l == Num(1):
            return r
        if self.op in "+-" and r == Num(0):
            return l
        if self.op == "-" and l == r:
            return Num(0)
        return BinOp(self.op, l, r)


x, y = Var("x"), Var("y")
exprs = [
    x * 2 + 3,
    1 + x * y - y,
    (x - x) * y + 0,
    2 ** Num(10) / 4,
    -(x + 1) * 1,
    x / (y - y),
    3 - (2 * x) ** 2,
]
env = {"x": 3, "y": 4}
for e in exprs:
    s = e.simplify()
    try:
        val = s.eval(env)
    except EvalError as err:
        val = f"error: {err} (cause: {type(err.__cause__).__name__})"
    print(f"{e!r:32} => {s!r:20} = {val}")

print(x + 1 == x + 1, x + 1 == x + 2, len({x + 1, x + 1, y}))
try:
    Var("z").eval(env)
except EvalError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    x + "a"
except TypeError as e:
    print("TypeError:", e)
table = [(v, round((x * x - 2 * x).eval({"x": v}), 3)) for v in (0.5, 1, math.pi)]
print(table)
print(sorted([repr(e) for e in exprs], key=len)[:3])
