/* float.h - boxed doubles with a free list. */
#ifndef BATON_FLOAT_H
#define BATON_FLOAT_H

#include "object.h"

typedef struct { Obj hdr; double d; } FloatObj;
#define IS_FLOAT(v) (IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &float_type))
#define FLOAT_VAL(v) (((FloatObj *)AS_OBJ(v))->d)

Value float_from_double(double d);
/* Number -> double (int, bool, float, or __float__); TypeError "must be real number, not str". */
int float_as_double(Value v, double *out);
/* repr as CPython: shortest string that round-trips ("0.1", "1e+16", "inf", "nan"). */
Value float_repr_str(double d);
size_t float_repr_buf(double d, char *buf, size_t size); /* same into a buffer */
Value float_from_string(const char *s, size_t len);     /* float("1.5"); ValueError */
int64_t float_hash(double d);                            /* equal to int_hash for integral values */

/* Added by numbers (float.c). */
Value float_abs(Value v);                   /* abs(v) for a float */
Value float_divmod(Value a, Value b);       /* divmod() with a float operand; NotImplemented otherwise */

#endif
