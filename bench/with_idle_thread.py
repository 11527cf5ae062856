# Runs the benchmark file named on the command line as __main__ while a
# second thread is alive but idle (blocked in Event.wait). With --no-idle the
# same file runs the same way without that thread, so the difference between
# the two runs is the GIL machinery's cost to single-thread code.
#
#     baton bench/with_idle_thread.py [--no-idle] bench/fib.py
import sys
import threading

args = sys.argv[1:]
if args[0] == "--no-idle":
    args = args[1:]
else:
    idle = threading.Event()
    threading.Thread(target=idle.wait, daemon=True).start()
path = args[0]
sys.argv = args
with open(path) as f:
    source = f.read()
exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path})
