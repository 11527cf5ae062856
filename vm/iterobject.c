/* iterobject.c - enumerate, zip, map, filter, reversed, the sequence
 * iterator and the callable iterator.
 *
 * All are lazy: they hold iterators (or a sequence and an index) and do one
 * step of work per next(). An exhausted iterator drops what it holds, so it
 * stays exhausted and frees its source early.
 */
#include <string.h>

#include "iterobject.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "names.h"
#include "str.h"
#include "tuple.h"

static Value iter_self(Value self) {
    return NEWREF(self);
}

/* ---- enumerate --------------------------------------------------------------- */

typedef struct { Obj hdr; Value it; Value count; } EnumerateObj;

/* enumerate(iterable, start=0), with CPython's own argument messages. */
static int enumerate_args(Value *args, size_t nargs, Value kwnames, Value *iterable, Value *start) {
    size_t nkw = kwnames != VAL_NULL ? TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > 2) {
        err_format(&exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
        return -1;
    }
    *iterable = nargs > 0 ? args[0] : VAL_NULL;
    *start = nargs > 1 ? args[1] : VAL_NULL;
    for (size_t i = 0; i < nkw; i++) {
        const char *name = str_cstr(TUPLE_GET(kwnames, i));
        Value *slot = strcmp(name, "iterable") == 0 ? iterable
                      : strcmp(name, "start") == 0  ? start
                                                     : NULL;
        /* CPython reports a duplicate as an invalid keyword too. */
        if (slot == NULL || *slot != VAL_NULL) {
            err_format(&exc_TypeError, "'%s' is an invalid keyword argument for enumerate()", name);
            return -1;
        }
        *slot = args[nargs + i];
    }
    if (*iterable == VAL_NULL) {
        if (nkw)
            err_format(&exc_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                       str_cstr(TUPLE_GET(kwnames, 0)));
        else
            err_set_str(&exc_TypeError, "enumerate() missing required argument 'iterable'");
        return -1;
    }
    return 0;
}

static Value enumerate_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    Value iterable, start;
    if (enumerate_args(args, nargs, kwnames, &iterable, &start) < 0) return VAL_NULL;
    Value count = FROM_SMALLINT(0);
    if (start != VAL_NULL && (count = obj_index(start)) == VAL_NULL) return VAL_NULL;
    Value it = obj_iter(iterable);
    if (it == VAL_NULL) {
        DECREF(count);
        return VAL_NULL;
    }
    EnumerateObj *e = (EnumerateObj *)obj_alloc(type);
    e->it = it;
    e->count = count;
    return OBJ_VAL(e);
}

static void enumerate_dealloc(Obj *o) {
    EnumerateObj *e = (EnumerateObj *)o;
    XDECREF(e->it);
    DECREF(e->count);
    obj_free(o);
}

static void enumerate_traverse(Obj *o, VisitFn visit, void *arg) {
    if (((EnumerateObj *)o)->it) visit(((EnumerateObj *)o)->it, arg);
}

static Value enumerate_next(Value self) {
    EnumerateObj *e = (EnumerateObj *)AS_OBJ(self);
    if (e->it == VAL_NULL) return VAL_NULL;
    Value item = obj_next(e->it);
    if (item == VAL_NULL) {
        if (!err_occurred()) CLEAR(e->it);
        return VAL_NULL;
    }
    Value index = e->count;
    Value next;
    if (IS_SMALLINT(index) && AS_SMALLINT(index) < SMALLINT_MAX) {
        next = FROM_SMALLINT(AS_SMALLINT(index) + 1);
    } else {
        next = obj_binop(index, FROM_SMALLINT(1), BINOP_ADD);
        if (next == VAL_NULL) {
            DECREF(item);
            return VAL_NULL;
        }
    }
    e->count = next;
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, index); /* the old count's reference moves into the tuple */
    TUPLE_SET(t, 1, item);
    return t;
}

Type enumerate_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "enumerate",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(EnumerateObj),
    .new_ = enumerate_new,
    .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse,
    .iter = iter_self,
    .next = enumerate_next,
};

