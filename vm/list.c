/* list.c - the list type: a growable array of Values.
 *
 * Growth follows CPython's over-allocation (about 1/8 extra) so append is
 * amortised O(1). Every operation that can run Python code (comparisons,
 * __eq__, __index__, iteration of an argument) re-reads len/items afterwards,
 * so a list mutated during such a callback never makes us read freed memory.
 * Also here, shared by the other container types: the per-thread repr
 * recursion guard, the deallocation "trashcan" and the sequence-index helpers.
 */
#include <string.h>

#include "list.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "names.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

#define L(v) ((ListObj *)AS_OBJ(v))

/* ---- shared helpers: repr guard, index conversion ---------------------- */

static _Thread_local Value *repr_stack;
static _Thread_local size_t repr_len, repr_cap;

/* (The depth of nested reprs is limited by obj_repr, which counts it
 * toward the recursion limit.) */
int repr_enter(Value v) {
    for (size_t i = 0; i < repr_len; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_len == repr_cap) {
        repr_cap = repr_cap ? repr_cap * 2 : 16;
        repr_stack = mem_realloc(repr_stack, repr_cap * sizeof(Value));
    }
    repr_stack[repr_len++] = v;
    return 0;
}

void repr_leave(Value v) {
    for (size_t i = repr_len; i > 0; i--) {
        if (repr_stack[i - 1] == v) {
            memmove(&repr_stack[i - 1], &repr_stack[i], (repr_len - i) * sizeof(Value));
            repr_len--;
            return;
        }
    }
}

#define DEALLOC_MAX_DEPTH 50

static _Thread_local int dealloc_depth;
static _Thread_local bool dealloc_draining;
/* Queued objects (refcount 0) are linked through their refcnt field, which
 * nothing reads any more. Instances of user subclasses are never queued:
 * their dealloc wraps ours, and running it twice would release the
 * subclass's parts twice. */
static _Thread_local Obj *dealloc_queue;

bool dealloc_enter(Obj *o) {
    if (dealloc_depth >= DEALLOC_MAX_DEPTH && !(o->type->flags & TYPE_HEAP)) {
        o->refcnt = (intptr_t)dealloc_queue;
        dealloc_queue = o;
        return false;
    }
    dealloc_depth++;
    return true;
}

void dealloc_leave(void) {
    if (--dealloc_depth > 0 || dealloc_draining) return;
    dealloc_draining = true;
    while (dealloc_queue) {
        Obj *o = dealloc_queue;
        dealloc_queue = (Obj *)o->refcnt;
        o->refcnt = 0;
        obj_dealloc(o);
    }
    dealloc_draining = false;
}

/* True if v is an int or has __index__ (so it may be used as an index). */
static bool seq_has_index(Value v) {
    return IS_INT(v) || type_lookup(TYPE_OF(v), names.__index__) != VAL_NULL;
}

int seq_index_key(Value key, ssize_t *out) {
    if (IS_SMALLINT(key)) {
        *out = (ssize_t)AS_SMALLINT(key);
        return 1;
    }
    if (!seq_has_index(key)) return 0;
    if (obj_as_ssize(key, out) < 0) {
        if (err_matches(&exc_OverflowError)) {
            err_clear();
            err_format(&exc_IndexError, "cannot fit '%s' into an index-sized integer",
                       obj_type_name(key));
        }
        return -1;
    }
    return 1;
}

