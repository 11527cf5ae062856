/* thread.c - the `_thread` module: OS threads and the lock primitive that
 * `threading` (stdlib/threading.py) builds everything else on.
 *
 * A lock is a POSIX semaphore with value 1 (unlocked) or 0 (locked): any
 * thread may release it, as Python's locks allow, and sem_wait returns EINTR
 * when a signal arrives, so a main thread blocked in acquire() sees Ctrl-C.
 * Every wait happens with the GIL released (GIL_RELEASE ... GIL_ACQUIRE).
 *
 * A new thread gets its ThreadState from its creator (which holds the GIL and
 * links the state into the interpreter), blocks the asynchronous signals so
 * they go to the main thread, takes the GIL, runs the callable, and at the
 * end unlinks its state with the GIL held, then releases the GIL for good. */
#include <errno.h>
#include <math.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>

#include "thread_module.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "gil.h"
#include "int.h"
#include "float.h"
#include "frame.h"
#include "module.h"
#include "signals.h"
#include "str.h"
#include "tuple.h"

typedef struct {
    Obj hdr;
    sem_t sem;
} LockObj;

typedef struct {
    Obj hdr;
    sem_t sem;
    unsigned long owner;   /* ident of the owning thread, 0 when free */
    unsigned long count;   /* recursion depth of the owner */
} RLockObj;

static Type lock_type, rlock_type;

/* As CPython, a timeout is a signed 64-bit count of nanoseconds: larger ones
 * overflow; TIMEOUT_MAX is the whole seconds below that. */
#define THREAD_TIMEOUT_LIMIT 9223372036.854775
#define THREAD_TIMEOUT_MAX 9223372036.0
static atomic_int thread_count;   /* threads started by _thread and still running */

/* ---- waiting ---- */

static struct timespec deadline_after(double seconds) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double whole = floor(seconds);
    long nsec = now.tv_nsec + (long)((seconds - whole) * 1e9);
    struct timespec abs = {now.tv_sec + (time_t)whole + nsec / 1000000000L, nsec % 1000000000L};
    return abs;
}

/* Takes sem, waiting at most timeout seconds (< 0: forever) with the GIL
 * released. 1 acquired, 0 timed out, -1 a signal handler raised. */
static int sem_wait_released(sem_t *sem, double timeout) {
    if (sem_trywait(sem) == 0) return 1;
    if (timeout == 0) return 0;
    struct timespec deadline = timeout > 0 ? deadline_after(timeout) : (struct timespec){0, 0};
    ThreadState *ts = thread_current();
    for (;;) {
        GIL_RELEASE(ts);
        /* no Value may be touched until GIL_ACQUIRE */
        int rc = timeout < 0 ? sem_wait(sem) : sem_clockwait(sem, CLOCK_MONOTONIC, &deadline);
        int err = errno;
        GIL_ACQUIRE(ts);
        if (rc == 0) return 1;
        if (err == ETIMEDOUT) return 0;
        if (err == EINTR && signals_check() < 0) return -1;
    }
}

