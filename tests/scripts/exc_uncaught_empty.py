# str(exc) is empty: only the class name is printed.
def check(x):
    assert x > 0
print("start")  # expect: start
check(1)
check(-1)
# expect error: AssertionError
