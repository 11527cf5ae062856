# Python signal handlers run in the main thread, even when another thread
# sends the signal; signal.signal works only in the main thread.
import os
import signal
import threading
import time

got = []
arrived = threading.Event()


def handler(signum, frame):
    got.append((signum == signal.SIGUSR1, threading.current_thread().name))
    arrived.set()


print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)


def send(sig):
    time.sleep(0.05)
    os.kill(os.getpid(), sig)


helper = threading.Thread(target=send, args=(signal.SIGUSR1,), name="sender")
helper.start()
print("woken by handler:", arrived.wait(60))
helper.join()
print(got)

signal.raise_signal(signal.SIGUSR1)
print(len(got), got[-1])

errors = []


def from_thread():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=from_thread)
t.start()
t.join()
print(errors)

interrupts = []
signal.signal(signal.SIGINT, lambda s, f: interrupts.append(s == signal.SIGINT))
helper = threading.Thread(target=send, args=(signal.SIGINT,))
helper.start()
helper.join()
deadline = time.monotonic() + 60
while not interrupts and time.monotonic() < deadline:
    time.sleep(0.01)
print("custom SIGINT handler:", interrupts)
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.01)
print("ignored, still here")
# expect: True
# expect: True
# expect: True True
# expect: woken by handler: True
# expect: [(True, 'MainThread')]
# expect: 2 (True, 'MainThread')
# expect: ['signal only works in main thread of the main interpreter']
# expect: custom SIGINT handler: [True]
# expect: ignored, still here
