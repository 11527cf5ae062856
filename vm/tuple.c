/* tuple.c - the tuple type: an immutable array of Values stored inline.
 *
 * There is one shared, immortal empty tuple. The hash is CPython 3.11's
 * xxHash-based tuple hash, so hash((1, 2)) agrees with python3, and it is
 * cached in the object once computed (tuples are immutable; a tuple holding
 * an unhashable item never gets a cached hash).
 */
#include <string.h>

#include "tuple.h"
#include "error.h"
#include "eval.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "range.h"
#include "str.h"

#define T(v) ((TupleObj *)AS_OBJ(v))

static TupleObj tuple_empty_obj = { OBJ_HEAD_INIT(&tuple_type), 0, -1 };

/* Free lists of exact tuples by length (1..TUPLE_FREE_MAXLEN), linked
 * through items[0]: short tuples are made and dropped constantly (calls,
 * dict items, enumerate), so reusing them skips malloc/free. Guarded by the
 * GIL like every object. */
#define TUPLE_FREE_MAXLEN 16
#define TUPLE_FREE_MAXCOUNT 2000
static TupleObj *tuple_free[TUPLE_FREE_MAXLEN + 1];
static int tuple_free_count[TUPLE_FREE_MAXLEN + 1];

static TupleObj *tuple_alloc(Type *type, size_t len) {
    TupleObj *t;
    if (type == &tuple_type) {
        if (len <= TUPLE_FREE_MAXLEN && (t = tuple_free[len]) != NULL) {
            tuple_free[len] = (TupleObj *)t->items[0];
            tuple_free_count[len]--;
            t->hdr.refcnt = 1;
            memset(t->items, 0, len * sizeof(Value));
            gc_track(&t->hdr); /* untracked by obj_dealloc when it was freed */
        } else {
            t = (TupleObj *)obj_alloc_size(type, sizeof(TupleObj) + len * sizeof(Value));
        }
    } else {
        /* A subclass may add fields after the header (its __dict__ slot). */
        t = (TupleObj *)obj_alloc_size(type, type->basicsize + len * sizeof(Value));
    }
    t->len = len;
    t->hash_cache = -1;
    return t;
}

/* An exact tuple of len items whose size a program chose (repetition):
 * NULL with MemoryError raised when the memory cannot be had, never an abort. */
static TupleObj *tuple_try_alloc(size_t len) {
    if (len <= TUPLE_FREE_MAXLEN) return tuple_alloc(&tuple_type, len);
    TupleObj *t = (TupleObj *)obj_try_alloc_size(&tuple_type, sizeof(TupleObj) + len * sizeof(Value));
    if (t == NULL) {
        err_no_memory();
        return NULL;
    }
    t->len = len;
    t->hash_cache = -1;
    return t;
}

Value tuple_new(size_t len) {
    if (len == 0) return tuple_empty();
    return OBJ_VAL(tuple_alloc(&tuple_type, len));
}

Value tuple_empty(void) {
    return OBJ_VAL(&tuple_empty_obj);
}

Value tuple_from_array(const Value *items, size_t n) {
    if (n == 0) return tuple_empty();
    TupleObj *t = tuple_alloc(&tuple_type, n);
    for (size_t i = 0; i < n; i++) t->items[i] = NEWREF(items[i]);
    return OBJ_VAL(t);
}

Value tuple_pack(size_t n, ...) {
    if (n == 0) return tuple_empty();
    TupleObj *t = tuple_alloc(&tuple_type, n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) t->items[i] = NEWREF(va_arg(ap, Value));
    va_end(ap);
    return OBJ_VAL(t);
}

Value tuple_pack_steal(size_t n, ...) {
    if (n == 0) return tuple_empty();
    TupleObj *t = tuple_alloc(&tuple_type, n);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return OBJ_VAL(t);
}

Value tuple_from_iterable(Value it) {
    if (IS_TYPE(it, tuple_type)) return NEWREF(it);
    if (IS_LIST(it)) return list_as_tuple(it);
    Value l = list_from_iterable(it);
    if (l == VAL_NULL) return VAL_NULL;
    Value t = list_as_tuple(l);
    DECREF(l);
    return t;
}

