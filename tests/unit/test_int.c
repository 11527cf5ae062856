/* test_int.c - unit tests of the numbers: small-int tagging, the switch to
 * GMP and back at exactly SMALLINT_MAX / SMALLINT_MIN, normalisation of big
 * results that fit, float repr of tricky values and format_float. */
#include <check.h>
#include <math.h>
#include <string.h>

#include "error.h"
#include "float.h"
#include "format.h"
#include "int.h"
#include "str.h"

/* The str Value s equals the C string want (consumes s). */
static void assert_str(Value s, const char *want) {
    ck_assert_msg(s != VAL_NULL, "got an exception, wanted '%s'", want);
    ck_assert(IS_STR(s));
    ck_assert_str_eq(STR_DATA(s), want);
    DECREF(s);
}

static Value binop(Value a, Value b, BinOp op) { return obj_binop(a, b, op); }

START_TEST(test_tagging_round_trip) {
    const int64_t vals[] = {0, 1, -1, 42, -42, SMALLINT_MAX, SMALLINT_MIN, SMALLINT_MAX / 3, SMALLINT_MIN / 7};
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        Value v = int_from_i64(vals[i]);
        ck_assert(IS_SMALLINT(v));
        ck_assert_int_eq(AS_SMALLINT(v), vals[i]);
        int64_t out = 0;
        ck_assert_int_eq(int_as_i64(v, &out), 0);
        ck_assert_int_eq(out, vals[i]);
    }
}
END_TEST

/* Results past GMP's size limit (an int count of 64-bit limbs, about 2**37
 * bits) raise MemoryError at once instead of letting GMP abort: powers
 * and products whose size is known before any work is done. */
START_TEST(test_gmp_size_limit) {
    Value two = int_from_i64(2);
    Value big_exp = int_from_i64((int64_t)1 << 38);
    ck_assert(binop(two, big_exp, BINOP_POW) == VAL_NULL);
    ck_assert(err_matches(&exc_MemoryError));
    err_clear();
    Value half = int_from_i64((int64_t)1 << 20);
    Value base = binop(two, half, BINOP_POW);            /* 2**(2**20): 2**20 + 1 bits */
    ck_assert(base != VAL_NULL);
    ck_assert(binop(base, half, BINOP_POW) == VAL_NULL);  /* about 2**40 bits */
    ck_assert(err_matches(&exc_MemoryError));
    err_clear();
    Value ok = binop(base, int_from_i64(3), BINOP_POW);   /* 3 * 2**20 bits: fine */
    ck_assert(ok != VAL_NULL && !err_occurred());
    DECREF(ok);
    DECREF(base);
    DECREF(big_exp);
}
END_TEST

START_TEST(test_boundaries_box_and_unbox) {
    Value max = int_from_i64(SMALLINT_MAX);
    Value min = int_from_i64(SMALLINT_MIN);
    ck_assert(IS_SMALLINT(max) && IS_SMALLINT(min));
    Value one = FROM_SMALLINT(1);
    /* one past each end is boxed */
    Value over = binop(max, one, BINOP_ADD);
    Value under = binop(min, one, BINOP_SUB);
    ck_assert(IS_OBJ(over) && IS_TYPE(over, int_type));
    ck_assert(IS_OBJ(under) && IS_TYPE(under, int_type));
    ck_assert(IS_OBJ(int_from_i64(SMALLINT_MAX + (int64_t)1)));
    /* and coming back lands exactly on the small ends */
    Value back = binop(over, one, BINOP_SUB);
    ck_assert(IS_SMALLINT(back));
    ck_assert_int_eq(AS_SMALLINT(back), SMALLINT_MAX);
    Value back2 = binop(under, one, BINOP_ADD);
    ck_assert(IS_SMALLINT(back2));
    ck_assert_int_eq(AS_SMALLINT(back2), SMALLINT_MIN);
    /* -SMALLINT_MIN does not fit; negating it twice is small again */
    Value neg = obj_unop(min, UNOP_NEG);
    ck_assert(IS_OBJ(neg));
    Value negneg = obj_unop(neg, UNOP_NEG);
    ck_assert(IS_SMALLINT(negneg) && AS_SMALLINT(negneg) == SMALLINT_MIN);
    assert_str(obj_repr(over), "4611686018427387904");
    assert_str(obj_repr(under), "-4611686018427387905");
    DECREF(over);
    DECREF(under);
    DECREF(neg);
}
END_TEST

