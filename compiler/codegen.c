/* codegen.c - generate bytecode (vm/opcodes.h) for every statement and
 * expression, one Emitter (emit.h) per code object.
 *
 * The sequences, with the stack after each step in brackets where it helps
 * (d = depth at the start of the statement; handler entries are written
 * "H(depth)" and cover the instructions between their push and pop):
 *
 * call f(a, b)        <f> PUSH_NULL <a> <b> CALL 2
 * call o.m(a)         <o> LOAD_METHOD m <a> CALL 1
 * keywords            ... <pos> <kwvals> LOAD_CONST ('k1','k2') CALL_KW n
 * *args / **kw        <f> PUSH_NULL, BUILD_LIST + LIST_APPEND 1 / LIST_EXTEND 1
 *                     + LIST_TO_TUPLE (or BUILD_TUPLE; a lone *x is pushed as
 *                     is, CALL_EX makes the tuple), then if keywords:
 *                     BUILD_MAP 0 and per run of named keywords
 *                     <'k' v ...> BUILD_MAP n DICT_MERGE 1, per **m <m> DICT_MERGE 1;
 *                     CALL_EX (1 if a dict). o.m(*a) uses LOAD_ATTR m PUSH_NULL.
 * def                 decorators: <d> PUSH_NULL each; [defaults tuple]
 *                     [kwdefaults dict] [LOAD_CLOSURE.. BUILD_TUPLE] LOAD_CONST code
 *                     MAKE_FUNCTION flags; CALL 1 per decorator; store name.
 *                     A function's consts[0] is its docstring, or None.
 * class               LOAD_BUILD_CLASS PUSH_NULL <MAKE_FUNCTION body> LOAD_CONST 'C'
 *                     <bases> CALL 2+n (CALL_KW with keywords). The body:
 *                     LOAD_NAME __name__ STORE_NAME __module__, LOAD_CONST qualname
 *                     STORE_NAME __qualname__, [LOAD_CONST doc STORE_NAME __doc__],
 *                     body, then LOAD_CLOSURE __class__ RETURN_VALUE if it owns
 *                     the __class__ cell, else LOAD_CONST None RETURN_VALUE.
 * comprehension       MAKE_FUNCTION <code taking .0> PUSH_NULL <iter0> GET_ITER
 *                     CALL 1 [GET_AWAITABLE LOAD_CONST None YIELD_FROM if it awaits].
 *                     Inside: BUILD_LIST 0 LOAD_FAST .0 L: FOR_ITER end <target>
 *                     [<if> POP_JUMP_IF_FALSE L] <elt> LIST_APPEND k+1 JUMP L
 *                     end: RETURN_VALUE (k = nested loops; genexp: YIELD_VALUE POP_TOP).
 * for                 <iter> GET_ITER L: FOR_ITER else <target> body JUMP L
 *                     else: orelse. end:   (break pops the iterator: POP_TOP)
 * and / or            <a> JUMP_IF_FALSE_OR_POP end <b> end:
 * a < b < c           <a> <b> SWAP 2 COPY 2 COMPARE_OP < JUMP_IF_FALSE_OR_POP C
 *                     <c> COMPARE_OP < JUMP end C: SWAP 2 POP_TOP end:
 * o.a += v            <o> COPY 1 LOAD_ATTR a <v> BINARY_OP +16 SWAP 2 STORE_ATTR a
 * o[k] += v           <o> <k> COPY 2 COPY 2 BINARY_SUBSCR <v> BINARY_OP SWAP 3
 *                     SWAP 2 STORE_SUBSCR
 * assert t, m         <t> POP_JUMP_IF_TRUE end LOAD_ASSERTION_ERROR
 *                     [PUSH_NULL <m> CALL 1] RAISE_VARARGS 1 end:
 * try/except          H1(d): body; orelse; JUMP end
 *                     H1: [exc] PUSH_EXC_INFO [prev exc]  H2(d+1):
 *                       per clause: <E> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next
 *                       STORE e | POP_TOP; [H3(d+1): body] POP_EXCEPT
 *                       [LOAD_CONST None STORE e DELETE e] JUMP end
 *                       [H3: LOAD_CONST None STORE e DELETE e RERAISE]  next: ...
 *                     no match: RERAISE
 *                     H2: [prev exc2] COPY 2 POP_EXCEPT RERAISE
 * try/finally         H1(d): body; finalbody; JUMP end
 *                     H1: PUSH_EXC_INFO H2(d+1): finalbody RERAISE
 *                     H2: COPY 2 POP_EXCEPT RERAISE
 * with                <mgr> BEFORE_WITH [exit res] H1(d+1): STORE x | POP_TOP; body;
 *                     LOAD_CONST None x3 CALL 2 POP_TOP JUMP end   (exit(None,None,None):
 *                     the None below the arguments sits in CALL's self slot)
 *                     H1: [exit exc] PUSH_EXC_INFO H2(d+2): WITH_EXCEPT_START
 *                     POP_JUMP_IF_TRUE S RERAISE  S: POP_TOP POP_EXCEPT POP_TOP JUMP end
 *                     H2: COPY 2 POP_EXCEPT RERAISE
 * async with          as with, but <mgr> COPY 1 LOAD_ATTR __aexit__ SWAP 2
 *                     LOAD_ATTR __aenter__ PUSH_NULL CALL 0 <await> in place of
 *                     BEFORE_WITH, and <await> after each exit call
 *                     (<await> = GET_AWAITABLE LOAD_CONST None YIELD_FROM).
 * async for           <iter> LOAD_METHOD __aiter__ CALL 0 L: H(d+1): COPY 1
 *                     LOAD_METHOD __anext__ CALL 0 <await>; <target> body JUMP L
 *                     H: [ait exc] LOAD_GLOBAL StopAsyncIteration CHECK_EXC_MATCH
 *                     POP_JUMP_IF_FALSE R POP_TOP POP_TOP orelse JUMP end R: RERAISE
 * constants           tuples of constants fold to one constant; a list display of
 *                     3+ constants is BUILD_LIST 0 LOAD_CONST (tuple) LIST_EXTEND 1,
 *                     a set display BUILD_SET 0 LOAD_CONST (frozenset) SET_UPDATE 1
 *                     (CPython's form: its iteration order decides insertion order);
 *                     `for x in [consts]` / `x in [consts]` load a tuple constant
 *                     and `x in {consts}` a frozenset constant.
 * displays            BUILD_LIST/SET/TUPLE n (n <= 30), else BUILD_LIST k then
 *                     LIST_APPEND 1 / LIST_EXTEND 1 per item (*x), LIST_TO_TUPLE for
 *                     tuples; dicts BUILD_MAP (<= 16 leading pairs) then MAP_ADD 1 /
 *                     DICT_UPDATE 1 (**m).
 * return/break/continue inside blocks first undo each block they leave: a
 * for loop pops its iterator, a with calls exit(None, None, None), an except
 * body restores the previous handled exception (and unbinds `as e`), a
 * finally body is emitted inline; the value being returned stays on top
 * (SWAP 2 brings it above what is popped).
 */
#include <string.h>

#include "codegen.h"
#include "bytes.h"
#include "emit.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

typedef enum {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE
} FBType;

typedef struct {
    FBType type;
    int start, exit;          /* loop labels */
    const Node *node;         /* FINALLY_TRY: the Try node; HANDLER_CLEANUP: the handler */
    int32_t outer_handler;    /* handler in effect outside this block */
} FBlock;

#define MAX_FBLOCKS 20       /* CPython's CO_MAXBLOCKS */

typedef struct Unit {
    Emitter e;
    Scope *scope;
    FBlock fb[MAX_FBLOCKS];
    int nfb;
    struct Unit *parent;
} Unit;

typedef struct {
    SymTable *st;
    Unit *u;
    Value filename;
    CompileMode mode;
    CodegenError *err;
    bool failed;              /* an exception is set (not a SyntaxError) */
} Compiler;

static void cg_expr(Compiler *c, const Node *n);
static void cg_stmts(Compiler *c, const NodeList *l);
static void cg_stmts_from(Compiler *c, const NodeList *l, size_t first);
static void cg_store(Compiler *c, const Node *target);

#define E (&c->u->e)

/* The source span of node n: instructions compiled for n carry it, and
 * tracebacks underline it (CPython's positions). */
