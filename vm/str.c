/* str.c - the str object: creation, interning, hashing, codecs and the slots
 * of str_type (the Python-level methods live in str_methods.c).
 *
 * A str is immutable UTF-8 with its length in code points. `ascii` strings
 * index in O(1); for the others str_byte_offset() walks from the nearest of
 * the start, the end, or the last position looked up (cached in the object),
 * so a loop `for i in range(len(s)): s[i]` stays linear.
 *
 * Shared, immortal strings: '' and every one-character string below U+0100
 * are created once; the intern table (an open-addressing hash set owned by
 * this file, touched only under the GIL) maps contents to the one interned
 * object, so interned strings compare by pointer. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "format.h"
#include "func.h"
#include "int.h"
#include "names.h"
#include "float.h"
#include "range.h"
#include "str.h"
#include "str_format.h"
#include "str_methods.h"
#include "tuple.h"
#include "unicode_ctype.h"

Type str_iter_type;

static Value str_empty_v;
static Value str_latin1_chars[256];

/* The intern table: slots hold interned str Values or VAL_NULL. */
static Value *str_intern_slots;
static size_t str_intern_cap, str_intern_used;

/* ---------------------------------------------------------------- creation */

/* The fields of a new str of nbytes bytes and len code points at s. */
static StrObj *str_init(StrObj *s, size_t nbytes, size_t len) {
    s->len = len;
    s->nbytes = nbytes;
    s->hash = -1;
    s->ascii = nbytes == len;
    s->interned = false;
    s->idx_cp = 0;
    s->idx_byte = 0;
    s->data[nbytes] = '\0';
    return s;
}

/* An uninitialised str of nbytes bytes; the caller fills data and len. */
static StrObj *str_alloc(size_t nbytes, size_t len) {
    return str_init((StrObj *)obj_alloc_size(&str_type, offsetof(StrObj, data) + nbytes + 1), nbytes, len);
}

/* str_alloc for a size the program chose ('x' * n): NULL if there is no memory. */
static StrObj *str_try_alloc(size_t nbytes, size_t len) {
    StrObj *s = (StrObj *)obj_try_alloc_size(&str_type, offsetof(StrObj, data) + nbytes + 1);
    return s != NULL ? str_init(s, nbytes, len) : NULL;
}

Value str_empty(void) {
    return str_empty_v != VAL_NULL ? str_empty_v : str_from_utf8_len("", 0, 0);
}

/* The immortal one-character str of code point cp < 256, made on first use
 * (under the GIL, like every allocation): a program touches a few dozen of
 * them, and start-up writes no page for the others. */
static Value str_latin1_char(uint32_t cp) {
    if (str_latin1_chars[cp] == VAL_NULL) {
        char buf[4];
        size_t n = str_utf8_encode(cp, buf);
        StrObj *o = str_alloc(n, 1);
        memcpy(o->data, buf, n);
        str_latin1_chars[cp] = str_intern(OBJ_VAL(o));
    }
    return str_latin1_chars[cp];
}

Value str_from_utf8_len(const char *s, size_t nbytes, size_t len) {
    if (nbytes == 0 && str_empty_v != VAL_NULL) return str_empty_v;
    if (len == 1 && str_empty_v != VAL_NULL) {
        const char *p = s;
        uint32_t cp = str_utf8_next(&p);
        if (cp < 256) return str_latin1_char(cp);
    }
    StrObj *o = str_alloc(nbytes, len);
    memcpy(o->data, s, nbytes);
    return OBJ_VAL(o);
}

Value str_from_ascii_unchecked(const char *s, size_t nbytes) {
    return str_from_utf8_len(s, nbytes, nbytes);
}

Value str_from_codepoint(uint32_t cp) {
    if (cp < 256 && str_empty_v != VAL_NULL) return str_latin1_char(cp);
    char buf[4];
    size_t n = str_utf8_encode(cp, buf);
    return str_from_utf8_len(buf, n, 1);
}

/* Length in code points of valid UTF-8. */
static size_t str_count_codepoints(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
    return count;
}

Value str_from_cstr(const char *s) {
    size_t n = strlen(s);
    return str_from_utf8_len(s, n, str_count_codepoints(s, n));
}

Value str_printf(const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return str_empty();
    if ((size_t)n < sizeof small)
        return str_from_utf8_len(small, (size_t)n, str_count_codepoints(small, (size_t)n));
    char *big = mem_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    Value r = str_from_utf8_len(big, (size_t)n, str_count_codepoints(big, (size_t)n));
    mem_free(big);
    return r;
}

const char *str_cstr(Value s) {
    return STR_DATA(s);
}

Value str_concat(Value a, Value b) {
    if (STR_NBYTES(a) == 0 && IS_TYPE(b, str_type)) return NEWREF(b);
    if (STR_NBYTES(b) == 0 && IS_TYPE(a, str_type)) return NEWREF(a);
    size_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    StrObj *o = str_alloc(na + nb, STR_LEN(a) + STR_LEN(b));
    memcpy(o->data, STR_DATA(a), na);
    memcpy(o->data + na, STR_DATA(b), nb);
    return OBJ_VAL(o);
}

