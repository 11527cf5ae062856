# true division of ints gives CPython's signed zeros, also through big ints
print(0 / -3, 0 / -(2**70), 0 / -2**64, 0 / 2**64, (-0) / 5)  # expect: -0.0 -0.0 -0.0 0.0 0.0
print(1 / -(10**400), -1 / 10**400, 1 / 10**400, -(2**70) / -(10**400))  # expect: -0.0 -0.0 0.0 0.0
print(round(-0.4), round(-0.4, 0), round(-1e-300, 2), -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1)  # expect: 0 -0.0 -0.0 0.0 -0.0 -0.0
