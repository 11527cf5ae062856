/* random.c - the random module: CPython's Mersenne Twister and the
 * algorithms of its random.py, so that a seeded program prints the same
 * numbers under baton as under python3.
 *
 * Facts reproduced: MT19937 seeded by init_by_array with the 32-bit words of
 * abs(seed) (least significant first); random() = genrand_res53;
 * getrandbits(k) packs 32-bit outputs little-endian, the last one shifted
 * right; _randbelow(n) draws getrandbits(n.bit_length()) until below n; and
 * randrange, choice, shuffle, sample, choices, uniform, triangular, gauss,
 * normalvariate and friends call those primitives in the same order as
 * random.py does. Float seeds use hash(seed) like CPython; str and bytes
 * seeds use SHA-512 like CPython's version 2 seeding.
 *
 * Module-level functions are methods of a hidden Random instance, bound at
 * import. A Random's state is touched only under the GIL.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "bytes.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "random.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfu
#define MT_UPPER 0x80000000u
#define MT_LOWER 0x7fffffffu

typedef struct {
    Obj hdr;
    uint32_t mt[MT_N];
    int index;
    bool has_gauss;
    double gauss_next;
} RandomObj;

static Type random_type;

#define RANDOM(v) ((RandomObj *)AS_OBJ(v))

/* ---- the generator ---- */

