# SIGINT, sent by a helper thread, interrupts a main thread blocked in join,
# sleep, Lock.acquire, Event.wait and Queue.get with KeyboardInterrupt.
import os
import queue
import signal
import threading
import time


def send_sigint():
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGINT)


def interrupted(label, blocking_call):
    helper = threading.Thread(target=send_sigint)
    helper.start()
    try:
        blocking_call()
        print(label, "returned")
    except KeyboardInterrupt:
        print(label, "KeyboardInterrupt")
    helper.join()


forever = threading.Event()
sleeper = threading.Thread(target=forever.wait, daemon=True)
sleeper.start()
interrupted("join", sleeper.join)
interrupted("sleep", lambda: time.sleep(60))
held = threading.Lock()
held.acquire()
interrupted("Lock.acquire", held.acquire)
interrupted("Event.wait", forever.wait)
interrupted("Queue.get", queue.Queue().get)
forever.set()
sleeper.join()
print("done")
# expect: join KeyboardInterrupt
# expect: sleep KeyboardInterrupt
# expect: Lock.acquire KeyboardInterrupt
# expect: Event.wait KeyboardInterrupt
# expect: Queue.get KeyboardInterrupt
# expect: done
