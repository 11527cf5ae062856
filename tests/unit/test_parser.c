/* test_parser.c - unit tests for the parser (compiler/parser.c, ast.c).
 *
 * The AST of many snippets is compared, through ast_dump(), with what
 * CPython 3.11's ast.dump(ast.parse(src)) prints; the syntax errors with
 * CPython's message and position. The tables were generated with python3.
 * Then the behaviour that is baton's own: rejected features, nesting
 * limits, the REPL's "incomplete input" flag, eval and single modes. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

typedef struct {
    const char *src;
    const char *dump;
} DumpCase;

typedef struct {
    const char *src;
    const char *msg;
    int lineno, col, end_lineno, end_col;
    int kind; /* 0 SyntaxError, 1 IndentationError, 2 TabError */
} ErrCase;

/* Generated with python3 3.11: ast.dump(ast.parse(src)). */
static const DumpCase parser_dump_cases[] = {
    {"x = 1 + 2 * 3",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=Constant(value=3))))], type_ignores=[])"},
    {"a, b = b, a",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = y = 0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Constant(value=0))], type_ignores=[])"},
    {"x += 1\ny -= 2\nz **= 3\nw //= 4\nv @= m",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='y', ctx=Store()), op=Sub(), value=Constant(value=2)), AugAssign(target=Name(id='z', ctx=Store()), op=Pow(), value=Constant(value=3)), AugAssign(target=Name(id='w', ctx=Store()), op=FloorDiv(), value=Constant(value=4)), AugAssign(target=Name(id='v', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], type_ignores=[])"},
    {"a[1:2, ::3] = b[::-1]",
     "Module(body=[Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Store())], value=Subscript(value=Name(id='b', ctx=Load()), slice=Slice(step=UnaryOp(op=USub(), operand=Constant(value=1))), ctx=Load()))], type_ignores=[])"},
    {"a[1:2:3]; a[:]; a[::]; a[x, y]; a[*b]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"f(a, *b, c=1, **d)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"f(x for x in y)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"f(a)(b)[c].d",
     "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"},
    {"print('hi', end='')",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value='hi')], keywords=[keyword(arg='end', value=Constant(value=''))]))], type_ignores=[])"},
    {"lambda: 0",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"lambda x, y=2, *a, z, w=3, **k: x",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z'), arg(arg='w')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='k'), defaults=[Constant(value=2)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"def f(a, /, b=1, *c, d, e=2, **g) -> int: pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"def f(*, a): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"async def f():\n    await x\n    async with a as b, c:\n        pass\n    async for i in y:\n        pass",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), AsyncFor(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], decorator_list=[])], type_ignores=[])"},
    {"@dec\n@dec2(1)\ndef f(): return",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[])"},
    {"class A(B, metaclass=M):\n    x: int = 3\n    def m(self): return self.x",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=3), simple=1), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Load()))], decorator_list=[])], decorator_list=[])], type_ignores=[])"},
    {"class A: pass",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"class A(): pass",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])])], type_ignores=[])"},
    {"while x:\n    break\nelse:\n    continue",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"for i, j in enumerate(z):\n    pass\nelse:\n    pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Call(func=Name(id='enumerate', ctx=Load()), args=[Name(id='z', ctx=Load())], keywords=[]), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"for x, in y: pass",
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Raise(exc=Name(id='C', ctx=Load()), cause=Name(id='e', ctx=Load()))]), ExceptHandler(type=Name(id='D', ctx=Load()), body=[Raise()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n    pass\nfinally:\n    pass",
     "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"with a as b, c as (d, e): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c: pass",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (open(x)) as f: pass",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"import a.b.c as d, e",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"},
    {"from x.y import (a, b as c,)",
     "Module(body=[ImportFrom(module='x.y', names=[alias(name='a'), alias(name='b', asname='c')], level=0)], type_ignores=[])"},
    {"from . import x",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
    {"from .. import x",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=2)], type_ignores=[])"},
    {"from ...a import *",
     "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=3)], type_ignores=[])"},
    {"from .a.b import c",
     "Module(body=[ImportFrom(module='a.b', names=[alias(name='c')], level=1)], type_ignores=[])"},
    {"global a, b\nnonlocal c",
     "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"},
    {"del a, b[1], c.d, (e, f), [g]",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=1), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del()), Tuple(elts=[Name(id='e', ctx=Del()), Name(id='f', ctx=Del())], ctx=Del()), List(elts=[Name(id='g', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"assert x, 'msg'",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"assert x",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"},
    {"x = yield",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"def g():\n    yield\n    yield 1\n    yield from x\n    x = yield 1, 2\n    await y",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Constant(value=1))), Expr(value=YieldFrom(value=Name(id='x', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))), Expr(value=Await(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"(yield)",
     "Module(body=[Expr(value=Yield())], type_ignores=[])"},
    {"x = [1, 2, *a]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = (1,)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"x = ()",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"},
    {"x = {}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[], values=[]))], type_ignores=[])"},
    {"x = {1: 2, **a, 3: 4}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1), None, Constant(value=3)], values=[Constant(value=2), Name(id='a', ctx=Load()), Constant(value=4)]))], type_ignores=[])"},
    {"x = {1, 2, *a}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
    {"x = [i for i in range(10) if i if j for j in k]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='k', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = {k: v for k, v in d.items()}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = {i for i in y}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=SetComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = (i async for i in y)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])"},
    {"x = a if b else c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"x = not a and b or c and not d",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='d', ctx=Load()))])]))], type_ignores=[])"},
    {"x = a < b <= c == d != e > f >= g in h not in i is j is not k",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"},
    {"x = -a + +b - ~c ** -d",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load()))), op=Sub(), right=UnaryOp(op=Invert(), operand=BinOp(left=Name(id='c', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='d', ctx=Load()))))))], type_ignores=[])"},
    {"x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"},
    {"x = 2 ** 3 ** 4",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=4))))], type_ignores=[])"},
    {"x = await_ = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='await_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"f(x := 1)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"},
    {"a[x := 1]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[])"},
    {"[y := 1, 2]",
     "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1)), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = 0x1F + 0o17 + 0b101 + 1_000_000 + 0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000000)), op=Add(), right=Constant(value=0)))], type_ignores=[])"},
    {"x = 1.5 + 1e10 + 1.5e-3 + .5 + 5. + 1_0.0_1 + 1e16 + 1e-5 + 0.0001 + 123456789012345678.0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.5), op=Add(), right=Constant(value=10000000000.0)), op=Add(), right=Constant(value=0.0015)), op=Add(), right=Constant(value=0.5)), op=Add(), right=Constant(value=5.0)), op=Add(), right=Constant(value=10.01)), op=Add(), right=Constant(value=1e+16)), op=Add(), right=Constant(value=1e-05)), op=Add(), right=Constant(value=0.0001)), op=Add(), right=Constant(value=1.2345678901234568e+17)))], type_ignores=[])"},
    {"x = 123456789012345678901234567890",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789012345678901234567890))], type_ignores=[])"},
    {"x = 0xFFFFFFFFFFFFFFFFFFFFFFFF",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=79228162514264337593543950335))], type_ignores=[])"},
    {"x = 'a' 'b' \"c\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"},
    {"x = '''tri\nple'''",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='tri\\nple'))], type_ignores=[])"},
    {"x = r'\\n\\d' + b'\\x00\\xff' + rb'\\n' + BR'x'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value='\\\\n\\\\d'), op=Add(), right=Constant(value=b'\\x00\\xff')), op=Add(), right=Constant(value=b'\\\\n')), op=Add(), right=Constant(value=b'x')))], type_ignores=[])"},
    {"x = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\101\\x41\\u20ac\\U0001F600\\q'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n\\t\\\\\\'\"\\x07\\x08\\x0c\\x0b\\r\\x00AA\342\202\254\360\237\230\200\\\\q'))], type_ignores=[])"},
    {"x = u'abc'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc', kind='u'))], type_ignores=[])"},
    {"x = '\303\251\342\202\254\360\237\230\200'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\303\251\342\202\254\360\237\230\200'))], type_ignores=[])"},
    {"x = f'a{b}c{d!r}e{f:>10}g{h!s:{w}.{p}}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=114), Constant(value='e'), FormattedValue(value=Name(id='f', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')])), Constant(value='g'), FormattedValue(value=Name(id='h', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"x = f'{x=}' f'{y = }' f'{z=!s}' f'{w=:>5}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='y = '), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value='z='), FormattedValue(value=Name(id='z', ctx=Load()), conversion=115), Constant(value='w='), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])"},
    {"x = f'{{}}{a}{{'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='{}'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='{')]))], type_ignores=[])"},
    {"x = f''",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[]))], type_ignores=[])"},
    {"x = f'abc' 'def'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='abcdef')]))], type_ignores=[])"},
    {"x = 'abc' f'{d}' 'e'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='abc'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1), Constant(value='e')]))], type_ignores=[])"},
    {"x = f'{a[\"k\"]}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'''{\na\n+ b}'''",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a:{b}}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"x = f'{x!r:^{w}}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"x = f'{3.14:.2f}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))], type_ignores=[])"},
    {"x = f'{a!=b}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{lambda_}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='lambda_', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{(lambda: 1)()}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[], keywords=[]), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{ {1: 2}[1] }'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]), slice=Constant(value=1), ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a}' f'{b}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = rf'\\n{a}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = f'\\n{a}\\t'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='\\t')]))], type_ignores=[])"},
    {"x = ...",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"},
    {"x = None, True, False",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"},
    {"match = 3",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=3))], type_ignores=[])"},
    {"match(x)",
     "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"match.x = 1",
     "Module(body=[Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"print(match)",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = a.b.c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"},
    {"a; b; c;",
     "Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load())), Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"if x: a; b",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"},
    {"x = [\n  1,\n  2,\n]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = 1 + \\\n  2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"def f(a: int = 1, *args: str, b: 'x' = 2, **kw: dict) -> None:\n    pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='b', annotation=Constant(value='x'))], kw_defaults=[Constant(value=2)], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load())), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])"},
    {"x: int",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"},
    {"(x): int = 1",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
    {"a.b: int",
     "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
    {"a[0]: int = 1",
     "Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"},
    {"x = 1if y else 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"},
    {"x = [1,2][0]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), slice=Constant(value=0), ctx=Load()))], type_ignores=[])"},
    {"x = a[1][2]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()), slice=Constant(value=2), ctx=Load()))], type_ignores=[])"},
    {"f(*a, *b, **c, **d)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"f(a, b=1, *c)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"},
    {"f(**a, b=1)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"},
    {"del x,",
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del())])], type_ignores=[])"},
    {"x = *a, *b",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"*a, b = c",
     "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"[a, *b] = c",
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"for x in *a, *b: pass",
     "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"return_ = 1",
     "Module(body=[Assign(targets=[Name(id='return_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = (a for b in c for d in e if f)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='d', ctx=Store()), iter=Name(id='e', ctx=Load()), ifs=[Name(id='f', ctx=Load())], is_async=0)]))], type_ignores=[])"},
    {"x = a if b else lambda: c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])"},
    {"x = lambda *a, **k: 0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"x = lambda a, /, b: 0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"},
    {"x = not not a",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"},
    {"x = (a)(b)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='a', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"x = 'a' \\\n 'b'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
    {"@a.b.c\nclass C: pass",
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())])], type_ignores=[])"},
    {"@(lambda f: f)\ndef f(): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))])], type_ignores=[])"},
    {"while 1:\n    if x:\n        continue\n    else:\n        break",
     "Module(body=[While(test=Constant(value=1), body=[If(test=Name(id='x', ctx=Load()), body=[Continue()], orelse=[Break()])], orelse=[])], type_ignores=[])"},
    {"x = {**a}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[None], values=[Name(id='a', ctx=Load())]))], type_ignores=[])"},
    {"x = {1: 2,}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]))], type_ignores=[])"},
    {"x = [*a]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = 10",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=10))], type_ignores=[])"},
    {"x = '\\\n'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], type_ignores=[])"},
    {"import a",
     "Module(body=[Import(names=[alias(name='a')])], type_ignores=[])"},
    {"from a import b",
     "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[])"},
    {"raise",
     "Module(body=[Raise()], type_ignores=[])"},
    {"raise E",
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[])"},
    {"x = a[b:c, d]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), Name(id='d', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[:, 1]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x[1:2] = y",
     "Module(body=[Assign(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Store())], value=Name(id='y', ctx=Load()))], type_ignores=[])"},
    {"x.y += 1",
     "Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"if x:\n  if y:\n    pass\n  else:\n    pass",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], orelse=[])], type_ignores=[])"},
    {"try:\n  pass\nexcept E:\n  pass\nfinally:\n  pass",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"x = 'a' # comment\n# another\n\n\ny = 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a')), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"\n\n# only comment\n",
     "Module(body=[], type_ignores=[])"},
    {"",
     "Module(body=[], type_ignores=[])"},
    {"x = b''",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b''))], type_ignores=[])"},
    {"x = 1 < 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Constant(value=1), ops=[Lt()], comparators=[Constant(value=2)]))], type_ignores=[])"},
    {"x = a.__class__",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id='a', ctx=Load()), attr='__class__', ctx=Load()))], type_ignores=[])"},
    {"async def f():\n    return [x async for x in y]",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"},
    {"async def f():\n    return await a ** 2",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=BinOp(left=Await(value=Name(id='a', ctx=Load())), op=Pow(), right=Constant(value=2)))], decorator_list=[])], type_ignores=[])"},
    {"x = -1 ** 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=1), op=Pow(), right=Constant(value=2))))], type_ignores=[])"},
    {"x = f'{x:{y}d}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='d')]))]))], type_ignores=[])"},
    {"x = f'{\"a\"}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))], type_ignores=[])"},
    {"x = f\"{'a' 'b'}\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)]))], type_ignores=[])"},
    {"x = f'{a:%Y-%m-%d}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d')]))]))], type_ignores=[])"},
    {"x = f'{a!a}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=97)]))], type_ignores=[])"},
    {"x = 0.1 + 1e100 + 1e-100 + 5e-324",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=0.1), op=Add(), right=Constant(value=1e+100)), op=Add(), right=Constant(value=1e-100)), op=Add(), right=Constant(value=5e-324)))], type_ignores=[])"},
    {"x = 00",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_ignores=[])"},
    {"x = 0_0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_ignores=[])"},
    {"x = 0e0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.0))], type_ignores=[])"},
    {"x = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = 'a\\\nb'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"},
    {"x = \"\"\"a\"b\"\"\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\"b'))], type_ignores=[])"},
    {"s = 'it''s'",
     "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='its'))], type_ignores=[])"},
    {"x = '\\x7f\\x80\\xa0\\xad'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\x7f\\x80\\xa0\\xad'))], type_ignores=[])"},
    {"x = '\\u2028'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\u2028'))], type_ignores=[])"},
    {"x = b'\\x7f\\x80'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\x7f\\x80'))], type_ignores=[])"},
    {"x = '\\0' '\\00' '\\000' '\\0000'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\x00\\x00\\x00\\x000'))], type_ignores=[])"},
    {"f(a,)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"f(a for a in b)(c)",
     "Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"class A(B, C, *d, **e): pass",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='e', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, b, /): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, b, /, c): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a=1, /, b=2): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(*args, **kwargs): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kwargs'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"def f(a, *, b=1, c): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"x = yield_ = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='yield_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"x = a if b else c if d else e",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"},
    {"x = [a for b in c if d if e]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='b', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[Name(id='d', ctx=Load()), Name(id='e', ctx=Load())], is_async=0)]))], type_ignores=[])"},
    {"x = (a, *b)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = 1; y = 2;",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"with a: pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with a, b: pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a) as b: pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b,): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with a() as b: pass",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='a', ctx=Load()), args=[], keywords=[]), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
};