START_TEST(test_normalisation) {
    mpz_t z;
    mpz_init_set_si(z, 12345);
    Value v = int_from_mpz(z);
    ck_assert(IS_SMALLINT(v) && AS_SMALLINT(v) == 12345);
    mpz_ui_pow_ui(z, 2, 100);
    Value big = int_from_mpz(z);
    ck_assert(IS_OBJ(big));
    /* 2**100 - 2**100 + 7, 2**100 // 2**98, 2**100 % 3: all small */
    Value diff = binop(big, big, BINOP_SUB);
    ck_assert(diff == FROM_SMALLINT(0));
    Value q = binop(big, int_from_u64((uint64_t)1 << 62), BINOP_FLOORDIV);
    ck_assert(IS_SMALLINT(q) && AS_SMALLINT(q) == ((int64_t)1 << 38));
    Value r = binop(big, FROM_SMALLINT(3), BINOP_MOD);
    ck_assert(IS_SMALLINT(r) && AS_SMALLINT(r) == 1);
    Value sh = binop(big, FROM_SMALLINT(90), BINOP_RSHIFT);
    ck_assert(IS_SMALLINT(sh) && AS_SMALLINT(sh) == 1024);
    Value masked = binop(big, FROM_SMALLINT(-1), BINOP_AND);
    ck_assert(IS_OBJ(masked));
    Value low = binop(big, FROM_SMALLINT(255), BINOP_AND);
    ck_assert(low == FROM_SMALLINT(0));
    ck_assert(int_from_u64(UINT64_MAX) != VAL_NULL);
    ck_assert(IS_SMALLINT(int_from_u64((uint64_t)SMALLINT_MAX)));
    ck_assert(IS_OBJ(int_from_u64((uint64_t)SMALLINT_MAX + 1)));
    mpz_clear(z);
    DECREF(big);
    DECREF(masked);
}
END_TEST

START_TEST(test_bool_operands) {
    ck_assert(binop(VAL_TRUE, VAL_TRUE, BINOP_ADD) == FROM_SMALLINT(2));
    ck_assert(binop(VAL_TRUE, VAL_TRUE, BINOP_AND) == VAL_TRUE);
    ck_assert(binop(VAL_TRUE, FROM_SMALLINT(3), BINOP_AND) == FROM_SMALLINT(1));
    ck_assert(binop(FROM_SMALLINT(5), VAL_FALSE, BINOP_MUL) == FROM_SMALLINT(0));
    assert_str(obj_repr(VAL_TRUE), "True");
    ck_assert_int_eq(int_hash(VAL_TRUE), 1);
}
END_TEST

START_TEST(test_int_hash_and_division) {
    ck_assert_int_eq(int_hash(FROM_SMALLINT(-1)), -2);
    ck_assert_int_eq(int_hash(int_from_u64(((uint64_t)1 << 61) - 1)), 0);
    ck_assert_int_eq(float_hash(1.0), 1);
    ck_assert_int_eq(float_hash(0.5), 1152921504606846976);
    ck_assert_int_eq(float_hash(-2.5), -1152921504606846978);
    ck_assert(binop(FROM_SMALLINT(7), FROM_SMALLINT(-2), BINOP_FLOORDIV) == FROM_SMALLINT(-4));
    ck_assert(binop(FROM_SMALLINT(-7), FROM_SMALLINT(3), BINOP_MOD) == FROM_SMALLINT(2));
    ck_assert(binop(FROM_SMALLINT(1), FROM_SMALLINT(0), BINOP_FLOORDIV) == VAL_NULL);
    ck_assert(err_matches(&exc_ZeroDivisionError));
    err_clear();
}
END_TEST

START_TEST(test_int_double_conversion) {
    bool overflow;
    mpz_t z;
    mpz_init(z);
    mpz_ui_pow_ui(z, 2, 53);
    mpz_add_ui(z, z, 1);
    Value v = int_from_mpz(z); /* 2**53 + 1 rounds to even: 2**53 */
    ck_assert(int_as_double(v, &overflow) == 9007199254740992.0 && !overflow);
    ck_assert_int_eq(int_cmp_double(v, 9007199254740992.0), 1);
    mpz_ui_pow_ui(z, 2, 1024);
    Value huge = int_from_mpz(z);
    int_as_double(huge, &overflow);
    ck_assert(overflow);
    ck_assert_int_eq(int_cmp_double(huge, INFINITY), -1);
    ck_assert_int_eq(int_cmp_double(huge, NAN), 2);
    mpz_clear(z);
    DECREF(huge);
}
END_TEST

