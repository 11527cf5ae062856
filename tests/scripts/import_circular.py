# A circular import sees the partially initialised module.
import mod_circ_a
import mod_circ_b
print(mod_circ_b.SEEN_EARLY, mod_circ_b.SEEN_LATE)  # expect: True False
print(mod_circ_a.A_LATE, mod_circ_a.from_b())  # expect: a-late b
print(mod_circ_b.mod_circ_a is mod_circ_a)  # expect: True