Value str_join(Value sep, Value iterable) {
    Value seq = IS_TUPLE(iterable) ? NEWREF(iterable) : tuple_from_iterable(iterable);
    if (seq == VAL_NULL) return VAL_NULL;
    size_t n = TUPLE_LEN(seq);
    if (n == 1 && IS_TYPE(TUPLE_GET(seq, 0), str_type)) {
        Value r = NEWREF(TUPLE_GET(seq, 0));
        DECREF(seq);
        return r;
    }
    size_t nbytes = 0, len = 0;
    for (size_t i = 0; i < n; i++) {
        Value item = TUPLE_GET(seq, i);
        if (!IS_STR(item)) {
            DECREF(seq);
            return err_format(&exc_TypeError, "sequence item %zu: expected str instance, %s found",
                              i, obj_type_name(item));
        }
        nbytes += STR_NBYTES(item) + (i ? STR_NBYTES(sep) : 0);
        len += STR_LEN(item) + (i ? STR_LEN(sep) : 0);
    }
    StrObj *o = str_alloc(nbytes, len);
    char *p = o->data;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(p, STR_DATA(sep), STR_NBYTES(sep));
            p += STR_NBYTES(sep);
        }
        Value item = TUPLE_GET(seq, i);
        memcpy(p, STR_DATA(item), STR_NBYTES(item));
        p += STR_NBYTES(item);
    }
    DECREF(seq);
    if (nbytes == 0) {
        obj_free(&o->hdr);
        return str_empty();
    }
    return OBJ_VAL(o);
}

/* ------------------------------------------------------- hashing, equality */

