/* json.c - the `_json` module: the C encoder and scanner behind json.py.
 *
 *   _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
 *                indent, item_separator, key_separator, default, sort_keys)
 *       the JSON text of obj as one str; indent is None or the str repeated
 *       once per nesting level, default None or a callable.
 *   _json.decode(s, idx, raw, strict, object_hook, object_pairs_hook,
 *                parse_float, parse_int, parse_constant, error_class)
 *       raw false: the value of the whole document s (whitespace around it
 *       allowed, "Extra data" after it); raw true: (value, end) for the value
 *       starting exactly at code point idx. A hook that is None keeps the
 *       default. Syntax errors raise error_class(msg, s, pos), which is
 *       json.JSONDecodeError.
 *
 * json.py holds the public API (dumps/loads/dump/load, JSONEncoder,
 * JSONDecoder, JSONDecodeError) and turns its keyword arguments into these
 * positional ones. Output and error messages follow CPython 3.11's json.
 *
 * Both directions work on the UTF-8 bytes of baton's str: every JSON token
 * is ASCII, so the scanner walks bytes and converts a byte offset to a code
 * point index only when it reports a position. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "eval.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "registry.h"
#include "str.h"
#include "tuple.h"

/* ---- the output buffer of the encoder ---- */

/* Raw UTF-8 bytes; the str is built once at the end (no code point counting
 * per append as StrBuf does: the output is ASCII when ensure_ascii is set). */
typedef struct {
    char *data;
    size_t len, cap;
} JsonOut;

static void json_out_grow(JsonOut *o, size_t n) {
    size_t cap = o->cap ? o->cap : 256;
    while (cap - o->len < n) cap *= 2;
    o->data = mem_realloc(o->data, cap);
    o->cap = cap;
}

static inline void json_out(JsonOut *o, const char *s, size_t n) {
    if (o->cap - o->len < n) json_out_grow(o, n);
    memcpy(o->data + o->len, s, n);
    o->len += n;
}

static inline void json_out_char(JsonOut *o, char c) {
    if (o->cap == o->len) json_out_grow(o, 1);
    o->data[o->len++] = c;
}

static inline void json_out_str(JsonOut *o, Value s) {
    json_out(o, STR_DATA(s), STR_NBYTES(s));
}

/* ---- encoder ---- */

typedef struct {
    JsonOut out;
    Value markers;       /* dict id -> object of the containers being encoded, or VAL_NULL */
    Value deflt;         /* default(o), or VAL_NULL */
    Value indent;        /* str or VAL_NULL */
    Value item_sep, key_sep;
    bool skipkeys, ensure_ascii, allow_nan, sort_keys;
    int level;           /* nesting depth, for the indentation */
} JsonEnc;

static int enc_value(JsonEnc *e, Value v);

static const char json_hex[] = "0123456789abcdef";

static void enc_u_escape(JsonOut *o, uint32_t cp) {
    char esc[6] = {'\\', 'u', json_hex[(cp >> 12) & 0xf], json_hex[(cp >> 8) & 0xf],
                   json_hex[(cp >> 4) & 0xf], json_hex[cp & 0xf]};
    json_out(o, esc, 6);
}

/* The escape of an ASCII control character, quote or backslash. */
static void enc_escape_ascii(JsonOut *o, unsigned char c) {
    char two[2] = {'\\', 0};
    switch (c) {
    case '"': two[1] = '"'; break;
    case '\\': two[1] = '\\'; break;
    case '\b': two[1] = 'b'; break;
    case '\f': two[1] = 'f'; break;
    case '\n': two[1] = 'n'; break;
    case '\r': two[1] = 'r'; break;
    case '\t': two[1] = 't'; break;
    default: enc_u_escape(o, c); return;
    }
    json_out(o, two, 2);
}

/* A code point beyond ASCII as \uXXXX, or a surrogate pair beyond the BMP. */
static void enc_escape_nonascii(JsonOut *o, uint32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        enc_u_escape(o, 0xD800 | (cp >> 10));
        enc_u_escape(o, 0xDC00 | (cp & 0x3FF));
    } else {
        enc_u_escape(o, cp);
    }
}

/* "s" with JSON escapes: quote, backslash and control characters always;
 * with ensure_ascii also DEL and everything beyond ASCII. Runs of bytes that
 * need no escape are copied in one go. */
