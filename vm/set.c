/* set.c - set and frozenset.
 *
 * The table is CPython's: a power-of-two array of {key, hash} slots (at least
 * 8), probed linearly for up to LINEAR_PROBES slots and then by perturbation
 * (perturb >>= 5; i = (i * 5 + 1 + perturb) & mask). A removed key leaves a
 * dummy (key SET_DUMMY, hash -1) so probe chains stay intact. `fill` counts
 * live + dummy slots; when fill * 5 >= mask * 3 after an insert the table is
 * rebuilt for used * 4 (used * 2 past 50000). Keeping the same layout, growth
 * and algorithms for copy/union/intersection/difference makes iteration order
 * equal to python3's for ints: print({3, 1, 2}) gives {1, 2, 3}.
 *
 * A key's __eq__ may mutate the set during a lookup; the lookup then restarts
 * when the table or the compared slot changed.
 */
#include <string.h>

#include "set.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct { Value key; int64_t hash; } SetEntry;
typedef struct {
    Obj hdr;
    size_t fill;      /* live + dummy slots */
    size_t used;      /* live slots */
    size_t mask;      /* table size - 1 */
    size_t finger;    /* where pop() looks next */
    SetEntry *table;  /* small[] or a heap array */
    int64_t hash;     /* frozenset hash cache, -1 until computed */
    SetEntry small[SET_MINSIZE];
} SetObj;

#define S(v) ((SetObj *)AS_OBJ(v))

static Obj set_dummy_obj = OBJ_HEAD_INIT(&object_type);
#define SET_DUMMY OBJ_VAL(&set_dummy_obj)
#define LIVE(e) ((e)->key != VAL_NULL && (e)->key != SET_DUMMY)

static int set_add_entry(SetObj *so, Value key, int64_t hash);

/* ---- the table -------------------------------------------------------------- */

/* Put a key known to be absent into a table with no dummies. */
static void set_insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (e->key == VAL_NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == VAL_NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuild the table for minused live keys, dropping dummies. */
static void set_resize(SetObj *so, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    SetEntry *old = so->table;
    size_t oldmask = so->mask;
    SetEntry saved[SET_MINSIZE];
    if (old == so->small) {
        memcpy(saved, so->small, sizeof saved);
        old = saved;
    }
    SetEntry *table = newsize == SET_MINSIZE ? so->small : mem_calloc(newsize, sizeof(SetEntry));
    if (table == so->small) memset(so->small, 0, sizeof so->small);
    so->table = table;
    so->mask = newsize - 1;
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++)
        if (LIVE(&old[i])) set_insert_clean(table, so->mask, old[i].key, old[i].hash);
    if (old != saved) mem_free(old);
}

/* Whether entry e of table (a live entry whose hash equals key's) holds key,
 * the probe step shared by set_lookkey and set_add_entry: 1 yes, 0 no, -1 a
 * comparison error, 2 the comparison changed the table (restart the probe). */
static inline int set_entry_matches(SetObj *so, SetEntry *table, SetEntry *e, Value key) {
    Value k = e->key;
    if (k == key) return 1;
    if (IS_OBJ(k) && IS_OBJ(key) && AS_OBJ(k)->type == &str_type &&
        AS_OBJ(key)->type == &str_type)
        return str_eq(k, key);
    INCREF(k);
    int r = obj_eq(k, key);
    DECREF(k);
    if (r < 0) return -1;
    if (table != so->table || e->key != k) return 2;
    return r;
}

