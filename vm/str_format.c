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
 * conversions are delegated to format_printf_number() (format.c). */
#include <stdio.h>
#include <string.h>

#include "error.h"
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
static Value fmt_convert(Value obj, char conv) {
    Value r;
    switch (conv) {
    case 0: return obj;
    case 'r': r = obj_repr(obj); break;
    case 's': r = obj_str(obj); break;
    case 'a': r = obj_ascii(obj); break;
    default:
        DECREF(obj);
        return err_format(&exc_ValueError, "Unknown conversion specifier %c", conv);
    }
    DECREF(obj);
    return r;
}

/* Formats one replacement field whose text (without braces) is [p, end). */
static int fmt_field(FormatCtx *c, const char *p, const char *end, int depth, StrBuf *out) {
    const char *q = p;
    int brackets = 0;
    while (q < end && (brackets || (*q != ':' && *q != '!'))) {
        if (*q == '[') brackets = 1;
        else if (*q == ']') brackets = 0;
        q++;
    }
    const char *name_end = q;
    char conv = 0;
    if (q < end && *q == '!') {
        if (q + 1 == end) {
            err_set_str(&exc_ValueError, "unmatched '{' in format spec");
            return -1;
        }
        conv = q[1];
        q += 2;
        if (q < end && *q != ':') {
            err_set_str(&exc_ValueError, "expected ':' after conversion specifier");
            return -1;
        }
    }
    const char *spec = q < end ? q + 1 : end;
    Value obj = fmt_lookup(c, p, name_end);
    if (obj == VAL_NULL || (obj = fmt_convert(obj, conv)) == VAL_NULL) return -1;
    StrBuf sb;
    strbuf_init(&sb);
    if (fmt_render(c, spec, end, depth - 1, &sb) < 0) {
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
        const char *field = ++p;
        int level = 1;
        while (p < end) {
            if (*p == '{') level++;
            else if (*p == '}' && --level == 0) break;
            p++;
        }
        if (p == end) {
            err_set_str(&exc_ValueError, "expected '}' before end of string");
            return -1;
        }
        if (fmt_field(c, field, p, depth, out) < 0) return -1;
        p++;
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

/* A `*` width or precision. */
static int pct_star(PctCtx *c, int *out) {
    Value v = pct_next(c);
    if (v == VAL_NULL) return -1;
    int64_t n;
    if (!IS_INT(v)) {
        err_set_str(&exc_TypeError, "* wants int");
        return -1;
    }
    if (int_as_i64(v, &n) < 0 || n > INT32_MAX || n < -INT32_MAX) {
        err_clear();
        err_set_str(&exc_ValueError, "width too big");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* Pads the str s (stolen) to width with spaces and appends it. */
static void pct_append_padded(StrBuf *out, Value s, int flags, int width) {
    size_t len = STR_LEN(s);
    size_t pad = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
    if (!(flags & FMT_LEFT))
        for (size_t i = 0; i < pad; i++) strbuf_append_char(out, ' ');
    strbuf_append_str(out, s);
    if (flags & FMT_LEFT)
        for (size_t i = 0; i < pad; i++) strbuf_append_char(out, ' ');
    DECREF(s);
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

/* Parses "(key)" at *pp (after the '('); sets c->args to the mapped value. */
static int pct_key(PctCtx *c, const char **pp, const char *end) {
    const char *p = *pp, *key = p;
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
    Value k = str_from_utf8(key, (size_t)(p - key));
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

/* One conversion starting just after '%'; advances *pp past it. */
static int pct_one(PctCtx *c, Value fmt, const char **pp, StrBuf *out) {
    const char *p = *pp, *end = STR_DATA(fmt) + STR_NBYTES(fmt);
    if (p < end && *p == '%') {
        strbuf_append_char(out, '%');
        *pp = p + 1;
        return 0;
    }
    if (p < end && *p == '(') {
        p++;
        if (pct_key(c, &p, end) < 0) return -1;
    }
    int flags = 0, width = 0, precision = -1;
    for (; p < end; p++) {
        int f = *p == '-' ? FMT_LEFT : *p == '+' ? FMT_PLUS : *p == ' ' ? FMT_SPACE
              : *p == '#' ? FMT_ALT : *p == '0' ? FMT_ZERO : 0;
        if (!f) break;
        flags |= f;
    }
    if (p < end && *p == '*') {
        if (pct_star(c, &width) < 0) return -1;
        if (width < 0) {
            flags |= FMT_LEFT;
            width = -width;
        }
        p++;
    } else {
        for (; p < end && *p >= '0' && *p <= '9'; p++) width = width * 10 + (*p - '0');
    }
    if (p < end && *p == '.') {
        p++;
        precision = 0;
        if (p < end && *p == '*') {
            if (pct_star(c, &precision) < 0) return -1;
            if (precision < 0) precision = 0;
            p++;
        } else {
            for (; p < end && *p >= '0' && *p <= '9'; p++) precision = precision * 10 + (*p - '0');
        }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (p == end) {
        err_set_str(&exc_ValueError, "incomplete format");
        return -1;
    }
    const char *convp = p;
    uint32_t conv = str_utf8_next(&p);
    *pp = p;
    Value v = pct_next(c);
    if (v == VAL_NULL) return -1;
    Value s;
    switch (conv) {
    case 's': case 'r': case 'a':
        s = pct_string(v, (char)conv, precision);
        break;
    case 'c':
        s = pct_char(v);
        break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        s = format_printf_number(v, (char)conv, flags, width, precision);
        break;
    default: {
        size_t index = 0;
        for (const char *q = STR_DATA(fmt); q < convp; q++)
            if (((unsigned char)*q & 0xC0) != 0x80) index++;
        char hex[16];
        snprintf(hex, sizeof hex, "0x%x", (unsigned)conv);
        err_format(&exc_ValueError, "unsupported format character '%c' (%s) at index %zu",
                   conv < 128 ? (int)conv : '?', hex, index);
        return -1;
    }
    }
    if (s == VAL_NULL) return -1;
    pct_append_padded(out, s, flags, width);
    return 0;
}

Value str_printf_format(Value fmt, Value values) {
    PctCtx c = {values, VAL_NULL, -1, -2, VAL_NULL};
    if (IS_TUPLE(values)) {
        c.arglen = (ssize_t)TUPLE_LEN(values);
        c.argidx = 0;
    }
    if (TYPE_OF(values)->getitem != NULL && !IS_TUPLE(values) && !IS_STR(values)) c.dict = values;
    StrBuf out;
    strbuf_init(&out);
    const char *p = STR_DATA(fmt), *end = p + STR_NBYTES(fmt);
    while (p < end) {
        const char *lit = p;
        p = memchr(p, '%', (size_t)(end - p));
        if (p == NULL) p = end;
        strbuf_append(&out, lit, (size_t)(p - lit));
        if (p == end) break;
        p++;
        if (pct_one(&c, fmt, &p, &out) < 0) goto fail;
    }
    if (c.argidx < c.arglen && c.dict == VAL_NULL) {
        err_set_str(&exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    XDECREF(c.owned);
    return strbuf_finish(&out);
fail:
    XDECREF(c.owned);
    strbuf_free(&out);
    return VAL_NULL;
}
