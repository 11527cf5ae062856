/* set.h - set and frozenset: open addressing, iteration in table order as
 * CPython's (so printing {3, 1, 2} gives {1, 2, 3} like python3). */
#ifndef BATON_SET_H
#define BATON_SET_H

#include "object.h"

#define IS_SET(v) (IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &set_type))
#define IS_FROZENSET(v) (IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &frozenset_type))
#define IS_ANYSET(v) (IS_SET(v) || IS_FROZENSET(v))

Value set_new(Value iterable);          /* iterable may be VAL_NULL */
Value frozenset_new(Value iterable);
int set_add(Value set, Value key);
int set_update(Value set, Value iterable);  /* set |= iterable, as CPython's set_update */
int set_discard(Value set, Value key);  /* 1 removed, 0 absent */
int set_contains(Value set, Value key);
bool set_next(Value set, size_t *pos, Value *key); /* borrowed key */
ssize_t set_size(Value set);
int set_init_types(void);

/* Added by containers. */
extern Type set_iterator_type;

#endif
