/* instattr.h - instance attributes kept as values beside names shared by the class.
 *
 * Most instances of a class get the same attributes, in the same order, from
 * its __init__. Instead of a dict per instance (three blocks: the object, its
 * index and its entries, and a hash probe per access), a class whose instances
 * have a __dict__ slot of their own making (TYPE_INSTANCE_VALUES) keeps one
 * list of attribute names, its InstKeys, and each instance an InstValues
 * array: v[i] is the instance's value for keys->names[i], or VAL_NULL. An
 * inline cache then reaches an attribute with one index (eval.c), and the
 * collector walks a flat array.
 *
 * Invariants (all state here is protected by the GIL, like refcounts):
 *  - The word at the type's dictoffset holds the instance's dict, the next
 *    word its InstValues pointer. At most one of them is set: once an
 *    instance needs a real dict (its __dict__ is asked for, it is given more
 *    names than INSTATTR_MAX_KEYS, a name that is not an exact str, or an
 *    order the values cannot express) its values move into a dict for good:
 *    it is "materialized".
 *  - An instance's attributes in insertion order are its set slots in index
 *    order. A store that would break this (re-adding a deleted name after
 *    later ones) materializes the instance first.
 *  - A class's names are interned exact strs. The list only grows, so an
 *    index found once stays the name's index for the life of the class.
 *    Adding a name that a class attribute also has bumps the class version,
 *    so caches that assumed no instance shadows that attribute (LOAD_METHOD)
 *    are dropped.
 *  - The values of an instance allocated when its class already knew n names
 *    live inside the instance (room for n); other values, and values that
 *    outgrow that room, live in a block of their own. */
#ifndef BATON_INSTATTR_H
#define BATON_INSTATTR_H

#include "object.h"

#define INSTATTR_MAX_KEYS 30

typedef struct InstKeys {
    uint32_t len, capacity;
    Value names[];        /* owned references to interned strs */
} InstKeys;

typedef struct {
    uint32_t capacity;
    uint32_t is_inline;   /* inside the instance: never freed on its own */
    Value v[];            /* owned references or VAL_NULL */
} InstValues;

static inline Value *instattr_dict_slot(Obj *o, const Type *t) {
    return (Value *)((char *)o + t->dictoffset);
}

static inline InstValues **instattr_values_slot(Obj *o, const Type *t) {
    return (InstValues **)((char *)o + t->dictoffset + sizeof(Value));
}

/* The value of slot i of o, a TYPE_INSTANCE_VALUES instance of t (borrowed),
 * or VAL_NULL: unset, or o is materialized. */
static inline Value instattr_value_at(Obj *o, const Type *t, uint32_t i) {
    InstValues *iv = *instattr_values_slot(o, t);
    return iv != NULL && i < iv->capacity ? iv->v[i] : VAL_NULL;
}

/* Whether no slot after i is set: storing into an empty slot i keeps the
 * insertion order. */
static inline bool instattr_is_last(const InstValues *iv, uint32_t i) {
    for (uint32_t j = i + 1; j < iv->capacity; j++)
        if (iv->v[j] != VAL_NULL) return false;
    return true;
}

/* The extra bytes to allocate for an instance of t so that its values fit
 * inside it (0: none, t does not know its names yet). */
size_t instattr_inline_size(const Type *t);
/* Point a freshly allocated instance o of t (with instattr_inline_size(t)
 * extra zeroed bytes at t->basicsize) at its inline values. */
void instattr_init_inline(Obj *o, const Type *t);
/* The index of name among t's names, or -1. */
ssize_t instattr_key_index(const Type *t, Value name);
/* o's attribute name (borrowed), or VAL_NULL if unset; sets no exception. */
Value instattr_get(Obj *o, const Type *t, Value name);
/* Store v as o's attribute name; v == VAL_NULL deletes it. Returns 0, or 1
 * when the name to delete is not set (no exception), or -1 on error. */
int instattr_set(Obj *o, const Type *t, Value name, Value v);
/* o's dict slot after moving its values into a dict, if it had any; the
 * slot still holds VAL_NULL if o has no attributes at all. */
Value *instattr_materialize(Obj *o, const Type *t);
/* Drop o's values (dealloc, or the collector breaking a cycle). */
void instattr_clear(Obj *o, const Type *t);
void instattr_traverse(Obj *o, const Type *t, VisitFn visit, void *arg);
void instattr_free_keys(Type *t);

#endif
