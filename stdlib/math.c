/* math.c - the math module: CPython 3.11's functions over floats and ints.
 *
 * Float functions convert their arguments with float_as_double ("must be
 * real number, not str") and turn C results into CPython's errors: a NaN
 * from a non-NaN argument is ValueError "math domain error"; an infinity
 * from finite arguments is OverflowError "math range error" (or a domain
 * error for poles such as log(0)). Integer functions (gcd, factorial, comb,
 * isqrt, ...) are exact, in GMP. fsum is Shewchuk's exact summation, as in
 * CPython.
 *
 * The header is mathmodule.h, not math.h: stdlib/ is on the include path and
 * a stdlib/math.h would hide the C library's <math.h>.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "mathmodule.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

static Value math_domain_error(void) { return err_set_str(&exc_ValueError, "math domain error"); }
static Value math_range_error(void) { return err_set_str(&exc_OverflowError, "math range error"); }

/* "math.sqrt() takes exactly one argument (2 given)" and no keywords. */
static int math_one_arg(const char *qualname, size_t nargs, Value kwnames) {
    if (args_no_kw(qualname, kwnames) < 0) return -1;
    if (nargs != 1) {
        err_format(&exc_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

/* "atan2 expected 2 arguments, got 1" and no keywords. */
static int math_two_args(const char *name, size_t nargs, Value kwnames) {
    char qual[32];
    snprintf(qual, sizeof qual, "math.%s", name);
    if (args_no_kw(qual, kwnames) < 0) return -1;
    if (nargs != 2) {
        err_format(&exc_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
        return -1;
    }
    return 0;
}

/* Check a one-argument C result against CPython's error rules. */
static Value math_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return math_domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? math_range_error() : math_domain_error();
    return float_from_double(r);
}

/* One float in, one float out. */
static Value math_unary(Value *args, size_t nargs, Value kwnames, const char *qualname, double (*fn)(double),
                        bool can_overflow) {
    if (math_one_arg(qualname, nargs, kwnames) < 0) return VAL_NULL;
    double x;
    if (float_as_double(args[0], &x) < 0) return VAL_NULL;
    return math_result(x, fn(x), can_overflow);
}

static double math_degrees_fn(double x) { return x * (180.0 / M_PI); }
static double math_radians_fn(double x) { return x * (M_PI / 180.0); }

#define MATH_UNARY(name, fn, can_overflow) \
    static Value math_##name(Value *args, size_t nargs, Value kwnames) { \
        return math_unary(args, nargs, kwnames, "math." #name, fn, can_overflow); \
    }
MATH_UNARY(sqrt, sqrt, false)
MATH_UNARY(exp, exp, true)
MATH_UNARY(exp2, exp2, true)
MATH_UNARY(expm1, expm1, true)
MATH_UNARY(log1p, log1p, false)
MATH_UNARY(cbrt, cbrt, false)
MATH_UNARY(fabs, fabs, false)
MATH_UNARY(sin, sin, false)
MATH_UNARY(cos, cos, false)
MATH_UNARY(tan, tan, false)
MATH_UNARY(asin, asin, false)
MATH_UNARY(acos, acos, false)
MATH_UNARY(atan, atan, false)
MATH_UNARY(sinh, sinh, true)
MATH_UNARY(cosh, cosh, true)
MATH_UNARY(tanh, tanh, false)
MATH_UNARY(asinh, asinh, false)
MATH_UNARY(acosh, acosh, false)
MATH_UNARY(atanh, atanh, false)
MATH_UNARY(erf, erf, false)
MATH_UNARY(erfc, erfc, false)
MATH_UNARY(degrees, math_degrees_fn, true)
MATH_UNARY(radians, math_radians_fn, true)

/* ---- gamma and lgamma ----
 * CPython computes these itself (a Lanczos approximation with N = 13 and
 * g = 6.024680040776729583740234375), not with the C library, so baton does
 * the same to print the same digits. Errors follow errno-style codes:
 * MATH_EDOM is a domain error, MATH_ERANGE an overflow (ignored when the
 * result is small, i.e. an underflow). */

enum { MATH_OK, MATH_EDOM, MATH_ERANGE };

#define MATH_LANCZOS_N 13
static const double math_lanczos_g = 6.024680040776729583740234375;
static const double math_lanczos_g_minus_half = 5.524680040776729583740234375;
static const double math_lanczos_num[MATH_LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator x*(x+1)*...*(x+11) as a polynomial */
static const double math_lanczos_den[MATH_LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* The Lanczos rational function at x > 0, evaluated in the direction that
 * keeps it accurate (Horner upward for small x, in 1/x for large x). */
static double math_lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = MATH_LANCZOS_N; --i >= 0;) {
            num = num * x + math_lanczos_num[i];
            den = den * x + math_lanczos_den[i];
        }
    } else {
        for (int i = 0; i < MATH_LANCZOS_N; i++) {
            num = num / x + math_lanczos_num[i];
            den = den / x + math_lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), exact at the integers and half-integers. */
static double math_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double math_tgamma(double x, int *status) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *status = MATH_EDOM;
        return NAN;
    }
    if (x == 0.0 || (x == floor(x) && x < 0.0)) {
        *status = MATH_EDOM;
        return NAN;
    }
    if (x == floor(x) && x <= 23.0) {
        double f = 1.0;
        for (int i = 2; i < (int)x; i++) f *= i;
        return f;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) *status = MATH_ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / math_sinpi(x);
        *status = MATH_ERANGE;
        return HUGE_VAL;
    }
    double y = absx + math_lanczos_g_minus_half, q, z;
    /* z: the rounding error of y, for a correction factor */
    if (absx > math_lanczos_g_minus_half) {
        q = y - absx;
        z = q - math_lanczos_g_minus_half;
    } else {
        q = y - math_lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * math_lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / math_sinpi(absx) / absx * exp(y) / math_lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = math_lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) *status = MATH_ERANGE;
    return r;
}

static double math_lgamma_fn(double x, int *status) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *status = MATH_EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(math_lanczos_sum(absx)) - math_lanczos_g;
    r += (absx - 0.5) * (log(absx + math_lanczos_g - 0.5) - 1);
    if (x < 0.0) r = log(M_PI) - log(fabs(math_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *status = MATH_ERANGE;
    return r;
}

static Value math_gamma_like(Value *args, size_t nargs, Value kwnames, bool is_lgamma) {
    if (math_one_arg(is_lgamma ? "math.lgamma" : "math.gamma", nargs, kwnames) < 0) return VAL_NULL;
    double x;
    if (float_as_double(args[0], &x) < 0) return VAL_NULL;
    int status = MATH_OK;
    double r = is_lgamma ? math_lgamma_fn(x, &status) : math_tgamma(x, &status);
    if (status == MATH_EDOM) return math_domain_error();
    if (status == MATH_ERANGE && fabs(r) >= 1.5) return math_range_error();
    return float_from_double(r);
}

static Value math_gamma(Value *args, size_t nargs, Value kwnames) {
    return math_gamma_like(args, nargs, kwnames, false);
}

static Value math_lgamma(Value *args, size_t nargs, Value kwnames) {
    return math_gamma_like(args, nargs, kwnames, true);
}

/* ---- logarithms (ints of any size) ---- */

/* fn(x) for an int or float x > 0; big ints go through x = m * 2**e. */
static int math_log_of(Value v, double (*fn)(double), double *out) {
    if (IS_INT(v)) {
        if (int_sign(v) <= 0) return math_domain_error(), -1;
        bool overflow;
        double d = int_as_double(v, &overflow);
        if (!overflow) {
            *out = fn(d);
            return 0;
        }
        mpz_t z, p;
        mpz_inits(z, p, NULL);
        int_to_mpz(v, z);
        size_t e = mpz_sizeinbase(z, 2);
        mpz_setbit(p, e);
        double m = int_mpz_ratio_double(z, p, &overflow);
        mpz_clears(z, p, NULL);
        *out = fn(m) + fn(2.0) * (double)e;
        return 0;
    }
    double x;
    if (float_as_double(v, &x) < 0) return -1;
    if (isnan(x) || x == HUGE_VAL) {
        *out = x;
        return 0;
    }
    if (x <= 0) return math_domain_error(), -1;
    *out = fn(x);
    return 0;
}

static Value math_log(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("math.log", kwnames) < 0) return VAL_NULL;
    if (nargs < 1 || nargs > 2) return err_set_str(&exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (math_log_of(args[0], log, &num) < 0) return VAL_NULL;
    if (nargs == 1) return float_from_double(num);
    if (math_log_of(args[1], log, &den) < 0) return VAL_NULL;
    if (den == 0.0) return err_set_str(&exc_ZeroDivisionError, "float division by zero");
    return float_from_double(num / den);
}

static Value math_log_fn(Value *args, size_t nargs, Value kwnames, const char *qualname, double (*fn)(double)) {
    if (math_one_arg(qualname, nargs, kwnames) < 0) return VAL_NULL;
    double r;
    if (math_log_of(args[0], fn, &r) < 0) return VAL_NULL;
    return float_from_double(r);
}

static Value math_log2(Value *args, size_t nargs, Value kwnames) {
    return math_log_fn(args, nargs, kwnames, "math.log2", log2);
}

static Value math_log10(Value *args, size_t nargs, Value kwnames) {
    return math_log_fn(args, nargs, kwnames, "math.log10", log10);
}

/* ---- two-argument float functions ---- */

static int math_two_doubles(const char *name, Value *args, size_t nargs, Value kwnames, double *x, double *y) {
    if (math_two_args(name, nargs, kwnames) < 0) return -1;
    if (float_as_double(args[0], x) < 0 || float_as_double(args[1], y) < 0) return -1;
    return 0;
}

/* name(x, y) as the float fn(x, y), for the libm functions that need no
 * error checks of their own (atan2, copysign, nextafter). */
static Value math_two_fn(const char *name, Value *args, size_t nargs, Value kwnames,
                         double (*fn)(double, double)) {
    double x, y;
    if (math_two_doubles(name, args, nargs, kwnames, &x, &y) < 0) return VAL_NULL;
    return float_from_double(fn(x, y));
}

static Value math_atan2(Value *args, size_t nargs, Value kwnames) {
    return math_two_fn("atan2", args, nargs, kwnames, atan2);
}

static Value math_copysign(Value *args, size_t nargs, Value kwnames) {
    return math_two_fn("copysign", args, nargs, kwnames, copysign);
}

static Value math_fmod(Value *args, size_t nargs, Value kwnames) {
    double x, y;
    if (math_two_doubles("fmod", args, nargs, kwnames, &x, &y) < 0) return VAL_NULL;
    if (isinf(y) && isfinite(x)) return float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return math_domain_error();
    return float_from_double(r);
}

static Value math_remainder(Value *args, size_t nargs, Value kwnames) {
    double x, y;
    if (math_two_doubles("remainder", args, nargs, kwnames, &x, &y) < 0) return VAL_NULL;
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return math_domain_error();
    return float_from_double(r);
}

static Value math_nextafter(Value *args, size_t nargs, Value kwnames) {
    return math_two_fn("nextafter", args, nargs, kwnames, nextafter);
}

/* pow with C99's special values, then CPython's error rules. */
static Value math_pow(Value *args, size_t nargs, Value kwnames) {
    double x, y;
    if (math_two_doubles("pow", args, nargs, kwnames, &x, &y) < 0) return VAL_NULL;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) return math_domain_error();
        if (isinf(r)) return x == 0.0 ? math_domain_error() : math_range_error();
    }
    return float_from_double(r);
}

