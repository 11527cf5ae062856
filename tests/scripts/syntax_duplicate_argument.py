# expect error: SyntaxError: duplicate argument 'x' in function definition
def f(x, y, x):
    pass