static void tuple_dealloc(Obj *o) {
    if (!dealloc_enter(o)) return;
    TupleObj *t = (TupleObj *)o;
    size_t len = t->len;
    for (size_t i = 0; i < len; i++) XDECREF(t->items[i]);
    if (o->type == &tuple_type && len > 0 && len <= TUPLE_FREE_MAXLEN &&
        tuple_free_count[len] < TUPLE_FREE_MAXCOUNT) {
        t->items[0] = OBJ_VAL(tuple_free[len]);
        tuple_free[len] = t;
        tuple_free_count[len]++;
    } else {
        obj_free(o);
    }
    dealloc_leave();
}

static void tuple_traverse(Obj *o, VisitFn visit, void *arg) {
    TupleObj *t = (TupleObj *)o;
    for (size_t i = 0; i < t->len; i++)
        if (t->items[i]) visit(t->items[i], arg);
}

/* ---- slots ----------------------------------------------------------------- */

static ssize_t tuple_len(Value self) {
    return (ssize_t)T(self)->len;
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static int tuple_hash(Value self, int64_t *out) {
    TupleObj *t = T(self);
    if (t->hash_cache != -1) {
        *out = t->hash_cache;
        return 0;
    }
    /* Tuples nested in tuples recurse in C: bounded like repr's nesting. */
    if (eval_enter_recursive_call(" while getting the hash of an object") < 0) return -1;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        if (obj_hash(t->items[i], &h) < 0) {
            eval_leave_recursive_call();
            return -1;
        }
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    eval_leave_recursive_call();
    acc += (uint64_t)t->len ^ (XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) acc = 1546275796;
    t->hash_cache = (int64_t)acc;
    *out = (int64_t)acc;
    return 0;
}

/* (Nesting depth is limited by obj_repr; a tuple cannot contain itself.) */
static Value tuple_repr(Value self) {
    TupleObj *t = T(self);
    if (t->len == 0) return str_from_cstr("()");
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_char(&b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i) strbuf_append(&b, ", ", 2);
        if (strbuf_append_repr(&b, t->items[i]) < 0) {
            strbuf_free(&b);
            return VAL_NULL;
        }
    }
    if (t->len == 1) strbuf_append_char(&b, ',');
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static Value tuple_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_TUPLE(a) || !IS_TUPLE(b)) return NEWREF(VAL_NOTIMPL);
    Value *ia = T(a)->items, *ib = T(b)->items;
    return seq_compare(&ia, &T(a)->len, &ib, &T(b)->len, op);
}

static Value tuple_slice(Value self, ssize_t start, ssize_t step, ssize_t n) {
    TupleObj *t = T(self);
    if (n == (ssize_t)t->len && step == 1 && IS_TYPE(self, tuple_type)) return NEWREF(self);
    if (n == 0) return tuple_empty();
    TupleObj *r = tuple_alloc(&tuple_type, (size_t)n);
    for (ssize_t i = 0; i < n; i++) r->items[i] = NEWREF(t->items[start + i * step]);
    return OBJ_VAL(r);
}

static Value tuple_getitem(Value self, Value key) {
    TupleObj *t = T(self);
    ssize_t i;
    int r = seq_index_key(key, &i);
    if (r < 0) return VAL_NULL;
    if (r > 0) {
        if (i < 0) i += (ssize_t)t->len;
        if (i < 0 || (size_t)i >= t->len)
            return err_set_str(&exc_IndexError, "tuple index out of range");
        return NEWREF(t->items[i]);
    }
    if (IS_SLICE(key)) {
        ssize_t start, stop, step, n;
        if (slice_indices(key, (ssize_t)t->len, &start, &stop, &step, &n) < 0) return VAL_NULL;
        return tuple_slice(self, start, step, n);
    }
    return err_format(&exc_TypeError, "tuple indices must be integers or slices, not %s",
                      obj_type_name(key));
}

static int tuple_contains(Value self, Value item) {
    Value *items = T(self)->items;
    ssize_t i = seq_find(&items, &T(self)->len, item, 0, PTRDIFF_MAX);
    return i == -2 ? -1 : i >= 0;
}

