# os.path: the string functions and the file tests.
import os.path
import os
p = os.path
print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/abs", "c"), p.join("", "x"))  # expect: a/b/c a/b /abs/c x
print(p.join("a", ""), p.join("/"), p.join("a", "b/"))  # expect: a/ / a/b/
print(p.split("/usr/lib/x.py"), p.split("x.py"), p.split("/x"), p.split("a//b"))  # expect: ('/usr/lib', 'x.py') ('', 'x.py') ('/', 'x') ('a', 'b')
print(p.split("//"), p.split("a/b/"))  # expect: ('//', '') ('a/b', '')
print(p.basename("/a/b.txt"), p.basename("/a/"), p.dirname("/a/b.txt"), p.dirname("b"))  # expect: b.txt  /a 
print(p.splitext("a/b.tar.gz"), p.splitext(".bashrc"), p.splitext("a.b/c"), p.splitext("x."))  # expect: ('a/b.tar', '.gz') ('.bashrc', '') ('a.b/c', '') ('x', '.')
print(p.splitext("..a"), p.splitext("/x/..."))  # expect: ('..a', '') ('/x/...', '')
print(p.isabs("/x"), p.isabs("x"))  # expect: True False
print(p.normpath("a//b/./c/.."), p.normpath("/../x"), p.normpath("../a/../../b"), p.normpath(""))  # expect: a/b /x ../../b .
print(p.normpath("//a/b"), p.normpath("///a"), p.normpath("a/.."), p.normpath("./"))  # expect: //a/b /a . .
print(p.abspath("/a/b/../c"), p.abspath("x") == p.join(os.getcwd(), "x"))  # expect: /a/c True
print(p.exists("/"), p.isdir("/"), p.isfile("/"), p.exists("/no/such/path"))  # expect: True True False False
print(p.isfile(__file__), p.getsize(__file__) > 100)  # expect: True True
try:
    p.getsize("/no/such/file")
except FileNotFoundError as e:
    print(e)  # expect: [Errno 2] No such file or directory: '/no/such/file'
try:
    p.join("a", 1)
except TypeError as e:
    print(e)  # expect: join() argument must be str, bytes, or os.PathLike object, not 'int'
print(os.path is p, p.sep)  # expect: True /
