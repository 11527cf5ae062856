/* test_lexer.c - unit tests for the tokenizer (compiler/lexer.c).
 *
 * Token streams for layout (INDENT/DEDENT/NEWLINE, brackets, backslash
 * continuation, tabs), numbers, strings and operators; lexical errors with
 * CPython's messages; escape decoding; and lexer_is_incomplete_input. */
#include <check.h>
#include <string.h>

#include "lexer.h"

/* Tokenize src into kinds (up to max); returns the count, or -1 on error. */
static int lex_all(const char *src, TokKind *kinds, int max, SyntaxErr *err) {
    Lexer lx;
    memset(err, 0, sizeof *err);
    lexer_init(&lx, src, strlen(src), err);
    for (int n = 0; n < max; n++) {
        Token t;
        if (lexer_next(&lx, &t) < 0)
            return -1;
        kinds[n] = t.kind;
        if (t.kind == TOK_ENDMARKER)
            return n + 1;
    }
    return max;
}

static void assert_kinds(const char *src, const TokKind *expect, int n) {
    TokKind got[64];
    SyntaxErr err;
    int count = lex_all(src, got, 64, &err);
    ck_assert_msg(count == n, "%s: %d tokens, expected %d (%s)", src, count, n, err.msg);
    for (int i = 0; i < n; i++)
        ck_assert_msg(got[i] == expect[i], "%s: token %d is %s, expected %s", src, i,
                      lexer_token_name(got[i]), lexer_token_name(expect[i]));
}

#define KINDS(src, ...)                                              \
    do {                                                             \
        static const TokKind k_[] = {__VA_ARGS__};                   \
        assert_kinds(src, k_, (int)(sizeof k_ / sizeof *k_));        \
    } while (0)

