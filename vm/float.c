/* float.c - the float type: boxed IEEE doubles with a free list.
 *
 * repr is the shortest decimal string that reads back as the same double,
 * laid out by CPython's rules (exponent form when the decimal exponent is
 * below -4 or at least 16). Arithmetic accepts int and bool operands on
 * either side, converting ints with correct rounding; comparisons with ints
 * are exact (int_cmp_double). Floor division and modulo follow Python's sign
 * rules; the hash agrees with int_hash for integral values.
 *
 * The free list is a plain static array: safe because every caller holds the
 * GIL.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "float.h"
#include "format.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* <float.h> is shadowed by vm/float.h (-Ivm), so use the compiler's macros. */
#define FLOAT_MANT_DIG __DBL_MANT_DIG__
#define FLOAT_MIN_EXP __DBL_MIN_EXP__
#define FLOAT_HASH_BITS 61
#define FLOAT_HASH_MODULUS (((uint64_t)1 << FLOAT_HASH_BITS) - 1)
#define FLOAT_HASH_INF 314159

static FloatObj *float_freelist[CONFIG_FLOAT_FREELIST];
static size_t float_nfree;

Value float_from_double(double d) {
    FloatObj *f;
    if (float_nfree > 0) {
        f = float_freelist[--float_nfree];
        f->hdr.refcnt = 1;
    } else {
        f = (FloatObj *)obj_alloc(&float_type);
    }
    f->d = d;
    return OBJ_VAL(f);
}

static void float_dealloc(Obj *self) {
    if (self->type == &float_type && float_nfree < CONFIG_FLOAT_FREELIST) {
        float_freelist[float_nfree++] = (FloatObj *)self;
        return;
    }
    obj_free(self);
}

/* An arithmetic operand as a double: 1 converted, 0 not a number type,
 * -1 an int too large (OverflowError set). */
static int float_operand(Value v, double *out) {
    if (IS_OBJ(v) && (AS_OBJ(v)->type == &float_type || IS_FLOAT(v))) {
        *out = FLOAT_VAL(v);
        return 1;
    }
    if (!IS_INT(v)) return 0;
    bool overflow;
    *out = int_as_double(v, &overflow);
    if (overflow) {
        err_set_str(&exc_OverflowError, "int too large to convert to float");
        return -1;
    }
    return 1;
}

int float_as_double(Value v, double *out) {
    int rc = float_operand(v, out);
    if (rc != 0) return rc < 0 ? -1 : 0;
    Type *t = TYPE_OF(v);
    Value f = VAL_NULL;
    if (t->as_float != NULL) f = t->as_float(v);
    else if (t->as_int != NULL) f = t->as_int(v);
    else return err_format(&exc_TypeError, "must be real number, not %s", t->name), -1;
    if (f == VAL_NULL) return -1;
    rc = float_operand(f, out);
    DECREF(f);
    if (rc == 0) return err_format(&exc_TypeError, "must be real number, not %s", t->name), -1;
    return rc < 0 ? -1 : 0;
}

/* ---- repr ---- */

/* "%.{prec}e" of d into buf (40 bytes); true if it reads back as d. */
static bool float_roundtrips(double d, int prec, char *buf) {
    snprintf(buf, 40, "%.*e", prec, d);
    return prec == 16 || strtod(buf, NULL) == d;
}

/* Add one unit in the last digit to the magnitude of buf, a "%.Ne" text
 * in 40 bytes ("9.99e+05" becomes "1.00e+06"). */
static void float_bump_last_digit(char *buf) {
    char *e = strchr(buf, 'e'), *p = e - 1;
    while (*p == '9' || *p == '.') {
        if (*p == '9') *p = '0';
        if (p == buf || p[-1] == '-') {
            *p = '1';
            snprintf(e, (size_t)(buf + 40 - e), "e%+03d", atoi(e + 1) + 1);
            return;
        }
        p--;
    }
    (*p)++;
}

