# expect error: SyntaxError: f-string expression part cannot include a backslash
# CPython 3.11 refuses a backslash anywhere in an f-string expression, even in a string
print("never printed")
s = f"{'\\n'.join(['a', 'b'])}"
