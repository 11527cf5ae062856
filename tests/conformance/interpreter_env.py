# A Lisp-like interpreter with environments as chained dicts and closures.
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()

def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        return tok

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"undefined symbol {name}")
        return self.outer.find(name)

def standard_env():
    env = Env()
    env.update({"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
                "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *xs: list(xs)})
    return env

def evaluate(x, env):
    if isinstance(x, str):
        return env.find(x)[x]
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == "define":
        name, expr = args
        env[name] = evaluate(expr, env)
        return None
    if op == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, Env(params, vals, env))
    proc = evaluate(op, env)
    return proc(*[evaluate(a, env) for a in args])

env = standard_env()
program = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(define make-adder (lambda (k) (lambda (x) (+ x k))))",
    "((make-adder 10) 32)",
    "(list 1 (+ 1 1) (fact 5))",
]
for line in program:
    result = evaluate(parse(tokenize(line)), env)
    if result is not None:
        print(line[:30], "=>", result)
try:
    evaluate(parse(tokenize("(undefined 1)")), env)
except NameError as e:
    print("NameError:", e)
print(isinstance(env, dict), len(env), sorted(k for k in env if k.isalpha()))
