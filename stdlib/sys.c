/* sys.c - the sys module: the interpreter's state as a program sees it.
 *
 * argv, path and modules are the interpreter's own objects (interp_main), so
 * changing them from Python changes what import and the runtime see. The
 * switch and check intervals are stored in interp_main.gil for the GIL. */
#include <limits.h>
#include <stdint.h>
#include <unistd.h>

#include "dict.h"
#include "error.h"
#include "gil.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "module.h"
#include "registry.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

/* exit([status]): raise SystemExit(status). */
static Value sys_exit(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("exit", kwnames) < 0) return VAL_NULL;
    if (nargs > 1) return err_format(&exc_TypeError, "exit expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return err_set_none(&exc_SystemExit);
    Value t = tuple_pack(1, args[0]);
    Value exc = exc_new(&exc_SystemExit, t);
    DECREF(t);
    if (exc == VAL_NULL) return VAL_NULL;
    err_set_obj(exc);
    DECREF(exc);
    return VAL_NULL;
}

static int sys_one_arg(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    return args_count(fname, nargs, 1, 1);
}

static int sys_no_args(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    return args_count(fname, nargs, 0, 0);
}

static Value sys_getrecursionlimit(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (sys_no_args("getrecursionlimit", nargs, kwnames) < 0) return VAL_NULL;
    return FROM_SMALLINT(interp_main.recursion_limit);
}

/* An int argument that must be >= 1 and fit a C int. */
static int sys_positive_int(Value v, const char *msg, int *out) {
    Value i = obj_index(v);
    if (i == VAL_NULL) return -1;
    int64_t n;
    int rc = int_as_i64(i, &n);
    DECREF(i);
    if (rc < 0) return -1;
    if (n < 1) {
        err_set_str(&exc_ValueError, msg);
        return -1;
    }
    if (n > INT_MAX) {
        err_set_str(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)n;
    return 0;
}

static Value sys_setrecursionlimit(Value *args, size_t nargs, Value kwnames) {
    int n;
    if (sys_one_arg("setrecursionlimit", nargs, kwnames) < 0 ||
        sys_positive_int(args[0], "recursion limit must be greater or equal than 1", &n) < 0)
        return VAL_NULL;
    int depth = thread_current()->recursion_depth;
    if (n <= depth)
        return err_format(&exc_RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                          n, depth);
    interp_main.recursion_limit = n;
    return NEWREF(VAL_NONE);
}

static Value sys_getswitchinterval(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (sys_no_args("getswitchinterval", nargs, kwnames) < 0) return VAL_NULL;
    return float_from_double(interp_main.gil.switch_interval);
}

/* Stored as a whole number of microseconds (at least one), as CPython does. */
static Value sys_setswitchinterval(Value *args, size_t nargs, Value kwnames) {
    double d;
    if (sys_one_arg("setswitchinterval", nargs, kwnames) < 0 || float_as_double(args[0], &d) < 0)
        return VAL_NULL;
    if (!(d > 0.0)) return err_set_str(&exc_ValueError, "switch interval must be strictly positive");
    if (d * 1e6 > (double)UINT32_MAX) return err_set_str(&exc_OverflowError, "switch interval is too large");
    double us = (double)(uint32_t)(d * 1e6);
    gil_set_switch_interval((us < 1.0 ? 1.0 : us) / 1e6);
    return NEWREF(VAL_NONE);
}

static Value sys_getcheckinterval(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (sys_no_args("getcheckinterval", nargs, kwnames) < 0) return VAL_NULL;
    return FROM_SMALLINT(interp_main.gil.check_interval);
}

/* baton's (CPython 2's) check interval: bytecodes between GIL checks in the
 * ticks policy. */
static Value sys_setcheckinterval(Value *args, size_t nargs, Value kwnames) {
    int n;
    if (sys_one_arg("setcheckinterval", nargs, kwnames) < 0 ||
        sys_positive_int(args[0], "check interval must be greater or equal than 1", &n) < 0)
        return VAL_NULL;
    gil_set_check_interval(n);
    return NEWREF(VAL_NONE);
}

/* excepthook(type, value, traceback): print the exception and its
 * traceback to sys.stderr, as an uncaught exception is printed. */
static Value sys_excepthook(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("excepthook", kwnames) < 0) return VAL_NULL;
    if (nargs != 3)
        return err_format(&exc_TypeError, "excepthook expected 3 arguments, got %zu", nargs);
    if (IS_EXCEPTION(args[1])) err_print_exc(args[1]);
    else if (!IS_NONE(args[1]))
        return err_set_str(&exc_TypeError, "excepthook: the second argument must be an exception");
    return NEWREF(VAL_NONE);
}

/* exc_info(): (type, value, traceback) of the exception being handled. */
static Value sys_exc_info(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (sys_no_args("exc_info", nargs, kwnames) < 0) return VAL_NULL;
    Value e = thread_current()->handled_exc;
    if (e == VAL_NULL || IS_NONE(e)) return tuple_pack(3, VAL_NONE, VAL_NONE, VAL_NONE);
    Value tb = ((ExcObj *)AS_OBJ(e))->traceback;
    return tuple_pack(3, OBJ_VAL(TYPE_OF(e)), e, tb != VAL_NULL ? tb : VAL_NONE);
}