static void enc_string(JsonEnc *e, Value s) {
    JsonOut *o = &e->out;
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s), *run = p;
    unsigned char limit = e->ensure_ascii ? 0x7f : 0xff;
    json_out_char(o, '"');
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c >= 0x20 && c != '"' && c != '\\' && c < limit) {
            p++;
            continue;
        }
        json_out(o, run, (size_t)(p - run));
        if (c < 0x7f) {
            enc_escape_ascii(o, c);
            p++;
        } else if (c == 0x7f) {
            enc_u_escape(o, c);
            p++;
        } else {
            enc_escape_nonascii(o, str_utf8_next(&p));
        }
        run = p;
    }
    json_out(o, run, (size_t)(p - run));
    json_out_char(o, '"');
}

/* int.__repr__: small ints written directly, big ones (and int
 * subclasses) through int_repr_base, which enforces the 4300-digit limit. */
static int enc_int(JsonOut *o, Value v) {
    if (IS_SMALLINT(v)) {
        char buf[24];
        intptr_t i = AS_SMALLINT(v);
        uintptr_t u = i < 0 ? (uintptr_t)0 - (uintptr_t)i : (uintptr_t)i;
        char *q = buf + sizeof buf;
        do *--q = (char)('0' + u % 10); while ((u /= 10) != 0);
        if (i < 0) *--q = '-';
        json_out(o, q, (size_t)(buf + sizeof buf - q));
        return 0;
    }
    Value r = int_repr_base(v, 10);
    if (r == VAL_NULL) return -1;
    json_out_str(o, r);
    DECREF(r);
    return 0;
}

/* float.__repr__, or NaN / Infinity / -Infinity (ValueError without allow_nan). */
static int enc_float(JsonEnc *e, double d) {
    if (isfinite(d)) {
        char buf[64];
        size_t n = float_repr_buf(d, buf, sizeof buf);
        json_out(&e->out, buf, n);
        return 0;
    }
    if (!e->allow_nan)
        return err_set_int(&exc_ValueError, "Out of range float values are not JSON compliant");
    const char *word = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    json_out(&e->out, word, strlen(word));
    return 0;
}

/* The key of v in markers: its address as an int (small: no allocation). */
static Value enc_id(Value v) {
    return int_from_i64((int64_t)(intptr_t)AS_OBJ(v));
}

static int enc_unmark(JsonEnc *e, Value v) {
    if (e->markers == VAL_NULL) return 0;
    Value id = enc_id(v);
    int rc = dict_del(e->markers, id);
    DECREF(id);
    return rc;
}

/* Enter a container or a default() result: the circular reference check
 * (markers holds the ids of the objects on the current path, as CPython's
 * encoder does) and the recursion limit. 0, or -1 with an error. */
static int enc_enter(JsonEnc *e, Value v, const char *where) {
    if (e->markers != VAL_NULL) {
        Value id = enc_id(v);
        int has = dict_contains(e->markers, id);
        if (has == 0) has = dict_set(e->markers, id, v) < 0 ? -1 : 0;
        else if (has == 1) err_set_str(&exc_ValueError, "Circular reference detected");
        DECREF(id);
        if (has != 0) return -1;
    }
    if (eval_enter_recursive_call(where) < 0) {
        enc_unmark(e, v);
        return -1;
    }
    return 0;
}

/* Leave what enc_enter entered; rc is the result so far. */
static int enc_leave(JsonEnc *e, Value v, int rc) {
    eval_leave_recursive_call();
    return enc_unmark(e, v) < 0 ? -1 : rc;
}

/* A newline and the indent repeated `level` times (only with an indent). */
static void enc_newline(JsonEnc *e) {
    json_out_char(&e->out, '\n');
    for (int i = 0; i < e->level; i++) json_out_str(&e->out, e->indent);
}

/* Before each item but the first: the item separator (and the newline). */
static void enc_separator(JsonEnc *e, bool *first) {
    if (*first) {
        *first = false;
        return;
    }
    json_out_str(&e->out, e->item_sep);
    if (e->indent != VAL_NULL) enc_newline(e);
}

