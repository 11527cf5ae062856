# A SIGINT that arrives while a function spins in `while True: pass` is
# reported at the loop's line, not at the line before it.
import os, signal, threading, _thread

gate = _thread.allocate_lock()
gate.acquire()


def interrupter():
    gate.acquire()          # returns once f() has released it ...
    os.kill(os.getpid(), signal.SIGINT)   # ... and, holding the GIL, f() is in its loop


def spin():
    gate.release()
    while True: pass


t = threading.Thread(target=interrupter)
t.start()
try:
    spin()
except KeyboardInterrupt as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("line", tb.tb_lineno)
t.join()
# expect: line 16