static Value sys_exception(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (sys_no_args("exception", nargs, kwnames) < 0) return VAL_NULL;
    Value e = thread_current()->handled_exc;
    return NEWREF(e != VAL_NULL ? e : VAL_NONE);
}

/* getrefcount(x): the count including the reference the call itself holds,
 * which is what CPython reports. Small ints have no count: a large number,
 * as for CPython's immortal objects. */
static Value sys_getrefcount(Value *args, size_t nargs, Value kwnames) {
    if (sys_one_arg("getrefcount", nargs, kwnames) < 0) return VAL_NULL;
    if (IS_SMALLINT(args[0])) return int_from_i64(IMMORTAL_REFCNT);
    return int_from_i64(AS_OBJ(args[0])->refcnt);
}

static Value sys_intern(Value *args, size_t nargs, Value kwnames) {
    if (sys_one_arg("intern", nargs, kwnames) < 0) return VAL_NULL;
    if (!IS_TYPE(args[0], str_type))
        return err_format(&exc_TypeError, "intern() argument must be str, not %T", args[0]);
    return str_intern(NEWREF(args[0]));
}

static Value sys_getdefaultencoding(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (sys_no_args("getdefaultencoding", nargs, kwnames) < 0) return VAL_NULL;
    return str_from_cstr("utf-8");
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"getswitchinterval", sys_getswitchinterval, 0},
    {"setswitchinterval", sys_setswitchinterval, 0},
    {"getcheckinterval", sys_getcheckinterval, 0},
    {"setcheckinterval", sys_setcheckinterval, 0},
    {"exc_info", sys_exc_info, 0},
    {"excepthook", sys_excepthook, 0},
    {"__excepthook__", sys_excepthook, 0},
    {"exception", sys_exception, 0},
    {"getrefcount", sys_getrefcount, 0},
    {"intern", sys_intern, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"getfilesystemencoding", sys_getdefaultencoding, 0},
    {NULL, NULL, 0},
};

/* sys.implementation: a small module-like namespace with name and version. */
static Value sys_make_implementation(Value version_info) {
    Value impl = module_new_cstr("sys.implementation");
    if (impl == VAL_NULL) return VAL_NULL;
    Value name = str_from_cstr("baton");
    int rc = name == VAL_NULL ? -1 : module_add(impl, "name", name);
    XDECREF(name);
    if (rc < 0 || module_add(impl, "version", version_info) < 0 ||
        module_add(impl, "cache_tag", VAL_NONE) < 0) {
        DECREF(impl);
        return VAL_NULL;
    }
    return impl;
}

/* Adds a new reference under name and drops it (module_add increfs). */
static int sys_add_owned(Value m, const char *name, Value v) {
    if (v == VAL_NULL) return -1;
    int rc = module_add(m, name, v);
    DECREF(v);
    return rc;
}

static Value sys_executable(void) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    return str_from_utf8(buf, n > 0 ? (size_t)n : 0);
}

static int sys_add_streams(Value m) {
    return module_add(m, "stdin", interp_main.std_in) < 0 ||
           module_add(m, "stdout", interp_main.std_out) < 0 ||
           module_add(m, "stderr", interp_main.std_err) < 0 ||
           module_add(m, "__stdin__", interp_main.std_in) < 0 ||
           module_add(m, "__stdout__", interp_main.std_out) < 0 ||
           module_add(m, "__stderr__", interp_main.std_err) < 0 ? -1 : 0;
}

static int sys_init(Value m) {
    Value rel = str_from_cstr("final");
    Value vi = rel == VAL_NULL ? VAL_NULL
             : tuple_pack(5, FROM_SMALLINT(3), FROM_SMALLINT(11), FROM_SMALLINT(7), rel, FROM_SMALLINT(0));
    XDECREF(rel);
    if (vi == VAL_NULL) return -1;
    int rc = module_add(m, "version_info", vi) < 0 ||
             sys_add_owned(m, "implementation", sys_make_implementation(vi)) < 0;
    DECREF(vi);
    if (rc) return -1;
    if (module_add(m, "argv", interp_main.argv) < 0 || module_add(m, "path", interp_main.path) < 0 ||
        module_add(m, "modules", interp_main.modules) < 0 || sys_add_streams(m) < 0 ||
        sys_add_owned(m, "version", str_from_cstr(BATON_PY_VERSION " (baton " BATON_VERSION ")")) < 0 ||
        sys_add_owned(m, "platform", str_from_cstr("linux")) < 0 ||
        sys_add_owned(m, "byteorder", str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0 ||
        sys_add_owned(m, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        sys_add_owned(m, "executable", sys_executable()) < 0)
        return -1;
    return 0;
}

const ModuleDef sys_module_def = {"sys", sys_functions, sys_init, NULL};
