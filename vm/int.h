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
/* GMP keeps a number's size in an int counting 64-bit limbs and aborts the
 * process past it: before an operation whose result could have more than
 * `bits` bits, this raises MemoryError (CPython's answer for a number it
 * cannot allocate) and returns true if that is past the limit. */
bool int_result_too_big(uint64_t bits);
void int_to_mpz(Value v, mpz_t out);          /* out must be mpz_init'ed; bool ok */
int int_sign(Value v);
Value int_repr_base(Value v, int base);       /* str in base 2/8/10/16 without prefix */
int64_t int_hash(Value v);                    /* CPython's: modulo 2**61 - 1 */
int int_init_types(void);          /* type_ready()s int, bool and float */

/* Added by numbers (int.c). */
Value int_abs(Value v);                       /* abs(v) for an int or bool */
Value int_divmod(Value a, Value b);           /* divmod(a, b) for ints; NotImplemented otherwise */
/* pow(base, exp, mod): all ints (TypeError otherwise), modular inverse for
 * exp < 0 ("base is not invertible for the given modulus"). */
Value int_pow_mod(Value base, Value exp, Value mod);
int int_cmp_double(Value v, double d);        /* exact: -1, 0, 1; 2 when d is NaN */
/* a/b correctly rounded (b != 0); *overflow set when beyond the double range. */
double int_mpz_ratio_double(mpz_srcptr a, mpz_srcptr b, bool *overflow);
/* The UTF-8 text s with Unicode decimal digits and spaces made ASCII (what
 * int() and float() parse); malloc'ed (mem_free), length in *outlen. */
char *int_ascii_numeric(const char *s, size_t len, size_t *outlen);

#endif