/* acquire(blocking=True, timeout=-1) arguments -> timeout in seconds (-1 forever). */
static int parse_acquire_args(const char *fname, Value *args, size_t nargs, Value kwnames,
                              double *timeout) {
    Value blocking = VAL_NULL, tmo = VAL_NULL;
    if (args_parse(fname, args + 1, nargs - 1, kwnames, "|blocking,timeout", &blocking, &tmo) < 0)
        return -1;
    int block = 1;
    if (blocking != VAL_NULL && (block = obj_truthy(blocking)) < 0) return -1;
    *timeout = -1;
    if (tmo != VAL_NULL && float_as_double(tmo, timeout) < 0) return -1;
    if (isnan(*timeout)) {
        err_set_str(&exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    if (*timeout > THREAD_TIMEOUT_LIMIT) {
        err_set_str(&exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    if (!block && *timeout != -1) {
        err_set_str(&exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (*timeout < 0 && *timeout != -1) {
        err_set_str(&exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (!block) *timeout = 0;
    return 0;
}

/* ---- Lock ---- */

static Value lock_new_obj(void) {
    LockObj *l = (LockObj *)obj_alloc(&lock_type);
    sem_init(&l->sem, 0, 1);
    return OBJ_VAL(l);
}

static Value lock_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)type; (void)args;
    if (args_count("lock", nargs, 0, 0) < 0 || args_no_kw("lock", kwnames) < 0) return VAL_NULL;
    return lock_new_obj();
}

static void lock_dealloc(Obj *o) {
    sem_destroy(&((LockObj *)o)->sem);
    obj_free(o);
}

#define LOCK_SEM(v) (&((LockObj *)AS_OBJ(v))->sem)

static bool sem_is_locked(sem_t *sem) {
    int value;
    sem_getvalue(sem, &value);
    return value == 0;
}

static Value lock_acquire(Value *args, size_t nargs, Value kwnames) {
    double timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) return VAL_NULL;
    int got = sem_wait_released(LOCK_SEM(args[0]), timeout);
    return got < 0 ? VAL_NULL : VAL_BOOL(got);
}

static Value lock_release(Value *args, size_t nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    sem_t *sem = LOCK_SEM(args[0]);
    if (!sem_is_locked(sem)) return err_set_str(&exc_RuntimeError, "release unlocked lock");
    sem_post(sem);
    return VAL_NONE;
}

static Value lock_locked(Value *args, size_t nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return VAL_BOOL(sem_is_locked(LOCK_SEM(args[0])));
}

static Value lock_exit(Value *args, size_t nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return lock_release(args, 1, VAL_NULL) == VAL_NULL ? VAL_NULL : VAL_FALSE;
}

static Value lock_repr(Value self) {
    return str_printf("<%s _thread.lock object at %p>",
                      sem_is_locked(LOCK_SEM(self)) ? "locked" : "unlocked", (void *)AS_OBJ(self));
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0},
    {"acquire_lock", lock_acquire, 0},
    {"__enter__", lock_acquire, 0},
    {"release", lock_release, 0},
    {"release_lock", lock_release, 0},
    {"__exit__", lock_exit, 0},
    {"locked", lock_locked, 0},
    {"locked_lock", lock_locked, 0},
    {NULL, NULL, 0},
};

static Type lock_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "lock",
    .basicsize = sizeof(LockObj),
    .new_ = lock_new,
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
};

/* ---- RLock: a lock the owning thread may take again ---- */

#define RLOCK(v) ((RLockObj *)AS_OBJ(v))

static Value rlock_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)type; (void)args; (void)nargs; (void)kwnames;
    RLockObj *r = (RLockObj *)obj_alloc(&rlock_type);
    sem_init(&r->sem, 0, 1);
    return OBJ_VAL(r);
}

static void rlock_dealloc(Obj *o) {
    sem_destroy(&((RLockObj *)o)->sem);
    obj_free(o);
}

static Value rlock_acquire(Value *args, size_t nargs, Value kwnames) {
    double timeout;
    if (parse_acquire_args("acquire", args, nargs, kwnames, &timeout) < 0) return VAL_NULL;
    RLockObj *r = RLOCK(args[0]);
    unsigned long me = thread_current()->ident;
    if (r->count > 0 && r->owner == me) {
        r->count++;
        return VAL_TRUE;
    }
    int got = sem_wait_released(&r->sem, timeout);
    if (got < 0) return VAL_NULL;
    if (got) {
        r->owner = me;
        r->count = 1;
    }
    return VAL_BOOL(got);
}

static Value rlock_release(Value *args, size_t nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    RLockObj *r = RLOCK(args[0]);
    if (r->count == 0 || r->owner != thread_current()->ident)
        return err_set_str(&exc_RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        sem_post(&r->sem);
    }
    return VAL_NONE;
}

static Value rlock_exit(Value *args, size_t nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    return rlock_release(args, 1, VAL_NULL) == VAL_NULL ? VAL_NULL : VAL_FALSE;
}

static Value rlock_is_owned(Value *args, size_t nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    RLockObj *r = RLOCK(args[0]);
    return VAL_BOOL(r->count > 0 && r->owner == thread_current()->ident);
}

/* Condition.wait support: give the lock up entirely, returning its state. */
static Value rlock_release_save(Value *args, size_t nargs, Value kwnames) {
    (void)nargs; (void)kwnames;
    RLockObj *r = RLOCK(args[0]);
    if (r->count == 0) return err_set_str(&exc_RuntimeError, "cannot release un-acquired lock");
    Value state = tuple_pack_steal(2, int_from_u64(r->count), int_from_u64(r->owner));
    r->count = 0;
    r->owner = 0;
    sem_post(&r->sem);
    return state;
}

static Value rlock_acquire_restore(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_count("_acquire_restore", nargs, 2, 2) < 0) return VAL_NULL;
    RLockObj *r = RLOCK(args[0]);
    Value state = args[1];
    int64_t count, owner;
    if (!IS_TUPLE(state) || TUPLE_LEN(state) != 2 || int_as_i64(TUPLE_GET(state, 0), &count) < 0 ||
        int_as_i64(TUPLE_GET(state, 1), &owner) < 0)
        return err_set_str(&exc_TypeError, "_acquire_restore() argument must be a state tuple");
    if (sem_wait_released(&r->sem, -1) < 0) return VAL_NULL;
    r->count = (unsigned long)count;
    r->owner = (unsigned long)owner;
    return VAL_NONE;
}

