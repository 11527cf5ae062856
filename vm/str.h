/* str.h - immutable Unicode strings stored as UTF-8, indexed by code point. */
#ifndef BATON_STR_H
#define BATON_STR_H

#include "object.h"

typedef struct {
    Obj hdr;
    size_t len;        /* code points */
    size_t nbytes;     /* bytes of UTF-8 in data, excluding the NUL */
    int64_t hash;      /* -1 until computed */
    bool ascii;        /* nbytes == len: O(1) indexing */
    bool interned;
    size_t idx_cp, idx_byte; /* last code point index looked up and its byte offset */
    char data[];       /* UTF-8, NUL-terminated */
} StrObj;

#define IS_STR(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &str_type || type_is_subtype(AS_OBJ(v)->type, &str_type)))
#define STR_DATA(v) (((StrObj *)AS_OBJ(v))->data)
#define STR_NBYTES(v) (((StrObj *)AS_OBJ(v))->nbytes)
#define STR_LEN(v) (((StrObj *)AS_OBJ(v))->len)

Value str_from_cstr(const char *s);                   /* UTF-8 expected */
Value str_from_utf8(const char *s, size_t nbytes);    /* validates; UnicodeDecodeError (lone surrogates pass) */
Value str_from_ascii_unchecked(const char *s, size_t nbytes);
Value str_printf(const char *fmt, ...);               /* printf into a new str */
Value str_intern(Value s);                            /* steals s, returns the interned one */
Value str_intern_cstr(const char *s);                 /* immortal interned str */
Value str_interned_cstr(const char *s);               /* the interned one, or VAL_NULL (none made) */
Value str_concat(Value a, Value b);
Value str_join(Value sep, Value iterable);
bool str_eq(Value a, Value b);                        /* both str */
int64_t str_hash(Value s);
Value str_from_codepoint(uint32_t cp);
const char *str_cstr(Value s);                        /* STR_DATA */
int str_init_types(void);

/* A growable UTF-8 buffer for building strings (repr, join, format). */
typedef struct { char *data; size_t len, cap; size_t ncodepoints; bool ascii; } StrBuf;
void strbuf_init(StrBuf *b);
/* Room for n more bytes, for sizes a program chose ("x".center(n)): false,
 * with nothing changed, if there is no memory (raise MemoryError). */
bool strbuf_try_reserve(StrBuf *b, size_t n);
void strbuf_append(StrBuf *b, const char *s, size_t nbytes);   /* UTF-8 */
void strbuf_append_cstr(StrBuf *b, const char *s);
void strbuf_append_str(StrBuf *b, Value s);
void strbuf_append_char(StrBuf *b, char c);
void strbuf_append_codepoint(StrBuf *b, uint32_t cp);
void strbuf_printf(StrBuf *b, const char *fmt, ...);
int strbuf_append_repr(StrBuf *b, Value v);  /* repr(v); -1 on error */
int strbuf_append_strof(StrBuf *b, Value v); /* str(v); -1 on error */
Value strbuf_finish(StrBuf *b);              /* a new str; the buffer is freed */
void strbuf_free(StrBuf *b);

/* Additions by the strings engineer (str.c, str_format.c). */
Value str_empty(void);                                /* new ref to '' */
/* A str from UTF-8 known valid with len code points (no checks). */
Value str_from_utf8_len(const char *s, size_t nbytes, size_t len);
/* Byte offset of code point i (0 <= i <= len) in s; O(1) for ASCII. */
size_t str_byte_offset(Value s, size_t i);
/* The hash function of str and bytes (FNV-1a 64); never -1. */
int64_t str_hash_bytes(const void *data, size_t n);
/* Decode bytes with encoding ("utf-8", "ascii", "latin-1" and aliases) and
 * errors ("strict", "ignore", "replace"), as bytes.decode(). */
Value str_decode(const char *data, size_t n, const char *encoding, const char *errors);
/* Checks the positional-only arguments of a str/bytes method (self
 * excluded) with CPython's messages; qualname is "str.find". oldstyle
 * selects the "takes at least 1 argument (0 given)" wording of find & co.
 * Returns -1 with TypeError set. */
int str_method_args(const char *qualname, size_t given, Value kwnames, size_t min, size_t max, bool oldstyle);
/* A C int argument of a str/bytes method (expandtabs' tabsize): an index,
 * OverflowError "Python int too large to convert to C int" outside int. */
int str_c_int_arg(Value v, int *out);
/* s.encode(encoding, errors): a bytes object. */
Value str_encode(Value s, const char *encoding, const char *errors);
/* Decode the UTF-8 code point at *p (valid UTF-8) and advance *p past it. */
static inline uint32_t str_utf8_next(const char **p) {
    const unsigned char *s = (const unsigned char *)*p;
    uint32_t c = s[0];
    if (c < 0x80) { *p += 1; return c; }
    if (c < 0xE0) { *p += 2; return ((c & 0x1F) << 6) | (s[1] & 0x3F); }
    if (c < 0xF0) { *p += 3; return ((c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F); }
    *p += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}
/* Encode cp as UTF-8 into out (4 bytes of room); returns the byte count. */
static inline size_t str_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F)); return 4;
}

#endif
