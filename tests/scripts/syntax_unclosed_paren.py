# An opening bracket never closed.
# expect error: SyntaxError: '(' was never closed
print("never reached")
x = foo(1, 2
