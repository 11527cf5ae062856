/* range.c - range and slice objects.
 *
 * A range has two representations. The small one, used whenever start, stop
 * and step all fit int64, holds them as int64 and its length as uint64 (the
 * length of range(-2**63, 2**63 - 1) does not fit a ssize_t; len() then
 * raises OverflowError like CPython). Arithmetic on its bounds uses __int128
 * so no intermediate overflows. Its iterator, the for-loop's fast path,
 * advances with wrapping unsigned arithmetic: every value it produces is in
 * int64 range, so the wrapped sum is exact, and it never computes a value
 * past the last one.
 *
 * The big one (r->big set) holds the bounds and length as GMP integers, for
 * ranges such as range(2**100); its iterator is CPython's longrange_iterator.
 * Operations off the hot path (slicing, indexing by a non-small key,
 * membership of a large int, equality and hashing of big ranges) work on a
 * GMP view of either representation (RangeZ), so they are written once.
 *
 * slice_indices() is CPython's PySlice_Unpack + PySlice_AdjustIndices.
 */
#include "range.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "mem.h"
#include "names.h"
#include "str.h"
#include "tuple.h"

/* mpz_get_si / mpz_fits_slong_p stand for int64 conversions. */
_Static_assert(sizeof(long) == sizeof(int64_t), "long must be 64-bit");

/* The bounds and length of a range as GMP integers. */
typedef struct { mpz_t start, stop, step, len; } RangeZ;

/* big is NULL for the small representation (the int64 fields), else the
 * bounds (the int64 fields then unused). */
typedef struct { Obj hdr; int64_t start, stop, step; uint64_t len; RangeZ *big; } RangeObj;
typedef struct { Obj hdr; uint64_t cur, step, remaining; } RangeIterObj;
typedef struct { Obj hdr; mpz_t cur, step, remaining; } LongRangeIterObj;

#define R(v) ((RangeObj *)AS_OBJ(v))
#define SL(v) ((SliceObj *)AS_OBJ(v))

static Type longrange_iterator_type;

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

/* The length of range(start, stop, step), step != 0: the number of steps
 * from start towards stop, rounded up (0 when stop is behind start). */
static void range_z_len(mpz_t len, const mpz_t start, const mpz_t stop, const mpz_t step) {
    int c = mpz_cmp(start, stop);
    if (mpz_sgn(step) > 0 ? c >= 0 : c <= 0) {
        mpz_set_ui(len, 0);
        return;
    }
    mpz_sub(len, stop, start);
    mpz_cdiv_q(len, len, step);
}

/* range(start, stop, step) from GMP bounds (step != 0): the small
 * representation whenever the three fit int64. */
static Value range_from_z(const mpz_t start, const mpz_t stop, const mpz_t step) {
    if (mpz_fits_slong_p(start) && mpz_fits_slong_p(stop) && mpz_fits_slong_p(step))
        return range_new(mpz_get_si(start), mpz_get_si(stop), mpz_get_si(step));
    RangeObj *r = (RangeObj *)obj_alloc(&range_type);
    RangeZ *z = mem_alloc(sizeof *z);
    mpz_init_set(z->start, start);
    mpz_init_set(z->stop, stop);
    mpz_init_set(z->step, step);
    mpz_init(z->len);
    range_z_len(z->len, start, stop, step);
    r->big = z;
    return OBJ_VAL(r);
}

/* A GMP copy of r's bounds and length; release it with range_z_clear. */
static void range_z_init(RangeObj *r, RangeZ *z) {
    if (r->big) {
        mpz_init_set(z->start, r->big->start);
        mpz_init_set(z->stop, r->big->stop);
        mpz_init_set(z->step, r->big->step);
        mpz_init_set(z->len, r->big->len);
        return;
    }
    mpz_init_set_si(z->start, r->start);
    mpz_init_set_si(z->stop, r->stop);
    mpz_init_set_si(z->step, r->step);
    mpz_init_set_ui(z->len, r->len);
}

static void range_z_clear(RangeZ *z) {
    mpz_clears(z->start, z->stop, z->step, z->len, NULL);
}

/* CPython's PyIndex_Check: an int, or a type with __index__. */
static bool range_has_index(Value v) {
    return IS_INT(v) || type_lookup(TYPE_OF(v), names.__index__) != VAL_NULL;
}

/* The range of the bounds v (ints, step nonzero checked here): small when
 * all three fit int64, else big. */
