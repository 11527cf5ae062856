/* tuple.h - immutable sequences. */
#ifndef BATON_TUPLE_H
#define BATON_TUPLE_H

#include "object.h"

typedef struct { Obj hdr; size_t len; int64_t hash_cache; Value items[]; } TupleObj;
#define IS_TUPLE(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &tuple_type || type_is_subtype(AS_OBJ(v)->type, &tuple_type)))
#define TUPLE_LEN(v) (((TupleObj *)AS_OBJ(v))->len)
#define TUPLE_ITEMS(v) (((TupleObj *)AS_OBJ(v))->items)
#define TUPLE_GET(v, i) (((TupleObj *)AS_OBJ(v))->items[i])

Value tuple_new(size_t len);                 /* items VAL_NULL: fill with TUPLE_SET */
#define TUPLE_SET(t, i, v) (((TupleObj *)AS_OBJ(t))->items[i] = (v)) /* steals v */
Value tuple_from_array(const Value *items, size_t n); /* increfs items */
Value tuple_pack(size_t n, ...);             /* increfs the Values */
Value tuple_pack_steal(size_t n, ...);       /* steals the Values (new references) */
Value tuple_empty(void);                     /* new ref to the shared () */
Value tuple_from_iterable(Value it);
int tuple_init_types(void);

/* Added by containers. */
extern Type tuple_iterator_type;

#endif
