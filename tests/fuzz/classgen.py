"""classgen.py - random class and instance-attribute snippets for diffgen.py.

Each snippet is a function t<i>() that defines classes, makes instances and
sets, reads and deletes their attributes in a random order, then prints what
vars(), __dict__, dir(), getattr() and the exceptions show; the program calls
it and prints an escaping exception as diffgen's expression snippets do.
The families stress what an instance-attribute store must keep exact:
insertion order across deletions and re-additions, several instances of one
class filled in different orders, computed (non-interned) names, more than 30
attributes, vars()/__dict__ aliases kept across later changes, __dict__
replacement and clear(), the dict used as a plain dict (shared, non-str and
str-subclass keys, views, mutation while iterating), __class__ assignment,
subclasses, __slots__ with __dict__, descriptors and methods shadowed or not
by instance attributes, __getattr__/__setattr__/__delattr__ hooks (also
added to the class after its instances were used), inline caches watching
class and instance changes, many instances given scattered names, threads
filling instances of one class at once, cycles collected by gc with
__del__, copies made with __new__ + __dict__.update, and attributes of
builtin subclasses, exceptions, functions, methods and modules.

Printed values are ints, strs and tuples of them (safe() names anything else
by its type), dir() is filtered to non-dunder names, and no set of strs is
printed, so the output depends only on the interpreter.
"""

ATTRS = ["a", "b", "c", "x", "y", "val", "name", "m", "k0", "_p"]
VALUES = ["0", "1", "-3", "42", "'s'", "'txt'", "(1, 2)", "None", "True", "2.5", "'m'"]

# Helpers the snippets call (appended to diffgen's prelude).
PRELUDE = '''\
import gc
def err(i, e):
    print(i, type(e).__name__, e)
def safe(v):
    if type(v) is tuple:
        return tuple(safe(x) for x in v)
    if type(v) in (int, str, float, bool, type(None)):
        return v
    return '<' + type(v).__name__ + '>'
def show(o):
    return [(k, safe(v)) for k, v in vars(o).items()]
def pub(o):
    return [n for n in dir(o) if not n.startswith('__')]
'''


