# expect error: SyntaxError: invalid decimal literal
x = 12abc
