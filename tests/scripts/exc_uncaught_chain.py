# An uncaught exception raised while handling another: the last line is the
# newest exception; the earlier one is printed above it.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value") from e

print(parse("12"))  # expect: 12
parse("twelve")
# expect error: RuntimeError: bad config value