static Value range_from_bounds(Value v[3]) {
    int64_t b[3];
    bool fits = true;
    for (int i = 0; i < 3; i++) {
        if (IS_SMALLINT(v[i])) {
            b[i] = AS_SMALLINT(v[i]);
        } else if (int_as_i64(v[i], &b[i]) < 0) {
            err_clear();
            fits = false;
        }
    }
    if (fits) {
        if (b[2] == 0) return err_set_str(&exc_ValueError, "range() arg 3 must not be zero");
        return range_new(b[0], b[1], b[2]);
    }
    mpz_t z[3];
    for (int i = 0; i < 3; i++) {
        mpz_init(z[i]);
        int_to_mpz(v[i], z[i]);
    }
    Value r = mpz_sgn(z[2]) == 0 ? err_set_str(&exc_ValueError, "range() arg 3 must not be zero")
                                 : range_from_z(z[0], z[1], z[2]);
    mpz_clears(z[0], z[1], z[2], NULL);
    return r;
}

/* range() of arguments that are not all small ints: each through
 * __index__, in order, before the zero-step check (CPython's order of
 * errors). first: where args[0] goes among start, stop, step. */
static Value range_new_indexed(Value *args, size_t nargs, size_t first) {
    Value v[3] = {FROM_SMALLINT(0), VAL_NULL, FROM_SMALLINT(1)};
    Value r = VAL_NULL;
    for (size_t i = 0; i < nargs; i++) {
        v[first + i] = IS_SMALLINT(args[i]) ? args[i] : obj_index(args[i]);
        if (v[first + i] == VAL_NULL) goto done;
    }
    r = range_from_bounds(v);
done:
    for (int i = 0; i < 3; i++) XDECREF(v[i]);
    return r;
}

/* range(stop) / range(start, stop[, step]); small int arguments (a
 * for-loop's usual range) take the direct path. */
static Value range_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (args_no_kw("range", kwnames) < 0) return VAL_NULL;
    if (nargs == 0) return err_set_str(&exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(&exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    int64_t v[3] = {0, 0, 1};
    size_t first = nargs == 1 ? 1 : 0;
    for (size_t i = 0; i < nargs; i++) {
        if (!IS_SMALLINT(args[i])) return range_new_indexed(args, nargs, first);
        v[first + i] = AS_SMALLINT(args[i]);
    }
    if (v[2] == 0) return err_set_str(&exc_ValueError, "range() arg 3 must not be zero");
    return range_new(v[0], v[1], v[2]);
}

static void range_dealloc(Obj *o) {
    RangeObj *r = (RangeObj *)o;
    if (UNLIKELY(r->big != NULL)) {
        range_z_clear(r->big);
        mem_free(r->big);
    }
    obj_free(o);
}

static ssize_t range_len(Value self) {
    RangeObj *r = R(self);
    if (!r->big && r->len <= (uint64_t)PTRDIFF_MAX) return (ssize_t)r->len;
    if (r->big && mpz_fits_slong_p(r->big->len)) return (ssize_t)mpz_get_si(r->big->len);
    err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

/* bool(r) needs no len(), which may not fit a ssize_t. */
static int range_truthy(Value self) {
    RangeObj *r = R(self);
    return r->big ? mpz_sgn(r->big->len) != 0 : r->len != 0;
}

static int64_t range_item(RangeObj *r, uint64_t i) {
    return (int64_t)((uint64_t)r->start + i * (uint64_t)r->step);
}

static Value range_get_start(Value self) {
    RangeObj *r = R(self);
    return r->big ? int_from_mpz(r->big->start) : range_int(r->start);
}
static Value range_get_stop(Value self) {
    RangeObj *r = R(self);
    return r->big ? int_from_mpz(r->big->stop) : range_int(r->stop);
}
static Value range_get_step(Value self) {
    RangeObj *r = R(self);
    return r->big ? int_from_mpz(r->big->step) : range_int(r->step);
}

/* Appends ", " and repr(v), stealing v. */
static int range_append_bound(StrBuf *b, Value v) {
    strbuf_append(b, ", ", 2);
    int rc = strbuf_append_repr(b, v);
    DECREF(v);
    return rc;
}

/* The repr of a big range through the ints' own repr (which may refuse
 * more than sys.get_int_max_str_digits() digits, as in CPython). */
static Value range_repr_big(Value self) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "range(");
    Value start = range_get_start(self);
    int rc = strbuf_append_repr(&b, start);
    DECREF(start);
    if (rc < 0 || range_append_bound(&b, range_get_stop(self)) < 0) goto fail;
    if (mpz_cmp_ui(R(self)->big->step, 1) != 0 && range_append_bound(&b, range_get_step(self)) < 0)
        goto fail;
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return VAL_NULL;
}

