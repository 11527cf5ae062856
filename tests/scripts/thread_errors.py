# The errors of threading, _thread and queue, with CPython's messages.
import _thread
import queue
import threading


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)


lock = threading.Lock()
attempt("release unlocked", lock.release)
attempt("negative timeout", lambda: lock.acquire(timeout=-2))
attempt("timeout non-blocking", lambda: lock.acquire(False, 1))
attempt("infinite timeout", lambda: lock.acquire(timeout=float("inf")))
attempt("huge timeout", lambda: threading.RLock().acquire(timeout=1e10))
attempt("nan timeout", lambda: lock.acquire(timeout=float("nan")))
attempt("TIMEOUT_MAX", lambda: threading.TIMEOUT_MAX)
rl = threading.RLock()
attempt("rlock release", rl.release)
attempt("rlock acquire twice", lambda: (rl.acquire(), rl.acquire(), rl.release(), rl.release()))
t = threading.Thread(target=lambda: None)
attempt("join unstarted", t.join)
attempt("join current", threading.current_thread().join)
attempt("semaphore -1", lambda: threading.Semaphore(-1))
attempt("semaphore release 0", lambda: threading.Semaphore(1).release(0))
cond = threading.Condition()
attempt("wait unowned", cond.wait)
attempt("notify unowned", cond.notify)
attempt("queue negative get", lambda: queue.Queue().get(timeout=-1))
attempt("queue negative put", lambda: queue.Queue(1).put(1, timeout=-1) or queue.Queue(1).put(2))
attempt("local args", lambda: threading.local(1))
attempt("daemon after start", lambda: setattr(threading.main_thread(), "daemon", True))
attempt("start twice", threading.main_thread().start)
attempt("_thread args not tuple", lambda: _thread.start_new_thread(print, [1]))
attempt("_thread kwargs not dict", lambda: _thread.start_new_thread(print, (1,), [1]))
print(threading.Thread(target=None, name="idle"))
print(threading.Lock().locked(), isinstance(threading.TIMEOUT_MAX, float))
ev = threading.Event()
print(ev.wait(0), ev.is_set())
ev.set()
print(ev.wait(0), ev.wait(), ev.is_set())
ev.clear()
print(ev.is_set())
b = threading.Barrier(2)
b.abort()
attempt("aborted barrier", b.wait)
b.reset()
print("after reset broken:", b.broken, "parties:", b.parties)
lk = threading.Lock()
with lk:
    print("in with:", lk.locked())
print("after with:", lk.locked())
print(lk.acquire(blocking=False), lk.acquire(blocking=False), lk.locked())
lk.release()
done = []
ident = _thread.start_new_thread(lambda a, b=0: done.append(a + b), (1,), {"b": 2})
while not done:
    pass
print(done, isinstance(ident, int))
# expect: release unlocked RuntimeError release unlocked lock
# expect: negative timeout ValueError timeout value must be positive
# expect: timeout non-blocking ValueError can't specify a timeout for a non-blocking call
# expect: infinite timeout OverflowError timestamp out of range for platform time_t
# expect: huge timeout OverflowError timestamp out of range for platform time_t
# expect: nan timeout ValueError Invalid value NaN (not a number)
# expect: TIMEOUT_MAX -> 9223372036.0
# expect: rlock release RuntimeError cannot release un-acquired lock
# expect: rlock acquire twice -> (True, True, None, None)
# expect: join unstarted RuntimeError cannot join thread before it is started
# expect: join current RuntimeError cannot join current thread
# expect: semaphore -1 ValueError semaphore initial value must be >= 0
# expect: semaphore release 0 ValueError n must be one or more
# expect: wait unowned RuntimeError cannot wait on un-acquired lock
# expect: notify unowned RuntimeError cannot notify on un-acquired lock
# expect: queue negative get ValueError 'timeout' must be a non-negative number
# expect: queue negative put ValueError 'timeout' must be a non-negative number
# expect: local args TypeError Initialization arguments are not supported
# expect: daemon after start RuntimeError cannot set daemon status of active thread
# expect: start twice RuntimeError threads can only be started once
# expect: _thread args not tuple TypeError 2nd arg must be a tuple
# expect: _thread kwargs not dict TypeError optional 3rd arg must be a dictionary
# expect: <Thread(idle, initial)>
# expect: False True
# expect: False False
# expect: True True True
# expect: False
# expect: aborted barrier BrokenBarrierError 
# expect: after reset broken: False parties: 2
# expect: in with: True
# expect: after with: False
# expect: True False True
# expect: [3] True
