/* gcmodule.c - the `gc` module: the cycle collector seen from Python
 * (vm/gc.c does the work).
 *
 *   gc.collect(generation=2)   run a collection; the number of unreachable
 *                              objects found
 *   gc.enable() / gc.disable() / gc.isenabled()   automatic collection
 *   gc.get_count()             (gen0, gen1, gen2) counts
 *   gc.get_threshold() / gc.set_threshold(t0[, t1[, t2]])
 *   gc.is_tracked(obj) / gc.is_finalized(obj)
 *   gc.get_objects(generation=None)
 *   gc.get_stats()             collections, collected, uncollectable per generation
 *   gc.get_referrers(*objs) / gc.get_referents(*objs)   through traverse slots
 *   gc.freeze() / gc.unfreeze() / gc.get_freeze_count()   the permanent generation
 *   gc.garbage                 a list; stays empty (every finalizer is PEP 442's)
 *   gc.callbacks               a list of callables the collector calls with
 *                              ("start"|"stop", info) around each collection
 */
#include <limits.h>

#include "registry.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "tuple.h"

/* An int argument through __index__, as a C long (OverflowError beyond). */
static int gcmod_long(Value v, long *out) {
    ssize_t n;
    if (obj_as_ssize(v, &n) < 0) {
        if (err_matches(&exc_OverflowError)) {
            err_clear();
            err_set_str(&exc_OverflowError, "Python int too large to convert to C long");
        }
        return -1;
    }
    *out = (long)n;
    return 0;
}

static Value gcmod_collect(Value *args, size_t nargs, Value kwnames) {
    Value genarg = VAL_NULL;
    if (args_parse("collect", args, nargs, kwnames, "|generation", &genarg) < 0) return VAL_NULL;
    long gen = GC_NGENS - 1;
    if (genarg != VAL_NULL && gcmod_long(genarg, &gen) < 0) return VAL_NULL;
    if (gen < 0 || gen >= GC_NGENS) return err_set_str(&exc_ValueError, "invalid generation");
    return int_from_i64(gc_collect((int)gen));
}

/* The positional-only arity check of the gc functions (none or one
 * argument), with CPython's messages. */
static int gcmod_nargs(const char *name, size_t nargs, Value kwnames, size_t want) {
    if (args_no_kw(name, kwnames) < 0) return -1;
    if (nargs == want) return 0;
    err_format(&exc_TypeError, want == 0 ? "%s() takes no arguments (%zu given)"
                                         : "%s() takes exactly one argument (%zu given)", name, nargs);
    return -1;
}

static int gcmod_no_args(const char *name, size_t nargs, Value kwnames) {
    return gcmod_nargs(name, nargs, kwnames, 0);
}

static Value gcmod_enable(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.enable", nargs, kwnames) < 0) return VAL_NULL;
    gc_set_enabled(true);
    return NEWREF(VAL_NONE);
}

static Value gcmod_disable(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.disable", nargs, kwnames) < 0) return VAL_NULL;
    gc_set_enabled(false);
    return NEWREF(VAL_NONE);
}

static Value gcmod_isenabled(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.isenabled", nargs, kwnames) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(gc_state.enabled));
}

/* A tuple of one long per generation, read through field before the tuple
 * exists (its allocation counts in generation 0, after, as in CPython). */
static Value gcmod_gen_tuple(size_t offset) {
    long n[GC_NGENS];
    for (int i = 0; i < GC_NGENS; i++) n[i] = *(const long *)((const char *)&gc_state.gen[i] + offset);
    Value t = tuple_new(GC_NGENS);
    for (int i = 0; i < GC_NGENS; i++) TUPLE_ITEMS(t)[i] = int_from_i64(n[i]);
    return t;
}

static Value gcmod_get_count(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.get_count", nargs, kwnames) < 0) return VAL_NULL;
    return gcmod_gen_tuple(offsetof(GCGen, count));
}

static Value gcmod_get_threshold(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.get_threshold", nargs, kwnames) < 0) return VAL_NULL;
    return gcmod_gen_tuple(offsetof(GCGen, threshold));
}

static Value gcmod_set_threshold(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("set_threshold", kwnames) < 0) return VAL_NULL;
    if (nargs < 1)
        return err_format(&exc_TypeError, "set_threshold() takes at least 1 argument (%zu given)", nargs);
    if (nargs > GC_NGENS)
        return err_format(&exc_TypeError, "set_threshold() takes at most %d arguments (%zu given)",
                          GC_NGENS, nargs);
    long t[GC_NGENS];
    for (size_t i = 0; i < nargs; i++)
        if (gcmod_long(args[i], &t[i]) < 0) return VAL_NULL;
    for (size_t i = 0; i < nargs; i++) gc_set_threshold((int)i, t[i]);
    return NEWREF(VAL_NONE);
}

static int gcmod_one_arg(const char *name, size_t nargs, Value kwnames) {
    return gcmod_nargs(name, nargs, kwnames, 1);
}

static Value gcmod_is_tracked(Value *args, size_t nargs, Value kwnames) {
    if (gcmod_one_arg("gc.is_tracked", nargs, kwnames) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(IS_OBJ(args[0]) && gc_is_tracked(AS_OBJ(args[0]))));
}

