"""dis - disassemble baton's bytecode.

baton's dis module, written in baton on top of the C module _dis, which
holds the disassembler that `baton --dis FILE` uses. The layout follows
CPython 3.11's dis (line numbers, ">>" on jump targets, offsets, names,
arguments and their meaning); the instructions are baton's own.
"""
import sys
import _dis

__all__ = ["dis", "disassemble", "disco", "opname", "opmap"]

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
    _print(_dis.code_text(co, 0), file)


disco = disassemble


def dis(x=None, *, file=None, depth=None):
    """Disassemble a function, method, class (each of its methods), module,
    code object or source string, with the code objects nested in it down
    to depth levels (None: all)."""
    if x is None:
        raise RuntimeError("no last traceback to disassemble")
    if hasattr(x, "__func__"):
        x = x.__func__
    if hasattr(x, "__code__"):
        x = x.__code__
    elif hasattr(x, "gi_code"):
        x = x.gi_code
    elif hasattr(x, "cr_code"):
        x = x.cr_code
    if isinstance(x, _CodeType):
        _print(_dis.code_text(x, depth), file)
    elif isinstance(x, str):
        _print(_dis.code_text(_try_compile(x, "<dis>"), depth), file)
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
