# range() rejects a zero step
print(list(range(0, 6, 2)))  # expect: [0, 2, 4]
r = range(1, 10, 0)
# expect error: ValueError: range() arg 3 must not be zero