int seq_slice_index(Value v, ssize_t *out) {
    if (IS_NONE(v)) return 0;
    if (IS_SMALLINT(v)) {
        intptr_t i = AS_SMALLINT(v);
        *out = i;
        return 0;
    }
    if (!seq_has_index(v)) {
        err_set_str(&exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Value n = obj_index(v);
    if (n == VAL_NULL) return -1;
    int64_t i;
    if (int_as_i64(n, &i) < 0) {
        err_clear();
        i = int_sign(n) < 0 ? INT64_MIN : INT64_MAX;
    }
    DECREF(n);
    *out = (ssize_t)i;
    return 0;
}

/* The truth of `la op lb`: how two sequences compare once one is a prefix of the other. */
static bool seq_compare_lengths(size_t la, size_t lb, CmpOp op) {
    switch (op) {
    case CMP_LT: return la < lb;
    case CMP_LE: return la <= lb;
    case CMP_EQ: return la == lb;
    case CMP_NE: return la != lb;
    case CMP_GT: return la > lb;
    default: return la >= lb;
    }
}

Value seq_compare(Value *const *aitems, const size_t *alen, Value *const *bitems,
                  const size_t *blen, CmpOp op) {
    if ((op == CMP_EQ || op == CMP_NE) && *alen != *blen)
        return NEWREF(VAL_BOOL(op == CMP_NE));
    size_t i;
    for (i = 0; i < *alen && i < *blen; i++) {
        Value x = NEWREF((*aitems)[i]), y = NEWREF((*bitems)[i]);
        int r = obj_richcompare_bool(x, y, CMP_EQ);
        DECREF(x);
        DECREF(y);
        if (r < 0) return VAL_NULL;
        if (!r) break;
    }
    if (i >= *alen || i >= *blen) return NEWREF(VAL_BOOL(seq_compare_lengths(*alen, *blen, op)));
    if (op == CMP_EQ) return NEWREF(VAL_FALSE);
    if (op == CMP_NE) return NEWREF(VAL_TRUE);
    Value x = NEWREF((*aitems)[i]), y = NEWREF((*bitems)[i]);
    Value r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

ssize_t seq_find(Value *const *items, const size_t *len, Value x, ssize_t start, ssize_t stop) {
    for (ssize_t i = start; i < stop && (size_t)i < *len; i++) {
        Value y = NEWREF((*items)[i]);
        int r = obj_richcompare_bool(y, x, CMP_EQ);
        DECREF(y);
        if (r < 0) return -2;
        if (r > 0) return i;
    }
    return -1;
}

ssize_t seq_count(Value *const *items, const size_t *len, Value x) {
    ssize_t count = 0;
    for (size_t i = 0; i < *len; i++) {
        Value y = NEWREF((*items)[i]);
        int r = obj_richcompare_bool(y, x, CMP_EQ);
        DECREF(y);
        if (r < 0) return -1;
        count += r;
    }
    return count;
}

int seq_index_range(Value *args, size_t nargs, Value kwnames, size_t len, ssize_t *start,
                    ssize_t *stop) {
    if (args_no_kw("index", kwnames) < 0) return -1;
    if (nargs < 2 || nargs > 4) {
        err_format(&exc_TypeError, nargs < 2 ? "index expected at least 1 argument, got %zu"
                                             : "index expected at most 3 arguments, got %zu",
                   nargs - 1);
        return -1;
    }
    *start = 0;
    *stop = PTRDIFF_MAX;
    if (nargs > 2 && seq_slice_index(args[2], start) < 0) return -1;
    if (nargs > 3 && seq_slice_index(args[3], stop) < 0) return -1;
    ssize_t n = (ssize_t)len;
    if (*start < 0 && (*start += n) < 0) *start = 0;
    if (*stop < 0 && (*stop += n) < 0) *stop = 0;
    return 0;
}

/* ---- storage ------------------------------------------------------------- */

/* Make room for newlen items (len is not changed). */
static void list_reserve(ListObj *l, size_t newlen) {
    if (newlen <= l->cap) return;
    size_t cap = newlen + (newlen >> 3) + 6;
    cap &= ~(size_t)3;
    if (newlen - l->len > cap - newlen) cap = (newlen + 3) & ~(size_t)3;
    l->items = mem_realloc(l->items, cap * sizeof(Value));
    l->cap = cap;
}

static ListObj *list_alloc(Type *type, size_t len) {
    ListObj *l = (ListObj *)obj_alloc(type);
    if (len) {
        l->items = mem_calloc(len, sizeof(Value));
        l->cap = len;
    }
    l->len = len;
    return l;
}

Value list_new(size_t len) {
    return OBJ_VAL(list_alloc(&list_type, len));
}

int list_append(Value list, Value v) {
    ListObj *l = L(list);
    if (l->len == l->cap) list_reserve(l, l->len + 1);
    l->items[l->len++] = NEWREF(v);
    return 0;
}

/* Drop every item; the items are released only after the list is empty, so
 * a destructor that looks at the list sees a consistent object. */
static void list_clear_items(ListObj *l) {
    Value *items = l->items;
    size_t n = l->len;
    l->items = NULL;
    l->len = l->cap = 0;
    for (size_t i = n; i > 0; i--) XDECREF(items[i - 1]);
    mem_free(items);
}

/* Append n items (increfed) from an array that may alias l's own items. */
static void list_append_array(ListObj *l, const Value *src, size_t n) {
    if (n == 0) return;
    if (src == l->items) {
        list_reserve(l, l->len + n);
        src = l->items;
    } else {
        list_reserve(l, l->len + n);
    }
    for (size_t i = 0; i < n; i++) l->items[l->len + i] = NEWREF(src[i]);
    l->len += n;
}

int list_extend(Value list, Value iterable) {
    ListObj *l = L(list);
    if (IS_LIST(iterable)) {
        list_append_array(l, L(iterable)->items, L(iterable)->len);
        return 0;
    }
    if (IS_TUPLE(iterable)) {
        list_append_array(l, TUPLE_ITEMS(iterable), TUPLE_LEN(iterable));
        return 0;
    }
    Value it = obj_iter(iterable);
    if (it == VAL_NULL) return -1;
    Value item;
    while ((item = obj_next(it)) != VAL_NULL) {
        if (l->len == l->cap) list_reserve(l, l->len + 1);
        l->items[l->len++] = item;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

Value list_from_iterable(Value it) {
    Value list = list_new(0);
    if (list_extend(list, it) < 0) {
        DECREF(list);
        return VAL_NULL;
    }
    return list;
}

Value list_as_tuple(Value list) {
    return tuple_from_array(L(list)->items, L(list)->len);
}

static void list_dealloc(Obj *o) {
    if (!dealloc_enter(o)) return;
    list_clear_items((ListObj *)o);
    obj_free(o);
    dealloc_leave();
}

static void list_traverse(Obj *o, VisitFn visit, void *arg) {
    ListObj *l = (ListObj *)o;
    for (size_t i = 0; i < l->len; i++) visit(l->items[i], arg);
}

/* ---- sorting --------------------------------------------------------------
 * A stable merge sort: binary insertion sort on runs of SORT_RUN, then
 * bottom-up merges through a scratch buffer. keys[] are sorted and vals[]
 * (when not NULL) are moved alongside. After the first comparison error we
 * stop comparing but finish moving items, so the result is a permutation. */

#define SORT_RUN 32

typedef struct {
    Value *keys, *vals;
    Value *tkeys, *tvals;
    bool failed;
    bool ints;   /* every key is a small int: compare words */
} SortState;

/* keys[a] < keys[b]? 0/1; on error marks the sort failed and says 0. */
static int sort_lt(SortState *s, Value a, Value b) {
    if (s->failed) return 0;
    if (s->ints) return AS_SMALLINT(a) < AS_SMALLINT(b);
    int r = obj_richcompare_bool(a, b, CMP_LT);
    if (r < 0) {
        s->failed = true;
        return 0;
    }
    return r;
}

static void sort_insertion(SortState *s, size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi; i++) {
        Value k = s->keys[i];
        Value v = s->vals ? s->vals[i] : VAL_NULL;
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            if (sort_lt(s, k, s->keys[m])) r = m;
            else l = m + 1;
        }
        memmove(&s->keys[l + 1], &s->keys[l], (i - l) * sizeof(Value));
        s->keys[l] = k;
        if (s->vals) {
            memmove(&s->vals[l + 1], &s->vals[l], (i - l) * sizeof(Value));
            s->vals[l] = v;
        }
    }
}

/* Merge [lo, mid) and [mid, hi), both sorted. */
static void sort_merge(SortState *s, size_t lo, size_t mid, size_t hi) {
    if (!sort_lt(s, s->keys[mid], s->keys[mid - 1])) return; /* already in order */
    size_t n = mid - lo;
    memcpy(s->tkeys, &s->keys[lo], n * sizeof(Value));
    if (s->vals) memcpy(s->tvals, &s->vals[lo], n * sizeof(Value));
    size_t i = 0, j = mid, k = lo;
    while (i < n && j < hi) {
        if (sort_lt(s, s->keys[j], s->tkeys[i])) {
            s->keys[k] = s->keys[j];
            if (s->vals) s->vals[k] = s->vals[j];
            j++;
        } else {
            s->keys[k] = s->tkeys[i];
            if (s->vals) s->vals[k] = s->tvals[i];
            i++;
        }
        k++;
    }
    memcpy(&s->keys[k], &s->tkeys[i], (n - i) * sizeof(Value));
    if (s->vals) memcpy(&s->vals[k], &s->tvals[i], (n - i) * sizeof(Value));
}

static void sort_run(SortState *s, size_t n) {
    for (size_t lo = 0; lo < n; lo += SORT_RUN) {
        size_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;
        sort_insertion(s, lo, hi);
    }
    if (n <= SORT_RUN) return;
    s->tkeys = mem_alloc(n * sizeof(Value));
    s->tvals = s->vals ? mem_alloc(n * sizeof(Value)) : NULL;
    for (size_t width = SORT_RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            sort_merge(s, lo, lo + width, hi);
        }
    }
    mem_free(s->tkeys);
    mem_free(s->tvals);
}

static void sort_reverse_array(Value *a, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

static bool sort_all_smallints(const Value *a, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!IS_SMALLINT(a[i])) return false;
    return true;
}

/* Compute key(item) for every item; NULL with the exception set on error. */
static Value *sort_make_keys(Value key, Value *items, size_t n) {
    Value *keys = mem_alloc((n ? n : 1) * sizeof(Value));
    for (size_t i = 0; i < n; i++) {
        keys[i] = obj_call1(key, items[i]);
        if (keys[i] == VAL_NULL) {
            for (size_t j = 0; j < i; j++) DECREF(keys[j]);
            mem_free(keys);
            return NULL;
        }
    }
    return keys;
}

/* The list is emptied while sorting (as CPython does) so that a comparison
 * that mutates it cannot disturb the arrays; any change is detected after. */
int list_sort(Value list, Value key, bool reverse) {
    ListObj *l = L(list);
    Value *items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    int rc = 0;
    Value *keys = NULL;
    if (key != VAL_NULL && !IS_NONE(key)) {
        keys = sort_make_keys(key, items, n);
        if (keys == NULL) rc = -1;
    }
    if (rc == 0) {
        SortState s = { keys ? keys : items, keys ? items : NULL, NULL, NULL, false, false };
        s.ints = sort_all_smallints(s.keys, n);
        if (reverse) {
            sort_reverse_array(s.keys, n);
            if (s.vals) sort_reverse_array(s.vals, n);
        }
        sort_run(&s, n);
        if (reverse) {
            sort_reverse_array(s.keys, n);
            if (s.vals) sort_reverse_array(s.vals, n);
        }
        if (s.failed) rc = -1;
        if (keys) {
            for (size_t i = 0; i < n; i++) DECREF(keys[i]);
            mem_free(keys);
        }
    }
    bool modified = l->items != NULL || l->len != 0;
    list_clear_items(l);
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (modified && rc == 0) {
        err_set_str(&exc_ValueError, "list modified during sort");
        rc = -1;
    }
    return rc;
}

/* ---- slices ---------------------------------------------------------------- */

static Value list_slice(ListObj *l, ssize_t start, ssize_t step, ssize_t n) {
    ListObj *r = list_alloc(&list_type, (size_t)n);
    for (ssize_t i = 0; i < n; i++) r->items[i] = NEWREF(l->items[start + i * step]);
    return OBJ_VAL(r);
}

/* Replace l[lo:hi] by src[0:n] (src must not alias l). */
static void list_replace_range(ListObj *l, size_t lo, size_t hi, const Value *src, size_t n) {
    size_t nold = hi - lo;
    Value *old = NULL;
    if (nold) {
        old = mem_alloc(nold * sizeof(Value));
        memcpy(old, &l->items[lo], nold * sizeof(Value));
    }
    size_t tail = l->len - hi;
    if (n > nold) list_reserve(l, l->len + n - nold);
    memmove(&l->items[lo + n], &l->items[hi], tail * sizeof(Value));
    for (size_t i = 0; i < n; i++) l->items[lo + i] = NEWREF(src[i]);
    l->len = l->len - nold + n;
    for (size_t i = 0; i < nold; i++) DECREF(old[i]);
    mem_free(old);
}

/* Delete the extended slice start::step with n items. */
static void list_del_extended(ListObj *l, ssize_t start, ssize_t step, ssize_t n) {
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    Value *old = mem_alloc((n ? n : 1) * sizeof(Value));
    size_t w = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (k < (size_t)n && r == (size_t)(start + (ssize_t)k * step)) {
            old[k++] = l->items[r];
            continue;
        }
        l->items[w++] = l->items[r];
    }
    l->len = w;
    for (ssize_t i = 0; i < n; i++) DECREF(old[i]);
    mem_free(old);
}

/* A list copy of an assigned value (so that l[a:b] = l works). */
static Value list_seq_copy(Value v, const char *what) {
    if (IS_LIST(v)) return list_slice(L(v), 0, 1, (ssize_t)L(v)->len);
    Value r = list_from_iterable(v);
    if (r == VAL_NULL && err_matches(&exc_TypeError)) {
        err_clear();
        err_set_str(&exc_TypeError, what);
    }
    return r;
}

static int list_ass_slice(ListObj *l, Value slice, Value v) {
    ssize_t start, stop, step, n;
    if (slice_indices(slice, (ssize_t)l->len, &start, &stop, &step, &n) < 0) return -1;
    if (step == 1) {
        if (stop < start) stop = start;
        if (v == VAL_NULL) {
            list_replace_range(l, (size_t)start, (size_t)stop, NULL, 0);
            return 0;
        }
        Value seq = list_seq_copy(v, "can only assign an iterable");
        if (seq == VAL_NULL) return -1;
        if (slice_indices(slice, (ssize_t)l->len, &start, &stop, &step, &n) < 0) {
            DECREF(seq);
            return -1;
        }
        if (stop < start) stop = start;
        list_replace_range(l, (size_t)start, (size_t)stop, L(seq)->items, L(seq)->len);
        DECREF(seq);
        return 0;
    }
    if (v == VAL_NULL) {
        if (n > 0) list_del_extended(l, start, step, n);
        return 0;
    }
    Value seq = list_seq_copy(v, "must assign iterable to extended slice");
    if (seq == VAL_NULL) return -1;
    if (slice_indices(slice, (ssize_t)l->len, &start, &stop, &step, &n) < 0) {
        DECREF(seq);
        return -1;
    }
    if ((ssize_t)L(seq)->len != n) {
        err_format(&exc_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd",
                   (ssize_t)L(seq)->len, n);
        DECREF(seq);
        return -1;
    }
    for (ssize_t i = 0; i < n; i++) {
        Value *slot = &l->items[start + i * step];
        Value old = *slot;
        *slot = NEWREF(L(seq)->items[i]);
        DECREF(old);
    }
    DECREF(seq);
    return 0;
}

/* ---- slots ----------------------------------------------------------------- */

static ssize_t list_len(Value self) {
    return (ssize_t)L(self)->len;
}

static Value list_index_error(void) {
    return err_set_str(&exc_IndexError, "list index out of range");
}

static Value list_getitem(Value self, Value key) {
    ListObj *l = L(self);
    ssize_t i;
    int r = seq_index_key(key, &i);
    if (r < 0) return VAL_NULL;
    if (r > 0) {
        if (i < 0) i += (ssize_t)l->len;
        if (i < 0 || (size_t)i >= l->len) return list_index_error();
        return NEWREF(l->items[i]);
    }
    if (IS_SLICE(key)) {
        ssize_t start, stop, step, n;
        if (slice_indices(key, (ssize_t)l->len, &start, &stop, &step, &n) < 0) return VAL_NULL;
        return list_slice(l, start, step, n);
    }
    return err_format(&exc_TypeError, "list indices must be integers or slices, not %s",
                      obj_type_name(key));
}

static int list_setitem(Value self, Value key, Value v) {
    ListObj *l = L(self);
    ssize_t i;
    int r = seq_index_key(key, &i);
    if (r < 0) return -1;
    if (r > 0) {
        if (i < 0) i += (ssize_t)l->len;
        if (i < 0 || (size_t)i >= l->len)
            return err_set_int(&exc_IndexError, "list assignment index out of range");
        if (v == VAL_NULL) {
            list_replace_range(l, (size_t)i, (size_t)i + 1, NULL, 0);
            return 0;
        }
        Value old = l->items[i];
        l->items[i] = NEWREF(v);
        DECREF(old);
        return 0;
    }
    if (IS_SLICE(key)) return list_ass_slice(l, key, v);
    err_format(&exc_TypeError, "list indices must be integers or slices, not %s",
               obj_type_name(key));
    return -1;
}

static int list_contains(Value self, Value item) {
    ListObj *l = L(self);
    ssize_t i = seq_find(&l->items, &l->len, item, 0, PTRDIFF_MAX);
    return i == -2 ? -1 : i >= 0;
}

static Value list_repr(Value self) {
    ListObj *l = L(self);
    if (l->len == 0) return str_from_cstr("[]");
    if (repr_enter(self)) return str_from_cstr("[...]");
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_char(&b, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i) strbuf_append(&b, ", ", 2);
        Value x = NEWREF(l->items[i]);
        int r = strbuf_append_repr(&b, x);
        DECREF(x);
        if (r < 0) {
            strbuf_free(&b);
            repr_leave(self);
            return VAL_NULL;
        }
    }
    strbuf_append_char(&b, ']');
    repr_leave(self);
    return strbuf_finish(&b);
}