/* A power of two d: the gap to the next double toward zero is half the gap
 * away from zero, so a shortest text may lie further from d than the
 * correctly rounded one, on the far side: at each precision both are tried,
 * one precision at a time. */
static void float_shortest_pow2(double d, char *buf) {
    for (int prec = 0; !float_roundtrips(d, prec, buf); prec++) {
        float_bump_last_digit(buf);
        if (strtod(buf, NULL) == d) return;
    }
}

/* The shortest "%.Ne"-style text that reads back as d, into buf. Rounding
 * to more digits never moves further from d, and the doubles around d
 * (not a power of two) are equally far on both sides, so whether a
 * precision round-trips is monotonic and a binary search finds the
 * smallest: computed values mostly need 16 or 17 digits and literals few,
 * so 15 digits are tried first (3 or 5 conversions instead of up to 17). */
static void float_shortest_text(double d, char *buf) {
    int exp2;
    if (fabs(frexp(d, &exp2)) == 0.5) {
        float_shortest_pow2(d, buf);
        return;
    }
    int lo = 0, hi = 16, in_buf = 14; /* hi round-trips; nothing below lo does */
    if (float_roundtrips(d, 14, buf)) hi = 14;
    else lo = 15;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        in_buf = mid;
        if (float_roundtrips(d, mid, buf)) hi = mid;
        else lo = mid + 1;
    }
    if (in_buf != hi) snprintf(buf, 40, "%.*e", hi, d);
}

#ifdef __SIZEOF_INT128__
/* The shortest digits of d exactly, in integer arithmetic, for the doubles
 * between 2**-48 and 2**53 (not powers of two) whose shortest text has at
 * most 21 decimals: most of those a program prints. With |d| = M / 2**s, the
 * nearest text with k decimals is q / 10**k, q = M * 10**k / 2**s rounded,
 * and it reads back as d when it lies within half a gap (2**-(s+1)) of d,
 * i.e. when 2 * |q * 2**s - M * 10**k| < 10**k (equal: M even, the tie
 * going to the even neighbour). The gaps on both sides of d are equal, so
 * the first k that works gives the fewest digits, and q is the nearest of
 * them. 0 when d is outside that range or lies exactly halfway between
 * two texts that both read back as d (left to the general search). */
static int float_shortest_exact(double d, char *digits, int *exp10) {
    int e2;
    uint64_t m = (uint64_t)ldexp(frexp(fabs(d), &e2), 53);
    int s = 53 - e2;
    if (s < 1 || s > 100 || m == (uint64_t)1 << 52) return 0;
    typedef unsigned __int128 u128;
    const u128 mask = ((u128)1 << s) - 1, half = (u128)1 << (s - 1);
    u128 scaled = m, p10 = 1;
    for (int k = 0; k <= 21; k++, scaled *= 10, p10 *= 10) {
        u128 q = scaled >> s, rest = scaled & mask, diff = rest;
        if (rest == half) {
            if (mask + 1 < p10) return 0;   /* both neighbours read back as d */
            continue;                       /* neither does */
        }
        if (rest > half) {
            q++;
            diff = mask + 1 - rest;
        }
        if (2 * diff < p10 || (2 * diff == p10 && (m & 1) == 0)) {
            int n = snprintf(digits, 24, "%llu", (unsigned long long)q);
            *exp10 = n - 1 - k;
            while (n > 1 && digits[n - 1] == '0') n--;
            digits[n] = '\0';
            return n;
        }
    }
    return 0;
}
#endif

/* The shortest "%.Ne" rendering of d (finite, non-zero) that reads back as
 * d: its significant digits (no point) into digits, its decimal exponent
 * into *exp10. Returns the digit count. */
