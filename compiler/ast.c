/* ast.c - the AST arena, node construction and ast_dump().
 *
 * The arena is a chain of large blocks; nodes, lists and strings are carved
 * out of them and never freed one by one. ast_dump() prints a node in the
 * format of Python's ast.dump() (fields in Python's order, None-valued
 * optional fields left out, constants printed as Python's repr), so tests
 * can compare against CPython's output directly.
 */
#include "ast.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena ---- */

/* Blocks grow from ARENA_FIRST_BLOCK to ARENA_MAX_BLOCK bytes, doubling: a
 * one-line program (`-c`, a REPL line) touches one small block, a big module
 * gets big blocks and few mallocs. */
#define ARENA_FIRST_BLOCK 4000
#define ARENA_MAX_BLOCK 65536

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, size;
    max_align_t data[];
} ArenaBlock;

struct Arena {
    ArenaBlock *head;
    size_t next_block; /* capacity of the next block to allocate */
};

static void *arena_xmalloc(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fputs("baton: out of memory in the parser arena\n", stderr);
        abort();
    }
    return p;
}

Arena *arena_new(void) {
    Arena *a = arena_xmalloc(sizeof *a);
    a->head = NULL;
    a->next_block = ARENA_FIRST_BLOCK;
    return a;
}

void arena_free(Arena *a) {
    if (!a)
        return;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t cap = size > a->next_block ? size : a->next_block;
        if (a->next_block < ARENA_MAX_BLOCK) a->next_block *= 2;
        b = arena_xmalloc(sizeof *b + cap);
        b->size = cap;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    char *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

/* ---- nodes ---- */

Node *ast_node_new(Arena *a, NodeKind kind, int lineno, int col, int end_lineno, int end_col) {
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = kind;
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
}

static const char *const ast_kind_names[NODE_KIND_COUNT] = {
    "Module", "Interactive", "Expression",
    "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return",
    "Delete", "Assign", "AugAssign", "AnnAssign",
    "For", "AsyncFor", "While", "If", "With", "AsyncWith",
    "Raise", "Try", "Assert", "Import", "ImportFrom",
    "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
    "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda",
    "IfExp", "Dict", "Set", "ListComp", "SetComp",
    "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
    "Compare", "Call", "FormattedValue", "JoinedStr",
    "Constant", "Attribute", "Subscript", "Starred", "Name",
    "List", "Tuple", "Slice",
    "arguments", "arg", "keyword", "alias", "withitem",
    "ExceptHandler", "comprehension",
};

const char *ast_kind_name(NodeKind kind) {
    return kind < NODE_KIND_COUNT ? ast_kind_names[kind] : "?";
}

/* ---- constant reprs ---- */

/* Decimal digits of an integer literal ("0x1F", "0o7", "0b1", "12") written
 * to out: arbitrary size, by repeated multiply-add in base 10^9. */
static void ast_print_int(const char *text, size_t len, FILE *out) {
    int base = 10;
    const char *p = text, *end = text + len;
    if (len > 1 && p[0] == '0' && strchr("xXoObB", p[1])) {
        char r = (char)(p[1] | 0x20);
        base = r == 'x' ? 16 : r == 'o' ? 8 : 2;
        p += 2;
    }
    size_t cap = len + 1, n = 0;
    uint32_t *limbs = calloc(cap, sizeof *limbs); /* little-endian base 10^9 */
    if (!limbs)
        abort();
    for (; p < end; p++) {
        int d = *p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t i = 0; i < n; i++) {
            uint64_t v = (uint64_t)limbs[i] * (uint64_t)base + carry;
            limbs[i] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limbs[n++] = (uint32_t)carry;
    }
    if (n == 0) {
        fputc('0', out);
    } else {
        fprintf(out, "%u", limbs[n - 1]);
        for (size_t i = n - 1; i-- > 0;)
            fprintf(out, "%09u", limbs[i]);
    }
    free(limbs);
}

/* Python's repr() of a float: the shortest digits that round-trip, shown
 * positionally for exponents in [-4, 16) and in scientific form otherwise. */
static void ast_print_float(double d, FILE *out) {
    if (isinf(d)) {
        fputs(d > 0 ? "inf" : "-inf", out);
        return;
    }
    char buf[64];
    for (int prec = 0; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    char digits[32];
    int nd = 0;
    char *e = strchr(buf, 'e');
    for (char *q = buf; q < e; q++)
        if (*q >= '0' && *q <= '9')
            digits[nd++] = *q;
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    int exp = atoi(e + 1);
    if (signbit(d))
        fputc('-', out);
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            fputs("0.", out);
            for (int i = -1; i > exp; i--)
                fputc('0', out);
            fwrite(digits, 1, (size_t)nd, out);
        } else {
            for (int i = 0; i <= exp; i++)
                fputc(i < nd ? digits[i] : '0', out);
            fputc('.', out);
            if (nd > exp + 1)
                fwrite(digits + exp + 1, 1, (size_t)(nd - exp - 1), out);
            else
                fputc('0', out);
        }
        return;
    }
    fputc(digits[0], out);
    if (nd > 1) {
        fputc('.', out);
        fwrite(digits + 1, 1, (size_t)(nd - 1), out);
    }
    fprintf(out, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* Code points Python's str.isprintable() rejects (approximately). */
static bool ast_unprintable(uint32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 ||
           c == 0xFEFF || (c >= 0xD800 && c <= 0xF8FF) || (c >= 0xE0000 && c <= 0xE0FFF) ||
           c >= 0xF0000;
}

static uint32_t ast_utf8_next(const unsigned char **pp, const unsigned char *end) {
    const unsigned char *p = *pp;
    uint32_t c = *p++;
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    c &= more == 3 ? 0x07 : more == 2 ? 0x0F : more == 1 ? 0x1F : 0xFF;
    while (more-- > 0 && p < end)
        c = (c << 6) | (*p++ & 0x3F);
    *pp = p;
    return c;
}

/* Python's repr() of a str (UTF-8 data) or, with is_bytes, of bytes. */
static void ast_print_str(const char *data, size_t len, bool is_bytes, FILE *out) {
    const unsigned char *p = (const unsigned char *)data, *end = p + len;
    bool has_sq = memchr(data, '\'', len) != NULL, has_dq = memchr(data, '"', len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    if (is_bytes)
        fputc('b', out);
    fputc(q, out);
    while (p < end) {
        const unsigned char *start = p;
        uint32_t c = is_bytes ? *p++ : ast_utf8_next(&p, end);
        if (c == (uint32_t)q || c == '\\')
            fprintf(out, "\\%c", (char)c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (is_bytes ? (c < 0x20 || c >= 0x7F) : ast_unprintable(c))
            fprintf(out, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
        else
            fwrite(start, 1, (size_t)(p - start), out);
    }
    fputc(q, out);
}

static void ast_print_constant(const Node *n, FILE *out) {
    switch (n->v.Constant.kind) {
    case AST_CONST_NONE: fputs("None", out); break;
    case AST_CONST_TRUE: fputs("True", out); break;
    case AST_CONST_FALSE: fputs("False", out); break;
    case AST_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case AST_CONST_INT: ast_print_int(n->v.Constant.data, n->v.Constant.len, out); break;
    case AST_CONST_FLOAT: ast_print_float(strtod(n->v.Constant.data, NULL), out); break;
    case AST_CONST_STR:
    case AST_CONST_BYTES:
        ast_print_str(n->v.Constant.data, n->v.Constant.len, n->v.Constant.kind == AST_CONST_BYTES,
                      out);
        break;
    }
}

/* ---- the dumper ---- */

typedef struct {
    FILE *out;
    bool first; /* no field printed yet in the current node */
} Dumper;

static void dump_node(Dumper *d, const Node *n);

static void dump_sep(Dumper *d, const char *field) {
    if (!d->first)
        fputs(", ", d->out);
    d->first = false;
    fprintf(d->out, "%s=", field);
}

/* A child node; NULL (an absent optional child) prints nothing. */
static void dump_child(Dumper *d, const char *field, const Node *n) {
    if (!n)
        return;
    dump_sep(d, field);
    dump_node(d, n);
}

/* A list of nodes; a NULL item prints as None (Dict keys, kw_defaults). */
static void dump_list(Dumper *d, const char *field, NodeList l) {
    dump_sep(d, field);
    fputc('[', d->out);
    for (size_t i = 0; i < l.count; i++) {
        if (i)
            fputs(", ", d->out);
        if (l.items[i])
            dump_node(d, l.items[i]);
        else
            fputs("None", d->out);
    }
    fputc(']', d->out);
}

static void dump_ident(Dumper *d, const char *field, const char *s) {
    if (!s)
        return;
    dump_sep(d, field);
    ast_print_str(s, strlen(s), false, d->out);
}

static void dump_idents(Dumper *d, const char *field, IdentList l) {
    dump_sep(d, field);
    fputc('[', d->out);
    for (size_t i = 0; i < l.count; i++) {
        if (i)
            fputs(", ", d->out);
        ast_print_str(l.items[i], strlen(l.items[i]), false, d->out);
    }
    fputc(']', d->out);
}

static void dump_int(Dumper *d, const char *field, int v) {
    dump_sep(d, field);
    fprintf(d->out, "%d", v);
}

static void dump_raw(Dumper *d, const char *field, const char *text) {
    dump_sep(d, field);
    fprintf(d->out, "%s()", text);
}

static const char *const ast_binop_names[] = {
    "Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow",
    "LShift", "RShift", "BitAnd", "BitOr", "BitXor", "MatMult",
};
static const char *const ast_unop_names[] = {"USub", "UAdd", "Invert", "Not"};
static const char *const ast_cmpop_names[] = {
    "Lt", "LtE", "Eq", "NotEq", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};
static const char *const ast_ctx_names[] = {"Load", "Store", "Del"};

static void dump_ctx(Dumper *d, ExprContext ctx) { dump_raw(d, "ctx", ast_ctx_names[ctx]); }

static void dump_stmt(Dumper *d, const Node *n) {
    switch (n->kind) {
    case NODE_FunctionDef:
    case NODE_AsyncFunctionDef:
        dump_ident(d, "name", n->v.FunctionDef.name);
        dump_child(d, "args", n->v.FunctionDef.args);
        dump_list(d, "body", n->v.FunctionDef.body);
        dump_list(d, "decorator_list", n->v.FunctionDef.decorator_list);
        dump_child(d, "returns", n->v.FunctionDef.returns);
        break;
    case NODE_ClassDef:
        dump_ident(d, "name", n->v.ClassDef.name);
        dump_list(d, "bases", n->v.ClassDef.bases);
        dump_list(d, "keywords", n->v.ClassDef.keywords);
        dump_list(d, "body", n->v.ClassDef.body);
        dump_list(d, "decorator_list", n->v.ClassDef.decorator_list);
        break;
    case NODE_Return: dump_child(d, "value", n->v.Return.value); break;
    case NODE_Delete: dump_list(d, "targets", n->v.Delete.targets); break;
    case NODE_Assign:
        dump_list(d, "targets", n->v.Assign.targets);
        dump_child(d, "value", n->v.Assign.value);
        break;
    case NODE_AugAssign:
        dump_child(d, "target", n->v.AugAssign.target);
        dump_raw(d, "op", ast_binop_names[n->v.AugAssign.op]);
        dump_child(d, "value", n->v.AugAssign.value);
        break;
    case NODE_AnnAssign:
        dump_child(d, "target", n->v.AnnAssign.target);
        dump_child(d, "annotation", n->v.AnnAssign.annotation);
        dump_child(d, "value", n->v.AnnAssign.value);
        dump_int(d, "simple", n->v.AnnAssign.simple);
        break;
    case NODE_For:
    case NODE_AsyncFor:
        dump_child(d, "target", n->v.For.target);
        dump_child(d, "iter", n->v.For.iter);
        dump_list(d, "body", n->v.For.body);
        dump_list(d, "orelse", n->v.For.orelse);
        break;
    case NODE_While:
    case NODE_If:
        dump_child(d, "test", n->v.If.test);
        dump_list(d, "body", n->v.If.body);
        dump_list(d, "orelse", n->v.If.orelse);
        break;
    case NODE_With:
    case NODE_AsyncWith:
        dump_list(d, "items", n->v.With.items);
        dump_list(d, "body", n->v.With.body);
        break;
    case NODE_Raise:
        dump_child(d, "exc", n->v.Raise.exc);
        dump_child(d, "cause", n->v.Raise.cause);
        break;
    case NODE_Try:
        dump_list(d, "body", n->v.Try.body);
        dump_list(d, "handlers", n->v.Try.handlers);
        dump_list(d, "orelse", n->v.Try.orelse);
        dump_list(d, "finalbody", n->v.Try.finalbody);
        break;
    case NODE_Assert:
        dump_child(d, "test", n->v.Assert.test);
        dump_child(d, "msg", n->v.Assert.msg);
        break;
    case NODE_Import: dump_list(d, "names", n->v.Import.names); break;
    case NODE_ImportFrom:
        dump_ident(d, "module", n->v.ImportFrom.module);
        dump_list(d, "names", n->v.ImportFrom.names);
        dump_int(d, "level", n->v.ImportFrom.level);
        break;
    case NODE_Global: dump_idents(d, "names", n->v.Global.names); break;
    case NODE_Nonlocal: dump_idents(d, "names", n->v.Nonlocal.names); break;
    case NODE_Expr: dump_child(d, "value", n->v.Expr.value); break;
    default: break;
    }
}

static void dump_comp(Dumper *d, const Node *elt, NodeList gens) {
    dump_child(d, "elt", elt);
    dump_list(d, "generators", gens);
}

static void dump_expr(Dumper *d, const Node *n) {
    switch (n->kind) {
    case NODE_BoolOp:
        dump_raw(d, "op", n->v.BoolOp.op == AST_AND ? "And" : "Or");
        dump_list(d, "values", n->v.BoolOp.values);
        break;
    case NODE_NamedExpr:
        dump_child(d, "target", n->v.NamedExpr.target);
        dump_child(d, "value", n->v.NamedExpr.value);
        break;
    case NODE_BinOp:
        dump_child(d, "left", n->v.BinOp.left);
        dump_raw(d, "op", ast_binop_names[n->v.BinOp.op]);
        dump_child(d, "right", n->v.BinOp.right);
        break;
    case NODE_UnaryOp:
        dump_raw(d, "op", ast_unop_names[n->v.UnaryOp.op]);
        dump_child(d, "operand", n->v.UnaryOp.operand);
        break;
    case NODE_Lambda:
        dump_child(d, "args", n->v.Lambda.args);
        dump_child(d, "body", n->v.Lambda.body);
        break;
    case NODE_IfExp:
        dump_child(d, "test", n->v.IfExp.test);
        dump_child(d, "body", n->v.IfExp.body);
        dump_child(d, "orelse", n->v.IfExp.orelse);
        break;
    case NODE_Dict:
        dump_list(d, "keys", n->v.Dict.keys);
        dump_list(d, "values", n->v.Dict.values);
        break;
    case NODE_Set: dump_list(d, "elts", n->v.Set.elts); break;
    case NODE_ListComp: dump_comp(d, n->v.ListComp.elt, n->v.ListComp.generators); break;
    case NODE_SetComp: dump_comp(d, n->v.SetComp.elt, n->v.SetComp.generators); break;
    case NODE_GeneratorExp:
        dump_comp(d, n->v.GeneratorExp.elt, n->v.GeneratorExp.generators);
        break;
    case NODE_DictComp:
        dump_child(d, "key", n->v.DictComp.key);
        dump_child(d, "value", n->v.DictComp.value);
        dump_list(d, "generators", n->v.DictComp.generators);
        break;
    case NODE_Await: dump_child(d, "value", n->v.Await.value); break;
    case NODE_Yield: dump_child(d, "value", n->v.Yield.value); break;
    case NODE_YieldFrom: dump_child(d, "value", n->v.YieldFrom.value); break;
    case NODE_Compare:
        dump_child(d, "left", n->v.Compare.left);
        dump_sep(d, "ops");
        fputc('[', d->out);
        for (size_t i = 0; i < n->v.Compare.comparators.count; i++)
            fprintf(d->out, "%s%s()", i ? ", " : "", ast_cmpop_names[n->v.Compare.ops[i]]);
        fputc(']', d->out);
        dump_list(d, "comparators", n->v.Compare.comparators);
        break;
    case NODE_Call:
        dump_child(d, "func", n->v.Call.func);
        dump_list(d, "args", n->v.Call.args);
        dump_list(d, "keywords", n->v.Call.keywords);
        break;
    case NODE_FormattedValue:
        dump_child(d, "value", n->v.FormattedValue.value);
        dump_int(d, "conversion", n->v.FormattedValue.conversion);
        dump_child(d, "format_spec", n->v.FormattedValue.format_spec);
        break;
    case NODE_JoinedStr: dump_list(d, "values", n->v.JoinedStr.values); break;
    case NODE_Constant:
        dump_sep(d, "value");
        ast_print_constant(n, d->out);
        if (n->v.Constant.u_prefix)
            dump_ident(d, "kind", "u");
        break;
    case NODE_Attribute:
        dump_child(d, "value", n->v.Attribute.value);
        dump_ident(d, "attr", n->v.Attribute.attr);
        dump_ctx(d, n->v.Attribute.ctx);
        break;
    case NODE_Subscript:
        dump_child(d, "value", n->v.Subscript.value);
        dump_child(d, "slice", n->v.Subscript.slice);
        dump_ctx(d, n->v.Subscript.ctx);
        break;
    case NODE_Starred:
        dump_child(d, "value", n->v.Starred.value);
        dump_ctx(d, n->v.Starred.ctx);
        break;
    case NODE_Name:
        dump_ident(d, "id", n->v.Name.id);
        dump_ctx(d, n->v.Name.ctx);
        break;
    case NODE_List:
    case NODE_Tuple:
        dump_list(d, "elts", n->v.List.elts);
        dump_ctx(d, n->v.List.ctx);
        break;
    case NODE_Slice:
        dump_child(d, "lower", n->v.Slice.lower);
        dump_child(d, "upper", n->v.Slice.upper);
        dump_child(d, "step", n->v.Slice.step);
        break;
    default: break;
    }
}

static void dump_helper(Dumper *d, const Node *n) {
    switch (n->kind) {
    case NODE_arguments:
        dump_list(d, "posonlyargs", n->v.arguments.posonlyargs);
        dump_list(d, "args", n->v.arguments.args);
        dump_child(d, "vararg", n->v.arguments.vararg);
        dump_list(d, "kwonlyargs", n->v.arguments.kwonlyargs);
        dump_list(d, "kw_defaults", n->v.arguments.kw_defaults);
        dump_child(d, "kwarg", n->v.arguments.kwarg);
        dump_list(d, "defaults", n->v.arguments.defaults);
        break;
    case NODE_arg:
        dump_ident(d, "arg", n->v.arg.arg);
        dump_child(d, "annotation", n->v.arg.annotation);
        break;
    case NODE_keyword:
        dump_ident(d, "arg", n->v.keyword.arg);
        dump_child(d, "value", n->v.keyword.value);
        break;
    case NODE_alias:
        dump_ident(d, "name", n->v.alias.name);
        dump_ident(d, "asname", n->v.alias.asname);
        break;
    case NODE_withitem:
        dump_child(d, "context_expr", n->v.withitem.context_expr);
        dump_child(d, "optional_vars", n->v.withitem.optional_vars);
        break;
    case NODE_ExceptHandler:
        dump_child(d, "type", n->v.ExceptHandler.type);
        dump_ident(d, "name", n->v.ExceptHandler.name);
        dump_list(d, "body", n->v.ExceptHandler.body);
        break;
    case NODE_comprehension:
        dump_child(d, "target", n->v.comprehension.target);
        dump_child(d, "iter", n->v.comprehension.iter);
        dump_list(d, "ifs", n->v.comprehension.ifs);
        dump_int(d, "is_async", n->v.comprehension.is_async);
        break;
    default: break;
    }
}

static void dump_node(Dumper *d, const Node *n) {
    fprintf(d->out, "%s(", ast_kind_name(n->kind));
    bool outer_first = d->first;
    d->first = true;
    switch (n->kind) {
    case NODE_Module:
        dump_list(d, "body", n->v.Module.body);
        dump_sep(d, "type_ignores");
        fputs("[]", d->out);
        break;
    case NODE_Interactive: dump_list(d, "body", n->v.Interactive.body); break;
    case NODE_Expression: dump_child(d, "body", n->v.Expression.body); break;
    default:
        if (n->kind <= NODE_Continue)
            dump_stmt(d, n);
        else if (n->kind <= NODE_Slice)
            dump_expr(d, n);
        else
            dump_helper(d, n);
    }
    fputc(')', d->out);
    d->first = outer_first;
}

void ast_dump(const Node *n, FILE *out) {
    Dumper d = {out, true};
    dump_node(&d, n);
}

char *ast_dump_str(const Node *n) {
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    if (!f)
        abort();
    ast_dump(n, f);
    fclose(f);
    return buf;
}
