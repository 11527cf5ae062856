/* parser.c - recursive-descent parser: tokens -> AST.
 *
 * Tokens are pulled from the lexer on demand into a growing array, so the
 * parser can look ahead any distance (needed for the soft keyword `match`
 * and the parenthesised `with` form) without backtracking over errors.
 * Binary operators are parsed by precedence climbing; every other rule is a
 * function named after CPython's grammar rule.
 *
 * Error handling: the first error wins. After it (p->failed), every rule
 * returns NULL promptly and the token stream yields only ENDMARKER, so
 * every loop ends. C recursion is bounded: expression nesting is capped at
 * PARSER_MAX_DEPTH ("too many nested parentheses") and block nesting at
 * PARSER_MAX_BLOCKS ("too many statically nested blocks"); f-strings nest
 * at most two levels deep in their format specs.
 */
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PARSER_MAX_DEPTH 200
#define PARSER_MAX_BLOCKS 100
#define PARSER_MAX_HEIGHT 1000

typedef struct {
    Lexer lx;
    const char *src;        /* the text being tokenized */
    size_t len;
    Arena *arena;
    SyntaxErr *err;
    Token *toks;            /* tokens read so far (malloc'ed) */
    size_t ntoks, cap, pos;
    bool failed;            /* an error has been reported */
    bool lex_done;          /* the lexer produced ENDMARKER or failed */
    int depth;              /* expression nesting */
    int height;             /* expression tree height, counting chains */
    int blocks;             /* block nesting */
    int last_line, last_col; /* end of the last consumed token */
    bool in_fstring;        /* a sub-parser for an f-string expression */
} Parser;

typedef struct {
    Node **items;
    size_t n, cap;
} Vec;

/* ---- small utilities ---- */

static void vec_push(Parser *p, Vec *v, Node *x) {
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        Node **items = arena_alloc(p->arena, cap * sizeof *items);
        if (v->n)
            memcpy(items, v->items, v->n * sizeof *items);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = x;
}

static NodeList vec_list(Vec *v) { return (NodeList){v->items, v->n}; }

/* ---- tokens ---- */

/* Make sure token i exists. After the lexer has failed (or ended), the
 * array's last token (ENDMARKER) stands for everything beyond. */
static Token tok_at(Parser *p, size_t i) {
    while (p->ntoks <= i && !p->lex_done) {
        if (p->ntoks == p->cap) {
            p->cap = p->cap ? p->cap * 2 : 64;
            p->toks = realloc(p->toks, p->cap * sizeof *p->toks);
            if (!p->toks) {
                fputs("baton: out of memory in the parser\n", stderr);
                abort();
            }
        }
        Token *t = &p->toks[p->ntoks];
        if (lexer_next(&p->lx, t) < 0) {
            p->failed = true;
            *t = p->ntoks ? p->toks[p->ntoks - 1] : (Token){.lineno = 1};
            t->kind = TOK_ENDMARKER;
            t->len = 0;
        }
        if (t->kind == TOK_ENDMARKER)
            p->lex_done = true;
        p->ntoks++;
    }
    return p->toks[i < p->ntoks ? i : p->ntoks - 1];
}

static Token cur(Parser *p) { return tok_at(p, p->pos); }
static TokKind kind(Parser *p) { return p->failed ? TOK_ENDMARKER : tok_at(p, p->pos).kind; }
static TokKind kind_at(Parser *p, size_t k) { return tok_at(p, p->pos + k).kind; }

static Token advance(Parser *p) {
    Token t = cur(p);
    if (t.kind != TOK_ENDMARKER)
        p->pos++;
    if (t.kind != TOK_NEWLINE && t.kind != TOK_INDENT && t.kind != TOK_DEDENT) {
        p->last_line = t.end_lineno;
        p->last_col = t.end_col;
    }
    return t;
}

static bool accept(Parser *p, TokKind k) {
    if (kind(p) != k)
        return false;
    advance(p);
    return true;
}

static bool tok_is_name(Parser *p, size_t k, const char *name) {
    Token t = tok_at(p, p->pos + k);
    return t.kind == TOK_NAME && t.len == strlen(name) && memcmp(t.start, name, t.len) == 0;
}

/* ---- errors ---- */

/* Report an error over a byte range (0-based columns); returns NULL so
 * rules can `return perr(...)`. Only the first error is kept. */
static void *perr_range(Parser *p, int line, int col, int end_line, int end_col, const char *fmt,
                        ...) __attribute__((format(printf, 6, 7)));
static void *perr_range(Parser *p, int line, int col, int end_line, int end_col, const char *fmt,
                        ...) {
    if (p->failed)
        return NULL;
    p->failed = true;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lexer_set_error(p->err, p->src, p->len, line, col, end_line, end_col, "%s", msg);
    if (p->in_fstring) {
        p->err->col = col + 1;
        p->err->end_col = end_col + 1;
    }
    return NULL;
}

static void *perr_node(Parser *p, const Node *n, const char *fmt, const char *arg) {
    return perr_range(p, n->lineno, n->col_offset, n->end_lineno, n->end_col_offset, fmt, arg);
}

/* Length in bytes of line `line` (1-based) of the source. */
static int line_length(Parser *p, int line) {
    const char *s = p->src, *end = p->src + p->len;
    for (int l = 1; l < line && s < end; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    const char *e = s;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    return (int)(e - s);
}

/* An error at token t; a layout token or the end gets an empty range,
 * and the end of input marks the error as "incomplete". */
static void *perr_tok(Parser *p, Token t, const char *msg) {
    bool empty = t.kind == TOK_NEWLINE || t.kind == TOK_ENDMARKER || t.kind == TOK_DEDENT ||
                 t.kind == TOK_INDENT;
    bool at_end = t.kind == TOK_ENDMARKER || (empty && t.len == 0);
    if (p->failed)
        return NULL;
    if (at_end && t.col == 0 && t.lineno > 1 && !p->in_fstring) {
        /* at the end of input, CPython points after the last line */
        int line = t.lineno - 1;
        perr_range(p, line, line_length(p, line), line, 0, "%s", msg);
        p->err->end_col = -1;
    } else {
        perr_range(p, t.lineno, t.col, t.end_lineno, empty ? t.col : t.end_col, "%s", msg);
    }
    p->err->incomplete = at_end;
    return NULL;
}

/* An error reported, as CPython does for string literals, at the end of
 * the token. */
static void *perr_tok_end(Parser *p, Token t, const char *msg) {
    return perr_range(p, t.end_lineno, t.end_col, t.end_lineno, t.end_col, "%s", msg);
}

static void *perr_syntax(Parser *p) { return perr_tok(p, cur(p), "invalid syntax"); }

static bool expect(Parser *p, TokKind k) {
    if (accept(p, k))
        return true;
    perr_syntax(p);
    return false;
}

/* A ':' after a statement header: "expected ':'" where CPython says so. */
static bool expect_colon(Parser *p, bool forced) {
    if (accept(p, TOK_COLON))
        return true;
    Token t = cur(p);
    if (forced || t.kind == TOK_NEWLINE)
        perr_range(p, t.lineno, t.col, t.lineno, t.col, "expected ':'");
    else
        perr_syntax(p);
    return false;
}

/* Enter one level of expression nesting (bounded C recursion). */
static bool grow(Parser *p, int n);

static bool enter(Parser *p) {
    p->height++;
    if (++p->depth > PARSER_MAX_DEPTH) {
        Token t = cur(p);
        perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col, "too many nested parentheses");
        return false;
    }
    return grow(p, 0);
}

static void leave(Parser *p) {
    p->depth--;
    p->height--;
}

/* Account for n more levels of tree height (a link of an operator or
 * trailer chain, which the parser builds in a loop but a compiler walks
 * recursively). Heights past PARSER_MAX_HEIGHT are an error. */
static bool grow(Parser *p, int n) {
    p->height += n;
    if (p->height > PARSER_MAX_HEIGHT) {
        Token t = cur(p);
        perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col, "expression nested too deeply");
        return false;
    }
    return true;
}

/* ---- node construction ---- */

/* A node from (line, col) to the end of the last consumed token. */
static Node *mk(Parser *p, NodeKind k, int line, int col) {
    return ast_node_new(p->arena, k, line, col, p->last_line, p->last_col);
}
static Node *mk_tok(Parser *p, NodeKind k, Token t) { return mk(p, k, t.lineno, t.col); }
static Node *mk_from(Parser *p, NodeKind k, const Node *first) {
    return mk(p, k, first->lineno, first->col_offset);
}

static const char *ident(Parser *p, Token t) { return arena_strndup(p->arena, t.start, t.len); }

static Node *mk_name(Parser *p, Token t, ExprContext ctx) {
    Node *n = ast_node_new(p->arena, NODE_Name, t.lineno, t.col, t.end_lineno, t.end_col);
    n->v.Name.id = ident(p, t);
    n->v.Name.ctx = ctx;
    return n;
}

/* ---- targets ---- */