/* The slot holding key, or NULL if absent; *err set on a comparison error. */
static SetEntry *set_lookkey(SetObj *so, Value key, int64_t hash, bool *err) {
    *err = false;
restart:;
    SetEntry *table = so->table;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == VAL_NULL) return NULL;
            if (e->hash == hash && e->key != SET_DUMMY) {
                int r = set_entry_matches(so, table, e, key);
                if (r < 0) {
                    *err = true;
                    return NULL;
                }
                if (r == 2) goto restart;
                if (r) return e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Add key (borrowed) with its hash: 0 ok (present or added), -1 error. */
static int set_add_entry(SetObj *so, Value key, int64_t hash) {
    INCREF(key);
restart:;
    SetEntry *table = so->table, *freeslot = NULL, *e;
    size_t mask = so->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == VAL_NULL) goto found_unused;
            if (e->hash == hash && e->key != SET_DUMMY) {
                int r = set_entry_matches(so, table, e, key);
                if (r < 0) {
                    DECREF(key);
                    return -1;
                }
                if (r == 2) goto restart;
                if (r) goto found_active;
                mask = so->mask;
            } else if (e->hash == -1 && e->key == SET_DUMMY && freeslot == NULL) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if (so->fill * 5 >= mask * 3) set_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return 0;
found_active:
    DECREF(key);
    return 0;
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_entry(SetObj *so, Value key, int64_t hash) {
    bool err;
    SetEntry *e = set_lookkey(so, key, hash, &err);
    if (err) return -1;
    if (e == NULL) return 0;
    Value old = e->key;
    e->key = SET_DUMMY;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

static int set_contains_entry(SetObj *so, Value key, int64_t hash) {
    bool err;
    SetEntry *e = set_lookkey(so, key, hash, &err);
    return err ? -1 : e != NULL;
}

static int set_add_key(SetObj *so, Value key) {
    int64_t hash;
    if (dict_hash_key(key, &hash) < 0) return -1;
    return set_add_entry(so, key, hash);
}

/* Empty the set; the keys are released after the set is consistent. */
static void set_clear_internal(SetObj *so) {
    SetEntry *table = so->table;
    size_t mask = so->mask;
    SetEntry saved[SET_MINSIZE];
    if (table == so->small) {
        memcpy(saved, so->small, sizeof saved);
        table = saved;
    }
    memset(so->small, 0, sizeof so->small);
    so->table = so->small;
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    for (size_t i = 0; i <= mask; i++)
        if (LIVE(&table[i])) DECREF(table[i].key);
    if (table != saved) mem_free(table);
}

bool set_next(Value set, size_t *pos, Value *key) {
    SetObj *so = S(set);
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (LIVE(e)) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

static bool set_next_entry(SetObj *so, size_t *pos, SetEntry **out) {
    while (*pos <= so->mask) {
        SetEntry *e = &so->table[(*pos)++];
        if (LIVE(e)) {
            *out = e;
            return true;
        }
    }
    return false;
}

ssize_t set_size(Value set) {
    return (ssize_t)S(set)->used;
}

/* Add every key of the set other (CPython's set_merge). */
static int set_merge(SetObj *so, SetObj *other) {
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) set_resize(so, (so->used + other->used) * 2);
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            Value k = other->table[i].key;
            if (k != VAL_NULL) {
                so->table[i].key = NEWREF(k);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            SetEntry *e = &other->table[i];
            if (LIVE(e)) set_insert_clean(so->table, so->mask, NEWREF(e->key), e->hash);
        }
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (LIVE(e) && set_add_entry(so, e->key, e->hash) < 0) return -1;
    }
    return 0;
}

static int set_update_internal(SetObj *so, Value other) {
    if (IS_ANYSET(other)) return set_merge(so, S(other));
    if (IS_TYPE(other, dict_type)) {
        size_t n = DICT_LEN(other);
        if ((so->fill + n) * 5 >= so->mask * 3) set_resize(so, (so->used + n) * 2);
        DictObj *d = (DictObj *)AS_OBJ(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry *e = &d->entries[i];
            if (e->key != VAL_NULL && set_add_entry(so, e->key, e->hash) < 0) return -1;
        }
        return 0;
    }
    Value it = obj_iter(other);
    if (it == VAL_NULL) return -1;
    Value key;
    while ((key = obj_next(it)) != VAL_NULL) {
        int r = set_add_key(so, key);
        DECREF(key);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

int set_update(Value set, Value iterable) {
    return set_update_internal(S(set), iterable);
}

static SetObj *set_alloc(Type *type) {
    SetObj *so = (SetObj *)obj_alloc(type);
    so->table = so->small;
    so->mask = SET_MINSIZE - 1;
    so->hash = -1;
    return so;
}

/* A new set of the given type filled from iterable (may be VAL_NULL). */
static Value set_make(Type *type, Value iterable) {
    SetObj *so = set_alloc(type);
    if (iterable != VAL_NULL && set_update_internal(so, iterable) < 0) {
        DECREF(OBJ_VAL(so));
        return VAL_NULL;
    }
    return OBJ_VAL(so);
}

Value set_new(Value iterable) {
    return set_make(&set_type, iterable);
}

Value frozenset_new(Value iterable) {
    if (iterable == VAL_NULL) return set_make(&frozenset_type, VAL_NULL);
    return set_make(&frozenset_type, iterable);
}

/* The base type of results: set or frozenset (subclasses give their base). */
static Type *set_basetype(Value v) {
    return IS_FROZENSET(v) ? &frozenset_type : &set_type;
}

static Value set_copy_of(Value v) {
    return set_make(set_basetype(v), v);
}

/* A new set result (VAL_NULL passes through) once update(result, other) has
 * run: result, or VAL_NULL with result dropped if the update failed. Builds
 * the results of -, ^ and | from a fresh set and an in-place update. */
static Value set_updated(Value result, int (*update)(SetObj *, Value), Value other) {
    if (result != VAL_NULL && update(S(result), other) < 0) CLEAR(result);
    return result;
}

int set_add(Value set, Value key) {
    return set_add_key(S(set), key);
}

/* For `in`/remove/discard: an unhashable set key is looked up as a frozenset. */
static int set_key_hash(Value key, int64_t *hash, Value *tmp) {
    *tmp = VAL_NULL;
    if (dict_hash_key(key, hash) == 0) return 0;
    if (!IS_SET(key) || !err_matches(&exc_TypeError)) return -1;
    err_clear();
    *tmp = frozenset_new(key);
    if (*tmp == VAL_NULL) return -1;
    return dict_hash_key(*tmp, hash);
}

int set_discard(Value set, Value key) {
    int64_t hash;
    Value tmp;
    if (set_key_hash(key, &hash, &tmp) < 0) return -1;
    int r = set_discard_entry(S(set), tmp ? tmp : key, hash);
    XDECREF(tmp);
    return r;
}

int set_contains(Value set, Value key) {
    int64_t hash;
    Value tmp;
    if (set_key_hash(key, &hash, &tmp) < 0) return -1;
    int r = set_contains_entry(S(set), tmp ? tmp : key, hash);
    XDECREF(tmp);
    return r;
}

/* ---- algebra (CPython's algorithms, for identical table orders) ------------- */

static Value set_intersection(Value so, Value other) {
    if (so == other) return set_copy_of(so);
    Value result = set_make(set_basetype(so), VAL_NULL);
    if (IS_ANYSET(other)) {
        Value a = so, b = other;
        if (S(b)->used > S(a)->used) {
            a = other;
            b = so;
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(S(b), &pos, &e)) {
            Value k = NEWREF(e->key);
            int64_t h = e->hash;
            int r = set_contains_entry(S(a), k, h);
            if (r > 0) r = set_add_entry(S(result), k, h);
            DECREF(k);
            if (r < 0) goto fail;
        }
        return result;
    }
    Value it = obj_iter(other);
    if (it == VAL_NULL) goto fail;
    Value key;
    while ((key = obj_next(it)) != VAL_NULL) {
        int64_t h;
        int r = dict_hash_key(key, &h);
        if (r == 0) r = set_contains_entry(S(so), key, h);
        if (r > 0) r = set_add_entry(S(result), key, h);
        DECREF(key);
        if (r < 0) {
            DECREF(it);
            goto fail;
        }
    }
    DECREF(it);
    if (err_occurred()) goto fail;
    return result;
fail:
    DECREF(result);
    return VAL_NULL;
}

static int set_difference_update_internal(SetObj *so, Value other) {
    if ((Value)so == other) {
        set_clear_internal(so);
        return 0;
    }
    if (IS_ANYSET(other)) {
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(S(other), &pos, &e)) {
            Value k = NEWREF(e->key);
            int r = set_discard_entry(so, k, e->hash);
            DECREF(k);
            if (r < 0) return -1;
        }
    } else {
        Value it = obj_iter(other);
        if (it == VAL_NULL) return -1;
        Value key;
        while ((key = obj_next(it)) != VAL_NULL) {
            int64_t h;
            int r = dict_hash_key(key, &h);
            if (r == 0) r = set_discard_entry(so, key, h);
            DECREF(key);
            if (r < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (err_occurred()) return -1;
    }
    if (so->fill - so->used <= so->mask / 4) return 0;
    set_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return 0;
}

static Value set_copy_and_difference(Value so, Value other) {
    return set_updated(set_copy_of(so), set_difference_update_internal, other);
}

static Value set_difference(Value so, Value other) {
    size_t other_size;
    if (IS_ANYSET(other)) other_size = S(other)->used;
    else if (IS_TYPE(other, dict_type)) other_size = DICT_LEN(other);
    else return set_copy_and_difference(so, other);
    if ((S(so)->used >> 2) > other_size) return set_copy_and_difference(so, other);
    Value result = set_make(set_basetype(so), VAL_NULL);
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(so), &pos, &e)) {
        Value k = NEWREF(e->key);
        int64_t h = e->hash;
        int r;
        if (IS_ANYSET(other)) {
            r = set_contains_entry(S(other), k, h);
        } else {
            r = dict_contains(other, k);
        }
        if (r == 0) r = set_add_entry(S(result), k, h);
        DECREF(k);
        if (r < 0) {
            DECREF(result);
            return VAL_NULL;
        }
    }
    return result;
}

static int set_symmetric_difference_update(SetObj *so, Value other) {
    if ((Value)so == other) {
        set_clear_internal(so);
        return 0;
    }
    Value otherset = IS_ANYSET(other) ? NEWREF(other) : set_make(&set_type, other);
    if (otherset == VAL_NULL) return -1;
    size_t pos = 0;
    SetEntry *e;
    int r = 0;
    while (r >= 0 && set_next_entry(S(otherset), &pos, &e)) {
        Value k = NEWREF(e->key);
        int64_t h = e->hash;
        r = set_discard_entry(so, k, h);
        if (r == 0) r = set_add_entry(so, k, h);
        DECREF(k);
    }
    DECREF(otherset);
    return r < 0 ? -1 : 0;
}

static Value set_symmetric_difference(Value so, Value other) {
    return set_updated(set_make(set_basetype(so), other), set_symmetric_difference_update, so);
}

/* Every key of a is in b (both sets). */
static int set_issubset_sets(Value a, Value b) {
    if (S(a)->used > S(b)->used) return 0;
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(a), &pos, &e)) {
        Value k = NEWREF(e->key);
        int r = set_contains_entry(S(b), k, e->hash);
        DECREF(k);
        if (r <= 0) return r;
    }
    return 1;
}

