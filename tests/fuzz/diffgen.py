"""diffgen.py - random programs for differential testing against python3.

    python3 tests/fuzz/diffgen.py SEED [COUNT]

prints a program of COUNT (default 300) independent snippets, each an
expression built at random from literals, operators, builtins, methods,
subscripts, formatting and comprehensions, printed with repr() or, when it
raises, as the exception's type name and message. The same seed always gives
the same program, and the program's output depends on nothing but the
interpreter (no hashes of str, no addresses, no clocks), so baton must print
exactly what python3 prints. A share CLASS_SHARE of the snippets (drawn at
random) are instead class snippets from classgen.py (classes and instance
attributes), made from a second random stream so that the expression
snippets of a seed stay those of earlier versions; `--classes` makes every
snippet a class snippet. The Check suite "differential" runs a few seeds;
run more by hand to hunt for divergences:

    for s in $(seq 100 200); do
      python3 tests/fuzz/diffgen.py $s > /tmp/d.py
      cmp -s <(python3 /tmp/d.py 2>&1) <(./baton /tmp/d.py 2>&1) || echo "seed $s differs"
    done
"""
import random
import sys

import classgen

CLASS_SHARE = 0.15

INTS = ["0", "1", "-1", "2", "3", "7", "-5", "10", "255", "256", "1000",
        "4611686018427387903", "4611686018427387904", "-4611686018427387905",
        "9223372036854775807", "-9223372036854775808", "(10**20)", "(-(3**50))", "(2**64)"]
FLOATS = ["0.0", "-0.0", "1.5", "-2.25", "0.1", "3.0", "1e300", "2.5e-5", "1e16",
          "123456.789", "float('inf')", "-float('inf')", "float('nan')"]
STRS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad  '", "'a,b,,c'", "'x\\ty'",
        "'line1\\nline2\\n'", "'café'", "'日本語'", "'ABC123'", "'12'", "'-7'", "'3.5'",
        "'ß'", "'tItLe cAsE'", "'0x1f'", "'a-b_c d'"]
BYTES = ["b''", "b'abc'", "b'\\x00\\xff'", "b'Hello'", "b'a b  c'"]
FORMAT_SPECS = ["", "5", "<6", ">6", "^7", "*^9", "+", "-", " ", "05", "08.3f", ".2f", ".0f",
                "e", ".3e", "g", ".2g", "%", ".1%", ",", "_", "x", "#x", "X", "#o", "b",
                "#b", "c", "d", "n", ",.2f", "10.4", "s", "r", "=+8", ">10,"]
PERCENT_SPECS = ["%s", "%r", "%d", "%i", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%o",
                 "%e", "%.3f", "%10.2f", "%g", "%c", "%%", "%a"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
          "==", "!=", "<", "<=", ">", ">=", "in", "not in", "and", "or"]
UNOPS = ["-", "+", "~", "not "]
BUILTINS1 = ["len", "abs", "bool", "int", "float", "str", "repr", "sorted", "list",
             "tuple", "min", "max", "sum", "round", "hex", "oct", "bin", "chr", "ord",
             "ascii", "any", "all", "type(x).__name__", "reversed", "enumerate", "set_sorted",
             "dict", "frozenset_len", "iter_next", "divmod_self", "format"]
BUILTINS2 = ["divmod", "pow", "round", "min", "max", "zip", "isinstance", "int_base",
             "format", "getattr_default", "sorted_key", "map_add", "filter_bool"]
STR_METHODS = {
    "upper": 0, "lower": 0, "title": 0, "capitalize": 0, "swapcase": 0, "casefold": 0,
    "strip": 0, "lstrip": 1, "rstrip": 1, "split": 0, "rsplit": 2, "splitlines": 0,
    "isdigit": 0, "isalpha": 0, "isalnum": 0, "isspace": 0, "isupper": 0, "islower": 0,
    "istitle": 0, "isdecimal": 0, "isnumeric": 0, "isidentifier": 0, "isprintable": 0,
    "find": 1, "rfind": 1, "index": 1, "count": 1, "startswith": 1, "endswith": 1,
    "replace": 2, "partition": 1, "rpartition": 1, "center": 2, "ljust": 2, "rjust": 2,
    "zfill": 1, "join": 1, "encode": 0, "expandtabs": 1, "removeprefix": 1,
    "removesuffix": 1,
}
LIST_METHODS = {"index": 1, "count": 1, "copy": 0}
DICT_METHODS = {"get": 2, "keys": 0, "values": 0, "items": 0, "copy": 0}
INT_METHODS = {"bit_length": 0, "bit_count": 0, "conjugate": 0, "__index__": 0}
FLOAT_METHODS = {"is_integer": 0, "hex": 0, "as_integer_ratio": 0, "__trunc__": 0}
BYTES_METHODS = {"upper": 0, "hex": 0, "decode": 0, "split": 0, "strip": 0, "count": 1,
                 "find": 1, "startswith": 1, "replace": 2, "join": 1, "isdigit": 0}