static int list_hash(Value self, int64_t *out) {
    (void)out;
    err_format(&exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

static Value list_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_LIST(a) || !IS_LIST(b)) return NEWREF(VAL_NOTIMPL);
    return seq_compare(&L(a)->items, &L(a)->len, &L(b)->items, &L(b)->len, op);
}

static Value list_iter(Value self);

static Value list_add(Value a, Value b) {
    if (!IS_LIST(a)) return NEWREF(VAL_NOTIMPL);
    if (!IS_LIST(b)) {
        if (TYPE_OF(b)->flags & TYPE_HEAP) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can only concatenate list (not \"%s\") to list",
                          obj_type_name(b));
    }
    ListObj *r = list_alloc(&list_type, 0);
    list_reserve(r, L(a)->len + L(b)->len);
    list_append_array(r, L(a)->items, L(a)->len);
    list_append_array(r, L(b)->items, L(b)->len);
    return OBJ_VAL(r);
}

static Value list_iadd(Value a, Value b) {
    if (list_extend(a, b) < 0) return VAL_NULL;
    return NEWREF(a);
}

/* The repeat count of seq * n; 0 and a new ref to NotImplemented in *res
 * when n is not an int (heap types may still handle it reflected). */
static int list_repeat_count(Value n, ssize_t *count, Value *res) {
    *res = VAL_NULL;
    int r = seq_index_key(n, count);
    if (r < 0) return -1;
    if (r == 0) {
        if (TYPE_OF(n)->flags & TYPE_HEAP) {
            *res = NEWREF(VAL_NOTIMPL);
            return 0;
        }
        err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                   obj_type_name(n));
        return -1;
    }
    if (*count < 0) *count = 0;
    return 1;
}

