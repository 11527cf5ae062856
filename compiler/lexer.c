/* lexer.c - the tokenizer.
 *
 * A hand-written scanner over the UTF-8 source. Layout follows CPython's
 * tokenizer: at the start of each logical line outside brackets the
 * indentation is measured (tabs to the next multiple of 8; a second measure
 * with tabs counted as 1 detects inconsistent tab/space use, TabError) and
 * compared with the indentation stack to produce INDENT/DEDENT. Brackets are
 * tracked on a bounded stack so mismatches and unclosed brackets are reported
 * with CPython's messages and positions. Error messages match CPython 3.11.
 */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const lexer_names[TOK_COUNT] = {
#define TOKEN_NAME(name, text) text,
    TOKEN_LIST(TOKEN_NAME)
#undef TOKEN_NAME
};

const char *lexer_token_name(TokKind kind) {
    return kind < TOK_COUNT ? lexer_names[kind] : "?";
}

/* ---- UTF-8 and identifier characters ---- */

/* Decode one UTF-8 code point at p (p < end); *n gets its length. Invalid
 * sequences decode as the single byte's value with length 1. */
static unsigned lexer_decode_utf8(const char *p, const char *end, int *n) {
    const unsigned char *s = (const unsigned char *)p;
    unsigned c = s[0];
    int len = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (len <= 1 || end - p < len) {
        *n = 1;
        return c;
    }
    unsigned cp = c & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *n = 1;
            return c;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    *n = len;
    return cp;
}

/* An approximation of Unicode XID_Start outside ASCII: the letter blocks of
 * the common scripts (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Indic, Thai, Georgian, Hangul, kana, CJK). Symbols, punctuation, currency
 * signs, spaces and emoji are excluded, so they give "invalid character". */
static bool lexer_is_letter(unsigned c) {
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (c < 0x100)
        return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
    if (c < 0x2B0 || (c >= 0x370 && c < 0x3FF && c != 0x37E && c != 0x387 && c != 0x375))
        return true;
    if ((c >= 0x400 && c < 0x482) || (c >= 0x48A && c < 0x530) || (c >= 0x531 && c < 0x557))
        return true;
    if ((c >= 0x561 && c < 0x588) || (c >= 0x5D0 && c < 0x5EB) || (c >= 0x620 && c < 0x64B))
        return true;
    if ((c >= 0x900 && c < 0xE00 && c != 0x964 && c != 0x965) || (c >= 0xE01 && c < 0xE31))
        return true;
    if ((c >= 0x10A0 && c < 0x1100) || (c >= 0x1100 && c < 0x1200) || (c >= 0x1E00 && c < 0x2000))
        return true;
    if ((c >= 0x3041 && c < 0x3097) || (c >= 0x30A1 && c < 0x30FB) || (c >= 0x3400 && c < 0x4DC0))
        return true;
    if ((c >= 0x4E00 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7A4) || (c >= 0xF900 && c < 0xFB00))
        return true;
    return c >= 0x20000 && c < 0x30000;
}

/* XID_Continue approximation: letters, digits, '_' and combining marks. */
static bool lexer_is_id_continue(unsigned c) {
    if (lexer_is_letter(c) || c == '_' || (c >= '0' && c <= '9'))
        return true;
    return (c >= 0x300 && c < 0x370) || (c >= 0x483 && c < 0x488) || (c >= 0x591 && c < 0x5C8) ||
           (c >= 0x64B && c < 0x670) || (c >= 0x660 && c < 0x66A) || c == 0xB7 || c == 0x387;
}

static bool lexer_is_id_start(unsigned c) { return c == '_' || lexer_is_letter(c); }

static bool lexer_is_digit(int c) { return c >= '0' && c <= '9'; }

/* ---- errors ---- */

/* Start of line `lineno` (1-based) in src, or NULL if there is none. */
static const char *lexer_find_line(const char *src, size_t len, int lineno) {
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno; l++) {
        p = memchr(p, '\n', (size_t)(end - p));
        if (!p)
            return NULL;
        p++;
    }
    return p;
}

