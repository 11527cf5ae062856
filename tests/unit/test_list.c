/* test_list.c - list internals: append growth and refcount balance, sort
 * stability, slicing helpers. */
#include <check.h>

#include "error.h"
#include "list.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

#define I(n) FROM_SMALLINT(n)

START_TEST(test_list_append_refcounts) {
    Value item = str_from_cstr("item");
    intptr_t r0 = AS_OBJ(item)->refcnt;
    Value l = list_new(0);
    for (int i = 0; i < 1000; i++) ck_assert_int_eq(list_append(l, item), 0);
    ck_assert_uint_eq(LIST_LEN(l), 1000);
    ck_assert_int_eq(AS_OBJ(item)->refcnt, r0 + 1000);
    ck_assert_uint_ge(((ListObj *)AS_OBJ(l))->cap, 1000);
    DECREF(l);
    ck_assert_int_eq(AS_OBJ(item)->refcnt, r0);
    DECREF(item);
}
END_TEST

START_TEST(test_list_extend_self_and_tuple) {
    Value l = list_new(0);
    list_append(l, I(1));
    list_append(l, I(2));
    ck_assert_int_eq(list_extend(l, l), 0);
    ck_assert_uint_eq(LIST_LEN(l), 4);
    ck_assert(LIST_GET(l, 3) == I(2));
    Value t = list_as_tuple(l);
    ck_assert_uint_eq(TUPLE_LEN(t), 4);
    ck_assert(TUPLE_GET(t, 2) == I(1));
    Value l2 = list_from_iterable(t);
    ck_assert_uint_eq(LIST_LEN(l2), 4);
    DECREF(l2);
    DECREF(t);
    DECREF(l);
}
END_TEST

/* Sort (key, index) pairs by key only: equal keys keep their order. */
START_TEST(test_list_sort_stable) {
    Value l = list_new(0);
    for (int i = 0; i < 500; i++) {
        Value t = tuple_pack(2, I((i * 37) % 10), I(i));
        list_append(l, t);
        DECREF(t);
    }
    Value keys = list_new(0);
    for (size_t i = 0; i < LIST_LEN(l); i++) list_append(keys, TUPLE_GET(LIST_GET(l, i), 0));
    ck_assert_int_eq(list_sort(keys, VAL_NULL, false), 0);
    for (size_t i = 1; i < LIST_LEN(keys); i++)
        ck_assert_int_le(AS_SMALLINT(LIST_GET(keys, i - 1)), AS_SMALLINT(LIST_GET(keys, i)));
    /* tuples compare by key first, then index: sorting them must equal a
     * stable sort by key, which we check through the index order. */
    ck_assert_int_eq(list_sort(l, VAL_NULL, false), 0);
    for (size_t i = 1; i < LIST_LEN(l); i++) {
        Value a = LIST_GET(l, i - 1), b = LIST_GET(l, i);
        intptr_t ka = AS_SMALLINT(TUPLE_GET(a, 0)), kb = AS_SMALLINT(TUPLE_GET(b, 0));
        ck_assert_int_le(ka, kb);
        if (ka == kb) ck_assert_int_lt(AS_SMALLINT(TUPLE_GET(a, 1)), AS_SMALLINT(TUPLE_GET(b, 1)));
    }
    ck_assert_int_eq(list_sort(keys, VAL_NULL, true), 0);
    ck_assert(LIST_GET(keys, 0) == I(9));
    ck_assert(LIST_GET(keys, 499) == I(0));
    DECREF(keys);
    DECREF(l);
}
END_TEST

START_TEST(test_list_sort_error_keeps_permutation) {
    Value l = list_new(0);
    list_append(l, I(3));
    Value s = str_from_cstr("x");
    list_append(l, s);
    list_append(l, I(1));
    ck_assert_int_eq(list_sort(l, VAL_NULL, false), -1);
    ck_assert(err_matches(&exc_TypeError));
    err_clear();
    ck_assert_uint_eq(LIST_LEN(l), 3);
    int found = 0;
    for (size_t i = 0; i < 3; i++) found += LIST_GET(l, i) == s;
    ck_assert_int_eq(found, 1);
    DECREF(s);
    DECREF(l);
}
END_TEST

START_TEST(test_slice_indices_clamping) {
    ssize_t start, stop, step, n;
    Value sl = slice_new(VAL_NONE, VAL_NONE, I(-1));
    ck_assert_int_eq(slice_indices(sl, 5, &start, &stop, &step, &n), 0);
    ck_assert_int_eq(start, 4);
    ck_assert_int_eq(stop, -1);
    ck_assert_int_eq(n, 5);
    DECREF(sl);
    sl = slice_new(I(-100), I(100), I(3));
    ck_assert_int_eq(slice_indices(sl, 10, &start, &stop, &step, &n), 0);
    ck_assert_int_eq(start, 0);
    ck_assert_int_eq(stop, 10);
    ck_assert_int_eq(n, 4);
    DECREF(sl);
    sl = slice_new(VAL_NONE, VAL_NONE, I(0));
    ck_assert_int_eq(slice_indices(sl, 10, &start, &stop, &step, &n), -1);
    ck_assert(err_matches(&exc_ValueError));
    err_clear();
    DECREF(sl);
}
END_TEST

Suite *list_suite(void) {
    Suite *s = suite_create("list");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_list_append_refcounts);
    tcase_add_test(tc, test_list_extend_self_and_tuple);
    tcase_add_test(tc, test_list_sort_stable);
    tcase_add_test(tc, test_list_sort_error_keeps_permutation);
    tcase_add_test(tc, test_slice_indices_clamping);
    suite_add_tcase(s, tc);
    return s;
}
