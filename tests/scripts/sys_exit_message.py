# sys.exit("message") raised inside a function: the message goes to stderr
# and the exit status is 1; the output before it is flushed.
import sys


def leave():
    print("before")  # expect: before
    sys.exit("bye now")
    print("never")


try:
    leave()
finally:
    print("finally runs")  # expect: finally runs
# expect error: bye now
