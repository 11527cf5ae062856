# At exit every module leaves sys.modules. One that nothing else holds is
# freed with __main__ (one collection, every __del__ seeing its globals);
# one still held (here by an attribute of sys, which outlives the other
# modules) has its globals set to None in CPython's order: names with one
# leading underscore first, then the others in dict order.
import os
import sys

HELPER = """
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("bye", self.name)


first = Noisy("NAME first")
_hidden = Noisy("NAME _hidden")
last = Noisy("NAME last")
"""

tmp = "/tmp/baton_shutdown_%d" % os.getpid()
os.mkdir(tmp)
for name in ("fini_kept", "fini_freed"):
    with open(os.path.join(tmp, name + ".py"), "w") as f:
        f.write(HELPER.replace("NAME", name))
sys.path.insert(0, tmp)
import fini_kept
import fini_freed
for name in ("fini_kept", "fini_freed"):
    os.remove(os.path.join(tmp, name + ".py"))
os.rmdir(tmp)

sys.keep_alive = fini_kept
del fini_kept
mine = fini_freed.Noisy("main")
print("end")
# expect: end
# expect: bye main
# expect: bye fini_freed first
# expect: bye fini_freed _hidden
# expect: bye fini_freed last
# expect: bye fini_kept _hidden
# expect: bye fini_kept first
# expect: bye fini_kept last
