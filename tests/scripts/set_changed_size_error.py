# mutating a set while iterating over it
s = {1, 2, 3}
print(len(s))  # expect: 3
for x in s:
    s.add(x * 100)
# expect error: RuntimeError: Set changed size during iteration
