/* list.c - the list type: a growable array of Values.
 *
 * Growth follows CPython's over-allocation (about 1/8 extra) so append is
 * amortised O(1). Every operation that can run Python code (comparisons,
 * __eq__, __index__, iteration of an argument) re-reads len/items afterwards,
 * so a list mutated during such a callback never makes us read freed memory.
 * Also here, shared by the other container types: the per-thread repr
 * recursion guard, the deallocation "trashcan" and the sequence-index helpers.
 */
#include <limits.h>
#include <string.h>

#include "list.h"
#include "error.h"
#include "eval.h"
#include "float.h"
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

/* key as an ssize_t: 1, or 0 if key is no integer at all, or -1 with
 * `overflow` set when it does not fit (CPython raises IndexError for an
 * index and OverflowError for a repeat count). */
static int seq_ssize_key(Value key, ssize_t *out, Type *overflow) {
    if (IS_SMALLINT(key)) {
        *out = (ssize_t)AS_SMALLINT(key);
        return 1;
    }
    if (!seq_has_index(key)) return 0;
    if (obj_as_ssize(key, out) < 0) {
        if (err_matches(&exc_OverflowError)) {
            err_clear();
            err_format(overflow, "cannot fit '%s' into an index-sized integer", obj_type_name(key));
        }
        return -1;
    }
    return 1;
}

int seq_index_key(Value key, ssize_t *out) { return seq_ssize_key(key, out, &exc_IndexError); }

int seq_repeat_key(Value key, ssize_t *out) { return seq_ssize_key(key, out, &exc_OverflowError); }

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

/* Room for newlen items when a program asked for them: MemoryError, with
 * nothing changed, if there is no memory for that many. */
static int list_try_reserve(ListObj *l, size_t newlen) {
    if (newlen <= l->cap) return 0;
    Value *items = newlen <= SIZE_MAX / sizeof(Value) ? mem_try_alloc(newlen * sizeof(Value)) : NULL;
    if (items == NULL) {
        err_no_memory();
        return -1;
    }
    if (l->len) memcpy(items, l->items, l->len * sizeof(Value));
    mem_free(l->items);
    l->items = items;
    l->cap = newlen;
    return 0;
}

/* Make room for the items of a sized iterable before iterating (CPython's
 * length hint, __len__ of user classes included): list(range(2**40)) fails
 * at once with MemoryError, and range(2**64) with its OverflowError,
 * instead of growing until memory runs out. A TypeError from __len__ only
 * means "no hint". */