/* CPython's 1-based character offset of byte column `col` in line lineno. */
static int lexer_char_offset(const char *src, size_t len, int lineno, int col) {
    const char *line = lexer_find_line(src, len, lineno);
    if (!line || col < 0)
        return col + 1;
    const char *end = src + len;
    int chars = 0;
    for (const char *p = line; p < line + col && p < end; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            chars++;
    if (line + col > end)
        chars += (int)(line + col - end);
    return chars + 1;
}

void lexer_set_error(SyntaxErr *err, const char *src, size_t len, int lineno, int col,
                     int end_lineno, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->lineno = lineno;
    err->col = lexer_char_offset(src, len, lineno, col);
    err->end_lineno = end_lineno;
    err->end_col = end_lineno > 0 ? lexer_char_offset(src, len, end_lineno, end_col) : 0;
}

/* Report an error at byte pointer p (and through end_p) in the lexer's
 * source. Lines/columns are shifted by the lexer's offsets. */
static int lexer_error_at(Lexer *lx, int lineno, const char *line_start, const char *p,
                          const char *end_p, const char *msg) {
    int col = (int)(p - line_start);
    int end_col = (int)(end_p - line_start);
    if (lineno == 1) {
        col += lx->col_offset;
        end_col += lx->col_offset;
    }
    lexer_set_error(lx->err, lx->src, (size_t)(lx->end - lx->src), lineno, (int)(p - line_start),
                    lineno, (int)(end_p - line_start), "%s", msg);
    lx->err->lineno += lx->line_offset;
    lx->err->end_lineno += lx->line_offset;
    if (lx->line_offset || lx->col_offset) {
        lx->err->col = col + 1;
        lx->err->end_col = end_col + 1;
    }
    return -1;
}

static int lexer_error_here(Lexer *lx, const char *p, const char *msg) {
    return lexer_error_at(lx, lx->lineno, lx->line_start, p, p, msg);
}

/* ---- token construction ---- */

static void lexer_make(Lexer *lx, Token *tok, TokKind kind, const char *start, const char *end) {
    tok->kind = kind;
    tok->start = start;
    tok->len = (size_t)(end - start);
    tok->lineno = lx->lineno + lx->line_offset;
    tok->col = (int)(start - lx->line_start) + (lx->lineno == 1 ? lx->col_offset : 0);
    tok->end_lineno = tok->lineno;
    tok->end_col = tok->col + (int)(end - start);
}

void lexer_init(Lexer *lx, const char *src, size_t len, SyntaxErr *err) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->end = src + len;
    lx->cur = src;
    lx->line_start = src;
    lx->lineno = 1;
    lx->at_bol = true;
    lx->last_was_newline = true;
    lx->err = err;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->cur += 3; /* a UTF-8 byte order mark */
}

static void lexer_newline(Lexer *lx, const char *after) {
    lx->lineno++;
    lx->line_start = after;
}

/* ---- indentation ---- */

/* Measure indentation at the start of a line; returns false for a blank or
 * comment-only line (which is skipped entirely, including its newline). */
static bool lexer_measure(Lexer *lx, int *col, int *altcol) {
    const char *p = lx->cur;
    *col = *altcol = 0;
    for (; p < lx->end; p++) {
        if (*p == ' ') {
            (*col)++;
            (*altcol)++;
        } else if (*p == '\t') {
            *col = (*col / 8 + 1) * 8;
            (*altcol)++;
        } else if (*p == '\f') {
            *col = *altcol = 0;
        } else {
            break;
        }
    }
    lx->cur = p;
    if (p >= lx->end)
        return false;
    if (*p == '#' || *p == '\n' || *p == '\r' || (*p == '\\' && p + 1 < lx->end && p[1] == '\n'))
        return *p == '\\';
    return true;
}

/* Skip the rest of a blank/comment line, including its newline. */
static void lexer_skip_line(Lexer *lx) {
    const char *nl = memchr(lx->cur, '\n', (size_t)(lx->end - lx->cur));
    if (!nl) {
        lx->cur = lx->end;
        return;
    }
    lx->cur = nl + 1;
    lexer_newline(lx, lx->cur);
}

/* Compare the new line's indentation with the stack and record the owed
 * INDENT/DEDENT tokens in lx->pending. */
