"""dis - disassemble baton's bytecode.

baton's dis module, written in baton on top of the C module _dis, which
holds the disassembler that `baton --dis FILE` uses. The layout follows
CPython 3.11's dis (line numbers, ">>" on jump targets, offsets, names,
arguments and their meaning); the instructions are baton's own.
"""
import sys
import _dis

__all__ = ["dis", "disassemble", "disco", "opname", "opmap", "get_instructions",
           "Instruction", "Positions", "Bytecode"]

opname = _dis.opname
opmap = _dis.opmap


def _function():
    pass


class _Holder:
    def method(self):
        pass


_CodeType = type(_function.__code__)
_FunctionType = type(_function)
_MethodType = type(_Holder().method)
_have_code = (_MethodType, _FunctionType, _CodeType, classmethod, staticmethod, type)


def _print(text, file):
    if file is None:
        file = sys.stdout
    file.write(text)


def _try_compile(source, name):
    """An expression's code if source is one, else the statements' code."""
    try:
        return compile(source, name, "eval")
    except SyntaxError:
        pass
    return compile(source, name, "exec")


def disassemble(co, lasti=-1, *, file=None):
    """Disassemble one code object (not the code objects nested in it).
    lasti is accepted for CPython's signature: no instruction is marked."""
    _print(_dis.code_text(co, 0, 0), file)


disco = disassemble


def dis(x=None, *, file=None, depth=None):
    """Disassemble a function, method, class (each of its methods), module,
    code object or source string, with the code objects nested in it down
    to depth levels (None: all)."""
    if x is None:
        raise RuntimeError("no last traceback to disassemble")
    x = _unwrap_code(x)
    if isinstance(x, _CodeType):
        _print(_dis.code_text(x, depth, 0), file)
    elif isinstance(x, str):
        _print(_dis.code_text(_try_compile(x, "<dis>"), depth, 0), file)
    elif hasattr(x, "__dict__"):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                _print("Disassembly of %s:\n" % name, file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    _print("Sorry: %s\n" % msg, file)
                _print("\n", file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


class _Record(tuple):
    """A tuple whose items also have names, as a collections.namedtuple:
    subclasses set _fields and how many trailing fields default to None
    (_ndefaults); _name_fields adds the properties."""

    _fields = ()
    _ndefaults = 0

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError("%s() takes %d positional arguments but %d were given"
                            % (cls.__name__, len(fields) + 1, len(args) + 1))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif fields.index(name) >= len(fields) - cls._ndefaults:
                values.append(None)
            else:
                raise TypeError("%s() missing required argument: '%s'" % (cls.__name__, name))
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError("%s() got multiple values for argument '%s'" % (cls.__name__, name))
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (cls.__name__, name))
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ["%s=%r" % (name, value) for name, value in zip(self._fields, self)]
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return type(self)(*values)

    def __getnewargs__(self):
        return tuple(self)


def _name_fields(cls):
    for index, name in enumerate(cls._fields):
        setattr(cls, name, property(lambda self, index=index: self[index]))
    return cls


@_name_fields
class Positions(_Record):
    """The source span of an instruction (None where not known)."""
    _fields = ("lineno", "end_lineno", "col_offset", "end_col_offset")
    _ndefaults = 4


@_name_fields
class Instruction(_Record):
    """One instruction: opname and opcode (baton's), arg (None without
    one), argval (its resolved value: the constant, the name, the jump
    target's offset), argrepr (the text in parentheses in the listing),
    offset, starts_line (None unless it starts a line), is_jump_target
    and positions."""
    _fields = ("opname", "opcode", "arg", "argval", "argrepr", "offset",
               "starts_line", "is_jump_target", "positions")
    _ndefaults = 1


def _unwrap_code(x):
    """The code object behind a method, function, generator or coroutine;
    anything else unchanged."""
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        return x.__code__
    for attr in ("gi_code", "ag_code", "cr_code"):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    """The code object of a method, function, generator, coroutine, code
    object or source string (CPython's _get_code_object)."""
    x = _unwrap_code(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, _CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _instructions(co, line_offset):
    for fields in _dis.instructions(co, line_offset):
        yield Instruction(*fields[:8], Positions(*fields[8]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the instructions of x's code (not of the code
    objects nested in it). first_line renumbers the lines as if the code
    started there; show_caches and adaptive are accepted for CPython's
    signature (baton has no inline cache entries in its bytecode, and
    shows the plain instructions)."""
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, offset)


class Bytecode:
    """The bytecode of a function, method, generator, code object or source
    string: iterating gives its Instructions, dis() its listing (the code
    object alone, as dis.disassemble prints it)."""

    def __init__(self, x, *, first_line=None, current_offset=None,
                 show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._line_offset)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._original_object)

    def dis(self):
        """The listing of the code object, as a str."""
        return _dis.code_text(self.codeobj, 0, self._line_offset)