static int list_reserve_for(ListObj *l, Value iterable) {
    Type *t = TYPE_OF(iterable);
    if (t->len == NULL) return 0;
    ssize_t n = t->len(iterable);
    if (n < 0) {
        if (!err_matches(&exc_TypeError)) return -1;
        err_clear();
        return 0;
    }
    return list_try_reserve(l, l->len + (size_t)n);
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
    if (list_reserve_for(l, iterable) < 0) {
        DECREF(it);
        return -1;
    }
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

static void list_gc_clear(Obj *o) {
    list_clear_items((ListObj *)o);
}

/* ---- sorting --------------------------------------------------------------
 * Timsort as CPython 3.11 runs it (Objects/listsort.txt), so that a program
 * observes the same comparisons in the same order: the same exception from
 * mixed types, the same result from an inconsistent __lt__, the same items
 * left in the list after an error. Natural runs are found (strictly
 * descending ones reversed in place), short ones extended to minrun by
 * binary insertion, and runs merged in the order the powersort policy
 * gives, each merge trimmed by galloping and switching to galloping mode
 * adaptively. keys[] are sorted and vals[] (with key=) move alongside.
 * A failed comparison stops the sort at once; every step leaves the arrays
 * a permutation of what they were, so the list keeps all its items. */

#define SORT_MIN_GALLOP 7
/* Run powers rise strictly up the stack and are below 64 for any size_t
 * length: at most 64 runs lie below the top one, which has no power yet. */
#define SORT_MAX_PENDING 65

/* How two keys are compared. Every kind decides exactly as `<` would;
 * the fast ones only skip the dispatch (CPython's pre-sort check). */
typedef enum {
    SORT_CMP_GENERIC,   /* mixed types: the full `<` protocol */
    SORT_CMP_SLOT,      /* one type: its richcompare slot, then the full protocol */
    SORT_CMP_SMALLINT,  /* all small ints */
    SORT_CMP_FLOAT,     /* all exact floats */
    SORT_CMP_STR,       /* all exact strs */
    SORT_CMP_TUPLE,     /* all non-empty exact tuples; item 0 by elem_cmp */
} SortCmp;

/* Parallel cursors into the keys and (with key=, else NULL) the items. */
typedef struct { Value *k, *v; } SortSlice;

typedef struct {
    SortSlice base;
    size_t len;
    int power;          /* depth in powersort's merge tree, set when the next run arrives */
} SortRun;

typedef struct {
    SortCmp cmp, elem_cmp;
    Type *slot_type;    /* the keys' (or first items') one type, for SORT_CMP_SLOT */
    Value *basekeys;    /* keys[0]: runs' start indexes are measured from it */
    size_t n;
    size_t min_gallop;  /* adapts across merges, as CPython's */
    SortSlice tmp;      /* merge scratch; tmp.v only with key= */
    size_t tmp_cap;
    SortRun pending[SORT_MAX_PENDING];
    int npending;
} SortState;

/* CPython's unsafe_object_compare: the type's own slot first; on
 * NotImplemented the full protocol runs (and so calls __lt__ again). */
static int sort_slot_lt(Type *t, Value a, Value b) {
    if (eval_enter_recursive_call(" in comparison") < 0) return -1;
    Value r = t->richcompare(a, b, CMP_LT);
    eval_leave_recursive_call();
    if (r == VAL_NULL) return -1;
    if (r == VAL_TRUE || r == VAL_FALSE) return r == VAL_TRUE;
    if (r == VAL_NOTIMPL) {
        DECREF(r);
        return obj_richcompare_bool(a, b, CMP_LT);
    }
    int res = obj_truthy(r);
    DECREF(r);
    return res;
}

/* UTF-8 byte order is code point order. */
static int sort_str_lt(Value a, Value b) {
    size_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    int c = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    return c != 0 ? c < 0 : na < nb;
}

static int sort_tuple_lt(const SortState *s, Value a, Value b);

/* a < b by the given kind: 1, 0, or -1 with the exception set. */
static inline int sort_lt_kind(const SortState *s, SortCmp kind, Value a, Value b) {
    switch (kind) {
    case SORT_CMP_SMALLINT: return AS_SMALLINT(a) < AS_SMALLINT(b);
    case SORT_CMP_FLOAT: return FLOAT_VAL(a) < FLOAT_VAL(b);
    case SORT_CMP_STR: return sort_str_lt(a, b);
    case SORT_CMP_SLOT: return sort_slot_lt(s->slot_type, a, b);
    case SORT_CMP_TUPLE: return sort_tuple_lt(s, a, b);
    default: return obj_richcompare_bool(a, b, CMP_LT);
    }
}

/* CPython's unsafe_tuple_compare: items are tested for == up to the first
 * unequal pair, which `<` decides (item 0 by the first items' kind). */
static int sort_tuple_lt(const SortState *s, Value a, Value b) {
    size_t na = TUPLE_LEN(a), nb = TUPLE_LEN(b), i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = obj_richcompare_bool(TUPLE_GET(a, i), TUPLE_GET(b, i), CMP_EQ);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= na || i >= nb) return na < nb;
    if (i == 0) return sort_lt_kind(s, s->elem_cmp, TUPLE_GET(a, 0), TUPLE_GET(b, 0));
    return obj_richcompare_bool(TUPLE_GET(a, i), TUPLE_GET(b, i), CMP_LT);
}

/* The two commonest kinds are tested inline: a branch that always goes
 * the same way costs less than the switch. */
static inline int sort_lt(const SortState *s, Value a, Value b) {
    if (s->cmp == SORT_CMP_SMALLINT) return AS_SMALLINT(a) < AS_SMALLINT(b);
    if (s->cmp == SORT_CMP_FLOAT) return FLOAT_VAL(a) < FLOAT_VAL(b);
    return sort_lt_kind(s, s->cmp, a, b);
}

/* CPython's pre-sort check: one comparison kind for the whole sort, from
 * the keys' types (tuple keys by their first items). n >= 2. */