/* ---- slots -------------------------------------------------------------------- */

static void set_dealloc(Obj *o) {
    if (!dealloc_enter(o)) return;
    SetObj *so = (SetObj *)o;
    for (size_t i = 0; i <= so->mask; i++)
        if (LIVE(&so->table[i])) DECREF(so->table[i].key);
    if (so->table != so->small) mem_free(so->table);
    obj_free(o);
    dealloc_leave();
}

static void set_gc_clear(Obj *o) {
    set_clear_internal((SetObj *)o);
}

static void set_traverse(Obj *o, VisitFn visit, void *arg) {
    SetObj *so = (SetObj *)o;
    for (size_t i = 0; i <= so->mask; i++)
        if (LIVE(&so->table[i])) visit(so->table[i].key, arg);
}

static ssize_t set_len(Value self) {
    return (ssize_t)S(self)->used;
}

static int set_contains_slot(Value self, Value key) {
    return set_contains(self, key);
}

static Value set_repr(Value self) {
    SetObj *so = S(self);
    bool plain_set = IS_TYPE(self, set_type);
    if (so->used == 0) return str_printf("%s()", obj_type_name(self));
    if (repr_enter(self)) return str_printf("%s(...)", obj_type_name(self));
    StrBuf b;
    strbuf_init(&b);
    if (!plain_set) {
        strbuf_append_cstr(&b, obj_type_name(self));
        strbuf_append_char(&b, '(');
    }
    strbuf_append_char(&b, '{');
    Value keys = list_new(0);
    size_t pos = 0;
    Value k;
    while (set_next(self, &pos, &k)) list_append(keys, k);
    int r = 0;
    for (size_t i = 0; r == 0 && i < LIST_LEN(keys); i++) {
        if (i) strbuf_append(&b, ", ", 2);
        r = strbuf_append_repr(&b, LIST_GET(keys, i));
    }
    DECREF(keys);
    repr_leave(self);
    if (r < 0) {
        strbuf_free(&b);
        return VAL_NULL;
    }
    strbuf_append_char(&b, '}');
    if (!plain_set) strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static int set_hash_unhashable(Value self, int64_t *out) {
    (void)out;
    err_format(&exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

static uint64_t set_shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

/* CPython's frozenset hash: order-independent xor of shuffled key hashes. */
static int frozenset_hash(Value self, int64_t *out) {
    SetObj *so = S(self);
    if (so->hash != -1) {
        *out = so->hash;
        return 0;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= so->mask; i++)
        if (LIVE(&so->table[i])) hash ^= set_shuffle_bits((uint64_t)so->table[i].hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (int64_t)hash;
    *out = (int64_t)hash;
    return 0;
}

static Value set_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    size_t la = S(a)->used, lb = S(b)->used;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (la != lb) r = 0;
        else if (S(a)->hash != -1 && S(b)->hash != -1 && S(a)->hash != S(b)->hash) r = 0;
        else r = set_issubset_sets(a, b);
        if (r >= 0 && op == CMP_NE) r = !r;
        break;
    case CMP_LE: r = set_issubset_sets(a, b); break;
    case CMP_GE: r = set_issubset_sets(b, a); break;
    case CMP_LT: r = la < lb ? set_issubset_sets(a, b) : 0; break;
    default: r = la > lb ? set_issubset_sets(b, a) : 0; break;
    }
    if (r < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(r));
}

static Value set_or(Value a, Value b) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    if (a == b) return set_copy_of(a);
    return set_updated(set_copy_of(a), set_update_internal, b);
}

static Value set_and(Value a, Value b) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    return set_intersection(a, b);
}

