# expect error: SyntaxError: expected ':'
for i in range(3)
    print(i)