START_TEST(test_float_repr) {
    static const struct { double d; const char *s; } cases[] = {
        {0.0, "0.0"}, {-0.0, "-0.0"}, {0.1, "0.1"}, {0.1 + 0.2, "0.30000000000000004"},
        {1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {1e-5, "1e-05"}, {0.0001, "0.0001"},
        {123456789012345.0, "123456789012345.0"}, {1.2345678901234568e+17, "1.2345678901234568e+17"},
        {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"}, {1.0 / 3, "0.3333333333333333"},
        {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"}, {100.0, "100.0"}, {2.5e-10, "2.5e-10"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[64];
        float_repr_buf(cases[i].d, buf, sizeof buf);
        ck_assert_str_eq(buf, cases[i].s);
        assert_str(float_repr_str(cases[i].d), cases[i].s);
    }
}
END_TEST

START_TEST(test_format_float) {
    static const struct { double d; const char *spec, *want; } cases[] = {
        {3.14159, ">10.3f", "     3.142"}, {1234.5, "012,.1f", "00,001,234.5"}, {0.25, "%", "25.000000%"},
        {1e-7, "g", "1e-07"}, {1.0, ".3", "1.0"}, {1e20, "", "1e+20"}, {123.0, ".2", "1.2e+02"},
        {-0.0, "z", "0.0"}, {2.675, ".2f", "2.67"}, {INFINITY, "010", "0000000inf"}, {1.5, "E", "1.500000E+00"},
        {123456.789, "_.2f", "123_456.79"}, {-1.0, "=+8.1f", "-    1.0"}, {1e20, "#", "1.e+20"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value spec = str_from_cstr(cases[i].spec);
        assert_str(format_float(cases[i].d, spec), cases[i].want);
        DECREF(spec);
    }
    Value bad = str_from_cstr("d");
    ck_assert(format_float(1.5, bad) == VAL_NULL);
    ck_assert(err_matches(&exc_ValueError));
    err_clear();
    DECREF(bad);
}
END_TEST

START_TEST(test_format_int_and_printf) {
    Value spec = str_from_cstr("#010_x");
    assert_str(format_int(FROM_SMALLINT(-255), spec), "-0x00_00ff");
    DECREF(spec);
    spec = str_from_cstr(",");
    assert_str(format_int(int_from_i64(SMALLINT_MAX), spec), "4,611,686,018,427,387,903");
    DECREF(spec);
    assert_str(format_printf_number(FROM_SMALLINT(7), 'd', FMT_ZERO, 5, -1), "00007");
    assert_str(format_printf_number(FROM_SMALLINT(255), 'x', FMT_ALT, 0, -1), "0xff");
    Value f = float_from_double(-3.14159);
    assert_str(format_printf_number(f, 'f', FMT_ZERO, 10, 3), "-00003.142");
    DECREF(f);
}
END_TEST

START_TEST(test_parse) {
    Value v = int_from_string(" -0x_1f ", 8, 0);
    ck_assert(v == FROM_SMALLINT(-31));
    ck_assert(int_from_string("1__0", 4, 10) == VAL_NULL);
    ck_assert(err_matches(&exc_ValueError));
    err_clear();
    Value f = float_from_string(" 1_0.5 ", 7);
    ck_assert(f != VAL_NULL && FLOAT_VAL(f) == 10.5);
    DECREF(f);
    ck_assert(float_from_string("0x1p3", 5) == VAL_NULL);
    err_clear();
    ck_assert(int_from_double(NAN) == VAL_NULL);
    ck_assert(err_matches(&exc_ValueError));
    err_clear();
}
END_TEST

Suite *int_suite(void) {
    Suite *s = suite_create("int");
    TCase *tc = tcase_create("numbers");
    tcase_add_test(tc, test_tagging_round_trip);
    tcase_add_test(tc, test_gmp_size_limit);
    tcase_add_test(tc, test_boundaries_box_and_unbox);
    tcase_add_test(tc, test_normalisation);
    tcase_add_test(tc, test_bool_operands);
    tcase_add_test(tc, test_int_hash_and_division);
    tcase_add_test(tc, test_int_double_conversion);
    tcase_add_test(tc, test_float_repr);
    tcase_add_test(tc, test_format_float);
    tcase_add_test(tc, test_format_int_and_printf);
    tcase_add_test(tc, test_parse);
    suite_add_tcase(s, tc);
    return s;
}
