/* test_mem.c - unit tests for the small-block free lists of object.c: a
 * recycled block comes back as a clean object, blocks of every size class
 * and beyond it round-trip, and dict tables built from recycled blocks work. */
#include <check.h>
#include <string.h>

#include "dict.h"
#include "float.h"
#include "str.h"

/* A float box freed dirty and allocated again is zeroed, with one reference. */
START_TEST(test_mem_recycled_object_is_clean) {
    Obj *a = obj_alloc(&float_type);
    ((FloatObj *)a)->d = 12.5;
    a->refcnt = 77;
    obj_free(a);
    Obj *b = obj_alloc(&float_type);
    ck_assert_int_eq(b->refcnt, 1);
    ck_assert_ptr_eq(b->type, &float_type);
    ck_assert(((FloatObj *)b)->d == 0.0);
    obj_free(b);
}
END_TEST

/* Every size up to past the largest class: the block holds what was asked. */
START_TEST(test_mem_sizes_round_trip) {
    for (size_t n = 1; n <= 1024; n += 7) {
        unsigned char *p = mem_small_alloc(n);
        memset(p, 0xab, n);
        ck_assert_int_eq(p[n - 1], 0xab);
        mem_small_free(p);
    }
    mem_small_free(NULL);
    void *q = mem_alloc(100); /* a plain block may be given back here too */
    mem_small_free(q);
}
END_TEST

/* Dicts grown and freed repeatedly reuse their tables and stay correct. */
START_TEST(test_mem_dict_tables_reused) {
    for (int round = 0; round < 50; round++) {
        Value d = dict_new();
        for (int i = 0; i < 40; i++) {
            Value k = FROM_SMALLINT(i * 7 + round);
            ck_assert_int_eq(dict_set(d, k, FROM_SMALLINT(i)), 0);
        }
        for (int i = 0; i < 40; i++)
            ck_assert(dict_get(d, FROM_SMALLINT(i * 7 + round)) == FROM_SMALLINT(i));
        DECREF(d);
    }
}
END_TEST

Suite *mem_suite(void) {
    Suite *s = suite_create("mem");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_mem_recycled_object_is_clean);
    tcase_add_test(tc, test_mem_sizes_round_trip);
    tcase_add_test(tc, test_mem_dict_tables_reused);
    suite_add_tcase(s, tc);
    return s;
}
