# expect error: SyntaxError: unterminated string literal (detected at line 3)
x = 1
s = 'abc