static int lexer_indent(Lexer *lx, int col, int altcol) {
    int top = lx->indents[lx->indent_depth];
    int alttop = lx->altindents[lx->indent_depth];
    if (col == top) {
        if (altcol != alttop)
            goto tab_error;
        return 0;
    }
    if (col > top) {
        if (altcol <= alttop)
            goto tab_error;
        if (lx->indent_depth >= LEXER_MAX_INDENT)
            return lexer_error_here(lx, lx->cur, "too many levels of indentation");
        lx->indent_depth++;
        lx->indents[lx->indent_depth] = col;
        lx->altindents[lx->indent_depth] = altcol;
        lx->pending = 1;
        return 0;
    }
    while (lx->indent_depth > 0 && col < lx->indents[lx->indent_depth]) {
        lx->indent_depth--;
        lx->pending--;
    }
    if (col != lx->indents[lx->indent_depth]) {
        const char *eol = lx->cur;
        while (eol < lx->end && *eol != '\n' && *eol != '\r')
            eol++;
        lexer_error_at(lx, lx->lineno, lx->line_start, eol, eol,
                       "unindent does not match any outer indentation level");
        lx->err->end_lineno = lx->err->lineno;
        lx->err->end_col = -1;
        lx->err->indentation_error = true;
        return -1;
    }
    if (altcol != lx->altindents[lx->indent_depth])
        goto tab_error;
    return 0;
tab_error:
    lexer_error_at(lx, lx->lineno, lx->line_start, lx->line_start, lx->line_start,
                   "inconsistent use of tabs and spaces in indentation");
    lx->err->end_col = 0;
    lx->err->tab_error = true;
    lx->err->indentation_error = true;
    return -1;
}

/* ---- numbers ---- */

/* Digits of one class with single underscores between them. Returns the
 * end; *bad gets the position of a misplaced underscore (else NULL). */
static const char *lexer_digits(const char *p, const char *end, int (*ok)(int), const char **bad) {
    *bad = NULL;
    while (p < end) {
        if (ok((unsigned char)*p)) {
            p++;
        } else if (*p == '_') {
            if (p + 1 >= end || !ok((unsigned char)p[1])) {
                *bad = p;
                return p;
            }
            p++;
        } else {
            break;
        }
    }
    return p;
}

