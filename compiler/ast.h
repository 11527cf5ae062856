/* ast.h - the abstract syntax tree produced by the parser.
 *
 * The node kinds and their fields follow Python's own `ast` module (same
 * names, same meaning), so `ast_dump()` can be compared with CPython's
 * `ast.dump()`. The AST is independent of the VM: it holds no Value.
 *
 * Every node lives in an Arena and is freed with it (arena_free). A node is
 * one `Node` struct: a kind, a source range, and a union `v` with one member
 * per kind (named after the kind). Kinds that share a layout share a member:
 *   AsyncFunctionDef uses v.FunctionDef, AsyncFor uses v.For,
 *   AsyncWith uses v.With.
 *
 * Conventions:
 *   - Sequences are NodeList {items, count}; an absent optional child is NULL.
 *     Dict.keys has a NULL item for a `**d` entry; arguments.kw_defaults has
 *     a NULL item for a keyword-only parameter without default.
 *   - Identifiers are NUL-terminated UTF-8 strings in the arena.
 *   - Positions: lineno/end_lineno are 1-based; col_offset/end_col_offset are
 *     0-based UTF-8 byte offsets into the line, as in CPython's ast. The end
 *     is exclusive.
 *   - Constant holds the raw literal: for INT/FLOAT the literal's text with
 *     underscores removed ("0x1F", "1.5e3"), to be converted by the compiler;
 *     for STR the decoded UTF-8 bytes (may contain NUL, see len); for BYTES
 *     the decoded bytes. data is NUL-terminated in the arena in every case.
 */
#ifndef BATON_AST_H
#define BATON_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* ---- arena ---- */

typedef struct Arena Arena;

Arena *arena_new(void);
void arena_free(Arena *a);                       /* frees every node at once; NULL is ok */
void *arena_alloc(Arena *a, size_t size);        /* zeroed, 16-byte aligned; aborts on OOM */
char *arena_strndup(Arena *a, const char *s, size_t len); /* copies len bytes, adds NUL */

/* ---- enums ---- */

typedef enum {
    /* mod */
    NODE_Module, NODE_Interactive, NODE_Expression,
    /* stmt */
    NODE_FunctionDef, NODE_AsyncFunctionDef, NODE_ClassDef, NODE_Return,
    NODE_Delete, NODE_Assign, NODE_AugAssign, NODE_AnnAssign,
    NODE_For, NODE_AsyncFor, NODE_While, NODE_If, NODE_With, NODE_AsyncWith,
    NODE_Raise, NODE_Try, NODE_Assert, NODE_Import, NODE_ImportFrom,
    NODE_Global, NODE_Nonlocal, NODE_Expr, NODE_Pass, NODE_Break, NODE_Continue,
    /* expr */
    NODE_BoolOp, NODE_NamedExpr, NODE_BinOp, NODE_UnaryOp, NODE_Lambda,
    NODE_IfExp, NODE_Dict, NODE_Set, NODE_ListComp, NODE_SetComp,
    NODE_DictComp, NODE_GeneratorExp, NODE_Await, NODE_Yield, NODE_YieldFrom,
    NODE_Compare, NODE_Call, NODE_FormattedValue, NODE_JoinedStr,
    NODE_Constant, NODE_Attribute, NODE_Subscript, NODE_Starred, NODE_Name,
    NODE_List, NODE_Tuple, NODE_Slice,
    /* helpers */
    NODE_arguments, NODE_arg, NODE_keyword, NODE_alias, NODE_withitem,
    NODE_ExceptHandler, NODE_comprehension,
    NODE_KIND_COUNT
} NodeKind;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

/* Binary operators: same numbering as BinOp in vm/object.h
 * (BINOP_ADD .. BINOP_MATMUL), so the compiler may cast. */
typedef enum {
    AST_ADD, AST_SUB, AST_MULT, AST_DIV, AST_FLOORDIV, AST_MOD, AST_POW,
    AST_LSHIFT, AST_RSHIFT, AST_BITAND, AST_BITOR, AST_BITXOR, AST_MATMULT
} AstBinOp;

/* Unary operators: the first three match UnOp in vm/object.h
 * (UNOP_NEG, UNOP_POS, UNOP_INVERT); Not has no UnOp. */
typedef enum { AST_USUB, AST_UADD, AST_INVERT, AST_NOT } AstUnaryOp;

typedef enum { AST_AND, AST_OR } AstBoolOp;

/* Comparison operators: the first six match CmpOp in vm/object.h
 * (CMP_LT .. CMP_GE); the identity/membership tests follow. */
typedef enum {
    AST_LT, AST_LTE, AST_EQ, AST_NOTEQ, AST_GT, AST_GTE,
    AST_IS, AST_ISNOT, AST_IN, AST_NOTIN
} AstCmpOp;

typedef enum {
    AST_CONST_NONE, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT, AST_CONST_FLOAT, AST_CONST_STR, AST_CONST_BYTES
} AstConstKind;

/* FormattedValue.conversion: -1 (none) or the character code. */
#define AST_CONV_NONE (-1)
#define AST_CONV_STR 's'
#define AST_CONV_REPR 'r'
#define AST_CONV_ASCII 'a'

/* ---- nodes ---- */

typedef struct Node Node;

typedef struct {
    Node **items;
    size_t count;
} NodeList;

typedef struct {
    const char **items;
    size_t count;
} IdentList;

struct Node {
    NodeKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* mod */
        struct { NodeList body; } Module;
        struct { NodeList body; } Interactive;
        struct { Node *body; } Expression;

