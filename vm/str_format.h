/* str_format.h - str.format() and printf-style `%` formatting of str and
 * bytes (str_format.c). */
#ifndef BATON_STR_FORMAT_H
#define BATON_STR_FORMAT_H

#include "object.h"

/* fmt.format(*args, **kwargs): args/nargs/kwnames as a CFunc, args[0] is fmt. */
Value str_format_method(Value *args, size_t nargs, Value kwnames);
/* fmt.format_map(mapping) */
Value str_format_map(Value *args, size_t nargs, Value kwnames);
/* fmt % values (values: a tuple, a mapping, or one value). */
Value str_printf_format(Value fmt, Value values);
/* fmt % values for a bytes or bytearray fmt; the result has fmt's type. */
Value bytes_printf_format(Value fmt, Value values);

#endif
