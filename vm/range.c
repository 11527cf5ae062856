/* range.c - range and slice objects.
 *
 * A range holds int64 start/stop/step and its length (as uint64: the length
 * of range(-2**63, 2**63 - 1) does not fit a ssize_t; len() then raises
 * OverflowError like CPython). Arithmetic on the bounds uses __int128 so no
 * intermediate overflows. The range iterator advances with wrapping unsigned
 * arithmetic: every value it produces is in int64 range, so the wrapped sum is
 * exact, and it never computes a value past the last one.
 *
 * slice_indices() is CPython's PySlice_Unpack + PySlice_AdjustIndices.
 */
#include "range.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef struct { Obj hdr; int64_t start, stop, step; uint64_t len; } RangeObj;
typedef struct { Obj hdr; uint64_t cur, step, remaining; } RangeIterObj;

#define R(v) ((RangeObj *)AS_OBJ(v))
#define SL(v) ((SliceObj *)AS_OBJ(v))

static Value range_int(int64_t i) {
    return SMALLINT_FITS(i) ? FROM_SMALLINT(i) : int_from_i64(i);
}

static uint64_t range_compute_len(int64_t start, int64_t stop, int64_t step) {
    __int128 lo = start, hi = stop, st = step;
    if (st > 0 && lo < hi) return (uint64_t)((hi - lo - 1) / st + 1);
    if (st < 0 && lo > hi) return (uint64_t)((lo - hi - 1) / (-st) + 1);
    return 0;
}

Value range_new(int64_t start, int64_t stop, int64_t step) {
    RangeObj *r = (RangeObj *)obj_alloc(&range_type);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_compute_len(start, stop, step);
    return OBJ_VAL(r);
}

/* A range argument as int64: __index__, then OverflowError beyond int64. */
static int range_arg(Value v, int64_t *out) {
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return 0;
    }
    Value n = obj_index(v);
    if (n == VAL_NULL) return -1;
    int r = int_as_i64(n, out);
    DECREF(n);
    if (r < 0 && err_matches(&exc_OverflowError)) {
        err_clear();
        err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return r;
}