/* ---- zip ----------------------------------------------------------------------- */

typedef struct { Obj hdr; Value iters; bool strict; bool done; } ZipObj;

/* A tuple of iter(x) for each x in args[0..n). */
static Value iter_tuple(Value *args, size_t n) {
    Value t = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Value it = obj_iter(args[i]);
        if (it == VAL_NULL) {
            for (size_t j = i; j < n; j++) TUPLE_SET(t, j, NEWREF(VAL_NONE));
            DECREF(t);
            return VAL_NULL;
        }
        TUPLE_SET(t, i, it);
    }
    return t;
}

static Value zip_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    bool strict = false;
    if (kwnames != VAL_NULL) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
            Value name = TUPLE_GET(kwnames, i);
            Value strname = str_intern_cstr("strict");
            bool is_strict = obj_eq(name, strname) == 1;
            DECREF(strname);
            if (!is_strict)
                return err_format(&exc_TypeError, "%R is an invalid keyword argument for zip()", name);
            int r = obj_truthy(args[nargs + i]);
            if (r < 0) return VAL_NULL;
            strict = r;
        }
    }
    Value iters = iter_tuple(args, nargs);
    if (iters == VAL_NULL) return VAL_NULL;
    ZipObj *z = (ZipObj *)obj_alloc(type);
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

static void zip_dealloc(Obj *o) {
    DECREF(((ZipObj *)o)->iters);
    obj_free(o);
}

static void zip_traverse(Obj *o, VisitFn visit, void *arg) {
    visit(((ZipObj *)o)->iters, arg);
}

/* strict=True and iterator i (> 0) ran out first, or iterator 0 did: check
 * that all are exhausted together, else CPython's ValueError. */
static Value zip_strict_error(ZipObj *z, size_t i) {
    if (i > 0)
        return err_format(&exc_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                          i + 1, i == 1 ? " " : "s 1-", i);
    for (size_t j = 1; j < TUPLE_LEN(z->iters); j++) {
        Value item = obj_next(TUPLE_GET(z->iters, j));
        if (item != VAL_NULL) {
            DECREF(item);
            return err_format(&exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                              j + 1, j == 1 ? " " : "s 1-", j);
        }
        if (err_occurred()) return VAL_NULL;
    }
    return VAL_NULL;
}

static Value zip_next(Value self) {
    ZipObj *z = (ZipObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(z->iters);
    if (z->done || n == 0) return VAL_NULL;
    Value result = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Value item = obj_next(TUPLE_GET(z->iters, i));
        if (item == VAL_NULL) {
            for (size_t j = i; j < n; j++) TUPLE_SET(result, j, NEWREF(VAL_NONE));
            DECREF(result);
            if (err_occurred()) return VAL_NULL;
            z->done = true;
            return z->strict ? zip_strict_error(z, i) : VAL_NULL;
        }
        TUPLE_SET(result, i, item);
    }
    return result;
}

Type zip_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "zip",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(ZipObj),
    .new_ = zip_new,
    .dealloc = zip_dealloc,
    .traverse = zip_traverse,
    .iter = iter_self,
    .next = zip_next,
};

/* ---- map ----------------------------------------------------------------------- */

typedef struct { Obj hdr; Value func; Value iters; } MapObj;

static Value map_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    if (type == &map_type && args_no_kw("map", kwnames) < 0) return VAL_NULL;
    if (nargs < 2) return err_set_str(&exc_TypeError, "map() must have at least two arguments.");
    Value iters = iter_tuple(args + 1, nargs - 1);
    if (iters == VAL_NULL) return VAL_NULL;
    MapObj *m = (MapObj *)obj_alloc(type);
    m->func = NEWREF(args[0]);
    m->iters = iters;
    return OBJ_VAL(m);
}

static void map_dealloc(Obj *o) {
    DECREF(((MapObj *)o)->func);
    DECREF(((MapObj *)o)->iters);
    obj_free(o);
}

