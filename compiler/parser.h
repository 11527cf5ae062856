/* parser.h - source text -> AST.
 *
 * A recursive-descent parser (precedence climbing for binary operators)
 * over the tokens of lexer.h, building the nodes of ast.h in an arena.
 * Syntax errors carry CPython 3.11's messages and positions.
 *
 * Errors left to the compiler (they are not syntax errors in ast.parse
 * either): 'return'/'yield'/'await' outside function, 'break'/'continue'
 * outside loop, nonlocal at module level, "can't use starred expression
 * here" for a lone `*x` value. The parser does check assignment targets,
 * argument order, duplicate parameter names, and starred assignment
 * targets ("multiple starred expressions in assignment", "starred
 * assignment target must be in a list or tuple").
 */
#ifndef BATON_PARSER_H
#define BATON_PARSER_H

#include <stddef.h>

#include "ast.h"
#include "lexer.h"

typedef enum {
    PARSE_FILE,   /* a module: Module(body=[...]) */
    PARSE_EVAL,   /* one expression list (eval): Expression(body=...) */
    PARSE_SINGLE  /* one interactive statement (REPL): Interactive(body=[...]) */
} ParseMode;

/* Parse src[0..len). On success returns 0 and *out is the root node
 * (allocated in arena). On error returns -1 with *err filled in; then
 * err->incomplete is set when the input merely ended too early (an open
 * bracket, triple-quoted string or block), so a REPL should read more.
 * Never crashes or recurses without bound on any input. */
int parse_source(const char *src, size_t len, ParseMode mode, Arena *arena, Node **out,
                 SyntaxErr *err);

#endif
