/* test_gc.c - unit tests for the cycle collector (vm/gc.c): a collected
 * cycle's objects are deallocated and their memory freed, survivors keep
 * their refcounts and stay tracked, finalizers run once and may resurrect,
 * a finalizer cannot start a nested collection. A probe type counts its
 * deallocations and finalizations. */
#include <check.h>

#include "dict.h"
#include "gc.h"
#include "list.h"

typedef struct {
    Obj hdr;
    Value ref;       /* owned, or VAL_NULL */
} ProbeObj;

static int probe_deallocs, probe_finalizes;
static long probe_nested; /* what gc_collect returned inside a finalizer */
static Value probe_saved; /* where a resurrecting finalizer puts its object */
static bool probe_resurrect;

static void probe_dealloc(Obj *o) {
    if (gc_finalize_from_dealloc(o)) return;
    XDECREF(((ProbeObj *)o)->ref);
    obj_free(o);
    probe_deallocs++;
}

static void probe_traverse(Obj *o, VisitFn visit, void *arg) {
    if (((ProbeObj *)o)->ref != VAL_NULL) visit(((ProbeObj *)o)->ref, arg);
}

static void probe_clear(Obj *o) {
    CLEAR(((ProbeObj *)o)->ref);
}

static void probe_finalize(Obj *o) {
    probe_finalizes++;
    probe_nested = gc_collect(GC_NGENS - 1);
    if (probe_resurrect) probe_saved = NEWREF(OBJ_VAL(o));
}

static Type probe_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "probe",
    .basicsize = sizeof(ProbeObj),
    .dealloc = probe_dealloc,
    .traverse = probe_traverse,
    .clear = probe_clear,
    .finalize = probe_finalize,
};

static Value probe_new(void) {
    ck_assert_int_eq(type_ready(&probe_type), 0);
    return OBJ_VAL(obj_alloc(&probe_type));
}

static void probe_reset(void) {
    probe_deallocs = probe_finalizes = 0;
    probe_nested = -1;
    probe_saved = VAL_NULL;
    probe_resurrect = false;
    gc_collect(GC_NGENS - 1);
}

/* probe -> list -> probe, dropped: the collection finds both, finalizes
 * the probe once and frees it (its dealloc ran obj_free). */
START_TEST(test_gc_cycle_freed) {
    probe_reset();
    Value p = probe_new();
    Value l = list_new(0);
    list_append(l, p);
    ((ProbeObj *)AS_OBJ(p))->ref = l;
    ck_assert(gc_is_tracked(AS_OBJ(p)) && gc_is_tracked(AS_OBJ(l)));
    DECREF(p);
    ck_assert_int_eq(probe_deallocs, 0);
    ck_assert_int_ge(gc_collect(GC_NGENS - 1), 2);
    ck_assert_int_eq(probe_deallocs, 1);
    ck_assert_int_eq(probe_finalizes, 1);
    ck_assert_int_eq(probe_nested, 0);
    ck_assert_int_eq(gc_collect(GC_NGENS - 1), 0);
}
END_TEST

/* Objects referenced from C survive with the refcounts they had, still
 * tracked, whatever cycles they are in. */
START_TEST(test_gc_survivors_unchanged) {
    probe_reset();
    Value a = list_new(0), b = list_new(0), d = dict_new();
    list_append(a, a);
    list_append(a, b);
    list_append(b, d);
    dict_set(d, FROM_SMALLINT(1), a);
    Value p = probe_new();
    ((ProbeObj *)AS_OBJ(p))->ref = NEWREF(a);
    DECREF(b);
    DECREF(d);
    intptr_t ra = AS_OBJ(a)->refcnt, rb = AS_OBJ(b)->refcnt, rd = AS_OBJ(d)->refcnt, rp = AS_OBJ(p)->refcnt;
    for (int gen = 0; gen < GC_NGENS; gen++) gc_collect(gen);
    ck_assert_int_eq(AS_OBJ(a)->refcnt, ra);
    ck_assert_int_eq(AS_OBJ(b)->refcnt, rb);
    ck_assert_int_eq(AS_OBJ(d)->refcnt, rd);
    ck_assert_int_eq(AS_OBJ(p)->refcnt, rp);
    ck_assert(gc_is_tracked(AS_OBJ(a)) && gc_is_tracked(AS_OBJ(b)) && gc_is_tracked(AS_OBJ(d)));
    ck_assert_int_eq(probe_finalizes, 0);
    ck_assert(dict_get(d, FROM_SMALLINT(1)) == a);
    DECREF(p);
    ck_assert_int_eq(probe_finalizes, 1);
    ck_assert_int_eq(probe_deallocs, 1);
    DECREF(a);
    ck_assert_int_ge(gc_collect(GC_NGENS - 1), 3);
}
END_TEST

/* A finalizer that resurrects its object: it survives the collection
 * intact and tracked, and its later dealloc does not finalize it again. */
START_TEST(test_gc_resurrection) {
    probe_reset();
    probe_resurrect = true;
    Value p = probe_new();
    Value l = list_new(0);
    list_append(l, p);
    ((ProbeObj *)AS_OBJ(p))->ref = l;
    DECREF(p);
    ck_assert_int_eq(gc_collect(GC_NGENS - 1), 0);
    ck_assert_int_eq(probe_finalizes, 1);
    ck_assert_int_eq(probe_deallocs, 0);
    ck_assert(probe_saved == p && AS_OBJ(p)->refcnt == 2);
    ck_assert(gc_is_tracked(AS_OBJ(p)) && gc_is_tracked(AS_OBJ(l)));
    ck_assert(LIST_ITEMS(l)[0] == p);
    probe_resurrect = false;
    CLEAR(((ProbeObj *)AS_OBJ(p))->ref);
    DECREF(p);
    ck_assert_int_eq(probe_finalizes, 1);
    ck_assert_int_eq(probe_deallocs, 1);
}
END_TEST

/* Allocation past the threshold only requests a collection; with the
 * collector disabled it does not even request one. */
START_TEST(test_gc_threshold_requests) {
    probe_reset();
    gc_set_enabled(false);
    Value keep = list_new(0);
    for (int i = 0; i < 1000; i++) {
        Value x = list_new(0);
        list_append(keep, x);
        DECREF(x);
    }
    ck_assert(!gc_state.pending);
    gc_set_enabled(true);
    for (int i = 0; i < 1000; i++) {
        Value x = list_new(0);
        list_append(keep, x);
        DECREF(x);
    }
    ck_assert(gc_state.pending);
    gc_collect_pending();
    ck_assert(!gc_state.pending);
    ck_assert_int_eq(gc_state.gen[0].count, 0);
    DECREF(keep);
}
END_TEST

Suite *gc_suite(void) {
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_gc_cycle_freed);
    tcase_add_test(tc, test_gc_survivors_unchanged);
    tcase_add_test(tc, test_gc_resurrection);
    tcase_add_test(tc, test_gc_threshold_requests);
    suite_add_tcase(s, tc);
    return s;
}