static Value set_sub(Value a, Value b) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    return set_difference(a, b);
}

static Value set_xor(Value a, Value b) {
    if (!IS_ANYSET(a) || !IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    return set_symmetric_difference(a, b);
}

/* Replace so's contents by those of the set tmp (consumed). */
static void set_take_contents(SetObj *so, Value tmp) {
    SetObj *t = S(tmp);
    set_clear_internal(so);
    if (t->table == t->small) {
        memcpy(so->small, t->small, sizeof so->small);
        so->table = so->small;
    } else {
        so->table = t->table;
    }
    so->mask = t->mask;
    so->fill = t->fill;
    so->used = t->used;
    so->finger = 0;
    t->table = t->small;
    memset(t->small, 0, sizeof t->small);
    t->mask = SET_MINSIZE - 1;
    t->fill = t->used = 0;
    DECREF(tmp);
}

/* a op= b for sets: update(a, b) in place, then a (|=, -=, ^=). */
static Value set_inplace(Value a, Value b, int (*update)(SetObj *, Value)) {
    if (!IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    if (update(S(a), b) < 0) return VAL_NULL;
    return NEWREF(a);
}

static Value set_ior(Value a, Value b) {
    return set_inplace(a, b, set_update_internal);
}

static Value set_iand(Value a, Value b) {
    if (!IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    Value tmp = set_intersection(a, b);
    if (tmp == VAL_NULL) return VAL_NULL;
    set_take_contents(S(a), tmp);
    return NEWREF(a);
}

static Value set_isub(Value a, Value b) {
    return set_inplace(a, b, set_difference_update_internal);
}

static Value set_ixor(Value a, Value b) {
    return set_inplace(a, b, set_symmetric_difference_update);
}

static Value set_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    if (type == &set_type && args_no_kw("set", kwnames) < 0) return VAL_NULL;
    return OBJ_VAL(set_alloc(type));
}

static int set_init(Value self, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("set", kwnames) < 0) return -1;
    if (nargs > 1) {
        err_format(&exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    set_clear_internal(S(self));
    return nargs ? set_update_internal(S(self), args[0]) : 0;
}

static Value frozenset_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    if (type == &frozenset_type && args_no_kw("frozenset", kwnames) < 0) return VAL_NULL;
    if (nargs > 1) return err_format(&exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
    if (nargs == 1 && type == &frozenset_type && IS_TYPE(args[0], frozenset_type))
        return NEWREF(args[0]);
    return set_make(type, nargs ? args[0] : VAL_NULL);
}

/* ---- methods -------------------------------------------------------------------- */

static int set_argc(const char *name, size_t nargs, Value kwnames, size_t n) {
    if (args_no_kw(name, kwnames) < 0) return -1;
    return args_count(name, nargs - 1, n, n);
}

static Value set_m_add(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("set.add", nargs, kwnames, 1) < 0 || set_add(args[0], args[1]) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value set_m_remove(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("set.remove", nargs, kwnames, 1) < 0) return VAL_NULL;
    int r = set_discard(args[0], args[1]);
    if (r < 0) return VAL_NULL;
    if (r == 0) return err_set_value(&exc_KeyError, args[1]);
    return NEWREF(VAL_NONE);
}

static Value set_m_discard(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("set.discard", nargs, kwnames, 1) < 0 || set_discard(args[0], args[1]) < 0)
        return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value set_m_pop(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("set.pop", nargs, kwnames, 0) < 0) return VAL_NULL;
    SetObj *so = S(args[0]);
    if (so->used == 0) return err_set_str(&exc_KeyError, "pop from an empty set");
    SetEntry *e = &so->table[so->finger & so->mask];
    while (!LIVE(e)) {
        e++;
        if (e > &so->table[so->mask]) e = so->table;
    }
    Value key = e->key;
    e->key = SET_DUMMY;
    e->hash = -1;
    so->used--;
    so->finger = (size_t)(e - so->table) + 1;
    return key;
}

static Value set_m_clear(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("set.clear", nargs, kwnames, 0) < 0) return VAL_NULL;
    set_clear_internal(S(args[0]));
    return NEWREF(VAL_NONE);
}

static Value set_m_copy(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("copy", nargs, kwnames, 0) < 0) return VAL_NULL;
    if (IS_TYPE(args[0], frozenset_type)) return NEWREF(args[0]);
    return set_copy_of(args[0]);
}