static int float_shortest_digits(double d, char *digits, int *exp10) {
#ifdef __SIZEOF_INT128__
    int exact = float_shortest_exact(d, digits, exp10);
    if (exact > 0) return exact;
#endif
    char buf[40];
    float_shortest_text(d, buf);
    int n = 0;
    const char *p = buf;
    if (*p == '-') p++;
    for (; *p != 'e'; p++)
        if (*p != '.') digits[n++] = *p;
    *exp10 = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = '\0';
    return n;
}

size_t float_repr_buf(double d, char *buf, size_t size) {
    char out[64];
    size_t len = 0;
    if (isnan(d)) {
        len = (size_t)snprintf(out, sizeof out, "nan");
    } else if (isinf(d)) {
        len = (size_t)snprintf(out, sizeof out, d > 0 ? "inf" : "-inf");
    } else if (d == 0.0) {
        len = (size_t)snprintf(out, sizeof out, signbit(d) ? "-0.0" : "0.0");
    } else {
        char digits[24];
        int e;
        int n = float_shortest_digits(d, digits, &e);
        char *o = out;
        if (d < 0) *o++ = '-';
        if (e < -4 || e >= 16) {
            *o++ = digits[0];
            if (n > 1) {
                *o++ = '.';
                memcpy(o, digits + 1, (size_t)n - 1);
                o += n - 1;
            }
            o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        } else if (e < 0) {
            o += sprintf(o, "0.");
            for (int k = -1; k > e; k--) *o++ = '0';
            memcpy(o, digits, (size_t)n);
            o += n;
        } else {
            for (int k = 0; k <= e || k < n; k++) {
                if (k == e + 1) *o++ = '.';
                *o++ = k < n ? digits[k] : '0';
            }
            if (n <= e + 1) o += sprintf(o, ".0");
        }
        len = (size_t)(o - out);
    }
    if (size > 0) {
        size_t c = len < size - 1 ? len : size - 1;
        memcpy(buf, out, c);
        buf[c] = '\0';
    }
    return len;
}

Value float_repr_str(double d) {
    char buf[64];
    size_t n = float_repr_buf(d, buf, sizeof buf);
    return str_from_ascii_unchecked(buf, n);
}

static Value float_repr(Value self) { return float_repr_str(FLOAT_VAL(self)); }

/* ---- parsing ---- */

static bool float_is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool float_is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copy a run of digits with single underscores between them from *p into
 * *o; returns the number of digits copied (0 on a misplaced underscore). */
static size_t float_copy_digits(const char **p, const char *end, char **o) {
    size_t n = 0;
    const char *s = *p;
    while (s < end && float_is_digit(*s)) {
        *(*o)++ = *s++;
        n++;
        if (s + 1 < end && *s == '_' && float_is_digit(s[1])) s++;
    }
    *p = s;
    return n;
}

/* Case-insensitive match of the special words inf/infinity/nan. */
static bool float_special(const char *s, size_t n, double *out) {
    bool neg = false;
    if (n > 0 && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
        n--;
    }
    if ((n == 3 && strncasecmp(s, "inf", 3) == 0) || (n == 8 && strncasecmp(s, "infinity", 8) == 0)) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (n == 3 && strncasecmp(s, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return true;
    }
    return false;
}

/* Parse a decimal float literal (Python syntax, underscores allowed). */
static bool float_parse(const char *s, size_t len, double *out) {
    const char *end = s + len;
    while (s < end && float_is_space((unsigned char)*s)) s++;
    while (end > s && float_is_space((unsigned char)end[-1])) end--;
    if (float_special(s, (size_t)(end - s), out)) return true;
    char *clean = mem_alloc((size_t)(end - s) + 2), *o = clean;
    const char *p = s;
    if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
    size_t nint = float_copy_digits(&p, end, &o), nfrac = 0;
    if (p < end && *p == '.') {
        *o++ = *p++;
        nfrac = float_copy_digits(&p, end, &o);
    }
    bool ok = nint + nfrac > 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        ok = float_copy_digits(&p, end, &o) > 0;
    }
    ok = ok && p == end;
    *o = '\0';
    if (ok) *out = strtod(clean, NULL);
    mem_free(clean);
    return ok;
}

