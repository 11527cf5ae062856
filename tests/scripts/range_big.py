# range() with bounds beyond 64 bits: a generic representation, CPython's results.
r = range(2**100)
print(r)  # expect: range(0, 1267650600228229401496703205376)
print(r[-1] == 2**100 - 1, r[2**99] == 2**99)  # expect: True True
print(range(0, 2**70, 3)[-1])  # expect: 1180591620717411303423
print(2**99 in r, 2**100 in r, -1 in r, 5 in r, True in r)  # expect: True False False True True
print(range(2**64)[2**63 + 5])  # expect: 9223372036854775813
print(range(-2**63, 2**63 - 1)[2**63 + 5])  # expect: 5
print(r.start, r.stop, r.step)  # expect: 0 1267650600228229401496703205376 1
print(repr(range(2**70, -2**70, -2**65)))  # expect: range(1180591620717411303424, -1180591620717411303424, -36893488147419103232)
print(bool(r), bool(range(2**100, 2**100)))  # expect: True False
print(len(range(2**100, 2**100 + 3)))  # expect: 3

# slicing
s = r[2**90::2**95]
print(s)  # expect: range(1237940039285380274899124224, 1267650600228229401496703205376, 39614081257132168796771975168)
print(len(s), list(s)[-1] == 2**90 + 31 * 2**95)  # expect: 32 True
print(r[::-1][:3])  # expect: range(1267650600228229401496703205375, 1267650600228229401496703205372, -1)
print(range(10)[2**70:-2**70:-1])  # expect: range(9, -1, -1)
print(range(2**63 - 2, 2**63 + 2)[1:])  # expect: range(9223372036854775807, 9223372036854775810)
print(range(-2**63, 2**63 - 1)[::2**62])  # expect: range(-9223372036854775808, 9223372036854775807, 4611686018427387904)
print(range(0, 2**64 - 1, 2**63 - 1)[::2])  # expect: range(0, 27670116110564327421, 18446744073709551614)
print(range(5)[::2**64])  # expect: range(0, 5, 18446744073709551616)

# index / count
print(r.index(2**99), r.count(2**99), r.count(2**100), range(9).count(3.0))  # expect: 633825300114114700748351602688 1 0 1
print(range(2**100, 0, -7).index(2**100 - 14))  # expect: 2
try:
    r.index(-5)
except ValueError as e:
    print(e)  # expect: -5 is not in range
print(range(3).index(True), range(3).count(1.0))  # expect: 1 1

# iteration beyond 2**63
print(list(range(2**63 - 2, 2**63 + 2)))  # expect: [9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]
print(list(range(2**64, 2**64 + 3)))  # expect: [18446744073709551616, 18446744073709551617, 18446744073709551618]
print(list(range(2**100, 2**100 - 9, -4)))  # expect: [1267650600228229401496703205376, 1267650600228229401496703205372, 1267650600228229401496703205368]
print(list(reversed(range(2**64, 2**64 + 3))))  # expect: [18446744073709551618, 18446744073709551617, 18446744073709551616]
print(list(reversed(range(-3, 2**70, 2**69))))  # expect: [1180591620717411303421, 590295810358705651709, -3]
it = iter(range(-2**65, 2**65, 2**65))
print(next(it), next(it), list(it))  # expect: -36893488147419103232 0 []
print(sum(range(2**64, 2**64 + 1000)) == 1000 * 2**64 + 499500)  # expect: True
print([type(x).__name__ for x in (iter(range(2**64)), iter(range(5)))])  # expect: ['longrange_iterator', 'range_iterator']

# equality and hash
print(range(2**100) == range(0, 2**100, 1), range(2**100) == range(2**100 + 1))  # expect: True False
print(range(2**70, 2**70 + 1, 5) == range(2**70, 2**70 + 2, 7))  # expect: True
print(range(2**70, 2**70) == range(0), hash(range(2**70, 2**70)) == hash(range(0)))  # expect: True True
print(hash(range(2**100)) == hash((2**100, 0, 1)))  # expect: True
print(hash(range(2**70, 2**70 + 1, 5)) == hash(range(2**70, 2**70 + 2, 7)))  # expect: True
print(range(2**63 - 1, 2**63) == range(2**63 - 1, 2**63 + 1, 2))  # expect: True
print({range(2**80): 1}[range(0, 2**80)])  # expect: 1

try:
    range(2**100)[2**100]
except IndexError as e:
    print(e)  # expect: range object index out of range
try:
    range(2**100)["a"]
except TypeError as e:
    print(e)  # expect: range indices must be integers or slices, not str
try:
    range(2**100)[::0]
except ValueError as e:
    print(e)  # expect: slice step cannot be zero
try:
    range(1, 2**100, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
try:
    range(2**100, 1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
print(len(range(-2**63, 2**63 - 1, 3)))  # expect: 6148914691236517205
print(range(-2**63, 4).index(3), bool(range(-2**63, 2**63 - 1)))  # expect: 9223372036854775811 True
print(type(reversed(range(-2**63, 4))).__name__, type(iter(range(2**63 - 2, 2**63 - 1))).__name__)  # expect: longrange_iterator range_iterator
len(range(2**64))
# expect error: OverflowError: Python int too large to convert to C ssize_t