static int lexer_isdec(int c) { return c >= '0' && c <= '9'; }
static int lexer_ishex(int c) { return lexer_isdec(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static int lexer_isoct(int c) { return c >= '0' && c <= '7'; }
static int lexer_isbin(int c) { return c == '0' || c == '1'; }

/* After a number: an identifier character directly following is an error,
 * except a keyword that CPython 3.11 still accepts there (`1if x else y`). */
static int lexer_number_end(Lexer *lx, const char *p) {
    static const char *const ok_kw[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    if (p >= lx->end)
        return 0;
    int n;
    unsigned c = lexer_decode_utf8(p, lx->end, &n);
    if (!lexer_is_id_continue(c))
        return 0;
    for (size_t i = 0; i < sizeof ok_kw / sizeof *ok_kw; i++) {
        size_t kl = strlen(ok_kw[i]);
        if ((size_t)(lx->end - p) >= kl && memcmp(p, ok_kw[i], kl) == 0 &&
            (p + kl >= lx->end || !lexer_is_id_continue((unsigned char)p[kl])))
            return 0;
    }
    return lexer_error_here(lx, p - 1, "invalid decimal literal");
}

/* Prefixed integer: 0x / 0o / 0b. */
static int lexer_radix_number(Lexer *lx, const char *start, const char **endp) {
    char r = (char)(start[1] | 0x20);
    int (*ok)(int) = r == 'x' ? lexer_ishex : r == 'o' ? lexer_isoct : lexer_isbin;
    const char *kind = r == 'x' ? "hexadecimal" : r == 'o' ? "octal" : "binary";
    char msg[64];
    const char *p = start + 2, *bad;
    if (p < lx->end && *p == '_')
        p++;
    const char *digits = p;
    p = lexer_digits(p, lx->end, ok, &bad);
    if (bad || p == digits) {
        if (p < lx->end && lexer_is_digit((unsigned char)*p) && r != 'x') {
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
            return lexer_error_here(lx, p, msg);
        }
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return lexer_error_here(lx, bad ? bad : p - 1, msg);
    }
    if (p < lx->end && lexer_is_digit((unsigned char)*p)) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
        return lexer_error_here(lx, p, msg);
    }
    if (p < lx->end && lexer_is_id_continue((unsigned char)*p)) {
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return lexer_error_here(lx, p - 1, msg);
    }
    *endp = p;
    return 0;
}

/* The fraction and exponent of a decimal number, from p. */
static int lexer_float_tail(Lexer *lx, const char *start, const char **pp) {
    const char *p = *pp, *bad;
    if (p < lx->end && *p == '.') {
        p++;
        if (p < lx->end && lexer_is_digit((unsigned char)*p)) {
            p = lexer_digits(p, lx->end, lexer_isdec, &bad);
            if (bad)
                return lexer_error_here(lx, bad, "invalid decimal literal");
        }
    }
    if (p < lx->end && (*p | 0x20) == 'e') {
        const char *q = p + 1;
        if (q < lx->end && (*q == '+' || *q == '-'))
            q++;
        if (q >= lx->end || !lexer_is_digit((unsigned char)*q))
            return lexer_error_here(lx, q == p + 1 ? start : q - 1, "invalid decimal literal");
        p = lexer_digits(q, lx->end, lexer_isdec, &bad);
        if (bad)
            return lexer_error_here(lx, bad, "invalid decimal literal");
    }
    *pp = p;
    return 0;
}

static int lexer_number(Lexer *lx, Token *tok) {
    const char *start = lx->cur, *p = start, *bad;
    if (*p == '0' && p + 1 < lx->end && strchr("xXoObB", p[1]) && p[1]) {
        if (lexer_radix_number(lx, start, &p) < 0)
            return -1;
    } else {
        bool is_float = *p == '.';
        if (!is_float) {
            p = lexer_digits(p, lx->end, lexer_isdec, &bad);
            if (bad)
                return lexer_error_here(lx, bad, "invalid decimal literal");
        }
        const char *int_end = p;
        if (lexer_float_tail(lx, start, &p) < 0)
            return -1;
        is_float = is_float || p != int_end;
        if (!is_float && *start == '0') {
            for (const char *q = start; q < p; q++) {
                if (*q != '0' && *q != '_')
                    return lexer_error_at(lx, lx->lineno, lx->line_start, start, start + 1,
                                          "leading zeros in decimal integer literals are not "
                                          "permitted; use an 0o prefix for octal integers");
            }
        }
        if (p < lx->end && (*p | 0x20) == 'j')
            return lexer_error_here(lx, start, "complex numbers are not supported by baton");
    }
    if (lexer_number_end(lx, p) < 0)
        return -1;
    lexer_make(lx, tok, TOK_NUMBER, start, p);
    lx->cur = p;
    return 0;
}

/* ---- strings ---- */

/* Is [s, s+n) a valid string prefix (r, u, b, f, br, rb, fr, rf; any case)? */
static bool lexer_is_prefix(const char *s, size_t n) {
    if (n == 0 || n > 2)
        return false;
    char a = (char)(s[0] | 0x20), b = n == 2 ? (char)(s[1] | 0x20) : 0;
    if (n == 1)
        return a == 'r' || a == 'u' || a == 'b' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

/* Scan a string literal whose opening quote is at q (prefix starts at
 * start). Newlines inside triple-quoted strings advance the line count;
 * the token spans lines then. */
static int lexer_string(Lexer *lx, Token *tok, const char *start, const char *q) {
    char quote = *q;
    bool triple = lx->end - q >= 3 && q[1] == quote && q[2] == quote;
    int start_line = lx->lineno;
    const char *start_ls = lx->line_start;
    const char *p = q + (triple ? 3 : 1);
    for (;;) {
        if (p >= lx->end || (!triple && (*p == '\n' || *p == '\r'))) {
            char msg[96];
            int last = lx->lineno + lx->line_offset;
            if (triple && p >= lx->end && p > lx->src && p[-1] == '\n')
                last--;
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
                     triple ? "triple-quoted " : "", last);
            lexer_error_at(lx, start_line, start_ls, start, start, msg);
            lx->err->incomplete = triple;
            return -1;
        }
        if (*p == '\\') {
            p++;
            if (p < lx->end && *p == '\n')
                lexer_newline(lx, p + 1);
            if (p < lx->end)
                p++;
            continue;
        }
        if (*p == '\n') {
            lexer_newline(lx, p + 1);
            p++;
            continue;
        }
        if (*p == quote && (!triple || (lx->end - p >= 3 && p[1] == quote && p[2] == quote))) {
            p += triple ? 3 : 1;
            break;
        }
        p++;
    }
    tok->kind = TOK_STRING;
    tok->start = start;
    tok->len = (size_t)(p - start);
    tok->lineno = start_line + lx->line_offset;
    tok->col = (int)(start - start_ls) + (start_line == 1 ? lx->col_offset : 0);
    tok->end_lineno = lx->lineno + lx->line_offset;
    tok->end_col = (int)(p - lx->line_start) + (lx->lineno == 1 ? lx->col_offset : 0);
    lx->cur = p;
    return 0;
}

/* ---- names and keywords ---- */

static TokKind lexer_keyword(const char *s, size_t n) {
    for (int k = TOK_KW_FALSE; k <= TOK_KW_YIELD; k++) {
        const char *name = lexer_names[k];
        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return (TokKind)k;
    }
    return TOK_NAME;
}

static int lexer_bad_char(Lexer *lx, const char *p, unsigned c) {
    char msg[80];
    if (c < 0x80 || c == 0xA0 || c == 0x200B || c == 0xFEFF || (c >= 0x2000 && c <= 0x200F)) {
        if (c >= 0x20 && c < 0x7F)
            return -2; /* a printable ASCII character: an ERRORTOKEN for the parser */
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", c);
    } else {
        int n;
        lexer_decode_utf8(p, lx->end, &n);
        snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", n, p, c);
    }
    return lexer_error_here(lx, p, msg);
}

/* A name, a keyword, or a prefixed string. */
static int lexer_name(Lexer *lx, Token *tok) {
    const char *start = lx->cur, *p = start;
    while (p < lx->end) {
        int n;
        unsigned c = lexer_decode_utf8(p, lx->end, &n);
        if (!lexer_is_id_continue(c))
            break;
        p += n;
    }
    if (p < lx->end && (*p == '\'' || *p == '"') && lexer_is_prefix(start, (size_t)(p - start)))
        return lexer_string(lx, tok, start, p);
    if (p < lx->end && ((unsigned char)*p & 0x80)) {
        int n;
        unsigned c = lexer_decode_utf8(p, lx->end, &n);
        return lexer_bad_char(lx, p, c);
    }
    lexer_make(lx, tok, lexer_keyword(start, (size_t)(p - start)), start, p);
    lx->cur = p;
    return 0;
}

/* ---- operators and brackets ---- */

/* Longest operator at p; returns its kind and length, or 0 length. */
static TokKind lexer_operator(const char *p, const char *end, int *len) {
    static const struct { const char *s; TokKind k; } ops[] = {
        {"**=", TOK_DOUBLESTAREQUAL}, {"//=", TOK_DOUBLESLASHEQUAL}, {">>=", TOK_RIGHTSHIFTEQUAL},
        {"<<=", TOK_LEFTSHIFTEQUAL}, {"...", TOK_ELLIPSIS}, {"==", TOK_EQEQUAL},
        {"!=", TOK_NOTEQUAL}, {"<=", TOK_LESSEQUAL}, {">=", TOK_GREATEREQUAL},
        {"<<", TOK_LEFTSHIFT}, {">>", TOK_RIGHTSHIFT}, {"**", TOK_DOUBLESTAR},
        {"+=", TOK_PLUSEQUAL}, {"-=", TOK_MINEQUAL}, {"*=", TOK_STAREQUAL},
        {"/=", TOK_SLASHEQUAL}, {"%=", TOK_PERCENTEQUAL}, {"&=", TOK_AMPEREQUAL},
        {"|=", TOK_VBAREQUAL}, {"^=", TOK_CIRCUMFLEXEQUAL}, {"//", TOK_DOUBLESLASH},
        {"@=", TOK_ATEQUAL}, {"->", TOK_RARROW}, {":=", TOK_COLONEQUAL},
        {"(", TOK_LPAR}, {")", TOK_RPAR}, {"[", TOK_LSQB}, {"]", TOK_RSQB},
        {"{", TOK_LBRACE}, {"}", TOK_RBRACE}, {":", TOK_COLON}, {",", TOK_COMMA},
        {";", TOK_SEMI}, {"+", TOK_PLUS}, {"-", TOK_MINUS}, {"*", TOK_STAR},
        {"/", TOK_SLASH}, {"|", TOK_VBAR}, {"&", TOK_AMPER}, {"<", TOK_LESS},
        {">", TOK_GREATER}, {"=", TOK_EQUAL}, {".", TOK_DOT}, {"%", TOK_PERCENT},
        {"~", TOK_TILDE}, {"^", TOK_CIRCUMFLEX}, {"@", TOK_AT}, {"!", TOK_EXCLAMATION},
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
        size_t n = strlen(ops[i].s);
        if ((size_t)(end - p) >= n && memcmp(p, ops[i].s, n) == 0) {
            *len = (int)n;
            return ops[i].k;
        }
    }
    *len = 0;
    return TOK_ERRORTOKEN;
}

/* Track the bracket stack for an opening or closing bracket at p. */
static int lexer_bracket(Lexer *lx, const char *p) {
    char c = *p;
    if (c == '(' || c == '[' || c == '{') {
        if (lx->paren_depth >= LEXER_MAX_PAREN)
            return lexer_error_here(lx, p, "too many nested parentheses");
        lx->parens[lx->paren_depth] = c;
        lx->paren_line[lx->paren_depth] = lx->lineno;
        lx->paren_col[lx->paren_depth] = (int)(p - lx->line_start);
        lx->paren_depth++;
        return 0;
    }
    char msg[128];
    if (lx->paren_depth == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return lexer_error_here(lx, p, msg);
    }
    char open = lx->parens[lx->paren_depth - 1];
    if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
        int ol = lx->paren_line[lx->paren_depth - 1];
        if (ol != lx->lineno)
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     c, open, ol + lx->line_offset);
        else
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        return lexer_error_here(lx, p, msg);
    }
    lx->paren_depth--;
    return 0;
}