/* What CPython calls an expression in "cannot assign to %s". */
static const char *expr_name(const Node *e) {
    switch (e->kind) {
    case NODE_Attribute: return "attribute";
    case NODE_Subscript: return "subscript";
    case NODE_Starred: return "starred";
    case NODE_Name: return "name";
    case NODE_List: return "list";
    case NODE_Tuple: return "tuple";
    case NODE_Lambda: return "lambda";
    case NODE_Call: return "function call";
    case NODE_BoolOp:
    case NODE_BinOp:
    case NODE_UnaryOp: return "expression";
    case NODE_GeneratorExp: return "generator expression";
    case NODE_Yield:
    case NODE_YieldFrom: return "yield expression";
    case NODE_Await: return "await expression";
    case NODE_ListComp: return "list comprehension";
    case NODE_SetComp: return "set comprehension";
    case NODE_DictComp: return "dict comprehension";
    case NODE_Dict: return "dict literal";
    case NODE_Set: return "set display";
    case NODE_JoinedStr:
    case NODE_FormattedValue: return "f-string expression";
    case NODE_Compare: return "comparison";
    case NODE_IfExp: return "conditional expression";
    case NODE_NamedExpr: return "named expression";
    case NODE_Constant:
        switch (e->v.Constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

typedef enum { TARGET_ASSIGN, TARGET_PLAIN, TARGET_DEL } TargetMode;

static bool set_ctx(Parser *p, Node *e, TargetMode mode, bool top);

static bool set_ctx_elts(Parser *p, Node *e, NodeList elts, TargetMode mode) {
    int stars = 0;
    for (size_t i = 0; i < elts.count; i++) {
        if (elts.items[i]->kind == NODE_Starred)
            stars++;
        if (!set_ctx(p, elts.items[i], mode, false))
            return false;
    }
    if (stars > 1 && mode != TARGET_DEL) {
        perr_node(p, e, "%s", "multiple starred expressions in assignment");
        return false;
    }
    return true;
}

/* Turn e into an assignment (or del) target: set its ctx, recursively,
 * or report CPython's "cannot assign to ..." error. */
static bool set_ctx(Parser *p, Node *e, TargetMode mode, bool top) {
    ExprContext ctx = mode == TARGET_DEL ? CTX_DEL : CTX_STORE;
    switch (e->kind) {
    case NODE_Name: e->v.Name.ctx = ctx; return true;
    case NODE_Attribute: e->v.Attribute.ctx = ctx; return true;
    case NODE_Subscript: e->v.Subscript.ctx = ctx; return true;
    case NODE_Starred:
        if (mode == TARGET_DEL)
            break;
        if (top) {
            perr_node(p, e, "%s", "starred assignment target must be in a list or tuple");
            return false;
        }
        e->v.Starred.ctx = ctx;
        return set_ctx(p, e->v.Starred.value, mode, false);
    case NODE_List:
    case NODE_Tuple:
        e->v.List.ctx = ctx;
        return set_ctx_elts(p, e, e->v.List.elts, mode);
    default: break;
    }
    const char *what = expr_name(e);
    if (mode == TARGET_DEL)
        perr_node(p, e, "cannot delete %s", what);
    else if (mode == TARGET_ASSIGN && top && e->kind != NODE_Constant)
        perr_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    else if (mode == TARGET_ASSIGN && top && e->v.Constant.kind != AST_CONST_NONE &&
             e->v.Constant.kind != AST_CONST_TRUE && e->v.Constant.kind != AST_CONST_FALSE)
        perr_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    else
        perr_node(p, e, "cannot assign to %s", what);
    return false;
}

/* ---- expressions ---- */

static Node *parse_expression(Parser *p);
static Node *parse_named_expression(Parser *p);
static Node *parse_star_expressions(Parser *p);
static Node *parse_disjunction(Parser *p);
static Node *parse_binary(Parser *p, int min_prec);
static Node *parse_yield(Parser *p);
static Node *parse_strings(Parser *p);
static Node *parse_arguments(Parser *p, bool is_lambda, TokKind end);

/* Can token kind k begin an expression? (For "Perhaps you forgot a comma?") */
static bool starts_expr(TokKind k) {
    switch (k) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB:
    case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_KW_NONE:
    case TOK_KW_TRUE: case TOK_KW_FALSE: case TOK_KW_LAMBDA: case TOK_KW_AWAIT:
    case TOK_ELLIPSIS: case TOK_KW_NOT:
        return true;
    default: return false;
    }
}

/* After element `first` of a bracketed sequence, neither ',' nor the
 * closing bracket follows: CPython's hint when another expression does. */
static void *perr_sequence(Parser *p, const Node *first) {
    Token t = cur(p);
    if (first && starts_expr(t.kind) && !p->failed) {
        size_t save = p->pos;
        Node *next = parse_expression(p);
        p->pos = save;
        if (next && !p->failed)
            return perr_range(p, first->lineno, first->col_offset, next->end_lineno,
                              next->end_col_offset, "invalid syntax. Perhaps you forgot a comma?");
    }
    return perr_syntax(p);
}

/* for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static Node *parse_star_targets(Parser *p);

static bool parse_comp_for(Parser *p, Vec *gens) {
    while (kind(p) == TOK_KW_FOR || (kind(p) == TOK_KW_ASYNC && kind_at(p, 1) == TOK_KW_FOR)) {
        Token start = cur(p);
        bool is_async = accept(p, TOK_KW_ASYNC);
        advance(p);
        Node *target = parse_star_targets(p);
        if (!target)
            return false;
        if (!set_ctx(p, target, TARGET_PLAIN, true) || !expect(p, TOK_KW_IN))
            return false;
        Node *it = parse_disjunction(p);
        if (!it)
            return false;
        Vec ifs = {0};
        while (accept(p, TOK_KW_IF)) {
            Node *c = parse_disjunction(p);
            if (!c)
                return false;
            vec_push(p, &ifs, c);
        }
        Node *g = mk_tok(p, NODE_comprehension, start);
        g->v.comprehension.target = target;
        g->v.comprehension.iter = it;
        g->v.comprehension.ifs = vec_list(&ifs);
        g->v.comprehension.is_async = is_async;
        vec_push(p, gens, g);
    }
    return !p->failed;
}

/* A comprehension node of kind k with element elt, from token start. */
static Node *parse_comprehension(Parser *p, NodeKind k, Token start, Node *elt, Node *value,
                                 TokKind close) {
    Vec gens = {0};
    if (!parse_comp_for(p, &gens))
        return NULL;
    if (kind(p) != close)
        return perr_syntax(p);
    advance(p);
    Node *n = mk_tok(p, k, start);
    if (k == NODE_DictComp) {
        n->v.DictComp.key = elt;
        n->v.DictComp.value = value;
        n->v.DictComp.generators = vec_list(&gens);
    } else {
        n->v.ListComp.elt = elt; /* ListComp, SetComp, GeneratorExp share a layout */
        n->v.ListComp.generators = vec_list(&gens);
    }
    return n;
}

/* '*' bitwise_or | plain: the starred forms shared by parse_star_named and
 * parse_star_expression, which differ only in the unstarred alternative. */
static Node *parse_starred_or(Parser *p, Node *(*plain)(Parser *)) {
    if (kind(p) != TOK_STAR)
        return plain(p);
    Token st = advance(p);
    Node *v = parse_binary(p, 1);
    if (!v)
        return NULL;
    Node *n = mk_tok(p, NODE_Starred, st);
    n->v.Starred.value = v;
    return n;
}

/* star_named_expression: '*' bitwise_or | named_expression */
static Node *parse_star_named(Parser *p) {
    return parse_starred_or(p, parse_named_expression);
}

/* The elements of a list/tuple/set display after the first, up to close. */
static bool parse_elements(Parser *p, Vec *elts, TokKind close) {
    Node *last = elts->n ? elts->items[elts->n - 1] : NULL;
    while (!p->failed) {
        if (kind(p) == close)
            return true;
        if (!accept(p, TOK_COMMA)) {
            perr_sequence(p, last);
            return false;
        }
        if (kind(p) == close)
            return true;
        last = parse_star_named(p);
        if (!last)
            return false;
        vec_push(p, elts, last);
    }
    return false;
}

/* '(' ... ')': empty tuple, yield, group, tuple or generator expression. */
static Node *parse_paren(Parser *p) {
    Token open = advance(p);
    if (accept(p, TOK_RPAR)) {
        Node *n = mk_tok(p, NODE_Tuple, open);
        n->v.Tuple.ctx = CTX_LOAD;
        return n;
    }
    if (kind(p) == TOK_KW_YIELD) {
        Node *y = parse_yield(p);
        if (y && !expect(p, TOK_RPAR))
            return NULL;
        return y;
    }
    Node *first = parse_star_named(p);
    if (!first)
        return NULL;
    if (kind(p) == TOK_KW_FOR || kind(p) == TOK_KW_ASYNC)
        return parse_comprehension(p, NODE_GeneratorExp, open, first, NULL, TOK_RPAR);
    if (accept(p, TOK_RPAR)) {
        if (first->kind == NODE_Starred)
            return perr_node(p, first, "%s", "cannot use starred expression here");
        return first;
    }
    Vec elts = {0};
    vec_push(p, &elts, first);
    if (kind(p) != TOK_COMMA)
        return perr_sequence(p, first);
    if (!parse_elements(p, &elts, TOK_RPAR))
        return NULL;
    advance(p);
    Node *n = mk_tok(p, NODE_Tuple, open);
    n->v.Tuple.elts = vec_list(&elts);
    n->v.Tuple.ctx = CTX_LOAD;
    return n;
}

static Node *parse_list(Parser *p) {
    Token open = advance(p);
    Vec elts = {0};
    if (kind(p) != TOK_RSQB) {
        Node *first = parse_star_named(p);
        if (!first)
            return NULL;
        if (kind(p) == TOK_KW_FOR || kind(p) == TOK_KW_ASYNC)
            return parse_comprehension(p, NODE_ListComp, open, first, NULL, TOK_RSQB);
        vec_push(p, &elts, first);
        if (!parse_elements(p, &elts, TOK_RSQB))
            return NULL;
    }
    advance(p);
    Node *n = mk_tok(p, NODE_List, open);
    n->v.List.elts = vec_list(&elts);
    n->v.List.ctx = CTX_LOAD;
    return n;
}

/* The value after `key:`, with CPython's message when it is missing. */
static Node *parse_dict_value(Parser *p) {
    if (kind(p) == TOK_RBRACE || kind(p) == TOK_COMMA) {
        Token colon = p->toks[p->pos - 1];
        return perr_range(p, colon.lineno, colon.col, colon.end_lineno, colon.end_col,
                          "expression expected after dictionary key and ':'");
    }
    return parse_expression(p);
}

/* The rest of a dict display after its first key/value (or **d). */
static Node *parse_dict_rest(Parser *p, Token open, Vec *keys, Vec *values) {
    Node *last = values->items[values->n - 1];
    for (;;) {
        if (kind(p) == TOK_RBRACE)
            break;
        if (!accept(p, TOK_COMMA))
            return perr_sequence(p, last);
        if (kind(p) == TOK_RBRACE)
            break;
        Node *k = NULL, *v;
        if (accept(p, TOK_DOUBLESTAR)) {
            v = parse_binary(p, 1);
        } else {
            k = parse_expression(p);
            if (!k || !expect(p, TOK_COLON))
                return NULL;
            v = parse_dict_value(p);
        }
        if (!v)
            return NULL;
        vec_push(p, keys, k);
        vec_push(p, values, v);
        last = v;
    }
    advance(p);
    Node *n = mk_tok(p, NODE_Dict, open);
    n->v.Dict.keys = vec_list(keys);
    n->v.Dict.values = vec_list(values);
    return n;
}

/* '{' ... '}': dict, set, or their comprehensions. */
static Node *parse_brace(Parser *p) {
    Token open = advance(p);
    Vec keys = {0}, values = {0};
    if (accept(p, TOK_RBRACE)) {
        Node *n = mk_tok(p, NODE_Dict, open);
        return n;
    }
    if (accept(p, TOK_DOUBLESTAR)) {
        Node *v = parse_binary(p, 1);
        if (!v)
            return NULL;
        vec_push(p, &keys, NULL);
        vec_push(p, &values, v);
        return parse_dict_rest(p, open, &keys, &values);
    }
    Node *first = parse_star_named(p);
    if (!first)
        return NULL;
    if (accept(p, TOK_COLON)) {
        if (first->kind == NODE_Starred)
            return perr_node(p, first, "%s", "cannot use a starred expression in a dictionary value");
        Node *v = parse_dict_value(p);
        if (!v)
            return NULL;
        if (kind(p) == TOK_KW_FOR || kind(p) == TOK_KW_ASYNC)
            return parse_comprehension(p, NODE_DictComp, open, first, v, TOK_RBRACE);
        vec_push(p, &keys, first);
        vec_push(p, &values, v);
        return parse_dict_rest(p, open, &keys, &values);
    }
    if (kind(p) == TOK_KW_FOR || kind(p) == TOK_KW_ASYNC)
        return parse_comprehension(p, NODE_SetComp, open, first, NULL, TOK_RBRACE);
    Vec elts = {0};
    vec_push(p, &elts, first);
    if (!parse_elements(p, &elts, TOK_RBRACE))
        return NULL;
    advance(p);
    Node *n = mk_tok(p, NODE_Set, open);
    n->v.Set.elts = vec_list(&elts);
    return n;
}

static Node *mk_const(Parser *p, Token t, AstConstKind k) {
    Node *n = ast_node_new(p->arena, NODE_Constant, t.lineno, t.col, t.end_lineno, t.end_col);
    n->v.Constant.kind = k;
    return n;
}

/* A number token: the text without underscores, INT or FLOAT. */
static Node *parse_number(Parser *p) {
    Token t = advance(p);
    char *text = arena_alloc(p->arena, t.len + 1);
    size_t n = 0;
    bool is_float = false;
    bool radix = t.len > 1 && t.start[0] == '0' && strchr("xXoObB", t.start[1]);
    for (size_t i = 0; i < t.len; i++) {
        char c = t.start[i];
        if (c == '_')
            continue;
        if (!radix && (c == '.' || c == 'e' || c == 'E'))
            is_float = true;
        text[n++] = c;
    }
    Node *c = mk_const(p, t, is_float ? AST_CONST_FLOAT : AST_CONST_INT);
    c->v.Constant.data = text;
    c->v.Constant.len = n;
    return c;
}

static Node *parse_atom(Parser *p) {
    Token t = cur(p);
    if (p->failed)
        return NULL;
    switch (t.kind) {
    case TOK_NAME: advance(p); return mk_name(p, t, CTX_LOAD);
    case TOK_KW_TRUE: advance(p); return mk_const(p, t, AST_CONST_TRUE);
    case TOK_KW_FALSE: advance(p); return mk_const(p, t, AST_CONST_FALSE);
    case TOK_KW_NONE: advance(p); return mk_const(p, t, AST_CONST_NONE);
    case TOK_ELLIPSIS: advance(p); return mk_const(p, t, AST_CONST_ELLIPSIS);
    case TOK_NUMBER: return parse_number(p);
    case TOK_STRING: return parse_strings(p);
    case TOK_LPAR: return parse_paren(p);
    case TOK_LSQB: return parse_list(p);
    case TOK_LBRACE: return parse_brace(p);
    default: return perr_syntax(p);
    }
}

/* One call argument into args/keywords, enforcing CPython's order rules.
 * *state: 0 positional so far, 1 after a keyword, 2 after **. open: the
 * call's '(' when this is the first argument, else NULL; an unparenthesized
 * generator expression, allowed only as the sole argument, spans from it
 * to the ')' (CPython's positions). */
static bool parse_call_arg(Parser *p, Vec *args, Vec *kws, int *state, const Token *open, Node **last) {
    Token t = cur(p);
    if (accept(p, TOK_DOUBLESTAR)) {
        Node *v = parse_expression(p);
        if (!v)
            return false;
        Node *k = mk_tok(p, NODE_keyword, t);
        k->v.keyword.value = v;
        vec_push(p, kws, k);
        *state = 2;
        *last = v;
        return true;
    }
    if (t.kind == TOK_NAME && kind_at(p, 1) == TOK_EQUAL) {
        advance(p);
        advance(p);
        Node *v = parse_expression(p);
        if (!v)
            return false;
        Node *k = mk_tok(p, NODE_keyword, t);
        k->v.keyword.arg = ident(p, t);
        k->v.keyword.value = v;
        vec_push(p, kws, k);
        if (*state == 0)
            *state = 1;
        *last = v;
        return true;
    }
    Node *e = parse_star_named(p);
    if (!e)
        return false;
    if (kind(p) == TOK_KW_FOR || kind(p) == TOK_KW_ASYNC) {
        Vec gens = {0};
        if (!parse_comp_for(p, &gens))
            return false;
        Node *g = mk_from(p, NODE_GeneratorExp, e);
        g->v.GeneratorExp.elt = e;
        g->v.GeneratorExp.generators = vec_list(&gens);
        if (!open || kind(p) != TOK_RPAR)
            return perr_node(p, g, "%s", "Generator expression must be parenthesized");
        g->lineno = open->lineno;
        g->col_offset = open->col;
        g->end_lineno = cur(p).end_lineno;
        g->end_col_offset = cur(p).end_col;
        e = g;
    }
    if (kind(p) == TOK_EQUAL) {
        Token eq = cur(p);
        return perr_range(p, e->lineno, e->col_offset, eq.end_lineno, eq.end_col,
                          "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    if (e->kind == NODE_Starred && *state == 2)
        return perr_range(p, e->lineno, e->col_offset, e->lineno, e->col_offset + 1,
                          "iterable argument unpacking follows keyword argument unpacking");
    if (e->kind != NODE_Starred && *state != 0)
        return perr_tok(p, cur(p),
                        *state == 2 ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument");
    vec_push(p, args, e);
    *last = e;
    return true;
}

/* "keyword argument repeated: a" at the second occurrence. */
static bool check_keywords(Parser *p, Vec *kws) {
    for (size_t i = 1; i < kws->n; i++) {
        const char *a = kws->items[i]->v.keyword.arg;
        for (size_t j = 0; a && j < i; j++) {
            const char *b = kws->items[j]->v.keyword.arg;
            if (b && strcmp(a, b) == 0) {
                perr_node(p, kws->items[i], "keyword argument repeated: %s", a);
                return false;
            }
        }
    }
    return true;
}

/* Call arguments after '(' (the token open) up to and including ')'. */
static bool parse_call_args(Parser *p, Token open, Vec *args, Vec *kws) {
    int state = 0;
    bool first = true;
    while (!p->failed && kind(p) != TOK_RPAR) {
        Node *last = NULL;
        if (!parse_call_arg(p, args, kws, &state, first ? &open : NULL, &last))
            return false;
        first = false;
        if (kind(p) == TOK_RPAR)
            break;
        if (!accept(p, TOK_COMMA)) {
            perr_sequence(p, last);
            return false;
        }
    }
    return check_keywords(p, kws) && expect(p, TOK_RPAR);
}

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression */
static Node *parse_slice(Parser *p) {
    Token t = cur(p);
    if (t.kind == TOK_STAR)
        return parse_star_named(p);
    Node *lower = NULL;
    if (t.kind != TOK_COLON) {
        lower = parse_named_expression(p);
        if (!lower || kind(p) != TOK_COLON)
            return lower;
    }
    advance(p);
    Node *upper = NULL, *step = NULL;
    TokKind k = kind(p);
    if (k != TOK_COLON && k != TOK_COMMA && k != TOK_RSQB && !(upper = parse_expression(p)))
        return NULL;
    if (accept(p, TOK_COLON)) {
        k = kind(p);
        if (k != TOK_COMMA && k != TOK_RSQB && !(step = parse_expression(p)))
            return NULL;
    }
    Node *s = mk_tok(p, NODE_Slice, t);
    s->v.Slice.lower = lower;
    s->v.Slice.upper = upper;
    s->v.Slice.step = step;
    return s;
}

/* slices: slice (',' slice)* [','] -> a single slice or a Tuple. */
static Node *parse_slices(Parser *p) {
    Token start = cur(p);
    Node *first = parse_slice(p);
    if (!first || (kind(p) != TOK_COMMA && first->kind != NODE_Starred))
        return first;
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (accept(p, TOK_COMMA) && kind(p) != TOK_RSQB) {
        Node *s = parse_slice(p);
        if (!s)
            return NULL;
        vec_push(p, &elts, s);
    }
    Node *t = mk_tok(p, NODE_Tuple, start);
    t->v.Tuple.elts = vec_list(&elts);
    t->v.Tuple.ctx = CTX_LOAD;
    return t;
}

/* primary: atom ('.' NAME | '(' args ')' | '[' slices ']')* */
static Node *parse_primary(Parser *p) {
    Token start = cur(p);
    Node *e = parse_atom(p);
    int links = 0;
    while (e && !p->failed) {
        TokKind k = kind(p);
        if (k == TOK_DOT || k == TOK_LPAR || k == TOK_LSQB) {
            links++;
            if (!grow(p, 1))
                break;
        }
        if (k == TOK_DOT) {
            advance(p);
            Token name = cur(p);
            if (name.kind != TOK_NAME)
                return perr_syntax(p);
            advance(p);
            Node *a = mk_tok(p, NODE_Attribute, start);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = ident(p, name);
            a->v.Attribute.ctx = CTX_LOAD;
            e = a;
        } else if (k == TOK_LPAR) {
            Token open = cur(p);
            advance(p);
            Vec args = {0}, kws = {0};
            if (!parse_call_args(p, open, &args, &kws))
                return NULL;
            Node *c = mk_tok(p, NODE_Call, start);
            c->v.Call.func = e;
            c->v.Call.args = vec_list(&args);
            c->v.Call.keywords = vec_list(&kws);
            e = c;
        } else if (k == TOK_LSQB) {
            advance(p);
            Node *s = parse_slices(p);
            if (!s || !expect(p, TOK_RSQB))
                return NULL;
            Node *sub = mk_tok(p, NODE_Subscript, start);
            sub->v.Subscript.value = e;
            sub->v.Subscript.slice = s;
            sub->v.Subscript.ctx = CTX_LOAD;
            e = sub;
        } else {
            break;
        }
    }
    p->height -= links;
    return p->failed ? NULL : e;
}

static Node *parse_factor(Parser *p);

/* power: ['await'] primary ['**' factor] */
static Node *parse_power(Parser *p) {
    Token start = cur(p);
    Node *e;
    if (kind(p) == TOK_KW_AWAIT) {
        Token t = advance(p);
        Node *v = parse_primary(p);
        if (!v)
            return NULL;
        e = mk_tok(p, NODE_Await, t);
        e->v.Await.value = v;
    } else {
        e = parse_primary(p);
    }
    if (!e || kind(p) != TOK_DOUBLESTAR || !enter(p))
        return p->failed ? NULL : e;
    advance(p);
    Node *r = parse_factor(p);
    leave(p);
    if (!r)
        return NULL;
    Node *b = mk_tok(p, NODE_BinOp, start);
    b->v.BinOp.left = e;
    b->v.BinOp.op = AST_POW;
    b->v.BinOp.right = r;
    return b;
}

/* factor: ('+' | '-' | '~') factor | power */
static Node *parse_factor(Parser *p) {
    TokKind k = kind(p);
    if (k != TOK_PLUS && k != TOK_MINUS && k != TOK_TILDE)
        return parse_power(p);
    if (!enter(p))
        return NULL;
    Token t = advance(p);
    Node *operand = parse_factor(p);
    leave(p);
    if (!operand)
        return NULL;
    Node *u = mk_tok(p, NODE_UnaryOp, t);
    u->v.UnaryOp.op = k == TOK_PLUS ? AST_UADD : k == TOK_MINUS ? AST_USUB : AST_INVERT;
    u->v.UnaryOp.operand = operand;
    return u;
}

/* Binding power of a binary operator token (0: not one). */
static int binop_prec(TokKind k, AstBinOp *op) {
    switch (k) {
    case TOK_VBAR: *op = AST_BITOR; return 1;
    case TOK_CIRCUMFLEX: *op = AST_BITXOR; return 2;
    case TOK_AMPER: *op = AST_BITAND; return 3;
    case TOK_LEFTSHIFT: *op = AST_LSHIFT; return 4;
    case TOK_RIGHTSHIFT: *op = AST_RSHIFT; return 4;
    case TOK_PLUS: *op = AST_ADD; return 5;
    case TOK_MINUS: *op = AST_SUB; return 5;
    case TOK_STAR: *op = AST_MULT; return 6;
    case TOK_SLASH: *op = AST_DIV; return 6;
    case TOK_DOUBLESLASH: *op = AST_FLOORDIV; return 6;
    case TOK_PERCENT: *op = AST_MOD; return 6;
    case TOK_AT: *op = AST_MATMULT; return 6;
    default: return 0;
    }
}

/* Precedence climbing over the left-associative binary operators, from
 * bitwise_or (min_prec 1) down to term. */
static Node *parse_binary(Parser *p, int min_prec) {
    Token start = cur(p);
    Node *left = parse_factor(p);
    int links = 0;
    while (left && !p->failed) {
        AstBinOp op;
        int prec = binop_prec(kind(p), &op);
        if (prec == 0 || prec < min_prec)
            break;
        links++;
        if (!grow(p, 1))
            break;
        advance(p);
        Node *right = parse_binary(p, prec + 1);
        if (!right)
            return NULL;
        Node *b = mk_tok(p, NODE_BinOp, start);
        b->v.BinOp.left = left;
        b->v.BinOp.op = op;
        b->v.BinOp.right = right;
        left = b;
    }
    p->height -= links;
    return p->failed ? NULL : left;
}

/* A comparison operator at the current token (consumed), or -1. */
static int parse_cmp_op(Parser *p) {
    switch (kind(p)) {
    case TOK_LESS: advance(p); return AST_LT;
    case TOK_LESSEQUAL: advance(p); return AST_LTE;
    case TOK_EQEQUAL: advance(p); return AST_EQ;
    case TOK_NOTEQUAL: advance(p); return AST_NOTEQ;
    case TOK_GREATER: advance(p); return AST_GT;
    case TOK_GREATEREQUAL: advance(p); return AST_GTE;
    case TOK_KW_IN: advance(p); return AST_IN;
    case TOK_KW_NOT:
        if (kind_at(p, 1) != TOK_KW_IN)
            return -1;
        advance(p);
        advance(p);
        return AST_NOTIN;
    case TOK_KW_IS:
        advance(p);
        return accept(p, TOK_KW_NOT) ? AST_ISNOT : AST_IS;
    default: return -1;
    }
}

static Node *parse_comparison(Parser *p) {
    Token start = cur(p);
    Node *left = parse_binary(p, 1);
    if (!left)
        return NULL;
    int op = parse_cmp_op(p);
    if (op < 0)
        return left;
    Vec comps = {0};
    AstCmpOp *ops = NULL;
    size_t nops = 0, cap = 0;
    while (op >= 0) {
        if (nops == cap) {
            cap = cap ? cap * 2 : 4;
            AstCmpOp *grown = arena_alloc(p->arena, cap * sizeof *grown);
            if (nops)
                memcpy(grown, ops, nops * sizeof *ops);
            ops = grown;
        }
        ops[nops++] = (AstCmpOp)op;
        Node *r = parse_binary(p, 1);
        if (!r)
            return NULL;
        vec_push(p, &comps, r);
        op = parse_cmp_op(p);
    }
    Node *c = mk_tok(p, NODE_Compare, start);
    c->v.Compare.left = left;
    c->v.Compare.ops = ops;
    c->v.Compare.comparators = vec_list(&comps);
    return c;
}

static Node *parse_inversion(Parser *p) {
    if (kind(p) != TOK_KW_NOT)
        return parse_comparison(p);
    if (!enter(p))
        return NULL;
    Token t = advance(p);
    Node *operand = parse_inversion(p);
    leave(p);
    if (!operand)
        return NULL;
    Node *u = mk_tok(p, NODE_UnaryOp, t);
    u->v.UnaryOp.op = AST_NOT;
    u->v.UnaryOp.operand = operand;
    return u;
}

/* conjunction / disjunction: one BoolOp holding all operands. */
static Node *parse_boolop(Parser *p, bool is_or) {
    TokKind k = is_or ? TOK_KW_OR : TOK_KW_AND;
    Token start = cur(p);
    Node *first = is_or ? parse_boolop(p, false) : parse_inversion(p);
    if (!first || kind(p) != k)
        return first;
    Vec values = {0};
    vec_push(p, &values, first);
    while (accept(p, k)) {
        Node *e = is_or ? parse_boolop(p, false) : parse_inversion(p);
        if (!e)
            return NULL;
        vec_push(p, &values, e);
    }
    Node *b = mk_tok(p, NODE_BoolOp, start);
    b->v.BoolOp.op = is_or ? AST_OR : AST_AND;
    b->v.BoolOp.values = vec_list(&values);
    return b;
}

static Node *parse_disjunction(Parser *p) { return parse_boolop(p, true); }

static Node *parse_lambda(Parser *p) {
    Token t = advance(p);
    Node *args = parse_arguments(p, true, TOK_COLON);
    if (!args || !expect(p, TOK_COLON))
        return NULL;
    Node *body = parse_expression(p);
    if (!body)
        return NULL;
    Node *l = mk_tok(p, NODE_Lambda, t);
    l->v.Lambda.args = args;
    l->v.Lambda.body = body;
    return l;
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static Node *parse_expression(Parser *p) {
    if (!enter(p))
        return NULL;
    Node *e;
    Token start = cur(p);
    if (kind(p) == TOK_KW_LAMBDA) {
        e = parse_lambda(p);
    } else {
        e = parse_disjunction(p);
        if (e && kind(p) == TOK_KW_IF) {
            advance(p);
            Node *test = parse_disjunction(p);
            if (test && kind(p) != TOK_KW_ELSE) {
                perr_range(p, e->lineno, e->col_offset, test->end_lineno, test->end_col_offset,
                           "expected 'else' after 'if' expression");
                test = NULL;
            }
            Node *orelse = test && accept(p, TOK_KW_ELSE) ? parse_expression(p) : NULL;
            if (!orelse) {
                e = NULL;
            } else {
                Node *ife = mk_tok(p, NODE_IfExp, start);
                ife->v.IfExp.test = test;
                ife->v.IfExp.body = e;
                ife->v.IfExp.orelse = orelse;
                e = ife;
            }
        }
    }
    leave(p);
    return p->failed ? NULL : e;
}

/* named_expression: NAME ':=' expression | expression */
static Node *parse_named_expression(Parser *p) {
    if (kind(p) == TOK_NAME && kind_at(p, 1) == TOK_COLONEQUAL) {
        Token t = advance(p);
        advance(p);
        Node *v = parse_expression(p);
        if (!v)
            return NULL;
        Node *n = mk_tok(p, NODE_NamedExpr, t);
        n->v.NamedExpr.target = mk_name(p, t, CTX_STORE);
        n->v.NamedExpr.value = v;
        return n;
    }
    Node *e = parse_expression(p);
    if (e && kind(p) == TOK_COLONEQUAL)
        return perr_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    return e;
}

/* star_expression: '*' bitwise_or | expression */
static Node *parse_star_expression(Parser *p) {
    return parse_starred_or(p, parse_expression);
}

/* star_expressions: a single expression, or a Tuple if there are commas. */
static Node *parse_star_expressions(Parser *p) {
    Token start = cur(p);
    Node *first = parse_star_expression(p);
    if (!first || kind(p) != TOK_COMMA)
        return first;
    Vec elts = {0};
    vec_push(p, &elts, first);
    while (accept(p, TOK_COMMA) && (starts_expr(kind(p)) || kind(p) == TOK_STAR)) {
        Node *e = parse_star_expression(p);
        if (!e)
            return NULL;
        vec_push(p, &elts, e);
    }
    if (p->failed)
        return NULL;
    Node *t = mk_tok(p, NODE_Tuple, start);
    t->v.Tuple.elts = vec_list(&elts);
    t->v.Tuple.ctx = CTX_LOAD;
    return t;
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
static Node *parse_yield(Parser *p) {
    Token t = advance(p);
    if (accept(p, TOK_KW_FROM)) {
        Node *v = parse_expression(p);
        if (!v)
            return NULL;
        Node *y = mk_tok(p, NODE_YieldFrom, t);
        y->v.YieldFrom.value = v;
        return y;
    }
    Node *v = NULL;
    if (starts_expr(kind(p)) || kind(p) == TOK_STAR) {
        v = parse_star_expressions(p);
        if (!v)
            return NULL;
    }
    Node *y = mk_tok(p, NODE_Yield, t);
    y->v.Yield.value = v;
    return y;
}

static Node *parse_yield_or_star_expressions(Parser *p) {
    return kind(p) == TOK_KW_YIELD ? parse_yield(p) : parse_star_expressions(p);
}

/* ---- parameters ---- */

typedef struct {
    Vec posonly, args, defaults, kwonly, kw_defaults;
    Node *vararg, *kwarg;
    bool star, slash;
    Token star_tok;
} Params;

static Node *parse_param(Parser *p, bool is_lambda) {
    Token t = cur(p);
    if (t.kind != TOK_NAME)
        return perr_syntax(p);
    advance(p);
    Node *ann = NULL;
    if (!is_lambda && accept(p, TOK_COLON)) {
        ann = parse_expression(p);
        if (!ann)
            return NULL;
    }
    Node *a = mk_tok(p, NODE_arg, t);
    a->v.arg.arg = ident(p, t);
    a->v.arg.annotation = ann;
    return a;
}

static bool parse_param_slash(Parser *p, Params *ps) {
    Token t = advance(p);
    const char *msg = ps->slash ? "/ may appear only once"
                      : ps->star ? "/ must be ahead of *"
                      : ps->args.n == 0 ? "at least one argument must precede /"
                                        : NULL;
    if (msg) {
        perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col, "%s", msg);
        return false;
    }
    ps->slash = true;
    ps->posonly = ps->args;
    ps->args = (Vec){0};
    return true;
}

static bool parse_param_star(Parser *p, Params *ps, bool is_lambda) {
    Token t = advance(p);
    if (ps->star) {
        perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col, "* argument may appear only once");
        return false;
    }
    ps->star = true;
    ps->star_tok = t;
    if (kind(p) == TOK_NAME) {
        ps->vararg = parse_param(p, is_lambda);
        if (!ps->vararg)
            return false;
        if (kind(p) == TOK_EQUAL) {
            perr_tok(p, cur(p), "var-positional argument cannot have default value");
            return false;
        }
    }
    return true;
}

/* One plain parameter with optional default. */
static bool parse_param_plain(Parser *p, Params *ps, bool is_lambda) {
    Node *a = parse_param(p, is_lambda);
    if (!a)
        return false;
    Node *def = NULL;
    if (accept(p, TOK_EQUAL) && !(def = parse_expression(p)))
        return false;
    if (ps->star) {
        vec_push(p, &ps->kwonly, a);
        vec_push(p, &ps->kw_defaults, def);
    } else {
        if (!def && ps->defaults.n) {
            perr_node(p, a, "%s", "non-default argument follows default argument");
            return false;
        }
        vec_push(p, &ps->args, a);
        if (def)
            vec_push(p, &ps->defaults, def);
    }
    return true;
}

/* "duplicate argument 'x' in function definition", reported at the
 * second occurrence. Quadratic, but parameter lists are short. */
static bool check_duplicates(Parser *p, Node *args) {
    Vec all = {0};
    NodeList lists[3] = {args->v.arguments.posonlyargs, args->v.arguments.args,
                         args->v.arguments.kwonlyargs};
    for (int l = 0; l < 3; l++) {
        for (size_t i = 0; i < lists[l].count; i++)
            vec_push(p, &all, lists[l].items[i]);
        if (l == 1 && args->v.arguments.vararg)
            vec_push(p, &all, args->v.arguments.vararg);
    }
    if (args->v.arguments.kwarg)
        vec_push(p, &all, args->v.arguments.kwarg);
    for (size_t i = 1; i < all.n; i++)
        for (size_t j = 0; j < i; j++)
            if (strcmp(all.items[i]->v.arg.arg, all.items[j]->v.arg.arg) == 0) {
                perr_node(p, all.items[i], "duplicate argument '%s' in function definition",
                          all.items[i]->v.arg.arg);
                return false;
            }
    return true;
}

/* Parameters up to (not including) end: ')' for def, ':' for lambda. */
static Node *parse_arguments(Parser *p, bool is_lambda, TokKind end) {
    Params ps = {0};
    Token start = cur(p);
    while (!p->failed && kind(p) != end) {
        TokKind k = kind(p);
        if (ps.kwarg) {
            return perr_tok(p, cur(p), "arguments cannot follow var-keyword argument");
        } else if (k == TOK_SLASH) {
            if (!parse_param_slash(p, &ps))
                return NULL;
        } else if (k == TOK_STAR) {
            if (!parse_param_star(p, &ps, is_lambda))
                return NULL;
        } else if (k == TOK_DOUBLESTAR) {
            advance(p);
            if (!(ps.kwarg = parse_param(p, is_lambda)))
                return NULL;
            if (kind(p) == TOK_EQUAL)
                return perr_tok(p, cur(p), "var-keyword argument cannot have default value");
        } else if (!parse_param_plain(p, &ps, is_lambda)) {
            return NULL;
        }
        if (kind(p) == end)
            break;
        if (!expect(p, TOK_COMMA))
            return NULL;
    }
    if (p->failed)
        return NULL;
    if (ps.star && !ps.vararg && ps.kwonly.n == 0) {
        Token t = ps.star_tok;
        return perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col,
                          "named arguments must follow bare *");
    }
    Node *a = mk_tok(p, NODE_arguments, start);
    a->v.arguments.posonlyargs = vec_list(&ps.posonly);
    a->v.arguments.args = vec_list(&ps.args);
    a->v.arguments.vararg = ps.vararg;
    a->v.arguments.kwonlyargs = vec_list(&ps.kwonly);
    a->v.arguments.kw_defaults = vec_list(&ps.kw_defaults);
    a->v.arguments.kwarg = ps.kwarg;
    a->v.arguments.defaults = vec_list(&ps.defaults);
    return check_duplicates(p, a) ? a : NULL;
}

/* ---- strings and f-strings ---- */

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static void buf_add(Parser *p, Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *d = arena_alloc(p->arena, cap);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

typedef struct {
    Token tok;      /* the string token being parsed (for positions) */
    bool raw;
    Vec *parts;     /* JoinedStr values */
    Buf *lit;       /* pending literal text */
} FStr;

/* Decode a literal piece (escapes unless raw) and append it to b. */
static bool add_literal(Parser *p, Token t, Buf *b, const char *s, size_t n, bool raw, bool bytes) {
    if (raw) {
        for (size_t i = 0; bytes && i < n; i++)
            if ((unsigned char)s[i] & 0x80) {
                perr_tok(p, t, "bytes can only contain ASCII literal characters");
                return false;
            }
        buf_add(p, b, s, n);
        return true;
    }
    char msg[200];
    char *out = arena_alloc(p->arena, n + 1);
    size_t out_len;
    if (lexer_decode_escapes(s, n, bytes, out, &out_len, msg, sizeof msg) < 0) {
        if (strncmp(msg, "bytes", 5) == 0)
            perr_tok(p, t, msg);
        else
            perr_tok_end(p, t, msg);
        return false;
    }
    buf_add(p, b, out, out_len);
    return true;
}

static Node *mk_str(Parser *p, Token t, const char *data, size_t len) {
    Node *c = mk_const(p, t, AST_CONST_STR);
    c->v.Constant.data = data ? data : arena_strndup(p->arena, "", 0);
    c->v.Constant.len = len;
    return c;
}

/* Move pending literal text into the parts list as a Constant. */
static void fstr_flush(Parser *p, Token t, Vec *parts, Buf *lit) {
    if (lit->len == 0)
        return;
    vec_push(p, parts, mk_str(p, t, lit->data, lit->len));
    *lit = (Buf){0};
}

/* Line and byte column of pointer s inside token t's text. */
static void tok_pos_of(Token t, const char *s, int *line, int *col) {
    *line = t.lineno;
    *col = t.col;
    for (const char *q = t.start; q < s; q++) {
        if (*q == '\n') {
            (*line)++;
            *col = 0;
        } else {
            (*col)++;
        }
    }
}

static int parse_sub(const char *src, size_t len, ParseMode mode, Arena *arena, Node **out,
                     SyntaxErr *err, int line_offset, int col_offset, int depth);

/* Parse the expression text [s, e) of an f-string field. */
static Node *fstr_expr(Parser *p, Token t, const char *s, const char *e) {
    size_t n = (size_t)(e - s);
    char *buf = arena_alloc(p->arena, n + 3);
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    int line, col;
    tok_pos_of(t, s, &line, &col);
    SyntaxErr sub;
    memset(&sub, 0, sizeof sub);
    Node *root;
    if (parse_sub(buf, n + 2, PARSE_EVAL, p->arena, &root, &sub, line - 1, col - 1, p->depth) < 0) {
        if (p->failed)
            return NULL;
        p->failed = true;
        *p->err = sub;
        p->err->incomplete = false;
        if (strncmp(sub.msg, "f-string", 8) != 0)
            snprintf(p->err->msg, sizeof p->err->msg, "f-string: %.240s", sub.msg);
        return NULL;
    }
    return root->v.Expression.body;
}

/* Skip a string literal inside an f-string expression starting at quote
 * q; returns the position after it, or NULL if it does not end before e. */
static const char *fstr_skip_string(const char *q, const char *e) {
    char quote = *q;
    bool triple = e - q >= 3 && q[1] == quote && q[2] == quote;
    const char *s = q + (triple ? 3 : 1);
    for (; s < e; s++) {
        if (*s == quote && (!triple || (e - s >= 3 && s[1] == quote && s[2] == quote)))
            return s + (triple ? 3 : 1);
    }
    return NULL;
}

/* Find the end of a field's expression: the first top-level '}', '!'
 * (not '!='), ':' or a '=' that marks a self-documenting field. */
static const char *fstr_expr_end(Parser *p, Token t, const char *s, const char *e, bool *debug) {
    int depth = 0;
    *debug = false;
    for (const char *q = s; q < e; q++) {
        char c = *q;
        if (c == '\'' || c == '"') {
            const char *after = fstr_skip_string(q, e);
            if (!after)
                break;
            if (memchr(q, '\\', (size_t)(after - q)) != NULL) {
                /* CPython 3.11 refuses a backslash even inside a string in the expression */
                perr_tok_end(p, t, "f-string expression part cannot include a backslash");
                return NULL;
            }
            q = after - 1;
        } else if (c == '\\') {
            perr_tok_end(p, t, "f-string expression part cannot include a backslash");
            return NULL;
        } else if (c == '#') {
            perr_tok_end(p, t, "f-string expression part cannot include '#'");
            return NULL;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
            depth--;
        } else if (depth == 0 && (c == '}' || c == ':')) {
            return q;
        } else if (depth == 0 && c == '!' && !(q + 1 < e && q[1] == '=')) {
            return q;
        } else if (depth == 0 && c == '=' && !(q + 1 < e && q[1] == '=') && q > s &&
                   !strchr("=!<>", q[-1])) {
            *debug = true;
            return q;
        } else if (depth == 0 && c == '=' && q + 1 < e && q[1] == '=') {
            q++;
        }
    }
    perr_tok_end(p, t, "f-string: expecting '}'");
    return NULL;
}

static const char *fstr_parse(Parser *p, FStr *f, const char *s, const char *e, int nest,
                              bool in_spec);

/* One replacement field starting after its '{' at s; returns the position
 * after its closing '}'. */
static const char *fstr_field(Parser *p, FStr *f, const char *s, const char *e, int nest) {
    Token t = f->tok;
    if (nest >= 2) {
        perr_tok_end(p, t, "f-string: expressions nested too deeply");
        return NULL;
    }
    bool debug;
    const char *q = fstr_expr_end(p, t, s, e, &debug);
    if (!q)
        return NULL;
    const char *x = s;
    while (x < q && (*x == ' ' || *x == '\t' || *x == '\n' || *x == '\r' || *x == '\f'))
        x++;
    if (x == q) {
        perr_tok_end(p, t, *q == '!' ? "f-string: expression required before '!'"
                                     : "f-string: empty expression not allowed");
        return NULL;
    }
    Node *value = fstr_expr(p, t, s, q);
    if (!value)
        return NULL;
    int conv = AST_CONV_NONE;
    if (debug) {
        q++;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\n'))
            q++;
        buf_add(p, f->lit, s, (size_t)(q - s));
    }
    if (q < e && *q == '!') {
        if (q + 1 >= e || !strchr("sra", q[1]) || q + 2 >= e || (q[2] != '}' && q[2] != ':')) {
            perr_tok_end(p, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return NULL;
        }
        conv = q[1];
        q += 2;
    }
    Node *spec = NULL;
    if (q < e && *q == ':') {
        Vec parts = {0};
        Buf lit = {0};
        FStr sf = {t, f->raw, &parts, &lit};
        q = fstr_parse(p, &sf, q + 1, e, nest + 1, true);
        if (!q)
            return NULL;
        fstr_flush(p, t, &parts, &lit);
        spec = mk_tok(p, NODE_JoinedStr, t);
        spec->v.JoinedStr.values = vec_list(&parts);
    }
    if (q >= e || *q != '}') {
        perr_tok_end(p, t, "f-string: expecting '}'");
        return NULL;
    }
    if (debug && conv == AST_CONV_NONE && !spec)
        conv = AST_CONV_REPR;
    fstr_flush(p, t, f->parts, f->lit);
    Node *fv = mk_tok(p, NODE_FormattedValue, t);
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conv;
    fv->v.FormattedValue.format_spec = spec;
    vec_push(p, f->parts, fv);
    return q + 1;
}

/* Parse f-string text [s, e): literal runs and fields. In a format spec,
 * stop at the '}' that closes the field and return its position. */
static const char *fstr_parse(Parser *p, FStr *f, const char *s, const char *e, int nest,
                              bool in_spec) {
    const char *run = s;
    while (s < e) {
        char c = *s;
        if (c == '\\' && !f->raw && s + 1 < e) {
            if (s[1] == 'N' && s + 2 < e && s[2] == '{') {
                perr_tok_end(p, f->tok, "\\N{...} escapes are not supported by baton");
                return NULL;
            }
            s += 2;
            continue;
        }
        if (c != '{' && c != '}') {
            s++;
            continue;
        }
        if (!add_literal(p, f->tok, f->lit, run, (size_t)(s - run), f->raw, false))
            return NULL;
        if (c == '}' && in_spec)
            return s;
        if (s + 1 < e && s[1] == c && !in_spec) {
            buf_add(p, f->lit, s, 1);
            s += 2;
        } else if (c == '}') {
            perr_tok_end(p, f->tok, "f-string: single '}' is not allowed");
            return NULL;
        } else if (!(s = fstr_field(p, f, s + 1, e, nest))) {
            return NULL;
        }
        run = s;
    }
    if (in_spec) {
        perr_tok_end(p, f->tok, "f-string: expecting '}'");
        return NULL;
    }
    return add_literal(p, f->tok, f->lit, run, (size_t)(s - run), f->raw, false) ? s : NULL;
}

/* The prefix letters of a string token. */
typedef struct {
    bool raw, bytes, fstr, u;
    size_t prefix_len;
} StrPrefix;

static StrPrefix str_prefix(Token t) {
    StrPrefix sp = {0};
    for (; sp.prefix_len < t.len; sp.prefix_len++) {
        char c = (char)(t.start[sp.prefix_len] | 0x20);
        if (c == 'r') sp.raw = true;
        else if (c == 'b') sp.bytes = true;
        else if (c == 'f') sp.fstr = true;
        else if (c == 'u') sp.u = true;
        else break;
    }
    return sp;
}

/* strings: STRING+ -> Constant (str or bytes) or JoinedStr. */
static Node *parse_strings(Parser *p) {
    Token first = cur(p);
    Vec parts = {0};
    Buf lit = {0};
    bool any_f = false, any_bytes = false, any_str = false;
    bool u = str_prefix(first).u;
    while (kind(p) == TOK_STRING) {
        Token t = advance(p);
        StrPrefix sp = str_prefix(t);
        const char *body = t.start + sp.prefix_len;
        size_t q = t.len - sp.prefix_len >= 6 && body[0] == body[1] && body[1] == body[2] ? 3 : 1;
        const char *s = body + q, *e = t.start + t.len - q;
        any_bytes |= sp.bytes;
        any_str |= !sp.bytes;
        if (any_bytes && any_str)
            return perr_tok_end(p, p->toks[p->pos - 1], "cannot mix bytes and nonbytes literals");
        if (sp.fstr) {
            any_f = true;
            FStr f = {t, sp.raw, &parts, &lit};
            if (!fstr_parse(p, &f, s, e, 0, false))
                return NULL;
        } else if (!add_literal(p, t, &lit, s, (size_t)(e - s), sp.raw, sp.bytes)) {
            return NULL;
        }
    }
    if (!any_f) {
        Node *c = mk_str(p, first, lit.data, lit.len);
        c->end_lineno = p->last_line;
        c->end_col_offset = p->last_col;
        c->v.Constant.kind = any_bytes ? AST_CONST_BYTES : AST_CONST_STR;
        c->v.Constant.u_prefix = u;
        return c;
    }
    fstr_flush(p, first, &parts, &lit);
    Node *j = mk_tok(p, NODE_JoinedStr, first);
    j->v.JoinedStr.values = vec_list(&parts);
    return j;
}

/* ---- statements ---- */

static bool parse_statement(Parser *p, Vec *body);
static bool parse_simple_stmts(Parser *p, Vec *body);

/* block: NEWLINE INDENT statement+ DEDENT | simple_stmts, after the ':'. */
static bool parse_block(Parser *p, Vec *body, const char *what, int line) {
    if (kind(p) != TOK_NEWLINE)
        return parse_simple_stmts(p, body);
    advance(p);
    if (kind(p) != TOK_INDENT) {
        Token t = cur(p);
        if (p->failed)
            return false;
        char msg[128];
        snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
        if (t.kind == TOK_ENDMARKER || t.len == 0) {
            perr_tok(p, t, msg);
        } else {
            perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col, "%s", msg);
        }
        p->err->indentation_error = true;
        return false;
    }
    Token ind = advance(p);
    if (++p->blocks > PARSER_MAX_BLOCKS) {
        perr_range(p, ind.lineno, ind.col, ind.lineno, ind.end_col,
                   "too many statically nested blocks");
        return false;
    }
    while (!p->failed && kind(p) != TOK_DEDENT && kind(p) != TOK_ENDMARKER)
        if (!parse_statement(p, body))
            return false;
    p->blocks--;
    accept(p, TOK_DEDENT);
    return !p->failed;
}

/* ':' block, with the header's description for the indentation error. */
static bool parse_suite(Parser *p, Vec *body, const char *what, int line, bool forced) {
    return expect_colon(p, forced) && parse_block(p, body, what, line);
}

/* if / elif chains, built iteratively so long chains use no C stack. */
/* The test of if/elif/while; `if x = 1:` gets CPython's hint. */
static Node *parse_test(Parser *p) {
    Node *test = parse_named_expression(p);
    if (!test || kind(p) != TOK_EQUAL)
        return test;
    advance(p);
    Node *rhs = parse_expression(p);
    if (!rhs)
        return NULL;
    return perr_range(p, test->lineno, test->col_offset, rhs->end_lineno, rhs->end_col_offset,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
}

static Node *parse_if(Parser *p) {
    Vec chain = {0};
    Vec orelse = {0};
    for (;;) {
        Token t = advance(p);
        Node *test = parse_test(p);
        if (!test)
            return NULL;
        Vec body = {0};
        if (!parse_suite(p, &body, t.kind == TOK_KW_IF ? "'if' statement" : "'elif' statement",
                         t.lineno, false))
            return NULL;
        Node *n = mk_tok(p, NODE_If, t);
        n->v.If.test = test;
        n->v.If.body = vec_list(&body);
        vec_push(p, &chain, n);
        if (kind(p) == TOK_KW_ELIF) {
            /* each elif nests one If deeper in the tree */
            if (chain.n >= PARSER_MAX_HEIGHT)
                return perr_tok(p, cur(p), "too many 'elif' clauses");
            continue;
        }
        if (kind(p) == TOK_KW_ELSE) {
            Token e = advance(p);
            if (!parse_suite(p, &orelse, "'else' statement", e.lineno, false))
                return NULL;
        }
        break;
    }
    for (size_t i = chain.n; i-- > 0;) {
        Node *n = chain.items[i];
        n->end_lineno = p->last_line;
        n->end_col_offset = p->last_col;
        if (i + 1 < chain.n) {
            Vec one = {0};
            vec_push(p, &one, chain.items[i + 1]);
            n->v.If.orelse = vec_list(&one);
        } else {
            n->v.If.orelse = vec_list(&orelse);
        }
    }
    return chain.items[0];
}

static bool parse_else(Parser *p, Vec *orelse) {
    if (kind(p) != TOK_KW_ELSE)
        return true;
    Token e = advance(p);
    return parse_suite(p, orelse, "'else' statement", e.lineno, false);
}

static Node *parse_while(Parser *p) {
    Token t = advance(p);
    Node *test = parse_test(p);
    Vec body = {0}, orelse = {0};
    if (!test || !parse_suite(p, &body, "'while' statement", t.lineno, false) ||
        !parse_else(p, &orelse))
        return NULL;
    Node *n = mk_tok(p, NODE_While, t);
    n->v.While.test = test;
    n->v.While.body = vec_list(&body);
    n->v.While.orelse = vec_list(&orelse);
    return n;
}

/* star_targets up to a token that is not ',' (used by for). */
static Node *parse_star_targets(Parser *p) {
    Token t0 = cur(p);
    Vec elts = {0};
    bool comma = false;
    for (;;) {
        Node *e;
        if (kind(p) == TOK_STAR) {
            Token st = advance(p);
            Node *v = parse_binary(p, 1);
            if (!v)
                return NULL;
            e = mk_tok(p, NODE_Starred, st);
            e->v.Starred.value = v;
        } else {
            e = parse_binary(p, 1);
        }
        if (!e)
            return NULL;
        vec_push(p, &elts, e);
        if (kind(p) != TOK_COMMA)
            break;
        advance(p);
        comma = true;
        if (!starts_expr(kind(p)) && kind(p) != TOK_STAR)
            break;
    }
    if (!comma)
        return elts.items[0];
    Node *tup = mk_tok(p, NODE_Tuple, t0);
    tup->v.Tuple.elts = vec_list(&elts);
    return tup;
}

static Node *parse_for(Parser *p, Token start, bool is_async) {
    Token t = advance(p);
    Node *target = parse_star_targets(p);
    if (!target || !set_ctx(p, target, TARGET_PLAIN, true) || !expect(p, TOK_KW_IN))
        return NULL;
    Node *iter = parse_star_expressions(p);
    Vec body = {0}, orelse = {0};
    if (!iter || !parse_suite(p, &body, "'for' statement", t.lineno, false) ||
        !parse_else(p, &orelse))
        return NULL;
    Node *n = mk_tok(p, is_async ? NODE_AsyncFor : NODE_For, start);
    n->v.For.target = target;
    n->v.For.iter = iter;
    n->v.For.body = vec_list(&body);
    n->v.For.orelse = vec_list(&orelse);
    return n;
}

/* with_item: expression ['as' star_target] */
static Node *parse_with_item(Parser *p) {
    Node *e = parse_expression(p);
    if (!e)
        return NULL;
    Node *vars = NULL;
    if (accept(p, TOK_KW_AS)) {
        vars = parse_binary(p, 1);
        if (!vars || !set_ctx(p, vars, TARGET_PLAIN, true))
            return NULL;
    }
    Node *w = mk_from(p, NODE_withitem, e);
    w->v.withitem.context_expr = e;
    w->v.withitem.optional_vars = vars;
    return w;
}

/* Is the '(' at the current token the start of `with (a, b as c):`?
 * True when its matching ')' is directly followed by ':'. */
static bool with_parenthesized(Parser *p) {
    int depth = 0;
    for (size_t k = 0;; k++) {
        TokKind kk = kind_at(p, k);
        if (kk == TOK_ENDMARKER || kk == TOK_NEWLINE)
            return false;
        if (kk == TOK_LPAR || kk == TOK_LSQB || kk == TOK_LBRACE)
            depth++;
        else if (kk == TOK_RPAR || kk == TOK_RSQB || kk == TOK_RBRACE) {
            if (--depth == 0)
                return kind_at(p, k + 1) == TOK_COLON;
        }
    }
}

static Node *parse_with(Parser *p, Token start, bool is_async) {
    Token t = advance(p);
    Vec items = {0};
    bool parens = kind(p) == TOK_LPAR && with_parenthesized(p);
    if (parens)
        advance(p);
    for (;;) {
        Node *it = parse_with_item(p);
        if (!it)
            return NULL;
        vec_push(p, &items, it);
        if (!accept(p, TOK_COMMA))
            break;
        if (parens && kind(p) == TOK_RPAR)
            break;
    }
    if (parens && !expect(p, TOK_RPAR))
        return NULL;
    Vec body = {0};
    if (!parse_suite(p, &body, "'with' statement", t.lineno, false))
        return NULL;
    Node *n = mk_tok(p, is_async ? NODE_AsyncWith : NODE_With, start);
    n->v.With.items = vec_list(&items);
    n->v.With.body = vec_list(&body);
    return n;
}

static Node *parse_except(Parser *p) {
    Token t = advance(p);
    if (kind(p) == TOK_STAR) {
        Token st = cur(p);
        return perr_range(p, t.lineno, t.col, st.end_lineno, st.end_col,
                          "'except*' is not supported by baton");
    }
    Node *type = NULL;
    const char *name = NULL;
    if (kind(p) != TOK_COLON) {
        type = parse_expression(p);
        if (!type)
            return NULL;
        if (kind(p) == TOK_COMMA) {
            Token c = cur(p);
            return perr_range(p, type->lineno, type->col_offset, c.end_lineno, c.end_col + 1,
                              "multiple exception types must be parenthesized");
        }
        if (accept(p, TOK_KW_AS)) {
            Token n = cur(p);
            if (n.kind != TOK_NAME)
                return perr_syntax(p);
            advance(p);
            name = ident(p, n);
        }
    }
    Vec body = {0};
    if (!parse_suite(p, &body, "'except' statement", t.lineno, false))
        return NULL;
    Node *h = mk_tok(p, NODE_ExceptHandler, t);
    h->v.ExceptHandler.type = type;
    h->v.ExceptHandler.name = name;
    h->v.ExceptHandler.body = vec_list(&body);
    return h;
}

static Node *parse_try(Parser *p) {
    Token t = advance(p);
    Vec body = {0}, handlers = {0}, orelse = {0}, finalbody = {0};
    if (!parse_suite(p, &body, "'try' statement", t.lineno, true))
        return NULL;
    while (kind(p) == TOK_KW_EXCEPT) {
        Node *h = parse_except(p);
        if (!h)
            return NULL;
        vec_push(p, &handlers, h);
    }
    if (handlers.n && !parse_else(p, &orelse))
        return NULL;
    if (kind(p) == TOK_KW_FINALLY) {
        Token f = advance(p);
        if (!parse_suite(p, &finalbody, "'finally' statement", f.lineno, true))
            return NULL;
    }
    if (!handlers.n && !finalbody.n)
        return perr_tok(p, cur(p), "expected 'except' or 'finally' block");
    Node *n = mk_tok(p, NODE_Try, t);
    n->v.Try.body = vec_list(&body);
    n->v.Try.handlers = vec_list(&handlers);
    n->v.Try.orelse = vec_list(&orelse);
    n->v.Try.finalbody = vec_list(&finalbody);
    return n;
}

static Node *parse_funcdef(Parser *p, Token start, bool is_async, Vec *decorators) {
    Token t = advance(p);
    Token name = cur(p);
    if (name.kind != TOK_NAME)
        return perr_syntax(p);
    advance(p);
    if (kind(p) != TOK_LPAR) {
        Token c = cur(p);
        return perr_range(p, c.lineno, c.col, c.lineno, c.col, "expected '('");
    }
    advance(p);
    Node *args = parse_arguments(p, false, TOK_RPAR);
    if (!args || !expect(p, TOK_RPAR))
        return NULL;
    Node *returns = NULL;
    if (accept(p, TOK_RARROW) && !(returns = parse_expression(p)))
        return NULL;
    Vec body = {0};
    if (!parse_suite(p, &body, "function definition", t.lineno, true))
        return NULL;
    Node *n = mk_tok(p, is_async ? NODE_AsyncFunctionDef : NODE_FunctionDef, start);
    n->v.FunctionDef.name = ident(p, name);
    n->v.FunctionDef.args = args;
    n->v.FunctionDef.body = vec_list(&body);
    n->v.FunctionDef.decorator_list = vec_list(decorators);
    n->v.FunctionDef.returns = returns;
    return n;
}

static Node *parse_classdef(Parser *p, Vec *decorators) {
    Token t = advance(p);
    Token name = cur(p);
    if (name.kind != TOK_NAME)
        return perr_syntax(p);
    advance(p);
    Vec bases = {0}, kws = {0};
    Token open = cur(p);
    if (accept(p, TOK_LPAR) && !parse_call_args(p, open, &bases, &kws))
        return NULL;
    Vec body = {0};
    if (!parse_suite(p, &body, "class definition", t.lineno, true))
        return NULL;
    Node *n = mk_tok(p, NODE_ClassDef, t);
    n->v.ClassDef.name = ident(p, name);
    n->v.ClassDef.bases = vec_list(&bases);
    n->v.ClassDef.keywords = vec_list(&kws);
    n->v.ClassDef.body = vec_list(&body);
    n->v.ClassDef.decorator_list = vec_list(decorators);
    return n;
}

/* decorators followed by a def, async def or class. */
static Node *parse_decorated(Parser *p) {
    Vec decorators = {0};
    while (accept(p, TOK_AT)) {
        Node *d = parse_named_expression(p);
        if (!d || !expect(p, TOK_NEWLINE))
            return NULL;
        vec_push(p, &decorators, d);
    }
    Token t = cur(p);
    if (t.kind == TOK_KW_DEF)
        return parse_funcdef(p, t, false, &decorators);
    if (t.kind == TOK_KW_CLASS)
        return parse_classdef(p, &decorators);
    if (t.kind == TOK_KW_ASYNC && kind_at(p, 1) == TOK_KW_DEF) {
        advance(p);
        return parse_funcdef(p, t, true, &decorators);
    }
    return perr_syntax(p);
}

static Node *parse_async(Parser *p) {
    Token t = advance(p);
    Vec none = {0};
    switch (kind(p)) {
    case TOK_KW_DEF: return parse_funcdef(p, t, true, &none);
    case TOK_KW_FOR: return parse_for(p, t, true);
    case TOK_KW_WITH: return parse_with(p, t, true);
    default: return perr_syntax(p);
    }
}

/* A soft-keyword `match` statement: `match` subject ':' NEWLINE INDENT.
 * Told apart from a use of the name `match` by what follows. */
static bool is_match_stmt(Parser *p) {
    TokKind k1 = kind_at(p, 1);
    if (!starts_expr(k1) && k1 != TOK_STAR)
        return false;
    int depth = 0;
    for (size_t k = 1;; k++) {
        TokKind kk = kind_at(p, k);
        if (kk == TOK_ENDMARKER)
            return false;
        if (kk == TOK_LPAR || kk == TOK_LSQB || kk == TOK_LBRACE)
            depth++;
        else if (kk == TOK_RPAR || kk == TOK_RSQB || kk == TOK_RBRACE)
            depth--;
        else if (depth == 0 && (kk == TOK_EQUAL || kk == TOK_SEMI))
            return false;
        else if (kk == TOK_NEWLINE)
            return kind_at(p, k - 1) == TOK_COLON && kind_at(p, k + 1) == TOK_INDENT;
    }
}

/* `print x` / `exec x`: CPython's hint about the missing parentheses. */
static void *perr_print(Parser *p, Node *e) {
    size_t k = 0;
    while (kind_at(p, k) != TOK_NEWLINE && kind_at(p, k) != TOK_SEMI &&
           kind_at(p, k) != TOK_ENDMARKER)
        k++;
    Token last = tok_at(p, p->pos + (k ? k - 1 : 0));
    return perr_range(p, e->lineno, e->col_offset, last.end_lineno, last.end_col,
                      "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->v.Name.id,
                      e->v.Name.id);
}

static int augassign_op(TokKind k) {
    switch (k) {
    case TOK_PLUSEQUAL: return AST_ADD;
    case TOK_MINEQUAL: return AST_SUB;
    case TOK_STAREQUAL: return AST_MULT;
    case TOK_SLASHEQUAL: return AST_DIV;
    case TOK_DOUBLESLASHEQUAL: return AST_FLOORDIV;
    case TOK_PERCENTEQUAL: return AST_MOD;
    case TOK_DOUBLESTAREQUAL: return AST_POW;
    case TOK_LEFTSHIFTEQUAL: return AST_LSHIFT;
    case TOK_RIGHTSHIFTEQUAL: return AST_RSHIFT;
    case TOK_AMPEREQUAL: return AST_BITAND;
    case TOK_VBAREQUAL: return AST_BITOR;
    case TOK_CIRCUMFLEXEQUAL: return AST_BITXOR;
    case TOK_ATEQUAL: return AST_MATMULT;
    default: return -1;
    }
}

static Node *parse_annassign(Parser *p, Node *target, bool parenthesized) {
    if (target->kind == NODE_Tuple || target->kind == NODE_List)
        return perr_node(p, target, "only single target (not %s) can be annotated",
                         target->kind == NODE_Tuple ? "tuple" : "list");
    if (target->kind != NODE_Name && target->kind != NODE_Attribute &&
        target->kind != NODE_Subscript)
        return perr_node(p, target, "%s", "illegal target for annotation");
    advance(p);
    set_ctx(p, target, TARGET_PLAIN, true);
    Node *ann = parse_expression(p);
    if (!ann)
        return NULL;
    Node *value = NULL;
    if (accept(p, TOK_EQUAL) && !(value = parse_yield_or_star_expressions(p)))
        return NULL;
    Node *n = mk_from(p, NODE_AnnAssign, target);
    if (parenthesized) {
        n->lineno = target->lineno;
        n->col_offset = target->col_offset - 1;
    }
    n->v.AnnAssign.target = target;
    n->v.AnnAssign.annotation = ann;
    n->v.AnnAssign.value = value;
    n->v.AnnAssign.simple = target->kind == NODE_Name && !parenthesized;
    return n;
}

/* Assignment chain `t1 = t2 = value` after the first target (whose first
 * token is start). */
static Node *parse_assign(Parser *p, Node *first, Token start) {
    Vec targets = {0};
    vec_push(p, &targets, first);
    Node *value = NULL;
    while (accept(p, TOK_EQUAL)) {
        value = parse_yield_or_star_expressions(p);
        if (!value)
            return NULL;
        vec_push(p, &targets, value);
    }
    targets.n--;
    for (size_t i = 0; i < targets.n; i++) {
        Node *t = targets.items[i];
        if (t->kind == NODE_Yield || t->kind == NODE_YieldFrom) {
            if (i > 0)
                return perr_node(p, t, "%s", "assignment to yield expression not possible");
        }
        if (!set_ctx(p, t, i == 0 ? TARGET_ASSIGN : TARGET_PLAIN, true))
            return NULL;
    }
    Node *n = mk_tok(p, NODE_Assign, start);
    n->v.Assign.targets = vec_list(&targets);
    n->v.Assign.value = value;
    return n;
}

static Node *parse_expr_stmt(Parser *p) {
    Token start = cur(p);
    Node *e = parse_yield_or_star_expressions(p);
    if (!e)
        return NULL;
    TokKind k = kind(p);
    if (k == TOK_EQUAL)
        return parse_assign(p, e, start);
    if (k == TOK_COLON)
        return parse_annassign(p, e, start.kind == TOK_LPAR);
    if (k == TOK_COLONEQUAL && e->kind != NODE_Name)
        return perr_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
    int op = augassign_op(k);
    if (op >= 0) {
        if (e->kind != NODE_Name && e->kind != NODE_Attribute && e->kind != NODE_Subscript)
            return perr_node(p, e, "'%s' is an illegal expression for augmented assignment",
                             expr_name(e));
        set_ctx(p, e, TARGET_PLAIN, true);
        advance(p);
        Node *v = parse_yield_or_star_expressions(p);
        if (!v)
            return NULL;
        Node *n = mk_tok(p, NODE_AugAssign, start);
        n->v.AugAssign.target = e;
        n->v.AugAssign.op = (AstBinOp)op;
        n->v.AugAssign.value = v;
        return n;
    }
    if (e->kind == NODE_Name && (k == TOK_NAME || k == TOK_NUMBER || k == TOK_STRING) &&
        (strcmp(e->v.Name.id, "print") == 0 || strcmp(e->v.Name.id, "exec") == 0))
        return perr_print(p, e);
    Node *n = mk_tok(p, NODE_Expr, start);
    n->v.Expr.value = e;
    return n;
}

static Node *parse_names_stmt(Parser *p, NodeKind kind_) {
    Token t = advance(p);
    const char **names = NULL;
    size_t n = 0, cap = 0;
    do {
        Token name = cur(p);
        if (name.kind != TOK_NAME)
            return perr_syntax(p);
        advance(p);
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            const char **grown = arena_alloc(p->arena, cap * sizeof *grown);
            if (n)
                memcpy(grown, names, n * sizeof *names);
            names = grown;
        }
        names[n++] = ident(p, name);
    } while (accept(p, TOK_COMMA));
    Node *s = mk_tok(p, kind_, t);
    s->v.Global.names = (IdentList){names, n};
    return s;
}

/* dotted_name: NAME ('.' NAME)* as one arena string. */
static const char *parse_dotted_name(Parser *p) {
    Token t = cur(p);
    if (t.kind != TOK_NAME) {
        perr_syntax(p);
        return NULL;
    }
    advance(p);
    Buf b = {0};
    buf_add(p, &b, t.start, t.len);
    while (kind(p) == TOK_DOT) {
        advance(p);
        Token n = cur(p);
        if (n.kind != TOK_NAME) {
            perr_syntax(p);
            return NULL;
        }
        advance(p);
        buf_add(p, &b, ".", 1);
        buf_add(p, &b, n.start, n.len);
    }
    return b.data;
}

static Node *parse_alias(Parser *p, bool dotted) {
    Token t = cur(p);
    const char *name;
    if (dotted) {
        name = parse_dotted_name(p);
    } else if (t.kind == TOK_NAME) {
        advance(p);
        name = ident(p, t);
    } else {
        return perr_syntax(p);
    }
    if (!name)
        return NULL;
    const char *asname = NULL;
    if (accept(p, TOK_KW_AS)) {
        Token a = cur(p);
        if (a.kind != TOK_NAME)
            return perr_syntax(p);
        advance(p);
        asname = ident(p, a);
    }
    Node *n = mk_tok(p, NODE_alias, t);
    n->v.alias.name = name;
    n->v.alias.asname = asname;
    return n;
}

static Node *parse_import(Parser *p) {
    Token t = advance(p);
    Vec names = {0};
    do {
        Node *a = parse_alias(p, true);
        if (!a)
            return NULL;
        vec_push(p, &names, a);
    } while (accept(p, TOK_COMMA));
    Node *n = mk_tok(p, NODE_Import, t);
    n->v.Import.names = vec_list(&names);
    return n;
}

static Node *parse_from_import(Parser *p) {
    Token t = advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, TOK_DOT))
            level++;
        else if (accept(p, TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (kind(p) != TOK_KW_IMPORT || level == 0) {
        module = parse_dotted_name(p);
        if (!module)
            return NULL;
    }
    if (!expect(p, TOK_KW_IMPORT))
        return NULL;
    Vec names = {0};
    Token star = cur(p);
    if (accept(p, TOK_STAR)) {
        Node *a = mk_tok(p, NODE_alias, star);
        a->v.alias.name = "*";
        vec_push(p, &names, a);
    } else {
        bool parens = accept(p, TOK_LPAR);
        do {
            if (parens && names.n && kind(p) == TOK_RPAR)
                break;
            if (!parens && names.n && (kind(p) == TOK_NEWLINE || kind(p) == TOK_SEMI ||
                                       kind(p) == TOK_ENDMARKER))
                return perr_tok(p, cur(p),
                                "trailing comma not allowed without surrounding parentheses");
            Node *a = parse_alias(p, false);
            if (!a)
                return NULL;
            vec_push(p, &names, a);
        } while (accept(p, TOK_COMMA));
        if (parens && !expect(p, TOK_RPAR))
            return NULL;
    }
    Node *n = mk_tok(p, NODE_ImportFrom, t);
    n->v.ImportFrom.module = module;
    n->v.ImportFrom.names = vec_list(&names);
    n->v.ImportFrom.level = level;
    return n;
}

static Node *parse_del(Parser *p) {
    Token t = advance(p);
    Vec targets = {0};
    do {
        if (targets.n > 0 && !starts_expr(kind(p)))
            break; /* a trailing comma */
        Node *e = parse_star_named(p);
        if (!e || !set_ctx(p, e, TARGET_DEL, true))
            return NULL;
        vec_push(p, &targets, e);
    } while (accept(p, TOK_COMMA));
    Node *n = mk_tok(p, NODE_Delete, t);
    n->v.Delete.targets = vec_list(&targets);
    return n;
}

static Node *parse_simple(Parser *p) {
    Token t = cur(p);
    switch (t.kind) {
    case TOK_KW_PASS: advance(p); return mk_tok(p, NODE_Pass, t);
    case TOK_KW_BREAK: advance(p); return mk_tok(p, NODE_Break, t);
    case TOK_KW_CONTINUE: advance(p); return mk_tok(p, NODE_Continue, t);
    case TOK_KW_RETURN: {
        advance(p);
        Node *v = NULL;
        if ((starts_expr(kind(p)) || kind(p) == TOK_STAR) && !(v = parse_star_expressions(p)))
            return NULL;
        Node *n = mk_tok(p, NODE_Return, t);
        n->v.Return.value = v;
        return n;
    }
    case TOK_KW_RAISE: {
        advance(p);
        Node *exc = NULL, *cause = NULL;
        if (starts_expr(kind(p))) {
            if (!(exc = parse_expression(p)))
                return NULL;
            if (accept(p, TOK_KW_FROM) && !(cause = parse_expression(p)))
                return NULL;
        }
        Node *n = mk_tok(p, NODE_Raise, t);
        n->v.Raise.exc = exc;
        n->v.Raise.cause = cause;
        return n;
    }
    case TOK_KW_GLOBAL: return parse_names_stmt(p, NODE_Global);
    case TOK_KW_NONLOCAL: return parse_names_stmt(p, NODE_Nonlocal);
    case TOK_KW_DEL: return parse_del(p);
    case TOK_KW_ASSERT: {
        advance(p);
        Node *test = parse_expression(p), *msg = NULL;
        if (!test)
            return NULL;
        if (accept(p, TOK_COMMA) && !(msg = parse_expression(p)))
            return NULL;
        Node *n = mk_tok(p, NODE_Assert, t);
        n->v.Assert.test = test;
        n->v.Assert.msg = msg;
        return n;
    }
    case TOK_KW_IMPORT: return parse_import(p);
    case TOK_KW_FROM: return parse_from_import(p);
    default: return parse_expr_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static bool parse_simple_stmts(Parser *p, Vec *body) {
    for (;;) {
        Node *s = parse_simple(p);
        if (!s)
            return false;
        vec_push(p, body, s);
        if (accept(p, TOK_NEWLINE))
            return true;
        if (!accept(p, TOK_SEMI)) {
            perr_syntax(p);
            return false;
        }
        if (accept(p, TOK_NEWLINE))
            return true;
    }
}

static bool parse_statement(Parser *p, Vec *body) {
    Token t = cur(p);
    Node *s = NULL;
    switch (t.kind) {
    case TOK_KW_IF: s = parse_if(p); break;
    case TOK_KW_WHILE: s = parse_while(p); break;
    case TOK_KW_FOR: s = parse_for(p, t, false); break;
    case TOK_KW_TRY: s = parse_try(p); break;
    case TOK_KW_WITH: s = parse_with(p, t, false); break;
    case TOK_KW_DEF:
    case TOK_KW_CLASS:
    case TOK_AT: s = parse_decorated(p); break;
    case TOK_KW_ASYNC: s = parse_async(p); break;
    case TOK_INDENT:
        perr_range(p, t.lineno, t.end_col - 1, t.lineno, t.end_col, "unexpected indent");
        p->err->end_col = -1;
        p->err->indentation_error = true;
        return false;
    case TOK_NAME:
        if (tok_is_name(p, 0, "match") && is_match_stmt(p)) {
            perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col,
                       "'match' statements are not supported by baton");
            return false;
        }
        return parse_simple_stmts(p, body);
    default: return parse_simple_stmts(p, body);
    }
    if (!s)
        return false;
    vec_push(p, body, s);
    return true;
}

/* ---- entry points ---- */

static Node *parse_file(Parser *p) {
    Vec body = {0};
    while (!p->failed && kind(p) != TOK_ENDMARKER) {
        if (accept(p, TOK_NEWLINE))
            continue;
        if (!parse_statement(p, &body))
            return NULL;
    }
    Node *m = ast_node_new(p->arena, NODE_Module, 1, 0, p->last_line, p->last_col);
    m->v.Module.body = vec_list(&body);
    return p->failed ? NULL : m;
}

static Node *parse_eval(Parser *p) {
    while (accept(p, TOK_NEWLINE) || accept(p, TOK_INDENT))
        ;
    Node *e = parse_star_expressions(p);
    if (!e)
        return NULL;
    while (accept(p, TOK_NEWLINE) || accept(p, TOK_DEDENT))
        ;
    if (kind(p) != TOK_ENDMARKER)
        return perr_syntax(p);
    Node *m = ast_node_new(p->arena, NODE_Expression, e->lineno, e->col_offset, e->end_lineno,
                           e->end_col_offset);
    m->v.Expression.body = e;
    return m;
}

static Node *parse_single(Parser *p) {
    Vec body = {0};
    while (accept(p, TOK_NEWLINE))
        ;
    if (kind(p) != TOK_ENDMARKER && !parse_statement(p, &body))
        return NULL;
    while (accept(p, TOK_NEWLINE) || accept(p, TOK_DEDENT))
        ;
    if (kind(p) != TOK_ENDMARKER) {
        Token t = cur(p);
        return perr_range(p, t.lineno, t.col, t.end_lineno, t.end_col,
                          "multiple statements found while compiling a single statement");
    }
    Node *m = ast_node_new(p->arena, NODE_Interactive, 1, 0, p->last_line, p->last_col);
    m->v.Interactive.body = vec_list(&body);
    return m;
}

/* Reject input that is not valid UTF-8 or holds NUL bytes. */
static bool check_source(Parser *p) {
    const unsigned char *s = (const unsigned char *)p->src;
    int line = 1, col = 0;
    for (size_t i = 0; i < p->len; col++) {
        unsigned c = s[i];
        size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c < 0xE0) ? 2 : (c >= 0xE0 && c < 0xF0) ? 3
                                : (c >= 0xF0 && c < 0xF5) ? 4 : 0;
        bool ok = n > 0 && i + n <= p->len;
        for (size_t k = 1; ok && k < n; k++)
            ok = (s[i + k] & 0xC0) == 0x80;
        if (ok && n == 3)
            ok = !(c == 0xE0 && s[i + 1] < 0xA0) && !(c == 0xED && s[i + 1] >= 0xA0);
        if (ok && n == 4)
            ok = !(c == 0xF0 && s[i + 1] < 0x90) && !(c == 0xF4 && s[i + 1] >= 0x90);
        if (!ok) {
            perr_range(p, line, col, line, col + 1,
                       "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: "
                       "invalid %s byte",
                       c, i, n > 1 ? "continuation" : "start");
            return false;
        }
        if (c == 0) {
            perr_range(p, line, col, line, col + 1, "source code cannot contain null bytes");
            return false;
        }
        if (c == '\n') {
            line++;
            col = -1;
        }
        i += n;
    }
    return true;
}

static int parse_sub(const char *src, size_t len, ParseMode mode, Arena *arena, Node **out,
                     SyntaxErr *err, int line_offset, int col_offset, int depth) {
    Parser p;
    memset(&p, 0, sizeof p);
    memset(err, 0, sizeof *err);
    p.src = src;
    p.len = len;
    p.arena = arena;
    p.err = err;
    p.depth = depth;
    p.height = depth;
    p.last_line = 1;
    p.in_fstring = line_offset != 0 || col_offset != 0 || depth != 0;
    lexer_init(&p.lx, src, len, err);
    p.lx.line_offset = line_offset;
    p.lx.col_offset = col_offset;
    if (mode == PARSE_EVAL)
        p.lx.at_bol = false;
    Node *root = NULL;
    if (check_source(&p)) {
        if (mode == PARSE_FILE)
            root = parse_file(&p);
        else if (mode == PARSE_EVAL)
            root = parse_eval(&p);
        else
            root = parse_single(&p);
    }
    free(p.toks);
    if (!root || p.failed) {
        if (!err->msg[0])
            snprintf(err->msg, sizeof err->msg, "invalid syntax");
        *out = NULL;
        return -1;
    }
    *out = root;
    return 0;
}

int parse_source(const char *src, size_t len, ParseMode mode, Arena *arena, Node **out,
                 SyntaxErr *err) {
    return parse_sub(src, len, mode, arena, out, err, 0, 0, 0);
}
