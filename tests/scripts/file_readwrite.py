# open(): write, read back, modes, iteration, with-statement.
import os
path = "/tmp/baton_file_test_%d.txt" % os.getpid()
f = open(path, "w")
print(f.write("line one\n"), f.write("line two\n"), f.write("é\n"))  # expect: 9 9 2
print(f.name == path, f.mode, f.closed, f.writable(), f.readable())  # expect: True w False True False
f.close()
print(f.closed)  # expect: True
f.close()
with open(path) as f:
    print(repr(f.read()))  # expect: 'line one\nline two\né\n'
print(f.closed)  # expect: True
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))  # expect: 'line one\n' 'line' ' two\n'
    print(repr(f.readline()), repr(f.readline()), repr(f.read()))  # expect: 'é\n' '' ''
with open(path) as f:
    print(f.readlines())  # expect: ['line one\n', 'line two\n', 'é\n']
with open(path) as f:
    print([line.rstrip() for line in f])  # expect: ['line one', 'line two', 'é']
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(0)), f.tell())  # expect: 'lin' '' 3
    f.seek(0)
    print(repr(f.read(4)), f.tell())  # expect: 'line' 4
with open(path, "a") as f:
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print(f.read().splitlines()[-2:])  # expect: ['x', 'y']
with open(path, "wb") as f:
    print(f.write(b"\x00\x01abc"), f.mode)  # expect: 5 wb
with open(path, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, f.read())  # expect: b'\x00\x01abc' bytes b''
with open(path, "rb") as f:
    print(f.read(2), f.read(10))  # expect: b'\x00\x01' b'abc'
with open(path, "r+") as f:
    f.write("Z")
with open(path, "rb") as f:
    print(f.read())  # expect: b'Z\x01abc'
with open(path, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readline(), end="")  # expect: abc
    print(f.read(), end="")  # expect: def
with open(path, "w") as f:
    print("via print", 42, file=f)
    print("second", file=f, end="!")
with open(path) as f:
    print(f.read())
# expect: via print 42
# expect: second!
with open(path, "x" if False else "w") as f:
    pass
print(os.path.getsize(path))  # expect: 0
try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print("exists", e.errno)  # expect: exists 17
with open(path, "w") as f:
    print(f.fileno() > 2, f.isatty())  # expect: True False
with open(path, "w") as f:
    for i in range(3000):
        f.write("%d\n" % i)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[-1], end="")  # expect: 3000 2999
with open(path, "wb") as f:
    f.write(b"a\r\nb\r\nc")
with open(path) as f:
    print(repr(f.read()))  # expect: 'a\nb\nc'
with open(path) as f:
    print(f.readlines())  # expect: ['a\n', 'b\n', 'c']
with open(path, newline="") as f:
    print(repr(f.read()))  # expect: 'a\r\nb\r\nc'
os.remove(path)