static Value set_m_update(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("set.update", kwnames) < 0) return VAL_NULL;
    for (size_t i = 1; i < nargs; i++)
        if (set_update_internal(S(args[0]), args[i]) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value set_m_union(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("union", kwnames) < 0) return VAL_NULL;
    Value r = set_copy_of(args[0]);
    for (size_t i = 1; r != VAL_NULL && i < nargs; i++) {
        if (args[i] == args[0]) continue;
        if (set_update_internal(S(r), args[i]) < 0) CLEAR(r);
    }
    return r;
}

static Value set_m_intersection(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("intersection", kwnames) < 0) return VAL_NULL;
    if (nargs == 1) return set_copy_of(args[0]);
    Value r = NEWREF(args[0]);
    for (size_t i = 1; i < nargs; i++) {
        Value n = set_intersection(r, args[i]);
        DECREF(r);
        if (n == VAL_NULL) return VAL_NULL;
        r = n;
    }
    return r;
}

static Value set_m_intersection_update(Value *args, size_t nargs, Value kwnames) {
    Value tmp = set_m_intersection(args, nargs, kwnames);
    if (tmp == VAL_NULL) return VAL_NULL;
    set_take_contents(S(args[0]), tmp);
    return NEWREF(VAL_NONE);
}

static Value set_m_difference(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("difference", kwnames) < 0) return VAL_NULL;
    if (nargs == 1) return set_copy_of(args[0]);
    Value r = set_difference(args[0], args[1]);
    for (size_t i = 2; r != VAL_NULL && i < nargs; i++)
        if (set_difference_update_internal(S(r), args[i]) < 0) CLEAR(r);
    return r;
}

