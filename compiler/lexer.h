/* lexer.h - the tokenizer: source bytes -> Python tokens.
 *
 * The lexer produces tokens one at a time (lexer_next), with the layout
 * tokens NEWLINE / INDENT / DEDENT computed as CPython does: blank and
 * comment-only lines produce nothing, newlines inside brackets and after a
 * backslash are ignored, the input ends with NEWLINE (if missing), the
 * pending DEDENTs and ENDMARKER. Keywords are their own token kinds; the
 * soft keywords (match, case, _) are plain NAMEs. A string token is the raw
 * literal text including prefix and quotes; the parser decodes it.
 */
#ifndef BATON_LEXER_H
#define BATON_LEXER_H

#include <stdbool.h>
#include <stddef.h>

/* A syntax error with CPython's message and position: lineno is 1-based,
 * col is CPython's SyntaxError.offset (1-based, in characters), end_lineno /
 * end_col likewise (0 when unknown). incomplete: the error is an unexpected
 * end of input inside an open construct (a REPL should read more lines). */
typedef struct {
    char msg[256];
    int lineno, col, end_lineno, end_col;
    bool indentation_error;
    bool tab_error;
    bool incomplete;
} SyntaxErr;

#define TOKEN_LIST(X) \
    X(ENDMARKER, "end of input") X(NAME, "name") X(NUMBER, "number") \
    X(STRING, "string") X(NEWLINE, "newline") X(INDENT, "indent") \
    X(DEDENT, "dedent") X(ERRORTOKEN, "error") \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") \
    X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") \
    X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") \
    X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") \
    X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") \
    X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, "//=") X(AT, "@") \
    X(ATEQUAL, "@=") X(RARROW, "->") X(ELLIPSIS, "...") \
    X(COLONEQUAL, ":=") X(EXCLAMATION, "!") \
    X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") \
    X(KW_AND, "and") X(KW_AS, "as") X(KW_ASSERT, "assert") \
    X(KW_ASYNC, "async") X(KW_AWAIT, "await") X(KW_BREAK, "break") \
    X(KW_CLASS, "class") X(KW_CONTINUE, "continue") X(KW_DEF, "def") \
    X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else") \
    X(KW_EXCEPT, "except") X(KW_FINALLY, "finally") X(KW_FOR, "for") \
    X(KW_FROM, "from") X(KW_GLOBAL, "global") X(KW_IF, "if") \
    X(KW_IMPORT, "import") X(KW_IN, "in") X(KW_IS, "is") \
    X(KW_LAMBDA, "lambda") X(KW_NONLOCAL, "nonlocal") X(KW_NOT, "not") \
    X(KW_OR, "or") X(KW_PASS, "pass") X(KW_RAISE, "raise") \
    X(KW_RETURN, "return") X(KW_TRY, "try") X(KW_WHILE, "while") \
    X(KW_WITH, "with") X(KW_YIELD, "yield")

typedef enum {
#define TOKEN_ENUM(name, text) TOK_##name,
    TOKEN_LIST(TOKEN_ENUM)
#undef TOKEN_ENUM
    TOK_COUNT
} TokKind;

/* Positions: lineno 1-based, col 0-based byte offset in its line; the end
 * is exclusive. start/len is the token's text in the source (for DEDENT,
 * NEWLINE at EOF and ENDMARKER, len is 0). */
typedef struct {
    TokKind kind;
    const char *start;
    size_t len;
    int lineno, col, end_lineno, end_col;
} Token;

#define LEXER_MAX_INDENT 100   /* nested indentation levels */
#define LEXER_MAX_PAREN 200    /* nested brackets: "too many nested parentheses" */

typedef struct {
    const char *src, *end;     /* the whole input */
    const char *cur;           /* next byte to read */
    const char *line_start;    /* first byte of the current line */
    int lineno;
    int line_offset;           /* added to line numbers (f-string sub-lexers) */
    int col_offset;            /* added to columns on the first line */
    bool at_bol;               /* at the start of a logical line */
    bool done;                 /* ENDMARKER produced */
    bool last_was_newline;     /* previous token was NEWLINE (or none yet) */
    int indents[LEXER_MAX_INDENT + 1], altindents[LEXER_MAX_INDENT + 1];
    int indent_depth;
    int pending;               /* > 0: INDENTs owed; < 0: DEDENTs owed */
    char parens[LEXER_MAX_PAREN];
    int paren_line[LEXER_MAX_PAREN], paren_col[LEXER_MAX_PAREN];
    int paren_depth;
    SyntaxErr *err;
} Lexer;

/* Prepare to tokenize src[0..len). Errors are written into *err. */
void lexer_init(Lexer *lx, const char *src, size_t len, SyntaxErr *err);

/* The next token into *tok. Returns 0, or -1 after filling in the error
 * (the lexer must not be used after an error). */
int lexer_next(Lexer *lx, Token *tok);

/* Printable name of a token kind: "(" for TOK_LPAR, "if" for TOK_KW_IF. */
const char *lexer_token_name(TokKind kind);

/* Fill in err: byte-based positions (line 1-based, col 0-based, as in
 * Token) are converted to CPython's 1-based character offsets using src. */
void lexer_set_error(SyntaxErr *err, const char *src, size_t len, int lineno, int col,
                     int end_lineno, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));

/* True if the source ends inside an open construct (bracket, triple-quoted
 * string, backslash continuation, or an indented block / a line ending in
 * ':'), i.e. an interactive reader should ask for another line. */
bool lexer_is_incomplete_input(const char *src, size_t len);

/* Decode the backslash escapes of a string literal body s[0..n) into out
 * (which must hold n bytes; decoding never grows the text). str bodies
 * are UTF-8 and may produce any code point; bytes bodies must be ASCII.
 * Returns 0 and *out_len, or -1 with CPython's message in msg. */
int lexer_decode_escapes(const char *s, size_t n, bool is_bytes, char *out, size_t *out_len,
                         char *msg, size_t msg_size);

#endif