/* The items of a list or tuple; len is re-read since default() may mutate it. */
static int enc_array(JsonEnc *e, Value seq) {
    bool is_list = IS_LIST(seq);
    size_t n = is_list ? LIST_LEN(seq) : TUPLE_LEN(seq);
    if (n == 0) {
        json_out(&e->out, "[]", 2);
        return 0;
    }
    if (enc_enter(e, seq, " while encoding a JSON array") < 0) return -1;
    json_out_char(&e->out, '[');
    e->level++;
    if (e->indent != VAL_NULL) enc_newline(e);
    int rc = 0;
    bool first = true;
    for (size_t i = 0; rc == 0 && i < (is_list ? LIST_LEN(seq) : TUPLE_LEN(seq)); i++) {
        Value item = NEWREF(is_list ? LIST_GET(seq, i) : TUPLE_GET(seq, i));
        enc_separator(e, &first);
        rc = enc_value(e, item);
        DECREF(item);
    }
    e->level--;
    if (e->indent != VAL_NULL) enc_newline(e);
    json_out_char(&e->out, ']');
    return enc_leave(e, seq, rc);
}

/* The key as JSON text: str, float, True/False/None or int, else skipped
 * (1) with skipkeys or TypeError. 0 with *out a new str, 1 skip, -1 error. */
static int enc_key(JsonEnc *e, Value k, Value *out) {
    if (IS_STR(k)) {
        *out = NEWREF(k);
        return 0;
    }
    if (IS_FLOAT(k)) {
        size_t mark = e->out.len;
        if (enc_float(e, FLOAT_VAL(k)) < 0) return -1;
        *out = str_from_ascii_unchecked(e->out.data + mark, e->out.len - mark);
        e->out.len = mark;
        return 0;
    }
    if (k == VAL_TRUE || k == VAL_FALSE || IS_NONE(k)) {
        *out = str_from_cstr(k == VAL_TRUE ? "true" : k == VAL_FALSE ? "false" : "null");
        return 0;
    }
    if (IS_INT(k)) {
        *out = int_repr_base(k, 10);
        return *out == VAL_NULL ? -1 : 0;
    }
    if (e->skipkeys) return 1;
    err_format(&exc_TypeError, "keys must be str, int, float, bool or None, not %T", k);
    return -1;
}

static int enc_pair(JsonEnc *e, Value k, Value v, bool *first) {
    Value ks;
    int r = enc_key(e, k, &ks);
    if (r != 0) return r < 0 ? -1 : 0;
    enc_separator(e, first);
    enc_string(e, ks);
    DECREF(ks);
    json_out_str(&e->out, e->key_sep);
    return enc_value(e, v);
}

/* The (key, value) tuples of d sorted as sorted(d.items()) sorts them. */
static Value enc_sorted_items(Value d) {
    Value items = list_new(0);
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        Value t = tuple_pack(2, k, v);
        int rc = list_append(items, t);
        DECREF(t);
        if (rc < 0) goto fail;
    }
    if (list_sort(items, VAL_NULL, false) == 0) return items;
fail:
    DECREF(items);
    return VAL_NULL;
}

static int enc_items(JsonEnc *e, Value d) {
    bool first = true;
    int rc = 0;
    if (e->sort_keys) {
        Value items = enc_sorted_items(d);
        if (items == VAL_NULL) return -1;
        for (size_t i = 0; rc == 0 && i < LIST_LEN(items); i++)
            rc = enc_pair(e, TUPLE_GET(LIST_GET(items, i), 0), TUPLE_GET(LIST_GET(items, i), 1), &first);
        DECREF(items);
        return rc;
    }
    size_t pos = 0;
    Value k, v;
    while (rc == 0 && dict_next(d, &pos, &k, &v)) {
        INCREF(k);
        INCREF(v);
        rc = enc_pair(e, k, v, &first);
        DECREF(k);
        DECREF(v);
    }
    return rc;
}

static int enc_dict(JsonEnc *e, Value d) {
    if (DICT_LEN(d) == 0) {
        json_out(&e->out, "{}", 2);
        return 0;
    }
    if (enc_enter(e, d, " while encoding a JSON object") < 0) return -1;
    json_out_char(&e->out, '{');
    e->level++;
    if (e->indent != VAL_NULL) enc_newline(e);
    int rc = enc_items(e, d);
    e->level--;
    if (e->indent != VAL_NULL) enc_newline(e);
    json_out_char(&e->out, '}');
    return enc_leave(e, d, rc);
}

/* Anything else: default(o), encoded in its place; without a default,
 * CPython's "Object of type set is not JSON serializable". */
