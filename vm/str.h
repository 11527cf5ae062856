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
    char data[];       /* UTF-8, NUL-terminated */
} StrObj;

#define IS_STR(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &str_type || type_is_subtype(AS_OBJ(v)->type, &str_type)))
#define STR_DATA(v) (((StrObj *)AS_OBJ(v))->data)
#define STR_NBYTES(v) (((StrObj *)AS_OBJ(v))->nbytes)
#define STR_LEN(v) (((StrObj *)AS_OBJ(v))->len)

Value str_from_cstr(const char *s);                   /* UTF-8 expected */
Value str_from_utf8(const char *s, size_t nbytes);    /* validates; UnicodeDecodeError */
Value str_from_ascii_unchecked(const char *s, size_t nbytes);
Value str_printf(const char *fmt, ...);               /* printf into a new str */
Value str_intern(Value s);                            /* steals s, returns the interned one */
Value str_intern_cstr(const char *s);                 /* immortal interned str */
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

#endif