static EmitPos cg_span(const Node *n) {
    return (EmitPos){n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
}

/* A line without columns, for instructions of no particular node. */
static EmitPos cg_line_only(int line) {
    return (EmitPos){line, line, -1, -1};
}

/* CPython's span for the instructions that look up attr (LOAD_ATTR, and a
 * method call's LOAD_METHOD and CALL): they start on the line of the
 * attribute name, so a multi-line chain reports the line of `.name`. */
static void cg_pos_to_attr(Compiler *c, const Node *attr) {
    EmitPos *p = &E->pos;
    if (p->line == attr->end_lineno) return;
    p->line = attr->end_lineno;
    int len = (int)strlen(attr->v.Attribute.attr);
    if (len <= attr->end_col_offset) p->col = attr->end_col_offset - len;
    else p->col = p->end_col = -1;
    if (p->end_line < p->line) p->end_line = p->line;
    if (p->line == p->end_line && p->end_col < p->col) p->end_col = p->col;
}

/* ---- errors ---- */

static bool cg_ok(Compiler *c) {
    return !c->err->msg && !c->failed;
}

static void cg_error(Compiler *c, const Node *n, const char *fmt, const char *arg) {
    if (!cg_ok(c)) return;
    snprintf(c->err->buf, sizeof c->err->buf, fmt, arg ? arg : "");
    c->err->msg = c->err->buf;
    c->err->lineno = n->lineno;
    c->err->col_offset = n->col_offset;
    c->err->end_lineno = n->end_lineno;
    c->err->end_col_offset = n->end_col_offset;
}

/* ---- small emitters ---- */

static void op(Compiler *c, Opcode o, uint32_t arg) {
    emit_op(E, o, arg);
}

static void op0(Compiler *c, Opcode o) {
    emit_op(E, o, 0);
}

static void load_none(Compiler *c) {
    emit_load_const(E, VAL_NONE);
}

static void load_cstr(Compiler *c, const char *s) {
    emit_load_const_steal(E, str_intern(str_from_cstr(s)));
}

static void await_tos(Compiler *c) {
    op0(c, OP_GET_AWAITABLE);
    load_none(c);
    op0(c, OP_YIELD_FROM);
}

static const char *cg_mangle(Compiler *c, const char *name) {
    return symtable_mangle(c->st->arena, c->u->scope->private_name, name);
}

static void op_name(Compiler *c, Opcode o, const char *name) {
    op(c, o, emit_name_index(E, name));
}

/* ---- constants ---- */

/* The Value of a Constant node, new reference; VAL_NULL with c->err or an
 * exception set. */
static Value cg_constant_value(Compiler *c, const Node *n) {
    const char *d = n->v.Constant.data;
    size_t len = n->v.Constant.len;
    Value v;
    switch (n->v.Constant.kind) {
    case AST_CONST_NONE: return VAL_NONE;
    case AST_CONST_TRUE: return VAL_TRUE;
    case AST_CONST_FALSE: return VAL_FALSE;
    case AST_CONST_ELLIPSIS: return VAL_ELLIPSIS;
    case AST_CONST_INT: v = int_from_string(d, len, 0); break;
    case AST_CONST_FLOAT:
        if (len && (d[len - 1] == 'j' || d[len - 1] == 'J')) {
            cg_error(c, n, "complex numbers are not supported by baton", NULL);
            return VAL_NULL;
        }
        v = float_from_string(d, len);
        break;
    case AST_CONST_STR:
        v = str_from_utf8(d, len);
        if (v != VAL_NULL) v = str_intern(v);
        break;
    default: v = bytes_from(d, len); break;
    }
    if (v == VAL_NULL) c->failed = true;
    return v;
}

static bool cg_is_const(const Node *n);

static bool cg_is_const_tuple(const Node *n) {
    if (n->kind != NODE_Tuple || n->v.Tuple.ctx != CTX_LOAD) return false;
    for (size_t i = 0; i < n->v.Tuple.elts.count; i++)
        if (!cg_is_const(n->v.Tuple.elts.items[i])) return false;
    return true;
}

/* Constants, negated numeric constants and tuples of them fold to one constant. */
static bool cg_is_const(const Node *n) {
    if (n->kind == NODE_Constant) return true;
    if (n->kind == NODE_UnaryOp && n->v.UnaryOp.op == AST_USUB
        && n->v.UnaryOp.operand->kind == NODE_Constant) {
        AstConstKind k = n->v.UnaryOp.operand->v.Constant.kind;
        return k == AST_CONST_INT || k == AST_CONST_FLOAT;
    }
    return cg_is_const_tuple(n);
}

static Value cg_fold(Compiler *c, const Node *n) {
    if (n->kind == NODE_Constant) return cg_constant_value(c, n);
    if (n->kind == NODE_UnaryOp) {
        Value v = cg_constant_value(c, n->v.UnaryOp.operand);
        if (v == VAL_NULL) return VAL_NULL;
        Value r = obj_unop(v, UNOP_NEG);
        DECREF(v);
        if (r == VAL_NULL) c->failed = true;
        return r;
    }
    const NodeList *elts = &n->v.Tuple.elts;
    Value t = tuple_new(elts->count);
    for (size_t i = 0; i < elts->count; i++) {
        Value v = cg_fold(c, elts->items[i]);
        if (v == VAL_NULL) {
            for (size_t j = i; j < elts->count; j++) TUPLE_SET(t, j, NEWREF(VAL_NONE));
            DECREF(t);
            return VAL_NULL;
        }
        TUPLE_SET(t, i, v);
    }
    return t;
}

static void cg_load_folded(Compiler *c, const Node *n) {
    Value v = cg_fold(c, n);
    if (v != VAL_NULL) emit_load_const_steal(E, v);
}

/* ---- names ---- */

/* Index for DEREF ops: cellvars, then freevars. */
static int cg_deref_index(Scope *s, const char *name) {
    int i = symtable_index(s->cellvars, s->ncells, name);
    if (i >= 0) return i;
    i = symtable_index(s->freevars, s->nfree, name);
    return i < 0 ? -1 : (int)s->ncells + i;
}

typedef enum { NAME_FAST, NAME_DEREF, NAME_CLASSDEREF, NAME_GLOBAL, NAME_NAME } NameKind;

static NameKind cg_name_kind(Scope *s, const char *name) {
    const Symbol *sym = symtable_lookup(s, name);
    SymWhere w = sym ? sym->where : WHERE_GLOBAL_IMPLICIT;
    if (w == WHERE_GLOBAL_EXPLICIT) return NAME_GLOBAL;
    if (s->kind == SCOPE_FUNCTION) {
        if (w == WHERE_LOCAL) return NAME_FAST;
        if (w == WHERE_CELL || w == WHERE_FREE) return NAME_DEREF;
        return NAME_GLOBAL;
    }
    if (s->kind == SCOPE_CLASS && w == WHERE_FREE) return NAME_CLASSDEREF;
    return NAME_NAME;
}

static void cg_name(Compiler *c, const char *raw, ExprContext ctx) {
    Scope *s = c->u->scope;
    const char *name = cg_mangle(c, raw);
    static const Opcode ops[5][3] = {
        [NAME_FAST] = { OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST },
        [NAME_DEREF] = { OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF },
        [NAME_CLASSDEREF] = { OP_LOAD_CLASSDEREF, OP_STORE_DEREF, OP_DELETE_DEREF },
        [NAME_GLOBAL] = { OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL },
        [NAME_NAME] = { OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME },
    };
    NameKind k = cg_name_kind(s, name);
    Opcode o = ops[k][ctx];
    if (k == NAME_FAST) op(c, o, (uint32_t)symtable_index(s->varnames, s->nvarnames, name));
    else if (k == NAME_DEREF || k == NAME_CLASSDEREF) op(c, o, (uint32_t)cg_deref_index(s, name));
    else op_name(c, o, name);
}

/* ---- units ---- */

static void cg_unit_enter(Compiler *c, Unit *u, Scope *s, int firstline) {
    memset(u, 0, sizeof *u);
    emit_init(&u->e);
    u->e.pos = cg_line_only(firstline);
    u->scope = s;
    u->parent = c->u;
    c->u = u;
}

static int32_t *cg_cell2arg(Scope *s) {
    int nargs = s->argcount + s->kwonlyargcount + s->has_varargs + s->has_varkw;
    int32_t *map = NULL;
    for (size_t i = 0; i < s->ncells; i++) {
        int a = symtable_index(s->varnames, (size_t)nargs, s->cellvars[i]);
        if (a < 0) continue;
        if (!map) {
            map = mem_alloc(s->ncells * sizeof *map);
            for (size_t j = 0; j < s->ncells; j++) map[j] = -1;
        }
        map[i] = a;
    }
    return map;
}

static Value cg_str_tuple(const char **names, size_t n) {
    Value t = tuple_new(n);
    for (size_t i = 0; i < n; i++) TUPLE_SET(t, i, str_intern(str_from_cstr(names[i])));
    return t;
}

static int cg_flags(Compiler *c, Scope *s) {
    int flags = 0;
    if (s->kind == SCOPE_MODULE) return CO_MODULE;
    if (s->kind == SCOPE_CLASS) flags |= CO_CLASSBODY;
    if (s->has_varargs) flags |= CO_VARARGS;
    if (s->has_varkw) flags |= CO_VARKEYWORDS;
    if (s->is_generator) flags |= CO_GENERATOR;
    if (s->is_coroutine) flags |= CO_COROUTINE;
    if (c->u->parent && c->u->parent->scope->kind != SCOPE_MODULE) flags |= CO_NESTED;
    return flags;
}

/* Finish the current unit: assemble its Code and return to the parent. */
static Value cg_unit_exit(Compiler *c, int firstline) {
    Unit *u = c->u;
    Scope *s = u->scope;
    Value code = VAL_NULL;
    if (cg_ok(c)) {
        Value varnames = cg_str_tuple(s->varnames, s->kind == SCOPE_FUNCTION ? s->nvarnames : 0);
        Value cellvars = cg_str_tuple(s->cellvars, s->ncells);
        Value freevars = cg_str_tuple(s->freevars, s->nfree);
        Value name = str_intern(str_from_cstr(s->name));
        Value qualname = str_from_cstr(s->qualname);
        EmitCodeInfo info = {
            varnames, cellvars, freevars, name, qualname, c->filename, cg_cell2arg(s),
            s->argcount, s->posonlyargcount, s->kwonlyargcount, cg_flags(c, s), firstline
        };
        Code *co = emit_assemble(&u->e, &info);
        if (co) code = OBJ_VAL(co);
        else c->failed = true;
        DECREF(varnames);
        DECREF(cellvars);
        DECREF(freevars);
        DECREF(name);
        DECREF(qualname);
    }
    emit_free(&u->e);
    c->u = u->parent;
    return code;
}

/* ---- fblocks and unwinding ---- */

/* outer: the handler in effect outside the block (before any handler the
 * block itself pushed); code that leaves the block runs under it. */
static FBlock *cg_push_fb(Compiler *c, const Node *at, FBType type, int start, int exit,
                          const Node *node, int32_t outer) {
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) {
        cg_error(c, at, "too many statically nested blocks", NULL);
        return NULL;
    }
    FBlock *f = &u->fb[u->nfb++];
    *f = (FBlock){ type, start, exit, node, outer };
    return f;
}

