/* instattr.c - instance attributes kept as values beside names shared by the
 * class (see instattr.h for the layout and its invariants). */
#include <string.h>

#include "instattr.h"
#include "dict.h"
#include "gc.h"
#include "str.h"

#define INSTATTR_MIN_VALUES 4

size_t instattr_inline_size(const Type *t) {
    const InstKeys *k = t->inst_keys;
    return k != NULL && k->len > 0 ? sizeof(InstValues) + k->len * sizeof(Value) : 0;
}

void instattr_init_inline(Obj *o, const Type *t) {
    InstValues *iv = (InstValues *)((char *)o + t->basicsize);
    iv->capacity = t->inst_keys->len;
    iv->is_inline = 1;
    *instattr_values_slot(o, t) = iv;
}

ssize_t instattr_key_index(const Type *t, Value name) {
    const InstKeys *k = t->inst_keys;
    if (k == NULL) return -1;
    for (uint32_t i = 0; i < k->len; i++)
        if (k->names[i] == name) return i;
    /* An interned name is the only str object with its text. */
    if (((StrObj *)AS_OBJ(name))->interned) return -1;
    for (uint32_t i = 0; i < k->len; i++)
        if (str_eq(k->names[i], name)) return i;
    return -1;
}

Value instattr_get(Obj *o, const Type *t, Value name) {
    ssize_t i = instattr_key_index(t, name);
    return i >= 0 ? instattr_value_at(o, t, (uint32_t)i) : VAL_NULL;
}

/* Append name to t's names: its new index, or -1 when t takes no more names
 * (full, or name is a str subclass, which only a dict may hold). */
static ssize_t instattr_add_key(Type *t, Value name) {
    InstKeys *k = t->inst_keys;
    if (AS_OBJ(name)->type != &str_type || (k != NULL && k->len >= INSTATTR_MAX_KEYS)) return -1;
    if (k == NULL || k->len == k->capacity) {
        uint32_t cap = k == NULL ? INSTATTR_MIN_VALUES : k->capacity * 2;
        if (cap > INSTATTR_MAX_KEYS) cap = INSTATTR_MAX_KEYS;
        k = mem_realloc(k, sizeof(InstKeys) + cap * sizeof(Value));
        if (t->inst_keys == NULL) k->len = 0;
        k->capacity = cap;
        t->inst_keys = k;
    }
    Value key = str_intern(NEWREF(name));
    k->names[k->len] = key;
    /* An instance may now shadow the class attribute key: see instattr.h. */
    if (type_lookup(t, key) != VAL_NULL) type_modified(t);
    return k->len++;
}

/* Release the values of a detached array: the references go, and so does
 * the block unless it lies inside its instance. */
static void instattr_release(InstValues *iv) {
    for (uint32_t i = 0; i < iv->capacity; i++) XDECREF(iv->v[i]);
    if (!iv->is_inline) mem_small_free(iv);
}

/* o's values array with room for slot i: a new block (the old values moved
 * into it) when o has none or too small a one. */
static InstValues *instattr_reserve(Obj *o, const Type *t, uint32_t i) {
    InstValues **slot = instattr_values_slot(o, t);
    InstValues *old = *slot;
    if (old != NULL && i < old->capacity) return old;
    uint32_t cap = t->inst_keys->len + t->inst_keys->len / 2;
    if (cap < INSTATTR_MIN_VALUES) cap = INSTATTR_MIN_VALUES;
    if (cap <= i) cap = i + 1;
    InstValues *iv = mem_small_alloc(sizeof(InstValues) + cap * sizeof(Value));
    iv->capacity = cap;
    iv->is_inline = 0;
    uint32_t kept = old != NULL ? old->capacity : 0;
    if (kept > 0) memcpy(iv->v, old->v, kept * sizeof(Value));
    memset(iv->v + kept, 0, (cap - kept) * sizeof(Value));
    if (old != NULL && !old->is_inline) mem_small_free(old);
    *slot = iv;
    return iv;
}

Value *instattr_materialize(Obj *o, const Type *t) {
    Value *dp = instattr_dict_slot(o, t);
    InstValues **slot = instattr_values_slot(o, t);
    InstValues *iv = *slot;
    if (iv == NULL) return dp;
    Value d = gc_instance_dict_new();
    for (uint32_t i = 0; i < iv->capacity; i++)
        if (iv->v[i] != VAL_NULL) dict_set(d, t->inst_keys->names[i], iv->v[i]);
    *slot = NULL;
    *dp = d;
    instattr_release(iv);
    return dp;
}

/* Delete o's attribute at index i (-1: not a name of the class): 1 if it
 * is not set. */
static int instattr_delete(Obj *o, const Type *t, ssize_t i) {
    if (i < 0 || instattr_value_at(o, t, (uint32_t)i) == VAL_NULL) return 1;
    Value *p = &(*instattr_values_slot(o, t))->v[i];
    Value old = *p;
    *p = VAL_NULL;
    DECREF(old);
    return 0;
}

int instattr_set(Obj *o, const Type *t, Value name, Value v) {
    ssize_t i = instattr_key_index(t, name);
    if (v == VAL_NULL) return instattr_delete(o, t, i);
    if (i < 0) i = instattr_add_key((Type *)t, name);
    if (i >= 0) {
        InstValues *iv = instattr_reserve(o, t, (uint32_t)i);
        Value *p = &iv->v[i];
        if (*p != VAL_NULL) {
            SETREF(*p, NEWREF(v));
            return 0;
        }
        if (instattr_is_last(iv, (uint32_t)i)) {
            *p = NEWREF(v);
            return 0;
        }
    }
    Value *dp = instattr_materialize(o, t);
    if (*dp == VAL_NULL) *dp = gc_instance_dict_new();
    return dict_set(*dp, name, v);
}

void instattr_clear(Obj *o, const Type *t) {
    InstValues **slot = instattr_values_slot(o, t);
    InstValues *iv = *slot;
    if (iv == NULL) return;
    *slot = NULL;
    instattr_release(iv);
}

void instattr_traverse(Obj *o, const Type *t, VisitFn visit, void *arg) {
    const InstValues *iv = *instattr_values_slot(o, t);
    if (iv == NULL) return;
    for (uint32_t i = 0; i < iv->capacity; i++)
        if (gc_may_refer(iv->v[i])) visit(iv->v[i], arg);
}

void instattr_free_keys(Type *t) {
    InstKeys *k = t->inst_keys;
    if (k == NULL) return;
    t->inst_keys = NULL;
    for (uint32_t i = 0; i < k->len; i++) DECREF(k->names[i]);
    mem_free(k);
}