int64_t str_hash_bytes(const void *data, size_t n) {
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t str_hash(Value s) {
    StrObj *o = (StrObj *)AS_OBJ(s);
    if (o->hash == -1) o->hash = str_hash_bytes(o->data, o->nbytes);
    return o->hash;
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    StrObj *x = (StrObj *)AS_OBJ(a), *y = (StrObj *)AS_OBJ(b);
    if (x->interned && y->interned) return false;
    if (x->nbytes != y->nbytes) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

/* ---------------------------------------------------------------- interning */

/* Insert s into the table (no duplicate check); grows at 2/3 load. */
static void str_intern_insert(Value s) {
    if ((str_intern_used + 1) * 3 >= str_intern_cap * 2) {
        size_t oldcap = str_intern_cap;
        Value *old = str_intern_slots;
        str_intern_cap = oldcap ? oldcap * 2 : 1024;
        str_intern_slots = mem_calloc(str_intern_cap, sizeof(Value));
        str_intern_used = 0;
        for (size_t i = 0; i < oldcap; i++)
            if (old[i] != VAL_NULL) str_intern_insert(old[i]);
        if (old) mem_free(old);
    }
    size_t mask = str_intern_cap - 1;
    size_t i = (size_t)str_hash(s) & mask;
    while (str_intern_slots[i] != VAL_NULL) i = (i + 1) & mask;
    str_intern_slots[i] = s;
    str_intern_used++;
}

/* The interned str with these UTF-8 bytes (hash h), or VAL_NULL. */
static Value str_intern_find_bytes(const char *data, size_t n, int64_t h) {
    if (str_intern_cap == 0) return VAL_NULL;
    size_t mask = str_intern_cap - 1;
    for (size_t i = (size_t)h & mask; str_intern_slots[i] != VAL_NULL; i = (i + 1) & mask) {
        Value t = str_intern_slots[i];
        if (str_hash(t) == h && STR_NBYTES(t) == n && memcmp(STR_DATA(t), data, n) == 0)
            return t;
    }
    return VAL_NULL;
}

/* The interned str equal to s, or VAL_NULL. */
static Value str_intern_find(Value s) {
    return str_intern_find_bytes(STR_DATA(s), STR_NBYTES(s), str_hash(s));
}

Value str_interned_cstr(const char *s) {
    size_t n = strlen(s);
    return str_intern_find_bytes(s, n, str_hash_bytes(s, n));
}

Value str_intern(Value s) {
    StrObj *o = (StrObj *)AS_OBJ(s);
    if (o->interned || o->hdr.type != &str_type) return s;
    Value found = str_intern_find(s);
    if (found != VAL_NULL) {
        DECREF(s);
        return found;
    }
    o->interned = true;
    o->hdr.refcnt = IMMORTAL_REFCNT;
    str_intern_insert(s);
    return s;
}

/* Start-up interns hundreds of names, most of them already interned: look
 * the bytes up first so that no str is built and thrown away for those. */
Value str_intern_cstr(const char *s) {
    Value found = str_interned_cstr(s);
    return found != VAL_NULL ? found : str_intern(str_from_cstr(s));
}

/* ------------------------------------------------------------- code points */

size_t str_byte_offset(Value s, size_t i) {
    StrObj *o = (StrObj *)AS_OBJ(s);
    if (o->ascii) return i;
    if (i == o->len) return o->nbytes;
    size_t cp, byte;
    /* start from whichever known point is nearest: 0, the cache, or the end */
    if (i >= o->idx_cp) {
        cp = o->idx_cp;
        byte = o->idx_byte;
        if (o->len - i < i - cp) {
            cp = o->len;
            byte = o->nbytes;
        }
    } else if (i < o->idx_cp - i) {
        cp = 0;
        byte = 0;
    } else {
        cp = o->idx_cp;
        byte = o->idx_byte;
    }
    const unsigned char *d = (const unsigned char *)o->data;
    while (cp < i) {
        byte++;
        while ((d[byte] & 0xC0) == 0x80) byte++;
        cp++;
    }
    while (cp > i) {
        byte--;
        while ((d[byte] & 0xC0) == 0x80) byte--;
        cp--;
    }
    o->idx_cp = cp;
    o->idx_byte = byte;
    return byte;
}

/* ------------------------------------------------------------------- codecs */

/* Canonical codec name for an encoding name, or NULL if unknown. */
static const char *str_codec_name(const char *enc) {
    char norm[32];
    size_t n = strlen(enc);
    if (n >= sizeof norm) return NULL;
    for (size_t i = 0; i <= n; i++) {
        char c = enc[i];
        norm[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (c == '_' || c == ' ') ? '-' : c;
    }
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1",
                                         "8859", "cp819", "l1", "latin", NULL};
    for (int i = 0; utf8[i]; i++) if (strcmp(norm, utf8[i]) == 0) return "utf-8";
    for (int i = 0; ascii[i]; i++) if (strcmp(norm, ascii[i]) == 0) return "ascii";
    for (int i = 0; latin1[i]; i++) if (strcmp(norm, latin1[i]) == 0) return "latin-1";
    /* UTF-16/32: canonical name first, then its aliases, NULL between codecs */
    static const char *const wide[] = {
        "utf-16", "utf16", "u16", NULL, "utf-16-le", "utf-16le", "unicodelittleunmarked", NULL,
        "utf-16-be", "utf-16be", "unicodebigunmarked", NULL, "utf-32", "utf32", "u32", NULL,
        "utf-32-le", "utf-32le", NULL, "utf-32-be", "utf-32be", NULL, NULL};
    for (int i = 0; wide[i]; i++) {
        const char *canonical = wide[i];
        for (; wide[i]; i++) if (strcmp(norm, wide[i]) == 0) return canonical;
    }
    return NULL;
}

/* The shape of a UTF-16/32 codec name: code unit size, byte order, and
 * whether it writes (and reads) a byte order mark; false for other codecs. */
static bool str_wide_codec(const char *codec, int *unit, bool *big, bool *bom) {
    if (strncmp(codec, "utf-16", 6) != 0 && strncmp(codec, "utf-32", 6) != 0) return false;
    *unit = codec[4] == '1' ? 2 : 4;
    *bom = codec[6] == '\0';
    *big = strcmp(codec + 6, "-be") == 0;
    return true;
}

typedef enum {
    STR_ERR_STRICT, STR_ERR_IGNORE, STR_ERR_REPLACE, STR_ERR_BACKSLASH, STR_ERR_XMLCHARREF, STR_ERR_UNKNOWN
} StrErrors;

static StrErrors str_error_mode(const char *errors) {
    if (strcmp(errors, "strict") == 0) return STR_ERR_STRICT;
    if (strcmp(errors, "ignore") == 0) return STR_ERR_IGNORE;
    if (strcmp(errors, "replace") == 0) return STR_ERR_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0) return STR_ERR_BACKSLASH;
    if (strcmp(errors, "xmlcharrefreplace") == 0) return STR_ERR_XMLCHARREF;
    return STR_ERR_UNKNOWN;
}

/* Checks one UTF-8 sequence at p (avail bytes). Returns its length, or 0 if
 * it is invalid: then *bad is how many bytes form the invalid unit and
 * *reason says why (CPython's wording). Encoded surrogates (U+D800-U+DFFF,
 * which a str may hold) are accepted only when `surrogates` is true. */
static size_t str_utf8_check(const unsigned char *p, size_t avail, bool surrogates, size_t *bad,
                             const char **reason) {
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED && !surrogates) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t k = 1; k < need; k++) {
        if (k >= avail) {
            *bad = k;
            *reason = "unexpected end of data";
            return 0;
        }
        unsigned char lim_lo = k == 1 ? lo : 0x80, lim_hi = k == 1 ? hi : 0xBF;
        if (p[k] < lim_lo || p[k] > lim_hi) {
            *bad = k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

static Value str_decode_error(const char *codec, const unsigned char *data, size_t start,
                              size_t end, const char *reason) {
    if (end - start == 1) {
        char hex[8];
        snprintf(hex, sizeof hex, "0x%02x", data[start]);
        return err_format(&exc_UnicodeDecodeError, "'%s' codec can't decode byte %s in position %zu: %s",
                          codec, hex, start, reason);
    }
    return err_format(&exc_UnicodeDecodeError,
                      "'%s' codec can't decode bytes in position %zu-%zu: %s",
                      codec, start, end - 1, reason);
}

static Value str_error_handler_unknown(const char *errors) {
    return err_format(&exc_LookupError, "unknown error handler name '%s'", errors);
}

static Value str_decode_utf8(const char *data, size_t n, bool surrogates, StrErrors mode, const char *errors);

/* The error handler's part for the undecodable bytes p[start, end): an
 * exception (strict, unknown handlers, and xmlcharrefreplace, which only
 * encodes), or what replaces them in b. */
static int str_decode_substitute(StrBuf *b, const unsigned char *p, size_t start, size_t end, StrErrors mode,
                                 const char *errors, const char *codec, const char *reason) {
    switch (mode) {
    case STR_ERR_IGNORE: return 0;
    case STR_ERR_REPLACE:
        strbuf_append_codepoint(b, 0xFFFD);
        return 0;
    case STR_ERR_BACKSLASH:
        for (size_t i = start; i < end; i++) strbuf_printf(b, "\\x%02x", p[i]);
        return 0;
    case STR_ERR_XMLCHARREF:
        err_set_str(&exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case STR_ERR_UNKNOWN:
        str_error_handler_unknown(errors);
        return -1;
    default:
        str_decode_error(codec, p, start, end, reason);
        return -1;
    }
}

/* Internal construction: like bytes.decode() but lone surrogates, which a
 * str may contain, pass. */
Value str_from_utf8(const char *s, size_t nbytes) {
    return str_decode_utf8(s, nbytes, true, STR_ERR_STRICT, "strict");
}

static Value str_decode_utf8(const char *data, size_t n, bool surrogates, StrErrors mode, const char *errors) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i = 0;
    while (i < n && p[i] < 0x80) i++;
    if (i == n) return str_from_utf8_len(data, n, n);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, data, i);
    while (i < n) {
        size_t bad;
        const char *reason;
        size_t k = str_utf8_check(p + i, n - i, surrogates, &bad, &reason);
        if (k) {
            strbuf_append(&b, data + i, k);
            i += k;
            continue;
        }
        if (str_decode_substitute(&b, p, i, i + bad, mode, errors, "utf-8", reason) < 0) {
            strbuf_free(&b);
            return VAL_NULL;
        }
        i += bad;
    }
    return strbuf_finish(&b);
}

/* ASCII (limit 128) or Latin-1 (limit 256, never fails). */
static Value str_decode_8bit(const char *codec, const char *data, size_t n, unsigned limit,
                             StrErrors mode, const char *errors) {
    const unsigned char *p = (const unsigned char *)data;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (p[i] < limit) {
            strbuf_append_codepoint(&b, p[i]);
            continue;
        }
        if (str_decode_substitute(&b, p, i, i + 1, mode, errors, codec, "ordinal not in range(128)") < 0) {
            strbuf_free(&b);
            return VAL_NULL;
        }
    }
    return strbuf_finish(&b);
}