static Value math_ulp(Value *args, size_t nargs, Value kwnames) {
    if (math_one_arg("math.ulp", nargs, kwnames) < 0) return VAL_NULL;
    double x;
    if (float_as_double(args[0], &x) < 0) return VAL_NULL;
    if (isnan(x)) return float_from_double(x);
    x = fabs(x);
    if (isinf(x)) return float_from_double(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up)) return float_from_double(x - nextafter(x, -HUGE_VAL));
    return float_from_double(up - x);
}

/* ---- rounding to int ---- */

/* x.__floor__() / __ceil__() / __trunc__() for a non-number x, or
 * VAL_NULL with *found = false when x's type has no such method. */
static Value math_call_dunder(Value x, const char *name, bool *found) {
    Value attr_name = str_intern_cstr(name);
    Value meth = obj_getattr_opt(x, attr_name);
    *found = meth != VAL_NULL;
    if (meth == VAL_NULL) return VAL_NULL;
    Value r = obj_call0(meth);
    DECREF(meth);
    return r;
}

static Value math_round_to_int(Value *args, size_t nargs, Value kwnames, const char *qualname, const char *dunder,
                               double (*fn)(double)) {
    if (math_one_arg(qualname, nargs, kwnames) < 0) return VAL_NULL;
    Value x = args[0];
    if (IS_INT(x)) return obj_index(x);
    if (IS_FLOAT(x)) return int_from_double(fn(FLOAT_VAL(x)));
    bool found;
    Value r = math_call_dunder(x, dunder, &found);
    if (found || err_occurred()) return r;
    double d;
    if (float_as_double(x, &d) < 0) return VAL_NULL;
    return int_from_double(fn(d));
}

