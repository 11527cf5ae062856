/* dict.c - insertion-ordered hash tables (the compact layout of CPython 3.6+).
 *
 * A dict has two arrays: `entries`, a dense array of {hash, key, value} in
 * insertion order (a deleted entry keeps its place with key VAL_NULL), and
 * `index`, an open-addressing table of (mask + 1) slots holding indexes into
 * entries, stored as int8/16/32/64 depending on the table size; a slot is
 * IX_EMPTY, IX_DUMMY (deleted) or an entry index. Probing is CPython's:
 * i = hash & mask, then perturb >>= 5; i = (i * 5 + perturb + 1) & mask.
 * `capacity` (entries[] size) is 2/3 of the table; when entries[] is full the
 * dict is rebuilt for 3 * used, which also compacts deleted entries away.
 * An empty dict has no tables at all (index NULL) until the first insert.
 *
 * Every mutation sets `version` from a global counter, so (dict, version)
 * identifies a state: the eval loop's caches check it. A key's __eq__ may
 * mutate the dict during a lookup; the lookup restarts when the tables or
 * the compared entry changed, so it never reads a freed table.
 */
#include <string.h>

#include "dict.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "names.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define D(v) ((DictObj *)AS_OBJ(v))
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_MINSIZE 8
#define PERTURB_SHIFT 5
#define USABLE(size) (((size) << 1) / 3)

static uint64_t dict_global_version;

static inline void dict_touch(DictObj *d) {
    d->version = ++dict_global_version;
}

/* ---- the index table ------------------------------------------------------ */

static inline ssize_t ix_get(const DictObj *d, size_t i) {
    size_t size = d->mask + 1;
    if (size <= 0x80) return ((const int8_t *)d->index)[i];
    if (size <= 0x8000) return ((const int16_t *)d->index)[i];
    if (size <= 0x80000000u) return ((const int32_t *)d->index)[i];
    return (ssize_t)((const int64_t *)d->index)[i];
}

static inline void ix_set(DictObj *d, size_t i, ssize_t ix) {
    size_t size = d->mask + 1;
    if (size <= 0x80) ((int8_t *)d->index)[i] = (int8_t)ix;
    else if (size <= 0x8000) ((int16_t *)d->index)[i] = (int16_t)ix;
    else if (size <= 0x80000000u) ((int32_t *)d->index)[i] = (int32_t)ix;
    else ((int64_t *)d->index)[i] = ix;
}

static size_t ix_width(size_t size) {
    return size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x80000000u ? 4 : 8;
}