/* float(text) where errors show repr(orig). */
static Value float_parse_value(const char *s, size_t len, Value orig) {
    double d;
    if (!float_parse(s, len, &d)) return err_format(&exc_ValueError, "could not convert string to float: %R", orig);
    return float_from_double(d);
}

Value float_from_string(const char *s, size_t len) {
    Value orig = str_from_utf8(s, len);
    if (orig == VAL_NULL) return VAL_NULL;
    Value r = float_parse_value(s, len, orig);
    DECREF(orig);
    return r;
}

/* ---- hash ---- */

/* CPython's numeric hash: the value modulo 2**61 - 1, computed from the
 * mantissa 28 bits at a time, then scaled by 2**exp as a rotation. */
int64_t float_hash(double d) {
    if (isinf(d)) return d > 0 ? FLOAT_HASH_INF : -FLOAT_HASH_INF;
    if (isnan(d)) return 0;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & FLOAT_HASH_MODULUS) | x >> (FLOAT_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= FLOAT_HASH_MODULUS) x -= FLOAT_HASH_MODULUS;
    }
    e = e >= 0 ? e % FLOAT_HASH_BITS : FLOAT_HASH_BITS - 1 - ((-1 - e) % FLOAT_HASH_BITS);
    x = ((x << e) & FLOAT_HASH_MODULUS) | x >> (FLOAT_HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* NaN hashes by identity (CPython 3.10+), everything else by value. */
static int float_hash_slot(Value self, int64_t *out) {
    double d = FLOAT_VAL(self);
    if (isnan(d)) {
        uintptr_t p = (uintptr_t)AS_OBJ(self);
        int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
        *out = h == -1 ? -2 : h;
        return 0;
    }
    *out = float_hash(d);
    return 0;
}

/* ---- arithmetic ---- */

#define FLOAT_BINOP_PROLOGUE(a, b, x, y) \
    double x, y; \
    { \
        int rc_ = float_operand(a, &x); \
        if (rc_ > 0) rc_ = float_operand(b, &y); \
        if (rc_ < 0) return VAL_NULL; \
        if (rc_ == 0) return NEWREF(VAL_NOTIMPL); \
    }

static Value float_add(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    return float_from_double(x + y);
}

static Value float_sub(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    return float_from_double(x - y);
}

static Value float_mul(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    return float_from_double(x * y);
}

static Value float_truediv(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    if (y == 0.0) return err_set_str(&exc_ZeroDivisionError, "float division by zero");
    return float_from_double(x / y);
}

/* Python's divmod on doubles (y != 0): the remainder takes the sign of y,
 * the quotient is the floor, corrected where x - mod is inexact. */
static void float_divmod_raw(double x, double y, double *q, double *r) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fdiv;
    if (div != 0.0) {
        fdiv = floor(div);
        if (div - fdiv > 0.5) fdiv += 1.0;
    } else {
        fdiv = copysign(0.0, x / y);
    }
    *q = fdiv;
    *r = mod;
}

static Value float_floordiv(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    if (y == 0.0) return err_set_str(&exc_ZeroDivisionError, "float floor division by zero");
    double q, r;
    float_divmod_raw(x, y, &q, &r);
    return float_from_double(q);
}

static Value float_mod(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    if (y == 0.0) return err_set_str(&exc_ZeroDivisionError, "float modulo");
    double q, r;
    float_divmod_raw(x, y, &q, &r);
    return float_from_double(r);
}

Value float_divmod(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    if (y == 0.0) return err_set_str(&exc_ZeroDivisionError, "float divmod()");
    double q, r;
    float_divmod_raw(x, y, &q, &r);
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, float_from_double(q));
    TUPLE_SET(t, 1, float_from_double(r));
    return t;
}

