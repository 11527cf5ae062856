/* format.c - the format-spec mini-language and printf-style number
 * conversions, as CPython 3.11 does them.
 *
 * Every number is rendered in three steps: (1) its magnitude becomes ASCII
 * text (digits from GMP or snprintf, which is correctly rounded in glibc,
 * like CPython's dtoa); (2) that text is split into the integer digits and
 * the rest (fraction, exponent, '%'); (3) fmt_layout assembles sign, prefix,
 * grouped and zero-padded digits, rest and fill according to the spec.
 * printf-style conversions (%d, %x, %f ...) build a spec from their flags and
 * reuse the same steps.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "str.h"

typedef struct {
    char fill[5];        /* UTF-8 of the fill character, NUL-terminated */
    bool fill_given;
    char align;          /* '<' '>' '^' '=' or 0 when not given */
    char sign;           /* '+' '-' ' ' or 0 */
    bool z, alt;
    ssize_t width;       /* -1: none */
    char grouping;       /* ',' '_' or 0 */
    ssize_t precision;   /* -1: none */
    char type;           /* 0: none */
} FmtSpec;

/* A growable byte buffer; ascii stays true while every byte is ASCII. */
typedef struct {
    char *p;
    size_t len, cap;
    bool ascii;
} FmtBuf;

static void fmtbuf_put(FmtBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = mem_realloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) b->ascii = false;
}

/* Room for n more bytes (and a NUL) without aborting: false when a width
 * or precision the program chose asks for more memory than there is. */
static bool fmtbuf_reserve(FmtBuf *b, size_t n) {
    if (n > SIZE_MAX / 2 - b->len) return false;
    if (b->len + n + 1 <= b->cap) return true;
    char *p = mem_try_alloc(b->len + n + 1);
    if (p == NULL) return false;
    if (b->len) memcpy(p, b->p, b->len);
    if (b->p) mem_free(b->p);
    b->p = p;
    b->cap = b->len + n + 1;
    return true;
}

/* Bytes in the UTF-8 fill character s; a NUL fill is one byte long. */
static size_t fmt_fill_len(const char *s) { return s[0] ? strlen(s) : 1; }

/* Appends the fill character s count times. */
static void fmtbuf_repeat(FmtBuf *b, const char *s, ssize_t count) {
    size_t n = fmt_fill_len(s);
    if (count <= 0) return;
    if (n == 1 && fmtbuf_reserve(b, (size_t)count)) {
        memset(b->p + b->len, s[0], (size_t)count);
        b->len += (size_t)count;
        if ((unsigned char)s[0] >= 0x80) b->ascii = false;
        return;
    }
    for (ssize_t i = 0; i < count; i++) fmtbuf_put(b, s, n);
}

/* Reserves room for ncontent bytes plus pad fill characters; MemoryError
 * (false) when that much cannot be had. */
static bool fmt_reserve_padded(FmtBuf *b, size_t ncontent, ssize_t pad, const char *fill) {
    size_t nfill = fmt_fill_len(fill);
    if (pad > 0 && (size_t)pad > (SIZE_MAX / 2 - ncontent) / nfill) {
        err_no_memory();
        return false;
    }
    if (!fmtbuf_reserve(b, ncontent + (pad > 0 ? (size_t)pad * nfill : 0))) {
        err_no_memory();
        return false;
    }
    return true;
}

static Value fmtbuf_finish(FmtBuf *b) {
    Value r = b->ascii ? str_from_ascii_unchecked(b->p ? b->p : "", b->len) : str_from_utf8(b->p, b->len);
    mem_free(b->p);
    return r;
}

/* ---- parsing the spec ---- */