static int enc_default(JsonEnc *e, Value v) {
    if (e->deflt == VAL_NULL) {
        err_format(&exc_TypeError, "Object of type %s is not JSON serializable", TYPE_OF(v)->name);
        return -1;
    }
    if (enc_enter(e, v, " while encoding a JSON object") < 0) return -1;
    Value r = obj_call1(e->deflt, v);
    int rc = -1;
    if (r != VAL_NULL) {
        rc = enc_value(e, r);
        DECREF(r);
    }
    return enc_leave(e, v, rc);
}

/* v by its type, in the order of CPython's encoder (a str or int subclass
 * is encoded as str or int, anything unknown goes to default). */
static int enc_value(JsonEnc *e, Value v) {
    int rc = 0;
    if (IS_SMALLINT(v)) {
        rc = enc_int(&e->out, v);
    } else if (IS_STR(v)) {
        enc_string(e, v);
    } else if (IS_NONE(v)) {
        json_out(&e->out, "null", 4);
    } else if (v == VAL_TRUE) {
        json_out(&e->out, "true", 4);
    } else if (v == VAL_FALSE) {
        json_out(&e->out, "false", 5);
    } else if (IS_INT(v)) {
        rc = enc_int(&e->out, v);
    } else if (IS_FLOAT(v)) {
        rc = enc_float(e, FLOAT_VAL(v));
    } else if (IS_LIST(v) || IS_TUPLE(v)) {
        rc = enc_array(e, v);
    } else if (IS_DICT(v)) {
        rc = enc_dict(e, v);
    } else {
        rc = enc_default(e, v);
    }
    return rc;
}

/* The output as a str: ASCII when ensure_ascii, else valid UTF-8 whose code
 * points are counted once here. */
static Value enc_finish(JsonEnc *e) {
    const char *d = e->out.data ? e->out.data : "";
    if (e->ensure_ascii) return str_from_ascii_unchecked(d, e->out.len);
    size_t ncp = 0;
    for (size_t i = 0; i < e->out.len; i++) ncp += ((unsigned char)d[i] & 0xC0) != 0x80;
    return str_from_utf8_len(d, e->out.len, ncp);
}

static int json_str_arg(const char *what, Value v) {
    if (IS_STR(v)) return 0;
    err_format(&exc_TypeError, "%s must be str, not %T", what, v);
    return -1;
}

/* *out = bool(v); -1 if that raised. */
static int json_flag(Value v, bool *out) {
    int t = obj_truthy(v);
    *out = t > 0;
    return t < 0 ? -1 : 0;
}

static Value json_encode(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("encode", kwnames) < 0 || args_count("encode", nargs, 10, 10) < 0) return VAL_NULL;
    JsonEnc e = {0};
    bool circ;
    if (json_flag(args[1], &e.skipkeys) < 0 || json_flag(args[2], &e.ensure_ascii) < 0 ||
        json_flag(args[3], &circ) < 0 || json_flag(args[4], &e.allow_nan) < 0 ||
        json_flag(args[9], &e.sort_keys) < 0)
        return VAL_NULL;
    if (!IS_NONE(args[5]) && json_str_arg("indent", args[5]) < 0) return VAL_NULL;
    if (json_str_arg("item_separator", args[6]) < 0 || json_str_arg("key_separator", args[7]) < 0)
        return VAL_NULL;
    e.indent = IS_NONE(args[5]) ? VAL_NULL : args[5];
    e.item_sep = args[6];
    e.key_sep = args[7];
    e.deflt = IS_NONE(args[8]) ? VAL_NULL : args[8];
    e.markers = circ ? dict_new() : VAL_NULL;
    int rc = enc_value(&e, args[0]);
    XDECREF(e.markers);
    Value r = rc == 0 ? enc_finish(&e) : VAL_NULL;
    mem_free(e.out.data);
    return r;
}

/* ---- decoder ---- */

#define JSON_KEYCACHE 512     /* direct-mapped cache of object keys (power of 2) */
#define JSON_KEYCACHE_MAXLEN 64

typedef struct {
    const char *s;       /* the document's UTF-8 */
    size_t n;            /* its length in bytes */
    Value doc;           /* the document (for errors) */
    Value errcls;        /* JSONDecodeError */
    Value object_hook, pairs_hook, parse_float, parse_int, parse_constant; /* VAL_NULL: default */
    bool strict;         /* control characters in strings are errors */
    Value *stack;        /* items of the arrays being read, innermost last */
    size_t sp, cap;
    Value keys[JSON_KEYCACHE]; /* recently seen object keys, so repeated keys share one str */
} JsonDec;

