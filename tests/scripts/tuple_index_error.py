# an uncaught IndexError from tuple indexing
t = (1, 2, 3)
print(t[-3])  # expect: 1
print(t[3])
# expect error: IndexError: tuple index out of range