static Value rlock_repr(Value self) {
    RLockObj *r = RLOCK(self);
    return str_printf("<%s _thread.RLock object owner=%lu count=%lu at %p>",
                      r->count ? "locked" : "unlocked", r->owner, r->count, (void *)r);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0},
    {"__enter__", rlock_acquire, 0},
    {"release", rlock_release, 0},
    {"__exit__", rlock_exit, 0},
    {"_is_owned", rlock_is_owned, 0},
    {"_release_save", rlock_release_save, 0},
    {"_acquire_restore", rlock_acquire_restore, 0},
    {NULL, NULL, 0},
};

static Type rlock_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "RLock",
    .basicsize = sizeof(RLockObj),
    .new_ = rlock_new,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .methods = rlock_methods,
};

/* ---- threads ---- */

typedef struct {
    ThreadState *ts;
    Value func, args, kwargs;  /* owned; kwargs may be VAL_NULL */
} ThreadBoot;

/* func(*args, **kwargs) with the vector convention. */
static Value call_with_tuple_and_dict(Value func, Value args, Value kwargs) {
    size_t npos = TUPLE_LEN(args), nkw = kwargs != VAL_NULL ? DICT_LEN(kwargs) : 0;
    Value *vec = mem_alloc((npos + nkw + 1) * sizeof *vec);
    for (size_t i = 0; i < npos; i++) vec[i] = TUPLE_GET(args, i);
    Value kwnames = VAL_NULL;
    if (nkw) {
        kwnames = tuple_new(nkw);
        size_t pos = 0, i = 0;
        Value k, v;
        while (dict_next(kwargs, &pos, &k, &v)) {
            TUPLE_SET(kwnames, i, NEWREF(k));
            vec[npos + i++] = v;
        }
    }
    Value r = obj_call(func, vec, npos, kwnames);
    XDECREF(kwnames);
    mem_free(vec);
    return r;
}

/* Writes text to sys.stderr, ignoring any failure (there is nobody to
 * report it to). */
static void write_sys_stderr(Value text) {
    Value err = interp_main.sys_module != VAL_NULL ? obj_getattr_cstr(interp_main.sys_module, "stderr") : VAL_NULL;
    if (err != VAL_NULL && !IS_NONE(err)) {
        Value r = obj_call_method(err, "write", &text, 1);
        XDECREF(r);
    }
    XDECREF(err);
    err_clear();
}

/* An exception that escapes a _thread-level function is reported as CPython
 * does ("Exception ignored in thread started by: FUNC" and the traceback)
 * and the thread ends; SystemExit ends it quietly. */
static void report_thread_exception(Value func) {
    if (err_matches(&exc_SystemExit)) {
        err_clear();
        return;
    }
    Value exc = err_fetch();
    Value r = obj_repr(func);
    if (r == VAL_NULL) err_clear();
    Value header = str_printf("Exception ignored in thread started by: %s\n", r ? str_cstr(r) : "?");
    XDECREF(r);
    if (header != VAL_NULL) write_sys_stderr(header);
    XDECREF(header);
    err_clear();
    err_print_exc(exc);
    DECREF(exc);
}