/* ---- the main loop ---- */

/* End of input: NEWLINE if needed, DEDENTs, ENDMARKER; or an error for an
 * unclosed bracket. */
static int lexer_eof(Lexer *lx, Token *tok) {
    if (lx->paren_depth > 0) {
        int d = lx->paren_depth - 1;
        char msg[64];
        snprintf(msg, sizeof msg, "'%c' was never closed", lx->parens[d]);
        const char *ls = lexer_find_line(lx->src, (size_t)(lx->end - lx->src), lx->paren_line[d]);
        lexer_error_at(lx, lx->paren_line[d], ls, ls + lx->paren_col[d], ls + lx->paren_col[d],
                       msg);
        lx->err->end_col = 0;
        lx->err->incomplete = true;
        return -1;
    }
    const char *e = lx->cur;
    if (!lx->last_was_newline) {
        lexer_make(lx, tok, TOK_NEWLINE, e, e);
        lx->last_was_newline = true;
        return 0;
    }
    if (lx->indent_depth > 0) {
        lx->indent_depth--;
        lexer_make(lx, tok, TOK_DEDENT, e, e);
        return 0;
    }
    lexer_make(lx, tok, TOK_ENDMARKER, e, e);
    lx->done = true;
    return 0;
}

/* At the beginning of a logical line: skip blank lines, measure the
 * indentation and set up INDENT/DEDENT tokens. Returns 1 at end of input. */