static Value dec_value(JsonDec *d, size_t *pi);

/* The code point index of byte offset off. */
static size_t dec_cp_index(const JsonDec *d, size_t off) {
    if (((StrObj *)AS_OBJ(d->doc))->ascii) return off;
    size_t n = 0;
    for (size_t i = 0; i < off; i++) n += ((unsigned char)d->s[i] & 0xC0) != 0x80;
    return n;
}

/* Raise error_class(msg, doc, pos) at code point pos; returns VAL_NULL. */
static Value dec_error_at(const JsonDec *d, const char *msg, size_t pos) {
    Value m = str_from_cstr(msg);
    Value p = int_from_u64(pos);
    Value argv[3] = {m, d->doc, p};
    Value exc = obj_call(d->errcls, argv, 3, VAL_NULL);
    DECREF(m);
    DECREF(p);
    if (exc != VAL_NULL) {
        err_set_obj(exc);
        DECREF(exc);
    }
    return VAL_NULL;
}

/* The same error at byte offset off. */
static Value dec_error(const JsonDec *d, const char *msg, size_t off) {
    return dec_error_at(d, msg, dec_cp_index(d, off));
}

static inline size_t dec_skip_ws(const JsonDec *d, size_t i) {
    while (i < d->n && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r')) i++;
    return i;
}

static int dec_hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The 4 hex digits at s[i..i+4), or -1. */
static int32_t dec_hex4(const JsonDec *d, size_t i) {
    int32_t v = 0;
    for (size_t k = 0; k < 4; k++) {
        int h = dec_hexval(d->s[i + k]);
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* The \uXXXX escape whose 'u' is at byte i (and a following low surrogate
 * escape when it is a high surrogate): the code point, *pi past it. As
 * CPython, it needs one more character after the digits (the string is not
 * closed otherwise), and a high surrogate not followed by a low one stays a
 * lone surrogate. -1 with the error raised. */
static int64_t dec_unicode_escape(JsonDec *d, size_t i, size_t *pi) {
    size_t digits = i + 1;
    int32_t c = digits + 4 < d->n ? dec_hex4(d, digits) : -1;
    if (c < 0) {
        dec_error(d, "Invalid \\uXXXX escape", i);
        return -1;
    }
    *pi = digits + 4;
    if (c >= 0xD800 && c <= 0xDBFF && *pi + 6 < d->n && d->s[*pi] == '\\' && d->s[*pi + 1] == 'u') {
        int32_t c2 = dec_hex4(d, *pi + 2);
        if (c2 < 0) {
            dec_error(d, "Invalid \\uXXXX escape", *pi + 1);
            return -1;
        }
        if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
            *pi += 6;
            return 0x10000 + (((int64_t)c - 0xD800) << 10) + (c2 - 0xDC00);
        }
    }
    return c;
}


/* The rest of a string that has escapes: b holds the text before byte i
 * (a backslash); begin is the opening quote; *pi ends past the closing one. */
static Value dec_string_escapes(JsonDec *d, size_t begin, size_t i, StrBuf *b, size_t *pi) {
    for (;;) {
        size_t run = i;
        while (i < d->n && d->s[i] != '"' && d->s[i] != '\\') {
            if ((unsigned char)d->s[i] < 0x20 && d->strict) {
                strbuf_free(b);
                return dec_error(d, "Invalid control character at", i);
            }
            i++;
        }
        strbuf_append(b, d->s + run, i - run);
        if (i >= d->n || (d->s[i] == '\\' && i + 1 >= d->n)) break;
        if (d->s[i] == '"') {
            *pi = i + 1;
            return strbuf_finish(b);
        }
        char c = d->s[i + 1], out;
        switch (c) {
        case '"': case '\\': case '/': out = c; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'u': {
            int64_t cp = dec_unicode_escape(d, i + 1, &i);
            if (cp < 0) {
                strbuf_free(b);
                return VAL_NULL;
            }
            strbuf_append_codepoint(b, (uint32_t)cp);
            continue;
        }
        default:
            strbuf_free(b);
            return dec_error(d, "Invalid \\escape", i);
        }
        strbuf_append_char(b, out);
        i += 2;
    }
    strbuf_free(b);
    return dec_error(d, "Unterminated string starting at", begin);
}

/* An object key: short keys are looked up by their bytes in the key cache
 * first, so a document's repeated keys share one str (and its cached hash). */
static Value dec_key(JsonDec *d, const char *p, size_t len, size_t ncp) {
    if (len > JSON_KEYCACHE_MAXLEN) return str_from_utf8_len(p, len, ncp);
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < len; k++) h = (h ^ (unsigned char)p[k]) * 16777619u;
    Value *slot = &d->keys[h & (JSON_KEYCACHE - 1)];
    if (*slot != VAL_NULL && STR_NBYTES(*slot) == len && memcmp(STR_DATA(*slot), p, len) == 0)
        return NEWREF(*slot);
    Value key = str_from_utf8_len(p, len, ncp);
    SETREF(*slot, NEWREF(key));
    return key;
}

/* The string whose opening quote is at byte begin; *pi ends past the closing
 * quote. The common case, no escapes, is one scan and one copy. */
static Value dec_string(JsonDec *d, size_t begin, size_t *pi, bool is_key) {
    size_t i = begin + 1, ncp = 0;
    for (; i < d->n; i++) {
        unsigned char c = (unsigned char)d->s[i];
        if (c == '"') {
            *pi = i + 1;
            const char *p = d->s + begin + 1;
            return is_key ? dec_key(d, p, i - begin - 1, ncp) : str_from_utf8_len(p, i - begin - 1, ncp);
        }
        if (c == '\\') break;
        if (c < 0x20 && d->strict) return dec_error(d, "Invalid control character at", i);
        ncp += (c & 0xC0) != 0x80;
    }
    if (i >= d->n) return dec_error(d, "Unterminated string starting at", begin);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, d->s + begin + 1, i - begin - 1);
    return dec_string_escapes(d, begin, i, &b, pi);
}

