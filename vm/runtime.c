/* runtime.c - bringing the interpreter up, running __main__, shutting down.
 *
 * Start-up order matters: the type system first (type/object), then str and
 * the interned names every later type_ready() uses, then the other built-in
 * types, then the modules (builtins, the standard streams, sys, __main__).
 * Exit status rules are CPython's: 0, 1 after a traceback, or what a
 * SystemExit carries (None: 0, an int: itself, anything else: printed to
 * stderr, 1). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "bytes.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "exc.h"
#include "fileobject.h"
#include "finalize.h"
#include "gil.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "module.h"
#include "names.h"
#include "range.h"
#include "runtime.h"
#include "set.h"
#include "signals.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

static int runtime_ready(Type *t) {
    if (t->flags & TYPE_READY) return 0;
    return type_ready(t);
}

/* Every built-in type, in dependency order. */
static int runtime_init_types(void) {
    if (type_init_types() < 0 || str_init_types() < 0 || names_init() < 0 ||
        int_init_types() < 0 || bytes_init_types() < 0 || tuple_init_types() < 0 ||
        list_init_types() < 0 || dict_init_types() < 0 || set_init_types() < 0 ||
        range_init_types() < 0 || iterobject_init_types() < 0 || exc_init_types() < 0 ||
        eval_init_types() < 0)
        return -1;
    Type *rest[] = {
        &function_type, &builtin_function_type, &method_type, &code_type, &cell_type,
        &generator_type, &staticmethod_type, &classmethod_type, &property_type, &super_type,
        &traceback_type, &module_type,
    };
    for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
        if (runtime_ready(rest[i]) < 0) return -1;
    return fileobject_init_types();
}

/* A list of str from C strings. */
static Value runtime_str_list(int n, char **items) {
    Value list = list_new(0);
    for (int i = 0; i < n; i++) {
        Value s = str_from_cstr(items[i]);
        int rc = s == VAL_NULL ? -1 : list_append(list, s);
        XDECREF(s);
        if (rc < 0) {
            DECREF(list);
            return VAL_NULL;
        }
    }
    return list;
}

static int runtime_path_append(Value path, const char *dir, size_t len) {
    Value s = str_from_utf8(dir, len);
    int rc = s == VAL_NULL ? -1 : list_append(path, s);
    XDECREF(s);
    return rc;
}

/* sys.path[0]: the script's directory; '' (the current directory) for -c,
 * stdin and no script; the current directory's full path for -m. */
static int runtime_path0(Value path, const char *argv0) {
    char buf[PATH_MAX];
    if (argv0 == NULL || argv0[0] == '\0' || strcmp(argv0, "-c") == 0 || strcmp(argv0, "-") == 0)
        return runtime_path_append(path, "", 0);
    if (strcmp(argv0, "-m") == 0) {
        const char *cwd = getcwd(buf, sizeof buf);
        return runtime_path_append(path, cwd ? cwd : "", cwd ? strlen(cwd) : 0);
    }
    if (realpath(argv0, buf) == NULL) return runtime_path_append(path, "", 0);
    char *slash = strrchr(buf, '/');
    return runtime_path_append(path, buf, slash == buf ? 1 : (size_t)(slash - buf));
}

/* sys.path: path[0], then each non-empty entry of BATONPATH (colon-separated). */
static Value runtime_make_path(const char *argv0) {
    Value path = list_new(0);
    if (runtime_path0(path, argv0) < 0) goto fail;
    const char *env = getenv("BATONPATH");
    while (env != NULL && *env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        if (n > 0 && runtime_path_append(path, env, n) < 0) goto fail;
        env = colon ? colon + 1 : NULL;
    }
    return path;
fail:
    DECREF(path);
    return VAL_NULL;
}

static int runtime_init_streams(void) {
    interp_main.std_in = fileobject_from_fd(0, "<stdin>", "r", false);
    interp_main.std_out = fileobject_from_fd(1, "<stdout>", "w", isatty(1));
    interp_main.std_err = fileobject_from_fd(2, "<stderr>", "w", true);
    return interp_main.std_in && interp_main.std_out && interp_main.std_err ? 0 : -1;
}

