# A stray token after a complete expression.
x = 1
print(x)
y = 1 2
# expect error: SyntaxError: invalid syntax