static Value tuple_add(Value a, Value b) {
    if (!IS_TUPLE(a)) return NEWREF(VAL_NOTIMPL);
    if (!IS_TUPLE(b)) {
        if (TYPE_OF(b)->flags & TYPE_HEAP) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                          obj_type_name(b));
    }
    size_t na = T(a)->len, nb = T(b)->len;
    if (nb == 0 && IS_TYPE(a, tuple_type)) return NEWREF(a);
    if (na == 0 && IS_TYPE(b, tuple_type)) return NEWREF(b);
    TupleObj *r = tuple_alloc(&tuple_type, na + nb);
    for (size_t i = 0; i < na; i++) r->items[i] = NEWREF(T(a)->items[i]);
    for (size_t i = 0; i < nb; i++) r->items[na + i] = NEWREF(T(b)->items[i]);
    return OBJ_VAL(r);
}

static Value tuple_mul(Value a, Value b) {
    Value seq = IS_TUPLE(a) ? a : b, n = IS_TUPLE(a) ? b : a;
    ssize_t count;
    int r = seq_repeat_key(n, &count);
    if (r < 0) return VAL_NULL;
    if (r == 0) {
        if (TYPE_OF(n)->flags & TYPE_HEAP) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          obj_type_name(n));
    }
    size_t len = T(seq)->len;
    if (count <= 0 || len == 0) return tuple_empty();
    if (count == 1 && IS_TYPE(seq, tuple_type)) return NEWREF(seq);
    if ((size_t)count > SIZE_MAX / sizeof(Value) / len) return err_no_memory();
    TupleObj *out = tuple_try_alloc(len * (size_t)count);
    if (out == NULL) return VAL_NULL;
    for (size_t k = 0, j = 0; k < (size_t)count; k++)
        for (size_t i = 0; i < len; i++) out->items[j++] = NEWREF(T(seq)->items[i]);
    return OBJ_VAL(out);
}

static Value tuple_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("tuple", kwnames) < 0) return VAL_NULL;
    if (nargs > 1) return err_format(&exc_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    Value t = nargs ? tuple_from_iterable(args[0]) : tuple_empty();
    if (t == VAL_NULL || type == &tuple_type) return t;
    TupleObj *sub = tuple_alloc(type, T(t)->len);
    for (size_t i = 0; i < T(t)->len; i++) sub->items[i] = NEWREF(T(t)->items[i]);
    DECREF(t);
    return OBJ_VAL(sub);
}

/* ---- methods ----------------------------------------------------------------- */

static Value tuple_m_count(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("tuple.count", kwnames) < 0 || args_count("tuple.count", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    Value *items = T(args[0])->items;
    ssize_t count = seq_count(&items, &T(args[0])->len, args[1]);
    return count < 0 ? VAL_NULL : FROM_SMALLINT(count);
}

static Value tuple_m_index(Value *args, size_t nargs, Value kwnames) {
    TupleObj *t = T(args[0]);
    Value *items = t->items;
    ssize_t start, stop;
    if (seq_index_range(args, nargs, kwnames, t->len, &start, &stop) < 0) return VAL_NULL;
    ssize_t i = seq_find(&items, &t->len, args[1], start, stop);
    if (i == -2) return VAL_NULL;
    if (i >= 0) return FROM_SMALLINT(i);
    return err_set_str(&exc_ValueError, "tuple.index(x): x not in tuple");
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_m_count, 0},
    {"index", tuple_m_index, 0},
    {NULL, NULL, 0},
};

static Value tuple_iter(Value self);

Type tuple_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "tuple",
    .flags = TYPE_BASETYPE | TYPE_TUPLE_SUBCLASS,
    .basicsize = sizeof(TupleObj),
    .new_ = tuple_new_slot,
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .binop = {[BINOP_ADD] = tuple_add, [BINOP_MUL] = tuple_mul},
    .methods = tuple_methods,
};

/* ---- iterator ---------------------------------------------------------------- */


static Value tupleiter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL) return VAL_NULL;
    if ((size_t)it->index < T(it->seq)->len) return NEWREF(T(it->seq)->items[it->index++]);
    CLEAR(it->seq);
    return VAL_NULL;
}

Type tuple_iterator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "tuple_iterator",
    .basicsize = sizeof(SeqIterObj),
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = seqiter_self,
    .next = tupleiter_next,
};

static Value tuple_iter(Value self) {
    SeqIterObj *it = (SeqIterObj *)obj_alloc(&tuple_iterator_type);
    it->seq = NEWREF(self);
    it->index = 0;
    return OBJ_VAL(it);
}

int tuple_init_types(void) {
    if (type_ready(&tuple_type) < 0) return -1;
    return type_ready(&tuple_iterator_type);
}