static void sort_choose_compare(SortState *s, const Value *keys, size_t n) {
    bool tuples = IS_TYPE(keys[0], tuple_type) && TUPLE_LEN(keys[0]) > 0;
    Type *t = TYPE_OF(tuples ? TUPLE_GET(keys[0], 0) : keys[0]);
    bool same = true, small = true;
    for (size_t i = 0; i < n; i++) {
        if (tuples && !(IS_TYPE(keys[i], tuple_type) && TUPLE_LEN(keys[i]) > 0)) {
            tuples = same = false;
            break;
        }
        Value k = tuples ? TUPLE_GET(keys[i], 0) : keys[i];
        if (TYPE_OF(k) != t) {
            same = false;
            if (!tuples) break;
        }
        small = small && IS_SMALLINT(k);
    }
    SortCmp c = SORT_CMP_GENERIC;
    if (same && t == &int_type && small) c = SORT_CMP_SMALLINT;
    else if (same && t == &float_type) c = SORT_CMP_FLOAT;
    else if (same && t == &str_type) c = SORT_CMP_STR;
    else if (same && t->richcompare) c = SORT_CMP_SLOT;
    s->slot_type = t;
    s->cmp = tuples ? SORT_CMP_TUPLE : c;
    s->elem_cmp = c;
}

static void sort_reverse_array(Value *a, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = a[i];
        a[i] = a[j - 1];
        a[j - 1] = t;
    }
}

static void sort_slice_reverse(SortSlice sl, size_t n) {
    sort_reverse_array(sl.k, n);
    if (sl.v) sort_reverse_array(sl.v, n);
}

static inline SortSlice sort_slice_at(SortSlice sl, ptrdiff_t i) {
    return (SortSlice){ sl.k + i, sl.v ? sl.v + i : NULL };
}

/* dst[di .. di+n) = src[si .. si+n), for keys and items; may overlap. */
static inline void sort_slice_move(SortSlice dst, ptrdiff_t di, SortSlice src, ptrdiff_t si, size_t n) {
    memmove(dst.k + di, src.k + si, n * sizeof(Value));
    if (dst.v) memmove(dst.v + di, src.v + si, n * sizeof(Value));
}

static inline void sort_slice_put(SortSlice dst, ptrdiff_t di, SortSlice src, ptrdiff_t si) {
    dst.k[di] = src.k[si];
    if (dst.v) dst.v[di] = src.v[si];
}

/* Where pivot goes in the sorted small ints k[0..r) (r >= 1), after its
 * equals: the same probes as the general loop, without branches that the
 * processor would mispredict half the time. */
static size_t sort_bisect_smallint(const Value *k, size_t r, Value pivot) {
    intptr_t pv = AS_SMALLINT(pivot);
    size_t l = 0;
    do {
        size_t p = l + ((r - l) >> 1);
        bool lt = pv < AS_SMALLINT(k[p]);
        r = lt ? p : r;
        l = lt ? l : p + 1;
    } while (l < r);
    return l;
}

/* Binary insertion sort of lo[0..hi) whose first `start` items are in
 * order. A failed comparison happens before its pivot moves. */
