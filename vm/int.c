/* int.c - the int type: small ints tagged in the word, GMP behind them.
 *
 * Every operation first looks at its operands through an IntView: a small
 * int or a bool is an int64_t, anything else (a boxed IntObj, or an instance
 * of a user subclass of int) is an mpz. When both are int64_t the operation
 * runs on machine words with overflow checks; otherwise it runs in GMP. Every
 * result goes through int_from_i64 / int_steal_mpz, which return a small int
 * whenever the value fits, so the canonical form of value.h always holds.
 *
 * Conversions to float are correctly rounded (int_mpz_ratio_double), and
 * comparisons with floats are exact, as in CPython.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "float.h"
#include "format.h"
#include "func.h"
#include "int.h"
#include "names.h"
#include "str.h"
#include "tuple.h"
#include "unicode_ctype.h"

/* CPython's limit on decimal string <-> int conversions (sys.int_info). */
#define INT_MAX_STR_DIGITS 4300
/* <float.h> is shadowed by vm/float.h (-Ivm), so use the compiler's macros. */
#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MAX_EXP __DBL_MAX_EXP__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define INT_HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* An int operand: either a machine integer or a borrowed mpz. */
typedef struct {
    bool big;
    int64_t i;
    mpz_srcptr z;
} IntView;

/* Fill *iv from v; false when v is not an int (or bool). */
static bool int_view(Value v, IntView *iv) {
    iv->z = NULL;
    if (IS_SMALLINT(v)) {
        iv->big = false;
        iv->i = AS_SMALLINT(v);
        return true;
    }
    if (v == VAL_TRUE || v == VAL_FALSE) {
        iv->big = false;
        iv->i = v == VAL_TRUE;
        return true;
    }
    iv->big = false;
    iv->i = 0;
    if (!type_is_subtype(AS_OBJ(v)->type, &int_type)) return false;
    iv->big = true;
    iv->z = ((IntObj *)AS_OBJ(v))->z;
    return true;
}

/* The operand as an mpz: its own, or tmp set to the small value. */
static mpz_srcptr int_view_mpz(const IntView *iv, mpz_t tmp) {
    if (iv->big) return iv->z;
    mpz_set_si(tmp, (long)iv->i);
    return tmp;
}

static IntObj *int_alloc(Type *type) {
    IntObj *o = (IntObj *)obj_alloc(type);
    mpz_init(o->z);
    return o;
}

Value int_from_i64(int64_t i) {
    if (SMALLINT_FITS(i)) return FROM_SMALLINT(i);
    IntObj *o = int_alloc(&int_type);
    mpz_set_si(o->z, (long)i);
    return OBJ_VAL(o);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALLINT_MAX) return FROM_SMALLINT((intptr_t)u);
    IntObj *o = int_alloc(&int_type);
    mpz_set_ui(o->z, (unsigned long)u);
    return OBJ_VAL(o);
}

static bool int_mpz_fits_small(mpz_srcptr z) {
    if (!mpz_fits_slong_p(z)) return false;
    long l = mpz_get_si(z);
    return SMALLINT_FITS(l);
}

Value int_from_mpz(const mpz_t z) {
    if (int_mpz_fits_small(z)) return FROM_SMALLINT(mpz_get_si(z));
    IntObj *o = int_alloc(&int_type);
    mpz_set(o->z, z);
    return OBJ_VAL(o);
}

/* Consume the initialised mpz z (cleared here) and return it as an int. */
static Value int_steal_mpz(mpz_t z) {
    if (int_mpz_fits_small(z)) {
        Value r = FROM_SMALLINT(mpz_get_si(z));
        mpz_clear(z);
        return r;
    }
    IntObj *o = (IntObj *)obj_alloc(&int_type);
    o->z[0] = z[0];
    return OBJ_VAL(o);
}