static Value math_floor(Value *args, size_t nargs, Value kwnames) {
    return math_round_to_int(args, nargs, kwnames, "math.floor", "__floor__", floor);
}

static Value math_ceil(Value *args, size_t nargs, Value kwnames) {
    return math_round_to_int(args, nargs, kwnames, "math.ceil", "__ceil__", ceil);
}

static Value math_trunc(Value *args, size_t nargs, Value kwnames) {
    if (math_one_arg("math.trunc", nargs, kwnames) < 0) return VAL_NULL;
    Value x = args[0];
    if (IS_INT(x)) return obj_index(x);
    if (IS_FLOAT(x)) return int_from_double(trunc(FLOAT_VAL(x)));
    bool found;
    Value r = math_call_dunder(x, "__trunc__", &found);
    if (found || err_occurred()) return r;
    return err_format(&exc_TypeError, "type %s doesn't define __trunc__ method", obj_type_name(x));
}

/* ---- integer functions ---- */

/* args[i] as an int via __index__, into the mpz z; -1 on error. */
static int math_index_mpz(Value v, mpz_t z) {
    Value i = obj_index(v);
    if (i == VAL_NULL) return -1;
    int_to_mpz(i, z);
    DECREF(i);
    return 0;
}

static Value math_gcd_lcm(Value *args, size_t nargs, Value kwnames, const char *qualname, bool lcm) {
    if (args_no_kw(qualname, kwnames) < 0) return VAL_NULL;
    mpz_t acc, z;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(z);
    for (size_t i = 0; i < nargs; i++) {
        if (math_index_mpz(args[i], z) < 0) {
            mpz_clears(acc, z, NULL);
            return VAL_NULL;
        }
        if (lcm) mpz_lcm(acc, acc, z);
        else mpz_gcd(acc, acc, z);
    }
    Value r = int_from_mpz(acc);
    mpz_clears(acc, z, NULL);
    return r;
}

