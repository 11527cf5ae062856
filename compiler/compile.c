/* compile.c - the compiler's entry point: parse the source, build the
 * symbol table, generate the code objects, and turn any syntax error from
 * those three stages into a SyntaxError exception with its location. */
#include <string.h>

#include "compile.h"
#include "codegen.h"
#include "error.h"
#include "parser.h"
#include "str.h"
#include "symtable.h"

/* The source line lineno (1-based) including its newline, or VAL_NULL. */
static Value compile_line_text(const char *src, size_t len, int lineno) {
    if (lineno < 1) return VAL_NULL;
    size_t pos = 0;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(src + pos, '\n', len - pos);
        if (!nl) return VAL_NULL;
        pos = (size_t)(nl - src) + 1;
    }
    if (pos >= len) return VAL_NULL;
    const char *nl = memchr(src + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - src) + 1 : len;
    Value s = str_from_utf8(src + pos, end - pos);
    if (s == VAL_NULL) err_clear();
    return s;
}

/* with_text: CPython attaches the source line to parser errors, but to
 * symtable/compiler errors only when it can re-read the file by name (not
 * for "<string>" and the like). */
static void compile_raise(const SyntaxErr *e, const char *src, size_t len, const char *filename,
                          bool with_text) {
    Type *type = e->tab_error ? &exc_TabError
                 : e->indentation_error ? &exc_IndentationError : &exc_SyntaxError;
    Value fname = str_from_cstr(filename);
    Value text = with_text ? compile_line_text(src, len, e->lineno) : VAL_NULL;
    Value exc = exc_new_syntax_error(type, e->msg, fname, e->lineno, e->col, text,
                                     e->end_lineno, e->end_col);
    DECREF(fname);
    XDECREF(text);
    if (exc == VAL_NULL) return;
    err_set_obj(exc);
    DECREF(exc);
}

/* A symtable/codegen error: positions are 0-based byte columns, converted
 * to CPython's 1-based character offsets by the lexer's helper. */
static void compile_raise_at(const char *msg, int lineno, int col, int end_lineno, int end_col,
                             const char *src, size_t len, const char *filename) {
    SyntaxErr e;
    memset(&e, 0, sizeof e);
    lexer_set_error(&e, src, len, lineno, col, end_lineno, end_col, "%s", msg);
    compile_raise(&e, src, len, filename, filename[0] != '<');
}

static ParseMode compile_parse_mode(CompileMode mode) {
    switch (mode) {
    case COMPILE_EVAL: return PARSE_EVAL;
    case COMPILE_SINGLE: return PARSE_SINGLE;
    default: return PARSE_FILE;
    }
}

static Value compile_run(const char *src, size_t len, const char *filename, CompileMode mode,
                         bool *incomplete) {
    Arena *arena = arena_new();
    Node *mod = NULL;
    SyntaxErr perr;
    memset(&perr, 0, sizeof perr);
    if (parse_source(src, len, compile_parse_mode(mode), arena, &mod, &perr) < 0) {
        if (incomplete && perr.incomplete) *incomplete = true;
        else compile_raise(&perr, src, len, filename, true);
        arena_free(arena);
        return VAL_NULL;
    }
    Value code = VAL_NULL;
    SymTable st;
    if (!symtable_build(&st, mod)) {
        SymError *e = &st.err;
        compile_raise_at(e->msg, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                         src, len, filename);
    } else {
        CodegenError cerr;
        Value fname = str_from_cstr(filename);
        code = codegen_module(mod, &st, fname, mode, &cerr);
        DECREF(fname);
        if (code == VAL_NULL && cerr.msg)
            compile_raise_at(cerr.msg, cerr.lineno, cerr.col_offset, cerr.end_lineno,
                             cerr.end_col_offset, src, len, filename);
    }
    symtable_free(&st);
    arena_free(arena);
    return code;
}

Value compile_source(const char *src, size_t len, const char *filename, CompileMode mode) {
    return compile_run(src, len, filename, mode, NULL);
}

Value compile_interactive(const char *src, size_t len, const char *filename, bool *incomplete) {
    *incomplete = false;
    return compile_run(src, len, filename, COMPILE_SINGLE, incomplete);
}

static bool compile_is_blank(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\f';
}

/* The operator of a BinOp: the first non-blank text between the operands
 * that is not a closing parenthesis, one or two characters long. */
static bool compile_binop_anchors(const char *seg, const Node *e, int *left, int *right) {
    int from = e->v.BinOp.left->end_col_offset, to = e->v.BinOp.right->col_offset;
    for (int i = from; i < to; i++) {
        if (compile_is_blank(seg[i])) continue;
        *left = i;
        *right = i + 1;
        if (i + 1 < to && !compile_is_blank(seg[i + 1])) ++*right;
        if (i + 1 < to && seg[i] == ')') continue;
        return true;
    }
    return false;
}

/* The brackets of a Subscript: from its '[' through its ']'. */
static bool compile_subscript_anchors(const char *seg, size_t len, const Node *e, int *left, int *right) {
    size_t l = (size_t)e->v.Subscript.value->end_col_offset;
    size_t r = (size_t)e->v.Subscript.slice->end_col_offset + 1;
    while (l < len && seg[l] != '[') l++;
    while (r < len && seg[r] != ']') r++;
    if (r < len) r++;
    *left = (int)l;
    *right = (int)r;
    return true;
}

bool compile_caret_anchors(const char *seg, size_t len, int *left, int *right) {
    Arena *arena = arena_new();
    Node *mod = NULL;
    SyntaxErr perr;
    memset(&perr, 0, sizeof perr);
    bool found = false;
    if (parse_source(seg, len, PARSE_FILE, arena, &mod, &perr) == 0 && mod->kind == NODE_Module &&
        mod->v.Module.body.count == 1 && mod->v.Module.body.items[0]->kind == NODE_Expr) {
        const Node *e = mod->v.Module.body.items[0]->v.Expr.value;
        if (e->kind == NODE_BinOp) found = compile_binop_anchors(seg, e, left, right);
        else if (e->kind == NODE_Subscript) found = compile_subscript_anchors(seg, len, e, left, right);
    }
    arena_free(arena);
    return found;
}
