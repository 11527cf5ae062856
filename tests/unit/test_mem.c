/* test_mem.c - unit tests for the small-block allocator of mem.c: a
 * recycled block comes back as a clean object, blocks of every size class
 * and beyond it round-trip, are distinct, 16-byte aligned and reused, malloc
 * blocks are accepted by mem_small_free, a burst of blocks freed gives its
 * arenas back, and dict tables built from recycled blocks work. Checks that
 * only hold for arenas are skipped under a sanitizer (MEM_ARENAS 0). */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
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

#define MEM_TEST_PER_CLASS 300 /* more than one 16 KiB pool of the small classes */

/* Fill block i of n bytes with a byte pattern of its own. */
static void mem_test_fill(unsigned char *p, size_t n, size_t i) {
    for (size_t k = 0; k < n; k++) p[k] = (unsigned char)(i * 31 + k);
}

static bool mem_test_intact(const unsigned char *p, size_t n, size_t i) {
    for (size_t k = 0; k < n; k++)
        if (p[k] != (unsigned char)(i * 31 + k)) return false;
    return true;
}

/* Many blocks of every class, all alive at once, each filled to its last
 * byte: none overlaps another (every pattern survives), each is aligned to
 * 16 and, with arenas, lies in one. */
START_TEST(test_mem_classes_distinct_aligned) {
    size_t total = MEM_TEST_PER_CLASS * (MEM_SMALL_MAX / 16);
    unsigned char **blocks = calloc(total, sizeof *blocks);
    size_t *sizes = calloc(total, sizeof *sizes);
    for (size_t i = 0; i < total; i++) {
        size_t cls = i % (MEM_SMALL_MAX / 16);
        sizes[i] = (cls + 1) * 16 - (i / 16) % 16; /* every size within the class */
        blocks[i] = mem_small_alloc(sizes[i]);
        ck_assert_uint_eq((uintptr_t)blocks[i] % 16, 0);
        if (MEM_ARENAS) ck_assert(mem_in_arena(blocks[i]));
        mem_test_fill(blocks[i], sizes[i], i);
    }
    for (size_t i = 0; i < total; i++) ck_assert(mem_test_intact(blocks[i], sizes[i], i));
    for (size_t i = 0; i < total; i++) mem_small_free(blocks[i]);
    free(blocks);
    free(sizes);
}
END_TEST

/* A freed block is the next one its class hands out, and only its class:
 * the class is read from the pool, not from the size asked for. */
START_TEST(test_mem_blocks_reused_within_class) {
    for (size_t n = 16; n <= MEM_SMALL_MAX; n += 16) {
        void *keep = mem_small_alloc(n); /* its pool stays in use */
        void *p = mem_small_alloc(n);
        mem_small_free(p);
        void *q = mem_small_alloc(n - 15);
        if (MEM_ARENAS) ck_assert_ptr_eq(q, p);
        mem_small_free(q);
        if (n < MEM_SMALL_MAX) {
            void *r = mem_small_alloc(n + 1);
            if (MEM_ARENAS) ck_assert_ptr_ne(r, p);
            mem_small_free(r);
        }
        mem_small_free(keep);
    }
}
END_TEST

/* Blocks from malloc, of any size, are not taken for arena blocks and go
 * back to free; so do the ones mem_small_alloc leaves to malloc (too large,
 * or no size at all). */
START_TEST(test_mem_foreign_blocks_accepted) {
    static const size_t sizes[] = {1, 16, 48, 100, 512, 513, 4096, 1 << 20};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        void *p = malloc(sizes[i]);
        ck_assert(!mem_in_arena(p));
        mem_small_free(p);
        void *q = mem_alloc(sizes[i]);
        mem_small_free(q);
    }
    void *big = mem_small_alloc(MEM_SMALL_MAX + 1);
    ck_assert(!mem_in_arena(big));
    memset(big, 1, MEM_SMALL_MAX + 1);
    mem_small_free(big);
    void *none = mem_small_alloc(0);
    mem_small_free(none);
    ck_assert(!mem_in_arena(NULL));
    int local;
    ck_assert(!mem_in_arena(&local));
}
END_TEST

/* A burst of blocks takes new arenas; once they are all freed (in an order
 * that empties pools out of turn: every other block first), the arenas are
 * given back, but for the MEM_ARENAS_KEPT kept for reuse. A second burst
 * reuses those and gives back as much. */
START_TEST(test_mem_burst_returns_arenas) {
    enum { N = 100000 }; /* 496-byte blocks: about 50 MiB */
    void **blocks = malloc(N * sizeof *blocks);
    size_t before = mem_arena_count();
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < N; i++) blocks[i] = mem_small_alloc(496);
        if (MEM_ARENAS) ck_assert_uint_ge(mem_arena_count(), before + 40);
        for (size_t i = 0; i < N; i += 2) mem_small_free(blocks[i]);
        for (size_t i = 1; i < N; i += 2) mem_small_free(blocks[i]);
        ck_assert_uint_le(mem_arena_count(), before + MEM_ARENAS_KEPT);
    }
    free(blocks);
}
END_TEST

/* Pools of several classes share arenas: freeing one class's burst while
 * another's lives returns only what has emptied, and the survivors are
 * intact. */
START_TEST(test_mem_mixed_classes_survive_frees) {
    enum { N = 40000 };
    unsigned char **small = malloc(N * sizeof *small), **large = malloc(N * sizeof *large);
    for (size_t i = 0; i < N; i++) {
        small[i] = mem_small_alloc(32);
        large[i] = mem_small_alloc(208);
        mem_test_fill(large[i], 208, i);
    }
    for (size_t i = 0; i < N; i++) mem_small_free(small[i]);
    for (size_t i = 0; i < N; i++) {
        ck_assert(mem_test_intact(large[i], 208, i));
        mem_small_free(large[i]);
    }
    free(small);
    free(large);
}
END_TEST

Suite *mem_suite(void) {
    Suite *s = suite_create("mem");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_mem_recycled_object_is_clean);
    tcase_add_test(tc, test_mem_sizes_round_trip);
    tcase_add_test(tc, test_mem_dict_tables_reused);
    tcase_add_test(tc, test_mem_classes_distinct_aligned);
    tcase_add_test(tc, test_mem_blocks_reused_within_class);
    tcase_add_test(tc, test_mem_foreign_blocks_accepted);
    tcase_add_test(tc, test_mem_burst_returns_arenas);
    tcase_add_test(tc, test_mem_mixed_classes_survive_frees);
    suite_add_tcase(s, tc);
    return s;
}
