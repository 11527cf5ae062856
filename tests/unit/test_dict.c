/* test_dict.c - dict internals: order across deletes and resizes, the str
 * fast path, the inline-cache index, and reference-count balance. */
#include <check.h>

#include "dict.h"
#include "error.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

#define I(n) FROM_SMALLINT(n)

START_TEST(test_dict_insert_order_and_resize) {
    Value d = dict_new();
    for (int i = 0; i < 1000; i++) ck_assert_int_eq(dict_set(d, I(i * 7), I(i)), 0);
    ck_assert_uint_eq(DICT_LEN(d), 1000);
    for (int i = 0; i < 1000; i += 2) ck_assert_int_eq(dict_del(d, I(i * 7)), 0);
    ck_assert_uint_eq(DICT_LEN(d), 500);
    for (int i = 0; i < 200; i++) {
        ck_assert_int_eq(dict_set(d, I(-1 - i), I(0)), 0);
        ck_assert_int_eq(dict_del(d, I(-1 - i)), 0);
    }
    size_t pos = 0, n = 0;
    Value k, v;
    int expect = 1;
    while (dict_next(d, &pos, &k, &v)) {
        ck_assert(k == I(expect * 7));
        ck_assert(v == I(expect));
        expect += 2;
        n++;
    }
    ck_assert_uint_eq(n, 500);
    ck_assert(dict_get(d, I(999 * 7)) == I(999));
    ck_assert(dict_get(d, I(998 * 7)) == VAL_NULL);
    ck_assert(!err_occurred());
    DECREF(d);
}
END_TEST

START_TEST(test_dict_del_missing_raises_keyerror) {
    Value d = dict_new();
    ck_assert_int_eq(dict_del(d, I(5)), -1);
    ck_assert(err_matches(&exc_KeyError));
    err_clear();
    DECREF(d);
}
END_TEST

START_TEST(test_dict_str_fast_path) {
    Value d = dict_new();
    Value a = str_from_cstr("alpha");
    Value a2 = str_from_cstr("alpha"); /* equal, different object */
    ck_assert_int_eq(dict_set(d, a, I(1)), 0);
    ck_assert_int_eq(dict_set_cstr(d, "beta", I(2)), 0);
    ck_assert(dict_get_str(d, a) == I(1));
    ck_assert(dict_get_str(d, a2) == I(1));
    ck_assert(dict_get_cstr(d, "beta") == I(2));
    ck_assert(dict_get_cstr(d, "gamma") == VAL_NULL);
    ck_assert(!err_occurred());
    ssize_t ix = dict_lookup_index_str(d, a2);
    ck_assert_int_ge(ix, 0);
    ck_assert(((DictObj *)AS_OBJ(d))->entries[ix].value == I(1));
    Value zzz = str_from_cstr("zzz");
    ck_assert_int_eq(dict_lookup_index_str(d, zzz), -1);
    DECREF(zzz);
    uint64_t version = ((DictObj *)AS_OBJ(d))->version;
    ck_assert_int_eq(dict_set(d, a, I(3)), 0);
    ck_assert(((DictObj *)AS_OBJ(d))->version != version);
    DECREF(a);
    DECREF(a2);
    DECREF(d);
}
END_TEST

START_TEST(test_dict_refcounts_balance) {
    Value key = str_from_cstr("a key that is not interned");
    Value val = list_new(0);
    intptr_t kr = AS_OBJ(key)->refcnt, vr = AS_OBJ(val)->refcnt;
    Value d = dict_new();
    ck_assert_int_eq(dict_set(d, key, val), 0);
    ck_assert_int_eq(AS_OBJ(key)->refcnt, kr + 1);
    ck_assert_int_eq(AS_OBJ(val)->refcnt, vr + 1);
    ck_assert_int_eq(dict_del(d, key), 0);
    ck_assert_int_eq(AS_OBJ(key)->refcnt, kr);
    ck_assert_int_eq(AS_OBJ(val)->refcnt, vr);
    ck_assert_int_eq(dict_set(d, key, val), 0);
    ck_assert_int_eq(dict_set(d, key, val), 0); /* replace keeps one reference */
    ck_assert_int_eq(AS_OBJ(key)->refcnt, kr + 1);
    ck_assert_int_eq(AS_OBJ(val)->refcnt, vr + 1);
    Value c = dict_copy(d);
    ck_assert_int_eq(AS_OBJ(val)->refcnt, vr + 2);
    DECREF(c);
    dict_clear(d);
    ck_assert_int_eq(AS_OBJ(key)->refcnt, kr);
    ck_assert_int_eq(dict_set(d, key, val), 0);
    DECREF(d);
    ck_assert_int_eq(AS_OBJ(key)->refcnt, kr);
    ck_assert_int_eq(AS_OBJ(val)->refcnt, vr);
    DECREF(key);
    DECREF(val);
}
END_TEST

START_TEST(test_dict_update_and_keys_list) {
    Value d = dict_new();
    Value pairs = list_new(0);
    for (int i = 0; i < 3; i++) {
        Value t = tuple_pack(2, I(i), I(i * i));
        list_append(pairs, t);
        DECREF(t);
    }
    ck_assert_int_eq(dict_update(d, pairs), 0);
    Value keys = dict_keys_list(d);
    ck_assert_uint_eq(LIST_LEN(keys), 3);
    ck_assert(LIST_GET(keys, 2) == I(2));
    ck_assert(dict_get(d, I(2)) == I(4));
    ck_assert_int_eq(dict_contains(d, I(1)), 1);
    ck_assert_int_eq(dict_contains(d, I(9)), 0);
    Value bad = list_new(0);
    ck_assert_int_eq(dict_contains(d, bad), -1); /* unhashable */
    ck_assert(err_matches(&exc_TypeError));
    err_clear();
    DECREF(bad);
    DECREF(keys);
    DECREF(pairs);
    DECREF(d);
}
END_TEST

Suite *dict_suite(void) {
    Suite *s = suite_create("dict");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_dict_insert_order_and_resize);
    tcase_add_test(tc, test_dict_del_missing_raises_keyerror);
    tcase_add_test(tc, test_dict_str_fast_path);
    tcase_add_test(tc, test_dict_refcounts_balance);
    tcase_add_test(tc, test_dict_update_and_keys_list);
    suite_add_tcase(s, tc);
    return s;
}
