/* names.c - the interned identifier strings of NAME_LIST (names.h).
 *
 * Each entry becomes an immortal interned str at start-up, so runtime code
 * can look dunder names up by pointer without building strings. */
#include "names.h"
#include "str.h"

Names names;

int names_init(void) {
#define NAME_INIT(n)                          \
    names.n = str_intern_cstr(#n);            \
    if (names.n == VAL_NULL) return -1;
    NAME_LIST(NAME_INIT)
#undef NAME_INIT
    return 0;
}