static Value range_repr(Value self) {
    RangeObj *r = R(self);
    if (r->big) return range_repr_big(self);
    if (r->step == 1) return str_printf("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_printf("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                      (long long)r->step);
}

/* A slice bound into z: 1, or 0 for None (z untouched), -1 on error
 * (CPython's evaluate_slice_index). */
static int range_slice_bound(Value v, mpz_t z) {
    if (IS_NONE(v)) return 0;
    if (!range_has_index(v)) {
        err_set_str(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value n = obj_index(v);
    if (n == VAL_NULL) return -1;
    int_to_mpz(n, z);
    DECREF(n);
    return 1;
}

/* A slice bound into [lower, upper], counting a negative one from the end;
 * None becomes dflt. -1 on error. */
static int range_slice_clamp(Value v, mpz_t x, const mpz_t len, const mpz_t lower,
                             const mpz_t upper, const mpz_t dflt) {
    int k = range_slice_bound(v, x);
    if (k <= 0) {
        if (k == 0) mpz_set(x, dflt);
        return k;
    }
    if (mpz_sgn(x) < 0) {
        mpz_add(x, x, len);
        if (mpz_cmp(x, lower) < 0) mpz_set(x, lower);
    } else if (mpz_cmp(x, upper) > 0) {
        mpz_set(x, upper);
    }
    return 0;
}

/* The slice of a range is a range: CPython's _PySlice_GetLongIndices and
 * compute_slice, in GMP so neither the length nor the bounds overflow. */
static Value range_slice(RangeObj *r, Value slice) {
    SliceObj *s = SL(slice);
    RangeZ z;
    range_z_init(r, &z);
    mpz_t start, stop, step, lower, upper;
    mpz_inits(start, stop, lower, upper, NULL);
    mpz_init_set_ui(step, 1);
    Value res = VAL_NULL;
    if (range_slice_bound(s->step, step) < 0) goto done;
    if (mpz_sgn(step) == 0) {
        err_set_str(&exc_ValueError, "slice step cannot be zero");
        goto done;
    }
    bool neg = mpz_sgn(step) < 0;
    mpz_set_si(lower, neg ? -1 : 0);
    mpz_add(upper, z.len, lower);
    if (range_slice_clamp(s->start, start, z.len, lower, upper, neg ? upper : lower) < 0 ||
        range_slice_clamp(s->stop, stop, z.len, lower, upper, neg ? lower : upper) < 0)
        goto done;
    mpz_mul(start, start, z.step);
    mpz_add(start, start, z.start);
    mpz_mul(stop, stop, z.step);
    mpz_add(stop, stop, z.start);
    mpz_mul(step, step, z.step);
    res = range_from_z(start, stop, step);
done:
    mpz_clears(start, stop, step, lower, upper, NULL);
    range_z_clear(&z);
    return res;
}

/* r[key] for an index key of any size: CPython's compute_range_item. */
static Value range_item_z(RangeObj *r, Value key) {
    Value n = obj_index(key);
    if (n == VAL_NULL) return VAL_NULL;
    RangeZ z;
    range_z_init(r, &z);
    mpz_t i;
    mpz_init(i);
    int_to_mpz(n, i);
    DECREF(n);
    if (mpz_sgn(i) < 0) mpz_add(i, i, z.len);
    Value res;
    if (mpz_sgn(i) < 0 || mpz_cmp(i, z.len) >= 0) {
        res = err_set_str(&exc_IndexError, "range object index out of range");
    } else {
        mpz_mul(i, i, z.step);
        mpz_add(i, i, z.start);
        res = int_from_mpz(i);
    }
    mpz_clear(i);
    range_z_clear(&z);
    return res;
}

static Value range_getitem(Value self, Value key) {
    RangeObj *r = R(self);
    if (IS_SLICE(key)) return range_slice(r, key);
    if (!range_has_index(key))
        return err_format(&exc_TypeError, "range indices must be integers or slices, not %s",
                          obj_type_name(key));
    if (r->big || !IS_SMALLINT(key)) return range_item_z(r, key);
    __int128 idx = AS_SMALLINT(key);
    if (idx < 0) idx += (__int128)r->len;
    if (idx < 0 || idx >= (__int128)r->len)
        return err_set_str(&exc_IndexError, "range object index out of range");
    return range_int(range_item(r, (uint64_t)idx));
}

/* Position of the int v in the small range r, or -1. */
static __int128 range_int_pos(RangeObj *r, int64_t v) {
    __int128 d = (__int128)v - r->start;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    if (d % r->step != 0) return -1;
    return d / r->step;
}

/* Ints and bools are found by arithmetic; other values by iteration. */
static bool range_is_exact_int(Value x) {
    return IS_SMALLINT(x) || IS_TYPE(x, int_type) || IS_TYPE(x, bool_type);
}

/* The position of the exact int x in r as an int, or None when absent. */
static Value range_int_index(RangeObj *r, Value x) {
    if (!r->big && IS_SMALLINT(x)) {
        __int128 pos = range_int_pos(r, AS_SMALLINT(x));
        return pos < 0 ? VAL_NONE : int_from_u64((uint64_t)pos);
    }
    RangeZ z;
    range_z_init(r, &z);
    mpz_t v;
    mpz_init(v);
    int_to_mpz(x, v);
    bool out = mpz_sgn(z.step) > 0 ? mpz_cmp(v, z.start) < 0 || mpz_cmp(v, z.stop) >= 0
                                   : mpz_cmp(v, z.start) > 0 || mpz_cmp(v, z.stop) <= 0;
    Value res = VAL_NONE;
    if (!out) {
        mpz_sub(v, v, z.start);
        if (mpz_divisible_p(v, z.step)) {
            mpz_divexact(v, v, z.step);
            res = int_from_mpz(v);
        }
    }
    mpz_clear(v);
    range_z_clear(&z);
    return res;
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
    RangeObj *r = R(self);
    if (!r->big && IS_SMALLINT(x)) return range_int_pos(r, AS_SMALLINT(x)) >= 0;
    if (range_is_exact_int(x)) {
        Value pos = range_int_index(r, x);
        bool in = pos != VAL_NONE;
        DECREF(pos);
        return in;
    }
    ssize_t found = range_search(self, x, NULL);
    return found == -2 ? -1 : found >= 0;
}

/* CPython's range_equals: same length, and then same first item, and then
 * (more than one item) same step. */
static bool range_equal(RangeObj *a, RangeObj *b) {
    if (a == b) return true;
    if (!a->big && !b->big) {
        if (a->len != b->len) return false;
        if (a->len == 0) return true;
        if (a->start != b->start) return false;
        if (a->len == 1) return true;
        return a->step == b->step;
    }
    RangeZ za, zb;
    range_z_init(a, &za);
    range_z_init(b, &zb);
    bool eq = mpz_cmp(za.len, zb.len) == 0 &&
              (mpz_sgn(za.len) == 0 ||
               (mpz_cmp(za.start, zb.start) == 0 &&
                (mpz_cmp_ui(za.len, 1) == 0 || mpz_cmp(za.step, zb.step) == 0)));
    range_z_clear(&za);
    range_z_clear(&zb);
    return eq;
}

static Value range_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_TYPE(a, range_type) || !IS_TYPE(b, range_type) || (op != CMP_EQ && op != CMP_NE))
        return NEWREF(VAL_NOTIMPL);
    bool eq = range_equal(R(a), R(b));
    return NEWREF(VAL_BOOL(op == CMP_EQ ? eq : !eq));
}

