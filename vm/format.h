/* format.h - the format-spec mini-language (format(), str.format, f-strings)
 * and printf-style number conversions (the % operator), as CPython 3.11.
 *
 * Spec grammar: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 * Errors are CPython's ValueErrors, e.g.
 * "Unknown format code 'd' for object of type 'float'". */
#ifndef BATON_FORMAT_H
#define BATON_FORMAT_H

#include "object.h"

/* format(v, spec) for an int or bool v (spec a str, may be empty). */
Value format_int(Value v, Value spec);
/* format(d, spec) for a float; an empty spec gives repr(d). */
Value format_float(double d, Value spec);
/* format(s, spec) for a str s. */
Value format_str(Value s, Value spec);

/* Flags of printf-style conversions. */
#define FMT_LEFT 0x01   /* '-' */
#define FMT_PLUS 0x02   /* '+' */
#define FMT_SPACE 0x04  /* ' ' */
#define FMT_ALT 0x08    /* '#' */
#define FMT_ZERO 0x10   /* '0' */

/* One printf-style conversion of a number: conv is one of d i u o x X e E f F
 * g G c; width 0 and precision -1 when absent. Errors as CPython's:
 * "%d format: a real number is required, not str",
 * "%x format: an integer is required, not float". */
Value format_printf_number(Value v, char conv, int flags, int width, int precision);

#endif
