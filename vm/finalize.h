/* finalize.h - tearing the modules down at interpreter exit.
 *
 * What a program can observe of CPython 3.11's shutdown is the order in
 * which the objects its modules hold die (and so their __del__ methods
 * run); finalize.c follows that order. */
#ifndef BATON_FINALIZE_H
#define BATON_FINALIZE_H

/* After the non-daemon threads were joined and the GIL was closed to every
 * other thread (gil_begin_shutdown): one collection, then every module's
 * globals released (CPython's finalize_modules), the caller holding the
 * GIL. Objects stay valid for whatever still refers to them. */
void finalize_interpreter(void);

#endif