static Value math_gcd(Value *args, size_t nargs, Value kwnames) {
    return math_gcd_lcm(args, nargs, kwnames, "math.gcd", false);
}

static Value math_lcm(Value *args, size_t nargs, Value kwnames) {
    return math_gcd_lcm(args, nargs, kwnames, "math.lcm", true);
}

static Value math_isqrt(Value *args, size_t nargs, Value kwnames) {
    if (math_one_arg("math.isqrt", nargs, kwnames) < 0) return VAL_NULL;
    mpz_t z;
    mpz_init(z);
    Value r = VAL_NULL;
    if (math_index_mpz(args[0], z) == 0) {
        if (mpz_sgn(z) < 0) {
            err_set_str(&exc_ValueError, "isqrt() argument must be nonnegative");
        } else {
            mpz_sqrt(z, z);
            r = int_from_mpz(z);
        }
    }
    mpz_clear(z);
    return r;
}

/* An upper bound on the bits of n**k (so of n!, k = n, and of
 * perm(n, k) and comb(n, k)), saturating. */
static uint64_t math_power_bits(unsigned long n, unsigned long k) {
    uint64_t per = n ? 64 - (uint64_t)__builtin_clzl(n) : 0;
    return per && k > UINT64_MAX / per ? UINT64_MAX : per * k;
}