static void map_traverse(Obj *o, VisitFn visit, void *arg) {
    visit(((MapObj *)o)->func, arg);
    visit(((MapObj *)o)->iters, arg);
}

#define MAP_SMALL_ARGS 8

static Value map_next(Value self) {
    MapObj *m = (MapObj *)AS_OBJ(self);
    size_t n = TUPLE_LEN(m->iters);
    Value small[MAP_SMALL_ARGS];
    Value *argv = n <= MAP_SMALL_ARGS ? small : mem_alloc(n * sizeof(Value));
    Value result = VAL_NULL;
    size_t got = 0;
    for (; got < n; got++) {
        argv[got] = obj_next(TUPLE_GET(m->iters, got));
        if (argv[got] == VAL_NULL) break;
    }
    if (got == n) result = obj_call(m->func, argv, n, VAL_NULL);
    for (size_t i = 0; i < got; i++) DECREF(argv[i]);
    if (argv != small) mem_free(argv);
    return result;
}

Type map_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "map",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(MapObj),
    .new_ = map_new,
    .dealloc = map_dealloc,
    .traverse = map_traverse,
    .iter = iter_self,
    .next = map_next,
};

/* ---- filter --------------------------------------------------------------------- */

typedef struct { Obj hdr; Value func; Value it; } FilterObj;

static Value filter_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    if (type == &filter_type && args_no_kw("filter", kwnames) < 0) return VAL_NULL;
    if (nargs != 2) return err_format(&exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Value it = obj_iter(args[1]);
    if (it == VAL_NULL) return VAL_NULL;
    FilterObj *f = (FilterObj *)obj_alloc(type);
    f->func = NEWREF(args[0]);
    f->it = it;
    return OBJ_VAL(f);
}

static void filter_dealloc(Obj *o) {
    DECREF(((FilterObj *)o)->func);
    DECREF(((FilterObj *)o)->it);
    obj_free(o);
}

static void filter_traverse(Obj *o, VisitFn visit, void *arg) {
    visit(((FilterObj *)o)->func, arg);
    visit(((FilterObj *)o)->it, arg);
}

static Value filter_next(Value self) {
    FilterObj *f = (FilterObj *)AS_OBJ(self);
    bool identity = IS_NONE(f->func) || f->func == OBJ_VAL(&bool_type);
    for (;;) {
        Value item = obj_next(f->it);
        if (item == VAL_NULL) return VAL_NULL;
        int ok;
        if (identity) {
            ok = obj_truthy(item);
        } else {
            Value r = obj_call1(f->func, item);
            ok = r == VAL_NULL ? -1 : obj_truthy(r);
            XDECREF(r);
        }
        if (ok > 0) return item;
        DECREF(item);
        if (ok < 0) return VAL_NULL;
    }
}

Type filter_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "filter",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(FilterObj),
    .new_ = filter_new,
    .dealloc = filter_dealloc,
    .traverse = filter_traverse,
    .iter = iter_self,
    .next = filter_next,
};

/* ---- reversed and the sequence iterator ---------------------------------------------
 * Both walk a sequence by index through obj_getitem; IndexError or
 * StopIteration from __getitem__ ends the iteration. */

typedef struct { Obj hdr; Value seq; ssize_t index; } SeqIterObj;

static void seqiter_dealloc(Obj *o) {
    XDECREF(((SeqIterObj *)o)->seq);
    obj_free(o);
}

static void seqiter_traverse(Obj *o, VisitFn visit, void *arg) {
    if (((SeqIterObj *)o)->seq) visit(((SeqIterObj *)o)->seq, arg);
}

/* seq[index], or VAL_NULL with no exception at the end of the sequence. */
static Value seqiter_item(SeqIterObj *s) {
    Value item = obj_getitem(s->seq, FROM_SMALLINT(s->index));
    if (item != VAL_NULL) return item;
    if (err_matches(&exc_IndexError) || err_matches(&exc_StopIteration)) {
        err_clear();
        CLEAR(s->seq);
    }
    return VAL_NULL;
}

