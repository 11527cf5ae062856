/* bytes.h - immutable byte strings (and bytearray). */
#ifndef BATON_BYTES_H
#define BATON_BYTES_H

#include "object.h"

typedef struct { Obj hdr; size_t len; int64_t hash; unsigned char data[]; } BytesObj;
#define IS_BYTES(v) (IS_OBJ(v) && AS_OBJ(v)->type == &bytes_type)
#define BYTES_DATA(v) (((BytesObj *)AS_OBJ(v))->data)
#define BYTES_LEN(v) (((BytesObj *)AS_OBJ(v))->len)

Value bytes_from(const void *data, size_t len);
int bytes_init_types(void);

#endif