Value int_from_double(double d) {
    if (isinf(d)) return err_set_str(&exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return err_set_str(&exc_ValueError, "cannot convert float NaN to integer");
    if (fabs(d) < 4611686018427387904.0) return FROM_SMALLINT((intptr_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_steal_mpz(z);
}

void int_to_mpz(Value v, mpz_t out) {
    IntView iv;
    if (!int_view(v, &iv)) {
        mpz_set_ui(out, 0);
        return;
    }
    if (iv.big) mpz_set(out, iv.z);
    else mpz_set_si(out, (long)iv.i);
}

int int_sign(Value v) {
    IntView iv;
    if (!int_view(v, &iv)) return 0;
    if (iv.big) return mpz_sgn(iv.z);
    return (iv.i > 0) - (iv.i < 0);
}

int int_as_i64(Value v, int64_t *out) {
    IntView iv;
    if (!int_view(v, &iv)) {
        err_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
        return -1;
    }
    if (!iv.big) {
        *out = iv.i;
        return 0;
    }
    if (!mpz_fits_slong_p(iv.z)) {
        err_set_str(&exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(iv.z);
    return 0;
}

/* q = num/den rounded half to even (den > 0). */
static void int_div_round_half_even(mpz_t q, mpz_srcptr num, mpz_srcptr den) {
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_clear(r);
}

/* a/b correctly rounded to a double (b != 0): scale the quotient to 53
 * significant bits (fewer in the subnormal range), round half-to-even in
 * integers, then scale back exactly with ldexp. A zero a gives a zero with
 * b's sign, as CPython's 0 / -n == -0.0. */
double int_mpz_ratio_double(mpz_srcptr a, mpz_srcptr b, bool *overflow) {
    *overflow = false;
    int sign = mpz_sgn(a) * mpz_sgn(b);
    if (sign == 0) return mpz_sgn(b) < 0 ? -0.0 : 0.0;
    mpz_t num, den, q;
    mpz_inits(num, den, q, NULL);
    mpz_abs(num, a);
    mpz_abs(den, b);
    /* top: 2**top <= num/den < 2**(top+1) */
    long top = (long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2);
    if (top >= 0) {
        mpz_mul_2exp(q, den, (mp_bitcnt_t)top);
        if (mpz_cmp(num, q) < 0) top--;
    } else {
        mpz_mul_2exp(q, num, (mp_bitcnt_t)-top);
        if (mpz_cmp(q, den) < 0) top--;
    }
    double result = HUGE_VAL;
    if (top >= DBL_MAX_EXP) {
        *overflow = true;
    } else {
        long lsb = top - (DBL_MANT_DIG - 1);
        if (lsb < DBL_MIN_EXP - DBL_MANT_DIG) lsb = DBL_MIN_EXP - DBL_MANT_DIG;
        if (lsb >= 0) mpz_mul_2exp(den, den, (mp_bitcnt_t)lsb);
        else mpz_mul_2exp(num, num, (mp_bitcnt_t)-lsb);
        int_div_round_half_even(q, num, den);
        result = ldexp(mpz_get_d(q), (int)lsb);
        if (isinf(result)) *overflow = true;
    }
    mpz_clears(num, den, q, NULL);
    return sign < 0 ? -result : result;
}

double int_as_double(Value v, bool *overflow) {
    IntView iv;
    *overflow = false;
    if (!int_view(v, &iv)) return 0.0;
    if (!iv.big) return (double)iv.i;
    if (mpz_sizeinbase(iv.z, 2) <= DBL_MANT_DIG) return mpz_get_d(iv.z);
    mpz_t one;
    mpz_init_set_ui(one, 1);
    double d = int_mpz_ratio_double(iv.z, one, overflow);
    mpz_clear(one);
    return d;
}

/* Compare the int v with the double d exactly: -1, 0 or 1; 2 if d is NaN. */
int int_cmp_double(Value v, double d) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    IntView iv;
    int_view(v, &iv);
    if (!iv.big && iv.i > -9007199254740992 && iv.i < 9007199254740992) {
        double x = (double)iv.i;
        return (x > d) - (x < d);
    }
    double fl = floor(d);
    mpz_t z, tmp;
    mpz_init_set_d(z, fl);
    mpz_init(tmp);
    int c = mpz_cmp(int_view_mpz(&iv, tmp), z);
    if (c == 0 && d > fl) c = -1;
    mpz_clear(z);
    mpz_clear(tmp);
    return c > 0 ? 1 : c < 0 ? -1 : 0;
}

int64_t int_hash(Value v) {
    IntView iv;
    int_view(v, &iv);
    int64_t h;
    if (!iv.big) {
        uint64_t m = iv.i < 0 ? (uint64_t)0 - (uint64_t)iv.i : (uint64_t)iv.i;
        h = (int64_t)(m % INT_HASH_MODULUS);
        if (iv.i < 0) h = -h;
    } else {
        h = (int64_t)mpz_tdiv_ui(iv.z, (unsigned long)INT_HASH_MODULUS);
        if (mpz_sgn(iv.z) < 0) h = -h;
    }
    return h == -1 ? -2 : h;
}

/* ---- string conversion ---- */

static Value int_digits_limit_error(void) {
    return err_format(&exc_ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      INT_MAX_STR_DIGITS);
}

Value int_repr_base(Value v, int base) {
    IntView iv;
    int_view(v, &iv);
    if (!iv.big && base == 10) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)iv.i);
        return str_from_ascii_unchecked(buf, (size_t)n);
    }
    mpz_t tmp;
    mpz_init(tmp);
    mpz_srcptr z = int_view_mpz(&iv, tmp);
    char *s = mpz_get_str(NULL, base, z);
    size_t n = strlen(s);
    Value r;
    if (base == 10 && n - (s[0] == '-') > INT_MAX_STR_DIGITS) r = int_digits_limit_error();
    else r = str_from_ascii_unchecked(s, n);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(s, n + 1);
    mpz_clear(tmp);
    return r;
}

static Value int_repr(Value self) { return int_repr_base(self, 10); }

static int int_digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool int_is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Parse s[0..len) as int(s, base) into z; false on a syntax error. Digits
 * are collected (without underscores) into digits for mpz_set_str. */
static bool int_parse(const char *s, size_t len, int *base, mpz_t z, size_t *ndigits) {
    size_t i = 0, end = len;
    while (i < end && int_is_space((unsigned char)s[i])) i++;
    while (end > i && int_is_space((unsigned char)s[end - 1])) end--;
    bool neg = false;
    if (i < end && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    int b = *base;
    bool prefixed = false;
    if (i + 1 < end && s[i] == '0') {
        char p = (char)tolower((unsigned char)s[i + 1]);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb != 0 && (b == 0 || b == pb)) {
            b = pb;
            i += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = b == 0;
    if (b == 0) b = 10;
    *base = b;
    char *digits = mem_alloc(end - i + 2);
    size_t nd = 0;
    bool ok = i < end, last_us = !prefixed;
    for (; ok && i < end; i++) {
        if (s[i] == '_') {
            ok = !last_us;
            last_us = true;
            continue;
        }
        ok = int_digit_value((unsigned char)s[i]) < b;
        digits[nd++] = s[i];
        last_us = false;
    }
    ok = ok && nd > 0 && !last_us;
    if (ok && base0_decimal && digits[0] == '0') {
        for (size_t k = 0; k < nd; k++) ok = ok && digits[k] == '0';
    }
    digits[nd] = '\0';
    *ndigits = nd;
    if (ok) {
        mpz_set_str(z, digits, b);
        if (neg) mpz_neg(z, z);
    }
    mem_free(digits);
    return ok;
}

/* Python accepts any Unicode decimal digit and whitespace in int() and
 * float(): a malloc'ed ASCII rendering of the UTF-8 text s (other non-ASCII
 * characters become '?', which no parser accepts). */
char *int_ascii_numeric(const char *s, size_t len, size_t *outlen) {
    char *out = mem_alloc(len + 1);
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        uint32_t cp = c & (0x3F >> (n - 1));
        for (size_t k = 1; k < n && i + k < len; k++) cp = cp << 6 | ((unsigned char)s[i + k] & 0x3F);
        i += n;
        int d = unicode_decimal_value(cp);
        out[o++] = d >= 0 ? (char)('0' + d) : unicode_isspace(cp) ? ' ' : '?';
    }
    out[o] = '\0';
    *outlen = o;
    return out;
}

/* int(text, base) where text is shown in errors as repr(orig). */
static Value int_parse_value(const char *s, size_t len, int base, Value orig) {
    mpz_t z;
    mpz_init(z);
    int b = base;
    size_t nd;
    if (!int_parse(s, len, &b, z, &nd)) {
        mpz_clear(z);
        return err_format(&exc_ValueError, "invalid literal for int() with base %d: %R", base, orig);
    }
    if (b == 10 && nd > INT_MAX_STR_DIGITS) {
        mpz_clear(z);
        return err_format(&exc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: "
                          "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                          INT_MAX_STR_DIGITS, nd);
    }
    return int_steal_mpz(z);
}

Value int_from_string(const char *s, size_t len, int base) {
    Value orig = str_from_utf8(s, len);
    if (orig == VAL_NULL) return VAL_NULL;
    Value r = int_parse_value(s, len, base, orig);
    DECREF(orig);
    return r;
}

/* ---- arithmetic ---- */

#define INT_BINOP_PROLOGUE(a, b, x, y) \
    IntView x, y; \
    if (!int_view(a, &x) || !int_view(b, &y)) return NEWREF(VAL_NOTIMPL)

typedef void (*MpzOp3)(mpz_ptr, mpz_srcptr, mpz_srcptr);

#define INT_MAX_BITS ((uint64_t)(INT_MAX - 1) * 64)

static uint64_t int_view_bits(const IntView *v) {
    if (v->big) return mpz_sizeinbase(v->z, 2);
    uint64_t m = v->i < 0 ? -(uint64_t)v->i : (uint64_t)v->i;
    return m ? 64 - (uint64_t)__builtin_clzll(m) : 0;
}

bool int_result_too_big(uint64_t bits) {
    if (bits <= INT_MAX_BITS) return false;
    err_no_memory();
    return true;
}

/* r = op(x, y) in GMP. */
static Value int_big_op(const IntView *x, const IntView *y, MpzOp3 op) {
    mpz_t tx, ty, r;
    mpz_inits(tx, ty, r, NULL);
    op(r, int_view_mpz(x, tx), int_view_mpz(y, ty));
    mpz_clears(tx, ty, NULL);
    return int_steal_mpz(r);
}

static Value int_add(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (!x.big && !y.big) return int_from_i64(x.i + y.i);
    return int_big_op(&x, &y, mpz_add);
}

static Value int_sub(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (!x.big && !y.big) return int_from_i64(x.i - y.i);
    return int_big_op(&x, &y, mpz_sub);
}

static Value int_mul(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    int64_t r;
    if (!x.big && !y.big && !__builtin_mul_overflow(x.i, y.i, &r)) return int_from_i64(r);
    if (int_result_too_big(int_view_bits(&x) + int_view_bits(&y))) return VAL_NULL;
    return int_big_op(&x, &y, mpz_mul);
}

static bool int_view_is_zero(const IntView *v) {
    return v->big ? mpz_sgn(v->z) == 0 : v->i == 0;
}

/* Floor division and modulo on machine words (y != 0). */
static int64_t int_floordiv_i64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}
static int64_t int_mod_i64(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

static Value int_floordiv(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (int_view_is_zero(&y)) return err_set_str(&exc_ZeroDivisionError, "integer division or modulo by zero");
    if (!x.big && !y.big) return int_from_i64(int_floordiv_i64(x.i, y.i));
    return int_big_op(&x, &y, mpz_fdiv_q);
}

static Value int_mod(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (int_view_is_zero(&y)) return err_set_str(&exc_ZeroDivisionError, "integer modulo by zero");
    if (!x.big && !y.big) return int_from_i64(int_mod_i64(x.i, y.i));
    return int_big_op(&x, &y, mpz_fdiv_r);
}

Value int_divmod(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (int_view_is_zero(&y)) return err_set_str(&exc_ZeroDivisionError, "integer division or modulo by zero");
    Value q, r;
    if (!x.big && !y.big) {
        q = int_from_i64(int_floordiv_i64(x.i, y.i));
        r = int_from_i64(int_mod_i64(x.i, y.i));
    } else {
        mpz_t tx, ty, zq, zr;
        mpz_inits(tx, ty, zq, zr, NULL);
        mpz_fdiv_qr(zq, zr, int_view_mpz(&x, tx), int_view_mpz(&y, ty));
        mpz_clears(tx, ty, NULL);
        q = int_steal_mpz(zq);
        r = int_steal_mpz(zr);
    }
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, q);
    TUPLE_SET(t, 1, r);
    return t;
}

static Value int_truediv(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (int_view_is_zero(&y)) return err_set_str(&exc_ZeroDivisionError, "division by zero");
    const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
    if (!x.big && !y.big && x.i <= exact && x.i >= -exact && y.i <= exact && y.i >= -exact)
        return float_from_double((double)x.i / (double)y.i);
    mpz_t tx, ty;
    mpz_inits(tx, ty, NULL);
    bool overflow;
    double d = int_mpz_ratio_double(int_view_mpz(&x, tx), int_view_mpz(&y, ty), &overflow);
    mpz_clears(tx, ty, NULL);
    if (overflow) return err_set_str(&exc_OverflowError, "integer division result too large for a float");
    return float_from_double(d);
}

/* base ** exp for exp >= 0 on words; false on overflow. */
static bool int_pow_i64(int64_t base, int64_t exp, int64_t *out) {
    int64_t r = 1;
    while (exp > 0) {
        if ((exp & 1) && __builtin_mul_overflow(r, base, &r)) return false;
        exp >>= 1;
        if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = r;
    return true;
}

static Value int_pow(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    int ysign = y.big ? mpz_sgn(y.z) : (y.i > 0) - (y.i < 0);
    if (ysign < 0) {
        bool o1, o2;
        double da = int_as_double(a, &o1), db = int_as_double(b, &o2);
        if (o1 || o2) return err_set_str(&exc_OverflowError, "int too large to convert to float");
        if (da == 0.0) return err_set_str(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_from_double(pow(da, db));
    }
    if (!x.big && (x.i == 0 || x.i == 1)) return FROM_SMALLINT(ysign == 0 ? 1 : x.i);
    if (!x.big && x.i == -1) {
        bool odd = y.big ? mpz_odd_p(y.z) : (y.i & 1);
        return FROM_SMALLINT(odd ? -1 : 1);
    }
    int64_t r;
    if (!x.big && !y.big && int_pow_i64(x.i, y.i, &r)) return int_from_i64(r);
    if (y.big || (uint64_t)y.i > ((uint64_t)1 << 40)) return err_set_none(&exc_MemoryError);
    if (int_result_too_big(int_view_bits(&x) * (uint64_t)y.i)) return VAL_NULL;
    mpz_t tx, z;
    mpz_inits(tx, z, NULL);
    mpz_pow_ui(z, int_view_mpz(&x, tx), (unsigned long)y.i);
    mpz_clear(tx);
    return int_steal_mpz(z);
}

Value int_pow_mod(Value base, Value exp, Value mod) {
    IntView x, y, m;
    if (!int_view(base, &x) || !int_view(exp, &y) || !int_view(mod, &m))
        return err_set_str(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_view_is_zero(&m)) return err_set_str(&exc_ValueError, "pow() 3rd argument cannot be 0");
    mpz_t tx, ty, tm, b, am, r;
    mpz_inits(tx, ty, tm, b, am, r, NULL);
    mpz_set(b, int_view_mpz(&x, tx));
    mpz_srcptr e = int_view_mpz(&y, ty), mz = int_view_mpz(&m, tm);
    mpz_abs(am, mz);
    Value result = VAL_NULL;
    if (mpz_sgn(e) < 0 && !mpz_invert(b, b, am)) {
        err_set_str(&exc_ValueError, "base is not invertible for the given modulus");
    } else {
        mpz_t ae;
        mpz_init(ae);
        mpz_abs(ae, e);
        mpz_powm(r, b, ae, am);
        mpz_clear(ae);
        /* powm gives [0, |m|); Python's result takes the sign of m */
        if (mpz_sgn(mz) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, mz);
        result = int_from_mpz(r);
    }
    mpz_clears(tx, ty, tm, b, am, r, NULL);
    return result;
}

/* The shift count as an int64 >= 0, or -1 with an error (negative). A count
 * too large for int64 is reported as INT64_MAX. */
static int64_t int_shift_count(const IntView *y) {
    if (y->big) {
        if (mpz_sgn(y->z) < 0) {
            err_set_str(&exc_ValueError, "negative shift count");
            return -1;
        }
        return mpz_fits_slong_p(y->z) ? mpz_get_si(y->z) : INT64_MAX;
    }
    if (y->i < 0) {
        err_set_str(&exc_ValueError, "negative shift count");
        return -1;
    }
    return y->i;
}

static Value int_lshift(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    int64_t n = int_shift_count(&y);
    if (n < 0) return VAL_NULL;
    if (int_view_is_zero(&x)) return FROM_SMALLINT(0);
    if (!x.big && n < 62) {
        int64_t r = (int64_t)((uint64_t)x.i << n);
        if ((r >> n) == x.i) return int_from_i64(r);
    }
    if (n > ((int64_t)1 << 40)) return err_set_str(&exc_OverflowError, "too many digits in integer");
    if (int_result_too_big(int_view_bits(&x) + (uint64_t)n)) return VAL_NULL;
    mpz_t tx, z;
    mpz_inits(tx, z, NULL);
    mpz_mul_2exp(z, int_view_mpz(&x, tx), (mp_bitcnt_t)n);
    mpz_clear(tx);
    return int_steal_mpz(z);
}

static Value int_rshift(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    int64_t n = int_shift_count(&y);
    if (n < 0) return VAL_NULL;
    if (!x.big) return int_from_i64(n >= 63 ? (x.i < 0 ? -1 : 0) : x.i >> n);
    if ((uint64_t)n >= mpz_sizeinbase(x.z, 2)) return FROM_SMALLINT(mpz_sgn(x.z) < 0 ? -1 : 0);
    mpz_t z;
    mpz_init(z);
    mpz_fdiv_q_2exp(z, x.z, (mp_bitcnt_t)n);
    return int_steal_mpz(z);
}

static Value int_and(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (!x.big && !y.big) return int_from_i64(x.i & y.i);
    return int_big_op(&x, &y, mpz_and);
}

static Value int_or(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (!x.big && !y.big) return int_from_i64(x.i | y.i);
    return int_big_op(&x, &y, mpz_ior);
}

static Value int_xor(Value a, Value b) {
    INT_BINOP_PROLOGUE(a, b, x, y);
    if (!x.big && !y.big) return int_from_i64(x.i ^ y.i);
    return int_big_op(&x, &y, mpz_xor);
}

typedef void (*MpzOp2)(mpz_ptr, mpz_srcptr);

static Value int_big_unop(const IntView *x, MpzOp2 op) {
    mpz_t z;
    mpz_init(z);
    op(z, x->z);
    return int_steal_mpz(z);
}

static Value int_neg(Value a) {
    IntView x;
    int_view(a, &x);
    if (!x.big) return int_from_i64(-x.i);
    return int_big_unop(&x, mpz_neg);
}

/* +a, int(a), a.real ...: the value as an exact int (bools and subclass
 * instances become plain ints). */
static Value int_exact(Value a) {
    if (IS_SMALLINT(a) || AS_OBJ(a)->type == &int_type) return NEWREF(a);
    IntView x;
    int_view(a, &x);
    if (!x.big) return FROM_SMALLINT(x.i);
    return int_from_mpz(x.z);
}

static Value int_invert(Value a) {
    IntView x;
    int_view(a, &x);
    if (!x.big) return int_from_i64(~x.i);
    return int_big_unop(&x, mpz_com);
}

Value int_abs(Value a) {
    IntView x;
    int_view(a, &x);
    if (!x.big) return int_from_i64(x.i < 0 ? -x.i : x.i);
    return int_big_unop(&x, mpz_abs);
}

/* ---- comparison, hash, truth ---- */

static bool int_cmp_result(int c, CmpOp op) {
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    case CMP_GE: return c >= 0;
    }
    return false;
}

static Value int_richcompare(Value a, Value b, CmpOp op) {
    IntView x, y;
    /* int vs float is float's to answer (exactly), as in CPython */
    if (!int_view(a, &x) || !int_view(b, &y)) return NEWREF(VAL_NOTIMPL);
    int c;
    if (!x.big && !y.big) {
        c = (x.i > y.i) - (x.i < y.i);
    } else {
        mpz_t tx, ty;
        mpz_inits(tx, ty, NULL);
        c = mpz_cmp(int_view_mpz(&x, tx), int_view_mpz(&y, ty));
        mpz_clears(tx, ty, NULL);
    }
    return VAL_BOOL(int_cmp_result(c, op));
}

static int int_hash_slot(Value self, int64_t *out) {
    *out = int_hash(self);
    return 0;
}

static int int_truthy(Value self) { return int_sign(self) != 0; }

static Value int_as_float(Value self) {
    bool overflow;
    double d = int_as_double(self, &overflow);
    if (overflow) return err_set_str(&exc_OverflowError, "int too large to convert to float");
    return float_from_double(d);
}

static Value int_format_slot(Value self, Value spec) {
    if (STR_NBYTES(spec) == 0) return obj_str(self);
    return format_int(self, spec);
}

static void int_dealloc(Obj *self) {
    mpz_clear(((IntObj *)self)->z);
    obj_free(self);
}

/* ---- int() ---- */

/* int(s, base) for a str s, non-ASCII digits and spaces included. */
static Value int_parse_str(Value s, int base) {
    if (STR_NBYTES(s) == STR_LEN(s)) return int_parse_value(STR_DATA(s), STR_NBYTES(s), base, s);
    size_t n;
    char *ascii = int_ascii_numeric(STR_DATA(s), STR_NBYTES(s), &n);
    Value r = int_parse_value(ascii, n, base, s);
    mem_free(ascii);
    return r;
}

/* int(x) for x whose class defines __int__ (CPython tries it before
 * __index__); VAL_NULL without an error when it does not. */
static Value int_convert_dunder(Value x) {
    if (!(TYPE_OF(x)->flags & TYPE_HEAP)) return VAL_NULL;
    Value f = type_lookup(TYPE_OF(x), names.__int__);
    if (f == VAL_NULL) return VAL_NULL;
    Value r = type_call_method(f, x, NULL, 0, VAL_NULL);
    if (r == VAL_NULL) return VAL_NULL;
    if (!IS_INT(r)) {
        err_format(&exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
        DECREF(r);
        return VAL_NULL;
    }
    Value exact = int_exact(r);
    DECREF(r);
    return exact;
}

/* int(x) for one argument without base. */
static Value int_convert(Value x) {
    Value viadunder = int_convert_dunder(x);
    if (viadunder != VAL_NULL || err_occurred()) return viadunder;
    if (IS_INT(x)) return int_exact(x);
    if (IS_FLOAT(x)) return int_from_double(FLOAT_VAL(x));
    if (IS_STR(x)) return int_parse_str(x, 10);
    if (IS_BYTES(x)) return int_parse_value((const char *)BYTES_DATA(x), BYTES_LEN(x), 10, x);
    Type *t = TYPE_OF(x);
    if (t->as_int != NULL) {
        Value r = t->as_int(x);
        if (r == VAL_NULL) return VAL_NULL;
        if (!IS_INT(r)) {
            Value e = err_format(&exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
            DECREF(r);
            return e;
        }
        Value exact = int_exact(r);
        DECREF(r);
        return exact;
    }
    return err_format(&exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      t->name);
}

static Value int_convert_base(Value x, Value basev) {
    int64_t base;
    Value bi = obj_index(basev);
    if (bi == VAL_NULL) return VAL_NULL;
    int rc = int_as_i64(bi, &base);
    DECREF(bi);
    if (rc < 0 || (base != 0 && (base < 2 || base > 36))) {
        if (rc < 0 && !err_matches(&exc_OverflowError)) return VAL_NULL;
        err_clear();
        return err_set_str(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (IS_STR(x)) return int_parse_str(x, (int)base);
    if (IS_BYTES(x)) return int_parse_value((const char *)BYTES_DATA(x), BYTES_LEN(x), (int)base, x);
    return err_set_str(&exc_TypeError, "int() can't convert non-string with explicit base");
}

/* Wrap the plain int v (stolen) in an instance of the subclass type. */
static Value int_make_subclass(Type *type, Value v) {
    IntObj *o = int_alloc(type);
    int_to_mpz(v, o->z);
    DECREF(v);
    return OBJ_VAL(o);
}

static Value int_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames == VAL_NULL ? 0 : TUPLE_LEN(kwnames);
    Value x = nargs > 0 ? args[0] : VAL_NULL, base = nargs > 1 ? args[1] : VAL_NULL;
    if (nargs + nkw > 2) return err_format(&exc_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    for (size_t k = 0; k < nkw; k++) {
        Value name = TUPLE_GET(kwnames, k);
        if (strcmp(STR_DATA(name), "base") != 0 || base != VAL_NULL)
            return err_format(&exc_TypeError, "%R is an invalid keyword argument for int()", name);
        base = args[nargs + k];
    }
    Value r;
    if (x == VAL_NULL) {
        if (base != VAL_NULL) return err_set_str(&exc_TypeError, "int() missing string argument");
        r = FROM_SMALLINT(0);
    } else {
        r = base == VAL_NULL ? int_convert(x) : int_convert_base(x, base);
    }
    if (r == VAL_NULL || type == &int_type) return r;
    return int_make_subclass(type, r);
}

/* ---- methods ---- */

static Value int_m_bit_length(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("bit_length", kwnames) < 0 || args_count("bit_length", nargs - 1, 0, 0) < 0) return VAL_NULL;
    IntView x;
    int_view(args[0], &x);
    if (!x.big) {
        uint64_t m = x.i < 0 ? (uint64_t)0 - (uint64_t)x.i : (uint64_t)x.i;
        return FROM_SMALLINT(m == 0 ? 0 : 64 - __builtin_clzll(m));
    }
    return int_from_u64(mpz_sizeinbase(x.z, 2));
}

static Value int_m_bit_count(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("bit_count", kwnames) < 0 || args_count("bit_count", nargs - 1, 0, 0) < 0) return VAL_NULL;
    IntView x;
    int_view(args[0], &x);
    if (!x.big) {
        uint64_t m = x.i < 0 ? (uint64_t)0 - (uint64_t)x.i : (uint64_t)x.i;
        return FROM_SMALLINT(__builtin_popcountll(m));
    }
    mpz_t z;
    mpz_init(z);
    mpz_abs(z, x.z);
    Value r = int_from_u64(mpz_popcount(z));
    mpz_clear(z);
    return r;
}

/* byteorder argument: 1 for 'little', 0 for 'big', -1 on error. */
static int int_byteorder(Value v) {
    if (v == VAL_NULL) return 0;
    if (!IS_STR(v))
        return err_format(&exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", obj_type_name(v)),
               -1;
    if (strcmp(STR_DATA(v), "little") == 0) return 1;
    if (strcmp(STR_DATA(v), "big") == 0) return 0;
    err_set_str(&exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static void int_reverse_bytes(unsigned char *p, size_t n) {
    for (size_t i = 0; i < n / 2; i++) {
        unsigned char t = p[i];
        p[i] = p[n - 1 - i];
        p[n - 1 - i] = t;
    }
}

static Value int_m_to_bytes(Value *args, size_t nargs, Value kwnames) {
    Value lengthv = VAL_NULL, orderv = VAL_NULL, signedv = VAL_NULL;
    if (args_parse("to_bytes", args + 1, nargs - 1, kwnames, "|length,byteorder,$signed", &lengthv, &orderv,
                   &signedv) < 0)
        return VAL_NULL;
    ssize_t length = 1;
    if (lengthv != VAL_NULL && obj_as_ssize(lengthv, &length) < 0) return VAL_NULL;
    if (length < 0) return err_set_str(&exc_ValueError, "length argument must be non-negative");
    int little = int_byteorder(orderv);
    if (little < 0) return VAL_NULL;
    int is_signed = signedv == VAL_NULL ? 0 : obj_truthy(signedv);
    if (is_signed < 0) return VAL_NULL;
    mpz_t z, lim;
    mpz_inits(z, lim, NULL);
    int_to_mpz(args[0], z);
    Value result = VAL_NULL;
    if (!is_signed && mpz_sgn(z) < 0) {
        err_set_str(&exc_OverflowError, "can't convert negative int to unsigned");
        goto done;
    }
    /* representable: |z| fits in 8*length bits (one less for signed); like
     * CPython, -1 fits in zero signed bytes */
    mpz_set_ui(lim, 1);
    mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(8 * (size_t)length - (is_signed && length > 0)));
    if (length == 0 ? mpz_sgn(z) != 0 && !(is_signed && mpz_cmp_si(z, -1) == 0) : (mpz_cmp(z, lim) >= 0 || (mpz_sgn(z) < 0 && mpz_cmpabs(z, lim) > 0))) {
        err_set_str(&exc_OverflowError, "int too big to convert");
        goto done;
    }
    if (mpz_sgn(z) < 0) {
        mpz_set_ui(lim, 1);
        mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(8 * (size_t)length));
        mpz_add(z, z, lim);
    }
    unsigned char *buf = mem_calloc((size_t)length + 1, 1);
    size_t count = (mpz_sizeinbase(z, 2) + 7) / 8;
    if (mpz_sgn(z) != 0) mpz_export(buf + (size_t)length - count, NULL, 1, 1, 1, 0, z);
    if (little) int_reverse_bytes(buf, (size_t)length);
    result = bytes_from(buf, (size_t)length);
    mem_free(buf);
done:
    mpz_clears(z, lim, NULL);
    return result;
}

/* Collect the bytes of v (bytes, or an iterable of ints in range(256)). */
static unsigned char *int_collect_bytes(Value v, size_t *len) {
    Value owned = bytes_from_dunder(v);
    if (owned == VAL_NULL && err_occurred()) return NULL;
    if (owned != VAL_NULL) v = owned;
    if (IS_BYTES(v)) {
        *len = BYTES_LEN(v);
        unsigned char *p = mem_alloc(*len + 1);
        memcpy(p, BYTES_DATA(v), *len);
        XDECREF(owned);
        return p;
    }
    if (IS_STR(v) || (TYPE_OF(v)->iter == NULL && TYPE_OF(v)->getitem == NULL)) {
        err_format(&exc_TypeError, "cannot convert '%s' object to bytes", obj_type_name(v));
        return NULL;
    }
    Value it = obj_iter(v);
    if (it == VAL_NULL) return NULL;
    size_t n = 0, cap = 16;
    unsigned char *p = mem_alloc(cap);
    Value item;
    while ((item = obj_next(it)) != VAL_NULL) {
        int64_t b;
        Value idx = obj_index(item);
        DECREF(item);
        int rc = idx == VAL_NULL ? -1 : int_as_i64(idx, &b);
        XDECREF(idx);
        if (rc == 0 && (b < 0 || b > 255)) {
            err_set_str(&exc_ValueError, "bytes must be in range(0, 256)");
            rc = -1;
        }
        if (rc < 0) break;
        if (n == cap) p = mem_realloc(p, cap *= 2);
        p[n++] = (unsigned char)b;
    }
    DECREF(it);
    if (err_occurred()) {
        mem_free(p);
        return NULL;
    }
    *len = n;
    return p;
}

static Value int_m_from_bytes(Value *args, size_t nargs, Value kwnames) {
    Value bytesv = VAL_NULL, orderv = VAL_NULL, signedv = VAL_NULL;
    if (args_parse("from_bytes", args + 1, nargs - 1, kwnames, "bytes|byteorder,$signed", &bytesv, &orderv,
                   &signedv) < 0)
        return VAL_NULL;
    int little = int_byteorder(orderv);
    if (little < 0) return VAL_NULL;
    int is_signed = signedv == VAL_NULL ? 0 : obj_truthy(signedv);
    if (is_signed < 0) return VAL_NULL;
    size_t len;
    unsigned char *buf = int_collect_bytes(bytesv, &len);
    if (buf == NULL) return VAL_NULL;
    if (little) int_reverse_bytes(buf, len);
    mpz_t z;
    mpz_init(z);
    if (len > 0) mpz_import(z, len, 1, 1, 1, 0, buf);
    if (is_signed && len > 0 && (buf[0] & 0x80)) {
        mpz_t lim;
        mpz_init_set_ui(lim, 1);
        mpz_mul_2exp(lim, lim, 8 * len);
        mpz_sub(z, z, lim);
        mpz_clear(lim);
    }
    mem_free(buf);
    Value r = int_steal_mpz(z);
    if (args[0] == OBJ_VAL(&int_type)) return r;
    Value sub = obj_call1(args[0], r);
    DECREF(r);
    return sub;
}

static Value int_m_exact(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("conjugate", kwnames) < 0 || args_count("conjugate", nargs - 1, 0, 0) < 0) return VAL_NULL;
    return int_exact(args[0]);
}

static Value int_m_abs(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__abs__", kwnames) < 0 || args_count("__abs__", nargs - 1, 0, 0) < 0) return VAL_NULL;
    return int_abs(args[0]);
}

/* Round the int v to a multiple of 10**k (k > 0), halves to even. */
static Value int_round_pow10(Value v, unsigned long k) {
    mpz_t z, p, q;
    mpz_inits(z, p, q, NULL);
    int_to_mpz(v, z);
    mpz_ui_pow_ui(p, 10, k);
    int_div_round_half_even(q, z, p);
    mpz_mul(q, q, p);
    mpz_clears(z, p, NULL);
    return int_steal_mpz(q);
}

static Value int_m_int(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__int__", kwnames) < 0 || args_count("__int__", nargs - 1, 0, 0) < 0) return VAL_NULL;
    return int_exact(args[0]);
}

/* __divmod__ / __rdivmod__: int_divmod, NotImplemented for a non-int. */
static Value int_m_divmod(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__divmod__", kwnames) < 0 || args_count("__divmod__", nargs - 1, 1, 1) < 0) return VAL_NULL;
    return int_divmod(args[0], args[1]);
}
static Value int_m_rdivmod(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__rdivmod__", kwnames) < 0 || args_count("__rdivmod__", nargs - 1, 1, 1) < 0) return VAL_NULL;
    return int_divmod(args[1], args[0]);
}

/* pow(base, exp, mod) as int.__pow__ sees it: NotImplemented unless the
 * operands (and a modulus other than None) are ints. */
static Value int_pow_ternary(Value base, Value exp, Value mod) {
    if (!IS_INT(base) || !IS_INT(exp) || (mod != VAL_NULL && !IS_NONE(mod) && !IS_INT(mod)))
        return NEWREF(VAL_NOTIMPL);
    return mod == VAL_NULL || IS_NONE(mod) ? int_pow(base, exp) : int_pow_mod(base, exp, mod);
}

/* __pow__(value, mod=None) and __rpow__(value, mod=None): the slot wrappers
 * take one operand, these also take the modulus. */
static Value int_m_pow(Value *args, size_t nargs, Value kwnames) {
    Value exp, mod = VAL_NULL;
    if (args_parse("__pow__", args + 1, nargs - 1, kwnames, "value|mod", &exp, &mod) < 0) return VAL_NULL;
    return int_pow_ternary(args[0], exp, mod);
}
static Value int_m_rpow(Value *args, size_t nargs, Value kwnames) {
    Value base, mod = VAL_NULL;
    if (args_parse("__rpow__", args + 1, nargs - 1, kwnames, "value|mod", &base, &mod) < 0) return VAL_NULL;
    return int_pow_ternary(base, args[0], mod);
}

static Value int_m_round(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__round__", kwnames) < 0 || args_count("__round__", nargs - 1, 0, 1) < 0) return VAL_NULL;
    if (nargs == 1) return int_exact(args[0]);
    Value nd = obj_index(args[1]);
    if (nd == VAL_NULL) return VAL_NULL;
    int s = int_sign(nd);
    if (s >= 0) {
        DECREF(nd);
        return int_exact(args[0]);
    }
    int64_t n;
    int rc = int_as_i64(nd, &n);
    DECREF(nd);
    /* 10**k beyond any int's size rounds everything to 0 */
    if (rc < 0 || n < -((int64_t)1 << 40)) {
        err_clear();
        return FROM_SMALLINT(0);
    }
    return int_round_pow10(args[0], (unsigned long)-n);
}

static Value int_m_as_integer_ratio(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("as_integer_ratio", kwnames) < 0 || args_count("as_integer_ratio", nargs - 1, 0, 0) < 0)
        return VAL_NULL;
    Value n = int_exact(args[0]);
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, n);
    TUPLE_SET(t, 1, FROM_SMALLINT(1));
    return t;
}

static Value int_get_exact(Value self) { return int_exact(self); }
static Value int_get_zero(Value self) { (void)self; return FROM_SMALLINT(0); }
static Value int_get_one(Value self) { (void)self; return FROM_SMALLINT(1); }

static const MethodDef int_methods[] = {
    {"bit_length", int_m_bit_length, 0},
    {"bit_count", int_m_bit_count, 0},
    {"to_bytes", int_m_to_bytes, 0},
    {"from_bytes", int_m_from_bytes, METH_CLASS},
    {"conjugate", int_m_exact, 0},
    {"__trunc__", int_m_exact, 0},
    {"__floor__", int_m_exact, 0},
    {"__ceil__", int_m_exact, 0},
    {"__abs__", int_m_abs, 0},
    {"__round__", int_m_round, 0},
    {"__int__", int_m_int, 0},
    {"__divmod__", int_m_divmod, 0},
    {"__rdivmod__", int_m_rdivmod, 0},
    {"__pow__", int_m_pow, 0},
    {"__rpow__", int_m_rpow, 0},
    {"as_integer_ratio", int_m_as_integer_ratio, 0},
    {NULL, NULL, 0},
};

static const GetSetDef int_getsets[] = {
    {"real", int_get_exact, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_exact, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

Type int_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "int",
    .base = &object_type,
    .flags = TYPE_BASETYPE | TYPE_INT_SUBCLASS,
    .basicsize = sizeof(IntObj),
    .new_ = int_new,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .str = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .truthy = int_truthy,
    .format = int_format_slot,
    .binop = {
        [BINOP_ADD] = int_add, [BINOP_SUB] = int_sub, [BINOP_MUL] = int_mul,
        [BINOP_TRUEDIV] = int_truediv, [BINOP_FLOORDIV] = int_floordiv, [BINOP_MOD] = int_mod,
        [BINOP_POW] = int_pow, [BINOP_LSHIFT] = int_lshift, [BINOP_RSHIFT] = int_rshift,
        [BINOP_AND] = int_and, [BINOP_OR] = int_or, [BINOP_XOR] = int_xor,
    },
    .unop = {[UNOP_NEG] = int_neg, [UNOP_POS] = int_exact, [UNOP_INVERT] = int_invert},
    .as_int = int_exact,
    .as_float = int_as_float,
    .methods = int_methods,
    .getsets = int_getsets,
};

int int_init_types(void) {
    if (type_ready(&int_type) < 0) return -1;
    if (type_ready(&bool_type) < 0) return -1;
    return type_ready(&float_type);
}
