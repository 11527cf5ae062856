/* error.h - raising, testing and clearing the current exception.
 *
 * The current exception lives in the calling thread's ThreadState (thread.h):
 * ts->exc holds the exception INSTANCE being raised, or VAL_NULL. Every
 * function that fails sets it and returns VAL_NULL / -1 (object.h).
 */
#ifndef BATON_ERROR_H
#define BATON_ERROR_H

#include "object.h"
#include "exc.h"

/* Raise type(message). Formats like printf with these extras:
 *   %s C string, %d/%i/%u/%x/%X int with the length modifiers h, l, ll, z,
 *   %c a code point, %p pointer, %R repr(Value), %S str(Value), %T type name
 *   of a Value, %U a str Value.
 * Flags '-' and '0', a width and a precision ('*' = an int argument) work as
 * in printf; for the text conversions they count code points (except %.Ns,
 * whose precision limits the bytes read). An unknown spec stops formatting:
 * the rest of the format appears verbatim in the message.
 * Always returns VAL_NULL so that `return err_format(...)` works. */
Value err_format(Type *type, const char *fmt, ...);
Value err_vformat(Type *type, const char *fmt, va_list ap);
Value err_set_str(Type *type, const char *msg);
Value err_set_none(Type *type);          /* raise type() */
Value err_set_value(Type *type, Value v);/* raise type(v) */
Value err_set_obj(Value exc);            /* raise this instance (borrowed), or a class */
Value err_no_memory(void);
Value err_from_errno(Type *type, int errnum, const char *filename); /* OSError family by errno */
int err_set_int(Type *type, const char *msg); /* same, returning -1 */

bool err_occurred(void);
bool err_matches(Type *type);    /* current exception is an instance of type */
Value err_fetch(void);           /* take the current exception (owned); clears it */
void err_restore(Value exc);     /* steal exc and make it current (VAL_NULL: clear) */
void err_clear(void);
/* Chain: when raising while handling, the new exception's __context__ is the
 * handled one; the raising site calls this (eval.c does for RAISE). */
void err_set_context(Value exc, Value context);

/* Print the current exception and its traceback to stderr in CPython's
 * format, then clear it (traceback.c). */
void err_print(void);
void err_print_exc(Value exc);   /* print this exception (borrowed) */
/* Write a message to stderr about an exception that cannot be raised
 * (e.g. in a destructor): "Exception ignored in: ..." */
void err_write_unraisable(Value exc, const char *where);

#endif