static Value set_m_difference_update(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("difference_update", kwnames) < 0) return VAL_NULL;
    for (size_t i = 1; i < nargs; i++)
        if (set_difference_update_internal(S(args[0]), args[i]) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value set_m_symmetric_difference(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("symmetric_difference", nargs, kwnames, 1) < 0) return VAL_NULL;
    return set_symmetric_difference(args[0], args[1]);
}

static Value set_m_symmetric_difference_update(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("symmetric_difference_update", nargs, kwnames, 1) < 0) return VAL_NULL;
    if (set_symmetric_difference_update(S(args[0]), args[1]) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

/* other as a set: itself if it is one, else a new set from the iterable. */
static Value set_as_set(Value other) {
    return IS_ANYSET(other) ? NEWREF(other) : set_new(other);
}

static Value set_m_issubset(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("issubset", nargs, kwnames, 1) < 0) return VAL_NULL;
    Value other = set_as_set(args[1]);
    if (other == VAL_NULL) return VAL_NULL;
    int r = set_issubset_sets(args[0], other);
    DECREF(other);
    return r < 0 ? VAL_NULL : NEWREF(VAL_BOOL(r));
}

static Value set_m_issuperset(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("issuperset", nargs, kwnames, 1) < 0) return VAL_NULL;
    Value other = set_as_set(args[1]);
    if (other == VAL_NULL) return VAL_NULL;
    int r = set_issubset_sets(other, args[0]);
    DECREF(other);
    return r < 0 ? VAL_NULL : NEWREF(VAL_BOOL(r));
}