/* The first slot on hash's probe sequence that holds no live entry. */
static size_t dict_free_slot(const DictObj *d, int64_t hash) {
    size_t mask = d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (ix_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot that holds entry index ix (which must be present). */
static size_t dict_slot_of(const DictObj *d, int64_t hash, ssize_t ix) {
    size_t mask = d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    while (ix_get(d, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild the tables with room for at least `minused` entries, dropping
 * deleted entries. Runs no Python code. */
static void dict_resize(DictObj *d, size_t minused) {
    size_t size = DICT_MINSIZE;
    while (USABLE(size) < minused || size < minused) size <<= 1;
    DictEntry *old = d->entries;
    size_t oldn = d->nentries;
    mem_small_free(d->index);
    d->mask = size - 1;
    d->index = mem_small_alloc(size * ix_width(size));
    memset(d->index, 0xff, size * ix_width(size));
    d->capacity = USABLE(size);
    d->entries = mem_small_alloc(d->capacity * sizeof(DictEntry));
    size_t n = 0;
    for (size_t k = 0; k < oldn; k++) {
        if (old[k].key == VAL_NULL) continue;
        d->entries[n] = old[k];
        ix_set(d, dict_free_slot(d, old[k].hash), (ssize_t)n);
        n++;
    }
    d->nentries = n;
    mem_small_free(old);
}

/* Append a new entry (steals key and value); the key must be absent. */
static void dict_insert_new(DictObj *d, int64_t hash, Value key, Value value) {
    if (d->nentries == d->capacity) dict_resize(d, d->used * 3 > 5 ? d->used * 3 : 5);
    size_t n = d->nentries++;
    d->entries[n] = (DictEntry){hash, key, value};
    ix_set(d, dict_free_slot(d, hash), (ssize_t)n);
    d->used++;
    dict_touch(d);
}

/* ---- hashing and lookup ----------------------------------------------------- */

/* The entries[] index of key, -1 if absent, -2 on error (exception set).
 * *slot receives the index-table slot of a found key. */
static ssize_t dict_lookup(DictObj *d, Value key, int64_t hash, size_t *slot) {
restart:
    if (d->index == NULL) return -1;
    size_t mask = d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) goto found;
            if (e->hash == hash) {
                Value k = e->key;
                if (IS_OBJ(k) && IS_OBJ(key) && AS_OBJ(k)->type == &str_type &&
                    AS_OBJ(key)->type == &str_type) {
                    if (str_eq(k, key)) goto found;
                } else {
                    DictEntry *entries = d->entries;
                    void *index = d->index;
                    INCREF(k);
                    int r = obj_eq(k, key);
                    DECREF(k);
                    if (r < 0) return -2;
                    if (d->mask != mask || d->index != index || d->entries != entries ||
                        e->key != k)
                        goto restart;
                    if (r) goto found;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        continue;
    found:
        if (slot) *slot = i;
        return ix;
    }
}

/* Lookup for a str key: pointer equality first, then hash + bytes. Falls
 * back to the general lookup if a non-str key with an equal hash is met. */
static ssize_t dict_lookup_str(DictObj *d, Value key) {
    if (d->index == NULL) return -1;
    int64_t hash = ((StrObj *)AS_OBJ(key))->hash;
    if (hash == -1) hash = str_hash(key);
    size_t mask = d->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        ssize_t ix = ix_get(d, i);
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                if (!IS_STR(e->key)) return dict_lookup(d, key, hash, NULL);
                if (str_eq(e->key, key)) return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

ssize_t dict_lookup_index_str(Value d, Value key) {
    ssize_t ix = dict_lookup_str(D(d), key);
    return ix < 0 ? -1 : ix;
}

Value dict_get_str(Value d, Value strkey) {
    ssize_t ix = dict_lookup_str(D(d), strkey);
    return ix >= 0 ? D(d)->entries[ix].value : VAL_NULL;
}

Value dict_get_cstr(Value d, const char *key) {
    Value interned = str_interned_cstr(key);
    if (interned != VAL_NULL) return dict_get_str(d, interned);
    Value k = str_from_cstr(key);
    Value v = dict_get_str(d, k);
    DECREF(k);
    return v;
}

Value dict_get(Value d, Value key) {
    if (IS_OBJ(key) && AS_OBJ(key)->type == &str_type) return dict_get_str(d, key);
    int64_t hash;
    if (dict_hash_key(key, &hash) < 0) return VAL_NULL;
    ssize_t ix = dict_lookup(D(d), key, hash, NULL);
    return ix >= 0 ? D(d)->entries[ix].value : VAL_NULL;
}

int dict_contains(Value d, Value key) {
    int64_t hash;
    if (dict_hash_key(key, &hash) < 0) return -1;
    ssize_t ix = dict_lookup(D(d), key, hash, NULL);
    return ix == -2 ? -1 : ix >= 0;
}

/* ---- mutation ------------------------------------------------------------- */

static int dict_set_hashed(DictObj *d, Value key, int64_t hash, Value value) {
    ssize_t ix = dict_lookup(d, key, hash, NULL);
    if (ix == -2) return -1;
    if (ix >= 0) {
        Value old = d->entries[ix].value;
        d->entries[ix].value = NEWREF(value);
        dict_touch(d);
        DECREF(old);
        return 0;
    }
    dict_insert_new(d, hash, NEWREF(key), NEWREF(value));
    return 0;
}

int dict_set(Value d, Value key, Value value) {
    int64_t hash;
    if (dict_hash_key(key, &hash) < 0) return -1;
    return dict_set_hashed(D(d), key, hash, value);
}

int dict_set_cstr(Value d, const char *key, Value value) {
    Value k = str_intern_cstr(key);
    int r = dict_set(d, k, value);
    DECREF(k);
    return r;
}

/* Unlink entry ix found at slot; returns key and value to the caller. */
static void dict_unlink(DictObj *d, ssize_t ix, size_t slot, Value *key, Value *value) {
    DictEntry *e = &d->entries[ix];
    *key = e->key;
    *value = e->value;
    e->key = VAL_NULL;
    e->value = VAL_NULL;
    ix_set(d, slot, IX_DUMMY);
    d->used--;
    dict_touch(d);
}

/* Remove key: 1 removed (old value in *out, owned, if out not NULL), 0 absent, -1 error. */
static int dict_pop_key(Value d, Value key, Value *out) {
    int64_t hash;
    if (dict_hash_key(key, &hash) < 0) return -1;
    size_t slot;
    ssize_t ix = dict_lookup(D(d), key, hash, &slot);
    if (ix == -2) return -1;
    if (ix == -1) return 0;
    Value k, v;
    dict_unlink(D(d), ix, slot, &k, &v);
    DECREF(k);
    if (out) *out = v;
    else DECREF(v);
    return 1;
}

int dict_del(Value d, Value key) {
    int r = dict_pop_key(d, key, NULL);
    if (r == 0) err_set_value(&exc_KeyError, key);
    return r > 0 ? 0 : -1;
}

/* Detach the tables, leaving d empty; returns them for release. */
static void dict_release_entries(DictEntry *entries, size_t n) {
    for (size_t i = 0; i < n; i++) {
        XDECREF(entries[i].key);
        XDECREF(entries[i].value);
    }
    mem_small_free(entries);
}

int dict_check_attr_dict(Value v) {
    if (v == VAL_NULL) return err_set_int(&exc_TypeError, "cannot delete __dict__");
    if (IS_DICT(v)) return 0;
    err_format(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", obj_type_name(v));
    return -1;
}

void dict_clear(Value d) {
    DictObj *o = D(d);
    DictEntry *entries = o->entries;
    size_t n = o->nentries;
    mem_small_free(o->index);
    o->index = NULL;
    o->entries = NULL;
    o->used = o->nentries = o->capacity = o->mask = 0;
    dict_touch(o);
    dict_release_entries(entries, n);
}

bool dict_next(Value d, size_t *pos, Value *key, Value *value) {
    DictObj *o = D(d);
    while (*pos < o->nentries) {
        DictEntry *e = &o->entries[(*pos)++];
        if (e->key != VAL_NULL) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

Value dict_new(void) {
    return OBJ_VAL(obj_alloc(&dict_type));
}

/* A copy of src's contents into the empty dict dst (no compares needed). */
static void dict_copy_into(DictObj *dst, DictObj *src) {
    if (src->used == 0) return;
    dict_resize(dst, src->used + (src->used >> 1) + 1);
    for (size_t i = 0; i < src->nentries; i++) {
        DictEntry *e = &src->entries[i];
        if (e->key == VAL_NULL) continue;
        size_t n = dst->nentries++;
        dst->entries[n] = (DictEntry){e->hash, NEWREF(e->key), NEWREF(e->value)};
        ix_set(dst, dict_free_slot(dst, e->hash), (ssize_t)n);
        dst->used++;
    }
    dict_touch(dst);
}

Value dict_copy(Value d) {
    Value r = dict_new();
    dict_copy_into(D(r), D(d));
    return r;
}

Value dict_keys_list(Value d) {
    Value l = list_new(D(d)->used);
    size_t pos = 0, i = 0;
    Value k;
    while (dict_next(d, &pos, &k, NULL)) LIST_SET(l, i++, NEWREF(k));
    return l;
}

/* d.update(other) for a dict other whose iteration is the plain one. */
static int dict_merge_dict(Value d, Value other) {
    if (d == other) return 0;
    if (D(d)->used == 0 && IS_TYPE(d, dict_type)) {
        dict_copy_into(D(d), D(other));
        return 0;
    }
    for (size_t i = 0; i < D(other)->nentries; i++) {
        DictEntry *e = &D(other)->entries[i];
        if (e->key == VAL_NULL) continue;
        Value k = NEWREF(e->key), v = NEWREF(e->value);
        int r = dict_set_hashed(D(d), k, e->hash, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) return -1;
    }
    return 0;
}

/* d.update(mapping) through mapping.keys() and mapping[k]. */
static int dict_merge_mapping(Value d, Value other, Value keysfn) {
    Value keys = obj_call0(keysfn);
    if (keys == VAL_NULL) return -1;
    Value it = obj_iter(keys);
    DECREF(keys);
    if (it == VAL_NULL) return -1;
    Value k;
    while ((k = obj_next(it)) != VAL_NULL) {
        Value v = obj_getitem(other, k);
        int r = v == VAL_NULL ? -1 : dict_set(d, k, v);
        XDECREF(v);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* One element of an iterable of pairs: store it (element number n). */
static int dict_merge_pair(Value d, Value item, size_t n) {
    Value pair = IS_TUPLE(item) || IS_LIST(item) ? NEWREF(item) : VAL_NULL;
    if (pair == VAL_NULL) {
        Value it = obj_iter(item);
        if (it == VAL_NULL) {
            if (err_matches(&exc_TypeError)) {
                err_clear();
                err_format(&exc_TypeError,
                           "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            return -1;
        }
        DECREF(it);
        pair = list_from_iterable(item);
        if (pair == VAL_NULL) return -1;
    }
    ssize_t len = obj_len(pair);
    int r = -1;
    if (len != 2) {
        err_format(&exc_ValueError,
                   "dictionary update sequence element #%zu has length %zd; 2 is required", n, len);
    } else {
        Value k = obj_getitem(pair, FROM_SMALLINT(0));
        Value v = obj_getitem(pair, FROM_SMALLINT(1));
        if (k != VAL_NULL && v != VAL_NULL) r = dict_set(d, k, v);
        XDECREF(k);
        XDECREF(v);
    }
    DECREF(pair);
    return r;
}

static int dict_merge_pairs(Value d, Value iterable) {
    Value it = obj_iter(iterable);
    if (it == VAL_NULL) return -1;
    Value item;
    size_t n = 0;
    while ((item = obj_next(it)) != VAL_NULL) {
        int r = dict_merge_pair(d, item, n++);
        DECREF(item);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

static Value dict_iter(Value self);

int dict_update(Value d, Value other) {
    if (IS_DICT(other) && TYPE_OF(other)->iter == dict_iter) return dict_merge_dict(d, other);
    Value keysfn = obj_getattr_opt(other, names.keys);
    if (keysfn != VAL_NULL) {
        int r = dict_merge_mapping(d, other, keysfn);
        DECREF(keysfn);
        return r;
    }
    if (err_occurred()) return -1;
    return dict_merge_pairs(d, other);
}

/* update(other=(), /, **kwargs) shared by __init__ and update(). */
static int dict_update_args(const char *name, Value d, Value *args, size_t nargs, Value kwnames) {
    if (nargs > 1) {
        err_format(&exc_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(d, args[0]) < 0) return -1;
    if (kwnames != VAL_NULL) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++)
            if (dict_set(d, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) return -1;
    }
    return 0;
}

/* ---- slots ------------------------------------------------------------------ */

static void dict_dealloc(Obj *o) {
    if (!dealloc_enter(o)) return;
    DictObj *d = (DictObj *)o;
    mem_small_free(d->index);
    dict_release_entries(d->entries, d->nentries);
    obj_free(o);
    dealloc_leave();
}

static void dict_gc_clear(Obj *o) {
    dict_clear(OBJ_VAL(o));
}

static void dict_traverse(Obj *o, VisitFn visit, void *arg) {
    DictObj *d = (DictObj *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == VAL_NULL) continue;
        if (gc_may_refer(d->entries[i].key)) visit(d->entries[i].key, arg);
        if (gc_may_refer(d->entries[i].value)) visit(d->entries[i].value, arg);
    }
}

static ssize_t dict_len(Value self) {
    return (ssize_t)D(self)->used;
}

static Value dict_getitem(Value self, Value key) {
    Value v = dict_get(self, key);
    if (v != VAL_NULL) return NEWREF(v);
    if (err_occurred()) return VAL_NULL;
    if (!IS_TYPE(self, dict_type)) {
        Value missing = type_lookup(TYPE_OF(self), names.__missing__);
        if (missing != VAL_NULL) return obj_call2(missing, self, key);
    }
    return err_set_value(&exc_KeyError, key);
}

static int dict_setitem(Value self, Value key, Value v) {
    if (v == VAL_NULL) return dict_del(self, key);
    return dict_set(self, key, v);
}

static int dict_contains_slot(Value self, Value key) {
    return dict_contains(self, key);
}

static Value dict_repr(Value self) {
    DictObj *d = D(self);
    if (d->used == 0) return str_from_cstr("{}");
    if (repr_enter(self)) return str_from_cstr("{...}");
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_char(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == VAL_NULL) continue;
        Value k = NEWREF(d->entries[i].key), v = NEWREF(d->entries[i].value);
        if (!first) strbuf_append(&b, ", ", 2);
        first = false;
        int r = strbuf_append_repr(&b, k);
        if (r == 0) {
            strbuf_append(&b, ": ", 2);
            r = strbuf_append_repr(&b, v);
        }
        DECREF(k);
        DECREF(v);
        if (r < 0) {
            strbuf_free(&b);
            repr_leave(self);
            return VAL_NULL;
        }
    }
    strbuf_append_char(&b, '}');
    repr_leave(self);
    return strbuf_finish(&b);
}

static int dict_hash_slot(Value self, int64_t *out) {
    (void)out;
    err_format(&exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

/* a == b for two dicts: same size and every key of a maps to an equal value in b. */
static int dict_equal(Value a, Value b) {
    if (D(a)->used != D(b)->used) return 0;
    for (size_t i = 0; i < D(a)->nentries; i++) {
        DictEntry *e = &D(a)->entries[i];
        if (e->key == VAL_NULL) continue;
        Value k = NEWREF(e->key), v = NEWREF(e->value);
        ssize_t ix = dict_lookup(D(b), k, e->hash, NULL);
        int r = ix == -2 ? -1 : 0;
        if (ix >= 0) {
            Value bv = NEWREF(D(b)->entries[ix].value);
            r = obj_eq(v, bv);
            DECREF(bv);
        }
        DECREF(k);
        DECREF(v);
        if (r <= 0) return r;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_DICT(a) || !IS_DICT(b) || (op != CMP_EQ && op != CMP_NE)) return NEWREF(VAL_NOTIMPL);
    int r = dict_equal(a, b);
    if (r < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(op == CMP_EQ ? r : !r));
}

static Value dict_or(Value a, Value b) {
    if (!IS_DICT(a) || !IS_DICT(b)) return NEWREF(VAL_NOTIMPL);
    Value r = dict_copy(a);
    if (dict_update(r, b) < 0) {
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

static Value dict_ior(Value a, Value b) {
    if (dict_update(a, b) < 0) return VAL_NULL;
    return NEWREF(a);
}

static Value dict_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return OBJ_VAL(obj_alloc(type));
}

static int dict_init(Value self, Value *args, size_t nargs, Value kwnames) {
    return dict_update_args("dict", self, args, nargs, kwnames);
}

/* ---- methods ------------------------------------------------------------------ */

static int dict_check_args(const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (args_no_kw(name, kwnames) < 0) return -1;
    size_t n = nargs - 1;
    if (n < min) {
        err_format(&exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                   min == 1 ? "" : "s", n);
        return -1;
    }
    if (n > max) {
        err_format(&exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                   max == 1 ? "" : "s", n);
        return -1;
    }
    return 0;
}

static Value dict_m_get(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("get", nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    Value v = dict_get(args[0], args[1]);
    if (v != VAL_NULL) return NEWREF(v);
    if (err_occurred()) return VAL_NULL;
    return NEWREF(nargs > 2 ? args[2] : VAL_NONE);
}

static Value dict_m_setdefault(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("setdefault", nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    Value def = nargs > 2 ? args[2] : VAL_NONE;
    int64_t hash;
    if (dict_hash_key(args[1], &hash) < 0) return VAL_NULL;
    ssize_t ix = dict_lookup(D(args[0]), args[1], hash, NULL);
    if (ix == -2) return VAL_NULL;
    if (ix >= 0) return NEWREF(D(args[0])->entries[ix].value);
    dict_insert_new(D(args[0]), hash, NEWREF(args[1]), NEWREF(def));
    return NEWREF(def);
}

static Value dict_m_pop(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("pop", nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    Value v;
    int r = dict_pop_key(args[0], args[1], &v);
    if (r < 0) return VAL_NULL;
    if (r > 0) return v;
    if (nargs > 2) return NEWREF(args[2]);
    return err_set_value(&exc_KeyError, args[1]);
}

static Value dict_m_popitem(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("popitem", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    DictObj *d = D(args[0]);
    if (d->used == 0) return err_set_str(&exc_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (d->entries[i - 1].key == VAL_NULL) i--;
    i--;
    Value k, v;
    dict_unlink(d, (ssize_t)i, dict_slot_of(d, d->entries[i].hash, (ssize_t)i), &k, &v);
    d->nentries = i;
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, k);
    TUPLE_SET(t, 1, v);
    return t;
}

static Value dict_m_update(Value *args, size_t nargs, Value kwnames) {
    size_t npos = nargs - 1;
    if (dict_update_args("update", args[0], args + 1, npos, kwnames) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value dict_m_copy(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("copy", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return dict_copy(args[0]);
}

static Value dict_m_clear(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("clear", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    dict_clear(args[0]);
    return NEWREF(VAL_NONE);
}

static Value dict_m_fromkeys(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("fromkeys", nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    Value value = nargs > 2 ? args[2] : VAL_NONE;
    Value cls = args[0];
    Value d = cls == OBJ_VAL(&dict_type) ? dict_new() : obj_call0(cls);
    if (d == VAL_NULL) return VAL_NULL;
    bool exact = IS_TYPE(d, dict_type);
    Value it = obj_iter(args[1]);
    if (it == VAL_NULL) {
        DECREF(d);
        return VAL_NULL;
    }
    Value k;
    while ((k = obj_next(it)) != VAL_NULL) {
        int r = exact ? dict_set(d, k, value) : obj_setitem(d, k, value);
        DECREF(k);
        if (r < 0) break;
    }
    DECREF(it);
    if (err_occurred()) {
        DECREF(d);
        return VAL_NULL;
    }
    return d;
}

static Value dict_m_contains(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__contains__", kwnames) < 0 || args_count("__contains__", nargs - 1, 1, 1) < 0)
        return VAL_NULL;
    int r = dict_contains(args[0], args[1]);
    return r < 0 ? VAL_NULL : NEWREF(VAL_BOOL(r));
}

static Value dictview_new(Type *type, Value d);
static Value dictiter_new(Value d, Type *type);
extern Type dict_keys_type, dict_values_type, dict_items_type;
extern Type dict_keyiterator_type, dict_valueiterator_type, dict_itemiterator_type;
extern Type dict_revkeyiterator_type, dict_revvalueiterator_type, dict_revitemiterator_type;

static Value dict_m_keys(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("keys", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return dictview_new(&dict_keys_type, args[0]);
}

static Value dict_m_values(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("values", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return dictview_new(&dict_values_type, args[0]);
}

static Value dict_m_items(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("items", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return dictview_new(&dict_items_type, args[0]);
}

static Value dict_m_reversed(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("__reversed__", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return dictiter_new(args[0], &dict_revkeyiterator_type);
}

static const MethodDef dict_methods[] = {
    {"keys", dict_m_keys, 0},
    {"values", dict_m_values, 0},
    {"items", dict_m_items, 0},
    {"get", dict_m_get, 0},
    {"setdefault", dict_m_setdefault, 0},
    {"pop", dict_m_pop, 0},
    {"popitem", dict_m_popitem, 0},
    {"update", dict_m_update, 0},
    {"copy", dict_m_copy, 0},
    {"clear", dict_m_clear, 0},
    {"fromkeys", dict_m_fromkeys, METH_CLASS},
    {"__contains__", dict_m_contains, 0},
    {"__reversed__", dict_m_reversed, 0},
    {NULL, NULL, 0},
};

Type dict_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "dict",
    .flags = TYPE_BASETYPE | TYPE_DICT_SUBCLASS,
    .basicsize = sizeof(DictObj),
    .new_ = dict_new_slot,
    .init = dict_init,
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .repr = dict_repr,
    .hash = dict_hash_slot,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .binop = {[BINOP_OR] = dict_or},
    .inplace = {[BINOP_OR] = dict_ior},
    .methods = dict_methods,
};

/* ---- iterators -------------------------------------------------------------------
 * An iterator remembers the dict's size at creation: a change of size raises
 * "dictionary changed size during iteration"; finding more entries than the
 * remaining count (keys replaced at the same size) raises "keys changed". */

typedef enum { DI_KEYS, DI_VALUES, DI_ITEMS } DictIterKind;

typedef struct {
    Obj hdr;
    Value dict;      /* VAL_NULL once exhausted */
    ssize_t pos;     /* next entry to look at (reverse: current, going down) */
    size_t used;     /* dict size at creation */
    size_t remaining;
} DictIterObj;

static DictIterKind dictiter_kind(Type *t) {
    if (t == &dict_valueiterator_type || t == &dict_revvalueiterator_type) return DI_VALUES;
    if (t == &dict_itemiterator_type || t == &dict_revitemiterator_type) return DI_ITEMS;
    return DI_KEYS;
}

static bool dictiter_is_reverse(Type *t) {
    return t == &dict_revkeyiterator_type || t == &dict_revvalueiterator_type ||
           t == &dict_revitemiterator_type;
}

static Value dictiter_new(Value d, Type *type) {
    DictIterObj *it = (DictIterObj *)obj_alloc(type);
    it->dict = NEWREF(d);
    it->used = D(d)->used;
    it->remaining = D(d)->used;
    it->pos = dictiter_is_reverse(type) ? (ssize_t)D(d)->nentries - 1 : 0;
    return OBJ_VAL(it);
}

static Value dict_iter(Value self) {
    return dictiter_new(self, &dict_keyiterator_type);
}

static void dictiter_dealloc(Obj *o) {
    XDECREF(((DictIterObj *)o)->dict);
    obj_free(o);
}

static void dictiter_traverse(Obj *o, VisitFn visit, void *arg) {
    if (((DictIterObj *)o)->dict) visit(((DictIterObj *)o)->dict, arg);
}

static Value dictiter_self(Value self) {
    return NEWREF(self);
}

/* The next live entry, or NULL (exhausted, or an error is set). */
static DictEntry *dictiter_step(DictIterObj *it, bool reverse) {
    if (it->dict == VAL_NULL) return NULL;
    DictObj *d = D(it->dict);
    if (d->used != it->used) {
        err_set_str(&exc_RuntimeError, "dictionary changed size during iteration");
        it->used = (size_t)-1;
        return NULL;
    }
    DictEntry *e = NULL;
    if (reverse) {
        if (it->pos >= (ssize_t)d->nentries) it->pos = (ssize_t)d->nentries - 1;
        while (it->pos >= 0 && d->entries[it->pos].key == VAL_NULL) it->pos--;
        if (it->pos >= 0) e = &d->entries[it->pos--];
    } else {
        while ((size_t)it->pos < d->nentries && d->entries[it->pos].key == VAL_NULL) it->pos++;
        if ((size_t)it->pos < d->nentries) e = &d->entries[it->pos++];
    }
    if (e == NULL) {
        CLEAR(it->dict);
        return NULL;
    }
    if (it->remaining == 0) {
        err_set_str(&exc_RuntimeError, "dictionary keys changed during iteration");
        CLEAR(it->dict);
        return NULL;
    }
    it->remaining--;
    return e;
}

static Value dictiter_next(Value self) {
    DictIterObj *it = (DictIterObj *)AS_OBJ(self);
    Type *t = AS_OBJ(self)->type;
    DictEntry *e = dictiter_step(it, dictiter_is_reverse(t));
    if (e == NULL) return VAL_NULL;
    switch (dictiter_kind(t)) {
    case DI_KEYS: return NEWREF(e->key);
    case DI_VALUES: return NEWREF(e->value);
    default: return tuple_pack(2, e->key, e->value);
    }
}

#define DICTITER_TYPE(cname, pyname)                                                          \
    Type cname = {                                                                           \
        .hdr = OBJ_HEAD_INIT(&type_type),                                                    \
        .name = pyname,                                                                      \
        .basicsize = sizeof(DictIterObj),                                                    \
        .dealloc = dictiter_dealloc,                                                         \
        .traverse = dictiter_traverse,                                                       \
        .iter = dictiter_self,                                                               \
        .next = dictiter_next,                                                               \
    };
DICTITER_TYPE(dict_keyiterator_type, "dict_keyiterator")
DICTITER_TYPE(dict_valueiterator_type, "dict_valueiterator")
DICTITER_TYPE(dict_itemiterator_type, "dict_itemiterator")
DICTITER_TYPE(dict_revkeyiterator_type, "dict_reversekeyiterator")
DICTITER_TYPE(dict_revvalueiterator_type, "dict_reversevalueiterator")
DICTITER_TYPE(dict_revitemiterator_type, "dict_reverseitemiterator")

/* ---- views -------------------------------------------------------------------------- */

typedef struct { Obj hdr; Value dict; } DictViewObj;
#define VIEW_DICT(v) (((DictViewObj *)AS_OBJ(v))->dict)
#define IS_KEYS_VIEW(v) IS_TYPE(v, dict_keys_type)
#define IS_ITEMS_VIEW(v) IS_TYPE(v, dict_items_type)
#define IS_SET_VIEW(v) (IS_KEYS_VIEW(v) || IS_ITEMS_VIEW(v))

static Value dictview_new(Type *type, Value d) {
    DictViewObj *v = (DictViewObj *)obj_alloc(type);
    v->dict = NEWREF(d);
    return OBJ_VAL(v);
}

static void dictview_dealloc(Obj *o) {
    DECREF(((DictViewObj *)o)->dict);
    obj_free(o);
}

static void dictview_traverse(Obj *o, VisitFn visit, void *arg) {
    visit(((DictViewObj *)o)->dict, arg);
}

static ssize_t dictview_len(Value self) {
    return (ssize_t)D(VIEW_DICT(self))->used;
}

static Value dictview_iter(Value self) {
    Type *t = AS_OBJ(self)->type;
    Type *it = t == &dict_keys_type     ? &dict_keyiterator_type
               : t == &dict_values_type ? &dict_valueiterator_type
                                        : &dict_itemiterator_type;
    return dictiter_new(VIEW_DICT(self), it);
}

static Value dictview_m_reversed(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("__reversed__", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    Type *t = AS_OBJ(args[0])->type;
    Type *it = t == &dict_keys_type     ? &dict_revkeyiterator_type
               : t == &dict_values_type ? &dict_revvalueiterator_type
                                        : &dict_revitemiterator_type;
    return dictiter_new(VIEW_DICT(args[0]), it);
}

static Value dictview_repr(Value self) {
    if (repr_enter(self)) return str_from_cstr("...");
    Value l = list_from_iterable(self);
    Value r = VAL_NULL;
    if (l != VAL_NULL) {
        StrBuf b;
        strbuf_init(&b);
        strbuf_append_cstr(&b, obj_type_name(self));
        strbuf_append_char(&b, '(');
        if (strbuf_append_repr(&b, l) < 0) {
            strbuf_free(&b);
        } else {
            strbuf_append_char(&b, ')');
            r = strbuf_finish(&b);
        }
        DECREF(l);
    }
    repr_leave(self);
    return r;
}

static int dictkeys_contains(Value self, Value key) {
    return dict_contains(VIEW_DICT(self), key);
}

static int dictitems_contains(Value self, Value item) {
    if (!IS_TUPLE(item) || TUPLE_LEN(item) != 2) return 0;
    Value d = VIEW_DICT(self);
    Value v = dict_get(d, TUPLE_GET(item, 0));
    if (v == VAL_NULL) return err_occurred() ? -1 : 0;
    INCREF(v);
    int r = obj_eq(v, TUPLE_GET(item, 1));
    DECREF(v);
    return r;
}

/* Every element of a is in b (b any container). */
static int dictview_all_in(Value a, Value b) {
    Value it = obj_iter(a);
    if (it == VAL_NULL) return -1;
    Value x;
    int r = 1;
    while (r == 1 && (x = obj_next(it)) != VAL_NULL) {
        r = obj_contains(b, x);
        DECREF(x);
    }
    DECREF(it);
    if (r == 1 && err_occurred()) r = -1;
    return r;
}

static Value dictview_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_SET_VIEW(a) && !IS_ANYSET(a)) return NEWREF(VAL_NOTIMPL);
    if (!IS_SET_VIEW(b) && !IS_ANYSET(b)) return NEWREF(VAL_NOTIMPL);
    ssize_t la = obj_len(a), lb = obj_len(b);
    if (la < 0 || lb < 0) return VAL_NULL;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE: r = la == lb ? dictview_all_in(a, b) : 0; break;
    case CMP_LT: r = la < lb ? dictview_all_in(a, b) : 0; break;
    case CMP_LE: r = la <= lb ? dictview_all_in(a, b) : 0; break;
    case CMP_GT: r = la > lb ? dictview_all_in(b, a) : 0; break;
    default: r = la >= lb ? dictview_all_in(b, a) : 0; break;
    }
    if (r < 0) return VAL_NULL;
    if (op == CMP_NE) r = !r;
    return NEWREF(VAL_BOOL(r));
}

/* view OP other: set(a) then the in-place set method with b. */
static Value dictview_setop(Value a, Value b, const char *method) {
    Value s = set_new(a);
    if (s == VAL_NULL) return VAL_NULL;
    Value r = obj_call_method(s, method, &b, 1);
    if (r == VAL_NULL) {
        DECREF(s);
        return VAL_NULL;
    }
    DECREF(r);
    return s;
}

static Value dictview_and(Value a, Value b) {
    return dictview_setop(a, b, "intersection_update");
}
static Value dictview_or(Value a, Value b) {
    return dictview_setop(a, b, "update");
}
static Value dictview_sub(Value a, Value b) {
    return dictview_setop(a, b, "difference_update");
}
static Value dictview_xor(Value a, Value b) {
    return dictview_setop(a, b, "symmetric_difference_update");
}

static Value dictview_m_isdisjoint(Value *args, size_t nargs, Value kwnames) {
    if (dict_check_args("isdisjoint", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    Value it = obj_iter(args[1]);
    if (it == VAL_NULL) return VAL_NULL;
    Value x;
    int r = 0;
    while (r == 0 && (x = obj_next(it)) != VAL_NULL) {
        r = obj_contains(args[0], x);
        DECREF(x);
    }
    DECREF(it);
    if (r < 0 || err_occurred()) return VAL_NULL;
    return NEWREF(VAL_BOOL(!r));
}

static int dictview_hash(Value self, int64_t *out) {
    (void)out;
    err_format(&exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

static const MethodDef dictview_set_methods[] = {
    {"isdisjoint", dictview_m_isdisjoint, 0},
    {"__reversed__", dictview_m_reversed, 0},
    {NULL, NULL, 0},
};

static const MethodDef dictview_methods[] = {
    {"__reversed__", dictview_m_reversed, 0},
    {NULL, NULL, 0},
};

#define DICTVIEW_SET_TYPE(cname, pyname, containsfn)                                          \
    Type cname = {                                                                            \
        .hdr = OBJ_HEAD_INIT(&type_type),                                                     \
        .name = pyname,                                                                       \
        .basicsize = sizeof(DictViewObj),                                                     \
        .dealloc = dictview_dealloc,                                                          \
        .traverse = dictview_traverse,                                                        \
        .repr = dictview_repr,                                                                \
        .hash = dictview_hash,                                                                \
        .richcompare = dictview_richcompare,                                                  \
        .iter = dictview_iter,                                                                \
        .len = dictview_len,                                                                  \
        .contains = containsfn,                                                               \
        .binop = {[BINOP_AND] = dictview_and, [BINOP_OR] = dictview_or,                       \
                  [BINOP_SUB] = dictview_sub, [BINOP_XOR] = dictview_xor},                    \
        .methods = dictview_set_methods,                                                      \
    };
DICTVIEW_SET_TYPE(dict_keys_type, "dict_keys", dictkeys_contains)
DICTVIEW_SET_TYPE(dict_items_type, "dict_items", dictitems_contains)

Type dict_values_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "dict_values",
    .basicsize = sizeof(DictViewObj),
    .dealloc = dictview_dealloc,
    .traverse = dictview_traverse,
    .repr = dictview_repr,
    .iter = dictview_iter,
    .len = dictview_len,
    .methods = dictview_methods,
};

int dict_init_types(void) {
    Type *types[] = {
        &dict_type, &dict_keys_type, &dict_values_type, &dict_items_type,
        &dict_keyiterator_type, &dict_valueiterator_type, &dict_itemiterator_type,
        &dict_revkeyiterator_type, &dict_revvalueiterator_type, &dict_revitemiterator_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return -1;
    return 0;
}