static inline bool dec_isdigit(char c) {
    return c >= '0' && c <= '9';
}

/* The digits of an int that fits in 18 digits, without GMP or a str. */
static Value dec_small_int(const char *p, size_t len) {
    bool neg = *p == '-';
    int64_t v = 0;
    for (size_t k = neg; k < len; k++) v = v * 10 + (p[k] - '0');
    return int_from_i64(neg ? -v : v);
}

/* A float from text strtod can read (the scanner has checked the syntax;
 * the copy stops strtod from reading past the number). */
static Value dec_float(const char *p, size_t len) {
    char small[64];
    char *buf = len < sizeof small ? small : mem_alloc(len + 1);
    memcpy(buf, p, len);
    buf[len] = '\0';
    double x = strtod(buf, NULL);
    if (buf != small) mem_free(buf);
    return float_from_double(x);
}

/* The end (byte offset) of the number starting at byte start, as CPython's
 * scanner reads it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, where an
 * exponent without digits is left unread. 0 if there is no number. */
static size_t dec_number_end(const JsonDec *d, size_t start, bool *is_float) {
    const char *s = d->s;
    size_t n = d->n, i = start + (s[start] == '-');
    *is_float = false;
    if (i < n && s[i] >= '1' && s[i] <= '9') {
        while (++i < n && dec_isdigit(s[i])) {}
    } else if (i < n && s[i] == '0') {
        i++;
    } else {
        return 0;
    }
    if (i + 1 < n && s[i] == '.' && dec_isdigit(s[i + 1])) {
        *is_float = true;
        for (i += 2; i < n && dec_isdigit(s[i]);) i++;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '-' || s[j] == '+')) j++;
        size_t digits = j;
        while (j < n && dec_isdigit(s[j])) j++;
        if (j > digits) {
            *is_float = true;
            i = j;
        }
    }
    return i;
}

static Value dec_number(JsonDec *d, size_t start, size_t *pi) {
    bool is_float;
    size_t end = dec_number_end(d, start, &is_float);
    if (end == 0) return dec_error(d, "Expecting value", start);
    *pi = end;
    const char *p = d->s + start;
    size_t len = end - start;
    Value hook = is_float ? d->parse_float : d->parse_int;
    if (hook != VAL_NULL) {
        Value text = str_from_ascii_unchecked(p, len);
        Value r = obj_call1(hook, text);
        DECREF(text);
        return r;
    }
    if (is_float) return dec_float(p, len);
    if (len <= 18) return dec_small_int(p, len);
    return int_from_string(p, len, 10);
}