class ClassGen:
    """Emits one class snippet from its own random stream r."""

    def __init__(self, r):
        self.r = r

    def choice(self, seq):
        return self.r.choice(seq)

    def name(self):
        return self.choice(ATTRS)

    def value(self):
        return self.choice(VALUES)

    def computed(self, name):
        """An expression giving name as a str built at run time (not interned
        by the compiler), or now and then the literal itself."""
        forms = [f"''.join({list(name)!r})", f"{name + '_'!r}[:-1]",
                 f"'%s%s' % ({name[:1]!r}, {name[1:]!r})", f"{name.upper()!r}.lower()",
                 f"{name[::-1]!r}[::-1]", repr(name)]
        return self.choice(forms)

    def snippet(self, i):
        family = self.choice([self.f_attr_ops, self.f_attr_ops, self.f_attr_ops, self.f_layouts,
                              self.f_many, self.f_timeline, self.f_class_assign, self.f_subclass,
                              self.f_slots, self.f_descriptors, self.f_methods, self.f_hooks,
                              self.f_gc, self.f_copy, self.f_builtin_subclass, self.f_dict_edges,
                              self.f_dict_edges, self.f_late_hooks, self.f_scattered, self.f_threads,
                              self.f_protocols, self.f_protocols])
        self.i = i
        body = family()
        lines = [f"def t{i}():"] + ["    " + line for line in body]
        lines += ["try:", f"    t{i}()", "except Exception as e:", f"    err({i}, e)"]
        return "\n".join(lines) + "\n"

    def p(self, *exprs):
        return f"print({self.i}, {', '.join(exprs)})"

    def guard(self, stmt):
        """stmt (one simple statement, or a one-line for loop) with its
        exception printed, so one failing step does not hide the rest of the
        snippet."""
        head = ["try:", "    " + stmt] if stmt.startswith("for ") else [f"try: {stmt}"]
        return head + [f"except Exception as e: err({self.i}, e)"]

    def init_body(self, names):
        """__init__ statements setting names, in an order that depends on the
        argument so that instances of one class differ in insertion order."""
        if not names:
            return ["pass"]
        if len(names) > 1 and self.r.random() < 0.5:
            rev = list(reversed(names))
            return (["if v % 2:"] + [f"    self.{n} = v" for n in names] +
                    ["else:"] + [f"    self.{n} = -v" for n in rev])
        return [f"self.{n} = v" for n in names]

    def plain_class(self, cname, names, class_attrs=()):
        lines = [f"class {cname}:"]
        lines += [f"    {n} = {v}" for n, v in class_attrs]
        lines += ["    def __init__(self, v):"] + ["        " + s for s in self.init_body(names)]
        lines += ["    def m(self):", "        return 'method'"]
        return lines

    # -- families ------------------------------------------------------------

    def f_attr_ops(self):
        """Random set/get/del steps on three instances of one class (one of
        them maybe made by __new__ alone), some moved to a second class."""
        names = self.r.sample(ATTRS, self.r.randrange(0, 4))
        cattrs = [(self.name(), self.value()) for _ in range(self.r.randrange(0, 2))]
        body = self.plain_class("C", names, cattrs)
        body += self.plain_class("C2", self.r.sample(ATTRS, self.r.randrange(0, 4)))
        third = self.choice(["C(3)", "C(3)", "C.__new__(C)", "C2(3)"])
        body += [f"objs = [C(1), C(2), {third}]", "o0, o1, o2 = objs", "d = {}"]
        for _ in range(self.r.randrange(5, 16)):
            body += self.guard(self.attr_op())
        body += [self.p("[show(o) for o in objs]"), self.p("[(k, safe(w)) for k, w in d.items()]")]
        return body

    def attr_op(self):
        o, n, v = self.choice(["o0", "o1", "o2"]), self.name(), self.value()
        cn = self.computed(n)
        ops = [
            f"{o}.{n} = {v}", f"{o}.{n} = {v}", f"del {o}.{n}", f"setattr({o}, {cn}, {v})",
            self.p(f"safe(getattr({o}, {cn}, 'dflt'))"), self.p(f"hasattr({o}, {cn})"),
            f"delattr({o}, {cn})", self.p(f"safe({o}.{n})"), f"vars({o})[{n!r}] = {v}",
            f"del vars({o})[{cn}]", f"{o}.__dict__ = {self.small_dict()}",
            f"{o}.__dict__.clear()", f"vars({o}).update({n}={v})",
            f"{o}.__dict__.update({self.small_dict()})",
            self.p(f"safe(vars({o}).pop({cn}, 'none'))"), self.p(f"show({o})"),
            self.p(f"pub({o})"), f"d = vars({o})", self.p("[(k, safe(w)) for k, w in d.items()]"),
            f"{o}.m = lambda: 'inst'", self.p(f"safe({o}.m())"), f"C.{n} = {v}", f"del C.{n}",
            self.p(f"[safe(getattr(o, {n!r}, '-')) for o in objs]"),
            self.p(f"{o}.__dict__ is vars({o})", f"len(vars({o}))"),
            self.p(f"{n!r} in dir({o})", f"{cn} in vars({o})"),
            self.p(f"vars({o}) == vars(o{self.r.randrange(3)})"),
            f"object.__setattr__({o}, {cn}, {v})", f"object.__delattr__({o}, {cn})",
            self.p(f"safe(object.__getattribute__({o}, {cn}))"),
            f"{o}.__dict__ = o{self.r.randrange(3)}.__dict__",
            f"{o}.__class__ = {self.choice(['C', 'C2'])}", self.p(f"type({o}).__name__"),
            f"for o in objs: o.{n} = {v}", f"for o in objs[::-1]: o.{n} = ({v}, o.{n})",
            self.p(f"[{n!r} in vars(o) for o in objs]", f"[safe(o.{n}) for o in objs if hasattr(o, {n!r})]"),
        ]
        return self.choice(ops)

    def small_dict(self):
        keys = self.r.sample(ATTRS, self.r.randrange(0, 4))
        return "{" + ", ".join(f"{k!r}: {self.value()}" for k in keys) + "}"

    def f_layouts(self):
        """Instances of one class given the same names in different orders,
        read back through one attribute site in a loop."""
        names = self.r.sample(ATTRS[:7], self.r.randrange(2, 6))
        body = ["class L:", "    pass", "objs = []", f"for k in range({self.r.randrange(3, 9)}):",
                "    o = L()", "    objs.append(o)"]
        orders = [self.r.sample(names, len(names)) for _ in range(3)]
        for j, order in enumerate(orders):
            body += [f"    {'if' if j == 0 else 'elif'} k % 3 == {j}:"]
            body += [f"        o.{n} = k * {idx + 1}" for idx, n in enumerate(order)]
        if self.r.random() < 0.5:
            body += [f"    if k == 2: del o.{names[0]}"]
        if self.r.random() < 0.5:
            body += [f"    if k == 1: o.{names[-1]} = 'again'"]
        body += ["def get(o):", f"    return [getattr(o, n, '?') for n in {names!r}]"]
        body += [self.p("[get(o) for o in objs]"), self.p("[list(vars(o)) for o in objs]")]
        body += [self.p(f"[o.{names[0]} for o in objs if hasattr(o, {names[0]!r})]")]
        return body

    def f_many(self):
        """More than 30 attributes on one instance, some deleted and re-added."""
        n, step = self.r.randrange(31, 70), self.r.randrange(2, 9)
        cn = self.choice(["'f%d' % k", "'f' + str(k)", "f'f{k}'"])
        body = ["class M:", "    def __init__(self, n):", "        for k in range(n):",
                f"            setattr(self, {cn}, k)", f"m = M({n})", f"m2 = M({self.r.randrange(0, 40)})",
                f"for k in range(0, {n}, {step}):", f"    delattr(m, {cn})",
                f"m.f{self.r.randrange(n)} = 'again'", f"m2.extra = 1"]
        if self.r.random() < 0.5:
            body += ["dd = m.__dict__", "m.late = 2", self.p("len(dd)", "list(dd)[-3:]")]
        body += [self.p("len(vars(m))", "list(vars(m))[:4]", "list(vars(m))[-4:]"),
                 self.p("sum(v for v in vars(m).values() if type(v) is int)"),
                 self.p("list(vars(m2))[-3:]", "len(pub(m2))"),
                 self.p(f"[getattr(m, 'f%d' % k, None) for k in range(0, {n}, 7)]")]
        return body

    def f_timeline(self):
        """One attribute-read site watched while instance and class attributes
        come and go between reads."""
        events = ["o.x = 'inst%d' % k", "del o.x", "C.x = 'cls%d' % k", "del C.x",
                  "p.x = k", "vars(o)['x'] = 'v%d' % k", "o.__dict__ = {'x': 'new'}",
                  "o.__dict__.clear()", "C.x = property(lambda s: 'prop')",
                  "o.__class__ = C2", "o.__class__ = C", "setattr(o, 'xx'[:1], 'set')"]
        body = ["class C:", "    x = 'cls'", "class C2:", "    x = 'c2'", "o, p = C(), C()",
                "def get(o):", "    return o.x", "r = []"]
        n = self.r.randrange(4, 10)
        body += [f"for k in range({n}):", "    try: r.append(safe(get(o)))",
                 "    except AttributeError as e: r.append(str(e))"]
        for j, ev in enumerate(self.r.sample(events, min(n, len(events)))):
            body += [f"    if k == {j}:", "        try: " + ev,
                     "        except Exception as e: r.append(type(e).__name__)"]
        body += [self.p("r"), self.p("show(o)", "show(p)", "type(o).__name__")]
        return body

    def f_class_assign(self):
        """__class__ assignment between compatible classes with attributes set."""
        a_names = self.r.sample(ATTRS, self.r.randrange(0, 4))
        b_names = self.r.sample(ATTRS, self.r.randrange(0, 4))
        base = "(A)" if self.r.random() < 0.3 else ""
        body = self.plain_class("A", a_names)
        body += [f"class B{base}:", "    def __init__(self, v):"]
        body += ["        " + s for s in self.init_body(b_names)]
        body += ["    def m(self):", "        return 'B.m'"]
        body += ["a, b = A(1), B(2)", f"a.{self.name()} = {self.value()}"]
        if self.r.random() < 0.5:
            body += ["d = vars(a)"]
        body += ["a.__class__ = B", self.p("type(a).__name__", "safe(a.m())", "show(a)", "pub(a)")]
        body += [f"a.{self.name()} = {self.value()}", self.p("show(a)", "show(b)")]
        body += self.guard(f"del a.{self.name()}")
        if self.r.random() < 0.5:
            body += ["a.__class__ = A", self.p("safe(a.m())", "show(a)")]
        body += self.guard(self.choice(["a.__class__ = int", "a.__class__ = 3",
                                        "b.__class__ = A", "a.__class__ = type('X', (), {})"]))
        body += [self.p("type(a).__name__", "show(a)", "[type(o).__name__ for o in (a, b)]")]
        return body

    def f_subclass(self):
        """A subclass adding attributes before and after super().__init__."""
        base_names = self.r.sample(ATTRS, self.r.randrange(1, 4))
        pre = self.r.sample(ATTRS, self.r.randrange(0, 3))
        post = self.r.sample(ATTRS, self.r.randrange(0, 3))
        body = self.plain_class("Base", base_names)
        body += ["class Sub(Base):", "    def __init__(self, v):"]
        body += [f"        self.{n} = 'pre'" for n in pre]
        body += ["        super().__init__(v)"] + [f"        self.{n} = 'post'" for n in post]
        if self.r.random() < 0.5:
            body += ["class Sub2(Sub):", "    tag = 'cls'", "    def m(self):",
                     "        return 'Sub2.m:' + super().m()"]
        else:
            body += ["Sub2 = Sub"]
        body += ["objs = [Base(1), Sub(2), Sub2(3), Base(4), Sub2(5)]"]
        body += [f"objs[{self.r.randrange(5)}].{self.name()} = {self.value()}"]
        body += self.guard(f"del objs[{self.r.randrange(5)}].{self.name()}")
        body += [self.p("[(type(o).__name__, show(o)) for o in objs]"),
                 self.p("[safe(o.m()) for o in objs]"), self.p("pub(objs[2])"),
                 self.p(f"[safe(getattr(o, {self.computed(self.name())}, 0)) for o in objs]")]
        return body

    def f_slots(self):
        """__slots__ with and without '__dict__', and subclasses of slotted
        classes (which get a __dict__)."""
        slots = self.r.sample(["a", "b", "c"], self.r.randrange(1, 3))
        with_dict = self.r.random() < 0.6
        tup = tuple(slots + (["__dict__"] if with_dict else []))
        body = ["class S:", f"    __slots__ = {tup!r}", "    def __init__(self, v):"]
        body += [f"        self.{n} = v" for n in slots]
        body += ["class T(S):", "    pass", "s, t = S(1), T(2)"]
        steps = [f"s.{self.name()} = {self.value()}", f"t.{self.name()} = {self.value()}",
                 f"del s.{self.choice(slots)}", f"del t.{self.name()}",
                 self.p(f"safe(s.{self.name()})"), self.p("show(s)"), self.p("show(t)"),
                 self.p("pub(s)", "pub(t)"), f"vars(t)[{self.name()!r}] = 5",
                 self.p(f"hasattr(s, {self.choice(slots)!r})", f"hasattr(t, {self.name()!r})"),
                 "s.__dict__ = {'q': 1}", self.p("safe(s.q)")]
        for _ in range(self.r.randrange(4, 9)):
            body += self.guard(self.choice(steps))
        body += self.guard(self.p("show(s)", "show(t)"))
        return body

    def f_descriptors(self):
        """Data descriptors and properties win over instance attributes;
        non-data descriptors lose; descriptors added after instances exist."""
        body = ["class D:", "    def __get__(self, o, t):",
                "        return 'D.get' if o is not None else 'D.cls'",
                "    def __set__(self, o, v):", "        o.__dict__['seen'] = v",
                "class ND:", "    def __get__(self, o, t):", "        return 'ND.get'",
                "class C:", "    x = D()", "    y = ND()", "    @property",
                "    def p(self):", "        return 'prop'"]
        if self.r.random() < 0.5:
            body += ["    @p.setter", "    def p(self, v):", "        self.__dict__['p'] = ('set', v)"]
        body += ["o = C()"]
        steps = ["o.__dict__['x'] = 1", "o.x = 2", "o.__dict__['y'] = 3", "o.y = 4",
                 "del o.y", "del o.x", "o.__dict__['p'] = 5", "o.p = 6", "del o.p",
                 "C.z = property(lambda s: 'late')", "o.z = 7", "vars(o)['z'] = 8",
                 "C.y = 'plain'", "del C.x", "C.x = D()", self.p("o.x", "o.y", "o.p"),
                 self.p("show(o)"), self.p("safe(getattr(o, 'z', 'noz'))"),
                 self.p("C.x", "safe(C.y)")]
        for _ in range(self.r.randrange(5, 12)):
            body += self.guard(self.choice(steps))
        body += self.guard(self.p("o.x", "o.y", "safe(o.p)", "show(o)"))
        return body

    def f_methods(self):
        """Methods shadowed by instance attributes, through one call site."""
        body = ["class C:", "    def f(self):", "        return 'method'",
                "    def g(self):", "        return self.f()",
                "objs = [C(), C(), C()]", "def call(o):", "    return o.f()", "r = []"]
        steps = ["objs[{k}].f = lambda: 'inst{k}'", "del objs[{k}].f", "C.f = lambda self: 'new'",
                 "objs[{k}].f = 5", "vars(objs[{k}])['f'] = lambda: 'viavars'",
                 "objs[{k}].__dict__ = {{'f': lambda: 'dict'}}", "del C.f",
                 "C.f = staticmethod(lambda: 'static')", "objs[{k}].g = str"]
        for _ in range(self.r.randrange(3, 8)):
            step = self.choice(steps).format(k=self.r.randrange(3))
            body += self.guard(step)
            body += ["for o in objs:", "    try: r.append(call(o))",
                     "    except Exception as e: r.append(type(e).__name__ + ': ' + str(e))"]
        body += [self.p("r"), self.p("[safe(o.g()) for o in objs if hasattr(o, 'g')]")]
        body += [self.p("[show(o) for o in objs]")]
        return body

    def f_hooks(self):
        """__getattr__ fallbacks and __setattr__/__delattr__ overrides."""
        body = ["log = []", "class G:", "    cls_attr = 'c'", "    def __init__(self):",
                "        self.real = 1", "    def __getattr__(self, n):",
                "        log.append('ga ' + n)", "        if n.startswith('z'):",
                "            raise AttributeError(n)", "        return 'fb:' + n"]
        if self.r.random() < 0.5:
            body += ["    def __setattr__(self, n, v):", "        log.append('sa ' + n)",
                     "        object.__setattr__(self, n, v * 2 if type(v) is int else v)",
                     "    def __delattr__(self, n):", "        log.append('da ' + n)",
                     "        object.__delattr__(self, n)"]
        if self.r.random() < 0.3:
            body += ["    def __dir__(self):", "        return ['d2', 'd1'] + list(vars(self))"]
        body += ["g = G()"]
        steps = [self.p("g.real", "g.other", "g.cls_attr"), self.p("safe(g.zed)"),
                 self.p("getattr(g, 'zz', 'dflt')", "hasattr(g, 'zq')", "hasattr(g, 'q')"),
                 "g.other = 2", "del g.other", "g.real = 'r'", "del g.real", "del g.nothing",
                 "vars(g)['zz'] = 'direct'", "g.__dict__.clear()", self.p("show(g)"),
                 self.p(f"getattr(g, {self.computed('val')})")]
        for _ in range(self.r.randrange(4, 10)):
            body += self.guard(self.choice(steps))
        body += [self.p("log"), self.p("show(g)")]
        return body

    def f_gc(self):
        """Instances in reference cycles (through attributes, a shared
        __dict__ or themselves) collected by gc.collect(), with __del__
        seeing their attributes."""
        body = ["log = []", "keep = []", "class N:", "    def __init__(self, name):",
                "        self.name = name", "        self.other = None",
                "    def __del__(self):",
                "        log.append((getattr(self, 'name', '?'), sorted(k for k in vars(self) if type(k) is str)))"]
        if self.r.random() < 0.2:
            body += ["        keep.append(self)"]
        if self.r.random() < 0.4:
            body += ["        " + self.choice(["self.late = [self]", "del self.name",
                                                 "self.__dict__.clear()", "self.name += '!'",
                                                 "self.__dict__ = {'fresh': self}"])]
        body += ["a, b, c = N('a'), N('b'), N('c')"]
        links = ["a.other = b", "b.other = a", "c.me = c", "a.d = vars(a)", "b.lst = [b, c]",
                 "c.other = a", "a.__dict__ = {'name': 'a2', 'self': a}", "del b.other",
                 "vars(c)['back'] = b", "b.__dict__.clear()"]
        body += self.r.sample(links, self.r.randrange(1, 6))
        body += ["del a, b, c", "gc.collect()", self.p("sorted(log)"),
                 self.p("sorted(repr(show(o)) for o in keep)"), "keep.clear()", "gc.collect()"]
        return body

    def f_copy(self):
        """Copies made with type(o).__new__ and __dict__.update, then changed
        independently of the original."""
        names = self.r.sample(ATTRS, self.r.randrange(1, 5))
        body = self.plain_class("C", names)
        body += ["o = C(3)", f"o.{self.name()} = {self.value()}"]
        body += [self.choice(["c = type(o).__new__(type(o))", "c = object.__new__(C)"])]
        body += [self.choice(["c.__dict__.update(o.__dict__)", "c.__dict__ = dict(vars(o))",
                              "vars(c).update(vars(o))",
                              "for k, v in vars(o).items(): setattr(c, k, v)"])]
        body += [f"c.{self.name()} = {self.value()}"]
        body += self.guard(f"del c.{self.name()}")
        body += [self.p("show(o)"), self.p("show(c)"), self.p("vars(o) == vars(c)"),
                 self.p("type(c).__name__", "safe(c.m())")]
        return body

    def f_builtin_subclass(self):
        """Attributes on instances of subclasses of builtins, on exceptions,
        functions, bound methods and modules."""
        base = self.choice(["list", "dict", "int", "Exception", "object"])
        arg = {"list": "[1, 2]", "dict": "{'k': 1}", "int": "5", "Exception": "'msg'",
               "object": ""}[base]
        n1, n2 = self.name(), self.name()
        body = [f"class X({base}):", "    def meth(self):", "        return 1", f"x = X({arg})",
                f"x.{n1} = {self.value()}", f"x.{n2} = {self.value()}",
                self.p("show(x)", "safe(x == X(" + arg + "))"), "def f():", "    pass",
                f"f.{n1} = 1", f"f.{n2} = 2", self.p("show(f)"), "e = ValueError('v')"]
        steps = [f"del x.{self.name()}", f"f.__dict__ = {self.small_dict()}", "f.__dict__ = 5",
                 "del f.__dict__", f"e.{n1} = 3", "e.__dict__ = []", "del e.__dict__",
                 self.p("show(e)", "e.args"), self.p("safe(x.meth.nope)"),
                 f"x.meth.{n1} = 1", self.p(f"safe(x.meth.{n2})"), f"X.meth.{n1} = 2",
                 "gc.__dict__ = {}", "del gc.nope", "gc.__class__ = int",
                 self.p("show(f)", f"safe(getattr(f, {self.computed(n2)}, None))")]
        for _ in range(self.r.randrange(1, 6)):
            body += self.guard(self.choice(steps))
        body += [self.p("show(x)", f"{n1!r} in pub(x)")]
        return body

    def f_dict_edges(self):
        """The instance dict used as a dict: shared between two instances,
        non-str and str-subclass keys, odd names, live views, mutation while
        iterating, and a dict subclass as __dict__."""
        body = ["class K(str):", "    pass", "class MD(dict):", "    pass", "class KH(str):",
                "    def __hash__(self):", "        return hash(str(self))",
                "    def __eq__(self, other):", "        return str(self) == other"]
        body += self.plain_class("C", self.r.sample(ATTRS, self.r.randrange(0, 4)))
        body += ["o, q = C(1), C(2)", "ks = vars(o).keys()", "its = vars(q).items()"]
        steps = ["o.__dict__ = q.__dict__", "q.__dict__ = o.__dict__", "vars(o)[1] = 'one'",
                 "vars(o)[(1, 2)] = 'tup'", "setattr(o, K('kx'), 'sub')", "setattr(o, KH('x'), 'kh')",
                 "vars(q)[KH('y')] = 'khy'", self.p("safe(getattr(q, KH('y'), 'none'))"), "setattr(o, 'a b', 1)",
                 "setattr(o, '', 'empty')", "setattr(q, '1x', 2)", "o.__dict__ = MD(z=1)",
                 "o.__dict__ = {K('y'): 'subkey', 'x': 0}", "vars(q).setdefault('sd', 3)",
                 "vars(o).popitem()", self.p("vars(o).popitem()"),
                 "o.__dict__ |= {'or': 1}", "vars(q).update(q.__dict__)",
                 "for k in vars(o): setattr(o, str(k) + '2', 1)",
                 "for k in list(vars(o)): delattr(o, k)", "o.x = 'X'",
                 f"o.{self.name()} = {self.value()}", f"q.{self.name()} = {self.value()}",
                 f"del o.{self.name()}", f"del q.{self.name()}",
                 self.p("safe(o.kx)", "safe(getattr(o, K('kx')))"),
                 self.p("[type(k).__name__ for k in vars(o)]"), self.p("show(o)", "show(q)"),
                 self.p("list(ks)", "[(k, safe(v)) for k, v in its]"),
                 self.p("pub(o)"), self.p("safe(o.y)", "hasattr(o, 'x')", "type(vars(o)).__name__"),
                 self.p("{**vars(o)} == vars(o)", "dict(vars(q)) == vars(q)", "len(vars(o).copy())"),
                 self.p("o.__dict__ is q.__dict__")]
        for _ in range(self.r.randrange(4, 12)):
            body += self.guard(self.choice(steps))
        body += self.guard(self.p("show(o)", "show(q)"))
        return body

    def f_late_hooks(self):
        """__getattr__, __setattr__, __getattribute__ and __delattr__ added to
        and removed from a class after its instances were used, through one
        attribute site."""
        hooks = ["C.__getattr__ = lambda s, n: 'ga:' + n", "del C.__getattr__",
                 "C.__getattribute__ = lambda s, n: 'gab:' + n", "del C.__getattribute__",
                 "C.__setattr__ = lambda s, n, v: object.__setattr__(s, n, ('sa', v))",
                 "del C.__setattr__", "C.__delattr__ = lambda s, n: None", "del C.__delattr__",
                 "Base.y = 'base'", "del Base.y", "Base.__getattr__ = lambda s, n: 'bga:' + n",
                 "C.x = 'cx'", "del C.x"]
        body = ["class Base:", "    pass", "class C(Base):", "    def __init__(self):",
                "        self.x = 1", "o = C()", "def get(o, n):", "    return getattr(o, n)",
                "r = []"]
        for _ in range(self.r.randrange(3, 9)):
            body += self.guard(self.choice(hooks))
            body += self.guard(self.choice([f"o.{self.name()} = {self.value()}",
                                            f"del o.{self.choice(['x', 'y', 'z'])}", "pass"]))
            body += ["for n in ('x', 'y', 'z'):", "    try: r.append(safe(get(o, n)))",
                     "    except AttributeError as e: r.append(str(e))"]
        body += [self.p("r"), self.p("show(o)")]
        return body

    def f_scattered(self):
        """Many instances of one class each given different names, more than
        the class could share, read back through one site."""
        n = self.r.randrange(10, 60)
        body = ["class C:", "    def __init__(self, k):", "        self.base = k",
                "objs = []", f"for k in range({n}):", "    o = C(k)",
                f"    setattr(o, 'n%d' % (k * {self.r.randrange(1, 7)} % {self.r.randrange(5, 45)}), k)",
                f"    if k % {self.r.randrange(2, 6)} == 0: o.common = -k",
                f"    if k % {self.r.randrange(3, 8)} == 1: del o.base", "    objs.append(o)",
                "def get(o):", "    return getattr(o, 'common', None), getattr(o, 'base', None)",
                self.p("[get(o) for o in objs]"), self.p("[list(vars(o)) for o in objs[::3]]"),
                self.p("sum(len(vars(o)) for o in objs)")]
        return body

    def f_threads(self):
        """Threads filling instances of one shared class in different orders
        at the same time (some names str subclasses whose __eq__ runs Python
        code, some dicts materialized); results printed after join()."""
        names = self.r.sample(ATTRS[:8], self.r.randrange(2, 6))
        key = self.choice(["n", "n", "KH(n) if (j + k) % 2 else n"])
        body = ["import threading", "class KH(str):", "    def __hash__(self):",
                "        return hash(str(self))", "    def __eq__(self, other):",
                "        return str(self) == other", "class C:", "    pass", "res = {}",
                "def work(t):", "    objs = []", f"    for k in range({self.r.randrange(50, 300)}):",
                "        o = C()", f"        ns = {names!r}", "        for j in range(len(ns)):",
                "            n = ns[(j + t + k) % len(ns)]", f"            setattr(o, {key}, k)",
                f"        if k % {self.r.randrange(2, 9)} == t: vars(o)",
                f"        if k % 3 == t % 3: del o.{names[0]}", "        objs.append(o)",
                "    res[t] = [sorted(show(o)) for o in objs[-3:]] + [list(vars(objs[-1]))]",
                f"ths = [threading.Thread(target=work, args=(t,)) for t in range({self.r.randrange(2, 5)})]",
                "for th in ths: th.start()", "for th in ths: th.join()",
                self.p("[res[t] for t in sorted(res)]")]
        return body

    def f_protocols(self):
        """Special methods returning values of the right and of the wrong
        type, seen through the builtins and operators that check them."""
        table = {
            "__repr__": (0, ["repr(o)", "str(o)", "f'{o!r}'", "[o]", "'%r' % (o,)"]),
            "__str__": (0, ["str(o)", "'%s' % (o,)", "f'{o}'", "format(o)"]),
            "__format__": (1, ["format(o, 'x')", "f'{o:>3}'", "format(o)"]),
            "__hash__": (0, ["hash(o)", "{o: 1}[o]", "o in {1: 2}"]),
            "__len__": (0, ["len(o)", "bool(o)"]),
            "__bool__": (0, ["bool(o)", "not o", "1 if o else 0"]),
            "__index__": (0, ["[0, 1, 2][o]", "bin(o)", "range(o)[-1:]", "'ab' * o"]),
            "__int__": (0, ["int(o)"]), "__float__": (0, ["float(o)"]),
            "__eq__": (1, ["o == 1", "o != 1", "o in [1]", "[o].count(o)"]),
            "__lt__": (1, ["o < 1", "1 > o", "sorted([o, o])[0] is o"]),
            "__contains__": (1, ["1 in o", "2 not in o"]),
            "__iter__": (0, ["list(o)", "[*o]", "sum(o)"]),
            "__getitem__": (1, ["o[0]", "list(o)[:3]"]),
            "__neg__": (0, ["-o"]), "__abs__": (0, ["abs(o)"]),
            "__bytes__": (0, ["bytes(o)"]), "__round__": (1, ["round(o)", "round(o, 1)"]),
            "__call__": (0, ["o()"]),
        }
        rets = ["5", "-1", "0", "2**64", "'s'", "None", "True", "2.5", "[1]", "iter([1, 2])",
                "b'b'", "NotImplemented", "self", "(1, 2)"]
        chosen = self.r.sample(sorted(table), self.r.randrange(1, 4))
        body = ["class P:"]
        for name in chosen:
            params = "self" + ", a" * table[name][0]
            body += [f"    def {name}({params}):"]
            if name == "__getitem__":
                # iteration through __getitem__ must end
                body += ["        if type(a) is not int or a > 2:", "            raise IndexError(a)"]
            body += [f"        return {self.choice(rets)}"]
        body += ["o = P()"]
        for name in chosen:
            for expr in self.r.sample(table[name][1], min(2, len(table[name][1]))):
                body += self.guard(self.p(f"safe({expr})"))
        return body