static bool float_is_odd_integer(double y) {
    return fmod(fabs(y), 2.0) == 1.0;
}

/* x ** y with CPython's special cases; the C pow handles the rest. */
static Value float_pow(Value a, Value b) {
    FLOAT_BINOP_PROLOGUE(a, b, x, y);
    if (y == 0.0 || x == 1.0) return float_from_double(1.0);
    if (isnan(x) || isnan(y)) return float_from_double(NAN);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return float_from_double(1.0);
        return float_from_double((ax > 1.0) == (y > 0) ? HUGE_VAL : 0.0);
    }
    if (isinf(x)) {
        bool odd = float_is_odd_integer(y);
        if (y > 0) return float_from_double(odd ? x : fabs(x));
        return float_from_double(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0) return err_set_str(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from_double(float_is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) return err_set_str(&exc_ValueError, "complex results are not supported by baton");
        x = -x;
        negate = float_is_odd_integer(y);
    }
    double r = pow(x, y);
    if (isinf(r)) return err_set_str(&exc_OverflowError, "(34, 'Numerical result out of range')");
    return float_from_double(negate ? -r : r);
}

static Value float_neg(Value a) { return float_from_double(-FLOAT_VAL(a)); }

/* +a and float(a): a plain float with the same value. */
static Value float_exact(Value a) {
    if (AS_OBJ(a)->type == &float_type) return NEWREF(a);
    return float_from_double(FLOAT_VAL(a));
}

Value float_abs(Value a) { return float_from_double(fabs(FLOAT_VAL(a))); }

/* ---- comparison, truth, format ---- */

static Value float_richcompare(Value a, Value b, CmpOp op) {
    if (!IS_FLOAT(a)) return NEWREF(VAL_NOTIMPL);
    double x = FLOAT_VAL(a);
    int c;
    if (IS_FLOAT(b)) {
        double y = FLOAT_VAL(b);
        if (isnan(x) || isnan(y)) return VAL_BOOL(op == CMP_NE);
        c = (x > y) - (x < y);
    } else if (IS_INT(b)) {
        c = int_cmp_double(b, x);
        if (c == 2) return VAL_BOOL(op == CMP_NE);
        c = -c;
    } else {
        return NEWREF(VAL_NOTIMPL);
    }
    switch (op) {
    case CMP_LT: return VAL_BOOL(c < 0);
    case CMP_LE: return VAL_BOOL(c <= 0);
    case CMP_EQ: return VAL_BOOL(c == 0);
    case CMP_NE: return VAL_BOOL(c != 0);
    case CMP_GT: return VAL_BOOL(c > 0);
    case CMP_GE: return VAL_BOOL(c >= 0);
    }
    return NEWREF(VAL_NOTIMPL);
}

static int float_truthy(Value self) { return FLOAT_VAL(self) != 0.0; }

static Value float_format_slot(Value self, Value spec) {
    if (STR_NBYTES(spec) == 0) return obj_str(self);
    return format_float(FLOAT_VAL(self), spec);
}

/* ---- float() ---- */

static Value float_convert(Value x) {
    if (IS_FLOAT(x)) return float_exact(x);
    if (IS_STR(x) && STR_NBYTES(x) != STR_LEN(x)) {
        size_t n;
        char *ascii = int_ascii_numeric(STR_DATA(x), STR_NBYTES(x), &n);
        Value r = float_parse_value(ascii, n, x);
        mem_free(ascii);
        return r;
    }
    if (IS_STR(x)) return float_parse_value(STR_DATA(x), STR_NBYTES(x), x);
    if (IS_BYTES(x)) return float_parse_value((const char *)BYTES_DATA(x), BYTES_LEN(x), x);
    Type *t = TYPE_OF(x);
    if (!IS_INT(x) && t->as_float == NULL && t->as_int == NULL)
        return err_format(&exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                          t->name);
    double d;
    if (float_as_double(x, &d) < 0) return VAL_NULL;
    return float_from_double(d);
}