        /* stmt */
        struct {   /* also AsyncFunctionDef */
            const char *name;
            Node *args;              /* NODE_arguments */
            NodeList body;
            NodeList decorator_list;
            Node *returns;           /* annotation or NULL */
        } FunctionDef;
        struct {
            const char *name;
            NodeList bases;
            NodeList keywords;       /* NODE_keyword */
            NodeList body;
            NodeList decorator_list;
        } ClassDef;
        struct { Node *value; } Return;            /* value may be NULL */
        struct { NodeList targets; } Delete;
        struct { NodeList targets; Node *value; } Assign;  /* a = b = value */
        struct { Node *target; AstBinOp op; Node *value; } AugAssign;
        struct {
            Node *target;
            Node *annotation;
            Node *value;             /* NULL for `x: int` */
            int simple;              /* 1: target is a plain Name not in parens */
        } AnnAssign;
        struct { Node *target; Node *iter; NodeList body; NodeList orelse; } For; /* also AsyncFor */
        struct { Node *test; NodeList body; NodeList orelse; } While;
        struct { Node *test; NodeList body; NodeList orelse; } If;  /* elif: orelse holds one If */
        struct { NodeList items; NodeList body; } With;   /* items: NODE_withitem; also AsyncWith */
        struct { Node *exc; Node *cause; } Raise;         /* both may be NULL */
        struct {
            NodeList body;
            NodeList handlers;       /* NODE_ExceptHandler */
            NodeList orelse;
            NodeList finalbody;
        } Try;
        struct { Node *test; Node *msg; } Assert;          /* msg may be NULL */
        struct { NodeList names; } Import;                 /* NODE_alias */
        struct {
            const char *module;      /* NULL for `from . import x` */
            NodeList names;          /* NODE_alias; name "*" for import-star */
            int level;               /* number of leading dots */
        } ImportFrom;
        struct { IdentList names; } Global;
        struct { IdentList names; } Nonlocal;
        struct { Node *value; } Expr;

        /* expr */
        struct { AstBoolOp op; NodeList values; } BoolOp;  /* two or more values */
        struct { Node *target; Node *value; } NamedExpr;   /* target is a Name (Store) */
        struct { Node *left; AstBinOp op; Node *right; } BinOp;
        struct { AstUnaryOp op; Node *operand; } UnaryOp;
        struct { Node *args; Node *body; } Lambda;         /* args: NODE_arguments */
        struct { Node *test; Node *body; Node *orelse; } IfExp;
        struct { NodeList keys; NodeList values; } Dict;   /* keys[i] NULL: **values[i] */
        struct { NodeList elts; } Set;
        struct { Node *elt; NodeList generators; } ListComp;     /* NODE_comprehension */
        struct { Node *elt; NodeList generators; } SetComp;
        struct { Node *key; Node *value; NodeList generators; } DictComp;
        struct { Node *elt; NodeList generators; } GeneratorExp;
        struct { Node *value; } Await;
        struct { Node *value; } Yield;                     /* value may be NULL */
        struct { Node *value; } YieldFrom;
        struct {
            Node *left;
            AstCmpOp *ops;           /* comparators.count entries */
            NodeList comparators;
        } Compare;
        struct { Node *func; NodeList args; NodeList keywords; } Call;
        struct {
            Node *value;
            int conversion;          /* AST_CONV_* */
            Node *format_spec;       /* a JoinedStr, or NULL */
        } FormattedValue;
        struct { NodeList values; } JoinedStr;  /* Constant(STR) and FormattedValue */
        struct {
            AstConstKind kind;
            const char *data;        /* INT/FLOAT text, STR/BYTES decoded bytes; else NULL */
            size_t len;              /* bytes in data */
            bool u_prefix;           /* u"..." (ast.dump shows kind='u') */
        } Constant;
        struct { Node *value; const char *attr; ExprContext ctx; } Attribute;
        struct { Node *value; Node *slice; ExprContext ctx; } Subscript;
        struct { Node *value; ExprContext ctx; } Starred;
        struct { const char *id; ExprContext ctx; } Name;
        struct { NodeList elts; ExprContext ctx; } List;
        struct { NodeList elts; ExprContext ctx; } Tuple;
        struct { Node *lower; Node *upper; Node *step; } Slice;  /* each may be NULL */

        /* helpers */
        struct {
            NodeList posonlyargs;    /* NODE_arg */
            NodeList args;           /* NODE_arg */
            Node *vararg;            /* NODE_arg or NULL */
            NodeList kwonlyargs;     /* NODE_arg */
            NodeList kw_defaults;    /* one per kwonlyarg; NULL item: no default */
            Node *kwarg;             /* NODE_arg or NULL */
            NodeList defaults;       /* for the last len(defaults) of posonlyargs+args */
        } arguments;
        struct { const char *arg; Node *annotation; } arg;      /* annotation may be NULL */
        struct { const char *arg; Node *value; } keyword;       /* arg NULL: **value */
        struct { const char *name; const char *asname; } alias; /* name may be dotted; asname may be NULL */
        struct { Node *context_expr; Node *optional_vars; } withitem;
        struct { Node *type; const char *name; NodeList body; } ExceptHandler; /* type, name may be NULL */
        struct { Node *target; Node *iter; NodeList ifs; bool is_async; } comprehension;
    } v;
};

/* ---- helpers ---- */

/* A new node of the given kind, zeroed, positioned at the given range. */
Node *ast_node_new(Arena *a, NodeKind kind, int lineno, int col, int end_lineno, int end_col);

/* Python's name for a node kind ("FunctionDef", "arguments", ...). */
const char *ast_kind_name(NodeKind kind);

/* Print n in the format of Python's ast.dump(n) (no attributes, no indent),
 * followed by nothing (no newline). */
void ast_dump(const Node *n, FILE *out);

/* Like ast_dump into a malloc'ed NUL-terminated string (caller frees). */
char *ast_dump_str(const Node *n);

#endif
