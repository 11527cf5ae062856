# An empty sequence repeated sys.maxsize times is empty at once (baton used
# to loop sys.maxsize times over nothing for bytes and lists).
import sys
big = sys.maxsize
print(repr(b'' * big), repr(big * b''), repr(bytearray() * big))  # expect: b'' b'' bytearray(b'')
print(repr('' * big), repr([] * big), repr(() * big))  # expect: '' [] ()
x = bytearray()
x *= big
print(repr(x))  # expect: bytearray(b'')
x = []
x *= big
print(repr(x))  # expect: []
x = [None]
x *= 0
print(repr(x))  # expect: []
x = ''
x *= big
print(repr(x))  # expect: ''
print(len([1, 2] * 3), len(b'ab' * 3), len(big * [] * 2))  # expect: 6 6 0
