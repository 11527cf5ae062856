# print(): sep, end, file, flush and the conversions it applies.
import sys

print()  # expect: 
print(1, 2, 3)  # expect: 1 2 3
print("a", "b", sep="-")  # expect: a-b
print("a", "b", sep="")  # expect: ab
print("x", end="!\n")  # expect: x!
print("a", "b", sep=None, end=None)  # expect: a b
print(1, "two", 3.5, None, True, [1, 'x'], (2,), {'k': 1})  # expect: 1 two 3.5 None True [1, 'x'] (2,) {'k': 1}
print("no newline", end="")
print(" then more")  # expect: no newline then more
print(*[1, 2, 3], sep=", ")  # expect: 1, 2, 3
print("flushed", flush=True)  # expect: flushed
print("to stdout", file=sys.stdout)  # expect: to stdout
print("to stderr", file=sys.stderr)
print("ignored", file=None)  # expect: ignored


class Loud:
    def __str__(self):
        return "LOUD"

    def __repr__(self):
        return "Loud()"


print(Loud(), [Loud()])  # expect: LOUD [Loud()]


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", 1, sep="|", end=".", file=c, flush=True)
print(c.parts)  # expect: ['a', '|', '1', '.', '<flush>']

for bad in [dict(sep=3), dict(end=[]), dict(foo=1)]:
    try:
        print("x", **bad)
    except TypeError as e:
        print(e)
# expect: sep must be None or a string, not int
# expect: end must be None or a string, not list
# expect: 'foo' is an invalid keyword argument for print()
print("é ü 日本")  # expect: é ü 日本