/* NaN, Infinity or -Infinity: parse_constant(name), or the float. */
static Value dec_constant(JsonDec *d, const char *name, double value, size_t i, size_t *pi) {
    *pi = i + strlen(name);
    if (d->parse_constant == VAL_NULL) return float_from_double(value);
    Value text = str_from_cstr(name);
    Value r = obj_call1(d->parse_constant, text);
    DECREF(text);
    return r;
}

static inline bool dec_word_at(const JsonDec *d, size_t i, const char *word, size_t len) {
    return d->n - i >= len && memcmp(d->s + i, word, len) == 0;
}

static void dec_push(JsonDec *d, Value v) {
    if (d->sp == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 64;
        d->stack = mem_realloc(d->stack, d->cap * sizeof(Value));
    }
    d->stack[d->sp++] = v;
}

/* The list of the items pushed since base (their references move to it). */
static Value dec_pop_list(JsonDec *d, size_t base) {
    Value list = list_new(d->sp - base);
    for (size_t k = base; k < d->sp; k++) LIST_SET(list, k - base, d->stack[k]);
    d->sp = base;
    return list;
}

/* The array whose '[' is just before byte i. The items wait on d's stack so
 * that the list is made once with its final size. */
static Value dec_array(JsonDec *d, size_t i, size_t *pi) {
    if (eval_enter_recursive_call(" while decoding a JSON array from a unicode string") < 0)
        return VAL_NULL;
    size_t base = d->sp;
    i = dec_skip_ws(d, i);
    if (i >= d->n || d->s[i] != ']') {
        for (;;) {
            Value v = dec_value(d, &i);
            if (v == VAL_NULL) goto fail;
            dec_push(d, v);
            i = dec_skip_ws(d, i);
            if (i < d->n && d->s[i] == ']') break;
            if (i >= d->n || d->s[i] != ',') {
                dec_error(d, "Expecting ',' delimiter", i);
                goto fail;
            }
            i = dec_skip_ws(d, i + 1);
        }
    }
    *pi = i + 1;
    eval_leave_recursive_call();
    return dec_pop_list(d, base);
fail:
    while (d->sp > base) DECREF(d->stack[--d->sp]);
    eval_leave_recursive_call();
    return VAL_NULL;
}

/* Store key: v in obj, a dict, or a list of pairs for object_pairs_hook. */
static int dec_store(JsonDec *d, Value obj, Value key, Value v) {
    if (d->pairs_hook == VAL_NULL) return dict_set(obj, key, v);
    Value pair = tuple_pack(2, key, v);
    int rc = list_append(obj, pair);
    DECREF(pair);
    return rc;
}

/* The members of the object whose '{' is just before byte i, into obj. */
static int dec_members(JsonDec *d, Value obj, size_t i, size_t *pi) {
    i = dec_skip_ws(d, i);
    if (i < d->n && d->s[i] == '}') {
        *pi = i + 1;
        return 0;
    }
    for (;;) {
        if (i >= d->n || d->s[i] != '"') {
            dec_error(d, "Expecting property name enclosed in double quotes", i);
            return -1;
        }
        Value key = dec_string(d, i, &i, true);
        if (key == VAL_NULL) return -1;
        i = dec_skip_ws(d, i);
        Value v = VAL_NULL;
        if (i >= d->n || d->s[i] != ':') {
            dec_error(d, "Expecting ':' delimiter", i);
        } else {
            i = dec_skip_ws(d, i + 1);
            v = dec_value(d, &i);
        }
        int rc = v == VAL_NULL ? -1 : dec_store(d, obj, key, v);
        DECREF(key);
        XDECREF(v);
        if (rc < 0) return -1;
        i = dec_skip_ws(d, i);
        if (i < d->n && d->s[i] == '}') break;
        if (i >= d->n || d->s[i] != ',') {
            dec_error(d, "Expecting ',' delimiter", i);
            return -1;
        }
        i = dec_skip_ws(d, i + 1);
    }
    *pi = i + 1;
    return 0;
}

/* An object: a dict, or what object_pairs_hook / object_hook make of it. */
static Value dec_object(JsonDec *d, size_t i, size_t *pi) {
    if (eval_enter_recursive_call(" while decoding a JSON object from a unicode string") < 0)
        return VAL_NULL;
    Value obj = d->pairs_hook != VAL_NULL ? list_new(0) : dict_new();
    int rc = dec_members(d, obj, i, pi);
    eval_leave_recursive_call();
    if (rc < 0) {
        DECREF(obj);
        return VAL_NULL;
    }
    Value hook = d->pairs_hook != VAL_NULL ? d->pairs_hook : d->object_hook;
    if (hook == VAL_NULL) return obj;
    Value r = obj_call1(hook, obj);
    DECREF(obj);
    return r;
}