# Helpers the snippets call, so that every builtin use is deterministic and
# the printed values never depend on the order of a set of strs.
PRELUDE = '''\
def set_sorted(x):
    return sorted(set(x), key=repr)
def frozenset_len(x):
    return len(frozenset(x))
def iter_next(x):
    return next(iter(x), 'END')
def divmod_self(x):
    return divmod(x, x)
def int_base(x, b):
    return int(x, b)
def getattr_default(x, n):
    return getattr(x, str(n), 'none')
def sorted_key(x, k):
    return sorted(x, key=lambda v: (repr(type(v)), repr(v)), reverse=bool(k))
def map_add(x, y):
    return list(map(lambda a, b: a + b, x, y))
def filter_bool(x, y):
    return list(filter(None, x))[:5]
'''


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def choice(self, seq):
        return self.r.choice(seq)

    def atom(self):
        kind = self.r.random()
        if kind < 0.30:
            return self.choice(INTS)
        if kind < 0.45:
            return self.choice(FLOATS)
        if kind < 0.65:
            return self.choice(STRS)
        if kind < 0.70:
            return self.choice(BYTES)
        if kind < 0.74:
            return self.choice(["True", "False", "None"])
        if kind < 0.84:
            items = [self.atom_small() for _ in range(self.r.randrange(0, 5))]
            return "[" + ", ".join(items) + "]"
        if kind < 0.90:
            items = [self.atom_small() for _ in range(self.r.randrange(0, 4))]
            return "(" + "".join(i + ", " for i in items) + ")"
        if kind < 0.95:
            keys = [self.choice(INTS[:8] + STRS[:6]) for _ in range(self.r.randrange(0, 4))]
            return "{" + ", ".join(f"{k}: {self.atom_small()}" for k in keys) + "}"
        a, b, c = (self.r.randrange(-6, 12) for _ in range(3))
        return f"range({a}, {b}, {c or 1})"

    def atom_small(self):
        return self.choice(INTS[:11] + FLOATS[:6] + STRS[:8] + ["True", "None"])

    def expr(self, depth):
        if depth <= 0 or self.r.random() < 0.25:
            return self.atom()
        kind = self.r.random()
        sub = lambda: self.expr(depth - 1)
        if kind < 0.30:
            op = self.choice(BINOPS)
            return f"({sub()} {op} {self.right_operand(op, sub)})"
        if kind < 0.37:
            return f"({self.choice(UNOPS)}{sub()})"
        if kind < 0.52:
            return self.call1(sub())
        if kind < 0.60:
            return self.call2(sub(), sub())
        if kind < 0.75:
            return self.method(depth)
        if kind < 0.83:
            return self.subscript(sub())
        if kind < 0.91:
            return self.formatting(sub())
        if kind < 0.96:
            v = self.choice(["v", "w"])
            cond = self.choice(["", f" if {v}", f" if not {v}", f" if {v} != 2"])
            body = self.choice([v, f"{v} * 2", f"repr({v})", f"({v}, {v})", f"str({v})[:3]"])
            return f"[{body} for {v} in {sub()}{cond}]"
        return f"({sub()} if {sub()} else {sub()})"

    def right_operand(self, op, sub):
        """Keeps powers, shifts and repetitions small enough to compute."""
        if op == "**":
            # no fractional powers: a negative base would give a complex
            # number, which baton rejects with a clear error by design
            return self.choice(["0", "1", "2", "3", "-1", "-2", "10"])
        if op in ("<<", ">>"):
            return self.choice(["0", "1", "3", "64", "100", "-1"])
        if op == "*" and self.r.random() < 0.7:
            return self.choice(["0", "1", "2", "3", "-1", "True", "2.5"])
        return sub()

    def call1(self, x):
        f = self.choice(BUILTINS1)
        if f.startswith("type("):
            return f"type({x}).__name__"
        if f in ("reversed", "enumerate"):
            return f"list({f}({x}))"
        return f"{f}({x})"

    def call2(self, x, y):
        f = self.choice(BUILTINS2)
        if f == "zip":
            return f"list(zip({x}, {y}))"
        if f == "isinstance":
            t = self.choice(["int", "float", "str", "(int, float)", "bool", "list", "object"])
            return f"isinstance({x}, {t})"
        if f == "int_base":
            return f"int_base({x}, {self.choice(['0', '2', '8', '10', '16', '36', '1', '37'])})"
        if f == "pow":
            return f"pow({x}, {self.choice(['2', '3', '-1', '0'])}, {self.choice(['None', '7', '1000'])})"
        if f == "round":
            return f"round({x}, {self.choice(['0', '1', '2', '-1', '-3', 'None'])})"
        if f == "format":
            return f"format({x}, {self.choice(FORMAT_SPECS)!r})"
        return f"{f}({x}, {y})"

    def method(self, depth):
        table, recv = self.choice([
            (STR_METHODS, self.choice(STRS)), (STR_METHODS, self.choice(STRS)),
            (LIST_METHODS, "[3, 1, 'a', 1, 2.5]"), (DICT_METHODS, "{1: 'a', 'b': 2, 3.5: None}"),
            (INT_METHODS, self.choice(INTS)), (FLOAT_METHODS, self.choice(FLOATS)),
            (BYTES_METHODS, self.choice(BYTES)),
        ])
        name = self.choice(sorted(table))
        args = [self.arg_for(depth) for _ in range(table[name])]
        call = f"({recv}).{name}({', '.join(args)})"
        if name in ("keys", "values", "items", "splitlines") or table is BYTES_METHODS and name == "split":
            return f"list({call})"
        return call

    def arg_for(self, depth):
        if self.r.random() < 0.6:
            return self.choice(STRS[:10] + ["'a'", "'b'", "','", "' '", "'l'"])
        return self.choice(["0", "1", "2", "-1", "10", "3"]) if self.r.random() < 0.7 else self.expr(depth - 2)

    def subscript(self, x):
        idx = lambda: self.choice(["0", "1", "-1", "2", "-3", "10", "None"])
        if self.r.random() < 0.5:
            i = idx()
            return f"({x})[{i if i != 'None' else 0}]"
        parts = [idx(), idx()] + ([idx()] if self.r.random() < 0.4 else [])
        parts = ["" if p == "None" else p for p in parts]
        if len(parts) == 3 and parts[2] == "0":
            parts[2] = "2"
        return f"({x})[{':'.join(parts)}]"

    def formatting(self, x):
        if self.r.random() < 0.6:
            spec = self.choice(FORMAT_SPECS)
            conv = self.choice(["", "", "", "!r", "!s", "!a"])
            # the f-string sees only a name: 3.11 forbids backslashes and the
            # enclosing quote inside its expressions
            return f"(lambda v: f'<{{v{conv}{':' + spec if spec else ''}}}>')({x})"
        spec = self.choice(PERCENT_SPECS)
        return f"({spec!r} % ({x},))" if "%%" not in spec else f"({spec!r} % ())"

    def snippet(self, i):
        e = self.expr(self.r.randrange(1, 4))
        return (f"try:\n    print({i}, repr({e})[:300])\n"
                f"except Exception as e:\n    print({i}, type(e).__name__, e)\n")


def main():
    args = [a for a in sys.argv[1:] if a != "--classes"]
    share = 1.0 if "--classes" in sys.argv[1:] else CLASS_SHARE
    seed = int(args[0])
    count = int(args[1]) if len(args) > 1 else 300
    g = Gen(seed)
    pick = random.Random(f"classes {seed}")
    cg = classgen.ClassGen(pick)
    sys.stdout.write(f"# generated by tests/fuzz/diffgen.py {' '.join(sys.argv[1:])}\n")
    sys.stdout.write(PRELUDE + classgen.PRELUDE)
    for i in range(count):
        sys.stdout.write(cg.snippet(i) if pick.random() < share else g.snippet(i))


if __name__ == "__main__":
    main()