static Value float_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("float", kwnames) < 0) return VAL_NULL;
    if (nargs > 1) return err_format(&exc_TypeError, "float expected at most 1 argument, got %zu", nargs);
    Value r = nargs == 0 ? float_from_double(0.0) : float_convert(args[0]);
    if (r == VAL_NULL || type == &float_type) return r;
    FloatObj *o = (FloatObj *)obj_alloc(type);
    o->d = FLOAT_VAL(r);
    DECREF(r);
    return OBJ_VAL(o);
}

/* ---- methods ---- */

static int float_no_args(const char *name, size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0) return -1;
    return args_count(name, nargs - 1, 0, 0);
}

static Value float_m_is_integer(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("is_integer", nargs, kwnames) < 0) return VAL_NULL;
    double d = FLOAT_VAL(args[0]);
    return VAL_BOOL(isfinite(d) && d == floor(d));
}

static Value float_m_as_integer_ratio(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("as_integer_ratio", nargs, kwnames) < 0) return VAL_NULL;
    double d = FLOAT_VAL(args[0]);
    if (isnan(d)) return err_set_str(&exc_ValueError, "cannot convert NaN to integer ratio");
    if (isinf(d)) return err_set_str(&exc_OverflowError, "cannot convert Infinity to integer ratio");
    int e;
    double m = frexp(d, &e);
    /* scale the mantissa to an integer */
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, int_from_mpz(num));
    TUPLE_SET(t, 1, int_from_mpz(den));
    mpz_clears(num, den, NULL);
    return t;
}

static Value float_m_hex(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("hex", nargs, kwnames) < 0) return VAL_NULL;
    double d = FLOAT_VAL(args[0]);
    if (!isfinite(d)) return float_repr_str(d);
    char buf[40];
    if (d == 0.0) {
        int n = snprintf(buf, sizeof buf, "%s0x0.0p+0", signbit(d) ? "-" : "");
        return str_from_ascii_unchecked(buf, (size_t)n);
    }
    int e;
    double m = frexp(fabs(d), &e);
    int shift = 1 - (FLOAT_MIN_EXP - e > 0 ? FLOAT_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char *o = buf;
    if (d < 0) *o++ = '-';
    int lead = (int)m;
    m -= lead;
    o += sprintf(o, "0x%d.", lead);
    for (int i = 0; i < (FLOAT_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        int digit = (int)m;
        m -= digit;
        *o++ = "0123456789abcdef"[digit];
    }
    o += sprintf(o, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_from_ascii_unchecked(buf, (size_t)(o - buf));
}

static bool float_is_hex_digit(char c) {
    return float_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Validate a hex float (Python's syntax: optional 0x, optional exponent) and
 * rewrite it for strtod into out ("0x" + mantissa + "p" + exponent). */
static bool float_hex_syntax(const char *s, const char *end, char *out) {
    char *o = out;
    if (s < end && (*s == '+' || *s == '-')) *o++ = *s++;
    *o++ = '0';
    *o++ = 'x';
    if (end - s >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
    size_t nd = 0;
    while (s < end && float_is_hex_digit(*s)) *o++ = *s++, nd++;
    if (s < end && *s == '.') {
        *o++ = *s++;
        while (s < end && float_is_hex_digit(*s)) *o++ = *s++, nd++;
    }
    if (nd == 0) return false;
    if (s < end && (*s == 'p' || *s == 'P')) {
        *o++ = *s++;
        if (s < end && (*s == '+' || *s == '-')) *o++ = *s++;
        size_t ne = 0;
        while (s < end && float_is_digit(*s)) *o++ = *s++, ne++;
        if (ne == 0) return false;
    }
    *o = '\0';
    return s == end;
}

static Value float_m_fromhex(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("fromhex", kwnames) < 0 || args_count("fromhex", nargs - 1, 1, 1) < 0) return VAL_NULL;
    Value sv = args[1];
    if (!IS_STR(sv)) return err_format(&exc_TypeError, "fromhex() argument must be str, not %s", obj_type_name(sv));
    const char *s = STR_DATA(sv), *end = s + STR_NBYTES(sv);
    while (s < end && float_is_space((unsigned char)*s)) s++;
    while (end > s && float_is_space((unsigned char)end[-1])) end--;
    double d;
    if (!float_special(s, (size_t)(end - s), &d)) {
        char *buf = mem_alloc((size_t)(end - s) + 4);
        bool ok = float_hex_syntax(s, end, buf);
        if (ok) {
            d = strtod(buf, NULL);
        }
        mem_free(buf);
        if (!ok) return err_set_str(&exc_ValueError, "invalid hexadecimal floating-point string");
        if (isinf(d)) return err_set_str(&exc_OverflowError, "hexadecimal value too large to represent as a float");
    }
    Value r = float_from_double(d);
    if (args[0] == OBJ_VAL(&float_type)) return r;
    Value sub = obj_call1(args[0], r);
    DECREF(r);
    return sub;
}

static Value float_m_conjugate(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("conjugate", nargs, kwnames) < 0) return VAL_NULL;
    return float_exact(args[0]);
}

static Value float_m_abs(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("__abs__", nargs, kwnames) < 0) return VAL_NULL;
    return float_abs(args[0]);
}

static Value float_m_trunc(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("__trunc__", nargs, kwnames) < 0) return VAL_NULL;
    return int_from_double(trunc(FLOAT_VAL(args[0])));
}

static Value float_m_int(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("__int__", nargs, kwnames) < 0) return VAL_NULL;
    return int_from_double(trunc(FLOAT_VAL(args[0])));
}