/* The value starting at byte *pi ("Expecting value" if none); *pi ends after it. */
static Value dec_value(JsonDec *d, size_t *pi) {
    size_t i = *pi;
    if (i >= d->n) return dec_error(d, "Expecting value", i);
    switch (d->s[i]) {
    case '"': return dec_string(d, i, pi, false);
    case '{': return dec_object(d, i + 1, pi);
    case '[': return dec_array(d, i + 1, pi);
    case 'n':
        if (!dec_word_at(d, i, "null", 4)) break;
        *pi = i + 4;
        return VAL_NONE;
    case 't':
        if (!dec_word_at(d, i, "true", 4)) break;
        *pi = i + 4;
        return VAL_TRUE;
    case 'f':
        if (!dec_word_at(d, i, "false", 5)) break;
        *pi = i + 5;
        return VAL_FALSE;
    case 'N':
        if (dec_word_at(d, i, "NaN", 3)) return dec_constant(d, "NaN", NAN, i, pi);
        break;
    case 'I':
        if (dec_word_at(d, i, "Infinity", 8)) return dec_constant(d, "Infinity", INFINITY, i, pi);
        break;
    case '-':
        if (dec_word_at(d, i, "-Infinity", 9)) return dec_constant(d, "-Infinity", -INFINITY, i, pi);
        break;
    default: break;
    }
    return dec_number(d, i, pi);
}

static void dec_free(JsonDec *d) {
    while (d->sp > 0) DECREF(d->stack[--d->sp]);
    mem_free(d->stack);
    for (size_t k = 0; k < JSON_KEYCACHE; k++) XDECREF(d->keys[k]);
    mem_free(d);
}

/* raw: (value, end) for the value at code point idx; otherwise the whole
 * document's value, whitespace allowed around it. */
static Value dec_run(JsonDec *d, size_t idx, bool raw) {
    size_t len = STR_LEN(d->doc);
    if (idx > len) return dec_error_at(d, "Expecting value", idx);
    size_t i = str_byte_offset(d->doc, idx);
    if (!raw) i = dec_skip_ws(d, i);
    Value v = dec_value(d, &i);
    if (v == VAL_NULL) return VAL_NULL;
    if (raw) {
        Value end = int_from_u64(dec_cp_index(d, i));
        Value r = tuple_pack(2, v, end);
        DECREF(v);
        DECREF(end);
        return r;
    }
    i = dec_skip_ws(d, i);
    if (i == d->n) return v;
    DECREF(v);
    return dec_error(d, "Extra data", i);
}

static Value json_decode(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("decode", kwnames) < 0 || args_count("decode", nargs, 10, 10) < 0) return VAL_NULL;
    if (!IS_STR(args[0]))
        return err_format(&exc_TypeError, "first argument must be a string, not %T", args[0]);
    ssize_t idx;
    int raw = obj_truthy(args[2]), strict = obj_truthy(args[3]);
    if (obj_as_ssize(args[1], &idx) < 0 || raw < 0 || strict < 0) return VAL_NULL;
    if (idx < 0) return err_set_str(&exc_ValueError, "idx cannot be negative");
    JsonDec *d = mem_calloc(1, sizeof *d);
    d->s = STR_DATA(args[0]);
    d->n = STR_NBYTES(args[0]);
    d->doc = args[0];
    d->strict = strict;
    Value *hooks[5] = {&d->object_hook, &d->pairs_hook, &d->parse_float, &d->parse_int,
                       &d->parse_constant};
    for (int k = 0; k < 5; k++) *hooks[k] = IS_NONE(args[4 + k]) ? VAL_NULL : args[4 + k];
    d->errcls = args[9];
    Value r = dec_run(d, (size_t)idx, raw);
    dec_free(d);
    return r;
}

static const MethodDef json_functions[] = {
    {"encode", json_encode, 0},
    {"decode", json_decode, 0},
    {NULL, NULL, 0},
};

const ModuleDef json_c_module_def = {"_json", json_functions, NULL, NULL};