static void cg_pop_fb(Compiler *c) {
    if (c->u->nfb > 0) c->u->nfb--;
}

static void cg_call_exit_none(Compiler *c, bool is_async) {
    load_none(c);
    load_none(c);
    load_none(c);
    op(c, OP_CALL, 2);
    if (is_async) await_tos(c);
    op0(c, OP_POP_TOP);
}

static void cg_unbind_handler_name(Compiler *c, const Node *h) {
    if (!h || !h->v.ExceptHandler.name) return;
    load_none(c);
    cg_name(c, h->v.ExceptHandler.name, CTX_STORE);
    cg_name(c, h->v.ExceptHandler.name, CTX_DEL);
}

/* Emit the code that leaves block i (the value to return is on top when
 * preserve). The cleanup runs under the handler outside the block. */
static void cg_unwind_one(Compiler *c, int i, bool preserve) {
    FBlock f = c->u->fb[i];
    E->cur_handler = f.outer_handler;
    switch (f.type) {
    case FB_WHILE: case FB_TRY_EXCEPT:
        break;
    case FB_FOR: case FB_ASYNC_FOR: case FB_POP_VALUE:
        if (preserve) op(c, OP_SWAP, 2);
        op0(c, OP_POP_TOP);
        break;
    case FB_WITH: case FB_ASYNC_WITH:
        if (preserve) op(c, OP_SWAP, 2);
        cg_call_exit_none(c, f.type == FB_ASYNC_WITH);
        break;
    case FB_HANDLER_CLEANUP:
        if (preserve) op(c, OP_SWAP, 2);
        op0(c, OP_POP_EXCEPT);
        cg_unbind_handler_name(c, f.node);
        break;
    case FB_FINALLY_END:
        if (preserve) op(c, OP_SWAP, 2);
        op0(c, OP_POP_TOP);
        if (preserve) op(c, OP_SWAP, 2);
        op0(c, OP_POP_EXCEPT);
        break;
    case FB_FINALLY_TRY: {
        /* The finally body is compiled with only the enclosing blocks
         * active; the blocks from i up are saved around it. */
        Unit *u = c->u;
        int saved = u->nfb;
        FBlock keep[MAX_FBLOCKS];
        memcpy(keep, &u->fb[i], (size_t)(saved - i) * sizeof(FBlock));
        u->nfb = i;
        if (preserve) cg_push_fb(c, f.node, FB_POP_VALUE, -1, -1, NULL, E->cur_handler);
        cg_stmts(c, &f.node->v.Try.finalbody);
        memcpy(&u->fb[i], keep, (size_t)(saved - i) * sizeof(FBlock));
        u->nfb = saved;
        break;
    }
    }
}

/* return: unwind every block; break/continue: up to the innermost loop. */
static void cg_return(Compiler *c, const Node *n) {
    if (n->v.Return.value) cg_expr(c, n->v.Return.value);
    else load_none(c);
    int32_t saved = E->cur_handler;
    for (int i = c->u->nfb - 1; i >= 0; i--) cg_unwind_one(c, i, true);
    op0(c, OP_RETURN_VALUE);
    E->cur_handler = saved;
}

static void cg_break_continue(Compiler *c, const Node *n, bool is_break) {
    int i = c->u->nfb - 1;
    while (i >= 0 && c->u->fb[i].type != FB_WHILE && c->u->fb[i].type != FB_FOR
           && c->u->fb[i].type != FB_ASYNC_FOR)
        i--;
    if (i < 0) {
        cg_error(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop", NULL);
        return;
    }
    int32_t saved = E->cur_handler;
    FBlock loop = c->u->fb[i];
    for (int j = c->u->nfb - 1; j > i; j--) cg_unwind_one(c, j, false);
    if (is_break) {
        cg_unwind_one(c, i, false);
        emit_jump(E, OP_JUMP_FORWARD, loop.exit);
    } else {
        emit_jump(E, OP_JUMP_FORWARD, loop.start);
    }
    E->cur_handler = saved;
}

/* ---- expressions ---- */

static void cg_exprs(Compiler *c, const NodeList *l) {
    for (size_t i = 0; i < l->count; i++) cg_expr(c, l->items[i]);
}

static bool cg_has_starred(const NodeList *l) {
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i]->kind == NODE_Starred) return true;
    return false;
}

static bool cg_all_const(const NodeList *l) {
    for (size_t i = 0; i < l->count; i++)
        if (!cg_is_const(l->items[i])) return false;
    return true;
}

/* Load a tuple constant made of the nodes of l (all constant). */
static void cg_load_const_tuple(Compiler *c, const NodeList *l) {
    Value t = tuple_new(l->count);
    for (size_t i = 0; i < l->count; i++) {
        Value v = cg_fold(c, l->items[i]);
        TUPLE_SET(t, i, v ? v : NEWREF(VAL_NONE));
    }
    emit_load_const_steal(E, t);
}

/* Load a frozenset constant of the nodes of l (all constant): CPython's
 * form for a constant set display, whose iteration order then decides the
 * order in which the display inserts. CPython builds that frozenset from a
 * tuple and rebuilds it once more when it merges constants; the second
 * build can change the table order, so baton builds it twice too. */
static void cg_load_const_frozenset(Compiler *c, const NodeList *l) {
    Value t = tuple_new(l->count);
    for (size_t i = 0; i < l->count; i++) {
        Value v = cg_fold(c, l->items[i]);
        TUPLE_SET(t, i, v ? v : NEWREF(VAL_NONE));
    }
    Value first = frozenset_new(t);
    DECREF(t);
    Value order = first != VAL_NULL ? tuple_from_iterable(first) : VAL_NULL;
    XDECREF(first);
    Value fs = order != VAL_NULL ? frozenset_new(order) : VAL_NULL;
    XDECREF(order);
    if (fs == VAL_NULL) {
        c->failed = true;
        return;
    }
    emit_load_const_steal(E, fs);
}

/* list / tuple / set displays. build: BUILD_LIST/TUPLE/SET; the extend and
 * add ops of the list (tuples are built as lists when they have *x). */
static void cg_sequence(Compiler *c, const NodeList *elts, Opcode build) {
    bool starred = cg_has_starred(elts);
    size_t n = elts->count;
    if (build == OP_BUILD_TUPLE && !starred) {
        if (n > 0 && cg_all_const(elts)) {
            cg_load_const_tuple(c, elts);
            return;
        }
        cg_exprs(c, elts);
        op(c, OP_BUILD_TUPLE, (uint32_t)n);
        return;
    }
    Opcode coll = build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    Opcode add = build == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND;
    Opcode extend = build == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    if (!starred && n >= 3 && cg_all_const(elts)) {
        op(c, coll, 0);
        if (build == OP_BUILD_SET) cg_load_const_frozenset(c, elts);
        else cg_load_const_tuple(c, elts);
        op(c, extend, 1);
    } else if (!starred && n <= 30) {
        cg_exprs(c, elts);
        op(c, coll, (uint32_t)n);
    } else {
        size_t lead = 0;
        while (lead < n && lead < 30 && elts->items[lead]->kind != NODE_Starred) lead++;
        for (size_t i = 0; i < lead; i++) cg_expr(c, elts->items[i]);
        op(c, coll, (uint32_t)lead);
        for (size_t i = lead; i < n; i++) {
            const Node *el = elts->items[i];
            if (el->kind == NODE_Starred) {
                cg_expr(c, el->v.Starred.value);
                op(c, extend, 1);
            } else {
                cg_expr(c, el);
                op(c, add, 1);
            }
        }
    }
    if (build == OP_BUILD_TUPLE) op0(c, OP_LIST_TO_TUPLE);
}

static void cg_dict(Compiler *c, const Node *n) {
    const NodeList *keys = &n->v.Dict.keys, *vals = &n->v.Dict.values;
    size_t cnt = vals->count, lead = 0;
    while (lead < cnt && lead < 16 && keys->items[lead]) lead++;
    for (size_t i = 0; i < lead; i++) {
        cg_expr(c, keys->items[i]);
        cg_expr(c, vals->items[i]);
    }
    op(c, OP_BUILD_MAP, (uint32_t)lead);
    for (size_t i = lead; i < cnt; i++) {
        if (keys->items[i]) {
            cg_expr(c, keys->items[i]);
            cg_expr(c, vals->items[i]);
            op(c, OP_MAP_ADD, 1);
        } else {
            cg_expr(c, vals->items[i]);
            op(c, OP_DICT_UPDATE, 1);
        }
    }
}

static void cg_boolop(Compiler *c, const Node *n) {
    int end = emit_label(E);
    Opcode j = n->v.BoolOp.op == AST_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    const NodeList *vals = &n->v.BoolOp.values;
    for (size_t i = 0; i < vals->count; i++) {
        cg_expr(c, vals->items[i]);
        if (i + 1 < vals->count) emit_jump(E, j, end);
    }
    emit_bind(E, end);
}

static void cg_cmpop(Compiler *c, AstCmpOp o) {
    switch (o) {
    case AST_IS: op(c, OP_IS_OP, 0); break;
    case AST_ISNOT: op(c, OP_IS_OP, 1); break;
    case AST_IN: op(c, OP_CONTAINS_OP, 0); break;
    case AST_NOTIN: op(c, OP_CONTAINS_OP, 1); break;
    default: op(c, OP_COMPARE_OP, (uint32_t)o); break;
    }
}

/* An operand that is only iterated or searched (`for x in [1, 2]`,
 * `x in [1, 2]`, `x in {1, 2}`): a display of constants becomes one tuple
 * (or frozenset) constant instead of a new list or set each time. */
