/* symtable.c - build the scope tree from the AST (pass 1: what each scope
 * does with each name), then resolve every name (pass 2: local, cell, free,
 * global), as CPython 3.11's symtable does.
 *
 * Pass 2, for a scope S with the set B of names bound by enclosing FUNCTION
 * scopes and the set G of names declared global in enclosing scopes:
 *   declared global -> explicit global; declared nonlocal -> free (must be in
 *   B); bound in S -> local; in B -> free; in G -> explicit global; else
 *   implicit global.
 * Children see B plus S's locals when S is a function, B plus `__class__`
 * when S is a class (class bodies do not leak their names), nothing from the
 * module. A name free in a child becomes a cell of S if S binds it, and is
 * passed through S (a free variable of S too) otherwise; `__class__` free in
 * a child of a class makes the class body provide the __class__ cell.
 */
#include <stdio.h>
#include <string.h>

#include "symtable.h"

typedef struct {
    const char **items;
    size_t n, cap;
} NameSet;

static bool nameset_has(const NameSet *s, const char *name) {
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) return true;
    return false;
}

/* Both NameSet and the Scope arrays live in the arena; growth copies. */
static void *st_grow(Arena *a, void *buf, size_t n, size_t *cap, size_t sz) {
    if (n < *cap) return buf;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *nb = arena_alloc(a, ncap * sz);
    if (n) memcpy(nb, buf, n * sz);
    *cap = ncap;
    return nb;
}

static void nameset_add(Arena *a, NameSet *s, const char *name) {
    if (nameset_has(s, name)) return;
    s->items = st_grow(a, s->items, s->n, &s->cap, sizeof(char *));
    s->items[s->n++] = name;
}

static void nameset_remove(NameSet *s, const char *name) {
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) {
            s->items[i] = s->items[--s->n];
            return;
        }
}

static NameSet nameset_copy(Arena *a, const NameSet *s) {
    NameSet c = { NULL, 0, 0 };
    for (size_t i = 0; i < s->n; i++) nameset_add(a, &c, s->items[i]);
    return c;
}

const char *symtable_mangle(Arena *arena, const char *private_name, const char *name) {
    if (!private_name || name[0] != '_' || name[1] != '_') return name;
    size_t len = strlen(name);
    if ((len >= 4 && name[len - 1] == '_' && name[len - 2] == '_') || strchr(name, '.')) return name;
    while (*private_name == '_') private_name++;
    if (!*private_name) return name;
    size_t plen = strlen(private_name);
    char *out = arena_alloc(arena, plen + len + 2);
    out[0] = '_';
    memcpy(out + 1, private_name, plen);
    memcpy(out + 1 + plen, name, len + 1);
    return out;
}

int symtable_index(const char **list, size_t n, const char *name) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], name) == 0) return (int)i;
    return -1;
}

