# os._exit leaves at once: no teardown, so no __del__ runs at exit.
import os


class Noisy:
    def __del__(self):
        print("bye")


n = Noisy()
print("end", flush=True)
os._exit(0)
# expect: end
