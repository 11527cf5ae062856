/* symtable.h - scopes and the binding of every name, computed from the AST
 * before code generation.
 *
 * One Scope per module, class body, function, lambda, comprehension and
 * generator expression (3.11 style: a comprehension is a function whose one
 * argument `.0` is the iterator of its first `for`, evaluated outside).
 * Every name a scope mentions gets a Symbol whose `where` says how the code
 * reaches it: a fast local, a cell it owns, a free variable from an
 * enclosing function, an explicit (`global x`) or implicit global. Names in
 * class bodies are stored mangled (`__x` -> `_C__x`) as CPython does.
 */
#ifndef BATON_SYMTABLE_H
#define BATON_SYMTABLE_H

#include <stdbool.h>

#include "ast.h"

typedef enum { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION } ScopeKind;

/* Symbol.flags: how the scope itself uses the name. */
#define SYM_ASSIGNED 0x01   /* bound here: assignment, def, class, import, for, as, del */
#define SYM_PARAM 0x02
#define SYM_USED 0x04
#define SYM_GLOBAL 0x08     /* `global` declaration */
#define SYM_NONLOCAL 0x10   /* `nonlocal` declaration */
#define SYM_COMP_ITER 0x20  /* a comprehension's iteration variable */

typedef enum {
    WHERE_LOCAL,            /* function: fast local; module/class: the namespace */
    WHERE_CELL,             /* a local captured by an inner function */
    WHERE_FREE,             /* a variable of an enclosing function */
    WHERE_GLOBAL_EXPLICIT,
    WHERE_GLOBAL_IMPLICIT
} SymWhere;

typedef struct {
    const char *name;
    int flags;
    SymWhere where;
    const Node *decl;        /* first global/nonlocal statement naming it */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    const char *name;        /* "f", "C", "<lambda>", "<listcomp>", "<module>" */
    const char *qualname;
    const char *private_name;/* the enclosing class name for mangling, or NULL */
    const Node *node;        /* the defining node (NULL for the module) */
    Scope *parent;
    Symbol *syms;
    size_t nsyms, symcap;
    Scope **children;
    size_t nchildren, childcap;
    const char **varnames;   /* fast locals in order: arguments first */
    size_t nvarnames, varcap;
    const char **cellvars, **freevars;
    size_t ncells, nfree;
    int argcount, posonlyargcount, kwonlyargcount;
    bool has_varargs, has_varkw;
    bool is_lambda, is_comprehension;
    bool is_generator;       /* contains yield (or is a genexp) */
    bool is_coroutine;       /* async def, or a comprehension that awaits */
    bool is_async;           /* async def */
    bool needs_class_cell;   /* class body that provides __class__ */
};

typedef struct {
    const char *msg;         /* NULL: no error */
    int lineno, col_offset, end_lineno, end_col_offset;
    char buf[256];
} SymError;

typedef struct SymTable {
    Arena *arena;            /* owns the scopes and mangled names */
    Scope *top;
    SymError err;
} SymTable;

/* Build the table for a module / expression / interactive tree. Returns
 * false with st->err filled on a SyntaxError. Free with symtable_free even
 * on failure. */
bool symtable_build(SymTable *st, const Node *mod);
void symtable_free(SymTable *st);

/* The child scope created for node (FunctionDef, Lambda, ClassDef,
 * comprehension expression), or NULL. */
Scope *symtable_child(const Scope *s, const Node *node);
/* The symbol of name (already mangled) in s, or NULL. */
const Symbol *symtable_lookup(const Scope *s, const char *name);
/* Mangle name for the scope's private class name; returns name itself when
 * no mangling applies, else a string in arena. */
const char *symtable_mangle(Arena *arena, const char *private_name, const char *name);
/* Index of name in the list, or -1. */
int symtable_index(const char **list, size_t n, const char *name);

#endif