static Value gcmod_is_finalized(Value *args, size_t nargs, Value kwnames) {
    if (gcmod_one_arg("gc.is_finalized", nargs, kwnames) < 0) return VAL_NULL;
    Value v = args[0];
    bool done = IS_OBJ(v) && gc_has_head(AS_OBJ(v)) &&
                (GC_HEAD_OF(AS_OBJ(v))->prev.bits & GC_FLAG_FINALIZED);
    return NEWREF(VAL_BOOL(done));
}

static Value gcmod_get_objects(Value *args, size_t nargs, Value kwnames) {
    Value genarg = VAL_NULL;
    if (args_parse("get_objects", args, nargs, kwnames, "|generation", &genarg) < 0) return VAL_NULL;
    long gen = -1;
    if (genarg != VAL_NULL && !IS_NONE(genarg)) {
        if (!IS_INT(genarg))
            return err_format(&exc_TypeError, "argument should be integer or None, not '%s'",
                              obj_type_name(genarg));
        if (gcmod_long(genarg, &gen) < 0) return VAL_NULL;
        if (gen >= GC_NGENS)
            return err_format(&exc_ValueError,
                              "generation parameter must be less than the number of available generations (%d)",
                              GC_NGENS);
        if (gen < -1) return err_set_str(&exc_ValueError, "generation parameter cannot be negative");
    }
    return gc_get_objects((int)gen);
}

static int gcmod_put(Value d, const char *key, long n) {
    Value v = int_from_i64(n);
    int rc = dict_set_cstr(d, key, v);
    DECREF(v);
    return rc;
}

static Value gcmod_get_stats(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.get_stats", nargs, kwnames) < 0) return VAL_NULL;
    Value list = list_new(0);
    for (int i = 0; i < GC_NGENS; i++) {
        Value d = dict_new();
        int rc = gcmod_put(d, "collections", gc_state.gen[i].collections);
        if (rc == 0) rc = gcmod_put(d, "collected", gc_state.gen[i].collected);
        if (rc == 0) rc = gcmod_put(d, "uncollectable", 0);
        if (rc == 0) rc = list_append(list, d);
        DECREF(d);
        if (rc < 0) {
            DECREF(list);
            return VAL_NULL;
        }
    }
    return list;
}

static Value gcmod_get_referrers(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("get_referrers", kwnames) < 0) return VAL_NULL;
    return gc_get_referrers(args, nargs);
}

static void gcmod_visit_append(Value v, void *arg) {
    if (*(Value *)arg != VAL_NULL && list_append(*(Value *)arg, v) < 0) CLEAR(*(Value *)arg);
}

/* What the traverse of each argument visits. Objects without a GC header
 * (static types, immortals) have nothing to report, as in CPython, where
 * they are not GC objects. */
static Value gcmod_get_referents(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("get_referents", kwnames) < 0) return VAL_NULL;
    Value result = list_new(0);
    for (size_t i = 0; i < nargs && result != VAL_NULL; i++) {
        if (!IS_OBJ(args[i]) || !gc_has_head(AS_OBJ(args[i]))) continue;
        Obj *o = AS_OBJ(args[i]);
        o->type->traverse(o, gcmod_visit_append, &result);
    }
    return result;
}

static Value gcmod_freeze(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.freeze", nargs, kwnames) < 0) return VAL_NULL;
    gc_freeze();
    return NEWREF(VAL_NONE);
}

static Value gcmod_unfreeze(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.unfreeze", nargs, kwnames) < 0) return VAL_NULL;
    gc_unfreeze();
    return NEWREF(VAL_NONE);
}

static Value gcmod_get_freeze_count(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (gcmod_no_args("gc.get_freeze_count", nargs, kwnames) < 0) return VAL_NULL;
    return int_from_i64(gc_freeze_count());
}

static const MethodDef gc_functions[] = {
    {"collect", gcmod_collect, 0},
    {"enable", gcmod_enable, 0},
    {"disable", gcmod_disable, 0},
    {"isenabled", gcmod_isenabled, 0},
    {"get_count", gcmod_get_count, 0},
    {"get_threshold", gcmod_get_threshold, 0},
    {"set_threshold", gcmod_set_threshold, 0},
    {"is_tracked", gcmod_is_tracked, 0},
    {"is_finalized", gcmod_is_finalized, 0},
    {"get_objects", gcmod_get_objects, 0},
    {"get_stats", gcmod_get_stats, 0},
    {"get_referrers", gcmod_get_referrers, 0},
    {"get_referents", gcmod_get_referents, 0},
    {"freeze", gcmod_freeze, 0},
    {"unfreeze", gcmod_unfreeze, 0},
    {"get_freeze_count", gcmod_get_freeze_count, 0},
    {NULL, NULL, 0},
};

/* gc.callbacks is the collector's own list (gc_state.callbacks), made at
 * the first import and kept for the interpreter's life, so that a module
 * imported again shares it. */
static int gcmod_init(Value module) {
    Value garbage = list_new(0);
    int rc = module_add(module, "garbage", garbage);
    DECREF(garbage);
    if (rc < 0) return -1;
    if (gc_state.callbacks == VAL_NULL) gc_state.callbacks = list_new(0);
    return module_add(module, "callbacks", gc_state.callbacks);
}

const ModuleDef gc_module_def = {"gc", gc_functions, gcmod_init, NULL};
