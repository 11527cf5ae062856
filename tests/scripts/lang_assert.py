# assert with and without messages
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)  # expect: AssertionError() ()
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(e)  # expect: one is not greater
evaluated = []
def msg():
    evaluated.append(1)
    return "m"
assert True, msg()
print(evaluated)  # expect: []
try:
    assert [], msg()
except AssertionError as e:
    print(e, evaluated)  # expect: m [1]
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)  # expect: (('tuple', 1),)
def check(x):
    assert x > 0, f"bad value {x}"
    return x
print(check(5))  # expect: 5
try:
    check(-1)
except AssertionError as e:
    print(e)  # expect: bad value -1
try:
    assert not True or False, 123
except AssertionError as e:
    print(e.args[0] + 1)  # expect: 124
assert (x := 3) == 3
print(x)  # expect: 3
assert False, "final failure"
# expect error: AssertionError: final failure