static Value list_mul(Value a, Value b) {
    Value seq = IS_LIST(a) ? a : b, n = IS_LIST(a) ? b : a;
    ssize_t count;
    Value res;
    int r = list_repeat_count(n, &count, &res);
    if (r <= 0) return res;
    ListObj *l = L(seq);
    size_t len = l->len;
    if (len && (size_t)count > SIZE_MAX / sizeof(Value) / len) return err_no_memory();
    ListObj *out = list_alloc(&list_type, 0);
    size_t total = len * (size_t)count;
    if (total) {
        /* a size the program chose: MemoryError rather than an abort */
        out->items = mem_try_alloc(total * sizeof(Value));
        if (out->items == NULL) {
            DECREF(OBJ_VAL(out));
            return err_no_memory();
        }
        out->cap = total;
    }
    for (ssize_t k = 0; k < count; k++) list_append_array(out, l->items, len);
    return OBJ_VAL(out);
}

static Value list_imul(Value a, Value b) {
    ssize_t count;
    Value res;
    int r = list_repeat_count(b, &count, &res);
    if (r <= 0) return res;
    ListObj *l = L(a);
    if (count == 0) {
        list_clear_items(l);
        return NEWREF(a);
    }
    size_t len = l->len;
    if (len && (size_t)count > SIZE_MAX / sizeof(Value) / len) return err_no_memory();
    list_reserve(l, len * (size_t)count);
    for (ssize_t k = 1; k < count; k++) {
        for (size_t i = 0; i < len; i++) l->items[l->len + i] = NEWREF(l->items[i]);
        l->len += len;
    }
    return NEWREF(a);
}

