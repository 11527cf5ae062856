/* str_format.c - str.format() / str.format_map() and printf-style `%`.
 *
 * str.format walks the template once: literal text ({{ and }} unescaped) is
 * copied, each replacement field {name!conv:spec} is parsed into its parts,
 * the object is looked up (positional index, automatic numbering, keyword,
 * then .attr and [key] steps), converted (!r !s !a) and formatted with
 * obj_format(); a spec containing fields is expanded first, at most two
 * levels deep, as in CPython.
 *
 * `%` follows CPython's unicode formatter, including its argument
 * bookkeeping (arglen/argidx), so the "not enough arguments" and "not all
 * arguments converted" errors fire in exactly the same cases. Numeric
 * conversions are delegated to format_printf_number() (format.c). bytes %
 * runs the same engine in bytes mode (PctCtx.bytes): the keys and %s/%b
 * pieces are bytes, %r/%a are ascii(), %c takes a byte, widths count bytes. */
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "float.h"
#include "format.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "str_format.h"
#include "tuple.h"

/* ================================================================ format() */

typedef enum { NUMBERING_NONE, NUMBERING_AUTO, NUMBERING_MANUAL } Numbering;

typedef struct {
    Value *pos;          /* positional arguments */
    size_t npos;
    Value kwnames;       /* tuple of str or VAL_NULL */
    Value *kwvals;       /* values of kwnames */
    Value mapping;       /* format_map's mapping, or VAL_NULL */
    Numbering numbering;
    size_t next_auto;
} FormatCtx;

/* A keyword argument by name (borrowed), or VAL_NULL with KeyError set. */
static Value fmt_keyword(FormatCtx *c, Value name) {
    if (c->mapping != VAL_NULL) return obj_getitem(c->mapping, name);
    if (c->kwnames != VAL_NULL) {
        for (size_t i = 0; i < TUPLE_LEN(c->kwnames); i++)
            if (str_eq(TUPLE_GET(c->kwnames, i), name)) return NEWREF(c->kwvals[i]);
    }
    return err_set_value(&exc_KeyError, name);
}

static Value fmt_positional(FormatCtx *c, size_t index) {
    if (c->mapping != VAL_NULL) return err_set_str(&exc_ValueError, "Format string contains positional fields");
    if (index >= c->npos)
        return err_format(&exc_IndexError, "Replacement index %zu out of range for positional args tuple", index);
    return NEWREF(c->pos[index]);
}

/* Parses a run of ASCII digits [p, end) as a size_t; false if not all digits. */
static bool fmt_parse_index(const char *p, const char *end, size_t *out) {
    if (p == end) return false;
    size_t v = 0;
    for (; p < end; p++) {
        if (*p < '0' || *p > '9') return false;
        v = v * 10 + (size_t)(*p - '0');
    }
    *out = v;
    return true;
}

/* The object named by the first part of a field name ([p, end), may be empty). */
static Value fmt_first(FormatCtx *c, const char *p, const char *end) {
    size_t index;
    if (p == end) {
        if (c->numbering == NUMBERING_MANUAL)
            return err_set_str(&exc_ValueError,
                               "cannot switch from manual field specification to automatic field numbering");
        c->numbering = NUMBERING_AUTO;
        return fmt_positional(c, c->next_auto++);
    }
    if (fmt_parse_index(p, end, &index)) {
        if (c->numbering == NUMBERING_AUTO)
            return err_set_str(&exc_ValueError,
                               "cannot switch from automatic field numbering to manual field specification");
        c->numbering = NUMBERING_MANUAL;
        return fmt_positional(c, index);
    }
    Value name = str_from_utf8(p, (size_t)(end - p));
    if (name == VAL_NULL) return VAL_NULL;
    Value r = fmt_keyword(c, name);
    DECREF(name);
    return r;
}