static Value math_factorial(Value *args, size_t nargs, Value kwnames) {
    if (math_one_arg("math.factorial", nargs, kwnames) < 0) return VAL_NULL;
    mpz_t z;
    mpz_init(z);
    Value r = VAL_NULL;
    if (math_index_mpz(args[0], z) == 0) {
        if (mpz_sgn(z) < 0) {
            err_set_str(&exc_ValueError, "factorial() not defined for negative values");
        } else if (!mpz_fits_slong_p(z)) {
            err_set_str(&exc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
        } else if (!int_result_too_big(math_power_bits(mpz_get_ui(z), mpz_get_ui(z)))) {
            mpz_fac_ui(z, mpz_get_ui(z));
            r = int_from_mpz(z);
        }
    }
    mpz_clear(z);
    return r;
}

/* n and k for comb/perm, checked non-negative; k > n gives 0. */
static int math_n_k(Value nv, Value kv, mpz_t n, mpz_t k) {
    if (math_index_mpz(nv, n) < 0 || math_index_mpz(kv, k) < 0) return -1;
    if (mpz_sgn(n) < 0) return err_set_str(&exc_ValueError, "n must be a non-negative integer"), -1;
    if (mpz_sgn(k) < 0) return err_set_str(&exc_ValueError, "k must be a non-negative integer"), -1;
    return 0;
}

static Value math_comb(Value *args, size_t nargs, Value kwnames) {
    if (math_two_args("comb", nargs, kwnames) < 0) return VAL_NULL;
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    Value result = VAL_NULL;
    if (math_n_k(args[0], args[1], n, k) == 0) {
        if (mpz_cmp(k, n) > 0) {
            result = FROM_SMALLINT(0);
        } else {
            /* C(n, k) == C(n, n - k): use the smaller k */
            mpz_sub(r, n, k);
            if (mpz_cmp(r, k) < 0) mpz_set(k, r);
            if (mpz_fits_slong_p(k)) {
                uint64_t bits = mpz_fits_ulong_p(n) ? math_power_bits(mpz_get_ui(n), mpz_get_ui(k))
                                                    : mpz_sizeinbase(n, 2) * mpz_get_ui(k);
                if (mpz_fits_ulong_p(n) && bits > mpz_get_ui(n)) bits = mpz_get_ui(n); /* C(n, k) <= 2**n */
                if (!int_result_too_big(bits)) {
                    mpz_bin_ui(r, n, mpz_get_ui(k));
                    result = int_from_mpz(r);
                }
            } else {
                err_set_str(&exc_OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
            }
        }
    }
    mpz_clears(n, k, r, NULL);
    return result;
}

static Value math_perm(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("math.perm", kwnames) < 0) return VAL_NULL;
    if (nargs < 1 || nargs > 2)
        return err_format(&exc_TypeError, "perm expected at most 2 arguments, got %zu", nargs);
    mpz_t n, k, r, f;
    mpz_inits(n, k, r, f, NULL);
    Value result = VAL_NULL;
    if (nargs == 1 || IS_NONE(args[1])) {
        if (math_index_mpz(args[0], n) == 0) {
            if (mpz_sgn(n) < 0) err_set_str(&exc_ValueError, "n must be a non-negative integer");
            else if (!mpz_fits_ulong_p(n)) err_set_str(&exc_OverflowError, "n must not exceed 9223372036854775807");
            else if (!int_result_too_big(math_power_bits(mpz_get_ui(n), mpz_get_ui(n))))
                mpz_fac_ui(r, mpz_get_ui(n)), result = int_from_mpz(r);
        }
    } else if (math_n_k(args[0], args[1], n, k) == 0) {
        if (mpz_cmp(k, n) > 0) {
            result = FROM_SMALLINT(0);
        } else if (!mpz_fits_slong_p(k)) {
            err_set_str(&exc_OverflowError, "k must not exceed 9223372036854775807");
        } else if (!int_result_too_big(mpz_fits_ulong_p(n) ? math_power_bits(mpz_get_ui(n), mpz_get_ui(k))
                                                            : mpz_sizeinbase(n, 2) * mpz_get_ui(k))) {
            /* n * (n-1) * ... * (n-k+1) */
            mpz_set_ui(r, 1);
            unsigned long kk = mpz_get_ui(k);
            for (unsigned long i = 0; i < kk; i++) {
                mpz_sub_ui(f, n, i);
                mpz_mul(r, r, f);
            }
            result = int_from_mpz(r);
        }
    }
    mpz_clears(n, k, r, f, NULL);
    return result;
}

/* ---- sums, products, distances ---- */

/* Shewchuk's algorithm: keep a list of non-overlapping partial sums so that
 * their exact total is the exact sum of the inputs, then round once. */
static Value math_fsum(Value *args, size_t nargs, Value kwnames) {
    if (math_one_arg("math.fsum", nargs, kwnames) < 0) return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (it == VAL_NULL) return VAL_NULL;
    size_t n = 0, cap = 32;
    double *p = mem_alloc(cap * sizeof *p);
    double special_sum = 0.0, inf_sum = 0.0;
    Value item, result = VAL_NULL;
    while ((item = obj_next(it)) != VAL_NULL) {
        double x;
        int rc = float_as_double(item, &x);
        DECREF(item);
        if (rc < 0) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    err_set_str(&exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n == cap) p = mem_realloc(p, (cap *= 2) * sizeof *p);
                p[n++] = x;
            }
        }
    }
    if (err_occurred()) goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) err_set_str(&exc_ValueError, "-inf + inf in fsum");
        else result = float_from_double(special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        /* round half to even across the remaining partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    result = float_from_double(hi);
done:
    mem_free(p);
    DECREF(it);
    return result;
}

static Value math_prod(Value *args, size_t nargs, Value kwnames) {
    Value iterable = VAL_NULL, start = VAL_NULL;
    if (args_parse("prod", args, nargs, kwnames, "iterable|$start", &iterable, &start) < 0) return VAL_NULL;
    Value it = obj_iter(iterable);
    if (it == VAL_NULL) return VAL_NULL;
    Value acc = start == VAL_NULL ? FROM_SMALLINT(1) : NEWREF(start);
    Value item;
    while ((item = obj_next(it)) != VAL_NULL) {
        Value next = obj_binop(acc, item, BINOP_MUL);
        DECREF(item);
        DECREF(acc);
        acc = next;
        if (acc == VAL_NULL) break;
    }
    DECREF(it);
    if (acc != VAL_NULL && err_occurred()) CLEAR(acc);
    return acc;
}

/* sqrt of the sum of squares of n values, scaled by the largest to avoid
 * overflow; an infinity wins over a NaN. */
static double math_vector_norm(const double *v, size_t n) {
    double max = 0.0;
    bool has_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isnan(a)) has_nan = true;
        else if (a > max) max = a;
    }
    if (isinf(max)) return max;
    if (has_nan) return NAN;
    if (max == 0.0 || n == 1) return max;
    if (n == 2) return hypot(v[0], v[1]);
    double sum = 0.0, comp = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] / max, y = x * x - comp, t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    return max * sqrt(sum);
}