static Value list_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return OBJ_VAL(list_alloc(type, 0));
}

static int list_init(Value self, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("list", kwnames) < 0) return -1;
    if (nargs > 1) {
        err_format(&exc_TypeError, "list expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    list_clear_items(L(self));
    if (nargs == 1) return list_extend(self, args[0]);
    return 0;
}

/* ---- methods ----------------------------------------------------------------- */

static Value list_m_append(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("list.append", kwnames) < 0 || args_count("list.append", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    list_append(args[0], args[1]);
    return NEWREF(VAL_NONE);
}

static Value list_m_extend(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("list.extend", kwnames) < 0 || args_count("list.extend", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    if (list_extend(args[0], args[1]) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value list_m_insert(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("insert", kwnames) < 0) return VAL_NULL;
    if (nargs != 3)
        return err_format(&exc_TypeError, "insert expected 2 arguments, got %zu", nargs - 1);
    ssize_t i;
    int r = seq_index_key(args[1], &i);
    if (r < 0) return VAL_NULL;
    if (r == 0)
        return err_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(args[1]));
    ListObj *l = L(args[0]);
    ssize_t n = (ssize_t)l->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    list_replace_range(l, (size_t)i, (size_t)i, &args[2], 1);
    return NEWREF(VAL_NONE);
}

static Value list_m_remove(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("list.remove", kwnames) < 0 || args_count("list.remove", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    ListObj *l = L(args[0]);
    ssize_t i = seq_find(&l->items, &l->len, args[1], 0, (ssize_t)l->len);
    if (i == -2) return VAL_NULL;
    if (i == -1) return err_set_str(&exc_ValueError, "list.remove(x): x not in list");
    list_replace_range(l, (size_t)i, (size_t)i + 1, NULL, 0);
    return NEWREF(VAL_NONE);
}

static Value list_m_pop(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("pop", kwnames) < 0) return VAL_NULL;
    if (nargs > 2) return err_format(&exc_TypeError, "pop expected at most 1 argument, got %zu", nargs - 1);
    ListObj *l = L(args[0]);
    ssize_t i = -1;
    if (nargs == 2) {
        int r = seq_index_key(args[1], &i);
        if (r < 0) return VAL_NULL;
        if (r == 0)
            return err_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              obj_type_name(args[1]));
    }
    if (l->len == 0) return err_set_str(&exc_IndexError, "pop from empty list");
    if (i < 0) i += (ssize_t)l->len;
    if (i < 0 || (size_t)i >= l->len) return err_set_str(&exc_IndexError, "pop index out of range");
    Value v = l->items[i];
    memmove(&l->items[i], &l->items[i + 1], (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return v;
}

static Value list_m_index(Value *args, size_t nargs, Value kwnames) {
    ListObj *l = L(args[0]);
    ssize_t start, stop;
    if (seq_index_range(args, nargs, kwnames, l->len, &start, &stop) < 0) return VAL_NULL;
    ssize_t i = seq_find(&l->items, &l->len, args[1], start, stop);
    if (i == -2) return VAL_NULL;
    if (i == -1) return err_format(&exc_ValueError, "%R is not in list", args[1]);
    return FROM_SMALLINT(i);
}

static Value list_m_count(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("list.count", kwnames) < 0 || args_count("list.count", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    ListObj *l = L(args[0]);
    ssize_t count = seq_count(&l->items, &l->len, args[1]);
    return count < 0 ? VAL_NULL : FROM_SMALLINT(count);
}

static Value list_m_sort(Value *args, size_t nargs, Value kwnames) {
    Value key = VAL_NULL, reverse = VAL_NULL;
    if (nargs > 1)
        return err_set_str(&exc_TypeError, "sort() takes no positional arguments");
    if (args_parse("sort", args + 1, nargs - 1, kwnames, "|$key,reverse", &key, &reverse) < 0)
        return VAL_NULL;
    int rev = 0;
    if (reverse != VAL_NULL && (rev = obj_truthy(reverse)) < 0) return VAL_NULL;
    if (list_sort(args[0], key, rev) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value list_noargs(const char *name, size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs - 1, 0, 0) < 0) return VAL_NULL;
    return VAL_NONE;
}

static Value list_m_reverse(Value *args, size_t nargs, Value kwnames) {
    if (list_noargs("list.reverse", nargs, kwnames) == VAL_NULL) return VAL_NULL;
    sort_reverse_array(L(args[0])->items, L(args[0])->len);
    return NEWREF(VAL_NONE);
}

static Value list_m_copy(Value *args, size_t nargs, Value kwnames) {
    if (list_noargs("list.copy", nargs, kwnames) == VAL_NULL) return VAL_NULL;
    return list_slice(L(args[0]), 0, 1, (ssize_t)L(args[0])->len);
}

static Value list_m_clear(Value *args, size_t nargs, Value kwnames) {
    if (list_noargs("list.clear", nargs, kwnames) == VAL_NULL) return VAL_NULL;
    list_clear_items(L(args[0]));
    return NEWREF(VAL_NONE);
}

static Value list_m_reversed(Value *args, size_t nargs, Value kwnames) {
    if (list_noargs("list.__reversed__", nargs, kwnames) == VAL_NULL) return VAL_NULL;
    return list_reversed(args[0]);
}

static const MethodDef list_methods[] = {
    {"append", list_m_append, 0},
    {"extend", list_m_extend, 0},
    {"insert", list_m_insert, 0},
    {"remove", list_m_remove, 0},
    {"pop", list_m_pop, 0},
    {"index", list_m_index, 0},
    {"count", list_m_count, 0},
    {"sort", list_m_sort, 0},
    {"reverse", list_m_reverse, 0},
    {"copy", list_m_copy, 0},
    {"clear", list_m_clear, 0},
    {"__reversed__", list_m_reversed, 0},
    {NULL, NULL, 0},
};

Type list_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "list",
    .flags = TYPE_BASETYPE | TYPE_LIST_SUBCLASS,
    .basicsize = sizeof(ListObj),
    .new_ = list_new_slot,
    .init = list_init,
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .repr = list_repr,
    .hash = list_hash,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .binop = {[BINOP_ADD] = list_add, [BINOP_MUL] = list_mul},
    .inplace = {[BINOP_ADD] = list_iadd, [BINOP_MUL] = list_imul},
    .methods = list_methods,
};

/* ---- iterators ---------------------------------------------------------------
 * The index is checked against the current length at every step, so
 * mutating the list while iterating never reads out of bounds. */

Value seqiter_self(Value self) {
    return NEWREF(self);
}

void seqiter_dealloc(Obj *o) {
    XDECREF(((SeqIterObj *)o)->seq);
    obj_free(o);
}

void seqiter_traverse(Obj *o, VisitFn visit, void *arg) {
    if (((SeqIterObj *)o)->seq) visit(((SeqIterObj *)o)->seq, arg);
}

static Value listiter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL) return VAL_NULL;
    ListObj *l = L(it->seq);
    if ((size_t)it->index < l->len) return NEWREF(l->items[it->index++]);
    CLEAR(it->seq);
    return VAL_NULL;
}

static Value listreviter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL) return VAL_NULL;
    ListObj *l = L(it->seq);
    if (it->index >= 0 && (size_t)it->index < l->len) return NEWREF(l->items[it->index--]);
    CLEAR(it->seq);
    return VAL_NULL;
}

Type list_iterator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "list_iterator",
    .basicsize = sizeof(SeqIterObj),
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = seqiter_self,
    .next = listiter_next,
};

Type list_reverseiterator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(SeqIterObj),
    .dealloc = seqiter_dealloc,
    .traverse = seqiter_traverse,
    .iter = seqiter_self,
    .next = listreviter_next,
};

static Value list_iter(Value self) {
    SeqIterObj *it = (SeqIterObj *)obj_alloc(&list_iterator_type);
    it->seq = NEWREF(self);
    it->index = 0;
    return OBJ_VAL(it);
}

Value list_reversed(Value list) {
    SeqIterObj *it = (SeqIterObj *)obj_alloc(&list_reverseiterator_type);
    it->seq = NEWREF(list);
    it->index = (ssize_t)L(list)->len - 1;
    return OBJ_VAL(it);
}

int list_init_types(void) {
    if (type_ready(&list_type) < 0) return -1;
    if (type_ready(&list_iterator_type) < 0) return -1;
    return type_ready(&list_reverseiterator_type);
}
