# expect error: SyntaxError: unmatched ')'
x = 1)