/* Generated with python3 3.11: compile(src) -> SyntaxError msg, lineno, offset, end_lineno, end_offset. */
static const ErrCase parser_err_cases[] = {
    {"x = $", "invalid syntax", 1, 5, 1, 6, 0},
    {"a = 1 +", "invalid syntax", 1, 8, 1, 8, 0},
    {"\303\251 = = 1", "invalid syntax", 1, 5, 1, 6, 0},
    {"f(a b)", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, 0},
    {"foo(a, b", "'(' was never closed", 1, 4, 1, 0, 0},
    {"x = (1,\n2", "'(' was never closed", 1, 5, 1, 0, 0},
    {"x = )", "unmatched ')'", 1, 5, 1, 5, 0},
    {"x = (]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6, 0},
    {"x = (\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1, 0},
    {"s = 'abc", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, 0},
    {"s = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, 0},
    {"x = 1\342\202\254", "invalid character '\342\202\254' (U+20AC)", 1, 6, 1, 6, 0},
    {"  x = 1", "unexpected indent", 1, 2, 1, -1, 1},
    {"if x:\n    a\n  b", "unindent does not match any outer indentation level", 3, 4, 3, -1, 1},
    {"if x:\nb", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 2, 1},
    {"if x:\n\n\n", "expected an indented block after 'if' statement on line 1", 3, 1, 3, -1, 1},
    {"x = 1abc", "invalid decimal literal", 1, 5, 1, 5, 0},
    {"x = 0x", "invalid hexadecimal literal", 1, 6, 1, 6, 0},
    {"x = 09", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, 0},
    {"x = 0o8", "invalid digit '8' in octal literal", 1, 7, 1, 7, 0},
    {"x = 1_", "invalid decimal literal", 1, 6, 1, 6, 0},
    {"x = 1e", "invalid decimal literal", 1, 5, 1, 5, 0},
    {"1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2, 0},
    {"f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4, 0},
    {"del 1", "cannot delete literal", 1, 5, 1, 6, 0},
    {"(a, b) += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7, 0},
    {"f(a=1, b)", "positional argument follows keyword argument", 1, 9, 1, 10, 0},
    {"def f(a=1, b): pass", "non-default argument follows default argument", 1, 12, 1, 13, 0},
    {"print 'x'", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10, 0},
    {"print x", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8, 0},
    {"f'{a'", "f-string: expecting '}'", 1, 6, 1, 6, 0},
    {"f'{}'", "f-string: empty expression not allowed", 1, 6, 1, 6, 0},
    {"if x\n  pass", "expected ':'", 1, 5, 1, 5, 0},
    {"x = 1 2", "invalid syntax", 1, 7, 1, 8, 0},
    {"for 1 in x: pass", "cannot assign to literal", 1, 5, 1, 6, 0},
    {"x = [1, 2", "'[' was never closed", 1, 5, 1, 0, 0},
    {"x = {1: 2", "'{' was never closed", 1, 5, 1, 0, 0},
    {"def f(:\n", "invalid syntax", 1, 7, 1, 8, 0},
    {"class A\n", "expected ':'", 1, 8, 1, 8, 0},
    {"while x:\npass", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5, 1},
    {"a.b = = 2", "invalid syntax", 1, 7, 1, 8, 0},
    {"x = \\ 1", "unexpected character after line continuation character", 1, 6, 1, 0, 0},
    {"x = 'a' b'c'", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13, 0},
    {"lambda x=1, y: 0", "non-default argument follows default argument", 1, 13, 1, 14, 0},
    {"f(**a, *b)", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9, 0},
    {"f(x for x in y, 1)", "Generator expression must be parenthesized", 1, 3, 1, 15, 0},
    {"x += 1, 2\nx, y += 1", "'tuple' is an illegal expression for augmented assignment", 2, 1, 2, 5, 0},
    {"a + 1 = 2", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6, 0},
    {"[a, 1] = 2", "cannot assign to literal", 1, 5, 1, 6, 0},
    {"import a.b as", "invalid syntax", 1, 14, 1, 14, 0},
    {"from x import a, b,", "trailing comma not allowed without surrounding parentheses", 1, 20, 1, 20, 0},
    {"def f(x, x): pass", "duplicate argument 'x' in function definition", 1, 10, 1, 11, 0},
    {"x = yield = 3", "assignment to yield expression not possible", 1, 5, 1, 10, 0},
    {"f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9, 0},
    {"f'{x:{y:{z}}}'", "f-string: expressions nested too deeply", 1, 15, 1, 15, 0},
    {"b'\303\251'", "bytes can only contain ASCII literal characters", 1, 1, 1, 5, 0},
    {"x = 1 if 2", "expected 'else' after 'if' expression", 1, 5, 1, 11, 0},
    {"a[1:2:3:4]", "invalid syntax", 1, 8, 1, 9, 0},
    {"async = 1", "invalid syntax", 1, 7, 1, 8, 0},
    {"del f()", "cannot delete function call", 1, 5, 1, 8, 0},
    {"del (a, 1)", "cannot delete literal", 1, 9, 1, 10, 0},
    {"with a as 1: pass", "cannot assign to literal", 1, 11, 1, 12, 0},
    {"x: int = 1 = 2", "invalid syntax", 1, 12, 1, 13, 0},
    {"(yield) = 1", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7, 0},
    {"f(a)(b) = 3", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 8, 0},
    {"a, *b, *c = d", "multiple starred expressions in assignment", 1, 1, 1, 10, 0},
    {"*a = 1", "starred assignment target must be in a list or tuple", 1, 1, 1, 3, 0},
    {"x = 5 if 3 else", "invalid syntax", 1, 16, 1, 16, 0},
    {"@\ndef f(): pass", "invalid syntax", 1, 2, 1, 2, 0},
    {"x = 0b102", "invalid digit '2' in binary literal", 1, 9, 1, 9, 0},
    {"x = 0xg", "invalid hexadecimal literal", 1, 6, 1, 6, 0},
    {"x = 1.2.3", "invalid syntax", 1, 8, 1, 10, 0},
    {"x=1\n\tif x:\n        pass", "unexpected indent", 2, 1, 2, -1, 1},
    {"if 1:\n\tif 2:\n        pass", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, 2},
    {"True = 1", "cannot assign to True", 1, 1, 1, 5, 0},
    {"... = 1", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4, 0},
    {"def f():\n    pass\n  x = 1", "unindent does not match any outer indentation level", 3, 8, 3, -1, 1},
    {"for x in y:\n", "expected an indented block after 'for' statement on line 1", 1, 12, 1, -1, 1},
    {"def f()\n    pass", "expected ':'", 1, 8, 1, 8, 0},
    {"class A(:\n  pass", "invalid syntax", 1, 9, 1, 10, 0},
    {"x = [1, 2 3]", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12, 0},
    {"x = (1 2)", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9, 0},
    {"x = {1 2}", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9, 0},
    {"f(1 2)", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, 0},
    {"if x = 1: pass", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9, 0},
    {"x = a b", "invalid syntax", 1, 7, 1, 8, 0},
    {"import", "invalid syntax", 1, 7, 1, 7, 0},
    {"from x import", "invalid syntax", 1, 14, 1, 14, 0},
    {"from import x", "invalid syntax", 1, 6, 1, 12, 0},
    {"try:\n    pass\n", "expected 'except' or 'finally' block", 2, 9, 2, -1, 0},
    {"try:\n    pass\nx = 1", "expected 'except' or 'finally' block", 3, 1, 3, 2, 0},
    {"except: pass", "invalid syntax", 1, 1, 1, 7, 0},
    {"else: pass", "invalid syntax", 1, 1, 1, 5, 0},
    {"x = (", "'(' was never closed", 1, 5, 1, 0, 0},
    {"x = [", "'[' was never closed", 1, 5, 1, 0, 0},
    {"def f(", "'(' was never closed", 1, 6, 1, 0, 0},
    {"x = '''", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5, 0},
    {"x = 1 +\\", "unexpected EOF while parsing", 1, 9, 1, -1, 0},
    {"x = {**a: 1}", "invalid syntax", 1, 9, 1, 10, 0},
    {"f(a=1, a=2)", "keyword argument repeated: a", 1, 8, 1, 11, 0},
    {"f(1=2)", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 5, 0},
    {"f(a.b=1)", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7, 0},
    {"def f(*): pass", "named arguments must follow bare *", 1, 7, 1, 8, 0},
    {"def f(*, **k): pass", "named arguments must follow bare *", 1, 7, 1, 8, 0},
    {"def f(**k, a): pass", "arguments cannot follow var-keyword argument", 1, 12, 1, 13, 0},
    {"def f(/, a): pass", "at least one argument must precede /", 1, 7, 1, 8, 0},
    {"def f(a, /, /): pass", "/ may appear only once", 1, 13, 1, 14, 0},
    {"def f(*a, /): pass", "/ must be ahead of *", 1, 11, 1, 12, 0},
    {"def f(*a=1): pass", "var-positional argument cannot have default value", 1, 9, 1, 10, 0},
    {"x = a.1", "invalid syntax", 1, 6, 1, 8, 0},
    {"x = a.", "invalid syntax", 1, 7, 1, 7, 0},
    {"x = not", "invalid syntax", 1, 8, 1, 8, 0},
    {"x = -", "invalid syntax", 1, 6, 1, 6, 0},
    {"for x in : pass", "invalid syntax", 1, 10, 1, 11, 0},
    {"with : pass", "invalid syntax", 1, 6, 1, 7, 0},
    {"while : pass", "invalid syntax", 1, 7, 1, 8, 0},
    {"x.y := 1", "cannot use assignment expressions with attribute", 1, 1, 1, 4, 0},
    {"x := 1", "invalid syntax", 1, 3, 1, 5, 0},
    {"[x for x in y if z := 1]", "invalid syntax", 1, 20, 1, 22, 0},
    {"del *a", "cannot delete starred", 1, 5, 1, 7, 0},
    {"del a +b", "cannot delete expression", 1, 5, 1, 9, 0},
    {"(a, b) = 1 = 2", "cannot assign to literal", 1, 10, 1, 11, 0},
    {"a = b = c = ", "invalid syntax", 1, 13, 1, 13, 0},
    {"nonlocal", "invalid syntax", 1, 9, 1, 9, 0},
    {"global 1", "invalid syntax", 1, 8, 1, 9, 0},
    {"x = 'abc\ndef'", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, 0},
    {"x = \"abc", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, 0},
    {"x = '\\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10, 0},
    {"x = '\\u12'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, 1, 11, 0},
    {"x = f'}'", "f-string: single '}' is not allowed", 1, 9, 1, 9, 0},
    {"x = f'{a!}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12, 1, 12, 0},
    {"x = f'{a#}'", "f-string expression part cannot include '#'", 1, 12, 1, 12, 0},
    {"x = f'{a\\n}'", "f-string expression part cannot include a backslash", 1, 13, 1, 13, 0},
    {"x = f'{!r}'", "f-string: expression required before '!'", 1, 12, 1, 12, 0},
    {"if True:\n    x = 1\n   y = 2", "unindent does not match any outer indentation level", 3, 9, 3, -1, 1},
    {"def f():\n\tx = 1\n        y = 2", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, 2},
    {"x = \302\241", "invalid character '\302\241' (U+00A1)", 1, 5, 1, 5, 0},
    {"x = a\302\240b", "invalid non-printable character U+00A0", 1, 6, 1, 6, 0},
    {"@dec\nx = 1", "invalid syntax", 2, 1, 2, 2, 0},
    {"class", "invalid syntax", 1, 6, 1, 6, 0},
    {"def", "invalid syntax", 1, 4, 1, 4, 0},
    {"return x = 1", "invalid syntax", 1, 10, 1, 11, 0},
    {"f(**)", "invalid syntax", 1, 5, 1, 6, 0},
    {"f(*)", "invalid syntax", 1, 4, 1, 5, 0},
    {"x = [*]", "invalid syntax", 1, 7, 1, 8, 0},
    {"a = 1 = 2", "cannot assign to literal", 1, 5, 1, 6, 0},
    {"x = 3 +* 4", "invalid syntax", 1, 8, 1, 9, 0},
    {"x = (((((1", "'(' was never closed", 1, 9, 1, 0, 0},
    {"x = {'a': }", "expression expected after dictionary key and ':'", 1, 9, 1, 10, 0},
    {"x = [1,,2]", "invalid syntax", 1, 8, 1, 9, 0},
    {"x = (,)", "invalid syntax", 1, 6, 1, 7, 0},
    {"if x:\n    pass\n  else:\n    pass", "unindent does not match any outer indentation level", 3, 8, 3, -1, 1},
    {"if x:\npass\nelse:\npass", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5, 1},
    {"try:\n    pass\nexcept E:\npass", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5, 1},
    {"with a:\npass", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5, 1},
    {"async def f():\npass", "expected an indented block after function definition on line 1", 2, 1, 2, 5, 1},
    {"for x in y:\n    pass\nelse:\npass", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5, 1},
    {"\tx", "unexpected indent", 1, 1, 1, -1, 1},
    {"x = 0o", "invalid octal literal", 1, 6, 1, 6, 0},
    {"x = 0b", "invalid binary literal", 1, 6, 1, 6, 0},
    {"x = 0_", "invalid decimal literal", 1, 6, 1, 6, 0},
    {"x = 1__0", "invalid decimal literal", 1, 6, 1, 6, 0},
    {"x = 1e+", "invalid decimal literal", 1, 7, 1, 7, 0},
    {"x = .e1", "invalid syntax", 1, 5, 1, 6, 0},
};

/* Parse src in mode; on success return the dump (malloc'ed), else NULL. */
static char *parse_dump(const char *src, ParseMode mode, SyntaxErr *err) {
    Arena *a = arena_new();
    Node *root;
    char *out = NULL;
    if (parse_source(src, strlen(src), mode, a, &root, err) == 0)
        out = ast_dump_str(root);
    arena_free(a);
    return out;
}

START_TEST(test_dump_matches_cpython) {
    const DumpCase *c = &parser_dump_cases[_i];
    SyntaxErr err;
    char *got = parse_dump(c->src, PARSE_FILE, &err);
    ck_assert_msg(got != NULL, "%s: unexpected error %s", c->src, err.msg);
    ck_assert_str_eq(got, c->dump);
    free(got);
}
END_TEST

START_TEST(test_error_matches_cpython) {
    const ErrCase *c = &parser_err_cases[_i];
    SyntaxErr err;
    char *got = parse_dump(c->src, PARSE_FILE, &err);
    ck_assert_msg(got == NULL, "%s: parsed but CPython says %s", c->src, c->msg);
    ck_assert_str_eq(err.msg, c->msg);
    ck_assert_int_eq(err.lineno, c->lineno);
    ck_assert_int_eq(err.col, c->col);
    ck_assert_int_eq(err.end_lineno, c->end_lineno);
    ck_assert_int_eq(err.end_col, c->end_col);
    ck_assert_int_eq(err.indentation_error, c->kind >= 1);
    ck_assert_int_eq(err.tab_error, c->kind == 2);
}
END_TEST

/* The error message for src (file mode), or "" if it parses. */
static const char *error_of(const char *src, SyntaxErr *err) {
    char *got = parse_dump(src, PARSE_FILE, err);
    if (got) {
        free(got);
        return "";
    }
    return err->msg;
}

START_TEST(test_baton_rejections) {
    SyntaxErr err;
    ck_assert_str_eq(error_of("match x:\n    case 1:\n        pass\n", &err),
                     "'match' statements are not supported by baton");
    ck_assert_int_eq(err.lineno, 1);
    ck_assert_int_eq(err.col, 1);
    ck_assert_str_eq(error_of("try:\n    pass\nexcept* E:\n    pass\n", &err),
                     "'except*' is not supported by baton");
    ck_assert_int_eq(err.lineno, 3);
    ck_assert_str_eq(error_of("x = 1j\n", &err), "complex numbers are not supported by baton");
    ck_assert_str_eq(error_of("x = 1.5J\n", &err), "complex numbers are not supported by baton");
    ck_assert_str_eq(error_of("x = '\\N{BULLET}'\n", &err),
                     "\\N{...} escapes are not supported by baton");
}
END_TEST

START_TEST(test_match_soft_keyword) {
    SyntaxErr err;
    ck_assert_str_eq(error_of("match = 3\nmatch(x)\nmatch.x = 1\nmatch[1] = 2\n", &err), "");
    ck_assert_str_eq(error_of("match, y = 1, 2\nprint(match)\nmatch\n", &err), "");
    ck_assert_str_eq(error_of("def match(): pass\nif match: pass\n", &err), "");
}
END_TEST

START_TEST(test_nesting_limits) {
    SyntaxErr err;
    char buf[4096];
    /* 150 levels of brackets parse; 250 are "too many nested parentheses" */
    strcpy(buf, "x = ");
    for (int i = 0; i < 150; i++)
        strcat(buf, "(");
    strcat(buf, "1");
    for (int i = 0; i < 150; i++)
        strcat(buf, ")");
    ck_assert_str_eq(error_of(buf, &err), "");
    strcpy(buf, "x = ");
    for (int i = 0; i < 250; i++)
        strcat(buf, "[");
    ck_assert_str_eq(error_of(buf, &err), "too many nested parentheses");
    /* unary operators recurse too */
    strcpy(buf, "x = ");
    for (int i = 0; i < 1000; i++)
        strcat(buf, "-");
    strcat(buf, "1");
    ck_assert_str_eq(error_of(buf, &err), "too many nested parentheses");
    strcpy(buf, "x = ");
    for (int i = 0; i < 500; i++)
        strcat(buf, "not ");
    strcat(buf, "1");
    ck_assert_str_eq(error_of(buf, &err), "too many nested parentheses");
}
END_TEST

START_TEST(test_long_chains) {
    SyntaxErr err;
    size_t n = 200000;
    char *buf = malloc(n * 4 + 16);
    /* a very long + chain is a deep tree: rejected, not a stack overflow */
    strcpy(buf, "x = 1");
    for (size_t i = 0, len = 5; i < n; i++, len += 4)
        memcpy(buf + len, " + 1", 5);
    ck_assert_str_eq(error_of(buf, &err), "expression nested too deeply");
    /* a moderately long one is fine */
    strcpy(buf, "x = 1");
    for (size_t i = 0, len = 5; i < 500; i++, len += 4)
        memcpy(buf + len, " + 1", 5);
    ck_assert_str_eq(error_of(buf, &err), "");
    /* a long elif chain is built without recursion, but is a deep tree */
    strcpy(buf, "if x: pass\n");
    for (size_t i = 0, len = strlen(buf); i < 900; i++, len += 13)
        memcpy(buf + len, "elif y: pass\n", 14);
    ck_assert_str_eq(error_of(buf, &err), "");
    strcpy(buf, "if x: pass\n");
    for (size_t i = 0, len = strlen(buf); i < 20000; i++, len += 13)
        memcpy(buf + len, "elif y: pass\n", 14);
    ck_assert_str_eq(error_of(buf, &err), "too many 'elif' clauses");
    free(buf);
}
END_TEST

START_TEST(test_block_limit) {
    SyntaxErr err;
    char *buf = malloc(200 * 200);
    buf[0] = '\0';
    for (int i = 0; i < 101; i++) {
        size_t len = strlen(buf);
        memset(buf + len, ' ', (size_t)i);
        strcpy(buf + len + (size_t)i, "if x:\n");
    }
    size_t len = strlen(buf);
    memset(buf + len, ' ', 101);
    strcpy(buf + len + 101, "pass\n");
    const char *msg = error_of(buf, &err);
    ck_assert_msg(strcmp(msg, "too many statically nested blocks") == 0 ||
                      strcmp(msg, "too many levels of indentation") == 0,
                  "got %s", msg);
    free(buf);
}
END_TEST

START_TEST(test_incomplete_flag) {
    static const char *const incomplete[] = {
        "x = (1,\n", "x = [\n", "s = '''abc\n", "if x:\n", "def f():\n", "f(a,\n  b",
        "x = 1 +\\", "class A:\n",
    };
    static const char *const complete_errors[] = {"x = )\n", "x = 1 2\n", "1 = x\n", "s = 'abc\n"};
    SyntaxErr err;
    for (size_t i = 0; i < sizeof incomplete / sizeof *incomplete; i++) {
        char *got = parse_dump(incomplete[i], PARSE_SINGLE, &err);
        ck_assert_ptr_null(got);
        ck_assert_msg(err.incomplete, "%s should be incomplete (%s)", incomplete[i], err.msg);
    }
    for (size_t i = 0; i < sizeof complete_errors / sizeof *complete_errors; i++) {
        char *got = parse_dump(complete_errors[i], PARSE_SINGLE, &err);
        ck_assert_ptr_null(got);
        ck_assert_msg(!err.incomplete, "%s should be a real error", complete_errors[i]);
    }
}
END_TEST

START_TEST(test_modes) {
    SyntaxErr err;
    char *got = parse_dump("1, 2", PARSE_EVAL, &err);
    ck_assert_str_eq(got, "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], "
                          "ctx=Load()))");
    free(got);
    got = parse_dump("  a  \n\n", PARSE_EVAL, &err);
    ck_assert_str_eq(got, "Expression(body=Name(id='a', ctx=Load()))");
    free(got);
    ck_assert_ptr_null(parse_dump("x = 1", PARSE_EVAL, &err));
    ck_assert_str_eq(err.msg, "invalid syntax");
    got = parse_dump("x = 1\n", PARSE_SINGLE, &err);
    ck_assert_str_eq(got, "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                          "value=Constant(value=1))])");
    free(got);
    got = parse_dump("a; b\n", PARSE_SINGLE, &err);
    ck_assert_str_eq(got, "Interactive(body=[Expr(value=Name(id='a', ctx=Load())), "
                          "Expr(value=Name(id='b', ctx=Load()))])");
    free(got);
    got = parse_dump("for i in x:\n    pass\n\n", PARSE_SINGLE, &err);
    ck_assert_ptr_nonnull(got);
    free(got);
    ck_assert_ptr_null(parse_dump("x = 1\ny = 2\n", PARSE_SINGLE, &err));
    ck_assert_str_eq(err.msg, "multiple statements found while compiling a single statement");
    got = parse_dump("", PARSE_FILE, &err);
    ck_assert_str_eq(got, "Module(body=[], type_ignores=[])");
    free(got);
}
END_TEST

START_TEST(test_positions) {
    SyntaxErr err;
    Arena *a = arena_new();
    Node *root;
    const char *src = "x = 1\nif y:\n    foo(a, b=2)\n";
    ck_assert_int_eq(parse_source(src, strlen(src), PARSE_FILE, a, &root, &err), 0);
    Node *assign = root->v.Module.body.items[0];
    ck_assert_int_eq(assign->lineno, 1);
    ck_assert_int_eq(assign->col_offset, 0);
    ck_assert_int_eq(assign->end_lineno, 1);
    ck_assert_int_eq(assign->end_col_offset, 5);
    Node *ifs = root->v.Module.body.items[1];
    ck_assert_int_eq(ifs->lineno, 2);
    ck_assert_int_eq(ifs->end_lineno, 3);
    ck_assert_int_eq(ifs->end_col_offset, 15);
    Node *call = ifs->v.If.body.items[0]->v.Expr.value;
    ck_assert_int_eq(call->kind, NODE_Call);
    ck_assert_int_eq(call->lineno, 3);
    ck_assert_int_eq(call->col_offset, 4);
    ck_assert_int_eq(call->end_col_offset, 15);
    Node *kw = call->v.Call.keywords.items[0];
    ck_assert_str_eq(kw->v.keyword.arg, "b");
    ck_assert_int_eq(kw->col_offset, 11);
    arena_free(a);
}
END_TEST

START_TEST(test_constants_raw) {
    SyntaxErr err;
    Arena *a = arena_new();
    Node *root;
    const char *src = "x = 1_000, 0x_FF, 1_0.5e1_0, 'a\\0b', b'\\xff'";
    ck_assert_int_eq(parse_source(src, strlen(src), PARSE_FILE, a, &root, &err), 0);
    NodeList elts = root->v.Module.body.items[0]->v.Assign.value->v.Tuple.elts;
    ck_assert_int_eq(elts.items[0]->v.Constant.kind, AST_CONST_INT);
    ck_assert_str_eq(elts.items[0]->v.Constant.data, "1000");
    ck_assert_str_eq(elts.items[1]->v.Constant.data, "0xFF");
    ck_assert_int_eq(elts.items[2]->v.Constant.kind, AST_CONST_FLOAT);
    ck_assert_str_eq(elts.items[2]->v.Constant.data, "10.5e10");
    ck_assert_int_eq(elts.items[3]->v.Constant.kind, AST_CONST_STR);
    ck_assert_uint_eq(elts.items[3]->v.Constant.len, 3);
    ck_assert_int_eq(memcmp(elts.items[3]->v.Constant.data, "a\0b", 3), 0);
    ck_assert_int_eq(elts.items[4]->v.Constant.kind, AST_CONST_BYTES);
    ck_assert_uint_eq(elts.items[4]->v.Constant.len, 1);
    ck_assert_int_eq((unsigned char)elts.items[4]->v.Constant.data[0], 0xFF);
    arena_free(a);
}
END_TEST

START_TEST(test_invalid_source_bytes) {
    SyntaxErr err;
    const char bad_utf8[] = "x = '\xff'\n";
    Arena *a = arena_new();
    Node *root;
    ck_assert_int_eq(parse_source(bad_utf8, sizeof bad_utf8 - 1, PARSE_FILE, a, &root, &err), -1);
    ck_assert_ptr_nonnull(strstr(err.msg, "can't decode byte 0xff"));
    const char nul[] = "x = 1\0\n";
    ck_assert_int_eq(parse_source(nul, sizeof nul - 1, PARSE_FILE, a, &root, &err), -1);
    ck_assert_str_eq(err.msg, "source code cannot contain null bytes");
    arena_free(a);
}
END_TEST

Suite *parser_suite(void) {
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("cpython");
    tcase_add_loop_test(tc, test_dump_matches_cpython, 0,
                        (int)(sizeof parser_dump_cases / sizeof *parser_dump_cases));
    tcase_add_loop_test(tc, test_error_matches_cpython, 0,
                        (int)(sizeof parser_err_cases / sizeof *parser_err_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("baton");
    tcase_add_test(tc, test_baton_rejections);
    tcase_add_test(tc, test_match_soft_keyword);
    tcase_add_test(tc, test_nesting_limits);
    tcase_add_test(tc, test_long_chains);
    tcase_add_test(tc, test_block_limit);
    tcase_add_test(tc, test_incomplete_flag);
    tcase_add_test(tc, test_modes);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_constants_raw);
    tcase_add_test(tc, test_invalid_source_bytes);
    suite_add_tcase(s, tc);
    return s;
}