static bool fmt_is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static size_t fmt_utf8_len(unsigned char c) {
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Digits at *pos into *out (-1 when none); -1 on overflow (error set). */
static int fmt_get_integer(const char *s, size_t n, size_t *pos, ssize_t *out) {
    ssize_t v = -1;
    while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[(*pos)++] - '0';
        if (v < 0) v = 0;
        if (v > (SSIZE_MAX - d) / 10) {
            err_set_str(&exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

static Value fmt_bad_grouping(char sep, char type) {
    return err_format(&exc_ValueError, "Cannot specify '%c' with '%c'.", sep, type);
}

/* Parse spec into f; default_align is '>' for numbers and '<' for str.
 * default_type stands for an absent type when checking the grouping option
 * ('s' for str, so "{:,}" of a str fails here, before the str checks). */
static int fmt_parse(Value spec, FmtSpec *f, char default_align, char default_type, const char *tname) {
    const char *s = STR_DATA(spec);
    size_t n = STR_NBYTES(spec), pos = 0;
    memset(f, 0, sizeof *f);
    strcpy(f->fill, " ");
    f->width = f->precision = -1;
    size_t cl = n > 0 ? fmt_utf8_len((unsigned char)s[0]) : 0;
    if (n > cl && fmt_is_align(s[cl])) {
        memcpy(f->fill, s, cl);
        f->fill[cl] = '\0';
        f->fill_given = true;
        f->align = s[cl];
        pos = cl + 1;
    } else if (n > 0 && fmt_is_align(s[0])) {
        f->align = s[pos++];
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
    if (pos < n && s[pos] == 'z') f->z = true, pos++;
    if (pos < n && s[pos] == '#') f->alt = true, pos++;
    if (!f->fill_given && pos < n && s[pos] == '0') {
        strcpy(f->fill, "0");
        if (f->align == 0 && default_align == '>') f->align = '=';
        pos++;
    }
    if (fmt_get_integer(s, n, &pos, &f->width) < 0) return -1;
    if (pos < n && s[pos] == ',') f->grouping = ',', pos++;
    if (pos < n && s[pos] == '_') {
        if (f->grouping != 0) return err_set_str(&exc_ValueError, "Cannot specify both ',' and '_'."), -1;
        f->grouping = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',' && f->grouping == '_')
        return err_set_str(&exc_ValueError, "Cannot specify both ',' and '_'."), -1;
    if (pos < n && s[pos] == '.') {
        pos++;
        if (fmt_get_integer(s, n, &pos, &f->precision) < 0) return -1;
        if (f->precision < 0) return err_set_str(&exc_ValueError, "Format specifier missing precision"), -1;
    }
    if (n - pos > 1) {
        err_format(&exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", s, tname);
        return -1;
    }
    if (n - pos == 1) f->type = s[pos];
    if (f->align == 0) f->align = default_align;
    if (f->grouping != 0) {
        switch (f->type ? f->type : default_type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') break;
            /* fall through */
        default:
            fmt_bad_grouping(f->grouping, f->type ? f->type : default_type);
            return -1;
        }
    }
    return 0;
}

static Value fmt_unknown_code(char type, const char *tname) {
    if (type > 0x20 && type < 0x7f)
        return err_format(&exc_ValueError, "Unknown format code '%c' for object of type '%s'", type, tname);
    return err_format(&exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                      (unsigned)(unsigned char)type, tname);
}

/* ---- layout ---- */

/* Append digits[0..n) with a separator every `every` digits from the right,
 * extended with leading zeros until at least min_width characters are
 * written (a separator is always followed by a digit). False (MemoryError)
 * when a huge min_width cannot be had. */
static bool fmt_put_grouped(FmtBuf *b, const char *digits, size_t n, char sep, int every, size_t min_width) {
    if (n > SIZE_MAX / 8 || min_width > SIZE_MAX / 8) {
        err_no_memory();
        return false;
    }
    size_t cap = (n + min_width) * 2 + 2, len = 0;
    char *rev = mem_try_alloc(cap);
    if (rev == NULL || !fmtbuf_reserve(b, cap)) {
        if (rev) mem_free(rev);
        err_no_memory();
        return false;
    }
    size_t i = n;
    int count = 0;
    while (i > 0 || len < min_width) {
        if (sep != 0 && count == every) {
            rev[len++] = sep;
            count = 0;
        }
        rev[len++] = i > 0 ? digits[--i] : '0';
        count++;
    }
    for (size_t k = 0; k < len / 2; k++) {
        char t = rev[k];
        rev[k] = rev[len - 1 - k];
        rev[len - 1 - k] = t;
    }
    fmtbuf_put(b, rev, len);
    mem_free(rev);
    return true;
}

/* Assemble a number: [sign][prefix][digits, grouped and zero-padded][rest],
 * aligned in the spec's width with its fill. */
static Value fmt_layout(const FmtSpec *f, bool negative, const char *prefix, const char *digits, size_t ndigits,
                        const char *rest, bool groupable, int group_every) {
    char signch = negative ? '-' : f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
    size_t nsign = signch != 0, nprefix = strlen(prefix), nrest = strlen(rest);
    size_t fixed = nsign + nprefix + nrest;
    size_t min_digits = 0;
    bool zero_pad = f->align == '=' && strcmp(f->fill, "0") == 0;
    if (zero_pad && f->width > 0 && (size_t)f->width > fixed) min_digits = (size_t)f->width - fixed;
    FmtBuf body = {NULL, 0, 0, true};
    char sep = groupable ? f->grouping : 0;
    if (!fmt_put_grouped(&body, digits, ndigits, sep, group_every, min_digits)) {
        if (body.p) mem_free(body.p);
        return VAL_NULL;
    }
    size_t total = fixed + body.len;
    ssize_t pad = f->width > (ssize_t)total ? f->width - (ssize_t)total : 0;
    FmtBuf out = {NULL, 0, 0, true};
    if (!fmt_reserve_padded(&out, total, pad, f->fill)) {
        mem_free(body.p);
        if (out.p) mem_free(out.p);
        return VAL_NULL;
    }
    ssize_t left = f->align == '>' ? pad : f->align == '^' ? pad / 2 : 0;
    ssize_t right = f->align == '<' ? pad : f->align == '^' ? pad - pad / 2 : 0;
    fmtbuf_repeat(&out, f->fill, left);
    if (signch) fmtbuf_put(&out, &signch, 1);
    fmtbuf_put(&out, prefix, nprefix);
    if (f->align == '=') fmtbuf_repeat(&out, f->fill, pad);
    fmtbuf_put(&out, body.p, body.len);
    fmtbuf_put(&out, rest, nrest);
    fmtbuf_repeat(&out, f->fill, right);
    mem_free(body.p);
    return fmtbuf_finish(&out);
}

/* Split text into its leading digits and the rest, then lay it out. */
static Value fmt_layout_text(const FmtSpec *f, bool negative, const char *prefix, const char *text,
                             const char *suffix, bool groupable, int every) {
    size_t nd = 0;
    while (text[nd] >= '0' && text[nd] <= '9') nd++;
    size_t nrest = strlen(text + nd) + strlen(suffix);
    char *rest = mem_alloc(nrest + 1);
    strcpy(rest, text + nd);
    strcat(rest, suffix);
    Value r = fmt_layout(f, negative, prefix, text, nd, rest, groupable, every);
    mem_free(rest);
    return r;
}

/* ---- ints ---- */

/* The digits of |v| in base (2, 8, 10, 16) as a malloc'ed string. */
static char *fmt_int_digits(Value v, int base, bool upper, bool *negative) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    *negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *s = mem_alloc(cap);
    mpz_get_str(s, upper ? -base : base, z);
    mpz_clear(z);
    return s;
}

static Value fmt_too_many_digits(void) {
    return err_set_str(&exc_ValueError,
                       "Exceeds the limit (4300 digits) for integer string conversion; "
                       "use sys.set_int_max_str_digits() to increase the limit");
}

/* An int in base 2/8/10/16 with prefix; min_digits zero-extends (printf). */
static Value fmt_int_base(const FmtSpec *f, Value v, char type, ssize_t min_digits) {
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    bool negative;
    char *digits = fmt_int_digits(v, base, type == 'X', &negative);
    size_t nd = strlen(digits);
    if (base == 10 && nd > 4300) {
        mem_free(digits);
        return fmt_too_many_digits();
    }
    if (min_digits > (ssize_t)nd) {
        char *ext = mem_alloc((size_t)min_digits + 1);
        memset(ext, '0', (size_t)min_digits - nd);
        memcpy(ext + min_digits - nd, digits, nd + 1);
        mem_free(digits);
        digits = ext;
        nd = (size_t)min_digits;
    }
    const char *prefix = "";
    if (f->alt) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    Value r = fmt_layout(f, negative, prefix, digits, nd, "", true, base == 10 ? 3 : 4);
    mem_free(digits);
    return r;
}

/* Pad the UTF-8 text s (ncp code points) to the spec's width and alignment
 * ('=' counts as '>'). */
static Value fmt_pad_text(const FmtSpec *f, const char *s, size_t nbytes, size_t ncp) {
    ssize_t pad = f->width > (ssize_t)ncp ? f->width - (ssize_t)ncp : 0;
    ssize_t left = (f->align == '>' || f->align == '=') ? pad : f->align == '^' ? pad / 2 : 0;
    FmtBuf out = {NULL, 0, 0, true};
    if (!fmt_reserve_padded(&out, nbytes, pad, f->fill)) {
        if (out.p) mem_free(out.p);
        return VAL_NULL;
    }
    fmtbuf_repeat(&out, f->fill, left);
    fmtbuf_put(&out, s, nbytes);
    fmtbuf_repeat(&out, f->fill, pad - left);
    return fmtbuf_finish(&out);
}

/* The one-character str for the code point v ('c'); VAL_NULL on error.
 * format() reports an int beyond C long as such; printf-style does not. */
static Value fmt_codepoint_str(Value v, bool report_c_long) {
    int64_t cp;
    if (int_as_i64(v, &cp) < 0) {
        if (report_c_long) return VAL_NULL;
        err_clear();
        cp = -1;
    }
    if (cp < 0 || cp > 0x10FFFF) return err_set_str(&exc_OverflowError, "%c arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)cp);
}

static Value format_float_spec(double d, FmtSpec *f, const char *tname);

Value format_int(Value v, Value spec) {
    const char *tname = obj_type_name(v);
    FmtSpec f;
    if (fmt_parse(spec, &f, '>', 0, tname) < 0) return VAL_NULL;
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        bool overflow;
        double d = int_as_double(v, &overflow);
        if (overflow) return err_set_str(&exc_OverflowError, "int too large to convert to float");
        return format_float_spec(d, &f, tname);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
    default:
        return fmt_unknown_code(f.type, tname);
    }
    if (f.precision >= 0) return err_set_str(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.z) return err_set_str(&exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign != 0) return err_set_str(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alt)
            return err_set_str(&exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        Value ch = fmt_codepoint_str(v, true);
        if (ch == VAL_NULL) return VAL_NULL;
        Value r = fmt_pad_text(&f, STR_DATA(ch), STR_NBYTES(ch), 1);
        DECREF(ch);
        return r;
    }
    return fmt_int_base(&f, v, f.type == 0 || f.type == 'n' ? 'd' : f.type, -1);
}

/* ---- floats ---- */

/* A double's exact decimal expansion has fewer significant digits than
 * this, so asking snprintf for more only appends zeros. */
#define FMT_EXACT_DIGITS 800

/* The significant digits of ad (finite, >= 0) rounded to prec digits
 * (prec <= FMT_EXACT_DIGITS), and its decimal exponent (d.ddd * 10**exp).
 * Returns the digit count. */
static int fmt_sig_digits(double ad, int prec, char *digits, int *exp10) {
    char buf[FMT_EXACT_DIGITS + 32];
    snprintf(buf, sizeof buf, "%.*e", prec - 1, ad);
    int n = 0;
    char *p = buf;
    for (; *p != 'e'; p++)
        if (*p != '.') digits[n++] = *p;
    digits[n] = '\0';
    sscanf(p + 1, "%d", exp10);
    return n;
}

/* format spec type '' with a precision: like 'g', but the fixed form keeps
 * at least one digit after the point and switches to the exponent form one
 * digit earlier (CPython's ADD_DOT_0 rule). out holds prec + 360 bytes
 * with '#', FMT_EXACT_DIGITS + 360 without (trailing zeros go). */
static void fmt_general_dot0(double ad, int prec, bool alt, char *out) {
    char digits[FMT_EXACT_DIGITS + 2];
    int e;
    if (prec == 0) prec = 1;
    int n = fmt_sig_digits(ad, prec < FMT_EXACT_DIGITS ? prec : FMT_EXACT_DIGITS, digits, &e);
    int zeros = alt ? prec - n : 0; /* the exact expansion's zeros past FMT_EXACT_DIGITS */
    if (!alt)
        while (n > 1 && digits[n - 1] == '0') n--;
    int decpt = e + 1;
    char *o = out;
    if (decpt <= -4 || decpt > prec - 1) {
        *o++ = digits[0];
        if (n > 1 || alt) *o++ = '.';
        memcpy(o, digits + 1, (size_t)n - 1);
        o += n - 1;
        memset(o, '0', (size_t)zeros);
        o += zeros;
        sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        return;
    }
    if (decpt <= 0) {
        o += sprintf(o, "0.");
        for (int k = decpt; k < 0; k++) *o++ = '0';
        memcpy(o, digits, (size_t)n);
        memset(o + n, '0', (size_t)zeros);
        o[n + zeros] = '\0';
        return;
    }
    for (int k = 0; k < decpt || k < n + zeros; k++) {
        if (k == decpt) *o++ = '.';
        *o++ = k < n ? digits[k] : '0';
    }
    if (n + zeros <= decpt) o += sprintf(o, ".0");
    *o = '\0';
}

/* The text of |d| for a float presentation type (d finite); malloc'ed, or
 * NULL with MemoryError when a huge precision cannot be had. */
static char *fmt_float_text(double ad, char type, ssize_t precision, bool alt) {
    int prec = precision < 0 ? 6 : (int)precision;
    char conv = type == '%' ? 'f' : type == 'n' ? 'g' : type;
    char *out;
    if (type == 0) {
        if (precision < 0) {
            out = mem_alloc(64);
            size_t n = float_repr_buf(ad, out, 63);
            char *e = strchr(out, 'e');
            /* '#' keeps a point in the exponent form: 1.e+20 */
            if (alt && e != NULL && strchr(out, '.') == NULL) {
                memmove(e + 1, e, n - (size_t)(e - out) + 1);
                *e = '.';
            }
            return out;
        }
        out = mem_try_alloc((size_t)(alt || prec < FMT_EXACT_DIGITS ? prec : FMT_EXACT_DIGITS) + 360);
        if (out == NULL) {
            err_no_memory();
            return NULL;
        }
        fmt_general_dot0(ad, prec, alt, out);
        return out;
    }
    char fmtstr[8];
    snprintf(fmtstr, sizeof fmtstr, "%%%s.*%c", alt ? "#" : "", conv);
    int len = snprintf(NULL, 0, fmtstr, prec, ad);
    out = len < 0 ? NULL : mem_try_alloc((size_t)len + 1);
    if (out == NULL) {
        err_no_memory();
        return NULL;
    }
    snprintf(out, (size_t)len + 1, fmtstr, prec, ad);
    return out;
}

/* True when the mantissa of text has no non-zero digit (for 'z'). */
static bool fmt_all_zero(const char *text) {
    for (; *text && *text != 'e' && *text != 'E'; text++)
        if (*text >= '1' && *text <= '9') return false;
    return true;
}

static Value format_float_spec(double d, FmtSpec *f, const char *tname) {
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return fmt_unknown_code(f->type, tname);
    }
    bool negative = signbit(d) != 0 && !isnan(d);
    double ad = fabs(d);
    const char *suffix = f->type == '%' ? "%" : "";
    char *text;
    if (!isfinite(d)) {
        bool upper = f->type == 'E' || f->type == 'F' || f->type == 'G';
        text = mem_alloc(4);
        strcpy(text, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else {
        if (f->precision > INT32_MAX) return err_set_str(&exc_ValueError, "precision too big");
        text = fmt_float_text(f->type == '%' ? ad * 100.0 : ad, f->type, f->precision, f->alt);
        if (text == NULL) return VAL_NULL;
        if (negative && f->z && fmt_all_zero(text)) negative = false;
    }
    Value r = fmt_layout_text(f, negative, "", text, suffix, isfinite(d), 3);
    mem_free(text);
    return r;
}

Value format_float(double d, Value spec) {
    FmtSpec f;
    if (fmt_parse(spec, &f, '>', 0, "float") < 0) return VAL_NULL;
    return format_float_spec(d, &f, "float");
}

/* ---- str ---- */

/* Byte offset of code point index k in UTF-8 s (or nbytes if beyond). */
static size_t fmt_utf8_offset(const char *s, size_t nbytes, size_t k) {
    size_t off = 0;
    while (k > 0 && off < nbytes) {
        off += fmt_utf8_len((unsigned char)s[off]);
        k--;
    }
    return off < nbytes ? off : nbytes;
}

Value format_str(Value s, Value spec) {
    FmtSpec f;
    if (spec == VAL_NULL || STR_NBYTES(spec) == 0) {
        /* an empty spec gives str(s): a subclass's __str__ counts */
        return TYPE_OF(s) == &str_type ? NEWREF(s) : obj_str(s);
    }
    if (fmt_parse(spec, &f, '<', 's', "str") < 0) return VAL_NULL;
    if (f.type != 0 && f.type != 's') return fmt_unknown_code(f.type, "str");
    if (f.sign == ' ') return err_set_str(&exc_ValueError, "Space not allowed in string format specifier");
    if (f.sign != 0) return err_set_str(&exc_ValueError, "Sign not allowed in string format specifier");
    if (f.z) return err_set_str(&exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alt) return err_set_str(&exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return err_set_str(&exc_ValueError, "'=' alignment not allowed in string format specifier");
    if (f.grouping != 0) return fmt_bad_grouping(f.grouping, 's');
    size_t ncp = STR_LEN(s), nbytes = STR_NBYTES(s);
    if (f.precision >= 0 && (size_t)f.precision < ncp) {
        nbytes = fmt_utf8_offset(STR_DATA(s), nbytes, (size_t)f.precision);
        ncp = (size_t)f.precision;
    }
    if ((f.width < 0 || (size_t)f.width <= ncp) && nbytes == STR_NBYTES(s)) return NEWREF(s);
    return fmt_pad_text(&f, STR_DATA(s), nbytes, ncp);
}

/* ---- printf-style ---- */

/* The spec a printf conversion's flags stand for. */
static void fmt_printf_spec(FmtSpec *f, char conv, int flags, int width, int precision) {
    memset(f, 0, sizeof *f);
    bool zero = (flags & FMT_ZERO) && !(flags & FMT_LEFT);
    strcpy(f->fill, zero ? "0" : " ");
    f->align = (flags & FMT_LEFT) ? '<' : zero ? '=' : '>';
    f->sign = (flags & FMT_PLUS) ? '+' : (flags & FMT_SPACE) ? ' ' : 0;
    f->alt = (flags & FMT_ALT) != 0;
    f->width = width > 0 ? width : -1;
    f->precision = precision;
    f->type = conv;
}

/* %c: an int code point or a one-character str. */
static Value fmt_printf_char(const FmtSpec *f, Value v) {
    Value ch;
    if (IS_STR(v) && STR_LEN(v) == 1) ch = NEWREF(v);
    else if (IS_INT(v)) ch = fmt_codepoint_str(v, false);
    else return err_set_str(&exc_TypeError, "%c requires int or char");
    if (ch == VAL_NULL) return VAL_NULL;
    FmtSpec g = *f;
    strcpy(g.fill, " ");
    Value r = fmt_pad_text(&g, STR_DATA(ch), STR_NBYTES(ch), 1);
    DECREF(ch);
    return r;
}

/* The int a %d/%x conversion formats (new ref), or VAL_NULL. */
static Value fmt_printf_int_arg(Value v, char conv) {
    if (IS_INT(v)) return NEWREF(v);
    bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
    if (decimal && IS_FLOAT(v)) return int_from_double(trunc(FLOAT_VAL(v)));
    if (!IS_FLOAT(v) && TYPE_OF(v)->as_int != NULL) return TYPE_OF(v)->as_int(v);
    if (decimal) return err_format(&exc_TypeError, "%%%c format: a real number is required, not %s", conv, obj_type_name(v));
    return err_format(&exc_TypeError, "%%%c format: an integer is required, not %s", conv, obj_type_name(v));
}

Value format_printf_number(Value v, char conv, int flags, int width, int precision) {
    FmtSpec f;
    fmt_printf_spec(&f, conv, flags, width, precision);
    switch (conv) {
    case 'c':
        return fmt_printf_char(&f, v);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        Value iv = fmt_printf_int_arg(v, conv);
        if (iv == VAL_NULL) return VAL_NULL;
        f.precision = -1;
        char type = (conv == 'i' || conv == 'u') ? 'd' : conv;
        Value r = fmt_int_base(&f, iv, type, precision);
        DECREF(iv);
        return r;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (float_as_double(v, &d) < 0) return VAL_NULL;
        return format_float_spec(d, &f, "float");
    }
    default:
        return err_format(&exc_ValueError, "unsupported format character '%c'", conv);
    }
}