static Value reversed_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    if (type == &reversed_type && args_no_kw("reversed", kwnames) < 0) return VAL_NULL;
    if (nargs != 1) return err_format(&exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    Value meth = type_lookup(TYPE_OF(seq), names.__reversed__);
    if (meth != VAL_NULL && !IS_NONE(meth)) return obj_call1(meth, seq);
    Type *t = TYPE_OF(seq);
    if (meth != VAL_NULL || t->getitem == NULL || t->len == NULL || IS_TYPE(seq, dict_type))
        return err_format(&exc_TypeError, "'%s' object is not reversible", obj_type_name(seq));
    ssize_t n = obj_len(seq);
    if (n < 0) return VAL_NULL;
    SeqIterObj *r = (SeqIterObj *)obj_alloc(type);
    r->seq = NEWREF(seq);
    r->index = n - 1;
    return OBJ_VAL(r);
}

static Value reversed_next(Value self) {
    SeqIterObj *r = (SeqIterObj *)AS_OBJ(self);
    if (r->seq == VAL_NULL) return VAL_NULL;
    if (r->index < 0) {
        CLEAR(r->seq);
        return VAL_NULL;
    }
    Value item = seqiter_item(r);
    if (item != VAL_NULL) r->index--;
    return item;
}

Type reversed_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "reversed",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(SeqIterObj),
    .new_ = reversed_new,
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .next = reversed_next,
};

static Value seqiter_next(Value self) {
    SeqIterObj *s = (SeqIterObj *)AS_OBJ(self);
    if (s->seq == VAL_NULL) return VAL_NULL;
    Value item = seqiter_item(s);
    if (item != VAL_NULL) s->index++;
    return item;
}

Type seqiter_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .next = seqiter_next,
};

Value seqiter_new(Value seq) {
    SeqIterObj *s = (SeqIterObj *)obj_alloc(&seqiter_type);
    s->seq = NEWREF(seq);
    s->index = 0;
    return OBJ_VAL(s);
}

/* ---- the callable iterator ------------------------------------------------------------ */

typedef struct { Obj hdr; Value callable; Value sentinel; } CallIterObj;

static void calliter_dealloc(Obj *o) {
    XDECREF(((CallIterObj *)o)->callable);
    XDECREF(((CallIterObj *)o)->sentinel);
    obj_free(o);
}

static void calliter_traverse(Obj *o, VisitFn visit, void *arg) {
    CallIterObj *c = (CallIterObj *)o;
    if (c->callable) visit(c->callable, arg);
    if (c->sentinel) visit(c->sentinel, arg);
}

static Value calliter_next(Value self) {
    CallIterObj *c = (CallIterObj *)AS_OBJ(self);
    if (c->callable == VAL_NULL) return VAL_NULL;
    Value r = obj_call0(c->callable);
    if (r == VAL_NULL) {
        if (err_matches(&exc_StopIteration)) {
            err_clear();
            CLEAR(c->callable);
            CLEAR(c->sentinel);
        }
        return VAL_NULL;
    }
    int eq = obj_eq(r, c->sentinel);
    if (eq == 0) return r;
    DECREF(r);
    if (eq > 0) {
        CLEAR(c->callable);
        CLEAR(c->sentinel);
    }
    return VAL_NULL;
}

Type calliter_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObj),
    .dealloc = calliter_dealloc,
    .traverse = calliter_traverse,
    .iter = iter_self,
    .next = calliter_next,
};

Value calliter_new(Value callable, Value sentinel) {
    CallIterObj *c = (CallIterObj *)obj_alloc(&calliter_type);
    c->callable = NEWREF(callable);
    c->sentinel = NEWREF(sentinel);
    return OBJ_VAL(c);
}

int iterobject_init_types(void) {
    Type *types[] = {&enumerate_type, &zip_type, &map_type, &filter_type,
                     &reversed_type, &seqiter_type, &calliter_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return -1;
    return 0;
}
