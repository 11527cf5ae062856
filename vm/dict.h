/* dict.h - insertion-ordered hash tables (the compact layout of CPython 3.6+). */
#ifndef BATON_DICT_H
#define BATON_DICT_H

#include "object.h"
#include "int.h"
#include "str.h"

typedef struct { int64_t hash; Value key, value; } DictEntry; /* key VAL_NULL: deleted */
typedef struct {
    Obj hdr;
    size_t used;          /* live entries */
    size_t nentries;      /* entries used in `entries`, deleted included */
    size_t capacity;      /* size of entries[] */
    size_t mask;          /* index table size - 1 */
    void *index;          /* open-addressing table of indexes into entries */
    DictEntry *entries;
    uint64_t version;     /* bumped on every change (for inline caches) */
} DictObj;
#define IS_DICT(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &dict_type || type_is_subtype(AS_OBJ(v)->type, &dict_type)))
#define DICT_LEN(v) (((DictObj *)AS_OBJ(v))->used)

/* hash(key) with the int and str fast paths, inline because every dict and
 * set lookup starts with it (shared by dict.c and set.c). */
static inline int dict_hash_key(Value key, int64_t *hash) {
    if (IS_SMALLINT(key)) {
        *hash = int_hash(key);
        return 0;
    }
    if (AS_OBJ(key)->type == &str_type) {
        int64_t h = ((StrObj *)AS_OBJ(key))->hash;
        *hash = h != -1 ? h : str_hash(key);
        return 0;
    }
    return obj_hash(key, hash);
}

Value dict_new(void);
/* Lookups return a BORROWED value or VAL_NULL; "_opt" variants set no
 * exception when absent (but may fail in __eq__/__hash__: check err_occurred). */
Value dict_get(Value d, Value key);                 /* VAL_NULL: absent or error */
Value dict_get_str(Value d, Value strkey);          /* fast path for str keys */
Value dict_get_cstr(Value d, const char *key);
int dict_set(Value d, Value key, Value value);      /* increfs both */
int dict_set_cstr(Value d, const char *key, Value value);
int dict_del(Value d, Value key);                   /* KeyError if absent */
int dict_contains(Value d, Value key);
int dict_update(Value d, Value other);              /* mapping or iterable of pairs */
Value dict_copy(Value d);
void dict_clear(Value d);
/* Iterate: size_t pos = 0; Value k, v; while (dict_next(d, &pos, &k, &v)) {...}
 * k and v are borrowed. */
bool dict_next(Value d, size_t *pos, Value *key, Value *value);
Value dict_keys_list(Value d);
int dict_init_types(void);
/* 0 if v may replace an object's __dict__ (any dict), else -1 with the
 * TypeError of CPython's generic __dict__ setter; VAL_NULL (a deletion) is
 * refused. */
int dict_check_attr_dict(Value v);

/* Added by containers. */
/* The entries[] index of a str key, or -1 when absent: with `version`
 * unchanged, D->entries[ix].value stays the key's value (inline caches). */
ssize_t dict_lookup_index_str(Value d, Value key);
extern Type dict_keys_type, dict_values_type, dict_items_type;

#endif
