/* unicode_ctype.h - character classes and case mapping for str.
 *
 * Full Unicode 14.0 coverage (the version Python 3.11 uses): the tables in
 * unicode_db.h are generated from python3 itself by vm/unicode_gen.py, so
 * isalpha/isdigit/.../upper/lower/casefold agree with CPython for every code
 * point, including multi-character mappings ('ß'.upper() == 'SS'). */
#ifndef BATON_UNICODE_CTYPE_H
#define BATON_UNICODE_CTYPE_H

#include <stdbool.h>
#include <stdint.h>

/* Property bits returned by unicode_flags(). */
enum {
    UNICODE_ALPHA = 1 << 0, UNICODE_DECIMAL = 1 << 1, UNICODE_DIGIT = 1 << 2,
    UNICODE_NUMERIC = 1 << 3, UNICODE_SPACE = 1 << 4, UNICODE_PRINTABLE = 1 << 5,
    UNICODE_LOWER = 1 << 6, UNICODE_UPPER = 1 << 7, UNICODE_TITLE = 1 << 8,
    UNICODE_CASED = 1 << 9, UNICODE_CASE_IGNORABLE = 1 << 10,
    UNICODE_ID_START = 1 << 11, UNICODE_ID_CONTINUE = 1 << 12
};

/* Which case mapping unicode_case_map() applies. */
typedef enum { UNICODE_UPPER_MAP, UNICODE_LOWER_MAP, UNICODE_TITLE_MAP, UNICODE_FOLD_MAP } UnicodeCase;

unsigned unicode_flags(uint32_t c);
static inline bool unicode_has(uint32_t c, unsigned flag) { return (unicode_flags(c) & flag) != 0; }
#define unicode_isspace(c) unicode_has((c), UNICODE_SPACE)
#define unicode_isalpha(c) unicode_has((c), UNICODE_ALPHA)
#define unicode_isdecimal(c) unicode_has((c), UNICODE_DECIMAL)
#define unicode_isdigit(c) unicode_has((c), UNICODE_DIGIT)
#define unicode_isnumeric(c) unicode_has((c), UNICODE_NUMERIC)
#define unicode_isprintable(c) unicode_has((c), UNICODE_PRINTABLE)
#define unicode_islower(c) unicode_has((c), UNICODE_LOWER)
#define unicode_isupper(c) unicode_has((c), UNICODE_UPPER)
#define unicode_istitle(c) unicode_has((c), UNICODE_TITLE)
#define unicode_isalnum(c) unicode_has((c), UNICODE_ALPHA | UNICODE_NUMERIC)

/* str.splitlines() boundaries: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
bool unicode_islinebreak(uint32_t c);
/* Decimal digit value (0-9) of c, or -1 if c is not a decimal digit. */
int unicode_decimal_value(uint32_t c);
/* Writes the mapping of c (1 to 3 code points) to out; returns how many. */
int unicode_case_map(uint32_t c, UnicodeCase which, uint32_t out[3]);
/* Simple one-to-one mapping (first code point of the full mapping). */
uint32_t unicode_tolower(uint32_t c);
uint32_t unicode_toupper(uint32_t c);

#endif
