# an uncaught IndexError from list.pop
stack = [1]
print(stack.pop())  # expect: 1
stack.pop()
# expect error: IndexError: pop from empty list
