/* gilmodule.c - the `gil` module: look inside the global interpreter lock.
 *
 *   gil.stats()            totals and one dict per thread; handoff_p50_ns and
 *                          handoff_p99_ns: from a drop request to the next take
 *   gil.reset_stats()
 *   gil.policy() / gil.set_policy(name)   "interval", "ticks" or "fifo"
 *   gil.trace_start()      record every take, release and wait
 *   gil.trace_stop(path=None)  stop; with a path, write Chrome Trace JSON there
 *   gil.timeline(width=72) a text chart of who held the lock when
 */
#include <errno.h>

#include "thread_module.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "gil.h"
#include "int.h"
#include "list.h"
#include "str.h"

static int put(Value d, const char *key, Value v) {
    if (v == VAL_NULL) return -1;
    int rc = dict_set_cstr(d, key, v);
    DECREF(v);
    return rc;
}

static Value thread_row_dict(const GilThreadRow *r) {
    Value d = dict_new();
    if (put(d, "name", str_from_cstr(r->name)) < 0 || put(d, "ident", int_from_u64(r->ident)) < 0 ||
        put(d, "acquisitions", int_from_u64(r->acquisitions)) < 0 ||
        put(d, "contended", int_from_u64(r->contended)) < 0 ||
        put(d, "wait_ns", int_from_u64(r->wait_ns)) < 0 ||
        put(d, "hold_ns", int_from_u64(r->hold_ns)) < 0 ||
        put(d, "longest_wait_ns", int_from_u64(r->longest_wait_ns)) < 0) {
        DECREF(d);
        return VAL_NULL;
    }
    return d;
}

static Value stats_dict(const GilStatsSnapshot *s) {
    Value d = dict_new();
    Value threads = list_new(0);
    for (size_t i = 0; i < s->nthreads; i++) {
        Value row = thread_row_dict(&s->threads[i]);
        if (row == VAL_NULL || list_append(threads, row) < 0) goto fail;
        DECREF(row);
    }
    if (put(d, "policy", str_from_cstr(gil_policy_name(interp_main.gil.policy))) < 0 ||
        put(d, "acquisitions", int_from_u64(s->acquisitions)) < 0 ||
        put(d, "contended", int_from_u64(s->contended)) < 0 ||
        put(d, "switches", int_from_u64(s->switches)) < 0 ||
        put(d, "forced_switches", int_from_u64(s->forced_switches)) < 0 ||
        put(d, "drop_requests", int_from_u64(s->drop_requests)) < 0 ||
        put(d, "wait_ns", int_from_u64(s->wait_ns)) < 0 ||
        put(d, "hold_ns", int_from_u64(s->hold_ns)) < 0 ||
        put(d, "handoffs", int_from_u64(s->handoffs)) < 0 ||
        put(d, "handoff_p50_ns", int_from_u64(s->handoff_p50_ns)) < 0 ||
        put(d, "handoff_p99_ns", int_from_u64(s->handoff_p99_ns)) < 0 ||
        dict_set_cstr(d, "threads", threads) < 0)
        goto fail;
    DECREF(threads);
    return d;
fail:
    DECREF(threads);
    DECREF(d);
    return VAL_NULL;
}

static Value gil_stats_fn(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)kwnames;
    if (args_count("stats", nargs, 0, 0) < 0) return VAL_NULL;
    GilStatsSnapshot s;
    gil_stats_snapshot(&s);
    Value d = stats_dict(&s);
    gil_stats_free(&s);
    return d;
}

static Value gil_reset_stats_fn(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)kwnames;
    if (args_count("reset_stats", nargs, 0, 0) < 0) return VAL_NULL;
    gil_stats_reset();
    return VAL_NONE;
}

static Value gil_policy_fn(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)kwnames;
    if (args_count("policy", nargs, 0, 0) < 0) return VAL_NULL;
    return str_from_cstr(gil_policy_name(interp_main.gil.policy));
}

static Value gil_set_policy_fn(Value *args, size_t nargs, Value kwnames) {
    Value name;
    if (args_parse("set_policy", args, nargs, kwnames, "name", &name) < 0) return VAL_NULL;
    if (!IS_STR(name)) return err_format(&exc_TypeError, "policy name must be str, not %T", name);
    GilPolicy policy;
    if (gil_policy_from_name(str_cstr(name), &policy) < 0)
        return err_format(&exc_ValueError, "unknown GIL policy %R (expected 'interval', 'ticks' or 'fifo')", name);
    gil_set_policy(policy);
    return VAL_NONE;
}

static Value gil_trace_start_fn(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)kwnames;
    if (args_count("trace_start", nargs, 0, 0) < 0) return VAL_NULL;
    gil_trace_start();
    return VAL_NONE;
}

static Value gil_trace_stop_fn(Value *args, size_t nargs, Value kwnames) {
    Value path = VAL_NULL;
    if (args_parse("trace_stop", args, nargs, kwnames, "|path", &path) < 0) return VAL_NULL;
    gil_trace_stop();
    if (path == VAL_NULL || IS_NONE(path)) return VAL_NONE;
    if (!IS_STR(path)) return err_format(&exc_TypeError, "path must be str, not %T", path);
    if (gil_trace_write_json(str_cstr(path)) < 0) return err_from_errno(&exc_OSError, errno, str_cstr(path));
    return VAL_NONE;
}

static Value gil_timeline_fn(Value *args, size_t nargs, Value kwnames) {
    Value width = VAL_NULL;
    if (args_parse("timeline", args, nargs, kwnames, "|width", &width) < 0) return VAL_NULL;
    int64_t w = 72;
    if (width != VAL_NULL && int_as_i64(width, &w) < 0) return VAL_NULL;
    if (w < 10 || w > 1000) return err_set_str(&exc_ValueError, "timeline width must be between 10 and 1000");
    return gil_timeline((int)w);
}

static const MethodDef gil_functions[] = {
    {"stats", gil_stats_fn, 0},
    {"reset_stats", gil_reset_stats_fn, 0},
    {"policy", gil_policy_fn, 0},
    {"set_policy", gil_set_policy_fn, 0},
    {"trace_start", gil_trace_start_fn, 0},
    {"trace_stop", gil_trace_stop_fn, 0},
    {"timeline", gil_timeline_fn, 0},
    {NULL, NULL, 0},
};

const ModuleDef gil_module_def = {"gil", gil_functions, NULL, NULL};
