/* strbuf.c - StrBuf, a growable UTF-8 buffer for building str objects.
 *
 * The buffer counts code points and tracks whether everything appended is
 * ASCII as it goes, so strbuf_finish() can build the StrObj without a second
 * pass over the data. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "str.h"

void strbuf_init(StrBuf *b) {
    b->data = NULL;
    b->len = b->cap = 0;
    b->ncodepoints = 0;
    b->ascii = true;
}

/* Make room for n more bytes (plus a NUL), growing geometrically. */
static void strbuf_reserve(StrBuf *b, size_t n) {
    if (b->len + n + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + n + 1) cap *= 2;
    b->data = mem_realloc(b->data, cap);
    b->cap = cap;
}

/* Count the code points of valid UTF-8 (the bytes that are not continuation bytes). */
static size_t strbuf_count_codepoints(const char *s, size_t n, bool *ascii) {
    size_t count = 0;
    bool all_ascii = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) all_ascii = false;
        if ((c & 0xC0) != 0x80) count++;
    }
    *ascii = all_ascii;
    return count;
}

bool strbuf_try_reserve(StrBuf *b, size_t n) {
    if (n > SIZE_MAX - b->len - 1) return false;
    if (b->len + n + 1 <= b->cap) return true;
    char *p = mem_try_alloc(b->len + n + 1);
    if (p == NULL) return false;
    if (b->len) memcpy(p, b->data, b->len);
    if (b->data) mem_free(b->data);
    b->data = p;
    b->cap = b->len + n + 1;
    return true;
}

void strbuf_append(StrBuf *b, const char *s, size_t nbytes) {
    if (nbytes == 0) return;
    strbuf_reserve(b, nbytes);
    memcpy(b->data + b->len, s, nbytes);
    b->len += nbytes;
    bool ascii;
    b->ncodepoints += strbuf_count_codepoints(s, nbytes, &ascii);
    b->ascii = b->ascii && ascii;
}

void strbuf_append_cstr(StrBuf *b, const char *s) {
    strbuf_append(b, s, strlen(s));
}

void strbuf_append_str(StrBuf *b, Value s) {
    size_t n = STR_NBYTES(s);
    if (n == 0) return;
    strbuf_reserve(b, n);
    memcpy(b->data + b->len, STR_DATA(s), n);
    b->len += n;
    b->ncodepoints += STR_LEN(s);
    b->ascii = b->ascii && ((StrObj *)AS_OBJ(s))->ascii;
}

void strbuf_append_char(StrBuf *b, char c) {
    strbuf_reserve(b, 1);
    b->data[b->len++] = c;
    if ((unsigned char)c >= 0x80) b->ascii = false;
    if (((unsigned char)c & 0xC0) != 0x80) b->ncodepoints++;
}

void strbuf_append_codepoint(StrBuf *b, uint32_t cp) {
    strbuf_reserve(b, 4);
    b->len += str_utf8_encode(cp, b->data + b->len);
    b->ncodepoints++;
    if (cp >= 0x80) b->ascii = false;
}

void strbuf_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return;
    }
    if ((size_t)n < sizeof small) {
        strbuf_append(b, small, (size_t)n);
    } else {
        strbuf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        bool ascii;
        b->ncodepoints += strbuf_count_codepoints(b->data + b->len, (size_t)n, &ascii);
        b->ascii = b->ascii && ascii;
        b->len += (size_t)n;
    }
    va_end(ap2);
}

int strbuf_append_repr(StrBuf *b, Value v) {
    Value r = obj_repr(v);
    if (r == VAL_NULL) return -1;
    strbuf_append_str(b, r);
    DECREF(r);
    return 0;
}

int strbuf_append_strof(StrBuf *b, Value v) {
    if (IS_TYPE(v, str_type)) {
        strbuf_append_str(b, v);
        return 0;
    }
    Value s = obj_str(v);
    if (s == VAL_NULL) return -1;
    strbuf_append_str(b, s);
    DECREF(s);
    return 0;
}

Value strbuf_finish(StrBuf *b) {
    Value s = str_from_utf8_len(b->data ? b->data : "", b->len, b->ncodepoints);
    strbuf_free(b);
    return s;
}

void strbuf_free(StrBuf *b) {
    if (b->data) mem_free(b->data);
    strbuf_init(b);
}