/* One UTF-16/32 code unit of size bytes at p. */
static uint32_t str_wide_unit(const unsigned char *p, int size, bool big) {
    uint32_t u = 0;
    for (int k = 0; k < size; k++) u |= (uint32_t)p[k] << (big ? 8 * (size - 1 - k) : 8 * k);
    return u;
}

/* A leading byte order mark of a "utf-16"/"utf-32" input: sets *big and
 * returns its length, or 0 (then little-endian, CPython's native order). */
static size_t str_wide_bom(const unsigned char *p, size_t n, int unit, bool *big) {
    *big = false;
    if ((size_t)unit > n) return 0;
    uint32_t le = str_wide_unit(p, unit, false);
    if (le == 0xFEFF) return (size_t)unit;
    if (str_wide_unit(p, unit, true) == 0xFEFF) {
        *big = true;
        return (size_t)unit;
    }
    return 0;
}

/* The error of a failing error handler (xmlcharrefreplace when decoding,
 * an unknown name) inside a UTF-16/32 codec named with its byte order:
 * CPython runs those codecs through its codec registry, which rewords it.
 * Returns false when the handler's own error stands. */
static bool str_wide_handler_failed(bool named_order, bool decoding, const char *codec, StrErrors mode,
                                    const char *errors) {
    if (!named_order || (mode != STR_ERR_UNKNOWN && !(decoding && mode == STR_ERR_XMLCHARREF))) return false;
    const char *what = decoding ? "decoding" : "encoding";
    if (mode == STR_ERR_UNKNOWN)
        err_format(&exc_LookupError, "%s with '%s' codec failed (LookupError: unknown error handler name '%s')",
                   what, codec, errors);
    else
        err_format(&exc_TypeError, "%s with '%s' codec failed (TypeError: don't know how to handle "
                   "UnicodeDecodeError in error callback)", what, codec);
    return true;
}

/* UTF-16/32 decoding with CPython's error reasons and extents: a pair of
 * surrogates in UTF-16 makes one code point; a lone one, a surrogate code
 * point in UTF-32, or a partial unit at the end is an error. */