static void cg_iterable_operand(Compiler *c, const Node *n) {
    const NodeList *elts = n->kind == NODE_List ? &n->v.List.elts
                           : n->kind == NODE_Set ? &n->v.Set.elts : NULL;
    if (!elts || elts->count == 0 || !cg_all_const(elts) || !cg_ok(c)) {
        cg_expr(c, n);
        return;
    }
    if (n->kind == NODE_List) {
        cg_load_const_tuple(c, elts);
        return;
    }
    cg_load_const_frozenset(c, elts);
}

static void cg_compare(Compiler *c, const Node *n) {
    const NodeList *rest = &n->v.Compare.comparators;
    cg_expr(c, n->v.Compare.left);
    if (rest->count == 1) {
        AstCmpOp o = n->v.Compare.ops[0];
        if (o == AST_IN || o == AST_NOTIN) cg_iterable_operand(c, rest->items[0]);
        else cg_expr(c, rest->items[0]);
        cg_cmpop(c, o);
        return;
    }
    int cleanup = emit_label(E), end = emit_label(E);
    for (size_t i = 0; i + 1 < rest->count; i++) {
        cg_expr(c, rest->items[i]);
        op(c, OP_SWAP, 2);
        op(c, OP_COPY, 2);
        cg_cmpop(c, n->v.Compare.ops[i]);
        emit_jump(E, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    cg_expr(c, rest->items[rest->count - 1]);
    cg_cmpop(c, n->v.Compare.ops[rest->count - 1]);
    emit_jump(E, OP_JUMP_FORWARD, end);
    emit_bind(E, cleanup);
    op(c, OP_SWAP, 2);
    op0(c, OP_POP_TOP);
    emit_bind(E, end);
}

/* Jump to label when the truth of n equals cond (no value left behind). */
static void cg_jump_if(Compiler *c, const Node *n, bool cond, int label) {
    if (n->kind == NODE_UnaryOp && n->v.UnaryOp.op == AST_NOT) {
        cg_jump_if(c, n->v.UnaryOp.operand, !cond, label);
        return;
    }
    if (n->kind == NODE_BoolOp) {
        bool is_and = n->v.BoolOp.op == AST_AND;
        const NodeList *vals = &n->v.BoolOp.values;
        /* and with cond false / or with cond true: any operand decides. */
        if (is_and != cond) {
            for (size_t i = 0; i < vals->count; i++) cg_jump_if(c, vals->items[i], cond, label);
        } else {
            int skip = emit_label(E);
            for (size_t i = 0; i + 1 < vals->count; i++) cg_jump_if(c, vals->items[i], !cond, skip);
            cg_jump_if(c, vals->items[vals->count - 1], cond, label);
            emit_bind(E, skip);
        }
        return;
    }
    cg_expr(c, n);
    emit_jump(E, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void cg_ifexp(Compiler *c, const Node *n) {
    int orelse = emit_label(E), end = emit_label(E);
    cg_jump_if(c, n->v.IfExp.test, false, orelse);
    cg_expr(c, n->v.IfExp.body);
    emit_jump(E, OP_JUMP_FORWARD, end);
    emit_bind(E, orelse);
    cg_expr(c, n->v.IfExp.orelse);
    emit_bind(E, end);
}

static void cg_check_keywords(Compiler *c, const NodeList *kws) {
    for (size_t i = 0; i < kws->count; i++) {
        const char *a = kws->items[i]->v.keyword.arg;
        if (!a) continue;
        for (size_t j = i + 1; j < kws->count; j++) {
            const char *b = kws->items[j]->v.keyword.arg;
            if (b && strcmp(a, b) == 0) {
                cg_error(c, kws->items[j], "keyword argument repeated: %s", a);
                return;
            }
        }
    }
}

static bool cg_has_kwsplat(const NodeList *kws) {
    for (size_t i = 0; i < kws->count; i++)
        if (!kws->items[i]->v.keyword.arg) return true;
    return false;
}

/* The arguments of a call whose callable and self/NULL slot are pushed,
 * plus `prefix` positional values already pushed above them. */
static void cg_call_args(Compiler *c, size_t prefix, const NodeList *args, const NodeList *kws) {
    cg_check_keywords(c, kws);
    if (!cg_has_starred(args) && !cg_has_kwsplat(kws)) {
        cg_exprs(c, args);
        size_t nkw = kws->count;
        for (size_t i = 0; i < nkw; i++) cg_expr(c, kws->items[i]->v.keyword.value);
        uint32_t total = (uint32_t)(prefix + args->count + nkw);
        if (nkw == 0) {
            op(c, OP_CALL, total);
            return;
        }
        Value names = tuple_new(nkw);
        for (size_t i = 0; i < nkw; i++)
            TUPLE_SET(names, i, str_intern(str_from_cstr(kws->items[i]->v.keyword.arg)));
        emit_load_const_steal(E, names);
        op(c, OP_CALL_KW, total);
        return;
    }
    /* CALL_EX: a positional tuple, then maybe a keyword dict. A lone *x is
     * passed as is: CALL_EX makes the tuple (and names the function in
     * "f() argument after * must be an iterable"). */
    if (prefix == 0 && args->count == 1 && args->items[0]->kind == NODE_Starred) {
        cg_expr(c, args->items[0]->v.Starred.value);
    } else if (!cg_has_starred(args)) {
        cg_exprs(c, args);
        op(c, OP_BUILD_TUPLE, (uint32_t)(prefix + args->count));
    } else {
        size_t lead = 0;
        while (args->items[lead]->kind != NODE_Starred) cg_expr(c, args->items[lead++]);
        op(c, OP_BUILD_LIST, (uint32_t)(prefix + lead));
        for (size_t i = lead; i < args->count; i++) {
            const Node *a = args->items[i];
            if (a->kind == NODE_Starred) {
                cg_expr(c, a->v.Starred.value);
                op(c, OP_LIST_EXTEND, 1);
            } else {
                cg_expr(c, a);
                op(c, OP_LIST_APPEND, 1);
            }
        }
        op0(c, OP_LIST_TO_TUPLE);
    }
    uint32_t flags = 0;
    if (kws->count) {
        flags = 1;
        op(c, OP_BUILD_MAP, 0);
        size_t i = 0;
        while (i < kws->count) {
            if (!kws->items[i]->v.keyword.arg) {
                cg_expr(c, kws->items[i]->v.keyword.value);
                op(c, OP_DICT_MERGE, 1);
                i++;
                continue;
            }
            size_t run = 0;
            while (i < kws->count && kws->items[i]->v.keyword.arg) {
                load_cstr(c, kws->items[i]->v.keyword.arg);
                cg_expr(c, kws->items[i]->v.keyword.value);
                i++;
                run++;
            }
            op(c, OP_BUILD_MAP, (uint32_t)run);
            op(c, OP_DICT_MERGE, 1);
        }
    }
    op(c, OP_CALL_EX, flags);
}

static void cg_call(Compiler *c, const Node *n) {
    const Node *f = n->v.Call.func;
    const NodeList *args = &n->v.Call.args, *kws = &n->v.Call.keywords;
    bool simple = !cg_has_starred(args) && !cg_has_kwsplat(kws);
    if (f->kind == NODE_Attribute && simple) {
        cg_expr(c, f->v.Attribute.value);
        EmitPos pos = E->pos;
        E->pos = cg_span(f);
        cg_pos_to_attr(c, f);
        op_name(c, OP_LOAD_METHOD, cg_mangle(c, f->v.Attribute.attr));
        E->pos = pos;
        cg_pos_to_attr(c, f);
        cg_call_args(c, 0, args, kws);
        E->pos = pos;
        return;
    }
    cg_expr(c, f);
    op0(c, OP_PUSH_NULL);
    cg_call_args(c, 0, args, kws);
}

static void cg_fstring(Compiler *c, const Node *n);

static void cg_formatted(Compiler *c, const Node *n) {
    cg_expr(c, n->v.FormattedValue.value);
    uint32_t arg = 0;
    switch (n->v.FormattedValue.conversion) {
    case AST_CONV_STR: arg = 1; break;
    case AST_CONV_REPR: arg = 2; break;
    case AST_CONV_ASCII: arg = 3; break;
    default: break;
    }
    if (n->v.FormattedValue.format_spec) {
        cg_fstring(c, n->v.FormattedValue.format_spec);
        arg |= 4;
    }
    op(c, OP_FORMAT_VALUE, arg);
}

static void cg_fstring(Compiler *c, const Node *n) {
    const NodeList *vals = &n->v.JoinedStr.values;
    if (vals->count == 0) {
        load_cstr(c, "");
        return;
    }
    for (size_t i = 0; i < vals->count; i++) {
        const Node *v = vals->items[i];
        if (v->kind == NODE_FormattedValue) cg_formatted(c, v);
        else cg_expr(c, v);
    }
    if (vals->count > 1 || vals->items[0]->kind != NODE_FormattedValue)
        op(c, OP_BUILD_STRING, (uint32_t)vals->count);
}

static void cg_slice(Compiler *c, const Node *n) {
    if (n->v.Slice.lower) cg_expr(c, n->v.Slice.lower);
    else load_none(c);
    if (n->v.Slice.upper) cg_expr(c, n->v.Slice.upper);
    else load_none(c);
    if (n->v.Slice.step) {
        cg_expr(c, n->v.Slice.step);
        op(c, OP_BUILD_SLICE, 3);
    } else {
        op(c, OP_BUILD_SLICE, 2);
    }
}

/* ---- functions, lambdas, comprehensions ---- */

/* Push the closure tuple for child (LOAD_CLOSURE of each of its free
 * variables as seen from the current scope); returns MAKE_FUNCTION's flag. */
static uint32_t cg_closure(Compiler *c, Scope *child) {
    if (child->nfree == 0) return 0;
    for (size_t i = 0; i < child->nfree; i++) {
        int idx = cg_deref_index(c->u->scope, child->freevars[i]);
        if (idx < 0) {
            c->failed = true;
            err_format(&exc_SystemError, "compiler: no cell for free variable '%s'", child->freevars[i]);
            return 0;
        }
        op(c, OP_LOAD_CLOSURE, (uint32_t)idx);
    }
    op(c, OP_BUILD_TUPLE, (uint32_t)child->nfree);
    return 8;
}

/* Emit MAKE_FUNCTION for the compiled code (stolen) of child. */
static void cg_make_function(Compiler *c, Scope *child, Value code, uint32_t flags) {
    flags |= cg_closure(c, child);
    emit_load_const_steal(E, code);
    op(c, OP_MAKE_FUNCTION, flags);
}

/* Defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags. */
static uint32_t cg_defaults(Compiler *c, const Node *args) {
    uint32_t flags = 0;
    const NodeList *defs = &args->v.arguments.defaults;
    if (defs->count) {
        cg_sequence(c, defs, OP_BUILD_TUPLE);
        flags |= 1;
    }
    const NodeList *kwo = &args->v.arguments.kwonlyargs, *kwd = &args->v.arguments.kw_defaults;
    size_t nkw = 0;
    for (size_t i = 0; i < kwd->count; i++) {
        if (!kwd->items[i]) continue;
        load_cstr(c, cg_mangle(c, kwo->items[i]->v.arg.arg));
        cg_expr(c, kwd->items[i]);
        nkw++;
    }
    if (nkw) {
        op(c, OP_BUILD_MAP, (uint32_t)nkw);
        flags |= 2;
    }
    return flags;
}

static const char *cg_docstring(const NodeList *body, size_t *len) {
    if (body->count == 0) return NULL;
    const Node *s = body->items[0];
    if (s->kind != NODE_Expr || s->v.Expr.value->kind != NODE_Constant
        || s->v.Expr.value->v.Constant.kind != AST_CONST_STR)
        return NULL;
    *len = s->v.Expr.value->v.Constant.len;
    return s->v.Expr.value->v.Constant.data;
}

/* consts[0] of every function code: its docstring or None. */
static void cg_doc_const(Compiler *c, const char *doc, size_t len) {
    if (!doc) {
        emit_const_index(E, VAL_NONE);
        return;
    }
    Value s = str_from_utf8(doc, len);
    if (s == VAL_NULL) {
        c->failed = true;
        return;
    }
    emit_const_index(E, s);
    DECREF(s);
}

static void cg_return_none(Compiler *c) {
    load_none(c);
    op0(c, OP_RETURN_VALUE);
}

static void cg_decorators(Compiler *c, const NodeList *decos) {
    for (size_t i = 0; i < decos->count; i++) {
        cg_expr(c, decos->items[i]);
        op0(c, OP_PUSH_NULL);
    }
}

/* Innermost decorator first; each call takes its decorator's span, so a
 * traceback shows the `@deco` line that failed. */
static void cg_apply_decorators(Compiler *c, const NodeList *decos) {
    EmitPos pos = E->pos;
    for (size_t i = decos->count; i-- > 0;) {
        E->pos = cg_span(decos->items[i]);
        op(c, OP_CALL, 1);
    }
    E->pos = pos;
}

static void cg_funcdef(Compiler *c, const Node *n) {
    Scope *child = symtable_child(c->u->scope, n);
    const NodeList *decos = &n->v.FunctionDef.decorator_list;
    int line = decos->count ? decos->items[0]->lineno : n->lineno;
    cg_decorators(c, decos);
    uint32_t flags = cg_defaults(c, n->v.FunctionDef.args);
    Unit u;
    cg_unit_enter(c, &u, child, n->lineno);
    size_t doclen = 0;
    const char *doc = cg_docstring(&n->v.FunctionDef.body, &doclen);
    cg_doc_const(c, doc, doclen);
    const NodeList *body = &n->v.FunctionDef.body;
    cg_stmts_from(c, body, doc ? 1 : 0);
    cg_return_none(c);
    Value code = cg_unit_exit(c, line);
    if (code == VAL_NULL) return;
    cg_make_function(c, child, code, flags);
    cg_apply_decorators(c, decos);
    cg_name(c, n->v.FunctionDef.name, CTX_STORE);
}

static void cg_lambda(Compiler *c, const Node *n) {
    Scope *child = symtable_child(c->u->scope, n);
    uint32_t flags = cg_defaults(c, n->v.Lambda.args);
    Unit u;
    cg_unit_enter(c, &u, child, n->lineno);
    cg_doc_const(c, NULL, 0);
    cg_expr(c, n->v.Lambda.body);
    if (child->is_generator) op0(c, OP_POP_TOP), load_none(c);
    op0(c, OP_RETURN_VALUE);
    Value code = cg_unit_exit(c, n->lineno);
    if (code != VAL_NULL) cg_make_function(c, child, code, flags);
}

/* One `for` clause of a comprehension (and the ones nested in it). depth:
 * the number of loops entered so far (the collection sits below them). */
static void cg_comp_generator(Compiler *c, const Node *comp, const NodeList *gens, size_t gi) {
    const Node *g = gens->items[gi];
    if (gi == 0) op(c, OP_LOAD_FAST, 0);
    else {
        cg_expr(c, g->v.comprehension.iter);
        op0(c, OP_GET_ITER);
    }
    int start = emit_label(E), end = emit_label(E);
    emit_bind(E, start);
    emit_jump(E, OP_FOR_ITER, end);
    cg_store(c, g->v.comprehension.target);
    const NodeList *ifs = &g->v.comprehension.ifs;
    for (size_t i = 0; i < ifs->count; i++) cg_jump_if(c, ifs->items[i], false, start);
    if (gi + 1 < gens->count) {
        cg_comp_generator(c, comp, gens, gi + 1);
    } else {
        uint32_t depth = (uint32_t)gens->count + 1;
        switch (comp->kind) {
        case NODE_ListComp:
            cg_expr(c, comp->v.ListComp.elt);
            op(c, OP_LIST_APPEND, depth);
            break;
        case NODE_SetComp:
            cg_expr(c, comp->v.SetComp.elt);
            op(c, OP_SET_ADD, depth);
            break;
        case NODE_DictComp:
            cg_expr(c, comp->v.DictComp.key);
            cg_expr(c, comp->v.DictComp.value);
            op(c, OP_MAP_ADD, depth);
            break;
        default:
            cg_expr(c, comp->v.GeneratorExp.elt);
            op0(c, OP_YIELD_VALUE);
            op0(c, OP_POP_TOP);
            break;
        }
    }
    emit_jump(E, OP_JUMP_FORWARD, start);
    emit_bind(E, end);
}

static void cg_comprehension(Compiler *c, const Node *n) {
    Scope *child = symtable_child(c->u->scope, n);
    const NodeList *gens;
    Opcode build = OP_NOP;
    switch (n->kind) {
    case NODE_ListComp: gens = &n->v.ListComp.generators; build = OP_BUILD_LIST; break;
    case NODE_SetComp: gens = &n->v.SetComp.generators; build = OP_BUILD_SET; break;
    case NODE_DictComp: gens = &n->v.DictComp.generators; build = OP_BUILD_MAP; break;
    default: gens = &n->v.GeneratorExp.generators; break;
    }
    Unit u;
    cg_unit_enter(c, &u, child, n->lineno);
    E->pos = cg_span(n);
    cg_doc_const(c, NULL, 0);
    if (build != OP_NOP) op(c, build, 0);
    cg_comp_generator(c, n, gens, 0);
    if (build == OP_NOP) load_none(c);
    op0(c, OP_RETURN_VALUE);
    Value code = cg_unit_exit(c, n->lineno);
    if (code == VAL_NULL) return;
    cg_make_function(c, child, code, 0);
    op0(c, OP_PUSH_NULL);
    cg_expr(c, gens->items[0]->v.comprehension.iter);
    op0(c, OP_GET_ITER);
    op(c, OP_CALL, 1);
    if (child->is_coroutine) await_tos(c);
}

static void cg_expr_kind(Compiler *c, const Node *n) {
    switch (n->kind) {
    case NODE_BoolOp: cg_boolop(c, n); break;
    case NODE_NamedExpr:
        cg_expr(c, n->v.NamedExpr.value);
        op(c, OP_COPY, 1);
        cg_store(c, n->v.NamedExpr.target);
        break;
    case NODE_BinOp:
        cg_expr(c, n->v.BinOp.left);
        cg_expr(c, n->v.BinOp.right);
        op(c, OP_BINARY_OP, (uint32_t)n->v.BinOp.op);
        break;
    case NODE_UnaryOp:
        if (cg_is_const(n)) {
            cg_load_folded(c, n);
            break;
        }
        cg_expr(c, n->v.UnaryOp.operand);
        switch (n->v.UnaryOp.op) {
        case AST_USUB: op0(c, OP_UNARY_NEGATIVE); break;
        case AST_UADD: op0(c, OP_UNARY_POSITIVE); break;
        case AST_INVERT: op0(c, OP_UNARY_INVERT); break;
        default: op0(c, OP_UNARY_NOT); break;
        }
        break;
    case NODE_Lambda: cg_lambda(c, n); break;
    case NODE_IfExp: cg_ifexp(c, n); break;
    case NODE_Dict: cg_dict(c, n); break;
    case NODE_Set: cg_sequence(c, &n->v.Set.elts, OP_BUILD_SET); break;
    case NODE_ListComp: case NODE_SetComp: case NODE_DictComp: case NODE_GeneratorExp:
        cg_comprehension(c, n);
        break;
    case NODE_Await:
        cg_expr(c, n->v.Await.value);
        await_tos(c);
        break;
    case NODE_Yield:
        if (n->v.Yield.value) cg_expr(c, n->v.Yield.value);
        else load_none(c);
        op0(c, OP_YIELD_VALUE);
        break;
    case NODE_YieldFrom:
        cg_expr(c, n->v.YieldFrom.value);
        op0(c, OP_GET_YIELD_FROM_ITER);
        load_none(c);
        op0(c, OP_YIELD_FROM);
        break;
    case NODE_Compare: cg_compare(c, n); break;
    case NODE_Call: cg_call(c, n); break;
    case NODE_FormattedValue: cg_formatted(c, n); break;
    case NODE_JoinedStr: cg_fstring(c, n); break;
    case NODE_Constant: {
        Value v = cg_constant_value(c, n);
        if (v != VAL_NULL) emit_load_const_steal(E, v);
        break;
    }
    case NODE_Attribute:
        cg_expr(c, n->v.Attribute.value);
        cg_pos_to_attr(c, n);
        op_name(c, OP_LOAD_ATTR, cg_mangle(c, n->v.Attribute.attr));
        break;
    case NODE_Subscript:
        cg_expr(c, n->v.Subscript.value);
        cg_expr(c, n->v.Subscript.slice);
        op0(c, OP_BINARY_SUBSCR);
        break;
    case NODE_Starred: cg_error(c, n, "can't use starred expression here", NULL); break;
    case NODE_Name: cg_name(c, n->v.Name.id, CTX_LOAD); break;
    case NODE_List: cg_sequence(c, &n->v.List.elts, OP_BUILD_LIST); break;
    case NODE_Tuple: cg_sequence(c, &n->v.Tuple.elts, OP_BUILD_TUPLE); break;
    case NODE_Slice: cg_slice(c, n); break;
    default: cg_error(c, n, "unexpected node in expression", NULL); break;
    }
}

/* Instructions take the line of the innermost expression being compiled. */
static void cg_expr(Compiler *c, const Node *n) {
    if (!cg_ok(c)) return;
    EmitPos pos = E->pos;
    E->pos = cg_span(n);
    cg_expr_kind(c, n);
    E->pos = pos;
}

/* ---- assignment targets ---- */

static void cg_unpack(Compiler *c, const Node *t) {
    const NodeList *elts = &t->v.Tuple.elts;
    size_t star = elts->count;
    for (size_t i = 0; i < elts->count; i++) {
        if (elts->items[i]->kind != NODE_Starred) continue;
        if (star != elts->count) {
            cg_error(c, elts->items[i], "multiple starred expressions in assignment", NULL);
            return;
        }
        star = i;
    }
    if (star == elts->count) {
        op(c, OP_UNPACK_SEQUENCE, (uint32_t)elts->count);
    } else {
        size_t after = elts->count - star - 1;
        if (star > 255 || after > 255) {
            cg_error(c, t, "too many expressions in star-unpacking assignment", NULL);
            return;
        }
        op(c, OP_UNPACK_EX, (uint32_t)(star | (after << 8)));
    }
    for (size_t i = 0; i < elts->count; i++) {
        const Node *el = elts->items[i];
        cg_store(c, el->kind == NODE_Starred ? el->v.Starred.value : el);
    }
}

/* Store TOS into target (popping it). */
static void cg_store(Compiler *c, const Node *t) {
    if (!cg_ok(c)) return;
    EmitPos pos = E->pos;
    E->pos = cg_span(t);
    switch (t->kind) {
    case NODE_Name: cg_name(c, t->v.Name.id, CTX_STORE); break;
    case NODE_Attribute:
        cg_expr(c, t->v.Attribute.value);
        cg_pos_to_attr(c, t);
        op_name(c, OP_STORE_ATTR, cg_mangle(c, t->v.Attribute.attr));
        break;
    case NODE_Subscript:
        cg_expr(c, t->v.Subscript.value);
        cg_expr(c, t->v.Subscript.slice);
        op0(c, OP_STORE_SUBSCR);
        break;
    case NODE_Tuple: case NODE_List: cg_unpack(c, t); break;
    case NODE_Starred:
        cg_error(c, t, "starred assignment target must be in a list or tuple", NULL);
        break;
    default: cg_error(c, t, "cannot assign to expression", NULL); break;
    }
    E->pos = pos;
}

static void cg_delete(Compiler *c, const Node *t) {
    EmitPos pos = E->pos;
    E->pos = cg_span(t);
    switch (t->kind) {
    case NODE_Name: cg_name(c, t->v.Name.id, CTX_DEL); break;
    case NODE_Attribute:
        cg_expr(c, t->v.Attribute.value);
        cg_pos_to_attr(c, t);
        op_name(c, OP_DELETE_ATTR, cg_mangle(c, t->v.Attribute.attr));
        break;
    case NODE_Subscript:
        cg_expr(c, t->v.Subscript.value);
        cg_expr(c, t->v.Subscript.slice);
        op0(c, OP_DELETE_SUBSCR);
        break;
    case NODE_Tuple: case NODE_List:
        for (size_t i = 0; i < t->v.Tuple.elts.count; i++) cg_delete(c, t->v.Tuple.elts.items[i]);
        break;
    default: cg_error(c, t, "cannot delete expression", NULL); break;
    }
    E->pos = pos;
}

/* Spans as CPython's: the target's load and store take the target's span
 * (attribute lookups that of `.name`), the operation the statement's. */
static void cg_augassign(Compiler *c, const Node *n) {
    const Node *t = n->v.AugAssign.target;
    uint32_t binop = (uint32_t)n->v.AugAssign.op + BINOP_INPLACE;
    const char *attr = t->kind == NODE_Attribute ? cg_mangle(c, t->v.Attribute.attr) : NULL;
    EmitPos stmt = E->pos;
    E->pos = cg_span(t);
    switch (t->kind) {
    case NODE_Name: cg_name(c, t->v.Name.id, CTX_LOAD); break;
    case NODE_Attribute:
        cg_expr(c, t->v.Attribute.value);
        op(c, OP_COPY, 1);
        cg_pos_to_attr(c, t);
        op_name(c, OP_LOAD_ATTR, attr);
        break;
    case NODE_Subscript:
        cg_expr(c, t->v.Subscript.value);
        cg_expr(c, t->v.Subscript.slice);
        op(c, OP_COPY, 2);
        op(c, OP_COPY, 2);
        op0(c, OP_BINARY_SUBSCR);
        break;
    default:
        cg_error(c, t, "illegal expression for augmented assignment", NULL);
        return;
    }
    E->pos = stmt;
    cg_expr(c, n->v.AugAssign.value);
    op(c, OP_BINARY_OP, binop);
    E->pos = cg_span(t);
    switch (t->kind) {
    case NODE_Name: cg_name(c, t->v.Name.id, CTX_STORE); break;
    case NODE_Attribute:
        cg_pos_to_attr(c, t);
        op(c, OP_SWAP, 2);
        op_name(c, OP_STORE_ATTR, attr);
        break;
    default:
        op(c, OP_SWAP, 3);
        op(c, OP_SWAP, 2);
        op0(c, OP_STORE_SUBSCR);
        break;
    }
    E->pos = stmt;
}

/* ---- statements ---- */

static void cg_if(Compiler *c, const Node *n) {
    int orelse = emit_label(E), end = emit_label(E);
    cg_jump_if(c, n->v.If.test, false, orelse);
    cg_stmts(c, &n->v.If.body);
    if (n->v.If.orelse.count) emit_jump(E, OP_JUMP_FORWARD, end);
    emit_bind(E, orelse);
    cg_stmts(c, &n->v.If.orelse);
    emit_bind(E, end);
}

static bool cg_is_true_const(const Node *n) {
    if (n->kind != NODE_Constant) return false;
    AstConstKind k = n->v.Constant.kind;
    if (k == AST_CONST_TRUE || k == AST_CONST_ELLIPSIS) return true;
    if (k == AST_CONST_INT) {
        const char *d = n->v.Constant.data;
        size_t i = (n->v.Constant.len > 1 && d[0] == '0' && strchr("xXoObB", d[1])) ? 2 : 0;
        for (; i < n->v.Constant.len; i++)
            if (d[i] != '0') return true;
        return false;
    }
    if (k == AST_CONST_STR || k == AST_CONST_BYTES) return n->v.Constant.len > 0;
    return false;
}

static void cg_while(Compiler *c, const Node *n) {
    int start = emit_label(E), orelse = emit_label(E), end = emit_label(E);
    emit_bind(E, start);
    if (!cg_is_true_const(n->v.While.test)) cg_jump_if(c, n->v.While.test, false, orelse);
    if (!cg_push_fb(c, n, FB_WHILE, start, end, NULL, E->cur_handler)) return;
    cg_stmts(c, &n->v.While.body);
    emit_jump(E, OP_JUMP_FORWARD, start);
    cg_pop_fb(c);
    emit_bind(E, orelse);
    cg_stmts(c, &n->v.While.orelse);
    emit_bind(E, end);
}

static void cg_for(Compiler *c, const Node *n) {
    int start = emit_label(E), cleanup = emit_label(E), end = emit_label(E);
    cg_iterable_operand(c, n->v.For.iter);
    op0(c, OP_GET_ITER);
    emit_bind(E, start);
    emit_jump(E, OP_FOR_ITER, cleanup);
    cg_store(c, n->v.For.target);
    if (!cg_push_fb(c, n, FB_FOR, start, end, NULL, E->cur_handler)) return;
    cg_stmts(c, &n->v.For.body);
    emit_jump(E, OP_JUMP_FORWARD, start);
    cg_pop_fb(c);
    emit_bind(E, cleanup);
    cg_stmts(c, &n->v.For.orelse);
    emit_bind(E, end);
}

static void cg_load_builtin_name(Compiler *c, const char *name) {
    op_name(c, c->u->scope->kind == SCOPE_FUNCTION ? OP_LOAD_GLOBAL : OP_LOAD_NAME, name);
}

static void cg_async_for(Compiler *c, const Node *n) {
    int start = emit_label(E), stop = emit_label(E), reraise = emit_label(E), end = emit_label(E);
    cg_expr(c, n->v.For.iter);
    op_name(c, OP_LOAD_METHOD, "__aiter__");
    op(c, OP_CALL, 0);
    emit_bind(E, start);
    emit_handler_push(E, stop, E->depth);
    op(c, OP_COPY, 1);
    op_name(c, OP_LOAD_METHOD, "__anext__");
    op(c, OP_CALL, 0);
    await_tos(c);
    emit_handler_pop(E);
    cg_store(c, n->v.For.target);
    if (!cg_push_fb(c, n, FB_ASYNC_FOR, start, end, NULL, E->cur_handler)) return;
    cg_stmts(c, &n->v.For.body);
    emit_jump(E, OP_JUMP_FORWARD, start);
    cg_pop_fb(c);
    emit_bind(E, stop);
    cg_load_builtin_name(c, "StopAsyncIteration");
    op0(c, OP_CHECK_EXC_MATCH);
    emit_jump(E, OP_POP_JUMP_IF_FALSE, reraise);
    op0(c, OP_POP_TOP);
    op0(c, OP_POP_TOP);
    cg_stmts(c, &n->v.For.orelse);
    emit_jump(E, OP_JUMP_FORWARD, end);
    emit_bind(E, reraise);
    op0(c, OP_RERAISE);
    emit_bind(E, end);
}

/* The cleanup handler of an except/finally body: restore the previously
 * handled exception and re-raise. Stack on entry: [prev, exc]. */
static void cg_handler_cleanup(Compiler *c, int label) {
    emit_bind(E, label);
    op(c, OP_COPY, 2);
    op0(c, OP_POP_EXCEPT);
    op0(c, OP_RERAISE);
}

static void cg_except_clause(Compiler *c, const Node *h, int32_t outer, int32_t cleanup_handler,
                             int end) {
    int next = emit_label(E);
    const Node *type = h->v.ExceptHandler.type;
    const char *name = h->v.ExceptHandler.name;
    E->pos = cg_span(h);
    if (type) {
        cg_expr(c, type);
        op0(c, OP_CHECK_EXC_MATCH);
        emit_jump(E, OP_POP_JUMP_IF_FALSE, next);
    }
    if (name) cg_name(c, name, CTX_STORE);
    else op0(c, OP_POP_TOP);
    int unbind = emit_label(E);
    if (name) emit_handler_push(E, unbind, E->depth);
    if (!cg_push_fb(c, h, FB_HANDLER_CLEANUP, -1, -1, name ? h : NULL, outer)) return;
    cg_stmts(c, &h->v.ExceptHandler.body);
    cg_pop_fb(c);
    E->cur_handler = outer;
    op0(c, OP_POP_EXCEPT);
    cg_unbind_handler_name(c, name ? h : NULL);
    emit_jump(E, OP_JUMP_FORWARD, end);
    E->cur_handler = cleanup_handler;
    if (name) {
        emit_bind(E, unbind);
        cg_unbind_handler_name(c, h);
        op0(c, OP_RERAISE);
    }
    emit_bind(E, next);
}

static void cg_try_except(Compiler *c, const Node *n) {
    int handler = emit_label(E), cleanup = emit_label(E), end = emit_label(E);
    int32_t outer = E->cur_handler;
    int depth = E->depth;
    emit_handler_push(E, handler, depth);
    if (!cg_push_fb(c, n, FB_TRY_EXCEPT, -1, -1, NULL, outer)) return;
    cg_stmts(c, &n->v.Try.body);
    cg_pop_fb(c);
    emit_handler_pop(E);
    cg_stmts(c, &n->v.Try.orelse);
    emit_jump(E, OP_JUMP_FORWARD, end);

    emit_bind(E, handler);
    op0(c, OP_PUSH_EXC_INFO);
    int32_t cleanup_handler = emit_handler_push(E, cleanup, depth + 1);
    const NodeList *hs = &n->v.Try.handlers;
    for (size_t i = 0; i < hs->count && cg_ok(c); i++) {
        const Node *h = hs->items[i];
        if (!h->v.ExceptHandler.type && i + 1 < hs->count) {
            cg_error(c, h, "default 'except:' must be last", NULL);
            return;
        }
        cg_except_clause(c, h, outer, cleanup_handler, end);
    }
    op0(c, OP_RERAISE);
    E->cur_handler = outer;
    cg_handler_cleanup(c, cleanup);
    emit_bind(E, end);
}

static void cg_try_finally(Compiler *c, const Node *n) {
    int handler = emit_label(E), cleanup = emit_label(E), end = emit_label(E);
    int32_t outer = E->cur_handler;
    int depth = E->depth;
    emit_handler_push(E, handler, depth);
    if (!cg_push_fb(c, n, FB_FINALLY_TRY, -1, -1, n, outer)) return;
    if (n->v.Try.handlers.count) cg_try_except(c, n);
    else cg_stmts(c, &n->v.Try.body);
    cg_pop_fb(c);
    emit_handler_pop(E);
    cg_stmts(c, &n->v.Try.finalbody);
    emit_jump(E, OP_JUMP_FORWARD, end);

    emit_bind(E, handler);
    op0(c, OP_PUSH_EXC_INFO);
    emit_handler_push(E, cleanup, depth + 1);
    if (!cg_push_fb(c, n, FB_FINALLY_END, -1, -1, NULL, outer)) return;
    cg_stmts(c, &n->v.Try.finalbody);
    cg_pop_fb(c);
    op0(c, OP_RERAISE);
    E->cur_handler = outer;
    cg_handler_cleanup(c, cleanup);
    emit_bind(E, end);
}

static void cg_try(Compiler *c, const Node *n) {
    if (n->v.Try.finalbody.count) cg_try_finally(c, n);
    else cg_try_except(c, n);
}

/* with item i of the statement, and the items after it nested inside. */
static void cg_with_item(Compiler *c, const Node *n, size_t i) {
    bool is_async = n->kind == NODE_AsyncWith;
    const Node *item = n->v.With.items.items[i];
    int handler = emit_label(E), cleanup = emit_label(E), suppress = emit_label(E),
        end = emit_label(E);
    int32_t outer = E->cur_handler;
    int depth = E->depth;
    cg_expr(c, item->v.withitem.context_expr);
    if (is_async) {
        op(c, OP_COPY, 1);
        op_name(c, OP_LOAD_ATTR, "__aexit__");
        op(c, OP_SWAP, 2);
        op_name(c, OP_LOAD_ATTR, "__aenter__");
        op0(c, OP_PUSH_NULL);
        op(c, OP_CALL, 0);
        await_tos(c);
    } else {
        op0(c, OP_BEFORE_WITH);
    }
    emit_handler_push(E, handler, depth + 1);
    if (item->v.withitem.optional_vars) cg_store(c, item->v.withitem.optional_vars);
    else op0(c, OP_POP_TOP);
    if (!cg_push_fb(c, n, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1, NULL, outer)) return;
    if (i + 1 < n->v.With.items.count) cg_with_item(c, n, i + 1);
    else cg_stmts(c, &n->v.With.body);
    cg_pop_fb(c);
    emit_handler_pop(E);
    E->pos = cg_span(n);
    cg_call_exit_none(c, is_async);
    emit_jump(E, OP_JUMP_FORWARD, end);

    emit_bind(E, handler);
    op0(c, OP_PUSH_EXC_INFO);
    emit_handler_push(E, cleanup, depth + 2);
    op0(c, OP_WITH_EXCEPT_START);
    if (is_async) await_tos(c);
    emit_jump(E, OP_POP_JUMP_IF_TRUE, suppress);
    op0(c, OP_RERAISE);
    emit_bind(E, suppress);
    op0(c, OP_POP_TOP);
    E->cur_handler = outer;
    op0(c, OP_POP_EXCEPT);
    op0(c, OP_POP_TOP);
    emit_jump(E, OP_JUMP_FORWARD, end);
    cg_handler_cleanup(c, cleanup);
    emit_bind(E, end);
}

static void cg_raise(Compiler *c, const Node *n) {
    uint32_t argc = 0;
    if (n->v.Raise.exc) {
        cg_expr(c, n->v.Raise.exc);
        argc = 1;
        if (n->v.Raise.cause) {
            cg_expr(c, n->v.Raise.cause);
            argc = 2;
        }
    }
    op(c, OP_RAISE_VARARGS, argc);
}

/* The comparison whose span CPython 3.11 leaves behind after compiling the
 * condition t (through `not`, `and`, `or`): the last one tested, or NULL. */
static const Node *cg_last_compare(const Node *t) {
    if (t->kind == NODE_Compare) return t;
    if (t->kind == NODE_UnaryOp && t->v.UnaryOp.op == AST_NOT) return cg_last_compare(t->v.UnaryOp.operand);
    if (t->kind != NODE_BoolOp) return NULL;
    const Node *last = NULL;
    for (size_t i = 0; i < t->v.BoolOp.values.count; i++) {
        const Node *found = cg_last_compare(t->v.BoolOp.values.items[i]);
        if (found) last = found;
    }
    return last;
}

/* The AssertionError is raised with the span of the condition's last
 * comparison (a traceback underlines `x == 2` in `assert x == 2, m`). */
static void cg_assert(Compiler *c, const Node *n) {
    int end = emit_label(E);
    cg_jump_if(c, n->v.Assert.test, true, end);
    const Node *cmp = cg_last_compare(n->v.Assert.test);
    if (cmp) E->pos = cg_span(cmp);
    op0(c, OP_LOAD_ASSERTION_ERROR);
    if (n->v.Assert.msg) {
        op0(c, OP_PUSH_NULL);
        cg_expr(c, n->v.Assert.msg);
        op(c, OP_CALL, 1);
    }
    op(c, OP_RAISE_VARARGS, 1);
    emit_bind(E, end);
}

static void cg_import(Compiler *c, const Node *n) {
    for (size_t i = 0; i < n->v.Import.names.count; i++) {
        const Node *a = n->v.Import.names.items[i];
        const char *name = a->v.alias.name;
        load_none(c);
        op_name(c, OP_IMPORT_NAME, name);
        if (!a->v.alias.asname) {
            const char *dot = strchr(name, '.');
            cg_name(c, dot ? arena_strndup(c->st->arena, name, (size_t)(dot - name)) : name, CTX_STORE);
            continue;
        }
        /* import a.b.c as d: walk from the top package down to c. */
        const char *p = strchr(name, '.');
        while (p) {
            const char *q = strchr(p + 1, '.');
            size_t len = q ? (size_t)(q - p - 1) : strlen(p + 1);
            op_name(c, OP_IMPORT_FROM, arena_strndup(c->st->arena, p + 1, len));
            op(c, OP_SWAP, 2);
            op0(c, OP_POP_TOP);
            p = q;
        }
        cg_name(c, a->v.alias.asname, CTX_STORE);
    }
}

static void cg_import_from(Compiler *c, const Node *n) {
    if (n->v.ImportFrom.level > 0) {
        cg_error(c, n, "relative imports are not supported by baton", NULL);
        return;
    }
    const char *mod = n->v.ImportFrom.module;
    if (strcmp(mod, "__future__") == 0) return;
    const NodeList *names = &n->v.ImportFrom.names;
    Value from = tuple_new(names->count);
    for (size_t i = 0; i < names->count; i++)
        TUPLE_SET(from, i, str_intern(str_from_cstr(names->items[i]->v.alias.name)));
    emit_load_const_steal(E, from);
    op_name(c, OP_IMPORT_NAME, mod);
    if (names->count == 1 && strcmp(names->items[0]->v.alias.name, "*") == 0) {
        op0(c, OP_IMPORT_STAR);
        return;
    }
    for (size_t i = 0; i < names->count; i++) {
        const Node *a = names->items[i];
        op_name(c, OP_IMPORT_FROM, a->v.alias.name);
        cg_name(c, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, CTX_STORE);
    }
    op0(c, OP_POP_TOP);
}

static void cg_class_body(Compiler *c, const Node *n, Scope *s) {
    const NodeList *body = &n->v.ClassDef.body;
    op_name(c, OP_LOAD_NAME, "__name__");
    op_name(c, OP_STORE_NAME, "__module__");
    load_cstr(c, s->qualname);
    op_name(c, OP_STORE_NAME, "__qualname__");
    size_t doclen = 0;
    const char *doc = cg_docstring(body, &doclen);
    size_t first = 0;
    if (doc) {
        cg_expr(c, body->items[0]->v.Expr.value);
        op_name(c, OP_STORE_NAME, "__doc__");
        first = 1;
    }
    cg_stmts_from(c, body, first);
    if (s->needs_class_cell) {
        op(c, OP_LOAD_CLOSURE, (uint32_t)cg_deref_index(s, "__class__"));
        op0(c, OP_RETURN_VALUE);
    } else {
        cg_return_none(c);
    }
}

static void cg_classdef(Compiler *c, const Node *n) {
    const NodeList *kws = &n->v.ClassDef.keywords;
    for (size_t i = 0; i < kws->count; i++) {
        const char *k = kws->items[i]->v.keyword.arg;
        if (k && strcmp(k, "metaclass") == 0) {
            cg_error(c, kws->items[i], "metaclasses are not supported by baton", NULL);
            return;
        }
    }
    Scope *child = symtable_child(c->u->scope, n);
    const NodeList *decos = &n->v.ClassDef.decorator_list;
    int line = decos->count ? decos->items[0]->lineno : n->lineno;
    cg_decorators(c, decos);
    op0(c, OP_LOAD_BUILD_CLASS);
    op0(c, OP_PUSH_NULL);
    Unit u;
    cg_unit_enter(c, &u, child, n->lineno);
    cg_class_body(c, n, child);
    Value code = cg_unit_exit(c, line);
    if (code == VAL_NULL) return;
    cg_make_function(c, child, code, 0);
    load_cstr(c, n->v.ClassDef.name);
    cg_call_args(c, 2, &n->v.ClassDef.bases, kws);
    cg_apply_decorators(c, decos);
    cg_name(c, n->v.ClassDef.name, CTX_STORE);
}

static void cg_assign(Compiler *c, const Node *n) {
    const NodeList *ts = &n->v.Assign.targets;
    cg_expr(c, n->v.Assign.value);
    for (size_t i = 0; i < ts->count; i++) {
        if (i + 1 < ts->count) op(c, OP_COPY, 1);
        cg_store(c, ts->items[i]);
    }
}

/* `x: T = v` assigns; `x: T` alone does nothing (annotations are not
 * evaluated), except that `a.b: T` / `a[i]: T` evaluate a (and i). */
static void cg_annassign(Compiler *c, const Node *n) {
    const Node *t = n->v.AnnAssign.target;
    if (n->v.AnnAssign.value) {
        cg_expr(c, n->v.AnnAssign.value);
        cg_store(c, t);
        return;
    }
    if (t->kind == NODE_Attribute) {
        cg_expr(c, t->v.Attribute.value);
        op0(c, OP_POP_TOP);
    } else if (t->kind == NODE_Subscript) {
        cg_expr(c, t->v.Subscript.value);
        op0(c, OP_POP_TOP);
        cg_expr(c, t->v.Subscript.slice);
        op0(c, OP_POP_TOP);
    }
}

static void cg_expr_stmt(Compiler *c, const Node *n) {
    const Node *v = n->v.Expr.value;
    bool interactive = c->mode == COMPILE_SINGLE && c->u->scope->kind == SCOPE_MODULE;
    if (interactive) {
        cg_expr(c, v);
        op0(c, OP_PRINT_EXPR);
        return;
    }
    if (v->kind == NODE_Constant) return;
    cg_expr(c, v);
    op0(c, OP_POP_TOP);
}

static void cg_stmt(Compiler *c, const Node *n) {
    E->pos = cg_span(n);
    switch (n->kind) {
    case NODE_FunctionDef: case NODE_AsyncFunctionDef: cg_funcdef(c, n); break;
    case NODE_ClassDef: cg_classdef(c, n); break;
    case NODE_Return: cg_return(c, n); break;
    case NODE_Delete:
        for (size_t i = 0; i < n->v.Delete.targets.count; i++) cg_delete(c, n->v.Delete.targets.items[i]);
        break;
    case NODE_Assign: cg_assign(c, n); break;
    case NODE_AugAssign: cg_augassign(c, n); break;
    case NODE_AnnAssign: cg_annassign(c, n); break;
    case NODE_For: cg_for(c, n); break;
    case NODE_AsyncFor: cg_async_for(c, n); break;
    case NODE_While: cg_while(c, n); break;
    case NODE_If: cg_if(c, n); break;
    case NODE_With: case NODE_AsyncWith: cg_with_item(c, n, 0); break;
    case NODE_Raise: cg_raise(c, n); break;
    case NODE_Try: cg_try(c, n); break;
    case NODE_Assert: cg_assert(c, n); break;
    case NODE_Import: cg_import(c, n); break;
    case NODE_ImportFrom: cg_import_from(c, n); break;
    case NODE_Expr: cg_expr_stmt(c, n); break;
    case NODE_Break: cg_break_continue(c, n, true); break;
    case NODE_Continue: cg_break_continue(c, n, false); break;
    case NODE_Global: case NODE_Nonlocal: case NODE_Pass: break;
    default: cg_error(c, n, "unexpected node in statement", NULL); break;
    }
}

static void cg_stmts_from(Compiler *c, const NodeList *l, size_t first) {
    for (size_t i = first; i < l->count && cg_ok(c); i++) cg_stmt(c, l->items[i]);
}

static void cg_stmts(Compiler *c, const NodeList *l) {
    cg_stmts_from(c, l, 0);
}

/* Module docstring: stored as __doc__ like a class's. */
static void cg_module_body(Compiler *c, const NodeList *body) {
    size_t doclen = 0;
    size_t first = 0;
    if (c->mode == COMPILE_EXEC && cg_docstring(body, &doclen)) {
        E->pos = cg_span(body->items[0]);
        cg_expr(c, body->items[0]->v.Expr.value);
        op_name(c, OP_STORE_NAME, "__doc__");
        first = 1;
    }
    cg_stmts_from(c, body, first);
    cg_return_none(c);
}

Value codegen_module(const Node *mod, SymTable *st, Value filename, CompileMode mode,
                     CodegenError *err) {
    Compiler c = { st, NULL, filename, mode, err, false };
    memset(err, 0, sizeof *err);
    Unit u;
    cg_unit_enter(&c, &u, st->top, 1);
    switch (mod->kind) {
    case NODE_Module: cg_module_body(&c, &mod->v.Module.body); break;
    case NODE_Interactive: cg_module_body(&c, &mod->v.Interactive.body); break;
    default:
        cg_expr(&c, mod->v.Expression.body);
        emit_op(&u.e, OP_RETURN_VALUE, 0);
        break;
    }
    Value code = cg_unit_exit(&c, 1);
    if (!cg_ok(&c)) {
        XDECREF(code);
        return VAL_NULL;
    }
    return code;
}
