# sys.exit(0) and sys.exit(None) end the program successfully.
import sys
print("start")  # expect: start
try:
    sys.exit(None)
except SystemExit as e:
    print(repr(e.code))  # expect: None
print("still here")  # expect: still here
sys.exit(0)
print("not printed")
