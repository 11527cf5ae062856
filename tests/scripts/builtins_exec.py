# exec, eval, compile, __import__, __build_class__ (via class), exit.
print(eval("1 + 2 * 3"), eval("  [x * x for x in range(4)]"))  # expect: 7 [0, 1, 4, 9]
x = 10
print(eval("x + 1"), eval("x + y", {"y": 5, "x": 1}), eval("x + y", {"x": 1}, {"y": 2}))  # expect: 11 6 3
exec("z = x * 2")
print(z)  # expect: 20
ns = {}
exec("def sq(n):\n    return n * n\nr = sq(7)", ns)
print(ns["r"], "__builtins__" in ns)  # expect: 49 True
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))  # expect: [('a', 1), ('b', 2)]
print(exec("1 + 1"))  # expect: None
code = compile("40 + 2", "<calc>", "eval")
print(eval(code))  # expect: 42
code2 = compile("q = 5", "<stmts>", "exec")
exec(code2)
print(q)  # expect: 5
print(eval(b"3 * 3"))  # expect: 9
m = __import__("time")
print(m.__name__, m.sleep(0))  # expect: time None
osm = __import__("os.path")
print(osm.__name__, __import__("os.path", fromlist=["join"]).__name__ != "os")  # expect: os True


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Point3(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


print(Point(1, 2), Point3(1, 2, 3).z, Point3.dims, Point3.__name__)  # expect: Point(1, 2) 3 3 Point3
try:
    eval("1 +")
except SyntaxError:
    print("syntax error")  # expect: syntax error
try:
    eval("undefined_name")
except NameError as e:
    print(e)  # expect: name 'undefined_name' is not defined
for src in [1, None]:
    try:
        exec(src)
    except TypeError as e:
        print(e)
# expect: exec() arg 1 must be a string, bytes or code object
# expect: exec() arg 1 must be a string, bytes or code object
try:
    exec("pass", 1)
except TypeError as e:
    print(e)  # expect: exec() globals must be a dict, not int
try:
    compile("x", "f", "q")
except ValueError as e:
    print(e)  # expect: compile() mode must be 'exec', 'eval' or 'single'
try:
    exit(3)
except SystemExit as e:
    print("exit", e.code)  # expect: exit 3
try:
    quit()
except SystemExit as e:
    print("quit", e.code)  # expect: quit None