/* __divmod__ / __rdivmod__: float_divmod, NotImplemented for a non-number. */
static Value float_m_divmod(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__divmod__", kwnames) < 0 || args_count("__divmod__", nargs - 1, 1, 1) < 0) return VAL_NULL;
    return float_divmod(args[0], args[1]);
}
static Value float_m_rdivmod(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__rdivmod__", kwnames) < 0 || args_count("__rdivmod__", nargs - 1, 1, 1) < 0) return VAL_NULL;
    return float_divmod(args[1], args[0]);
}

/* __pow__(value, mod=None) / __rpow__(value, mod=None): a float never
 * takes a modulus. */
static Value float_pow_ternary(const char *name, Value *args, size_t nargs, Value kwnames, bool reflected) {
    Value other, mod = VAL_NULL;
    if (args_parse(name, args + 1, nargs - 1, kwnames, "value|mod", &other, &mod) < 0) return VAL_NULL;
    if (mod != VAL_NULL && !IS_NONE(mod))
        return err_set_str(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return reflected ? float_pow(other, args[0]) : float_pow(args[0], other);
}
static Value float_m_pow(Value *args, size_t nargs, Value kwnames) {
    return float_pow_ternary("__pow__", args, nargs, kwnames, false);
}
static Value float_m_rpow(Value *args, size_t nargs, Value kwnames) {
    return float_pow_ternary("__rpow__", args, nargs, kwnames, true);
}

static Value float_m_floor(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("__floor__", nargs, kwnames) < 0) return VAL_NULL;
    return int_from_double(floor(FLOAT_VAL(args[0])));
}

static Value float_m_ceil(Value *args, size_t nargs, Value kwnames) {
    if (float_no_args("__ceil__", nargs, kwnames) < 0) return VAL_NULL;
    return int_from_double(ceil(FLOAT_VAL(args[0])));
}

/* round(x, n): x rounded half-to-even at the exact decimal digit n, then
 * converted back correctly rounded (what CPython's dtoa route computes).
 * x = m * 2**e exactly, so the rounding is done on integers. */