static Symbol *st_find(const Scope *s, const char *name) {
    for (size_t i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    return NULL;
}

const Symbol *symtable_lookup(const Scope *s, const char *name) {
    return st_find(s, name);
}

Scope *symtable_child(const Scope *s, const Node *node) {
    for (size_t i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node) return s->children[i];
    return NULL;
}

/* ---- pass 1: collecting ---- */

typedef struct {
    SymTable *st;
    Scope *cur;
} Builder;

static bool st_error(Builder *b, const Node *n, const char *fmt, const char *name) {
    SymError *e = &b->st->err;
    if (e->msg) return false;
    snprintf(e->buf, sizeof e->buf, fmt, name ? name : "");
    e->msg = e->buf;
    e->lineno = n->lineno;
    e->col_offset = n->col_offset;
    e->end_lineno = n->end_lineno;
    e->end_col_offset = n->end_col_offset;
    return false;
}

/* Add flags to name (unmangled) in the current scope. */
static Symbol *st_add(Builder *b, const char *raw, int flags) {
    Scope *s = b->cur;
    const char *name = symtable_mangle(b->st->arena, s->private_name, raw);
    Symbol *sym = st_find(s, name);
    if (!sym) {
        s->syms = st_grow(b->st->arena, s->syms, s->nsyms, &s->symcap, sizeof(Symbol));
        sym = &s->syms[s->nsyms++];
        sym->name = name;
        sym->flags = 0;
        sym->where = WHERE_GLOBAL_IMPLICIT;
        sym->decl = NULL;
    }
    sym->flags |= flags;
    return sym;
}

static const char *st_qualname(Builder *b, const char *name) {
    Scope *p = b->cur;
    if (p->kind == SCOPE_MODULE) return name;
    const char *sep = p->kind == SCOPE_FUNCTION ? ".<locals>." : ".";
    size_t n = strlen(p->qualname) + strlen(sep) + strlen(name) + 1;
    char *q = arena_alloc(b->st->arena, n);
    snprintf(q, n, "%s%s%s", p->qualname, sep, name);
    return q;
}

static Scope *st_new_scope(Builder *b, ScopeKind kind, const char *name, const Node *node) {
    Scope *s = arena_alloc(b->st->arena, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = b->cur;
    if (b->cur) {
        s->qualname = st_qualname(b, name);
        s->private_name = b->cur->private_name;
        Scope *p = b->cur;
        p->children = st_grow(b->st->arena, p->children, p->nchildren, &p->childcap, sizeof(Scope *));
        p->children[p->nchildren++] = s;
    } else {
        s->qualname = name;
    }
    return s;
}

static bool st_stmts(Builder *b, const NodeList *l);
static bool st_expr(Builder *b, const Node *n);

static bool st_exprs(Builder *b, const NodeList *l) {
    for (size_t i = 0; i < l->count; i++)
        if (l->items[i] && !st_expr(b, l->items[i])) return false;
    return true;
}

static bool st_param(Builder *b, const Node *arg) {
    Scope *s = b->cur;
    const char *name = symtable_mangle(b->st->arena, s->private_name, arg->v.arg.arg);
    if (st_find(s, name)) return st_error(b, arg, "duplicate argument '%s' in function definition", name);
    st_add(b, arg->v.arg.arg, SYM_PARAM);
    s->varnames = st_grow(b->st->arena, s->varnames, s->nvarnames, &s->varcap, sizeof(char *));
    s->varnames[s->nvarnames++] = name;
    return true;
}

/* Parameters in CPython's co_varnames order: positional, keyword-only,
 * *args, **kwargs. */
static bool st_params(Builder *b, const Node *args) {
    Scope *s = b->cur;
    const NodeList *groups[3] = { &args->v.arguments.posonlyargs, &args->v.arguments.args,
                                  &args->v.arguments.kwonlyargs };
    for (int g = 0; g < 3; g++)
        for (size_t i = 0; i < groups[g]->count; i++)
            if (!st_param(b, groups[g]->items[i])) return false;
    s->posonlyargcount = (int)args->v.arguments.posonlyargs.count;
    s->argcount = s->posonlyargcount + (int)args->v.arguments.args.count;
    s->kwonlyargcount = (int)args->v.arguments.kwonlyargs.count;
    if (args->v.arguments.vararg) {
        s->has_varargs = true;
        if (!st_param(b, args->v.arguments.vararg)) return false;
    }
    if (args->v.arguments.kwarg) {
        s->has_varkw = true;
        if (!st_param(b, args->v.arguments.kwarg)) return false;
    }
    return true;
}

/* Defaults are evaluated in the enclosing scope (annotations are not
 * evaluated at all in baton). */
static bool st_defaults(Builder *b, const Node *args) {
    return st_exprs(b, &args->v.arguments.defaults) && st_exprs(b, &args->v.arguments.kw_defaults);
}

static bool st_function(Builder *b, const Node *n) {
    bool is_async = n->kind == NODE_AsyncFunctionDef;
    const char *name = n->v.FunctionDef.name;
    if (!st_exprs(b, &n->v.FunctionDef.decorator_list) || !st_defaults(b, n->v.FunctionDef.args))
        return false;
    st_add(b, name, SYM_ASSIGNED);
    Scope *saved = b->cur;
    Scope *s = st_new_scope(b, SCOPE_FUNCTION, name, n);
    s->is_async = s->is_coroutine = is_async;
    b->cur = s;
    bool ok = st_params(b, n->v.FunctionDef.args) && st_stmts(b, &n->v.FunctionDef.body);
    b->cur = saved;
    return ok;
}

static bool st_lambda(Builder *b, const Node *n) {
    if (!st_defaults(b, n->v.Lambda.args)) return false;
    Scope *saved = b->cur;
    Scope *s = st_new_scope(b, SCOPE_FUNCTION, "<lambda>", n);
    s->is_lambda = true;
    b->cur = s;
    bool ok = st_params(b, n->v.Lambda.args) && st_expr(b, n->v.Lambda.body);
    b->cur = saved;
    return ok;
}

static bool st_class(Builder *b, const Node *n) {
    if (!st_exprs(b, &n->v.ClassDef.decorator_list) || !st_exprs(b, &n->v.ClassDef.bases))
        return false;
    for (size_t i = 0; i < n->v.ClassDef.keywords.count; i++)
        if (!st_expr(b, n->v.ClassDef.keywords.items[i]->v.keyword.value)) return false;
    st_add(b, n->v.ClassDef.name, SYM_ASSIGNED);
    Scope *saved = b->cur;
    Scope *s = st_new_scope(b, SCOPE_CLASS, n->v.ClassDef.name, n);
    s->private_name = n->v.ClassDef.name;
    b->cur = s;
    bool ok = st_stmts(b, &n->v.ClassDef.body);
    b->cur = saved;
    return ok;
}

static const char *st_comp_kind(const Node *n) {
    switch (n->kind) {
    case NODE_ListComp: return "list comprehension";
    case NODE_SetComp: return "set comprehension";
    case NODE_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static const char *st_comp_name(const Node *n) {
    switch (n->kind) {
    case NODE_ListComp: return "<listcomp>";
    case NODE_SetComp: return "<setcomp>";
    case NODE_DictComp: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static const NodeList *st_comp_generators(const Node *n) {
    switch (n->kind) {
    case NODE_ListComp: return &n->v.ListComp.generators;
    case NODE_SetComp: return &n->v.SetComp.generators;
    case NODE_DictComp: return &n->v.DictComp.generators;
    default: return &n->v.GeneratorExp.generators;
    }
}

/* Mark every Name stored by a comprehension target as an iteration variable
 * (a walrus may not rebind those). */
static void st_mark_comp_iters(Builder *b, const Node *t) {
    if (t->kind == NODE_Name) {
        st_add(b, t->v.Name.id, SYM_COMP_ITER);
    } else if (t->kind == NODE_Tuple || t->kind == NODE_List) {
        for (size_t i = 0; i < t->v.Tuple.elts.count; i++) st_mark_comp_iters(b, t->v.Tuple.elts.items[i]);
    } else if (t->kind == NODE_Starred) {
        st_mark_comp_iters(b, t->v.Starred.value);
    }
}

static bool st_comprehension(Builder *b, const Node *n) {
    const NodeList *gens = st_comp_generators(n);
    if (!st_expr(b, gens->items[0]->v.comprehension.iter)) return false;
    Scope *saved = b->cur;
    Scope *s = st_new_scope(b, SCOPE_FUNCTION, st_comp_name(n), n);
    s->is_comprehension = true;
    s->is_generator = n->kind == NODE_GeneratorExp;
    s->argcount = 1;
    b->cur = s;
    st_add(b, ".0", SYM_PARAM);
    s->varnames = st_grow(b->st->arena, s->varnames, 0, &s->varcap, sizeof(char *));
    s->varnames[s->nvarnames++] = ".0";
    bool ok = true;
    for (size_t i = 0; ok && i < gens->count; i++) {
        const Node *g = gens->items[i];
        if (g->v.comprehension.is_async) {
            ok = st_error(b, g, "asynchronous comprehensions are not supported by baton", NULL);
            break;
        }
        ok = st_expr(b, g->v.comprehension.target);
        st_mark_comp_iters(b, g->v.comprehension.target);
        ok = ok && (i == 0 || st_expr(b, g->v.comprehension.iter))
             && st_exprs(b, &g->v.comprehension.ifs);
    }
    if (ok) {
        if (n->kind == NODE_DictComp) ok = st_expr(b, n->v.DictComp.key) && st_expr(b, n->v.DictComp.value);
        else ok = st_expr(b, n->v.ListComp.elt); /* elt is at the same place in all three */
    }
    b->cur = saved;
    return ok;
}

/* `name := v` inside comprehensions binds in the nearest enclosing scope that
 * is not a comprehension; the comprehensions in between see it as nonlocal
 * (function) or global (module). */
static bool st_walrus_target(Builder *b, const Node *target) {
    const char *name = target->v.Name.id;
    if (!b->cur->is_comprehension) {
        st_add(b, name, SYM_ASSIGNED);
        return true;
    }
    Scope *s = b->cur;
    for (Scope *c = s; c->is_comprehension; c = c->parent) {
        Symbol *sym = st_find(c, name);
        if (sym && (sym->flags & SYM_COMP_ITER))
            return st_error(b, target, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
    }
    Scope *owner = s;
    while (owner->is_comprehension) owner = owner->parent;
    if (owner->kind == SCOPE_CLASS)
        return st_error(b, target, "assignment expression within a comprehension cannot be used in a class body", NULL);
    int decl = owner->kind == SCOPE_MODULE ? SYM_GLOBAL : SYM_NONLOCAL;
    for (Scope *c = s; c != owner; c = c->parent) {
        b->cur = c;
        st_add(b, name, decl | SYM_USED);
    }
    b->cur = owner;
    st_add(b, name, SYM_ASSIGNED);
    b->cur = s;
    return true;
}

static bool st_yield(Builder *b, const Node *n) {
    Scope *s = b->cur;
    if (s->kind != SCOPE_FUNCTION) return st_error(b, n, "'yield' outside function", NULL);
    if (s->is_comprehension) return st_error(b, n, "'yield' inside %s", st_comp_kind(s->node));
    if (s->is_async) return st_error(b, n, "async generators are not supported by baton", NULL);
    s->is_generator = true;
    return true;
}

static bool st_await(Builder *b, const Node *n) {
    Scope *s = b->cur;
    if (s->kind != SCOPE_FUNCTION) return st_error(b, n, "'await' outside function", NULL);
    if (s->is_async) return true;
    if (s->is_comprehension) {
        Scope *owner = s;
        while (owner->is_comprehension) owner = owner->parent;
        if (owner->kind == SCOPE_FUNCTION && owner->is_async && s->node->kind != NODE_GeneratorExp) {
            for (Scope *c = s; c != owner; c = c->parent) c->is_coroutine = true;
            return true;
        }
        if (owner->kind == SCOPE_FUNCTION && owner->is_async)
            return st_error(b, n, "async generators are not supported by baton", NULL);
        return st_error(b, n, "asynchronous comprehension outside of an asynchronous function", NULL);
    }
    return st_error(b, n, "'await' outside async function", NULL);
}

static bool st_name(Builder *b, const Node *n) {
    if (n->v.Name.ctx == CTX_LOAD) {
        st_add(b, n->v.Name.id, SYM_USED);
        if (b->cur->kind == SCOPE_FUNCTION && strcmp(n->v.Name.id, "super") == 0)
            st_add(b, "__class__", SYM_USED);
    } else {
        st_add(b, n->v.Name.id, SYM_ASSIGNED);
    }
    return true;
}

static bool st_expr(Builder *b, const Node *n) {
    switch (n->kind) {
    case NODE_BoolOp: return st_exprs(b, &n->v.BoolOp.values);
    case NODE_NamedExpr:
        return st_expr(b, n->v.NamedExpr.value) && st_walrus_target(b, n->v.NamedExpr.target);
    case NODE_BinOp: return st_expr(b, n->v.BinOp.left) && st_expr(b, n->v.BinOp.right);
    case NODE_UnaryOp: return st_expr(b, n->v.UnaryOp.operand);
    case NODE_Lambda: return st_lambda(b, n);
    case NODE_IfExp:
        return st_expr(b, n->v.IfExp.test) && st_expr(b, n->v.IfExp.body) && st_expr(b, n->v.IfExp.orelse);
    case NODE_Dict: return st_exprs(b, &n->v.Dict.keys) && st_exprs(b, &n->v.Dict.values);
    case NODE_Set: return st_exprs(b, &n->v.Set.elts);
    case NODE_ListComp: case NODE_SetComp: case NODE_DictComp: case NODE_GeneratorExp:
        return st_comprehension(b, n);
    case NODE_Await: return st_await(b, n) && st_expr(b, n->v.Await.value);
    case NODE_Yield:
        return st_yield(b, n) && (!n->v.Yield.value || st_expr(b, n->v.Yield.value));
    case NODE_YieldFrom: return st_yield(b, n) && st_expr(b, n->v.YieldFrom.value);
    case NODE_Compare: return st_expr(b, n->v.Compare.left) && st_exprs(b, &n->v.Compare.comparators);
    case NODE_Call:
        if (!st_expr(b, n->v.Call.func) || !st_exprs(b, &n->v.Call.args)) return false;
        for (size_t i = 0; i < n->v.Call.keywords.count; i++)
            if (!st_expr(b, n->v.Call.keywords.items[i]->v.keyword.value)) return false;
        return true;
    case NODE_FormattedValue:
        return st_expr(b, n->v.FormattedValue.value)
               && (!n->v.FormattedValue.format_spec || st_expr(b, n->v.FormattedValue.format_spec));
    case NODE_JoinedStr: return st_exprs(b, &n->v.JoinedStr.values);
    case NODE_Constant: return true;
    case NODE_Attribute: return st_expr(b, n->v.Attribute.value);
    case NODE_Subscript: return st_expr(b, n->v.Subscript.value) && st_expr(b, n->v.Subscript.slice);
    case NODE_Starred: return st_expr(b, n->v.Starred.value);
    case NODE_Name: return st_name(b, n);
    case NODE_List: return st_exprs(b, &n->v.List.elts);
    case NODE_Tuple: return st_exprs(b, &n->v.Tuple.elts);
    case NODE_Slice:
        return (!n->v.Slice.lower || st_expr(b, n->v.Slice.lower))
               && (!n->v.Slice.upper || st_expr(b, n->v.Slice.upper))
               && (!n->v.Slice.step || st_expr(b, n->v.Slice.step));
    default: return true;
    }
}

/* `global` / `nonlocal`: CPython's checks against earlier uses in the scope. */
static bool st_declare(Builder *b, const Node *n, bool global) {
    const IdentList *names = global ? &n->v.Global.names : &n->v.Nonlocal.names;
    Scope *s = b->cur;
    const char *kw = global ? "global" : "nonlocal";
    char fmt[96];
    for (size_t i = 0; i < names->count; i++) {
        const char *raw = names->items[i];
        Symbol *sym = st_find(s, symtable_mangle(b->st->arena, s->private_name, raw));
        int cur = sym ? sym->flags : 0;
        const char *what = NULL;
        if (cur & SYM_PARAM) what = "name '%%s' is parameter and %s";
        else if (cur & SYM_USED) what = "name '%%s' is used prior to %s declaration";
        else if (cur & SYM_ASSIGNED) what = "name '%%s' is assigned to before %s declaration";
        else if (global && (cur & SYM_NONLOCAL)) what = "name '%%s' is nonlocal and global";
        else if (!global && (cur & SYM_GLOBAL)) what = "name '%%s' is nonlocal and global";
        if (what) {
            snprintf(fmt, sizeof fmt, what, kw);
            /* "nonlocal and global" is reported at the first declaration */
            return st_error(b, (cur & (SYM_GLOBAL | SYM_NONLOCAL)) ? sym->decl : n, fmt, raw);
        }
        Symbol *ns = st_add(b, raw, global ? SYM_GLOBAL : SYM_NONLOCAL);
        if (!ns->decl) ns->decl = n;
    }
    /* CPython reports this only after the per-name checks. */
    if (!global && s->kind == SCOPE_MODULE)
        return st_error(b, n, "nonlocal declaration not allowed at module level", NULL);
    return true;
}

static void st_alias(Builder *b, const Node *alias) {
    const char *as = alias->v.alias.asname;
    if (as) {
        st_add(b, as, SYM_ASSIGNED);
        return;
    }
    const char *name = alias->v.alias.name;
    const char *dot = strchr(name, '.');
    if (dot) name = arena_strndup(b->st->arena, name, (size_t)(dot - name));
    st_add(b, name, SYM_ASSIGNED);
}

static bool st_stmt(Builder *b, const Node *n) {
    Scope *s = b->cur;
    switch (n->kind) {
    case NODE_FunctionDef: case NODE_AsyncFunctionDef: return st_function(b, n);
    case NODE_ClassDef: return st_class(b, n);
    case NODE_Return:
        if (s->kind != SCOPE_FUNCTION) return st_error(b, n, "'return' outside function", NULL);
        return !n->v.Return.value || st_expr(b, n->v.Return.value);
    case NODE_Delete: return st_exprs(b, &n->v.Delete.targets);
    case NODE_Assign: return st_expr(b, n->v.Assign.value) && st_exprs(b, &n->v.Assign.targets);
    case NODE_AugAssign:
        if (n->v.AugAssign.target->kind == NODE_Name) st_add(b, n->v.AugAssign.target->v.Name.id, SYM_USED);
        return st_expr(b, n->v.AugAssign.target) && st_expr(b, n->v.AugAssign.value);
    case NODE_AnnAssign:
        if (n->v.AnnAssign.value && !st_expr(b, n->v.AnnAssign.value)) return false;
        if (n->v.AnnAssign.target->kind == NODE_Name) {
            st_add(b, n->v.AnnAssign.target->v.Name.id, SYM_ASSIGNED);
            return true;
        }
        return st_expr(b, n->v.AnnAssign.target);
    case NODE_For: case NODE_AsyncFor:
        if (n->kind == NODE_AsyncFor && !s->is_async)
            return st_error(b, n, "'async for' outside async function", NULL);
        return st_expr(b, n->v.For.iter) && st_expr(b, n->v.For.target)
               && st_stmts(b, &n->v.For.body) && st_stmts(b, &n->v.For.orelse);
    case NODE_While:
        return st_expr(b, n->v.While.test) && st_stmts(b, &n->v.While.body)
               && st_stmts(b, &n->v.While.orelse);
    case NODE_If:
        return st_expr(b, n->v.If.test) && st_stmts(b, &n->v.If.body) && st_stmts(b, &n->v.If.orelse);
    case NODE_With: case NODE_AsyncWith:
        if (n->kind == NODE_AsyncWith && !s->is_async)
            return st_error(b, n, "'async with' outside async function", NULL);
        for (size_t i = 0; i < n->v.With.items.count; i++) {
            const Node *it = n->v.With.items.items[i];
            if (!st_expr(b, it->v.withitem.context_expr)) return false;
            if (it->v.withitem.optional_vars && !st_expr(b, it->v.withitem.optional_vars)) return false;
        }
        return st_stmts(b, &n->v.With.body);
    case NODE_Raise:
        return (!n->v.Raise.exc || st_expr(b, n->v.Raise.exc))
               && (!n->v.Raise.cause || st_expr(b, n->v.Raise.cause));
    case NODE_Try:
        if (!st_stmts(b, &n->v.Try.body)) return false;
        for (size_t i = 0; i < n->v.Try.handlers.count; i++) {
            const Node *h = n->v.Try.handlers.items[i];
            if (h->v.ExceptHandler.type && !st_expr(b, h->v.ExceptHandler.type)) return false;
            if (h->v.ExceptHandler.name) st_add(b, h->v.ExceptHandler.name, SYM_ASSIGNED);
            if (!st_stmts(b, &h->v.ExceptHandler.body)) return false;
        }
        return st_stmts(b, &n->v.Try.orelse) && st_stmts(b, &n->v.Try.finalbody);
    case NODE_Assert:
        return st_expr(b, n->v.Assert.test) && (!n->v.Assert.msg || st_expr(b, n->v.Assert.msg));
    case NODE_Import:
        for (size_t i = 0; i < n->v.Import.names.count; i++) st_alias(b, n->v.Import.names.items[i]);
        return true;
    case NODE_ImportFrom:
        for (size_t i = 0; i < n->v.ImportFrom.names.count; i++) {
            const Node *a = n->v.ImportFrom.names.items[i];
            if (strcmp(a->v.alias.name, "*") == 0) {
                if (s->kind != SCOPE_MODULE) return st_error(b, n, "import * only allowed at module level", NULL);
                continue;
            }
            st_add(b, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, SYM_ASSIGNED);
        }
        return true;
    case NODE_Global: return st_declare(b, n, true);
    case NODE_Nonlocal: return st_declare(b, n, false);
    case NODE_Expr: return st_expr(b, n->v.Expr.value);
    default: return true;
    }
}

static bool st_stmts(Builder *b, const NodeList *l) {
    for (size_t i = 0; i < l->count; i++)
        if (!st_stmt(b, l->items[i])) return false;
    return true;
}

/* ---- pass 2: resolving ---- */

static void st_append_name(Arena *a, const char ***list, size_t *n, size_t *cap, const char *name) {
    if (symtable_index(*list, *n, name) >= 0) return;
    *list = st_grow(a, *list, *n, cap, sizeof(char *));
    (*list)[(*n)++] = name;
}

/* Find the Nonlocal statement declaring name in s's body (for the error
 * position); falls back to the scope's node. */
static const Node *st_find_nonlocal(const NodeList *body, const char *name) {
    for (size_t i = 0; i < body->count; i++) {
        const Node *st = body->items[i];
        if (st->kind == NODE_Nonlocal) {
            for (size_t j = 0; j < st->v.Nonlocal.names.count; j++)
                if (strcmp(st->v.Nonlocal.names.items[j], name) == 0) return st;
        }
        const NodeList *subs[4] = { NULL, NULL, NULL, NULL };
        switch (st->kind) {
        case NODE_If: subs[0] = &st->v.If.body; subs[1] = &st->v.If.orelse; break;
        case NODE_While: subs[0] = &st->v.While.body; subs[1] = &st->v.While.orelse; break;
        case NODE_For: case NODE_AsyncFor: subs[0] = &st->v.For.body; subs[1] = &st->v.For.orelse; break;
        case NODE_With: case NODE_AsyncWith: subs[0] = &st->v.With.body; break;
        case NODE_Try:
            subs[0] = &st->v.Try.body; subs[1] = &st->v.Try.orelse; subs[2] = &st->v.Try.finalbody;
            for (size_t h = 0; h < st->v.Try.handlers.count; h++) {
                const Node *r = st_find_nonlocal(&st->v.Try.handlers.items[h]->v.ExceptHandler.body, name);
                if (r) return r;
            }
            break;
        default: break;
        }
        for (int k = 0; k < 4; k++) {
            if (!subs[k]) continue;
            const Node *r = st_find_nonlocal(subs[k], name);
            if (r) return r;
        }
    }
    return NULL;
}

static bool st_nonlocal_error(SymTable *st, Scope *s, const char *name) {
    const Node *at = NULL;
    if (s->node && (s->node->kind == NODE_FunctionDef || s->node->kind == NODE_AsyncFunctionDef))
        at = st_find_nonlocal(&s->node->v.FunctionDef.body, name);
    else if (s->node && s->node->kind == NODE_ClassDef)
        at = st_find_nonlocal(&s->node->v.ClassDef.body, name);
    if (!at) at = s->node;
    Builder b = { st, s };
    if (!at) {
        snprintf(st->err.buf, sizeof st->err.buf, "no binding for nonlocal '%s' found", name);
        st->err.msg = st->err.buf;
        st->err.lineno = 1;
        return false;
    }
    return st_error(&b, at, "no binding for nonlocal '%s' found", name);
}

/* Resolve s given bound (names of enclosing functions) and globals (names
 * declared global outside); adds s's free variables to free_out. */
static bool st_resolve(SymTable *st, Scope *s, const NameSet *bound, const NameSet *globals,
                       NameSet *free_out) {
    Arena *a = st->arena;
    NameSet local = { 0 }, explicit_globals = { 0 };
    for (size_t i = 0; i < s->nsyms; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->flags & SYM_GLOBAL) {
            sym->where = WHERE_GLOBAL_EXPLICIT;
            nameset_add(a, &explicit_globals, sym->name);
        } else if (sym->flags & SYM_NONLOCAL) {
            if (!nameset_has(bound, sym->name)) return st_nonlocal_error(st, s, sym->name);
            sym->where = WHERE_FREE;
        } else if (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) {
            sym->where = WHERE_LOCAL;
            nameset_add(a, &local, sym->name);
        } else if (s->kind != SCOPE_MODULE && nameset_has(bound, sym->name)) {
            sym->where = WHERE_FREE;
        } else if (nameset_has(globals, sym->name)) {
            sym->where = WHERE_GLOBAL_EXPLICIT;
        } else {
            sym->where = WHERE_GLOBAL_IMPLICIT;
        }
    }
    NameSet newbound = { 0 }, newglobals = nameset_copy(a, globals);
    if (s->kind != SCOPE_MODULE) newbound = nameset_copy(a, bound);
    for (size_t i = 0; i < explicit_globals.n; i++) nameset_remove(&newbound, explicit_globals.items[i]);
    if (s->kind == SCOPE_FUNCTION)
        for (size_t i = 0; i < local.n; i++) {
            nameset_add(a, &newbound, local.items[i]);
            nameset_remove(&newglobals, local.items[i]);
        }
    if (s->kind == SCOPE_CLASS) nameset_add(a, &newbound, "__class__");
    for (size_t i = 0; i < explicit_globals.n; i++) nameset_add(a, &newglobals, explicit_globals.items[i]);

    NameSet child_free = { 0 };
    for (size_t i = 0; i < s->nchildren; i++)
        if (!st_resolve(st, s->children[i], &newbound, &newglobals, &child_free)) return false;

    size_t freecap = 0, cellcap = 0;
    for (size_t i = 0; i < s->nsyms; i++)
        if (s->syms[i].where == WHERE_FREE)
            st_append_name(a, &s->freevars, &s->nfree, &freecap, s->syms[i].name);
    for (size_t i = 0; i < child_free.n; i++) {
        const char *name = child_free.items[i];
        Symbol *sym = st_find(s, name);
        if (s->kind == SCOPE_FUNCTION && sym && sym->where == WHERE_LOCAL) {
            sym->where = WHERE_CELL;
        } else if (s->kind == SCOPE_CLASS && strcmp(name, "__class__") == 0) {
            s->needs_class_cell = true;
        } else if (!sym || sym->where != WHERE_CELL) {
            if (!sym) {
                Builder b = { st, s };
                sym = st_add(&b, name, 0);
                sym->where = WHERE_FREE;
            }
            st_append_name(a, &s->freevars, &s->nfree, &freecap, name);
        }
    }
    for (size_t i = 0; i < s->nsyms; i++)
        if (s->syms[i].where == WHERE_CELL)
            st_append_name(a, &s->cellvars, &s->ncells, &cellcap, s->syms[i].name);
    if (s->needs_class_cell) st_append_name(a, &s->cellvars, &s->ncells, &cellcap, "__class__");
    if (s->kind == SCOPE_FUNCTION)
        for (size_t i = 0; i < s->nsyms; i++)
            if (s->syms[i].where == WHERE_LOCAL && !(s->syms[i].flags & SYM_PARAM))
                st_append_name(a, &s->varnames, &s->nvarnames, &s->varcap, s->syms[i].name);
    for (size_t i = 0; i < s->nfree; i++) nameset_add(a, free_out, s->freevars[i]);
    return true;
}

bool symtable_build(SymTable *st, const Node *mod) {
    memset(st, 0, sizeof *st);
    st->arena = arena_new();
    Builder b = { st, NULL };
    st->top = st_new_scope(&b, SCOPE_MODULE, "<module>", NULL);
    b.cur = st->top;
    bool ok;
    switch (mod->kind) {
    case NODE_Module: ok = st_stmts(&b, &mod->v.Module.body); break;
    case NODE_Interactive: ok = st_stmts(&b, &mod->v.Interactive.body); break;
    default: ok = st_expr(&b, mod->v.Expression.body); break;
    }
    if (!ok) return false;
    NameSet none = { 0 }, free_out = { 0 };
    return st_resolve(st, st->top, &none, &none, &free_out);
}

void symtable_free(SymTable *st) {
    arena_free(st->arena);
    st->arena = NULL;
    st->top = NULL;
}