static Value str_decode_wide(const char *data, size_t n, int unit, bool big, bool bom, StrErrors mode,
                             const char *errors) {
    const unsigned char *p = (const unsigned char *)data;
    size_t i = bom ? str_wide_bom(p, n, unit, &big) : 0;
    const char *codec = unit == 2 ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
    StrBuf b;
    strbuf_init(&b);
    while (i < n) {
        size_t bad_end;
        const char *reason;
        uint32_t u = n - i >= (size_t)unit ? str_wide_unit(p + i, unit, big) : 0;
        if (n - i < (size_t)unit) {
            bad_end = n;
            reason = "truncated data";
        } else if (unit == 4 && u > 0x10FFFF) {
            bad_end = i + 4;
            reason = "code point not in range(0x110000)";
        } else if (unit == 4 && u >= 0xD800 && u < 0xE000) {
            bad_end = i + 4;
            reason = "code point in surrogate code point range(0xd800, 0xe000)";
        } else if (unit == 4 || u < 0xD800 || u >= 0xE000) {
            strbuf_append_codepoint(&b, u);
            i += (size_t)unit;
            continue;
        } else if (u >= 0xDC00) {
            bad_end = i + 2;
            reason = "illegal encoding";
        } else if (n - i < 4) {
            bad_end = n;
            reason = "unexpected end of data";
        } else {
            uint32_t lo = str_wide_unit(p + i + 2, 2, big);
            if (lo >= 0xDC00 && lo < 0xE000) {
                strbuf_append_codepoint(&b, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 4;
                continue;
            }
            bad_end = i + 2;
            reason = "illegal UTF-16 surrogate";
        }
        if (str_wide_handler_failed(!bom, true, codec, mode, errors) ||
            str_decode_substitute(&b, p, i, bad_end, mode, errors, codec, reason) < 0) {
            strbuf_free(&b);
            return VAL_NULL;
        }
        i = bad_end;
    }
    return strbuf_finish(&b);
}

Value str_decode(const char *data, size_t n, const char *encoding, const char *errors) {
    if (n == 0) return str_empty(); /* as CPython: no codec lookup for empty input */
    const char *codec = str_codec_name(encoding);
    if (codec == NULL) return err_format(&exc_LookupError, "unknown encoding: %s", encoding);
    StrErrors mode = str_error_mode(errors);
    int unit;
    bool big, bom;
    if (str_wide_codec(codec, &unit, &big, &bom)) return str_decode_wide(data, n, unit, big, bom, mode, errors);
    if (strcmp(codec, "utf-8") == 0) return str_decode_utf8(data, n, false, mode, errors);
    return str_decode_8bit(codec, data, n, strcmp(codec, "ascii") == 0 ? 128 : 256, mode, errors);
}

/* Appends the \x / \u / \U escape of cp (used by repr and codec errors). */
static void str_append_escape(StrBuf *b, uint32_t cp) {
    if (cp < 0x100) strbuf_printf(b, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000) strbuf_printf(b, "\\u%04x", (unsigned)cp);
    else strbuf_printf(b, "\\U%08x", (unsigned)cp);
}

static Value str_encode_error(const char *codec, Value s, size_t start, size_t end,
                              const char *reason) {
    if (end - start == 1) {
        const char *p = STR_DATA(s) + str_byte_offset(s, start);
        StrBuf b;
        strbuf_init(&b);
        str_append_escape(&b, str_utf8_next(&p));
        Value esc = strbuf_finish(&b);
        err_format(&exc_UnicodeEncodeError, "'%s' codec can't encode character '%U' in position %zu: %s",
                   codec, esc, start, reason);
        DECREF(esc);
        return VAL_NULL;
    }
    return err_format(&exc_UnicodeEncodeError, "'%s' codec can't encode characters in position %zu-%zu: %s",
                      codec, start, end - 1, reason);
}

/* What the error handler puts in place of the unencodable code point cp
 * (ignore, replace, backslashreplace, xmlcharrefreplace). */
static void str_encode_substitute(StrBuf *b, uint32_t cp, StrErrors mode) {
    if (mode == STR_ERR_REPLACE) strbuf_append_char(b, '?');
    else if (mode == STR_ERR_BACKSLASH) str_append_escape(b, cp);
    else if (mode == STR_ERR_XMLCHARREF) strbuf_printf(b, "&#%u;", (unsigned)cp);
}

/* str.encode for one codec: limit is 128 (ascii), 256 (latin-1), or 0 for
 * utf-8, where only surrogates cannot be encoded. Runs of unencodable code
 * points are reported together, as CPython does. */
static Value str_encode_codec(Value s, const char *codec, uint32_t limit, StrErrors mode,
                              const char *errors) {
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    StrBuf out;
    strbuf_init(&out);
    size_t idx = 0;
    while (p < end) {
        const char *start = p;
        uint32_t cp = str_utf8_next(&p);
        bool ok = limit ? cp < limit : !(cp >= 0xD800 && cp <= 0xDFFF);
        if (ok) {
            if (limit) strbuf_append_char(&out, (char)(unsigned char)cp);
            else strbuf_append(&out, start, (size_t)(p - start));
            idx++;
            continue;
        }
        if (mode == STR_ERR_STRICT || mode == STR_ERR_UNKNOWN) {
            size_t run_end = idx + 1;
            const char *q = p;
            while (q < end) {
                const char *save = q;
                uint32_t c2 = str_utf8_next(&q);
                bool ok2 = limit ? c2 < limit : !(c2 >= 0xD800 && c2 <= 0xDFFF);
                if (ok2) {
                    q = save;
                    break;
                }
                run_end++;
            }
            strbuf_free(&out);
            if (mode == STR_ERR_UNKNOWN) return str_error_handler_unknown(errors);
            const char *reason = limit == 128 ? "ordinal not in range(128)"
                                 : limit ? "ordinal not in range(256)" : "surrogates not allowed";
            return str_encode_error(codec, s, idx, run_end, reason);
        }
        str_encode_substitute(&out, cp, mode);
        idx++;
    }
    Value r = bytes_from(out.data ? out.data : "", out.len);
    strbuf_free(&out);
    return r;
}

/* Appends cp as UTF-16 (a surrogate pair above U+FFFF) or UTF-32 units. */
static void str_put_wide(StrBuf *b, uint32_t cp, int unit, bool big) {
    if (unit == 2 && cp >= 0x10000) {
        str_put_wide(b, 0xD800 + ((cp - 0x10000) >> 10), unit, big);
        cp = 0xDC00 + ((cp - 0x10000) & 0x3FF);
    }
    char buf[4];
    for (int k = 0; k < unit; k++) buf[k] = (char)((cp >> (big ? 8 * (unit - 1 - k) : 8 * k)) & 0xFF);
    strbuf_append(b, buf, (size_t)unit);
}

/* str.encode to UTF-16/32: only surrogates cannot be encoded, each reported
 * on its own; an error handler's substitute text is encoded in turn. */
static Value str_encode_wide(Value s, const char *codec, int unit, bool big, bool bom, StrErrors mode,
                             const char *errors) {
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    StrBuf out;
    strbuf_init(&out);
    if (bom) str_put_wide(&out, 0xFEFF, unit, big);
    for (size_t idx = 0; p < end; idx++) {
        uint32_t cp = str_utf8_next(&p);
        if (cp < 0xD800 || cp > 0xDFFF) {
            str_put_wide(&out, cp, unit, big);
            continue;
        }
        if (mode == STR_ERR_STRICT || mode == STR_ERR_UNKNOWN) {
            strbuf_free(&out);
            if (str_wide_handler_failed(!bom, false, codec, mode, errors)) return VAL_NULL;
            if (mode == STR_ERR_UNKNOWN) return str_error_handler_unknown(errors);
            return str_encode_error(codec, s, idx, idx + 1, "surrogates not allowed");
        }
        StrBuf sub;
        strbuf_init(&sub);
        str_encode_substitute(&sub, cp, mode);
        for (size_t k = 0; k < sub.len; k++) str_put_wide(&out, (unsigned char)sub.data[k], unit, big);
        strbuf_free(&sub);
    }
    Value r = bytes_from(out.data ? out.data : "", out.len);
    strbuf_free(&out);
    return r;
}

Value str_encode(Value s, const char *encoding, const char *errors) {
    const char *codec = str_codec_name(encoding);
    if (codec == NULL) return err_format(&exc_LookupError, "unknown encoding: %s", encoding);
    StrErrors mode = str_error_mode(errors);
    int unit;
    bool big, bom;
    if (str_wide_codec(codec, &unit, &big, &bom)) return str_encode_wide(s, codec, unit, big, bom, mode, errors);
    if (strcmp(codec, "utf-8") == 0) return str_encode_codec(s, codec, 0, mode, errors);
    return str_encode_codec(s, codec, strcmp(codec, "ascii") == 0 ? 128 : 256, mode, errors);
}

/* -------------------------------------------------------------------- repr */

/* repr(s): single quotes unless s contains ' and no "; printable non-ASCII
 * is kept, the rest escaped as CPython does. */
static Value str_repr(Value s) {
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    char quote = '\'';
    if (memchr(p, '\'', STR_NBYTES(s)) && !memchr(p, '"', STR_NBYTES(s))) quote = '"';
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_char(&b, quote);
    while (p < end) {
        const char *start = p;
        uint32_t cp = str_utf8_next(&p);
        if (cp == (uint32_t)quote || cp == '\\') {
            strbuf_append_char(&b, '\\');
            strbuf_append_char(&b, (char)cp);
        } else if (cp == '\n') strbuf_append(&b, "\\n", 2);
        else if (cp == '\r') strbuf_append(&b, "\\r", 2);
        else if (cp == '\t') strbuf_append(&b, "\\t", 2);
        else if (cp < 0x20 || cp == 0x7f) str_append_escape(&b, cp);
        else if (cp < 0x7f) strbuf_append_char(&b, (char)cp);
        else if (unicode_isprintable(cp)) strbuf_append(&b, start, (size_t)(p - start));
        else str_append_escape(&b, cp);
    }
    strbuf_append_char(&b, quote);
    return strbuf_finish(&b);
}

/* ------------------------------------------------------------------- slots */

static void str_dealloc(Obj *o) {
    obj_free(o);
}

static Value str_str(Value self) {
    if (IS_TYPE(self, str_type)) return NEWREF(self);
    return str_from_utf8_len(STR_DATA(self), STR_NBYTES(self), STR_LEN(self));
}

static int str_hash_slot(Value self, int64_t *out) {
    *out = str_hash(self);
    return 0;
}

static Value str_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_STR(a) || !IS_STR(b)) return NEWREF(VAL_NOTIMPL);
    if (op == CMP_EQ || op == CMP_NE) return NEWREF(VAL_BOOL(str_eq(a, b) == (op == CMP_EQ)));
    size_t na = STR_NBYTES(a), nb = STR_NBYTES(b);
    /* UTF-8 byte order is code-point order */
    int c = memcmp(STR_DATA(a), STR_DATA(b), na < nb ? na : nb);
    if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return NEWREF(VAL_BOOL(r));
}

