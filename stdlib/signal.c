/* signal.c - the `signal` module: Python handlers for OS signals, run in the
 * main thread (vm/signals.c does the work). */
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "thread_module.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "signals.h"
#include "thread.h"

static Value default_int_handler_obj;   /* the module's default_int_handler */

static int parse_signum(Value v, int *out) {
    int64_t n;
    if (!IS_INT(v)) {
        err_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(v));
        return -1;
    }
    if (int_as_i64(v, &n) < 0) return -1;
    if (n < 1 || n >= SIGNALS_MAX) {
        err_set_str(&exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* Python's view of a stored handler: VAL_NULL means default_int_handler. */
static Value handler_as_python(Value h) {
    return NEWREF(h == VAL_NULL ? default_int_handler_obj : h);
}

static Value signal_signal(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    int signum;
    if (args_count("signal", nargs, 2, 2) < 0 || parse_signum(args[0], &signum) < 0) return VAL_NULL;
    Value handler = args[1];
    if (thread_current() != interp_main.main_thread)
        return err_set_str(&exc_ValueError, "signal only works in main thread of the main interpreter");
    bool is_disposition = handler == FROM_SMALLINT(0) || handler == FROM_SMALLINT(1);
    if (!is_disposition) {
        int callable = TYPE_OF(handler)->call != NULL;
        if (!callable)
            return err_set_str(&exc_TypeError,
                               "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    if (signum == SIGKILL || signum == SIGSTOP) return err_from_errno(&exc_OSError, EINVAL, NULL);
    Value old = handler_as_python(signals_get_handler(signum));
    if (signals_set_handler(signum, handler == default_int_handler_obj ? VAL_NULL : handler) < 0) {
        DECREF(old);
        return VAL_NULL;
    }
    return old;
}

static Value signal_getsignal(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    int signum;
    if (args_count("getsignal", nargs, 1, 1) < 0 || parse_signum(args[0], &signum) < 0) return VAL_NULL;
    return handler_as_python(signals_get_handler(signum));
}

static Value signal_default_int_handler(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return err_set_none(&exc_KeyboardInterrupt);
}

/* raise_signal(signum): deliver to this process; a Python handler runs at
 * once if this is the main thread. */
static Value signal_raise_signal(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    int signum;
    if (args_count("raise_signal", nargs, 1, 1) < 0 || parse_signum(args[0], &signum) < 0) return VAL_NULL;
    if (raise(signum) != 0) return err_from_errno(&exc_OSError, errno, NULL);
    if (signals_check() < 0) return VAL_NULL;
    return VAL_NONE;
}

static Value signal_alarm(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    int64_t seconds;
    if (args_count("alarm", nargs, 1, 1) < 0 || int_as_i64(args[0], &seconds) < 0) return VAL_NULL;
    return int_from_i64(alarm((unsigned)seconds));
}

static const MethodDef signal_functions[] = {
    {"signal", signal_signal, 0},
    {"getsignal", signal_getsignal, 0},
    {"raise_signal", signal_raise_signal, 0},
    {"alarm", signal_alarm, 0},
    {NULL, NULL, 0},
};

static const MethodDef default_int_handler_def = {"default_int_handler", signal_default_int_handler, 0};

static int signal_module_init(Value module) {
    static const struct { const char *name; int num; } constants[] = {
        {"SIGINT", SIGINT}, {"SIGTERM", SIGTERM}, {"SIGHUP", SIGHUP}, {"SIGQUIT", SIGQUIT},
        {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGUSR2", SIGUSR2}, {"SIGALRM", SIGALRM},
        {"SIGCHLD", SIGCHLD}, {"SIGPIPE", SIGPIPE}, {"SIGSTOP", SIGSTOP}, {"SIGCONT", SIGCONT},
        {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", SIGNALS_MAX},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (module_add(module, constants[i].name, FROM_SMALLINT(constants[i].num)) < 0) return -1;
    if (default_int_handler_obj == VAL_NULL)
        default_int_handler_obj = builtin_new(&default_int_handler_def, VAL_NULL, NULL);
    return module_add(module, "default_int_handler", default_int_handler_obj);
}

const ModuleDef signal_module_def = {"signal", signal_functions, signal_module_init, NULL};