static void mt_init_genrand(RandomObj *r, uint32_t s) {
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void mt_init_by_array(RandomObj *r, const uint32_t *key, size_t len) {
    mt_init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    uint32_t *mt = r->mt;
    for (size_t k = MT_N > len ? MT_N : len; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;
    r->index = MT_N;
}

static void mt_twist(RandomObj *r) {
    static const uint32_t mag01[2] = {0, MT_MATRIX_A};
    uint32_t *mt = r->mt, y;
    int kk;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
        y = (mt[kk] & MT_UPPER) | (mt[kk + 1] & MT_LOWER);
        mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < MT_N - 1; kk++) {
        y = (mt[kk] & MT_UPPER) | (mt[kk + 1] & MT_LOWER);
        mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (mt[MT_N - 1] & MT_UPPER) | (mt[0] & MT_LOWER);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->index = 0;
}

static uint32_t mt_next(RandomObj *r) {
    if (r->index >= MT_N) mt_twist(r);
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* A double in [0, 1) with 53 random bits. */
static double mt_random(RandomObj *r) {
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for 0 < k <= 64 as a machine word. */
static uint64_t mt_bits64(RandomObj *r, int k) {
    if (k <= 32) return mt_next(r) >> (32 - k);
    uint64_t lo = mt_next(r);
    uint64_t hi = mt_next(r) >> (64 - k);
    return lo | hi << 32;
}

/* getrandbits(k) for any k >= 0 into z. */
static void mt_bits_mpz(RandomObj *r, uint64_t k, mpz_t z) {
    size_t words = k == 0 ? 0 : (size_t)((k - 1) / 32 + 1);
    uint32_t *w = mem_alloc((words + 1) * sizeof *w);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = mt_next(r);
        if (k < 32) x >>= 32 - k;
        w[i] = x;
    }
    mpz_import(z, words, -1, sizeof *w, 0, 0, w);
    mem_free(w);
}

/* A uniform int in [0, n) for n > 0 (an int Value): getrandbits of n's bit
 * length, retried until below n. */
static Value mt_randbelow(RandomObj *r, Value n) {
    int64_t small;
    if (IS_SMALLINT(n) && (small = AS_SMALLINT(n)) > 0) {
        int k = 64 - __builtin_clzll((uint64_t)small);
        uint64_t x;
        do x = mt_bits64(r, k);
        while (x >= (uint64_t)small);
        return int_from_u64(x);
    }
    mpz_t zn, x;
    mpz_inits(zn, x, NULL);
    int_to_mpz(n, zn);
    uint64_t k = mpz_sizeinbase(zn, 2);
    do mt_bits_mpz(r, k, x);
    while (mpz_cmp(x, zn) >= 0);
    Value v = int_from_mpz(x);
    mpz_clears(zn, x, NULL);
    return v;
}

/* _randbelow for a C size (a sequence index). */
static size_t mt_randbelow_size(RandomObj *r, size_t n) {
    int k = 64 - __builtin_clzll((uint64_t)n);
    uint64_t x;
    do x = mt_bits64(r, k);
    while (x >= n);
    return (size_t)x;
}

/* ---- seeding ---- */

static void random_seed_words(RandomObj *r, mpz_srcptr z) {
    size_t count = (mpz_sizeinbase(z, 2) + 31) / 32;
    uint32_t *key = mem_calloc(count + 1, sizeof *key);
    size_t used = 0;
    if (mpz_sgn(z) != 0) mpz_export(key, &used, -1, sizeof *key, 0, 0, z);
    mt_init_by_array(r, key, used == 0 ? 1 : used);
    mem_free(key);
}

/* seed(None): the OS entropy source, else time and pid. */
static void random_seed_entropy(RandomObj *r) {
    uint32_t key[MT_N];
    size_t got = 0;
    while (got < sizeof key) {
        ssize_t n = getrandom((char *)key + got, sizeof key - got, 0);
        if (n <= 0) break;
        got += (size_t)n;
    }
    if (got < sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t fallback[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(),
                                (uint32_t)((uint64_t)ts.tv_sec >> 32)};
        mt_init_by_array(r, fallback, 4);
        return;
    }
    mt_init_by_array(r, key, MT_N);
}

/* SHA-512 (FIPS 180-4), for CPython's version-2 seeding of str/bytes. */
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

static uint64_t sha512_rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = 0;
        for (int b = 0; b < 8; b++) w[t] = w[t] << 8 | p[t * 8 + b];
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = sha512_rotr(w[t - 15], 1) ^ sha512_rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = sha512_rotr(w[t - 2], 19) ^ sha512_rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t S1 = sha512_rotr(e, 14) ^ sha512_rotr(e, 18) ^ sha512_rotr(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + sha512_k[t] + w[t];
        uint64_t S0 = sha512_rotr(a, 28) ^ sha512_rotr(a, 34) ^ sha512_rotr(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64]) {
    uint64_t h[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                     0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
    size_t full = len / 128;
    for (size_t i = 0; i < full; i++) sha512_block(h, data + i * 128);
    unsigned char tail[256] = {0};
    size_t rest = len - full * 128;
    memcpy(tail, data + full * 128, rest);
    tail[rest] = 0x80;
    size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int b = 0; b < 8; b++) tail[tail_len - 1 - b] = (unsigned char)(bits >> (8 * b));
    for (size_t off = 0; off < tail_len; off += 128) sha512_block(h, tail + off);
    for (int i = 0; i < 8; i++)
        for (int b = 0; b < 8; b++) out[i * 8 + b] = (unsigned char)(h[i] >> (56 - 8 * b));
}

/* Version-2 seed of bytes: int.from_bytes(data + sha512(data), 'big'). */
static void random_seed_bytes(RandomObj *r, const unsigned char *data, size_t len) {
    unsigned char *buf = mem_alloc(len + 64);
    memcpy(buf, data, len);
    sha512(data, len, buf + len);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, len + 64, 1, 1, 0, 0, buf);
    random_seed_words(r, z);
    mpz_clear(z);
    mem_free(buf);
}

/* seed(a): None, int, float (by hash), str/bytes (by SHA-512). */
static int random_seed_value(RandomObj *r, Value a) {
    r->has_gauss = false;
    if (a == VAL_NULL || IS_NONE(a)) {
        random_seed_entropy(r);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    if (IS_INT(a)) {
        int_to_mpz(a, z);
        mpz_abs(z, z);
    } else if (IS_FLOAT(a)) {
        int64_t h;
        if (obj_hash(a, &h) < 0) {
            mpz_clear(z);
            return -1;
        }
        mpz_set_ui(z, (unsigned long)(uint64_t)h);
    } else if (IS_STR(a)) {
        random_seed_bytes(r, (const unsigned char *)STR_DATA(a), STR_NBYTES(a));
        mpz_clear(z);
        return 0;
    } else if (IS_BYTES(a)) {
        random_seed_bytes(r, BYTES_DATA(a), BYTES_LEN(a));
        mpz_clear(z);
        return 0;
    } else {
        mpz_clear(z);
        err_set_str(&exc_TypeError,
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        return -1;
    }
    random_seed_words(r, z);
    mpz_clear(z);
    return 0;
}

/* ---- argument helpers ---- */

static int random_double_arg(Value v, double *out) { return float_as_double(v, out); }

static int random_no_args(const char *name, size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0) return -1;
    return args_count(name, nargs - 1, 0, 0);
}

/* ---- methods: core ---- */

static Value random_m_seed(Value *args, size_t nargs, Value kwnames) {
    Value a = VAL_NULL, version = VAL_NULL;
    if (args_parse("seed", args + 1, nargs - 1, kwnames, "|a,version", &a, &version) < 0) return VAL_NULL;
    if (random_seed_value(RANDOM(args[0]), a) < 0) return VAL_NULL;
    return VAL_NONE;
}

static Value random_m_random(Value *args, size_t nargs, Value kwnames) {
    if (random_no_args("random", nargs, kwnames) < 0) return VAL_NULL;
    return float_from_double(mt_random(RANDOM(args[0])));
}

static Value random_m_getrandbits(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("getrandbits", kwnames) < 0 || args_count("getrandbits", nargs - 1, 1, 1) < 0) return VAL_NULL;
    int64_t k;
    Value kv = obj_index(args[1]);
    if (kv == VAL_NULL) return VAL_NULL;
    int rc = int_as_i64(kv, &k);
    DECREF(kv);
    if (rc < 0) return VAL_NULL;
    if (k < 0) return err_set_str(&exc_ValueError, "number of bits must be non-negative");
    RandomObj *r = RANDOM(args[0]);
    if (k == 0) return FROM_SMALLINT(0);
    if (k <= 64) return int_from_u64(mt_bits64(r, (int)k));
    mpz_t z;
    mpz_init(z);
    mt_bits_mpz(r, (uint64_t)k, z);
    Value v = int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static Value random_m_randbytes(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("randbytes", kwnames) < 0 || args_count("randbytes", nargs - 1, 1, 1) < 0) return VAL_NULL;
    ssize_t n;
    if (obj_as_ssize(args[1], &n) < 0) return VAL_NULL;
    if (n < 0) return err_set_str(&exc_ValueError, "negative argument not allowed");
    RandomObj *r = RANDOM(args[0]);
    mpz_t z;
    mpz_init(z);
    mt_bits_mpz(r, (uint64_t)n * 8, z);
    unsigned char *buf = mem_calloc((size_t)n + 1, 1);
    size_t count = 0;
    if (mpz_sgn(z) != 0) mpz_export(buf, &count, -1, 1, 0, 0, z);
    Value b = bytes_from(buf, (size_t)n);
    mem_free(buf);
    mpz_clear(z);
    return b;
}

/* ---- randrange / randint ---- */

/* randrange's int conversion: __index__, or an integral float (CPython
 * accepts those with a DeprecationWarning); what names the argument. */
static Value random_range_arg(Value v, const char *what) {
    if (IS_FLOAT(v)) {
        double d = FLOAT_VAL(v);
        if (d != floor(d) || !isfinite(d)) {
            if (!isfinite(d)) return int_from_double(d);
            return err_format(&exc_ValueError, "non-integer %s for randrange()", what);
        }
        return int_from_double(d);
    }
    return obj_index(v);
}

static Value random_randrange_impl(RandomObj *r, Value start, Value stop, Value step) {
    Value istart = random_range_arg(start, "arg 1");
    if (istart == VAL_NULL) return VAL_NULL;
    Value result = VAL_NULL, istop = VAL_NULL, istep = VAL_NULL, width = VAL_NULL, n = VAL_NULL;
    if (stop == VAL_NULL || IS_NONE(stop)) {
        if (step != VAL_NULL) err_set_str(&exc_TypeError, "Missing a non-None stop argument");
        else if (int_sign(istart) > 0) result = mt_randbelow(r, istart);
        else err_set_str(&exc_ValueError, "empty range for randrange()");
        goto done;
    }
    istop = random_range_arg(stop, "stop");
    if (istop == VAL_NULL) goto done;
    width = obj_binop(istop, istart, BINOP_SUB);
    if (width == VAL_NULL) goto done;
    istep = step == VAL_NULL ? FROM_SMALLINT(1) : random_range_arg(step, "step");
    if (istep == VAL_NULL) goto done;
    if (istep == FROM_SMALLINT(1)) {
        if (int_sign(width) <= 0) {
            err_format(&exc_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop, width);
            goto done;
        }
        n = mt_randbelow(r, width);
        if (n != VAL_NULL) result = obj_binop(istart, n, BINOP_ADD);
        goto done;
    }
    int sgn = int_sign(istep);
    if (sgn == 0) {
        err_set_str(&exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + step -/+ 1) // step */
    mpz_t zw, zs;
    mpz_inits(zw, zs, NULL);
    int_to_mpz(width, zw);
    int_to_mpz(istep, zs);
    mpz_add(zw, zw, zs);
    if (sgn > 0) mpz_sub_ui(zw, zw, 1);
    else mpz_add_ui(zw, zw, 1);
    mpz_fdiv_q(zw, zw, zs);
    n = int_from_mpz(zw);
    mpz_clears(zw, zs, NULL);
    if (int_sign(n) <= 0) {
        err_set_str(&exc_ValueError, "empty range for randrange()");
        goto done;
    }
    Value k = mt_randbelow(r, n);
    Value off = obj_binop(istep, k, BINOP_MUL);
    DECREF(k);
    if (off != VAL_NULL) {
        result = obj_binop(istart, off, BINOP_ADD);
        DECREF(off);
    }
done:
    DECREF(istart);
    XDECREF(istop);
    XDECREF(istep);
    XDECREF(width);
    XDECREF(n);
    return result;
}

static Value random_m_randrange(Value *args, size_t nargs, Value kwnames) {
    Value start = VAL_NULL, stop = VAL_NULL, step = VAL_NULL;
    if (args_parse("randrange", args + 1, nargs - 1, kwnames, "start|stop,step", &start, &stop, &step) < 0)
        return VAL_NULL;
    return random_randrange_impl(RANDOM(args[0]), start, stop, step);
}

static Value random_m_randint(Value *args, size_t nargs, Value kwnames) {
    Value a = VAL_NULL, b = VAL_NULL;
    if (args_parse("randint", args + 1, nargs - 1, kwnames, "a,b", &a, &b) < 0) return VAL_NULL;
    Value b1 = obj_binop(b, FROM_SMALLINT(1), BINOP_ADD);
    if (b1 == VAL_NULL) return VAL_NULL;
    Value r = random_randrange_impl(RANDOM(args[0]), a, b1, VAL_NULL);
    DECREF(b1);
    return r;
}

/* ---- sequences ---- */

/* len() of the one argument seq of the method name(seq), -1 on error
 * (choice, shuffle); args[1] may be read only once this succeeds. */
static ssize_t random_seq_arg_len(const char *name, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs - 1, 1, 1) < 0) return -1;
    return obj_len(args[1]);
}

static Value random_m_choice(Value *args, size_t nargs, Value kwnames) {
    ssize_t n = random_seq_arg_len("choice", args, nargs, kwnames);
    if (n < 0) return VAL_NULL;
    Value seq = args[1];
    if (n == 0) return err_set_str(&exc_IndexError, "Cannot choose from an empty sequence");
    size_t i = mt_randbelow_size(RANDOM(args[0]), (size_t)n);
    if (IS_LIST(seq)) return NEWREF(LIST_GET(seq, i));
    Value idx = int_from_u64(i);
    Value item = obj_getitem(seq, idx);
    DECREF(idx);
    return item;
}

static int random_swap(Value x, size_t i, size_t j) {
    if (IS_LIST(x)) {
        Value t = LIST_GET(x, i);
        LIST_SET(x, i, LIST_GET(x, j));
        LIST_SET(x, j, t);
        return 0;
    }
    Value ki = int_from_u64(i), kj = int_from_u64(j);
    Value a = obj_getitem(x, ki), b = a == VAL_NULL ? VAL_NULL : obj_getitem(x, kj);
    int rc = b == VAL_NULL ? -1 : obj_setitem(x, ki, b);
    if (rc == 0) rc = obj_setitem(x, kj, a);
    XDECREF(a);
    XDECREF(b);
    DECREF(ki);
    DECREF(kj);
    return rc;
}

static Value random_m_shuffle(Value *args, size_t nargs, Value kwnames) {
    ssize_t n = random_seq_arg_len("shuffle", args, nargs, kwnames);
    if (n < 0) return VAL_NULL;
    Value x = args[1];
    RandomObj *r = RANDOM(args[0]);
    for (size_t i = (size_t)n; i-- > 1;) {
        size_t j = mt_randbelow_size(r, i + 1);
        /* a list may shrink under a __getitem__ of its elements: re-check */
        if (IS_LIST(x) && (i >= LIST_LEN(x) || j >= LIST_LEN(x)))
            return err_set_str(&exc_IndexError, "list index out of range");
        if (random_swap(x, i, j) < 0) return VAL_NULL;
    }
    return VAL_NONE;
}

/* The running sums of weights, as a list (Python's accumulate). */
static Value random_accumulate(Value weights) {
    Value it = obj_iter(weights);
    if (it == VAL_NULL) return VAL_NULL;
    Value out = list_new(0), acc = VAL_NULL, item;
    while ((item = obj_next(it)) != VAL_NULL) {
        Value next = acc == VAL_NULL ? NEWREF(item) : obj_binop(acc, item, BINOP_ADD);
        DECREF(item);
        XDECREF(acc);
        acc = next;
        if (acc == VAL_NULL || list_append(out, acc) < 0) break;
    }
    DECREF(it);
    XDECREF(acc);
    if (err_occurred()) CLEAR(out);
    return out;
}

/* A small open-addressing set of indexes for sample()'s selection method. */
typedef struct {
    uint64_t *slots; /* value + 1; 0 = empty */
    size_t mask;
} IndexSet;

static bool indexset_add(IndexSet *s, uint64_t v) {
    size_t h = (size_t)(v * 0x9E3779B97F4A7C15u) & s->mask;
    while (s->slots[h] != 0) {
        if (s->slots[h] == v + 1) return false;
        h = (h + 1) & s->mask;
    }
    s->slots[h] = v + 1;
    return true;
}

static Value random_seq_item(Value seq, size_t i) {
    if (IS_LIST(seq)) return NEWREF(LIST_GET(seq, i));
    if (IS_TUPLE(seq)) return NEWREF(TUPLE_GET(seq, i));
    Value idx = int_from_u64(i);
    Value item = obj_getitem(seq, idx);
    DECREF(idx);
    return item;
}

/* The pool method: a copy of the population, each pick moved out. */
static int random_sample_pool(RandomObj *r, Value population, size_t n, size_t k, Value result) {
    Value pool = list_from_iterable(population);
    if (pool == VAL_NULL) return -1;
    for (size_t i = 0; i < k; i++) {
        size_t j = mt_randbelow_size(r, n - i);
        LIST_SET(result, i, NEWREF(LIST_GET(pool, j)));
        SETREF(((ListObj *)AS_OBJ(pool))->items[j], NEWREF(LIST_GET(pool, n - i - 1)));
    }
    DECREF(pool);
    return 0;
}

/* The selection method: draw indexes, redrawing ones already chosen. */
static int random_sample_select(RandomObj *r, Value population, size_t n, size_t k, Value result) {
    size_t size = 8;
    while (size < 2 * k + 2) size *= 2;
    IndexSet set = {mem_calloc(size, sizeof(uint64_t)), size - 1};
    int rc = 0;
    for (size_t i = 0; i < k; i++) {
        size_t j;
        do j = mt_randbelow_size(r, n);
        while (!indexset_add(&set, j));
        Value item = random_seq_item(population, j);
        if (item == VAL_NULL) {
            rc = -1;
            break;
        }
        LIST_SET(result, i, item);
    }
    mem_free(set.slots);
    return rc;
}

/* bisect_right: the index of the first cum[i] > x, in [0, hi]. */
static ssize_t random_bisect(Value cum, Value x, size_t hi) {
    size_t lo = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int lt = obj_richcompare_bool(x, LIST_GET(cum, mid), CMP_LT);
        if (lt < 0) return -1;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return (ssize_t)lo;
}

static Value random_m_sample(Value *args, size_t nargs, Value kwnames);

/* sample(population, k, counts=...): sample k of range(sum(counts)) and
 * map each pick back to its element through the cumulative counts. */
static Value random_sample_counts(Value self, Value population, ssize_t n, Value counts, Value kv) {
    Value cum = random_accumulate(counts);
    if (cum == VAL_NULL) return VAL_NULL;
    Value result = VAL_NULL, picks = VAL_NULL;
    int64_t total;
    if ((ssize_t)LIST_LEN(cum) != n) {
        err_set_str(&exc_ValueError, "The number of counts does not match the population");
    } else if (n == 0 || !IS_INT(LIST_GET(cum, n - 1))) {
        err_set_str(&exc_TypeError, "Counts must be integers");
    } else if (int_as_i64(LIST_GET(cum, n - 1), &total) == 0) {
        if (total <= 0) {
            err_set_str(&exc_ValueError, "Total of counts must be greater than zero");
        } else {
            Value range = range_new(0, total, 1);
            Value sub_args[3] = {self, range, kv};
            picks = random_m_sample(sub_args, 3, VAL_NULL);
            DECREF(range);
        }
    }
    if (picks != VAL_NULL) {
        result = list_new(LIST_LEN(picks));
        for (size_t i = 0; i < LIST_LEN(picks); i++) {
            ssize_t j = random_bisect(cum, LIST_GET(picks, i), (size_t)n - 1);
            Value item = j < 0 ? VAL_NULL : random_seq_item(population, (size_t)j);
            if (item == VAL_NULL) {
                for (size_t k = i; k < LIST_LEN(picks); k++) LIST_SET(result, k, NEWREF(VAL_NONE));
                CLEAR(result);
                break;
            }
            LIST_SET(result, i, item);
        }
        DECREF(picks);
    }
    DECREF(cum);
    return result;
}

static Value random_m_sample(Value *args, size_t nargs, Value kwnames) {
    Value population = VAL_NULL, kv = VAL_NULL, counts = VAL_NULL;
    if (args_parse("sample", args + 1, nargs - 1, kwnames, "population,k|$counts", &population, &kv, &counts) < 0)
        return VAL_NULL;
    if (IS_ANYSET(population) || IS_DICT(population))
        return err_set_str(&exc_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    ssize_t n = obj_len(population);
    if (n < 0) return VAL_NULL;
    if (counts != VAL_NULL && !IS_NONE(counts)) return random_sample_counts(args[0], population, n, counts, kv);
    ssize_t k;
    if (obj_as_ssize(kv, &k) < 0) return VAL_NULL;
    if (k < 0 || k > n) return err_set_str(&exc_ValueError, "Sample larger than population or is negative");
    double setsize = 21;
    if (k > 5) setsize += pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    Value result = list_new((size_t)k);
    for (ssize_t i = 0; i < k; i++) LIST_SET(result, i, NEWREF(VAL_NONE));
    RandomObj *r = RANDOM(args[0]);
    int rc = (double)n <= setsize ? random_sample_pool(r, population, (size_t)n, (size_t)k, result)
                                  : random_sample_select(r, population, (size_t)n, (size_t)k, result);
    if (rc < 0) CLEAR(result);
    return result;
}

static Value random_m_choices(Value *args, size_t nargs, Value kwnames) {
    Value population = VAL_NULL, weights = VAL_NULL, cum = VAL_NULL, kv = VAL_NULL;
    if (args_parse("choices", args + 1, nargs - 1, kwnames, "population|weights,$cum_weights,k", &population,
                   &weights, &cum, &kv) < 0)
        return VAL_NULL;
    RandomObj *r = RANDOM(args[0]);
    ssize_t n = obj_len(population), k = 1;
    if (n < 0) return VAL_NULL;
    if (kv != VAL_NULL && obj_as_ssize(kv, &k) < 0) return VAL_NULL;
    if (k < 0) k = 0;
    bool have_w = weights != VAL_NULL && !IS_NONE(weights), have_cum = cum != VAL_NULL && !IS_NONE(cum);
    Value result = list_new(0);
    if (!have_w && !have_cum) {
        for (ssize_t i = 0; i < k; i++) {
            size_t j = (size_t)floor(mt_random(r) * (double)n);
            Value item = random_seq_item(population, j);
            if (item == VAL_NULL || list_append(result, item) < 0) {
                XDECREF(item);
                DECREF(result);
                return VAL_NULL;
            }
            DECREF(item);
        }
        return result;
    }
    Value cw = VAL_NULL;
    if (have_w && have_cum) {
        err_set_str(&exc_TypeError, "Cannot specify both weights and cumulative weights");
        goto fail;
    }
    if (have_w && IS_INT(weights)) {
        err_format(&exc_TypeError, "The number of choices must be a keyword argument: k=%S", weights);
        goto fail;
    }
    cw = have_w ? random_accumulate(weights) : list_from_iterable(cum);
    if (cw == VAL_NULL) goto fail;
    if ((ssize_t)LIST_LEN(cw) != n) {
        err_set_str(&exc_ValueError, "The number of weights does not match the population");
        goto fail;
    }
    double total;
    if (float_as_double(LIST_GET(cw, n - 1), &total) < 0) goto fail;
    if (total <= 0.0) {
        err_set_str(&exc_ValueError, "Total of weights must be greater than zero");
        goto fail;
    }
    if (!isfinite(total)) {
        err_set_str(&exc_ValueError, "Total of weights must be finite");
        goto fail;
    }
    for (ssize_t i = 0; i < k; i++) {
        Value x = float_from_double(mt_random(r) * total);
        ssize_t j = random_bisect(cw, x, (size_t)n - 1);
        DECREF(x);
        Value item = j < 0 ? VAL_NULL : random_seq_item(population, (size_t)j);
        if (item == VAL_NULL) goto fail;
        int rc = list_append(result, item);
        DECREF(item);
        if (rc < 0) goto fail;
    }
    DECREF(cw);
    return result;
fail:
    XDECREF(cw);
    DECREF(result);
    return VAL_NULL;
}

/* ---- distributions ---- */

/* Parse up to two float parameters with defaults (NAN: required). */
static int random_params(const char *name, Value *args, size_t nargs, Value kwnames, const char *spec, double *a,
                         double *b) {
    Value va = VAL_NULL, vb = VAL_NULL;
    if (args_parse(name, args + 1, nargs - 1, kwnames, spec, &va, &vb) < 0) return -1;
    if (va != VAL_NULL && random_double_arg(va, a) < 0) return -1;
    if (vb != VAL_NULL && random_double_arg(vb, b) < 0) return -1;
    return 0;
}

static Value random_m_uniform(Value *args, size_t nargs, Value kwnames) {
    double a = 0, b = 0;
    if (random_params("uniform", args, nargs, kwnames, "a,b", &a, &b) < 0) return VAL_NULL;
    return float_from_double(a + (b - a) * mt_random(RANDOM(args[0])));
}

static Value random_m_triangular(Value *args, size_t nargs, Value kwnames) {
    Value lowv = VAL_NULL, highv = VAL_NULL, modev = VAL_NULL;
    if (args_parse("triangular", args + 1, nargs - 1, kwnames, "|low,high,mode", &lowv, &highv, &modev) < 0)
        return VAL_NULL;
    double low = 0.0, high = 1.0, mode = 0.0, c = 0.5;
    if ((lowv != VAL_NULL && random_double_arg(lowv, &low) < 0) ||
        (highv != VAL_NULL && random_double_arg(highv, &high) < 0))
        return VAL_NULL;
    double u = mt_random(RANDOM(args[0]));
    if (modev != VAL_NULL && !IS_NONE(modev)) {
        if (random_double_arg(modev, &mode) < 0) return VAL_NULL;
        if (high == low) return lowv != VAL_NULL ? NEWREF(lowv) : float_from_double(low);
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return float_from_double(low + (high - low) * sqrt(u * c));
}

static double random_normal(RandomObj *r, double mu, double sigma) {
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = mt_random(r), u2 = 1.0 - mt_random(r);
        z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return mu + z * sigma;
}

static Value random_m_normalvariate(Value *args, size_t nargs, Value kwnames) {
    double mu = 0.0, sigma = 1.0;
    if (random_params("normalvariate", args, nargs, kwnames, "|mu,sigma", &mu, &sigma) < 0) return VAL_NULL;
    return float_from_double(random_normal(RANDOM(args[0]), mu, sigma));
}

static Value random_m_lognormvariate(Value *args, size_t nargs, Value kwnames) {
    double mu = 0.0, sigma = 1.0;
    if (random_params("lognormvariate", args, nargs, kwnames, "mu,sigma", &mu, &sigma) < 0) return VAL_NULL;
    return float_from_double(exp(random_normal(RANDOM(args[0]), mu, sigma)));
}

static Value random_m_gauss(Value *args, size_t nargs, Value kwnames) {
    double mu = 0.0, sigma = 1.0;
    if (random_params("gauss", args, nargs, kwnames, "|mu,sigma", &mu, &sigma) < 0) return VAL_NULL;
    RandomObj *r = RANDOM(args[0]);
    double z;
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = false;
    } else {
        double x2pi = mt_random(r) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - mt_random(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return float_from_double(mu + z * sigma);
}

static Value random_m_expovariate(Value *args, size_t nargs, Value kwnames) {
    double lambd = 1.0, unused = 0.0;
    if (random_params("expovariate", args, nargs, kwnames, "lambd", &lambd, &unused) < 0) return VAL_NULL;
    if (lambd == 0.0) return err_set_str(&exc_ZeroDivisionError, "float division by zero");
    return float_from_double(-log(1.0 - mt_random(RANDOM(args[0]))) / lambd);
}

static Value random_m_paretovariate(Value *args, size_t nargs, Value kwnames) {
    double alpha = 1.0, unused = 0.0;
    if (random_params("paretovariate", args, nargs, kwnames, "alpha", &alpha, &unused) < 0) return VAL_NULL;
    double u = 1.0 - mt_random(RANDOM(args[0]));
    return float_from_double(pow(u, -1.0 / alpha));
}

static Value random_m_weibullvariate(Value *args, size_t nargs, Value kwnames) {
    double alpha = 1.0, beta = 1.0;
    if (random_params("weibullvariate", args, nargs, kwnames, "alpha,beta", &alpha, &beta) < 0) return VAL_NULL;
    double u = 1.0 - mt_random(RANDOM(args[0]));
    return float_from_double(alpha * pow(-log(u), 1.0 / beta));
}

/* random.py's gammavariate: Cheng's method for alpha > 1, the exponential
 * for alpha == 1, algorithm GS below 1. */
static int random_gamma(RandomObj *r, double alpha, double beta, double *out) {
    if (alpha <= 0.0 || beta <= 0.0) {
        err_set_str(&exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return -1;
    }
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log(4.0), ccc = alpha + ainv;
        const double sg_magic = 1.0 + log(4.5);
        for (;;) {
            double u1 = mt_random(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - mt_random(r);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
            double z = u1 * u1 * u2, rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z)) {
                *out = x * beta;
                return 0;
            }
        }
    }
    if (alpha == 1.0) {
        *out = -log(1.0 - mt_random(r)) * beta;
        return 0;
    }
    double x;
    for (;;) {
        double u = mt_random(r), b = (M_E + alpha) / M_E, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = mt_random(r);
        if (p > 1.0 ? u1 <= pow(x, alpha - 1.0) : u1 <= exp(-x)) break;
    }
    *out = x * beta;
    return 0;
}

static Value random_m_gammavariate(Value *args, size_t nargs, Value kwnames) {
    double alpha = 0.0, beta = 0.0, x;
    if (random_params("gammavariate", args, nargs, kwnames, "alpha,beta", &alpha, &beta) < 0) return VAL_NULL;
    if (random_gamma(RANDOM(args[0]), alpha, beta, &x) < 0) return VAL_NULL;
    return float_from_double(x);
}

static Value random_m_betavariate(Value *args, size_t nargs, Value kwnames) {
    double alpha = 0.0, beta = 0.0, y, z;
    if (random_params("betavariate", args, nargs, kwnames, "alpha,beta", &alpha, &beta) < 0) return VAL_NULL;
    RandomObj *r = RANDOM(args[0]);
    if (random_gamma(r, alpha, 1.0, &y) < 0) return VAL_NULL;
    if (y == 0.0) return float_from_double(0.0);
    if (random_gamma(r, beta, 1.0, &z) < 0) return VAL_NULL;
    return float_from_double(y / (y + z));
}

/* ---- state ---- */

static Value random_m_getstate(Value *args, size_t nargs, Value kwnames) {
    if (random_no_args("getstate", nargs, kwnames) < 0) return VAL_NULL;
    RandomObj *r = RANDOM(args[0]);
    Value words = tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++) TUPLE_SET(words, i, int_from_u64(r->mt[i]));
    TUPLE_SET(words, MT_N, FROM_SMALLINT(r->index));
    Value gauss = r->has_gauss ? float_from_double(r->gauss_next) : NEWREF(VAL_NONE);
    Value state = tuple_new(3);
    TUPLE_SET(state, 0, FROM_SMALLINT(3));
    TUPLE_SET(state, 1, words);
    TUPLE_SET(state, 2, gauss);
    return state;
}

static Value random_m_setstate(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("setstate", kwnames) < 0 || args_count("setstate", nargs - 1, 1, 1) < 0) return VAL_NULL;
    Value st = args[1];
    if (!IS_TUPLE(st) || TUPLE_LEN(st) != 3 || !IS_TUPLE(TUPLE_GET(st, 1)) ||
        TUPLE_LEN(TUPLE_GET(st, 1)) != MT_N + 1)
        return err_set_str(&exc_TypeError, "state vector must be a tuple");
    Value words = TUPLE_GET(st, 1);
    uint32_t mt[MT_N];
    int64_t w, index;
    for (int i = 0; i < MT_N; i++) {
        if (int_as_i64(TUPLE_GET(words, i), &w) < 0) return VAL_NULL;
        mt[i] = (uint32_t)w;
    }
    if (int_as_i64(TUPLE_GET(words, MT_N), &index) < 0) return VAL_NULL;
    if (index < 0 || index > MT_N) return err_set_str(&exc_ValueError, "invalid state");
    RandomObj *r = RANDOM(args[0]);
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int)index;
    Value g = TUPLE_GET(st, 2);
    r->has_gauss = !IS_NONE(g);
    if (r->has_gauss && float_as_double(g, &r->gauss_next) < 0) return VAL_NULL;
    return VAL_NONE;
}

