/* bytes.h - immutable byte strings (and bytearray). */
#ifndef BATON_BYTES_H
#define BATON_BYTES_H

#include "object.h"

typedef struct { Obj hdr; size_t len; int64_t hash; unsigned char data[]; } BytesObj;
#define IS_BYTES(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &bytes_type || type_is_subtype(AS_OBJ(v)->type, &bytes_type)))
#define BYTES_DATA(v) (((BytesObj *)AS_OBJ(v))->data)
#define BYTES_LEN(v) (((BytesObj *)AS_OBJ(v))->len)

Value bytes_from(const void *data, size_t len);
/* x.__bytes__() for an instance of a class statement, checked to be a
 * bytes; VAL_NULL with no exception set when x is of a built-in type (whose
 * callers take bytes-like objects directly) or its class has no __bytes__. */
Value bytes_from_dunder(Value x);

/* Additions by the strings engineer: bytearray, the mutable variant. */
typedef struct { Obj hdr; size_t len, cap; unsigned char *data; } ByteArrayObj;
#define IS_BYTEARRAY(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &bytearray_type || \
                                        type_is_subtype(AS_OBJ(v)->type, &bytearray_type)))
#define BYTEARRAY_DATA(v) (((ByteArrayObj *)AS_OBJ(v))->data)
#define BYTEARRAY_LEN(v) (((ByteArrayObj *)AS_OBJ(v))->len)
Value bytearray_from(const void *data, size_t len);
int bytes_init_types(void);

#endif
