# Helper for import_circular.py: sees mod_circ_a half initialised.
import mod_circ_a
B_VALUE = "b"
SEEN_EARLY = hasattr(mod_circ_a, "A_EARLY")
SEEN_LATE = hasattr(mod_circ_a, "A_LATE")