/* len(r) compared with n: <0, 0 or >0 (len itself may not fit a ssize_t). */
static int range_len_cmp(RangeObj *r, uint64_t n) {
    if (r->big) return mpz_cmp_ui(r->big->len, n);
    return (r->len > n) - (r->len < n);
}

/* CPython's: hash((len, start or None, step or None)). */
static int range_hash(Value self, int64_t *out) {
    RangeObj *r = R(self);
    Value len = r->big ? int_from_mpz(r->big->len) : int_from_u64(r->len);
    Value start = range_len_cmp(r, 0) == 0 ? NEWREF(VAL_NONE) : range_get_start(self);
    Value step = range_len_cmp(r, 1) <= 0 ? NEWREF(VAL_NONE) : range_get_step(self);
    Value t = tuple_pack_steal(3, len, start, step);
    int rc = obj_hash(t, out);
    DECREF(t);
    return rc;
}

static Value range_m_index(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("range.index", kwnames) < 0 || args_count("range.index", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    if (range_is_exact_int(args[1])) {
        Value pos = range_int_index(R(args[0]), args[1]);
        if (pos == VAL_NONE) return err_format(&exc_ValueError, "%R is not in range", args[1]);
        return pos;
    }
    ssize_t r = range_search(args[0], args[1], NULL);
    if (r == -2) return VAL_NULL;
    if (r < 0) return err_set_str(&exc_ValueError, "sequence.index(x): x not in sequence");
    return int_from_i64(r);
}

static Value range_m_count(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("range.count", kwnames) < 0 || args_count("range.count", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    if (range_is_exact_int(args[1])) {
        Value pos = range_int_index(R(args[0]), args[1]);
        bool in = pos != VAL_NONE;
        DECREF(pos);
        return FROM_SMALLINT(in);
    }
    ssize_t count;
    if (range_search(args[0], args[1], &count) == -2) return VAL_NULL;
    return FROM_SMALLINT(count);
}

static Value range_iter_make(uint64_t start, uint64_t step, uint64_t n);
static Value longrange_iter_make(RangeObj *r, bool reversed);

/* Whether iter(r) is a range_iterator rather than a longrange_iterator:
 * CPython's test (the length fits int64 and stop + step would not overflow),
 * so that type(iter(r)) is the same. */
static bool range_iter_is_small(RangeObj *r) {
    if (r->big || r->len > (uint64_t)INT64_MAX) return false;
    if (r->len == 0) return true;
    return r->step > 0 ? r->stop <= INT64_MAX - (r->step - 1) : r->stop >= INT64_MIN + (-1 - r->step);
}

/* The same for reversed(r): CPython also wants -step and start - step to
 * fit int64. */
static bool range_reversed_is_small(RangeObj *r) {
    if (r->big || r->step == INT64_MIN || r->len > (uint64_t)INT64_MAX) return false;
    if (r->step > 0) return (uint64_t)r->start - (uint64_t)INT64_MIN >= (uint64_t)r->step;
    return (uint64_t)INT64_MAX - (uint64_t)r->start >= 0 - (uint64_t)r->step;
}

static Value range_m_reversed(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__reversed__", kwnames) < 0 || args_count("__reversed__", nargs - 1, 0, 0) < 0)
        return VAL_NULL;
    RangeObj *r = R(args[0]);
    if (!range_reversed_is_small(r)) return longrange_iter_make(r, true);
    uint64_t last = r->len ? (uint64_t)range_item(r, r->len - 1) : 0;
    return range_iter_make(last, 0 - (uint64_t)r->step, r->len);
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
    .truthy = range_truthy,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};

/* ---- the iterators ---------------------------------------------------------- */

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

static void rangeiter_dealloc(Obj *o) {
    obj_free(o);
}

Type range_iterator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .dealloc = rangeiter_dealloc,
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
    if (!range_iter_is_small(r)) return longrange_iter_make(r, false);
    return range_iter_make((uint64_t)r->start, (uint64_t)r->step, r->len);
}

/* The next int of a longrange_iterator: cur, then cur += step. */
static Value longrangeiter_next(Value self) {
    LongRangeIterObj *it = (LongRangeIterObj *)AS_OBJ(self);
    if (mpz_sgn(it->remaining) == 0) return VAL_NULL;
    Value v = int_from_mpz(it->cur);
    mpz_sub_ui(it->remaining, it->remaining, 1);
    mpz_add(it->cur, it->cur, it->step);
    return v;
}

static void longrangeiter_dealloc(Obj *o) {
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    mpz_clears(it->cur, it->step, it->remaining, NULL);
    obj_free(o);
}

static Type longrange_iterator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObj),
    .dealloc = longrangeiter_dealloc,
    .iter = rangeiter_self,
    .next = longrangeiter_next,
};

/* An iterator over r in GMP arithmetic, forwards or from its last item back. */
static Value longrange_iter_make(RangeObj *r, bool reversed) {
    LongRangeIterObj *it = (LongRangeIterObj *)obj_alloc(&longrange_iterator_type);
    RangeZ z;
    range_z_init(r, &z);
    mpz_init_set(it->cur, z.start);
    mpz_init_set(it->step, z.step);
    mpz_init_set(it->remaining, z.len);
    if (reversed && mpz_sgn(z.len) > 0) {
        mpz_sub_ui(z.len, z.len, 1);
        mpz_addmul(it->cur, z.len, z.step);
        mpz_neg(it->step, it->step);
    }
    range_z_clear(&z);
    return OBJ_VAL(it);
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
    if (type_ready(&longrange_iterator_type) < 0) return -1;
    return type_ready(&slice_type);
}