/* The empty __main__ module, registered in sys.modules. */
static int runtime_init_main(void) {
    Value m = module_new_cstr("__main__");
    if (m == VAL_NULL) return -1;
    interp_main.main_module = m;
    if (dict_set(MODULE_DICT(m), names.__builtins__, interp_main.builtins_module) < 0) return -1;
    return dict_set(interp_main.modules, names.__main__, m);
}

/* Modules: builtins (sets interp_main.builtins), sys if cli/ registered it. */
static int runtime_init_modules(int argc, char **argv) {
    interp_main.modules = dict_new();
    import_register_builtin(&builtins_module_def);
    Value b = import_module_cstr("builtins");
    if (b == VAL_NULL) return -1;
    DECREF(b);
    if (runtime_init_streams() < 0) return -1;
    char *empty[] = {""};
    interp_main.argv = argc > 0 ? runtime_str_list(argc, argv) : runtime_str_list(1, empty);
    interp_main.path = runtime_make_path(argc > 0 ? argv[0] : NULL);
    if (interp_main.argv == VAL_NULL || interp_main.path == VAL_NULL) return -1;
    if (import_has_builtin("sys")) {
        interp_main.sys_module = import_module_cstr("sys");
        if (interp_main.sys_module == VAL_NULL) return -1;
    }
    return runtime_init_main();
}

/* The main thread takes the GIL before anything else touches an object;
 * it holds it from here on except while blocked (see gil.h). */
static void runtime_init_threads(void) {
    gil_init();
    ThreadState *ts = thread_state_new();
    GIL_ACQUIRE(ts);
    gil_set_thread_name(ts, "MainThread");
    signals_init();
}

int runtime_init(int argc, char **argv) {
    if (thread_current() == NULL) runtime_init_threads();
    if (runtime_init_types() < 0 || runtime_init_modules(argc, argv) < 0) {
        if (err_occurred()) err_print();
        else fprintf(stderr, "baton: start-up failed\n");
        return -1;
    }
    return 0;
}

/* Flushes a stream object that may not be one of baton's files. */
static void runtime_flush_stream(const char *name) {
    if (interp_main.sys_module == VAL_NULL) return;
    Value f = dict_get_cstr(MODULE_DICT(interp_main.sys_module), name);
    if (f == VAL_NULL || IS_NONE(f)) {
        err_clear();
        return;
    }
    Value r = obj_call_method(f, "flush", NULL, 0);
    if (r == VAL_NULL) err_clear();
    XDECREF(r);
}

/* As CPython does at exit: if threading was imported, wait for every
 * non-daemon thread (threading._shutdown). Daemon threads keep running
 * until runtime_finalize closes the GIL to them. */
static void runtime_wait_for_threads(void) {
    Value threading = dict_get_cstr(interp_main.modules, "threading");
    if (threading == VAL_NULL) {
        err_clear();
        return;
    }
    Value r = obj_call_method(threading, "_shutdown", NULL, 0);
    if (r == VAL_NULL) err_print();
    XDECREF(r);
}

/* --gil-stats, --gil-timeline and --gil-trace=FILE report at exit. */
static void runtime_gil_reports(void) {
    GilConfig *cfg = &interp_main.gil;
    if (cfg->stats) gil_stats_print(stderr);
    if (cfg->timeline) {
        Value chart = gil_timeline(72);
        if (chart != VAL_NULL) fputs(str_cstr(chart), stderr);
        XDECREF(chart);
    }
    if (cfg->trace_path) {
        gil_trace_stop();
        if (gil_trace_write_json(cfg->trace_path) < 0)
            fprintf(stderr, "baton: cannot write the GIL trace to %s: %s\n", cfg->trace_path, strerror(errno));
        else
            fprintf(stderr, "baton: GIL trace written to %s (open it in Perfetto or chrome://tracing)\n",
                    cfg->trace_path);
    }
}