static const MethodDef random_methods[] = {
    {"seed", random_m_seed, 0},
    {"random", random_m_random, 0},
    {"getrandbits", random_m_getrandbits, 0},
    {"randbytes", random_m_randbytes, 0},
    {"randrange", random_m_randrange, 0},
    {"randint", random_m_randint, 0},
    {"choice", random_m_choice, 0},
    {"choices", random_m_choices, 0},
    {"shuffle", random_m_shuffle, 0},
    {"sample", random_m_sample, 0},
    {"uniform", random_m_uniform, 0},
    {"triangular", random_m_triangular, 0},
    {"gauss", random_m_gauss, 0},
    {"normalvariate", random_m_normalvariate, 0},
    {"lognormvariate", random_m_lognormvariate, 0},
    {"expovariate", random_m_expovariate, 0},
    {"gammavariate", random_m_gammavariate, 0},
    {"betavariate", random_m_betavariate, 0},
    {"paretovariate", random_m_paretovariate, 0},
    {"weibullvariate", random_m_weibullvariate, 0},
    {"getstate", random_m_getstate, 0},
    {"setstate", random_m_setstate, 0},
    {NULL, NULL, 0},
};

/* Random(x=None): allocated here with a cheap provisional seed (so that a
 * subclass whose __init__ never calls ours still has a usable state);
 * __init__ then seeds with x. */
