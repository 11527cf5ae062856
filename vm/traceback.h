/* traceback.h - printing exceptions the way CPython 3.11 does.
 *
 * err_print / err_print_exc / err_write_unraisable (error.h) are
 * implemented in traceback.c on top of these. */
#ifndef BATON_TRACEBACK_H
#define BATON_TRACEBACK_H

#include "object.h"

/* Remember the source text of a file that is not on disk ("<stdin>" for
 * the REPL) so tracebacks can quote its lines. filename must be the very
 * str object the code compiled from src carries (Code.filename): only that
 * code quotes the text, so code from an earlier text registered under an
 * equal name (an earlier REPL input) is shown without a source line rather
 * than with a wrong one. The text is copied; registering again replaces it. */
void traceback_register_source(Value filename, const char *src, size_t len);

/* Interpreter shutdown has removed the modules: from now on tracebacks
 * quote no source lines, as CPython's cannot once its import system (which
 * reads them) is gone. */
void traceback_stop_quoting(void);

/* Finds where the `^` go under a traceback source segment (see
 * compile_caret_anchors): byte offsets [*left, *right) into seg, or false
 * for none. vm/ cannot call the parser itself, so cli/ installs it. */
typedef bool (*AnchorFn)(const char *seg, size_t len, int *left, int *right);
void traceback_set_anchor_fn(AnchorFn fn);

/* The full report CPython prints for exc (borrowed): chained exceptions,
 * "Traceback (most recent call last):", the frames with their source lines,
 * and the "Type: message" line, each line ending in "\n". New str, or
 * VAL_NULL with an exception set. */
Value traceback_format(Value exc);

#endif
