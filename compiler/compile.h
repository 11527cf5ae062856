/* compile.h - source text -> Code object: parse, symtable, codegen. */
#ifndef BATON_COMPILE_H
#define BATON_COMPILE_H

#include <stdbool.h>

#include "code.h"

/* The CompileFn of vm/code.h (cli/ installs it with vm_set_compiler).
 * Returns a Code object, or VAL_NULL with SyntaxError (IndentationError,
 * TabError) set, carrying filename, line, offset and the source line. */
Value compile_source(const char *src, size_t len, const char *filename, CompileMode mode);

/* For the REPL: like compile_source(..., COMPILE_SINGLE), but when the
 * input merely ends too early (an open bracket, block or triple-quoted
 * string) returns VAL_NULL with NO exception set and *incomplete true. */
Value compile_interactive(const char *src, size_t len, const char *filename, bool *incomplete);

/* The AnchorFn of vm/traceback.h (cli/ installs it): where CPython 3.11
 * puts the `^` under a traceback segment that parses as one expression
 * statement: a BinOp's operator or a Subscript's brackets, as byte offsets
 * [*left, *right) into seg. false for any other segment. */
bool compile_caret_anchors(const char *seg, size_t len, int *left, int *right);

#endif
