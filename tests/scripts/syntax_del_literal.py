# expect error: SyntaxError: cannot delete literal
del 1