static int lexer_line_start(Lexer *lx) {
    for (;;) {
        int col, altcol;
        if (lx->cur >= lx->end)
            return 1;
        if (lexer_measure(lx, &col, &altcol)) {
            if (*lx->cur == '\\')
                break;
            lx->at_bol = false;
            return lexer_indent(lx, col, altcol);
        }
        if (lx->cur >= lx->end)
            return 1;
        lexer_skip_line(lx);
    }
    lx->at_bol = false;
    return 0;
}

/* Skip spaces, comments and backslash continuations within a line. */
static int lexer_skip_space(Lexer *lx) {
    for (;;) {
        const char *p = lx->cur;
        while (p < lx->end && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        if (p < lx->end && *p == '#')
            while (p < lx->end && *p != '\n' && *p != '\r')
                p++;
        lx->cur = p;
        if (p < lx->end && *p == '\\') {
            if (p + 1 < lx->end && p[1] == '\n') {
                lx->cur = p + 2;
                lexer_newline(lx, lx->cur);
                continue;
            }
            if (p + 2 < lx->end && p[1] == '\r' && p[2] == '\n') {
                lx->cur = p + 3;
                lexer_newline(lx, lx->cur);
                continue;
            }
            if (p + 1 >= lx->end) {
                lexer_error_here(lx, p + 1, "unexpected EOF while parsing");
                lx->err->end_col = -1;
                lx->err->incomplete = true;
                return -1;
            }
            lexer_error_here(lx, p + 1, "unexpected character after line continuation character");
            lx->err->end_col = 0;
            return -1;
        }
        return 0;
    }
}

/* The end of a physical line: NEWLINE outside brackets, nothing inside. */
static int lexer_eol(Lexer *lx, Token *tok, bool *emitted) {
    const char *p = lx->cur;
    const char *after = p + 1;
    if (*p == '\r' && after < lx->end && *after == '\n')
        after++;
    *emitted = lx->paren_depth == 0;
    if (*emitted) {
        lexer_make(lx, tok, TOK_NEWLINE, p, after);
        tok->end_col = tok->col + 1;
        lx->at_bol = true;
        lx->last_was_newline = true;
    }
    lx->cur = after;
    lexer_newline(lx, after);
    return 0;
}

int lexer_next(Lexer *lx, Token *tok) {
    for (;;) {
        if (lx->pending > 0) {
            lx->pending--;
            lexer_make(lx, tok, TOK_INDENT, lx->line_start, lx->cur);
            return 0;
        }
        if (lx->pending < 0) {
            lx->pending++;
            lexer_make(lx, tok, TOK_DEDENT, lx->cur, lx->cur);
            return 0;
        }
        if (lx->done) {
            lexer_make(lx, tok, TOK_ENDMARKER, lx->cur, lx->cur);
            return 0;
        }
        if (lx->at_bol && lx->paren_depth == 0) {
            int r = lexer_line_start(lx);
            if (r < 0)
                return -1;
            if (r == 0 && lx->pending)
                continue;
        }
        if (lexer_skip_space(lx) < 0)
            return -1;
        if (lx->cur >= lx->end)
            return lexer_eof(lx, tok);
        const char *p = lx->cur;
        if (*p == '\n' || *p == '\r') {
            bool emitted;
            lexer_eol(lx, tok, &emitted);
            if (emitted)
                return 0;
            continue;
        }
        lx->last_was_newline = false;
        int n;
        unsigned c = lexer_decode_utf8(p, lx->end, &n);
        if (lexer_is_id_start(c))
            return lexer_name(lx, tok);
        if (lexer_is_digit(*p) || (*p == '.' && p + 1 < lx->end && lexer_is_digit(p[1])))
            return lexer_number(lx, tok);
        if (*p == '\'' || *p == '"')
            return lexer_string(lx, tok, p, p);
        int len;
        TokKind k = lexer_operator(p, lx->end, &len);
        if (len == 0) {
            int r = lexer_bad_char(lx, p, c);
            if (r != -2)
                return r;
            lexer_make(lx, tok, TOK_ERRORTOKEN, p, p + n);
            lx->cur = p + n;
            return 0;
        }
        if (strchr("()[]{}", *p) && lexer_bracket(lx, p) < 0)
            return -1;
        lexer_make(lx, tok, k, p, p + len);
        lx->cur = p + len;
        return 0;
    }
}

/* ---- interactive input ---- */

bool lexer_is_incomplete_input(const char *src, size_t len) {
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    Lexer lx;
    lexer_init(&lx, src, len, &err);
    Token tok;
    TokKind last = TOK_NEWLINE;
    bool indented = false;
    while (lexer_next(&lx, &tok) == 0) {
        if (tok.kind == TOK_ENDMARKER)
            break;
        if (tok.kind == TOK_INDENT)
            indented = true;
        if (tok.kind != TOK_NEWLINE && tok.kind != TOK_DEDENT && tok.kind != TOK_INDENT)
            last = tok.kind;
    }
    if (err.msg[0])
        return err.incomplete;
    if (last == TOK_COLON)
        return true;
    /* inside a block: complete only once a blank line ends the input */
    if (indented) {
        size_t n = len;
        while (n > 0 && (src[n - 1] == ' ' || src[n - 1] == '\t'))
            n--;
        return !(n >= 2 && src[n - 1] == '\n' && src[n - 2] == '\n');
    }
    return false;
}

/* ---- string escapes ---- */

static size_t lexer_utf8_encode(unsigned cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int lexer_hexval(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* A \x, \u or \U escape with `digits` hex digits at s[i+2..]. */
static int lexer_hex_escape(const char *s, size_t n, size_t i, int digits, bool is_bytes,
                            unsigned *cp, char *msg, size_t msg_size) {
    unsigned v = 0;
    for (int k = 0; k < digits; k++) {
        int h = i + 2 + (size_t)k < n ? lexer_hexval(s[i + 2 + (size_t)k]) : -1;
        if (h < 0) {
            if (is_bytes)
                snprintf(msg, msg_size, "(value error) invalid \\x escape at position %zu", i);
            else
                snprintf(msg, msg_size,
                         "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                         "%zu-%zu: truncated \\%c%s escape",
                         i, i + 1 + (size_t)k, s[i + 1],
                         digits == 2 ? "XX" : digits == 4 ? "XXXX" : "XXXXXXXX");
            return -1;
        }
        v = v * 16 + (unsigned)h;
    }
    if (v > 0x10FFFF) {
        snprintf(msg, msg_size,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                 "%zu-%zu: illegal Unicode character",
                 i, i + 1 + (size_t)digits);
        return -1;
    }
    *cp = v;
    return 0;
}

int lexer_decode_escapes(const char *s, size_t n, bool is_bytes, char *out, size_t *out_len,
                         char *msg, size_t msg_size) {
    static const char simple_in[] = "\n\\'\"abfnrtv";
    static const char simple_out[] = "\0\\'\"\a\b\f\n\r\t\v";
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (is_bytes && ((unsigned char)s[i] & 0x80)) {
            snprintf(msg, msg_size, "bytes can only contain ASCII literal characters");
            return -1;
        }
        if (s[i] != '\\' || i + 1 >= n) {
            out[o++] = s[i++];
            continue;
        }
        char c = s[i + 1];
        const char *simple = strchr(simple_in, c);
        if (simple && c) {
            if (c != '\n')
                out[o++] = simple_out[simple - simple_in];
            i += 2;
        } else if (c >= '0' && c <= '7') {
            unsigned v = 0;
            size_t k = i + 1;
            for (int d = 0; d < 3 && k < n && s[k] >= '0' && s[k] <= '7'; d++, k++)
                v = v * 8 + (unsigned)(s[k] - '0');
            if (is_bytes)
                out[o++] = (char)(v & 0xFF);
            else
                o += lexer_utf8_encode(v, out + o);
            i = k;
        } else if (c == 'x' || (!is_bytes && (c == 'u' || c == 'U'))) {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            unsigned v;
            if (lexer_hex_escape(s, n, i, digits, is_bytes, &v, msg, msg_size) < 0)
                return -1;
            if (is_bytes)
                out[o++] = (char)v;
            else
                o += lexer_utf8_encode(v, out + o);
            i += 2 + (size_t)digits;
        } else if (c == 'N' && !is_bytes) {
            snprintf(msg, msg_size, "\\N{...} escapes are not supported by baton");
            return -1;
        } else {
            out[o++] = s[i++]; /* unknown escape: kept as written */
        }
    }
    *out_len = o;
    return 0;
}
