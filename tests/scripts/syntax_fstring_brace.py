# expect error: SyntaxError: f-string: expecting '}'
x = 1
s = f"{x"