static int str_truthy(Value self) {
    return STR_NBYTES(self) != 0;
}

static ssize_t str_len(Value self) {
    return (ssize_t)STR_LEN(self);
}

/* s[start:stop:step] for a clamped slice of slicelen code points. */
static Value str_slice(Value s, ssize_t start, ssize_t step, ssize_t slicelen) {
    if (slicelen <= 0) return str_empty();
    if (step == 1) {
        size_t b0 = str_byte_offset(s, (size_t)start);
        size_t b1 = str_byte_offset(s, (size_t)(start + slicelen));
        if (b0 == 0 && b1 == STR_NBYTES(s) && IS_TYPE(s, str_type)) return NEWREF(s);
        return str_from_utf8_len(STR_DATA(s) + b0, b1 - b0, (size_t)slicelen);
    }
    StrBuf b;
    strbuf_init(&b);
    for (ssize_t k = 0, i = start; k < slicelen; k++, i += step) {
        size_t off = str_byte_offset(s, (size_t)i);
        const char *p = STR_DATA(s) + off;
        strbuf_append_codepoint(&b, str_utf8_next(&p));
    }
    return strbuf_finish(&b);
}

/* The code point at index i (already in range) as a one-character str. */
static Value str_char_at(Value s, size_t i) {
    const char *p = STR_DATA(s) + str_byte_offset(s, i);
    return str_from_codepoint(str_utf8_next(&p));
}