static Value math_hypot(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("math.hypot", kwnames) < 0) return VAL_NULL;
    double *v = mem_alloc((nargs + 1) * sizeof *v);
    for (size_t i = 0; i < nargs; i++) {
        if (float_as_double(args[i], &v[i]) < 0) {
            mem_free(v);
            return VAL_NULL;
        }
    }
    double r = math_vector_norm(v, nargs);
    mem_free(v);
    return float_from_double(r);
}

/* The coordinates of a point (a tuple or list) as doubles. */
static double *math_point(Value seq, size_t *n) {
    Value t = tuple_from_iterable(seq);
    if (t == VAL_NULL) return NULL;
    *n = TUPLE_LEN(t);
    double *v = mem_alloc((*n + 1) * sizeof *v);
    for (size_t i = 0; i < *n; i++) {
        if (float_as_double(TUPLE_GET(t, i), &v[i]) < 0) {
            mem_free(v);
            DECREF(t);
            return NULL;
        }
    }
    DECREF(t);
    return v;
}

static Value math_dist(Value *args, size_t nargs, Value kwnames) {
    if (math_two_args("dist", nargs, kwnames) < 0) return VAL_NULL;
    size_t np, nq;
    double *p = math_point(args[0], &np);
    if (p == NULL) return VAL_NULL;
    double *q = math_point(args[1], &nq);
    if (q == NULL) {
        mem_free(p);
        return VAL_NULL;
    }
    Value r;
    if (np != nq) {
        r = err_set_str(&exc_ValueError, "both points must have the same number of dimensions");
    } else {
        for (size_t i = 0; i < np; i++) p[i] -= q[i];
        r = float_from_double(math_vector_norm(p, np));
    }
    mem_free(p);
    mem_free(q);
    return r;
}