static Value random_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    static uint32_t counter;
    RandomObj *r = (RandomObj *)obj_alloc(type);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    mt_init_genrand(r, (uint32_t)ts.tv_nsec ^ (uint32_t)ts.tv_sec ^ (++counter * 2654435761u));
    return OBJ_VAL(r);
}

static int random_init_slot(Value self, Value *args, size_t nargs, Value kwnames) {
    Value x = VAL_NULL;
    if (args_parse("Random", args, nargs, kwnames, "|x", &x) < 0) return -1;
    return random_seed_value(RANDOM(self), x);
}

static Type random_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "Random",
    .base = &object_type,
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(RandomObj),
    .new_ = random_new,
    .init = random_init_slot,
    .methods = random_methods,
};

/* Adds Random and binds every method of a hidden instance as a module
 * function (random.random is that instance's bound random). */
static int random_module_init(Value module) {
    if (module_add_type(module, &random_type) < 0) return -1;
    Value inst = random_new(&random_type, NULL, 0, VAL_NULL);
    random_seed_entropy(RANDOM(inst));
    int rc = 0;
    for (const MethodDef *d = random_methods; d->name != NULL && rc == 0; d++) {
        Value f = builtin_new(d, inst, &random_type);
        if (f == VAL_NULL) rc = -1;
        else rc = module_add(module, d->name, f);
        XDECREF(f);
    }
    DECREF(inst);
    return rc;
}

const ModuleDef random_module = {
    .name = "random",
    .functions = NULL,
    .init = random_module_init,
    .py_source = NULL,
};