static Value float_round_digits(double x, int64_t n) {
    if (!isfinite(x) || x == 0.0 || n > 323) return float_from_double(x);
    if (n < -308) return float_from_double(copysign(0.0, x));
    int e;
    double m = ldexp(frexp(x, &e), FLOAT_MANT_DIG);
    e -= FLOAT_MANT_DIG;
    mpz_t num, den, q, p10;
    mpz_inits(num, den, q, p10, NULL);
    mpz_set_d(num, m);
    mpz_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_ui_pow_ui(p10, 10, (unsigned long)(n < 0 ? -n : n));
    if (n >= 0) mpz_mul(num, num, p10);
    else mpz_mul(den, den, p10);
    /* rounding is on magnitudes so that halves go to even symmetrically */
    bool neg = mpz_sgn(num) < 0;
    mpz_abs(num, num);
    mpz_fdiv_qr(q, num, num, den);
    mpz_mul_2exp(num, num, 1);
    int c = mpz_cmp(num, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    if (neg) mpz_neg(q, q);
    bool overflow;
    double r;
    if (n >= 0) {
        r = int_mpz_ratio_double(q, p10, &overflow);
    } else {
        mpz_mul(q, q, p10);
        mpz_set_ui(den, 1);
        r = int_mpz_ratio_double(q, den, &overflow);
    }
    mpz_clears(num, den, q, p10, NULL);
    if (overflow) return err_set_str(&exc_OverflowError, "rounded value too large to represent");
    if (r == 0.0) r = copysign(0.0, x);
    return float_from_double(r);
}

static Value float_m_round(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__round__", kwnames) < 0 || args_count("__round__", nargs - 1, 0, 1) < 0) return VAL_NULL;
    double x = FLOAT_VAL(args[0]);
    if (nargs == 1 || IS_NONE(args[1])) return int_from_double(nearbyint(x));
    Value nd = obj_index(args[1]);
    if (nd == VAL_NULL) return VAL_NULL;
    int64_t n;
    int rc = int_as_i64(nd, &n);
    if (rc < 0) {
        err_clear();
        n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    }
    DECREF(nd);
    return float_round_digits(x, n);
}

static Value float_get_real(Value self) { return float_exact(self); }
static Value float_get_imag(Value self) { (void)self; return float_from_double(0.0); }

static const MethodDef float_methods[] = {
    {"is_integer", float_m_is_integer, 0},
    {"as_integer_ratio", float_m_as_integer_ratio, 0},
    {"hex", float_m_hex, 0},
    {"fromhex", float_m_fromhex, METH_CLASS},
    {"conjugate", float_m_conjugate, 0},
    {"__abs__", float_m_abs, 0},
    {"__trunc__", float_m_trunc, 0},
    {"__floor__", float_m_floor, 0},
    {"__ceil__", float_m_ceil, 0},
    {"__round__", float_m_round, 0},
    {"__int__", float_m_int, 0},
    {"__divmod__", float_m_divmod, 0},
    {"__rdivmod__", float_m_rdivmod, 0},
    {"__pow__", float_m_pow, 0},
    {"__rpow__", float_m_rpow, 0},
    {NULL, NULL, 0},
};

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

/* No as_int slot: a float is not an index (range(1.5) is a TypeError);
 * int(x) converts floats itself. */
Type float_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "float",
    .base = &object_type,
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(FloatObj),
    .new_ = float_new,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .str = float_repr,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .truthy = float_truthy,
    .format = float_format_slot,
    .binop = {
        [BINOP_ADD] = float_add, [BINOP_SUB] = float_sub, [BINOP_MUL] = float_mul,
        [BINOP_TRUEDIV] = float_truediv, [BINOP_FLOORDIV] = float_floordiv, [BINOP_MOD] = float_mod,
        [BINOP_POW] = float_pow,
    },
    .unop = {[UNOP_NEG] = float_neg, [UNOP_POS] = float_exact},
    .as_float = float_exact,
    .methods = float_methods,
    .getsets = float_getsets,
};