/* ---- threading.local storage ----
 *
 * A threading.local keeps a map (its "dicts") from a thread key to that
 * thread's attribute dict. The key of a thread is the address of its
 * ts->local_dicts, which maps id(dicts) -> dicts for every local the thread
 * has touched. When the thread ends it deletes its key from each of those
 * maps, so a later thread that reuses the address (or the ident, which the
 * OS reuses) never sees a dead thread's attributes. */

static Value local_thread_key(ThreadState *ts) {
    if (ts->local_dicts == VAL_NULL) ts->local_dicts = dict_new();
    return int_from_u64((uintptr_t)AS_OBJ(ts->local_dicts));
}

/* Records in ts->local_dicts that this thread has an entry in dicts. */
static int local_remember(ThreadState *ts, Value dicts) {
    Value map_id = int_from_u64((uintptr_t)AS_OBJ(dicts));
    int rc = dict_set(ts->local_dicts, map_id, dicts);
    DECREF(map_id);
    return rc;
}

static int local_dicts_arg(const char *fname, Value *args, size_t nargs) {
    if (args_count(fname, nargs, 1, 1) < 0) return -1;
    if (!IS_DICT(args[0])) {
        err_format(&exc_TypeError, "%s() needs a dict, not %T", fname, args[0]);
        return -1;
    }
    return 0;
}

/* _local_get(dicts): the calling thread's attribute dict in a local's map,
 * or None if this thread has not touched that local yet. */
static Value thread_local_get(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (local_dicts_arg("_local_get", args, nargs) < 0) return VAL_NULL;
    Value key = local_thread_key(thread_current());
    Value d = dict_get(args[0], key);
    DECREF(key);
    return NEWREF(d != VAL_NULL ? d : VAL_NONE);
}

/* _local_new(dicts): a fresh attribute dict for the calling thread. */
static Value thread_local_new(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (local_dicts_arg("_local_new", args, nargs) < 0) return VAL_NULL;
    ThreadState *ts = thread_current();
    Value key = local_thread_key(ts);
    Value d = dict_new();
    int rc = dict_set(args[0], key, d) < 0 ? -1 : local_remember(ts, args[0]);
    DECREF(key);
    if (rc < 0) {
        DECREF(d);
        return VAL_NULL;
    }
    return d;
}

/* At thread end (GIL held): remove the thread's entry from every local. */
static void local_forget_thread(ThreadState *ts) {
    if (ts->local_dicts == VAL_NULL) return;
    Value key = local_thread_key(ts);
    size_t pos = 0;
    Value map_id, dicts;
    while (dict_next(ts->local_dicts, &pos, &map_id, &dicts))
        if (dict_del(dicts, key) < 0) err_clear();
    DECREF(key);
}

static void *thread_bootstrap(void *arg) {
    ThreadBoot *boot = arg;
    ThreadState *ts = boot->ts;
    GIL_ACQUIRE(ts);
    thread_state_bind(ts);
    Value r = call_with_tuple_and_dict(boot->func, boot->args, boot->kwargs);
    if (r == VAL_NULL) report_thread_exception(boot->func);
    XDECREF(r);
    DECREF(boot->func);
    DECREF(boot->args);
    XDECREF(boot->kwargs);
    mem_free(boot);
    atomic_fetch_sub(&thread_count, 1);
    local_forget_thread(ts);
    thread_state_unlink(ts);
    frame_cache_clear();   /* this thread's spare frames: nobody else can use them */
    gil_thread_exit(ts);   /* releases the GIL */
    /* the GIL is gone for good: ts is no longer reachable by anyone */
    thread_state_free(ts);
    return NULL;
}