static Value str_getitem(Value self, Value key) {
    ssize_t i;
    if (IS_SMALLINT(key)) {
        i = AS_SMALLINT(key);
    } else if (IS_SLICE(key)) {
        ssize_t start, stop, step, slicelen;
        if (slice_indices(key, (ssize_t)STR_LEN(self), &start, &stop, &step, &slicelen) < 0)
            return VAL_NULL;
        return str_slice(self, start, step, slicelen);
    } else if (IS_INT(key) || (!IS_FLOAT(key) && TYPE_OF(key)->as_int != NULL)) {
        if (obj_as_ssize(key, &i) < 0) {
            if (err_matches(&exc_OverflowError)) {
                err_clear();
                return err_format(&exc_IndexError, "cannot fit '%s' into an index-sized integer",
                                  obj_type_name(key));
            }
            return VAL_NULL;
        }
    } else {
        return err_format(&exc_TypeError, "string indices must be integers, not '%s'",
                          obj_type_name(key));
    }
    ssize_t len = (ssize_t)STR_LEN(self);
    if (i < 0) i += len;
    if (i < 0 || i >= len) return err_set_str(&exc_IndexError, "string index out of range");
    return str_char_at(self, (size_t)i);
}

static int str_contains(Value self, Value item) {
    if (!IS_STR(item)) {
        err_format(&exc_TypeError, "'in <string>' requires string as left operand, not %s",
                   obj_type_name(item));
        return -1;
    }
    if (STR_NBYTES(item) == 0) return 1;
    return memmem(STR_DATA(self), STR_NBYTES(self), STR_DATA(item), STR_NBYTES(item)) != NULL;
}

/* True when other is a user class that may handle the operator itself. */
static bool str_defer_to(Value other) {
    return (TYPE_OF(other)->flags & TYPE_HEAP) != 0;
}

static Value str_add(Value a, Value b) {
    if (!IS_STR(a)) return NEWREF(VAL_NOTIMPL);
    if (!IS_STR(b)) {
        if (str_defer_to(b)) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can only concatenate str (not \"%s\") to str",
                          obj_type_name(b));
    }
    return str_concat(a, b);
}

/* s * n: the repetition, '' for n <= 0. */
static Value str_repeat(Value s, Value count) {
    ssize_t n;
    if (obj_as_ssize(count, &n) < 0) {
        if (err_matches(&exc_OverflowError)) {
            err_clear();
            return err_format(&exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                              obj_type_name(count));
        }
        return VAL_NULL;
    }
    size_t nb = STR_NBYTES(s);
    if (n <= 0 || nb == 0) return str_empty();
    if (n == 1 && IS_TYPE(s, str_type)) return NEWREF(s);
    /* CPython's limit counts code points; the UTF-8 size past it is just
     * more memory than there is */
    if (STR_LEN(s) > SSIZE_MAX / (size_t)n)
        return err_set_str(&exc_OverflowError, "repeated string is too long");
    if ((size_t)n > (SIZE_MAX / 2) / nb) return err_no_memory();
    StrObj *o = str_try_alloc(nb * (size_t)n, STR_LEN(s) * (size_t)n);
    if (o == NULL) return err_no_memory();
    if (nb == 1) {
        memset(o->data, STR_DATA(s)[0], (size_t)n);
    } else {
        memcpy(o->data, STR_DATA(s), nb);
        size_t done = nb, total = nb * (size_t)n;
        while (done < total) {
            size_t chunk = done < total - done ? done : total - done;
            memcpy(o->data + done, o->data, chunk);
            done += chunk;
        }
    }
    return OBJ_VAL(o);
}

/* An int, or a built-in type other than float that converts to one. */
static bool str_is_count(Value v) {
    return IS_INT(v) || (!IS_FLOAT(v) && TYPE_OF(v)->as_int != NULL);
}