/* CPython 3.11's order: join the non-daemon threads; shut every other
 * thread out of the GIL for good (a daemon thread parks the next time it
 * asks for it, so it never sees the teardown); flush sys.stdout and
 * sys.stderr; tear the modules down (finalize.c: the __del__ methods of
 * what they hold run, their output lands in baton's own streams); flush
 * those. */
void runtime_finalize(void) {
    runtime_wait_for_threads();
    gil_begin_shutdown(thread_current());
    runtime_flush_stream("stdout");
    runtime_flush_stream("stderr");
    finalize_interpreter();
    fileobject_flush_std();
    fflush(stdout);
    runtime_gil_reports();
}

/* The exit status a SystemExit asks for (its message printed if it is not
 * an int or None). */
static int runtime_exit_status(Value exc) {
    Value code = obj_getattr_cstr(exc, "code");
    if (code == VAL_NULL) {
        err_clear();
        return 1;
    }
    int status = 1;
    int64_t i;
    if (IS_NONE(code)) {
        status = 0;
    } else if (IS_INT(code)) {
        status = int_as_i64(code, &i) < 0 ? -1 : (int)i;
        err_clear();
    } else {
        Value s = obj_str(code);
        fileobject_flush_std();
        if (s != VAL_NULL) fprintf(stderr, "%s\n", str_cstr(s));
        else err_clear();
        XDECREF(s);
    }
    DECREF(code);
    return status;
}

int runtime_handle_exit_exception(void) {
    if (!err_occurred()) return 0;
    if (err_matches(&exc_SystemExit)) {
        Value exc = err_fetch();
        int status = runtime_exit_status(exc);
        DECREF(exc);
        return status;
    }
    runtime_flush_stream("stdout");
    fileobject_flush_std();
    err_print();
    return 1;
}

/* Runs an exec_source result: 0, or the status of the exception it raised. */
static int runtime_finish_main(Value m) {
    if (m == VAL_NULL) return runtime_handle_exit_exception();
    DECREF(m);
    return 0;
}

/* The script's name as CPython reports it: relative paths get the current
 * directory in front (not normalised). */
static void runtime_script_path(const char *path, char *out, size_t size) {
    char cwd[PATH_MAX];
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL) snprintf(out, size, "%s", path);
    else snprintf(out, size, "%s/%s", cwd, path);
}

int runtime_run_file(const char *path) {
    char full[2 * PATH_MAX];
    runtime_script_path(path, full, sizeof full);
    size_t len;
    char *src = import_read_source(path, &len);
    if (src == NULL) {
        int e = errno;
        fileobject_flush_std();
        fprintf(stderr, "baton: can't open file '%s': [Errno %d] %s\n", full, e, strerror(e));
        return 2;
    }
    Value m = import_exec_source("__main__", src, len, full);
    mem_free(src);
    return runtime_finish_main(m);
}

int runtime_run_string(const char *src, const char *filename) {
    return runtime_finish_main(import_exec_source("__main__", src, strlen(src), filename));
}

/* -m: a module that cannot be found is reported as CPython does
 * ("baton: No module named x", status 1), without a traceback; errors from
 * the module's own body (which carry a traceback) are reported as usual. */
int runtime_run_module(const char *name) {
    Value m = import_run_main(name);
    if (m != VAL_NULL || !err_matches(&exc_ImportError)) return runtime_finish_main(m);
    Value exc = err_fetch();
    if (((ExcObj *)AS_OBJ(exc))->traceback != VAL_NULL) {
        err_restore(exc);
        return runtime_handle_exit_exception();
    }
    Value msg = obj_str(exc);
    fileobject_flush_std();
    fprintf(stderr, "baton: %s\n", msg != VAL_NULL ? str_cstr(msg) : name);
    if (msg == VAL_NULL) err_clear();
    XDECREF(msg);
    DECREF(exc);
    return 1;
}
