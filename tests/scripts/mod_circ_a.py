# Helper for import_circular.py: imports mod_circ_b, which imports us back.
A_EARLY = "a-early"
import mod_circ_b
A_LATE = "a-late"


def from_b():
    return mod_circ_b.B_VALUE