static int sort_binary(SortState *s, SortSlice lo, size_t hi, size_t start) {
    if (start == 0) start = 1;
    for (; start < hi; start++) {
        Value pivot = lo.k[start];
        size_t l = 0, r = start;
        if (s->cmp == SORT_CMP_SMALLINT) {
            l = sort_bisect_smallint(lo.k, start, pivot);
        } else {
            do {
                size_t p = l + ((r - l) >> 1);
                int c = sort_lt(s, pivot, lo.k[p]);
                if (c < 0) return -1;
                if (c) r = p;
                else l = p + 1;
            } while (l < r);
        }
        memmove(lo.k + l + 1, lo.k + l, (start - l) * sizeof(Value));
        lo.k[l] = pivot;
        if (lo.v) {
            Value pv = lo.v[start];
            memmove(lo.v + l + 1, lo.v + l, (start - l) * sizeof(Value));
            lo.v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run at keys[0..n) (n >= 1): ascending (k[i] < k[i-1]
 * never) or strictly descending (*descending). -1 on error. */
static ssize_t sort_count_run(SortState *s, const Value *keys, size_t n, bool *descending) {
    *descending = false;
    if (n == 1) return 1;
    int c = sort_lt(s, keys[1], keys[0]);
    if (c < 0) return -1;
    *descending = c;
    size_t i;
    for (i = 2; i < n; i++) {
        c = sort_lt(s, keys[i], keys[i - 1]);
        if (c < 0) return -1;
        if (c != *descending) break;
    }
    return (ssize_t)i;
}

/* Where key goes in the sorted a[0..n), leftmost among equals: the k with
 * a[k-1] < key <= a[k]. Gallops from a[hint] in steps of 1, 3, 7, ...
 * until key is bracketed, then binary-searches that last step. -1 on
 * error. */
static ssize_t sort_gallop_left(SortState *s, Value key, const Value *a, size_t n, size_t hint) {
    size_t lastofs = 0, ofs = 1, lo, hi;
    int c = sort_lt(s, a[hint], key);
    if (c < 0) return -1;
    if (c) {
        /* a[hint] < key: right, until a[hint+lastofs] < key <= a[hint+ofs] */
        size_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = sort_lt(s, a[hint + ofs], key);
            if (c < 0) return -1;
            if (!c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    } else {
        /* key <= a[hint]: left, until a[hint-ofs] < key <= a[hint-lastofs] */
        size_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = sort_lt(s, a[hint - ofs], key);
            if (c < 0) return -1;
            if (c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    }
    /* a[lo-1] < key <= a[hi] */
    while (lo < hi) {
        size_t m = lo + ((hi - lo) >> 1);
        c = sort_lt(s, a[m], key);
        if (c < 0) return -1;
        if (c) lo = m + 1;
        else hi = m;
    }
    return (ssize_t)hi;
}

/* As sort_gallop_left but rightmost among equals: a[k-1] <= key < a[k]. */
static ssize_t sort_gallop_right(SortState *s, Value key, const Value *a, size_t n, size_t hint) {
    size_t lastofs = 0, ofs = 1, lo, hi;
    int c = sort_lt(s, key, a[hint]);
    if (c < 0) return -1;
    if (c) {
        /* key < a[hint]: left, until a[hint-ofs] <= key < a[hint-lastofs] */
        size_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = sort_lt(s, key, a[hint - ofs]);
            if (c < 0) return -1;
            if (!c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    } else {
        /* a[hint] <= key: right, until a[hint+lastofs] <= key < a[hint+ofs] */
        size_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = sort_lt(s, key, a[hint + ofs]);
            if (c < 0) return -1;
            if (c) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    }
    /* a[lo-1] <= key < a[hi] */
    while (lo < hi) {
        size_t m = lo + ((hi - lo) >> 1);
        c = sort_lt(s, key, a[m]);
        if (c < 0) return -1;
        if (c) hi = m;
        else lo = m + 1;
    }
    return (ssize_t)hi;
}

/* Room for `need` keys (and items, when vals) in the merge scratch. */
static void sort_tmp_reserve(SortState *s, size_t need, bool vals) {
    if (need <= s->tmp_cap) return;
    mem_free(s->tmp.k);
    mem_free(s->tmp.v);
    s->tmp.k = mem_alloc(need * sizeof(Value));
    s->tmp.v = vals ? mem_alloc(need * sizeof(Value)) : NULL;
    s->tmp_cap = need;
}

/* Merge the adjacent runs r[0..na) and r[na..na+nb), na <= nb, where
 * r[na] belongs first and r[na-1] last (sort_merge_at trimmed them). The
 * a run is copied out; the merge fills r from the left. Positions: a's
 * rest is tmp[ta..ta+na), b's rest r[bi..bi+nb), the next slot r[bi-na].
 * Both runs take turns one item at a time until one wins min_gallop times
 * in a row; then galloping finds whole stretches, until the stretches get
 * short (below SORT_MIN_GALLOP) again. On error a's rest is put back into
 * the gap. */
static int sort_merge_lo(SortState *s, SortSlice r, size_t na, size_t nb) {
    sort_tmp_reserve(s, na, r.v != NULL);
    SortSlice t = s->tmp;
    sort_slice_move(t, 0, r, 0, na);
    size_t ta = 0, bi = na, min_gallop = s->min_gallop;
    ssize_t k;
    int c, rc = -1;
    sort_slice_put(r, 0, r, bi++);
    if (--nb == 0) goto ok;
    if (na == 1) goto a_last;
    for (;;) {
        size_t acount = 0, bcount = 0;
        do {
            c = sort_lt(s, r.k[bi], t.k[ta]);
            if (c < 0) goto done;
            if (c) {
                sort_slice_put(r, bi - na, r, bi);
                bi++;
                bcount++;
                acount = 0;
                if (--nb == 0) goto ok;
            } else {
                sort_slice_put(r, bi - na, t, ta++);
                acount++;
                bcount = 0;
                if (--na == 1) goto a_last;
            }
        } while (acount < min_gallop && bcount < min_gallop);
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = sort_gallop_right(s, r.k[bi], t.k + ta, na, 0);
            if (k < 0) goto done;
            acount = (size_t)k;
            if (k) {
                sort_slice_move(r, (ptrdiff_t)(bi - na), t, (ptrdiff_t)ta, acount);
                ta += acount;
                na -= acount;
                if (na == 1) goto a_last;
                if (na == 0) goto ok; /* only with an inconsistent __lt__ */
            }
            sort_slice_put(r, bi - na, r, bi);
            bi++;
            if (--nb == 0) goto ok;
            k = sort_gallop_left(s, t.k[ta], r.k + bi, nb, 0);
            if (k < 0) goto done;
            bcount = (size_t)k;
            if (k) {
                sort_slice_move(r, (ptrdiff_t)(bi - na), r, (ptrdiff_t)bi, bcount);
                bi += bcount;
                nb -= bcount;
                if (nb == 0) goto ok;
            }
            sort_slice_put(r, bi - na, t, ta++);
            if (--na == 1) goto a_last;
        } while (acount >= SORT_MIN_GALLOP || bcount >= SORT_MIN_GALLOP);
        min_gallop++; /* leaving galloping mode costs */
        s->min_gallop = min_gallop;
    }
a_last:
    /* a's one remaining item comes after the rest of b */
    sort_slice_move(r, (ptrdiff_t)(bi - 1), r, (ptrdiff_t)bi, nb);
    sort_slice_put(r, bi - 1 + nb, t, ta);
    return 0;
ok:
    rc = 0;
done:
    if (na) sort_slice_move(r, (ptrdiff_t)(bi - na), t, (ptrdiff_t)ta, na);
    return rc;
}

/* The mirror image of sort_merge_lo for na > nb: the b run is copied out
 * and the merge fills r from the right. a's rest is r[0..na), b's rest
 * tmp[0..nb), the next slot r[na+nb-1]. On error b's rest is put back
 * into the gap r[na..na+nb). */
static int sort_merge_hi(SortState *s, SortSlice r, size_t na, size_t nb) {
    sort_tmp_reserve(s, nb, r.v != NULL);
    SortSlice t = s->tmp;
    sort_slice_move(t, 0, r, (ptrdiff_t)na, nb);
    size_t min_gallop = s->min_gallop;
    ssize_t k;
    int c, rc = -1;
    sort_slice_put(r, na + nb - 1, r, na - 1);
    if (--na == 0) goto ok;
    if (nb == 1) goto b_first;
    for (;;) {
        size_t acount = 0, bcount = 0;
        do {
            c = sort_lt(s, t.k[nb - 1], r.k[na - 1]);
            if (c < 0) goto done;
            if (c) {
                sort_slice_put(r, na + nb - 1, r, na - 1);
                acount++;
                bcount = 0;
                if (--na == 0) goto ok;
            } else {
                sort_slice_put(r, na + nb - 1, t, nb - 1);
                bcount++;
                acount = 0;
                if (--nb == 1) goto b_first;
            }
        } while (acount < min_gallop && bcount < min_gallop);
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            k = sort_gallop_right(s, t.k[nb - 1], r.k, na, na - 1);
            if (k < 0) goto done;
            acount = na - (size_t)k;
            if (acount) {
                sort_slice_move(r, (ptrdiff_t)(na + nb - acount), r, (ptrdiff_t)(na - acount), acount);
                na -= acount;
                if (na == 0) goto ok;
            }
            sort_slice_put(r, na + nb - 1, t, nb - 1);
            if (--nb == 1) goto b_first;
            k = sort_gallop_left(s, r.k[na - 1], t.k, nb, nb - 1);
            if (k < 0) goto done;
            bcount = nb - (size_t)k;
            if (bcount) {
                sort_slice_move(r, (ptrdiff_t)(na + nb - bcount), t, (ptrdiff_t)(nb - bcount), bcount);
                nb -= bcount;
                if (nb == 1) goto b_first;
                if (nb == 0) goto ok; /* only with an inconsistent __lt__ */
            }
            sort_slice_put(r, na + nb - 1, r, na - 1);
            if (--na == 0) goto ok;
        } while (acount >= SORT_MIN_GALLOP || bcount >= SORT_MIN_GALLOP);
        min_gallop++; /* leaving galloping mode costs */
        s->min_gallop = min_gallop;
    }
b_first:
    /* b's one remaining item comes before the rest of a */
    sort_slice_move(r, 1, r, 0, na);
    sort_slice_put(r, 0, t, 0);
    return 0;
ok:
    rc = 0;
done:
    if (nb) sort_slice_move(r, (ptrdiff_t)na, t, 0, nb);
    return rc;
}

/* Merge pending runs i and i+1 into run i. Items of run i already below
 * run i+1's first, and items of run i+1 already above run i's last, stay
 * where they are; the rest merge through scratch the size of the smaller. */
static int sort_merge_at(SortState *s, int i) {
    SortSlice a = s->pending[i].base, b = s->pending[i + 1].base;
    size_t na = s->pending[i].len, nb = s->pending[i + 1].len;
    s->pending[i].len = na + nb;
    if (i == s->npending - 3) s->pending[i + 1] = s->pending[i + 2];
    s->npending--;
    ssize_t k = sort_gallop_right(s, b.k[0], a.k, na, 0);
    if (k < 0) return -1;
    a = sort_slice_at(a, k);
    na -= (size_t)k;
    if (na == 0) return 0;
    k = sort_gallop_left(s, a.k[na - 1], b.k, nb, nb - 1);
    if (k <= 0) return (int)k;
    nb = (size_t)k;
    return na <= nb ? sort_merge_lo(s, a, na, nb) : sort_merge_hi(s, a, na, nb);
}

/* Powersort's "power" of the boundary between the run s1[0..n1) and the
 * next one of n2 items, in a list of n: the depth at which the midpoints
 * of the two runs, as fractions of n, first differ in a binary digit. The
 * midpoints are doubled to stay integers. */
static int sort_power(size_t s1, size_t n1, size_t n2, size_t n) {
    size_t a = 2 * s1 + n1, b = a + n1 + n2;
    int power = 0;
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A new run of n2 items follows the top one: merge the runs below it
 * whose boundary is deeper than the new boundary, then record that. */
static int sort_found_run(SortState *s, size_t n2) {
    if (s->npending == 0) return 0;
    SortRun *top = &s->pending[s->npending - 1];
    int power = sort_power((size_t)(top->base.k - s->basekeys), top->len, n2, s->n);
    while (s->npending > 1 && s->pending[s->npending - 2].power > power)
        if (sort_merge_at(s, s->npending - 2) < 0) return -1;
    s->pending[s->npending - 1].power = power;
    return 0;
}

/* After the last run: merge everything, the smaller neighbour first. */
static int sort_force_collapse(SortState *s) {
    while (s->npending > 1) {
        int i = s->npending - 2;
        if (i > 0 && s->pending[i - 1].len < s->pending[i + 1].len) i--;
        if (sort_merge_at(s, i) < 0) return -1;
    }
    return 0;
}

/* Runs shorter than this are extended by binary insertion: n itself below
 * 64, else a value in [32, 64] such that n / minrun is a power of two or a
 * little less than one. */
static size_t sort_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Sort keys[0..n) (n >= 2), moving vals (when not NULL) alongside. */
static int sort_timsort(Value *keys, Value *vals, size_t n) {
    SortState s = { .basekeys = keys, .n = n, .min_gallop = SORT_MIN_GALLOP };
    sort_choose_compare(&s, keys, n);
    size_t minrun = sort_minrun(n), remaining = n;
    SortSlice lo = { keys, vals };
    int rc = 0;
    while (remaining > 0) {
        bool descending;
        ssize_t got = sort_count_run(&s, lo.k, remaining, &descending);
        if (got < 0) {
            rc = -1;
            break;
        }
        size_t len = (size_t)got;
        if (descending) sort_slice_reverse(lo, len);
        if (len < minrun) {
            size_t force = remaining <= minrun ? remaining : minrun;
            rc = sort_binary(&s, lo, force, len);
            if (rc < 0) break;
            len = force;
        }
        rc = sort_found_run(&s, len);
        if (rc < 0) break;
        s.pending[s.npending++] = (SortRun){ lo, len, 0 };
        lo = sort_slice_at(lo, (ptrdiff_t)len);
        remaining -= len;
    }
    if (rc == 0) rc = sort_force_collapse(&s);
    mem_free(s.tmp.k);
    mem_free(s.tmp.v);
    return rc;
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

/* As CPython, the list is detached (it looks empty) while keys are made
 * and compared, so a callback that mutates it cannot disturb the arrays;
 * a change is reported after the sort, and whatever the list then holds
 * is dropped. reverse=True sorts the reversed array and reverses the
 * result, which keeps equal items in their original order. */
int list_sort(Value list, Value key, bool reverse) {
    ListObj *l = L(list);
    Value *items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    int rc = 0;
    bool keyed = key != VAL_NULL && !IS_NONE(key);
    Value *keys = keyed ? sort_make_keys(key, items, n) : items;
    if (keyed && keys == NULL) {
        rc = -1;
    } else {
        if (n > 1) {
            if (reverse) {
                sort_reverse_array(keys, n);
                if (keyed) sort_reverse_array(items, n);
            }
            rc = sort_timsort(keys, keyed ? items : NULL, n);
        }
        if (keyed) {
            for (size_t i = 0; i < n; i++) DECREF(keys[i]);
            mem_free(keys);
        }
        if (rc == 0 && (l->items != NULL || l->len != 0)) {
            err_set_str(&exc_ValueError, "list modified during sort");
            rc = -1;
        }
        if (reverse && n > 1) sort_reverse_array(items, n);
    }
    Value *dropped = l->items;
    size_t ndropped = l->len;
    l->items = items;
    l->len = n;
    l->cap = cap;
    for (size_t i = ndropped; i > 0; i--) XDECREF(dropped[i - 1]);
    mem_free(dropped);
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
    if (tail) memmove(&l->items[lo + n], &l->items[hi], tail * sizeof(Value));
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
    int r = seq_repeat_key(n, count);
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
    for (ssize_t k = 0; len > 0 && k < count; k++) list_append_array(out, l->items, len);
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
    if (len == 0) return NEWREF(a);
    if ((size_t)count > SIZE_MAX / sizeof(Value) / len) return err_no_memory();
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

/* The index argument of insert and pop: an int or an object with
 * __index__, converted as CPython's argument converter does. */
static int list_index_arg(Value v, ssize_t *out) {
    if (!seq_has_index(v)) {
        err_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
        return -1;
    }
    return obj_as_ssize_arg(v, out);
}

static Value list_m_insert(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("insert", kwnames) < 0) return VAL_NULL;
    if (nargs != 3)
        return err_format(&exc_TypeError, "insert expected 2 arguments, got %zu", nargs - 1);
    ssize_t i;
    if (list_index_arg(args[1], &i) < 0) return VAL_NULL;
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
    if (nargs == 2 && list_index_arg(args[1], &i) < 0) return VAL_NULL;
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

/* sort()'s and sorted()'s reverse= (VAL_NULL when absent): CPython reads
 * it as a C int, so it takes ints and __index__ objects, not any truthy
 * value. */
int list_sort_reverse_arg(Value v, bool *out) {
    *out = false;
    if (v == VAL_NULL) return 0;
    Value i = obj_index(v);
    if (i == VAL_NULL) return -1;
    bool fits = IS_SMALLINT(i) && AS_SMALLINT(i) >= INT_MIN && AS_SMALLINT(i) <= INT_MAX;
    *out = int_sign(i) != 0;
    DECREF(i);
    return fits ? 0 : err_set_int(&exc_OverflowError, "Python int too large to convert to C int");
}

static Value list_m_sort(Value *args, size_t nargs, Value kwnames) {
    Value key = VAL_NULL, reverse = VAL_NULL;
    if (nargs > 1)
        return err_set_str(&exc_TypeError, "sort() takes no positional arguments");
    if (args_parse("sort", args + 1, nargs - 1, kwnames, "|$key,reverse", &key, &reverse) < 0)
        return VAL_NULL;
    bool rev;
    if (list_sort_reverse_arg(reverse, &rev) < 0) return VAL_NULL;
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
    .clear = list_gc_clear,
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