/* Resolves a whole field name such as `0.attr[key][1]`; new ref. */
static Value fmt_lookup(FormatCtx *c, const char *p, const char *end) {
    const char *q = p;
    while (q < end && *q != '.' && *q != '[') q++;
    Value obj = fmt_first(c, p, q);
    while (obj != VAL_NULL && q < end) {
        Value next;
        if (*q == '.') {
            const char *a = ++q;
            while (q < end && *q != '.' && *q != '[') q++;
            if (a == q) {
                DECREF(obj);
                return err_set_str(&exc_ValueError, "Empty attribute in format string");
            }
            Value name = str_from_utf8(a, (size_t)(q - a));
            next = name ? obj_getattr(obj, name) : VAL_NULL;
            XDECREF(name);
        } else {
            const char *a = ++q;
            while (q < end && *q != ']') q++;
            if (q == end) {
                DECREF(obj);
                return err_set_str(&exc_ValueError, "Missing ']' in format string");
            }
            if (a == q) {
                DECREF(obj);
                return err_set_str(&exc_ValueError, "Empty attribute in format string");
            }
            size_t index;
            Value key = fmt_parse_index(a, q, &index) ? int_from_u64(index) : str_from_utf8(a, (size_t)(q - a));
            next = key ? obj_getitem(obj, key) : VAL_NULL;
            XDECREF(key);
            q++;
            if (next != VAL_NULL && q < end && *q != '.' && *q != '[') {
                DECREF(next);
                next = err_set_str(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        DECREF(obj);
        obj = next;
    }
    return obj;
}

static int fmt_render(FormatCtx *c, const char *p, const char *end, int depth, StrBuf *out);

/* Applies the conversion (r, s, a or 0) to obj (stolen). */
static Value fmt_convert(Value obj, uint32_t conv) {
    Value r;
    switch (conv) {
    case 0: return obj;
    case 'r': r = obj_repr(obj); break;
    case 's': r = obj_str(obj); break;
    case 'a': r = obj_ascii(obj); break;
    default:
        DECREF(obj);
        if (conv > 32 && conv < 127) return err_format(&exc_ValueError, "Unknown conversion specifier %c", (int)conv);
        return err_format(&exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
    }
    DECREF(obj);
    return r;
}

/* The parts of one replacement field {name!conv:spec}. */
typedef struct {
    const char *name, *name_end, *spec, *spec_end;
    uint32_t conv;       /* 0 when there is no conversion */
} FieldParts;

/* Splits the field starting at *pp (just after its '{') the way CPython's
 * parse_field does: in the name, '[' skips to the next ']' (so braces may
 * appear in keys) and '{' is an error; the spec runs to the '}' that
 * balances the braces in it. Advances *pp past the field's closing '}'. */
static int fmt_split_field(const char **pp, const char *end, FieldParts *fp) {
    const char *p = *pp;
    char c = 0;
    bool stopped = false;
    fp->name = p;
    fp->conv = 0;
    while (p < end && !stopped) {
        c = *p++;
        if (c == '{') {
            err_set_str(&exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (p < end && *p != ']') p++;
        } else {
            stopped = c == '}' || c == ':' || c == '!';
        }
    }
    fp->name_end = stopped ? p - 1 : p;
    fp->spec = fp->spec_end = p;
    if (!stopped || c == '}') {
        *pp = p;
        if (stopped) return 0;
        err_set_str(&exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    if (c == '!') {
        if (p == end) {
            err_set_str(&exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        fp->conv = str_utf8_next(&p);
        if (p < end) {
            c = *p++;
            fp->spec = fp->spec_end = p;
            if (c == '}') {
                *pp = p;
                return 0;
            }
            if (c != ':') {
                err_set_str(&exc_ValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    fp->spec = p;
    int level = 1;
    while (p < end) {
        c = *p++;
        if (c == '{') level++;
        else if (c == '}' && --level == 0) {
            fp->spec_end = p - 1;
            *pp = p;
            return 0;
        }
    }
    err_set_str(&exc_ValueError, "unmatched '{' in format spec");
    return -1;
}

/* Formats one replacement field (already split) into out. */
static int fmt_field(FormatCtx *c, const FieldParts *fp, int depth, StrBuf *out) {
    Value obj = fmt_lookup(c, fp->name, fp->name_end);
    if (obj == VAL_NULL || (obj = fmt_convert(obj, fp->conv)) == VAL_NULL) return -1;
    StrBuf sb;
    strbuf_init(&sb);
    if (fmt_render(c, fp->spec, fp->spec_end, depth - 1, &sb) < 0) {
        strbuf_free(&sb);
        DECREF(obj);
        return -1;
    }
    Value specstr = strbuf_finish(&sb);
    Value s = obj_format(obj, specstr);
    DECREF(specstr);
    DECREF(obj);
    if (s == VAL_NULL) return -1;
    strbuf_append_str(out, s);
    DECREF(s);
    return 0;
}

/* Renders the template [p, end) into out; depth bounds nested specs. */
static int fmt_render(FormatCtx *c, const char *p, const char *end, int depth, StrBuf *out) {
    if (depth < 0) {
        err_set_str(&exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    while (p < end) {
        const char *lit = p;
        while (p < end && *p != '{' && *p != '}') p++;
        strbuf_append(out, lit, (size_t)(p - lit));
        if (p == end) break;
        if (*p == '}') {
            if (p + 1 < end && p[1] == '}') {
                strbuf_append_char(out, '}');
                p += 2;
                continue;
            }
            err_set_str(&exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (p + 1 < end && p[1] == '{') {
            strbuf_append_char(out, '{');
            p += 2;
            continue;
        }
        if (p + 1 == end) {
            err_set_str(&exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        p++;
        FieldParts fp;
        if (fmt_split_field(&p, end, &fp) < 0 || fmt_field(c, &fp, depth, out) < 0) return -1;
    }
    return 0;
}

static Value fmt_run(Value fmt, FormatCtx *c) {
    StrBuf out;
    strbuf_init(&out);
    if (fmt_render(c, STR_DATA(fmt), STR_DATA(fmt) + STR_NBYTES(fmt), 2, &out) < 0) {
        strbuf_free(&out);
        return VAL_NULL;
    }
    return strbuf_finish(&out);
}

Value str_format_method(Value *args, size_t nargs, Value kwnames) {
    FormatCtx c = {args + 1, nargs - 1, kwnames, args + nargs, VAL_NULL, NUMBERING_NONE, 0};
    return fmt_run(args[0], &c);
}

Value str_format_map(Value *args, size_t nargs, Value kwnames) {
    if (str_method_args("str.format_map", nargs - 1, kwnames, 1, 1, false) < 0)
        return VAL_NULL;
    FormatCtx c = {NULL, 0, VAL_NULL, NULL, args[1], NUMBERING_NONE, 0};
    return fmt_run(args[0], &c);
}

/* ===================================================================== % */

typedef struct {
    Value args;          /* the tuple, the single value, or a mapped value */
    Value owned;         /* a mapped value we hold a reference to, or VAL_NULL */
    ssize_t arglen, argidx;
    Value dict;          /* the mapping for %(name)s, or VAL_NULL */
    bool bytes;          /* formatting bytes (bytes % x) rather than str */
    const char *start, *end;  /* the format's bytes */
} PctCtx;

/* The next argument (borrowed), CPython's bookkeeping included. */
static Value pct_next(PctCtx *c) {
    ssize_t i = c->argidx;
    if (i < c->arglen) {
        c->argidx++;
        return c->arglen < 0 ? c->args : TUPLE_GET(c->args, i);
    }
    return err_set_str(&exc_TypeError, "not enough arguments for format string");
}

/* A `*` width or precision. A precision must fit a C int, a width a C
 * ssize_t (as in CPython); a width past C int is more than this formatter
 * can lay out: MemoryError. */
static int pct_star(PctCtx *c, bool is_precision, int *out) {
    Value v = pct_next(c);
    if (v == VAL_NULL) return -1;
    int64_t n;
    if (!IS_INT(v)) {
        err_set_str(&exc_TypeError, "* wants int");
        return -1;
    }
    if (int_as_i64(v, &n) < 0 || (is_precision && (n > INT32_MAX || n < INT32_MIN))) {
        err_clear();
        err_format(&exc_OverflowError, "Python int too large to convert to C %s", is_precision ? "int" : "ssize_t");
        return -1;
    }
    if (n > INT32_MAX || n < -INT32_MAX) {
        err_no_memory();
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* The length of a converted piece: code points of a str, bytes of a bytes. */
static size_t pct_piece_len(Value s) {
    return IS_STR(s) ? STR_LEN(s) : BYTES_LEN(s);
}

/* Appends n spaces (room for them was reserved). */
static void pct_append_spaces(StrBuf *out, size_t n) {
    memset(out->data + out->len, ' ', n);
    out->len += n;
    out->ncodepoints += n;
}

/* Pads the piece s (stolen; a str, or a bytes when formatting bytes) to
 * width with spaces and appends its bytes; MemoryError when a huge width
 * cannot be had. */
static int pct_append_padded(StrBuf *out, Value s, int flags, int width) {
    size_t len = pct_piece_len(s), nbytes = IS_STR(s) ? STR_NBYTES(s) : BYTES_LEN(s);
    size_t pad = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
    if (!strbuf_try_reserve(out, pad + nbytes)) {
        DECREF(s);
        err_no_memory();
        return -1;
    }
    if (!(flags & FMT_LEFT)) pct_append_spaces(out, pad);
    if (IS_STR(s)) strbuf_append_str(out, s);
    else strbuf_append(out, (const char *)BYTES_DATA(s), BYTES_LEN(s));
    if (flags & FMT_LEFT) pct_append_spaces(out, pad);
    DECREF(s);
    return 0;
}

/* A width or precision written as digits at *pp: CPython's "width too big"
 * past the ssize_t range and "precision too big" ("prec too big" for
 * bytes) past C int. A width past C int is more than this formatter can
 * lay out: MemoryError. */
static int pct_digits(PctCtx *c, const char **pp, bool is_precision, int *out) {
    const char *p = *pp;
    ssize_t v = 0;
    for (; p < c->end && *p >= '0' && *p <= '9'; p++) {
        int d = *p - '0';
        if (v > (SSIZE_MAX - d) / 10) {
            err_set_str(&exc_ValueError, is_precision ? (c->bytes ? "prec too big" : "precision too big")
                                                      : "width too big");
            return -1;
        }
        v = v * 10 + d;
    }
    if (v > INT32_MAX) {
        if (is_precision) err_set_str(&exc_ValueError, c->bytes ? "prec too big" : "precision too big");
        else err_no_memory();
        return -1;
    }
    *out = (int)v;
    *pp = p;
    return 0;
}

/* %s %r %a: the string conversion, cut to precision code points. */
static Value pct_string(Value v, char conv, int precision) {
    Value s = conv == 's' ? obj_str(v) : conv == 'r' ? obj_repr(v) : obj_ascii(v);
    if (s == VAL_NULL || precision < 0 || (size_t)precision >= STR_LEN(s)) return s;
    size_t nb = str_byte_offset(s, (size_t)precision);
    Value cut = str_from_utf8_len(STR_DATA(s), nb, (size_t)precision);
    DECREF(s);
    return cut;
}

/* bytes(v) for %b/%s: a bytes-like object's contents or v.__bytes__(). */
static Value pct_bytes_of(Value v) {
    if (IS_BYTES(v)) return NEWREF(v);
    if (IS_BYTEARRAY(v)) return bytes_from(BYTEARRAY_DATA(v), BYTEARRAY_LEN(v));
    Value r = bytes_from_dunder(v);
    if (r != VAL_NULL || err_occurred()) return r;
    return err_format(&exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                      obj_type_name(v));
}

/* The conversions %s %b %r %a of bytes formatting, cut to precision bytes;
 * %r and %a are both ascii(v). */
static Value pct_bytes_string(Value v, char conv, int precision) {
    Value b;
    if (conv == 's' || conv == 'b') {
        b = pct_bytes_of(v);
    } else {
        Value s = obj_ascii(v);
        if (s == VAL_NULL) return VAL_NULL;
        b = bytes_from(STR_DATA(s), STR_NBYTES(s));
        DECREF(s);
    }
    if (b == VAL_NULL || precision < 0 || (size_t)precision >= BYTES_LEN(b)) return b;
    Value cut = bytes_from(BYTES_DATA(b), (size_t)precision);
    DECREF(b);
    return cut;
}

static Value pct_char(Value v) {
    if (IS_STR(v)) {
        if (STR_LEN(v) == 1) return NEWREF(v);
    } else if (IS_INT(v)) {
        int64_t n;
        if (int_as_i64(v, &n) < 0 || n < 0 || n > 0x10FFFF) {
            err_clear();
            return err_set_str(&exc_OverflowError, "%c arg not in range(0x110000)");
        }
        return str_from_codepoint((uint32_t)n);
    }
    return err_set_str(&exc_TypeError, "%c requires int or char");
}

/* %c of bytes formatting: an int in range(256) or a bytes-like of length 1. */
static Value pct_bytes_char(Value v) {
    if (IS_INT(v)) {
        int64_t n;
        if (int_as_i64(v, &n) < 0 || n < 0 || n > 255) {
            err_clear();
            return err_set_str(&exc_OverflowError, "%c arg not in range(256)");
        }
        unsigned char byte = (unsigned char)n;
        return bytes_from(&byte, 1);
    }
    if (IS_BYTES(v) && BYTES_LEN(v) == 1) return NEWREF(v);
    if (IS_BYTEARRAY(v) && BYTEARRAY_LEN(v) == 1) return bytes_from(BYTEARRAY_DATA(v), 1);
    return err_set_str(&exc_TypeError, "%c requires an integer in range(256) or a single byte");
}

/* A number conversion; bytes formatting gets the same ASCII text as bytes,
 * and words a failed float conversion its own way. */
static Value pct_number(PctCtx *c, Value v, char conv, int flags, int width, int precision) {
    if (c->bytes && conv == 'i') conv = 'd'; /* named %d in bytes' errors */
    double d;
    if (c->bytes && strchr("eEfFgG", conv) != NULL && float_as_double(v, &d) < 0) {
        err_clear();
        return err_format(&exc_TypeError, "float argument required, not %s", obj_type_name(v));
    }
    Value s = format_printf_number(v, conv, flags, width, precision);
    if (s == VAL_NULL || !c->bytes) return s;
    Value b = bytes_from(STR_DATA(s), STR_NBYTES(s));
    DECREF(s);
    return b;
}

/* Parses "(key)" at *pp (after the '('); sets c->args to the mapped value.
 * The key is a str, or a bytes when formatting bytes. */
static int pct_key(PctCtx *c, const char **pp) {
    const char *p = *pp, *key = p, *end = c->end;
    int level = 1;
    while (p < end) {
        if (*p == '(') level++;
        else if (*p == ')' && --level == 0) break;
        p++;
    }
    if (p == end) {
        err_set_str(&exc_ValueError, "incomplete format key");
        return -1;
    }
    if (c->dict == VAL_NULL) {
        err_set_str(&exc_TypeError, "format requires a mapping");
        return -1;
    }
    Value k = c->bytes ? bytes_from(key, (size_t)(p - key)) : str_from_utf8(key, (size_t)(p - key));
    if (k == VAL_NULL) return -1;
    Value v = obj_getitem(c->dict, k);
    DECREF(k);
    if (v == VAL_NULL) return -1;
    SETREF(c->owned, v);
    c->args = v;
    c->arglen = -1;
    c->argidx = -2;
    *pp = p + 1;
    return 0;
}

/* The error for an unknown conversion character conv at convp. For bytes
 * the index counts bytes, and a non-ASCII byte gives the OverflowError
 * CPython 3.11 raises while building its message. */
static void pct_unsupported(PctCtx *c, uint32_t conv, const char *convp) {
    size_t index = (size_t)(convp - c->start);
    if (c->bytes && conv >= 0x80) {
        err_set_str(&exc_OverflowError, "character argument not in range(0x110000)");
        return;
    }
    if (!c->bytes) {
        index = 0;
        for (const char *q = c->start; q < convp; q++)
            if (((unsigned char)*q & 0xC0) != 0x80) index++;
    }
    char hex[16];
    snprintf(hex, sizeof hex, "0x%x", (unsigned)conv);
    err_format(&exc_ValueError, "unsupported format character '%c' (%s) at index %zu",
               conv < 128 ? (int)conv : '?', hex, index);
}

/* One conversion starting just after '%'; advances *pp past it. */
static int pct_one(PctCtx *c, const char **pp, StrBuf *out) {
    const char *p = *pp, *end = c->end;
    if (p < end && *p == '%') {
        strbuf_append_char(out, '%');
        *pp = p + 1;
        return 0;
    }
    if (p < end && *p == '(') {
        p++;
        if (pct_key(c, &p) < 0) return -1;
    }
    int flags = 0, width = 0, precision = -1;
    for (; p < end; p++) {
        int f = *p == '-' ? FMT_LEFT : *p == '+' ? FMT_PLUS : *p == ' ' ? FMT_SPACE
              : *p == '#' ? FMT_ALT : *p == '0' ? FMT_ZERO : 0;
        if (!f) break;
        flags |= f;
    }
    if (p < end && *p == '*') {
        if (pct_star(c, false, &width) < 0) return -1;
        if (width < 0) {
            flags |= FMT_LEFT;
            width = -width;
        }
        p++;
    } else if (pct_digits(c, &p, false, &width) < 0) {
        return -1;
    }
    if (p < end && *p == '.') {
        p++;
        precision = 0;
        if (p < end && *p == '*') {
            if (pct_star(c, true, &precision) < 0) return -1;
            if (precision < 0) precision = 0;
            p++;
        } else if (pct_digits(c, &p, true, &precision) < 0) {
            return -1;
        }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (p == end) {
        err_set_str(&exc_ValueError, "incomplete format");
        return -1;
    }
    const char *convp = p;
    uint32_t conv = c->bytes ? (unsigned char)*p++ : str_utf8_next(&p);
    *pp = p;
    Value v = pct_next(c);
    if (v == VAL_NULL) return -1;
    Value s;
    switch (conv) {
    case 'b':
        if (!c->bytes) goto unsupported;
        /* fall through */
    case 's': case 'r': case 'a':
        s = c->bytes ? pct_bytes_string(v, (char)conv, precision) : pct_string(v, (char)conv, precision);
        break;
    case 'c':
        s = c->bytes ? pct_bytes_char(v) : pct_char(v);
        break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        s = pct_number(c, v, (char)conv, flags, width, precision);
        break;
    default:
    unsupported:
        pct_unsupported(c, conv, convp);
        return -1;
    }
    if (s == VAL_NULL) return -1;
    return pct_append_padded(out, s, flags, width);
}

/* Runs the format [c->start, c->end) into out. */
static int pct_run(PctCtx *c, StrBuf *out) {
    const char *p = c->start, *end = c->end;
    while (p < end) {
        const char *lit = p;
        p = memchr(p, '%', (size_t)(end - p));
        if (p == NULL) p = end;
        strbuf_append(out, lit, (size_t)(p - lit));
        if (p == end) break;
        p++;
        if (pct_one(c, &p, out) < 0) return -1;
    }
    if (c->argidx < c->arglen && c->dict == VAL_NULL) {
        err_format(&exc_TypeError, "not all arguments converted during %s formatting", c->bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

/* Sets up the argument bookkeeping for values (CPython's arglen/argidx);
 * a mapping is the source of %(name)s keys, unless it is a tuple or a
 * string: a str for str formatting; a bytes, bytearray or str for bytes
 * formatting (CPython's exclusions), so b'abc' % 'x' has an argument left
 * over. */
static void pct_init(PctCtx *c, Value values, bool bytes, const char *start, size_t n) {
    *c = (PctCtx){values, VAL_NULL, -1, -2, VAL_NULL, bytes, start, start + n};
    if (IS_TUPLE(values)) {
        c->arglen = (ssize_t)TUPLE_LEN(values);
        c->argidx = 0;
    }
    bool string = IS_STR(values) || (bytes && (IS_BYTES(values) || IS_BYTEARRAY(values)));
    if (TYPE_OF(values)->getitem != NULL && !IS_TUPLE(values) && !string) c->dict = values;
}

Value str_printf_format(Value fmt, Value values) {
    PctCtx c;
    pct_init(&c, values, false, STR_DATA(fmt), STR_NBYTES(fmt));
    StrBuf out;
    strbuf_init(&out);
    int r = pct_run(&c, &out);
    XDECREF(c.owned);
    if (r < 0) {
        strbuf_free(&out);
        return VAL_NULL;
    }
    return strbuf_finish(&out);
}

Value bytes_printf_format(Value fmt, Value values) {
    PctCtx c;
    bool array = IS_BYTEARRAY(fmt);
    pct_init(&c, values, true, (const char *)(array ? BYTEARRAY_DATA(fmt) : BYTES_DATA(fmt)),
             array ? BYTEARRAY_LEN(fmt) : BYTES_LEN(fmt));
    StrBuf out;
    strbuf_init(&out);
    int r = pct_run(&c, &out);
    XDECREF(c.owned);
    Value result = VAL_NULL;
    if (r == 0) result = array ? bytearray_from(out.data, out.len) : bytes_from(out.data, out.len);
    strbuf_free(&out);
    return result;
}
