/* unicode_ctype.c - character classes and case mapping over the generated
 * tables of unicode_db.h. Latin-1 is a direct table lookup; the rest is a
 * binary search over ranges of equal flags and over the sorted case table. */
#include <stddef.h>

#include "unicode_ctype.h"

/* A case-table entry below UC_SPECIAL_LIMIT indexes unicode_specials. */
#define UC_SPECIAL(i) (INT32_MIN + (i))
#define UC_SPECIAL_LIMIT (INT32_MIN + 4096)
#include "unicode_db.h"

#define NELEMS(a) (sizeof(a) / sizeof((a)[0]))

unsigned unicode_flags(uint32_t c) {
    if (c < 256) return unicode_latin1_flags[c];
    if (c > 0x10FFFF) return 0;
    size_t lo = 0, hi = NELEMS(unicode_ranges);
    /* invariant: unicode_ranges[lo].start <= c < unicode_ranges[hi].start */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (unicode_ranges[mid].start <= c) lo = mid;
        else hi = mid;
    }
    return unicode_ranges[lo].flags;
}

bool unicode_islinebreak(uint32_t c) {
    switch (c) {
    case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

int unicode_decimal_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (!unicode_isdecimal(c)) return -1;
    size_t lo = 0, hi = NELEMS(unicode_decimal_zeros);
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (unicode_decimal_zeros[mid] <= c) lo = mid;
        else hi = mid;
    }
    return (int)(c - unicode_decimal_zeros[lo]);
}

/* Index of c in unicode_cases, or -1 when c maps to itself in every case. */
static ptrdiff_t unicode_case_find(uint32_t c) {
    size_t lo = 0, hi = NELEMS(unicode_cases);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (unicode_cases[mid].cp == c) return (ptrdiff_t)mid;
        if (unicode_cases[mid].cp < c) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

int unicode_case_map(uint32_t c, UnicodeCase which, uint32_t out[3]) {
    if (c < 128) {
        if (which == UNICODE_UPPER_MAP || which == UNICODE_TITLE_MAP)
            out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        else
            out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        return 1;
    }
    ptrdiff_t i = unicode_case_find(c);
    if (i < 0) {
        out[0] = c;
        return 1;
    }
    int32_t m = unicode_cases[i].map[which];
    if (m >= UC_SPECIAL_LIMIT) {
        out[0] = (uint32_t)((int32_t)c + m);
        return 1;
    }
    const uint32_t *sp = unicode_specials[m - INT32_MIN];
    for (uint32_t k = 0; k < sp[0]; k++) out[k] = sp[k + 1];
    return (int)sp[0];
}

uint32_t unicode_tolower(uint32_t c) {
    uint32_t out[3];
    unicode_case_map(c, UNICODE_LOWER_MAP, out);
    return out[0];
}

uint32_t unicode_toupper(uint32_t c) {
    uint32_t out[3];
    unicode_case_map(c, UNICODE_UPPER_MAP, out);
    return out[0];
}