START_TEST(test_layout) {
    KINDS("x = 1\n", TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("x", TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("if x:\n    y\nz\n", TOK_KW_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME,
          TOK_NEWLINE, TOK_DEDENT, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("if x:\n  if y:\n    z", TOK_KW_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT,
          TOK_KW_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT, TOK_NAME, TOK_NEWLINE,
          TOK_DEDENT, TOK_DEDENT, TOK_ENDMARKER);
    /* blank lines and comments produce nothing */
    KINDS("\n\n# c\n   # d\nx # e\n\n", TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
    /* newlines inside brackets and after a backslash are ignored */
    KINDS("f(1,\n  2)\n", TOK_NAME, TOK_LPAR, TOK_NUMBER, TOK_COMMA, TOK_NUMBER, TOK_RPAR,
          TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("x = 1 + \\\n  2\n", TOK_NAME, TOK_EQUAL, TOK_NUMBER, TOK_PLUS, TOK_NUMBER,
          TOK_NEWLINE, TOK_ENDMARKER);
    /* a tab indents to the next multiple of 8: same level as 8 spaces */
    KINDS("if x:\n\ty\n\tz\n", TOK_KW_IF, TOK_NAME, TOK_COLON, TOK_NEWLINE, TOK_INDENT,
          TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_DEDENT, TOK_ENDMARKER);
    KINDS("x\r\ny\r\n", TOK_NAME, TOK_NEWLINE, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
}
END_TEST

START_TEST(test_operators_and_keywords) {
    KINDS("a **= b // c -> d ... e := f != g",
          TOK_NAME, TOK_DOUBLESTAREQUAL, TOK_NAME, TOK_DOUBLESLASH, TOK_NAME, TOK_RARROW,
          TOK_NAME, TOK_ELLIPSIS, TOK_NAME, TOK_COLONEQUAL, TOK_NAME, TOK_NOTEQUAL, TOK_NAME,
          TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("<<= >>= @= <> ~", TOK_LEFTSHIFTEQUAL, TOK_RIGHTSHIFTEQUAL, TOK_ATEQUAL, TOK_LESS,
          TOK_GREATER, TOK_TILDE, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("async await yield None match _", TOK_KW_ASYNC, TOK_KW_AWAIT, TOK_KW_YIELD,
          TOK_KW_NONE, TOK_NAME, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("é = naïve", TOK_NAME, TOK_EQUAL, TOK_NAME, TOK_NEWLINE, TOK_ENDMARKER);
}
END_TEST

START_TEST(test_numbers_and_strings) {
    KINDS("0 0x1F 0o17 0b1 1_000 1.5 .5 5. 1e10 1E-3 1_0.0_1e1_0", TOK_NUMBER, TOK_NUMBER,
          TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER, TOK_NUMBER,
          TOK_NUMBER, TOK_NUMBER, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("'a' \"b\" r'c' b'd' rb'e' BR'f' f'g' Rf'h' u'i' '''j\nk''' \"\"\"l\"\"\"", TOK_STRING,
          TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING, TOK_STRING,
          TOK_STRING, TOK_STRING, TOK_STRING, TOK_NEWLINE, TOK_ENDMARKER);
    /* a prefix that is not one is a name followed by a string */
    KINDS("ub'x'", TOK_NAME, TOK_STRING, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("'a\\'b' 'c\\\nd'", TOK_STRING, TOK_STRING, TOK_NEWLINE, TOK_ENDMARKER);
    KINDS("1if x else 2", TOK_NUMBER, TOK_KW_IF, TOK_NAME, TOK_KW_ELSE, TOK_NUMBER, TOK_NEWLINE,
          TOK_ENDMARKER);
}
END_TEST

START_TEST(test_token_positions) {
    SyntaxErr err;
    Lexer lx;
    const char *src = "x = '\'\'a\nb\'\'' if y\n";
    lexer_init(&lx, src, strlen(src), &err);
    Token t;
    ck_assert_int_eq(lexer_next(&lx, &t), 0); /* x */
    ck_assert_int_eq(t.col, 0);
    ck_assert_int_eq(t.end_col, 1);
    ck_assert_int_eq(lexer_next(&lx, &t), 0); /* = */
    ck_assert_int_eq(lexer_next(&lx, &t), 0); /* the two-line string */
    ck_assert_int_eq(t.kind, TOK_STRING);
    ck_assert_int_eq(t.lineno, 1);
    ck_assert_int_eq(t.col, 4);
    ck_assert_int_eq(t.end_lineno, 2);
    ck_assert_int_eq(t.end_col, 4);
    ck_assert_uint_eq(t.len, 9);
    ck_assert_int_eq(lexer_next(&lx, &t), 0); /* if */
    ck_assert_int_eq(t.kind, TOK_KW_IF);
    ck_assert_int_eq(t.lineno, 2);
    ck_assert_int_eq(t.col, 5);
    ck_assert_int_eq(t.end_col, 7);
}
END_TEST

/* The lexical error for src (empty string if none). */
static const char *lex_error(const char *src, SyntaxErr *err) {
    TokKind kinds[256];
    return lex_all(src, kinds, 256, err) < 0 ? err->msg : "";
}

START_TEST(test_errors) {
    SyntaxErr err;
    ck_assert_str_eq(lex_error("s = 'abc\n", &err), "unterminated string literal (detected at line 1)");
    ck_assert_int_eq(err.lineno, 1);
    ck_assert_int_eq(err.col, 5);
    ck_assert_str_eq(lex_error("x\ns = '''abc\n\n", &err),
                     "unterminated triple-quoted string literal (detected at line 3)");
    ck_assert_int_eq(err.lineno, 2);
    ck_assert(err.incomplete);
    ck_assert_str_eq(lex_error("x = (1,\n2\n", &err), "'(' was never closed");
    ck_assert_int_eq(err.lineno, 1);
    ck_assert_int_eq(err.col, 5);
    ck_assert(err.incomplete);
    ck_assert_str_eq(lex_error("x = )", &err), "unmatched ')'");
    ck_assert_str_eq(lex_error("x = (]", &err),
                     "closing parenthesis ']' does not match opening parenthesis '('");
    ck_assert_str_eq(lex_error("x = {\n)", &err),
                     "closing parenthesis ')' does not match opening parenthesis '{' on line 1");
    ck_assert_str_eq(lex_error("x = 1€", &err), "invalid character '€' (U+20AC)");
    ck_assert_int_eq(err.col, 6);
    ck_assert_str_eq(lex_error("x = a\xc2\xa0" "b", &err), "invalid non-printable character U+00A0");
    ck_assert_str_eq(lex_error("if x:\n    a\n  b\n", &err),
                     "unindent does not match any outer indentation level");
    ck_assert(err.indentation_error);
    ck_assert_str_eq(lex_error("if 1:\n\tif 2:\n        pass\n", &err),
                     "inconsistent use of tabs and spaces in indentation");
    ck_assert(err.tab_error);
    ck_assert_str_eq(lex_error("x = 1abc", &err), "invalid decimal literal");
    ck_assert_str_eq(lex_error("x = 0x", &err), "invalid hexadecimal literal");
    ck_assert_str_eq(lex_error("x = 0o8", &err), "invalid digit '8' in octal literal");
    ck_assert_str_eq(lex_error("x = 0b2", &err), "invalid digit '2' in binary literal");
    ck_assert_str_eq(lex_error("x = 1__0", &err), "invalid decimal literal");
    ck_assert_str_eq(lex_error("x = 09", &err),
                     "leading zeros in decimal integer literals are not permitted; use an 0o "
                     "prefix for octal integers");
    ck_assert_str_eq(lex_error("x = 00 + 0_0", &err), "");
    ck_assert_str_eq(lex_error("x = 2j", &err), "complex numbers are not supported by baton");
    ck_assert_str_eq(lex_error("x = 1 \\ 2", &err),
                     "unexpected character after line continuation character");
    ck_assert_str_eq(lex_error("x = $", &err), ""); /* an ERRORTOKEN: the parser reports it */
    char deep[300];
    memset(deep, '(', 250);
    deep[250] = '\0';
    ck_assert_str_eq(lex_error(deep, &err), "too many nested parentheses");
}
END_TEST

/* Decode a literal body; returns the decoded bytes or the error message. */
static const char *decode(const char *body, bool is_bytes, size_t *len) {
    static char out[256], msg[256];
    if (lexer_decode_escapes(body, strlen(body), is_bytes, out, len, msg, sizeof msg) < 0)
        return msg;
    out[*len] = '\0';
    return out;
}

START_TEST(test_escapes) {
    size_t n;
    ck_assert_str_eq(decode("a\\nb\\t\\\\\\'\\\"", false, &n), "a\nb\t\\'\"");
    ck_assert_str_eq(decode("\\a\\b\\f\\v\\r", false, &n), "\a\b\f\v\r");
    ck_assert_str_eq(decode("\\101\\x41\\u20ac\\U0001F600", false, &n), "AA\xe2\x82\xac\xf0\x9f\x98\x80");
    ck_assert_str_eq(decode("\\q\\d", false, &n), "\\q\\d"); /* unknown escapes stay */
    ck_assert_str_eq(decode("a\\\nb", false, &n), "ab");
    decode("x\\0y", false, &n);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(decode("\\xff\\u20ac", true, &n), "\xff\\u20ac");
    ck_assert_str_eq(decode("\\x4", false, &n),
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                     "truncated \\xXX escape");
    ck_assert_str_eq(decode("\\x4", true, &n), "(value error) invalid \\x escape at position 0");
    ck_assert_str_eq(decode("é", true, &n), "bytes can only contain ASCII literal characters");
    ck_assert_str_eq(decode("\\N{DASH}", false, &n), "\\N{...} escapes are not supported by baton");
}
END_TEST

START_TEST(test_incomplete_input) {
    ck_assert(lexer_is_incomplete_input("x = (1,", 7));
    ck_assert(lexer_is_incomplete_input("s = '''a\n", 9));
    ck_assert(lexer_is_incomplete_input("if x:\n", 6));
    ck_assert(lexer_is_incomplete_input("if x:\n    y\n", 12));
    ck_assert(!lexer_is_incomplete_input("if x:\n    y\n\n", 13));
    ck_assert(!lexer_is_incomplete_input("x = 1\n", 6));
    ck_assert(!lexer_is_incomplete_input("x = )\n", 6));
    ck_assert(lexer_is_incomplete_input("x = 1 + \\", 9));
}
END_TEST

Suite *lexer_suite(void) {
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("tokens");
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_operators_and_keywords);
    tcase_add_test(tc, test_numbers_and_strings);
    tcase_add_test(tc, test_token_positions);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_escapes);
    tcase_add_test(tc, test_incomplete_input);
    suite_add_tcase(s, tc);
    return s;
}