static Value thread_start_new_thread(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_count("start_new_thread", nargs, 2, 3) < 0) return VAL_NULL;
    /* A thread started by a finalizer at exit would park at once, and
     * Thread.start() would wait for it forever: CPython 3.12's error instead
     * of 3.11's hang. */
    if (gil_shutdown_started())
        return err_set_str(&exc_RuntimeError, "can't create new thread at interpreter shutdown");
    Value func = args[0], targs = args[1], kwargs = nargs > 2 ? args[2] : VAL_NULL;
    if (!IS_TUPLE(targs)) return err_set_str(&exc_TypeError, "2nd arg must be a tuple");
    if (kwargs != VAL_NULL && !IS_DICT(kwargs))
        return err_set_str(&exc_TypeError, "optional 3rd arg must be a dictionary");
    ThreadBoot *boot = mem_alloc(sizeof *boot);
    *boot = (ThreadBoot){thread_state_prepare(), NEWREF(func), NEWREF(targs), VAL_NULL};
    XINCREF(kwargs);
    boot->kwargs = kwargs;
    atomic_fetch_add(&thread_count, 1);
    pthread_t tid;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, CONFIG_THREAD_STACK_SIZE);
    sigset_t saved;
    signals_block_async(&saved);
    int rc = pthread_create(&tid, &attr, thread_bootstrap, boot);
    signals_restore_mask(&saved);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        atomic_fetch_sub(&thread_count, 1);
        thread_state_unlink(boot->ts);
        thread_state_free(boot->ts);
        DECREF(boot->func);
        DECREF(boot->args);
        XDECREF(boot->kwargs);
        mem_free(boot);
        return err_set_str(&exc_RuntimeError, "can't start new thread");
    }
    return int_from_u64((unsigned long)tid);
}

static Value thread_allocate_lock(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)kwnames;
    if (args_count("allocate_lock", nargs, 0, 0) < 0) return VAL_NULL;
    return lock_new_obj();
}

static Value thread_get_ident(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return int_from_u64(thread_current()->ident);
}

static Value thread_get_native_id(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return int_from_i64(thread_current()->native_id);
}

static Value thread_exit(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return err_set_none(&exc_SystemExit);
}

static Value thread_count_fn(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return int_from_i64(atomic_load(&thread_count));
}

/* _set_name(name): the calling thread's name in GIL statistics and traces. */
static Value thread_set_name(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_count("_set_name", nargs, 1, 1) < 0) return VAL_NULL;
    if (!IS_STR(args[0])) return err_format(&exc_TypeError, "name must be str, not %T", args[0]);
    gil_set_thread_name(thread_current(), str_cstr(args[0]));
    return VAL_NONE;
}

/* _set_thread_object(obj): the threading.Thread of the calling thread. */
static Value thread_set_thread_object(Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_count("_set_thread_object", nargs, 1, 1) < 0) return VAL_NULL;
    ThreadState *ts = thread_current();
    SETREF(ts->thread_obj, NEWREF(args[0]));
    return VAL_NONE;
}

static Value thread_get_thread_object(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    Value obj = thread_current()->thread_obj;
    return NEWREF(obj != VAL_NULL ? obj : VAL_NONE);
}

static Value thread_is_main(Value *args, size_t nargs, Value kwnames) {
    (void)args; (void)nargs; (void)kwnames;
    return VAL_BOOL(thread_current() == interp_main.main_thread);
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new_thread, 0},
    {"start_new", thread_start_new_thread, 0},
    {"allocate_lock", thread_allocate_lock, 0},
    {"allocate", thread_allocate_lock, 0},
    {"get_ident", thread_get_ident, 0},
    {"get_native_id", thread_get_native_id, 0},
    {"exit", thread_exit, 0},
    {"_count", thread_count_fn, 0},
    {"_set_name", thread_set_name, 0},
    {"_set_thread_object", thread_set_thread_object, 0},
    {"_get_thread_object", thread_get_thread_object, 0},
    {"_is_main_thread", thread_is_main, 0},
    {"_local_get", thread_local_get, 0},
    {"_local_new", thread_local_new, 0},
    {NULL, NULL, 0},
};

static int thread_module_init(Value module) {
    if (type_ready(&lock_type) < 0 || type_ready(&rlock_type) < 0) return -1;
    if (module_add(module, "LockType", OBJ_VAL(&lock_type)) < 0) return -1;
    if (module_add(module, "lock", OBJ_VAL(&lock_type)) < 0) return -1;
    if (module_add(module, "RLock", OBJ_VAL(&rlock_type)) < 0) return -1;
    if (module_add(module, "error", OBJ_VAL(&exc_RuntimeError)) < 0) return -1;
    Value tmax = float_from_double(THREAD_TIMEOUT_MAX);
    int rc = module_add(module, "TIMEOUT_MAX", tmax);
    DECREF(tmax);
    return rc;
}

const ModuleDef thread_module_def = {"_thread", thread_functions, thread_module_init, NULL};