/* ---- classification and decomposition ---- */

static Value math_classify(Value *args, size_t nargs, Value kwnames, const char *qualname, int which) {
    if (math_one_arg(qualname, nargs, kwnames) < 0) return VAL_NULL;
    double x;
    if (float_as_double(args[0], &x) < 0) return VAL_NULL;
    bool r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return VAL_BOOL(r);
}

static Value math_isfinite(Value *args, size_t nargs, Value kwnames) {
    return math_classify(args, nargs, kwnames, "math.isfinite", 0);
}
static Value math_isinf(Value *args, size_t nargs, Value kwnames) {
    return math_classify(args, nargs, kwnames, "math.isinf", 1);
}
static Value math_isnan(Value *args, size_t nargs, Value kwnames) {
    return math_classify(args, nargs, kwnames, "math.isnan", 2);
}

static Value math_isclose(Value *args, size_t nargs, Value kwnames) {
    Value av = VAL_NULL, bv = VAL_NULL, relv = VAL_NULL, absv = VAL_NULL;
    if (nargs > 2) return err_format(&exc_TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
    if (args_parse("isclose", args, nargs, kwnames, "a,b|$rel_tol,abs_tol", &av, &bv, &relv, &absv) < 0)
        return VAL_NULL;
    double a, b, rel = 1e-9, abs_tol = 0.0;
    if (float_as_double(av, &a) < 0 || float_as_double(bv, &b) < 0) return VAL_NULL;
    if (relv != VAL_NULL && float_as_double(relv, &rel) < 0) return VAL_NULL;
    if (absv != VAL_NULL && float_as_double(absv, &abs_tol) < 0) return VAL_NULL;
    if (rel < 0.0 || abs_tol < 0.0) return err_set_str(&exc_ValueError, "tolerances must be non-negative");
    if (a == b) return VAL_TRUE;
    if (isinf(a) || isinf(b)) return VAL_FALSE;
    double diff = fabs(b - a);
    return VAL_BOOL(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

static Value math_pair(double a, double b) {
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, float_from_double(a));
    TUPLE_SET(t, 1, float_from_double(b));
    return t;
}

static Value math_modf(Value *args, size_t nargs, Value kwnames) {
    if (math_one_arg("math.modf", nargs, kwnames) < 0) return VAL_NULL;
    double x, ip;
    if (float_as_double(args[0], &x) < 0) return VAL_NULL;
    if (isinf(x)) return math_pair(copysign(0.0, x), x);
    double frac = modf(x, &ip);
    return math_pair(frac, ip);
}

static Value math_frexp(Value *args, size_t nargs, Value kwnames) {
    if (math_one_arg("math.frexp", nargs, kwnames) < 0) return VAL_NULL;
    double x;
    if (float_as_double(args[0], &x) < 0) return VAL_NULL;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    Value t = tuple_new(2);
    TUPLE_SET(t, 0, float_from_double(m));
    TUPLE_SET(t, 1, FROM_SMALLINT(e));
    return t;
}

static Value math_ldexp(Value *args, size_t nargs, Value kwnames) {
    if (math_two_args("ldexp", nargs, kwnames) < 0) return VAL_NULL;
    double x;
    if (float_as_double(args[0], &x) < 0) return VAL_NULL;
    if (!IS_INT(args[1])) return err_set_str(&exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (int_as_i64(args[1], &e) < 0) {
        err_clear();
        e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    }
    if (x == 0.0 || !isfinite(x)) return float_from_double(x);
    if (e > 100000) return math_range_error();
    if (e < -100000) return float_from_double(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return math_range_error();
    return float_from_double(r);
}

static const MethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0}, {"exp", math_exp, 0}, {"exp2", math_exp2, 0}, {"expm1", math_expm1, 0},
    {"log", math_log, 0}, {"log2", math_log2, 0}, {"log10", math_log10, 0}, {"log1p", math_log1p, 0},
    {"cbrt", math_cbrt, 0}, {"fabs", math_fabs, 0}, {"pow", math_pow, 0},
    {"sin", math_sin, 0}, {"cos", math_cos, 0}, {"tan", math_tan, 0},
    {"asin", math_asin, 0}, {"acos", math_acos, 0}, {"atan", math_atan, 0}, {"atan2", math_atan2, 0},
    {"sinh", math_sinh, 0}, {"cosh", math_cosh, 0}, {"tanh", math_tanh, 0},
    {"asinh", math_asinh, 0}, {"acosh", math_acosh, 0}, {"atanh", math_atanh, 0},
    {"erf", math_erf, 0}, {"erfc", math_erfc, 0}, {"gamma", math_gamma, 0}, {"lgamma", math_lgamma, 0},
    {"degrees", math_degrees, 0}, {"radians", math_radians, 0},
    {"floor", math_floor, 0}, {"ceil", math_ceil, 0}, {"trunc", math_trunc, 0},
    {"gcd", math_gcd, 0}, {"lcm", math_lcm, 0}, {"isqrt", math_isqrt, 0}, {"factorial", math_factorial, 0},
    {"comb", math_comb, 0}, {"perm", math_perm, 0},
    {"fsum", math_fsum, 0}, {"prod", math_prod, 0}, {"hypot", math_hypot, 0}, {"dist", math_dist, 0},
    {"isfinite", math_isfinite, 0}, {"isinf", math_isinf, 0}, {"isnan", math_isnan, 0},
    {"isclose", math_isclose, 0}, {"copysign", math_copysign, 0}, {"fmod", math_fmod, 0},
    {"remainder", math_remainder, 0}, {"modf", math_modf, 0}, {"frexp", math_frexp, 0},
    {"ldexp", math_ldexp, 0}, {"nextafter", math_nextafter, 0}, {"ulp", math_ulp, 0},
    {NULL, NULL, 0},
};

/* The constants pi, e, tau, inf, nan. */
static int math_init(Value module) {
    static const struct { const char *name; double value; } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", HUGE_VAL}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        Value v = float_from_double(constants[i].value);
        int rc = module_add(module, constants[i].name, v);
        DECREF(v);
        if (rc < 0) return -1;
    }
    return 0;
}

const ModuleDef math_module = {
    .name = "math",
    .functions = math_functions,
    .init = math_init,
    .py_source = NULL,
};