static Value range_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (args_no_kw("range", kwnames) < 0) return VAL_NULL;
    if (nargs == 0) return err_set_str(&exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(&exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    int64_t v[3] = {0, 0, 1};
    for (size_t i = 0; i < nargs; i++)
        if (range_arg(args[i], &v[nargs == 1 ? 1 : i]) < 0) return VAL_NULL;
    if (v[2] == 0) return err_set_str(&exc_ValueError, "range() arg 3 must not be zero");
    return range_new(v[0], v[1], v[2]);
}

static void range_dealloc(Obj *o) {
    obj_free(o);
}

static ssize_t range_len(Value self) {
    if (R(self)->len > (uint64_t)PTRDIFF_MAX) {
        err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ssize_t)R(self)->len;
}

static int64_t range_item(RangeObj *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static Value range_repr(Value self) {
    RangeObj *r = R(self);
    if (r->step == 1) return str_printf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_printf("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                      (long long)r->step);
}

/* The slice of a range is a range (bounds computed without overflow). */
static Value range_slice(RangeObj *r, Value slice) {
    if (r->len > (uint64_t)PTRDIFF_MAX) {
        err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return VAL_NULL;
    }
    ssize_t start, stop, step, n;
    if (slice_indices(slice, (ssize_t)r->len, &start, &stop, &step, &n) < 0) return VAL_NULL;
    __int128 s0 = (__int128)r->start + (__int128)start * r->step;
    __int128 s1 = (__int128)r->start + (__int128)stop * r->step;
    __int128 st = (__int128)r->step * step;
    if (s0 < INT64_MIN || s0 > INT64_MAX || s1 < INT64_MIN || s1 > INT64_MAX ||
        st < INT64_MIN || st > INT64_MAX)
        return err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return range_new((int64_t)s0, (int64_t)s1, (int64_t)st);
}

static Value range_getitem(Value self, Value key) {
    RangeObj *r = R(self);
    if (IS_SLICE(key)) return range_slice(r, key);
    ssize_t i;
    int k = seq_index_key(key, &i);
    if (k < 0) {
        if (err_matches(&exc_IndexError)) {
            err_clear();
            err_set_str(&exc_IndexError, "range object index out of range");
        }
        return VAL_NULL;
    }
    if (k == 0)
        return err_format(&exc_TypeError, "range indices must be integers or slices, not %s",
                          obj_type_name(key));
    __int128 idx = i;
    if (idx < 0) idx += (__int128)r->len;
    if (idx < 0 || idx >= (__int128)r->len)
        return err_set_str(&exc_IndexError, "range object index out of range");
    return range_int(range_item(r, (uint64_t)idx));
}

/* Position of the int v in r, or -1. */
static __int128 range_int_pos(RangeObj *r, int64_t v) {
    __int128 d = (__int128)v - r->start;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    if (d % r->step != 0) return -1;
    return d / r->step;
}

/* 1 and *v set for an exact int/bool that fits int64; 0 for a non-int (or a
 * huge int: *huge set); never fails. */
static int range_exact_int(Value x, int64_t *v, bool *huge) {
    *huge = false;
    if (IS_SMALLINT(x)) {
        *v = AS_SMALLINT(x);
        return 1;
    }
    if (!IS_TYPE(x, int_type) && !IS_TYPE(x, bool_type)) return 0;
    if (int_as_i64(x, v) < 0) {
        err_clear();
        *huge = true;
        return 0;
    }
    return 1;
}

static Value range_iter(Value self);

/* Index of x in r by iteration equality (non-int items); -1 absent, -2 error. */
static ssize_t range_search(Value self, Value x, ssize_t *count) {
    Value it = range_iter(self);
    Value y;
    ssize_t i = 0, found = -1;
    if (count) *count = 0;
    while ((y = obj_next(it)) != VAL_NULL) {
        int r = obj_eq(y, x);
        DECREF(y);
        if (r < 0) {
            DECREF(it);
            return -2;
        }
        if (r) {
            if (found < 0) found = i;
            if (!count) break;
            (*count)++;
        }
        i++;
    }
    DECREF(it);
    return found;
}

static int range_contains(Value self, Value x) {
    int64_t v;
    bool huge;
    if (range_exact_int(x, &v, &huge)) return range_int_pos(R(self), v) >= 0;
    if (huge) return 0;
    ssize_t r = range_search(self, x, NULL);
    return r == -2 ? -1 : r >= 0;
}

static bool range_equal(RangeObj *a, RangeObj *b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->len == 0) return true;
    if (a->start != b->start) return false;
    if (a->len == 1) return true;
    return a->step == b->step;
}

static Value range_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_TYPE(a, range_type) || !IS_TYPE(b, range_type) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(VAL_NOTIMPL);
    bool eq = range_equal(R(a), R(b));
    return NEWREF(VAL_BOOL(op == CMP_EQ ? eq : !eq));
}

/* CPython's: hash((len, start or None, step or None)). */
static int range_hash(Value self, int64_t *out) {
    RangeObj *r = R(self);
    Value len = int_from_u64(r->len);
    Value start = r->len == 0 ? NEWREF(VAL_NONE) : range_int(r->start);
    Value step = r->len <= 1 ? NEWREF(VAL_NONE) : range_int(r->step);
    Value t = tuple_pack_steal(3, len, start, step);
    int rc = obj_hash(t, out);
    DECREF(t);
    return rc;
}

static Value range_m_index(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("range.index", kwnames) < 0 || args_count("range.index", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    int64_t v;
    bool huge;
    if (range_exact_int(args[1], &v, &huge) || huge) {
        __int128 pos = huge ? -1 : range_int_pos(R(args[0]), v);
        if (pos < 0) return err_format(&exc_ValueError, "%R is not in range", args[1]);
        return int_from_i64((int64_t)pos);
    }
    ssize_t r = range_search(args[0], args[1], NULL);
    if (r == -2) return VAL_NULL;
    if (r < 0) return err_set_str(&exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(r);
}

static Value range_m_count(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("range.count", kwnames) < 0 || args_count("range.count", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    int64_t v;
    bool huge;
    if (range_exact_int(args[1], &v, &huge)) return FROM_SMALLINT(range_int_pos(R(args[0]), v) >= 0);
    if (huge) return FROM_SMALLINT(0);
    ssize_t count;
    if (range_search(args[0], args[1], &count) == -2) return VAL_NULL;
    return FROM_SMALLINT(count);
}

static Value range_iter_make(uint64_t start, uint64_t step, uint64_t n);

static Value range_m_reversed(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__reversed__", kwnames) < 0 || args_count("__reversed__", nargs - 1, 0, 0) < 0)
        return VAL_NULL;
    RangeObj *r = R(args[0]);
    uint64_t last = r->len ? (uint64_t)range_item(r, r->len - 1) : 0;
    return range_iter_make(last, 0 - (uint64_t)r->step, r->len);
}

static Value range_get_start(Value self) {
    return range_int(R(self)->start);
}
static Value range_get_stop(Value self) {
    return range_int(R(self)->stop);
}
static Value range_get_step(Value self) {
    return range_int(R(self)->step);
}

static const MethodDef range_methods[] = {
    {"index", range_m_index, 0},
    {"count", range_m_count, 0},
    {"__reversed__", range_m_reversed, 0},
    {NULL, NULL, 0},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

Type range_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .new_ = range_new_slot,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};

/* ---- the iterator ----------------------------------------------------------- */

bool range_iter_next_fast(Value it, Value *out) {
    RangeIterObj *ri = (RangeIterObj *)AS_OBJ(it);
    if (ri->remaining == 0) return false;
    int64_t v = (int64_t)ri->cur;
    if (--ri->remaining) ri->cur += ri->step;
    *out = range_int(v);
    return true;
}

static Value rangeiter_next(Value self) {
    Value v;
    return range_iter_next_fast(self, &v) ? v : VAL_NULL;
}

static Value rangeiter_self(Value self) {
    return NEWREF(self);
}

Type range_iterator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .dealloc = range_dealloc,
    .iter = rangeiter_self,
    .next = rangeiter_next,
};

static Value range_iter_make(uint64_t start, uint64_t step, uint64_t n) {
    RangeIterObj *it = (RangeIterObj *)obj_alloc(&range_iterator_type);
    it->cur = start;
    it->step = step;
    it->remaining = n;
    return OBJ_VAL(it);
}

static Value range_iter(Value self) {
    RangeObj *r = R(self);
    return range_iter_make((uint64_t)r->start, (uint64_t)r->step, r->len);
}

/* ---- slice --------------------------------------------------------------------- */

Value slice_new(Value start, Value stop, Value step) {
    SliceObj *s = (SliceObj *)obj_alloc(&slice_type);
    s->start = NEWREF(start ? start : VAL_NONE);
    s->stop = NEWREF(stop ? stop : VAL_NONE);
    s->step = NEWREF(step ? step : VAL_NONE);
    return OBJ_VAL(s);
}

int slice_indices(Value slice, ssize_t len, ssize_t *start, ssize_t *stop, ssize_t *step,
                  ssize_t *slicelen) {
    SliceObj *s = SL(slice);
    ssize_t st = 1;
    if (seq_slice_index(s->step, &st) < 0) return -1;
    if (st == 0) {
        err_set_str(&exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    if (st < -PTRDIFF_MAX) st = -PTRDIFF_MAX;
    ssize_t lo = st < 0 ? PTRDIFF_MAX : 0, hi = st < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    if (seq_slice_index(s->start, &lo) < 0 || seq_slice_index(s->stop, &hi) < 0) return -1;
    if (lo < 0) {
        lo += len;
        if (lo < 0) lo = st < 0 ? -1 : 0;
    } else if (lo >= len) {
        lo = st < 0 ? len - 1 : len;
    }
    if (hi < 0) {
        hi += len;
        if (hi < 0) hi = st < 0 ? -1 : 0;
    } else if (hi >= len) {
        hi = st < 0 ? len - 1 : len;
    }
    ssize_t n = 0;
    if (st < 0) {
        if (hi < lo) n = (lo - hi - 1) / (-st) + 1;
    } else if (lo < hi) {
        n = (hi - lo - 1) / st + 1;
    }
    *start = lo;
    *stop = hi;
    *step = st;
    *slicelen = n;
    return 0;
}

static Value slice_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (args_no_kw("slice", kwnames) < 0) return VAL_NULL;
    if (nargs == 0) return err_set_str(&exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(&exc_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return slice_new(VAL_NONE, args[0], VAL_NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static void slice_dealloc(Obj *o) {
    SliceObj *s = (SliceObj *)o;
    DECREF(s->start);
    DECREF(s->stop);
    DECREF(s->step);
    obj_free(o);
}

static void slice_traverse(Obj *o, VisitFn visit, void *arg) {
    SliceObj *s = (SliceObj *)o;
    visit(s->start, arg);
    visit(s->stop, arg);
    visit(s->step, arg);
}

static Value slice_repr(Value self) {
    SliceObj *s = SL(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "slice(");
    if (strbuf_append_repr(&b, s->start) < 0) goto fail;
    strbuf_append(&b, ", ", 2);
    if (strbuf_append_repr(&b, s->stop) < 0) goto fail;
    strbuf_append(&b, ", ", 2);
    if (strbuf_append_repr(&b, s->step) < 0) goto fail;
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return VAL_NULL;
}

static Value slice_as_tuple(Value self) {
    return tuple_pack(3, SL(self)->start, SL(self)->stop, SL(self)->step);
}

static Value slice_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_SLICE(a) || !IS_SLICE(b)) return NEWREF(VAL_NOTIMPL);
    Value ta = slice_as_tuple(a), tb = slice_as_tuple(b);
    Value r = obj_richcompare(ta, tb, op);
    DECREF(ta);
    DECREF(tb);
    return r;
}

static int slice_hash(Value self, int64_t *out) {
    (void)out;
    err_format(&exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

static Value slice_m_indices(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("slice.indices", kwnames) < 0 || args_count("slice.indices", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    ssize_t len, start, stop, step, n;
    if (obj_as_ssize(args[1], &len) < 0) return VAL_NULL;
    if (len < 0) return err_set_str(&exc_ValueError, "length should not be negative");
    if (slice_indices(args[0], len, &start, &stop, &step, &n) < 0) return VAL_NULL;
    Value t = tuple_new(3);
    TUPLE_SET(t, 0, int_from_i64(start));
    TUPLE_SET(t, 1, int_from_i64(stop));
    TUPLE_SET(t, 2, int_from_i64(step));
    return t;
}

static Value slice_get_start(Value self) {
    return NEWREF(SL(self)->start);
}
static Value slice_get_stop(Value self) {
    return NEWREF(SL(self)->stop);
}
static Value slice_get_step(Value self) {
    return NEWREF(SL(self)->step);
}

static const MethodDef slice_methods[] = {
    {"indices", slice_m_indices, 0},
    {NULL, NULL, 0},
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

Type slice_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .new_ = slice_new_slot,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .hash = slice_hash,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .getsets = slice_getsets,
};

int range_init_types(void) {
    if (type_ready(&range_type) < 0) return -1;
    if (type_ready(&range_iterator_type) < 0) return -1;
    return type_ready(&slice_type);
}