static Value str_mul(Value a, Value b) {
    Value s = IS_STR(a) ? a : b, other = IS_STR(a) ? b : a;
    if (!IS_STR(s)) return NEWREF(VAL_NOTIMPL);
    if (IS_INT(other)) return str_repeat(s, other);
    if (str_defer_to(other)) {
        if (type_lookup(TYPE_OF(other), names.__index__) != VAL_NULL) return str_repeat(s, other);
        return NEWREF(VAL_NOTIMPL);
    }
    if (str_is_count(other)) return str_repeat(s, other);
    return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      obj_type_name(other));
}

static Value str_mod(Value a, Value b) {
    if (!IS_STR(a)) return NEWREF(VAL_NOTIMPL);
    return str_printf_format(a, b);
}

/* An instance of the str subclass type with the contents of s (stolen).
 * Subclasses keep str's layout (no instance __dict__, typeobject.c). */
static Value str_new_subtype(Type *type, Value s) {
    if (s == VAL_NULL) return VAL_NULL;
    size_t n = STR_NBYTES(s);
    StrObj *o = (StrObj *)obj_alloc_size(type, offsetof(StrObj, data) + n + 1);
    o->len = STR_LEN(s);
    o->nbytes = n;
    o->hash = -1;
    o->ascii = n == o->len;
    o->interned = false;
    memcpy(o->data, STR_DATA(s), n + 1);
    DECREF(s);
    return OBJ_VAL(o);
}

static Value str_new(Type *type, Value *args, size_t nargs, Value kwnames);

/* str(object='', encoding='utf-8', errors='strict') */
static Value str_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    Value obj = VAL_NULL, enc = VAL_NULL, errs = VAL_NULL;
    if (args_parse("str", args, nargs, kwnames, "|object,encoding,errors", &obj, &enc, &errs) < 0)
        return VAL_NULL;
    if (type != &str_type) return str_new_subtype(type, str_new(&str_type, args, nargs, kwnames));
    if (obj == VAL_NULL) return str_empty();
    if (enc == VAL_NULL && errs == VAL_NULL) return obj_str(obj);
    if (enc != VAL_NULL && !IS_STR(enc))
        return err_format(&exc_TypeError, "str() argument 'encoding' must be str, not %s",
                          IS_NONE(enc) ? "None" : obj_type_name(enc));
    if (errs != VAL_NULL && !IS_STR(errs))
        return err_format(&exc_TypeError, "str() argument 'errors' must be str, not %s",
                          IS_NONE(errs) ? "None" : obj_type_name(errs));
    const char *e = enc ? STR_DATA(enc) : "utf-8", *r = errs ? STR_DATA(errs) : "strict";
    if (IS_TYPE(obj, bytes_type)) return str_decode((const char *)BYTES_DATA(obj), BYTES_LEN(obj), e, r);
    if (IS_TYPE(obj, bytearray_type))
        return str_decode((const char *)BYTEARRAY_DATA(obj), BYTEARRAY_LEN(obj), e, r);
    if (IS_STR(obj)) return err_set_str(&exc_TypeError, "decoding str is not supported");
    return err_format(&exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                      obj_type_name(obj));
}

/* ---------------------------------------------------------------- iterator */

typedef struct {
    Obj hdr;
    Value s;        /* the str, or VAL_NULL once exhausted */
    size_t byte;    /* offset of the next code point */
} StrIterObj;

static Value str_iter(Value self) {
    StrIterObj *it = (StrIterObj *)obj_alloc(&str_iter_type);
    it->s = NEWREF(self);
    it->byte = 0;
    return OBJ_VAL(it);
}

static Value str_iter_next(Value self) {
    StrIterObj *it = (StrIterObj *)AS_OBJ(self);
    if (it->s == VAL_NULL) return VAL_NULL;
    if (it->byte >= STR_NBYTES(it->s)) {
        CLEAR(it->s);
        return VAL_NULL;
    }
    const char *p = STR_DATA(it->s) + it->byte;
    uint32_t cp = str_utf8_next(&p);
    it->byte = (size_t)(p - STR_DATA(it->s));
    return str_from_codepoint(cp);
}

static Value str_iter_self(Value self) {
    return NEWREF(self);
}

static void str_iter_dealloc(Obj *o) {
    XDECREF(((StrIterObj *)o)->s);
    obj_free(o);
}

/* -------------------------------------------------------------------- types */

Type str_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "str",
    .base = &object_type,
    .flags = TYPE_BASETYPE | TYPE_STR_SUBCLASS,
    .basicsize = sizeof(StrObj),
    .new_ = str_new,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .truthy = str_truthy,
    .format = format_str,
    .getattr = obj_generic_getattr,
    .iter = str_iter,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .binop = {[BINOP_ADD] = str_add, [BINOP_MUL] = str_mul, [BINOP_MOD] = str_mod},
    .methods = str_methods,
};

Type str_iter_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "str_iterator",
    .base = &object_type,
    .basicsize = sizeof(StrIterObj),
    .dealloc = str_iter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = str_iter_self,
    .next = str_iter_next,
};

/* The shared immortal empty str; the one-character strs follow on demand
 * (str_latin1_char). */
static void str_init_cache(void) {
    if (str_empty_v != VAL_NULL) return;
    StrObj *e = str_alloc(0, 0);
    str_empty_v = str_intern(OBJ_VAL(e));
}

int str_init_types(void) {
    str_init_cache();
    if (type_ready(&str_type) < 0) return -1;
    return type_ready(&str_iter_type);
}