static Value set_m_isdisjoint(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("isdisjoint", nargs, kwnames, 1) < 0) return VAL_NULL;
    Value other = set_as_set(args[1]);
    if (other == VAL_NULL) return VAL_NULL;
    Value small = S(args[0])->used <= S(other)->used ? args[0] : other;
    Value big = small == other ? args[0] : other;
    size_t pos = 0;
    SetEntry *e;
    int r = 0;
    while (r == 0 && set_next_entry(S(small), &pos, &e)) {
        Value k = NEWREF(e->key);
        r = set_contains_entry(S(big), k, e->hash);
        DECREF(k);
    }
    DECREF(other);
    return r < 0 ? VAL_NULL : NEWREF(VAL_BOOL(!r));
}

static Value set_m_contains(Value *args, size_t nargs, Value kwnames) {
    if (set_argc("__contains__", nargs, kwnames, 1) < 0) return VAL_NULL;
    int r = set_contains(args[0], args[1]);
    return r < 0 ? VAL_NULL : NEWREF(VAL_BOOL(r));
}

#define SET_SHARED_METHODS                                      \
    {"copy", set_m_copy, 0},                                    \
    {"union", set_m_union, 0},                                  \
    {"intersection", set_m_intersection, 0},                    \
    {"difference", set_m_difference, 0},                        \
    {"symmetric_difference", set_m_symmetric_difference, 0},    \
    {"issubset", set_m_issubset, 0},                            \
    {"issuperset", set_m_issuperset, 0},                        \
    {"isdisjoint", set_m_isdisjoint, 0},                        \
    {"__contains__", set_m_contains, 0},

