# expect error: SyntaxError: unterminated triple-quoted string literal (detected at line 4)
s = """abc

more
