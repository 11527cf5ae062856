/* codegen.h - AST + symbol table -> Code objects. */
#ifndef BATON_CODEGEN_H
#define BATON_CODEGEN_H

#include "ast.h"
#include "code.h"
#include "symtable.h"

/* A SyntaxError found while generating code ('break' outside loop, ...):
 * the message and the node range (byte columns, 0-based, as in ast.h). */
typedef struct {
    const char *msg;
    int lineno, col_offset, end_lineno, end_col_offset;
    char buf[256];
} CodegenError;

/* Generate the code object for mod (Module, Expression or Interactive per
 * mode). Returns the Code, or VAL_NULL: with err->msg set for a
 * SyntaxError (no exception set), else with an exception set. */
Value codegen_module(const Node *mod, SymTable *st, Value filename, CompileMode mode,
                     CodegenError *err);

#endif
