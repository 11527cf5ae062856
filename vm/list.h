/* list.h - mutable sequences. */
#ifndef BATON_LIST_H
#define BATON_LIST_H

#include "object.h"

typedef struct { Obj hdr; size_t len, cap; Value *items; } ListObj;
#define IS_LIST(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &list_type || type_is_subtype(AS_OBJ(v)->type, &list_type)))
#define LIST_LEN(v) (((ListObj *)AS_OBJ(v))->len)
#define LIST_ITEMS(v) (((ListObj *)AS_OBJ(v))->items)
#define LIST_GET(v, i) (((ListObj *)AS_OBJ(v))->items[i])

Value list_new(size_t len);                  /* len items, VAL_NULL: fill with LIST_SET */
#define LIST_SET(l, i, v) (((ListObj *)AS_OBJ(l))->items[i] = (v)) /* steals v */
int list_append(Value list, Value v);        /* increfs v */
int list_extend(Value list, Value iterable);
Value list_from_iterable(Value it);
int list_sort(Value list, Value key, bool reverse); /* stable; key may be VAL_NULL */
Value list_as_tuple(Value list);
int list_init_types(void);

#endif