static const MethodDef set_methods[] = {
    SET_SHARED_METHODS
    {"add", set_m_add, 0},
    {"remove", set_m_remove, 0},
    {"discard", set_m_discard, 0},
    {"pop", set_m_pop, 0},
    {"clear", set_m_clear, 0},
    {"update", set_m_update, 0},
    {"intersection_update", set_m_intersection_update, 0},
    {"difference_update", set_m_difference_update, 0},
    {"symmetric_difference_update", set_m_symmetric_difference_update, 0},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    SET_SHARED_METHODS
    {NULL, NULL, 0},
};

static Value set_iter(Value self);

Type set_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "set",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(SetObj),
    .new_ = set_new_slot,
    .init = set_init,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .repr = set_repr,
    .hash = set_hash_unhashable,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .binop = {[BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
              [BINOP_XOR] = set_xor},
    .inplace = {[BINOP_OR] = set_ior, [BINOP_AND] = set_iand, [BINOP_SUB] = set_isub,
                [BINOP_XOR] = set_ixor},
    .methods = set_methods,
};

Type frozenset_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "frozenset",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(SetObj),
    .new_ = frozenset_new_slot,
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains_slot,
    .binop = {[BINOP_OR] = set_or, [BINOP_AND] = set_and, [BINOP_SUB] = set_sub,
              [BINOP_XOR] = set_xor},
    .methods = frozenset_methods,
};

/* ---- iterator ------------------------------------------------------------------ */

typedef struct { Obj hdr; Value set; size_t pos, used; } SetIterObj;

static void setiter_dealloc(Obj *o) {
    XDECREF(((SetIterObj *)o)->set);
    obj_free(o);
}

static void setiter_traverse(Obj *o, VisitFn visit, void *arg) {
    if (((SetIterObj *)o)->set) visit(((SetIterObj *)o)->set, arg);
}

static Value setiter_self(Value self) {
    return NEWREF(self);
}

static Value setiter_next(Value self) {
    SetIterObj *it = (SetIterObj *)AS_OBJ(self);
    if (it->set == VAL_NULL) return VAL_NULL;
    SetObj *so = S(it->set);
    if (so->used != it->used) {
        err_set_str(&exc_RuntimeError, "Set changed size during iteration");
        it->used = (size_t)-1;
        return VAL_NULL;
    }
    SetEntry *e;
    if (!set_next_entry(so, &it->pos, &e)) {
        CLEAR(it->set);
        return VAL_NULL;
    }
    return NEWREF(e->key);
}

Type set_iterator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .dealloc = setiter_dealloc,
    .traverse = setiter_traverse,
    .iter = setiter_self,
    .next = setiter_next,
};

static Value set_iter(Value self) {
    SetIterObj *it = (SetIterObj *)obj_alloc(&set_iterator_type);
    it->set = NEWREF(self);
    it->used = S(self)->used;
    return OBJ_VAL(it);
}

int set_init_types(void) {
    if (type_ready(&set_type) < 0) return -1;
    if (type_ready(&frozenset_type) < 0) return -1;
    return type_ready(&set_iterator_type);
}
