/* int.h - arbitrary-precision int: small ints in the word, GMP behind them.
 * bool is a subclass: True/False are IntObj-free singletons handled here too. */
#ifndef BATON_INT_H
#define BATON_INT_H

#include <gmp.h>
#include "object.h"

/* A boxed int: only for values outside [SMALLINT_MIN, SMALLINT_MAX]. */
typedef struct { Obj hdr; mpz_t z; } IntObj;
typedef struct { Obj hdr; } BoolObj;
extern BoolObj true_obj, false_obj;
#define VAL_TRUE OBJ_VAL(&true_obj)
#define VAL_FALSE OBJ_VAL(&false_obj)
#define VAL_BOOL(b) ((b) ? VAL_TRUE : VAL_FALSE)

#define IS_INT(v) (IS_SMALLINT(v) || type_is_subtype(AS_OBJ(v)->type, &int_type))
#define IS_BOOL(v) ((v) == VAL_TRUE || (v) == VAL_FALSE)

Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_mpz(const mpz_t z);          /* copies; normalises to a small int */
Value int_from_double(double d);            /* truncates; OverflowError for inf, ValueError for nan */
/* Parse like int(s, base): base 0 honours 0x/0o/0b prefixes; underscores as
 * in Python. ValueError "invalid literal for int() with base 10: 's'". */
Value int_from_string(const char *s, size_t len, int base);
/* Value as C integer: OverflowError "Python int too large to convert to C long". */
int int_as_i64(Value v, int64_t *out);
double int_as_double(Value v, bool *overflow); /* overflow: the int is too large */
void int_to_mpz(Value v, mpz_t out);          /* out must be mpz_init'ed; bool ok */
int int_sign(Value v);
Value int_repr_base(Value v, int base);       /* str in base 2/8/10/16 without prefix */
int64_t int_hash(Value v);                    /* CPython's: modulo 2**61 - 1 */
int int_init_types(void);

#endif
