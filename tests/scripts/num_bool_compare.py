# bools order like the ints 0 and 1, against each other too
print(True < False, False < True, True <= True, False >= True, True > False)  # expect: False True True False True
print(True > 0, 1 > False, True >= 1.0, 0.5 < True, True < 2**70)  # expect: True True True True True
print(sorted([True, False, True, False]), max(True, False), min([(True, 'a'), (False, 'b')]))  # expect: [False, False, True, True] True (False, 'b')
print((False, 1) < (True, 0), [True] < [True, False], sorted([True, 0, 2, False, 1.5]))  # expect: True True [0, False, True, 1.5, 2]
print(sorted(['b', 'A', 'c'], key=lambda s: (s.islower(), s)))  # expect: ['A', 'b', 'c']
