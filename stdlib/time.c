/* time.c - the time module: clocks, sleep, and basic calendar time.
 *
 * struct_time is a read-only 9-item sequence with tm_* attribute names,
 * wrapping a tuple. sleep()'s wait is in time_wait, the one place where
 * the GIL is released. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "error.h"
#include "float.h"
#include "func.h"
#include "gil.h"
#include "int.h"
#include "module.h"
#include "registry.h"
#include "signals.h"
#include "str.h"
#include "tuple.h"

#define TIME_FIELDS 9

static const char *const time_field_names[TIME_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
};

typedef struct { Obj hdr; Value items; } StructTimeObj;   /* items: a 9-tuple of int */

static Type time_struct_type;

static int time_no_args(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    err_format(&exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    return -1;
}

static double time_clock(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Value time_clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

/* One pair of functions per clock: name() as float seconds, name_ns(). */
#define TIME_CLOCK_FUNCS(name, clock)                                            \
    static Value time_##name(Value *args, size_t nargs, Value kwnames) {        \
        (void)args;                                                              \
        if (time_no_args("time." #name, nargs, kwnames) < 0) return VAL_NULL;  \
        return float_from_double(time_clock(clock));                             \
    }                                                                            \
    static Value time_##name##_ns(Value *args, size_t nargs, Value kwnames) {   \
        (void)args;                                                              \
        if (time_no_args("time." #name "_ns", nargs, kwnames) < 0) return VAL_NULL; \
        return time_clock_ns(clock);                                             \
    }
TIME_CLOCK_FUNCS(time, CLOCK_REALTIME)
TIME_CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
TIME_CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
TIME_CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
TIME_CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef TIME_CLOCK_FUNCS

/* floor() without <math.h> (whose name a stdlib/math.h would shadow). */
static double time_floor(double d) {
    double t = (double)(int64_t)d;
    return t > d ? t - 1.0 : t;
}

/* Seconds as a double: a float, or anything with __index__ (as CPython). */
static int time_seconds_arg(Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = FLOAT_VAL(v);
    } else {
        Value i = obj_index(v);
        if (i == VAL_NULL) return -1;
        bool overflow = false;
        *out = int_as_double(i, &overflow);
        DECREF(i);
        if (overflow) {
            err_set_str(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
            return -1;
        }
    }
    if (*out != *out) {
        err_set_str(&exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    return 0;
}

/* The wait of time.sleep(): until the deadline on the monotonic clock, with
 * the GIL released (only the local deadline is touched meanwhile). A signal
 * interrupts the wait: its handler runs, and if it raises (KeyboardInterrupt)
 * the sleep ends with that exception: -1. */
static int time_wait(double secs) {
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    double whole = time_floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    ThreadState *ts = thread_current();
    for (;;) {
        GIL_RELEASE(ts);
        int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        GIL_ACQUIRE(ts);
        if (rc != EINTR) return 0;
        if (signals_check() < 0) return -1;
    }
}

static Value time_sleep(Value *args, size_t nargs, Value kwnames) {
    double secs;
    if (args_no_kw("time.sleep", kwnames) < 0) return VAL_NULL;
    if (nargs != 1)
        return err_format(&exc_TypeError, "time.sleep() takes exactly one argument (%zu given)", nargs);
    if (time_seconds_arg(args[0], &secs) < 0) return VAL_NULL;
    if (secs < 0) return err_set_str(&exc_ValueError, "sleep length must be non-negative");
    if (secs > 1e12) return err_set_str(&exc_OverflowError, "sleep length is too large");
    if (time_wait(secs) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

/* ---- struct_time ---- */

static Value time_struct_new(const struct tm *tm) {
    Value t = tuple_pack(TIME_FIELDS, FROM_SMALLINT(tm->tm_year + 1900), FROM_SMALLINT(tm->tm_mon + 1),
                         FROM_SMALLINT(tm->tm_mday), FROM_SMALLINT(tm->tm_hour), FROM_SMALLINT(tm->tm_min),
                         FROM_SMALLINT(tm->tm_sec), FROM_SMALLINT((tm->tm_wday + 6) % 7),
                         FROM_SMALLINT(tm->tm_yday + 1), FROM_SMALLINT(tm->tm_isdst));
    if (t == VAL_NULL) return VAL_NULL;
    StructTimeObj *s = (StructTimeObj *)obj_alloc(&time_struct_type);
    s->items = t;
    return OBJ_VAL(s);
}

/* The 9 items of a struct_time or a 9-tuple as a struct tm. */
static int time_to_tm(const char *fname, Value v, struct tm *tm) {
    Value items = IS_TYPE(v, time_struct_type) ? ((StructTimeObj *)AS_OBJ(v))->items : v;
    if (!IS_TUPLE(items) || TUPLE_LEN(items) != TIME_FIELDS) {
        err_format(&exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[TIME_FIELDS];
    for (int i = 0; i < TIME_FIELDS; i++)
        if (int_as_i64(TUPLE_GET(items, i), &f[i]) < 0) return -1;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return 0;
}

static StructTimeObj *time_struct_of(Value v) { return (StructTimeObj *)AS_OBJ(v); }

static Value time_struct_repr(Value self) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "time.struct_time(");
    for (int i = 0; i < TIME_FIELDS; i++) {
        strbuf_printf(&b, "%s%s=", i ? ", " : "", time_field_names[i]);
        if (strbuf_append_repr(&b, TUPLE_GET(time_struct_of(self)->items, i)) < 0) {
            strbuf_free(&b);
            return VAL_NULL;
        }
    }
    strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static Value time_struct_getitem(Value self, Value key) { return obj_getitem(time_struct_of(self)->items, key); }
static ssize_t time_struct_len(Value self) { (void)self; return TIME_FIELDS; }
static Value time_struct_iter(Value self) { return obj_iter(time_struct_of(self)->items); }

static Value time_struct_richcompare(Value a, Value b, CmpOp op) {
    Value bt = IS_TYPE(b, time_struct_type) ? time_struct_of(b)->items : b;
    if (!IS_TUPLE(bt)) return NEWREF(VAL_NOTIMPL);
    return obj_richcompare(time_struct_of(a)->items, bt, op);
}

static void time_struct_dealloc(Obj *self) {
    CLEAR(((StructTimeObj *)self)->items);
    obj_free(self);
}

#define TIME_GETTER(i, name) \
    static Value time_get_##name(Value self) { return NEWREF(TUPLE_GET(time_struct_of(self)->items, i)); }
TIME_GETTER(0, tm_year) TIME_GETTER(1, tm_mon) TIME_GETTER(2, tm_mday) TIME_GETTER(3, tm_hour)
TIME_GETTER(4, tm_min) TIME_GETTER(5, tm_sec) TIME_GETTER(6, tm_wday) TIME_GETTER(7, tm_yday)
TIME_GETTER(8, tm_isdst)
#undef TIME_GETTER

static const GetSetDef time_struct_getsets[] = {
    {"tm_year", time_get_tm_year, NULL}, {"tm_mon", time_get_tm_mon, NULL},
    {"tm_mday", time_get_tm_mday, NULL}, {"tm_hour", time_get_tm_hour, NULL},
    {"tm_min", time_get_tm_min, NULL},   {"tm_sec", time_get_tm_sec, NULL},
    {"tm_wday", time_get_tm_wday, NULL}, {"tm_yday", time_get_tm_yday, NULL},
    {"tm_isdst", time_get_tm_isdst, NULL}, {NULL, NULL, NULL},
};

static Type time_struct_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "struct_time",
    .base = &object_type,
    .basicsize = sizeof(StructTimeObj),
    .dealloc = time_struct_dealloc,
    .repr = time_struct_repr,
    .richcompare = time_struct_richcompare,
    .getattr = obj_generic_getattr,
    .iter = time_struct_iter,
    .len = time_struct_len,
    .getitem = time_struct_getitem,
    .getsets = time_struct_getsets,
};

/* ---- calendar functions ---- */

/* The optional seconds argument of gmtime/localtime/ctime: now if absent. */
static int time_opt_seconds(const char *fname, Value *args, size_t nargs, Value kwnames, time_t *out) {
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 0, 1) < 0) return -1;
    if (nargs == 0 || IS_NONE(args[0])) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (time_seconds_arg(args[0], &d) < 0) return -1;
    if (d > 1e15 || d < -1e15) {
        err_set_str(&exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)time_floor(d);
    return 0;
}

static Value time_gmtime(Value *args, size_t nargs, Value kwnames) {
    time_t t;
    struct tm tm;
    if (time_opt_seconds("gmtime", args, nargs, kwnames, &t) < 0) return VAL_NULL;
    if (gmtime_r(&t, &tm) == NULL) return err_from_errno(&exc_OSError, errno, NULL);
    return time_struct_new(&tm);
}

static Value time_localtime(Value *args, size_t nargs, Value kwnames) {
    time_t t;
    struct tm tm;
    if (time_opt_seconds("localtime", args, nargs, kwnames, &t) < 0) return VAL_NULL;
    if (localtime_r(&t, &tm) == NULL) return err_from_errno(&exc_OSError, errno, NULL);
    return time_struct_new(&tm);
}

static Value time_mktime(Value *args, size_t nargs, Value kwnames) {
    struct tm tm;
    if (args_no_kw("mktime", kwnames) < 0 || args_count("mktime", nargs, 1, 1) < 0 ||
        time_to_tm("mktime", args[0], &tm) < 0)
        return VAL_NULL;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return err_set_str(&exc_OverflowError, "mktime argument out of range");
    return float_from_double((double)t);
}

/* The struct tm of an optional time-tuple argument (local time now if absent). */
static int time_opt_tm(const char *fname, Value *args, size_t nargs, size_t idx, struct tm *tm) {
    if (nargs > idx) return time_to_tm(fname, args[idx], tm);
    time_t now = time(NULL);
    return localtime_r(&now, tm) == NULL ? -1 : 0;
}

static Value time_strftime(Value *args, size_t nargs, Value kwnames) {
    struct tm tm;
    if (args_no_kw("strftime", kwnames) < 0 || args_count("strftime", nargs, 1, 2) < 0) return VAL_NULL;
    if (!IS_STR(args[0]))
        return err_format(&exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    if (time_opt_tm("strftime", args, nargs, 1, &tm) < 0) return VAL_NULL;
    if (STR_NBYTES(args[0]) == 0) return str_from_cstr("");
    char buf[1024];
    size_t n = strftime(buf, sizeof buf, str_cstr(args[0]), &tm);
    if (n == 0) return err_set_str(&exc_ValueError, "strftime() result is too long for baton");
    return str_from_utf8(buf, n);
}

/* "Thu Jan  1 00:00:00 1970" */
static Value time_format_asc(const struct tm *tm) {
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (tm->tm_wday < 0 || tm->tm_wday > 6 || tm->tm_mon < 0 || tm->tm_mon > 11)
        return err_set_str(&exc_ValueError, "month out of range");
    return str_printf("%s %s %2d %02d:%02d:%02d %d", days[tm->tm_wday], months[tm->tm_mon], tm->tm_mday,
                      tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
}

static Value time_asctime(Value *args, size_t nargs, Value kwnames) {
    struct tm tm;
    if (args_no_kw("asctime", kwnames) < 0 || args_count("asctime", nargs, 0, 1) < 0 ||
        time_opt_tm("asctime", args, nargs, 0, &tm) < 0)
        return VAL_NULL;
    return time_format_asc(&tm);
}

static Value time_ctime(Value *args, size_t nargs, Value kwnames) {
    time_t t;
    struct tm tm;
    if (time_opt_seconds("ctime", args, nargs, kwnames, &t) < 0) return VAL_NULL;
    if (localtime_r(&t, &tm) == NULL) return err_from_errno(&exc_OSError, errno, NULL);
    return time_format_asc(&tm);
}

static const MethodDef time_functions[] = {
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"perf_counter", time_perf_counter, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"thread_time", time_thread_time, 0},
    {"thread_time_ns", time_thread_time_ns, 0},
    {"sleep", time_sleep, 0},
    {"gmtime", time_gmtime, 0},
    {"localtime", time_localtime, 0},
    {"mktime", time_mktime, 0},
    {"strftime", time_strftime, 0},
    {"asctime", time_asctime, 0},
    {"ctime", time_ctime, 0},
    {NULL, NULL, 0},
};

static int time_init(Value m) {
    tzset();
    if (module_add_type(m, &time_struct_type) < 0) return -1;
    Value tz = tuple_pack(2, VAL_NONE, VAL_NONE);
    Value std = str_from_cstr(tzname[0]), dst = str_from_cstr(tzname[1]);
    int rc = -1;
    if (tz != VAL_NULL && std != VAL_NULL && dst != VAL_NULL) {
        SETREF(TUPLE_ITEMS(tz)[0], NEWREF(std));
        SETREF(TUPLE_ITEMS(tz)[1], NEWREF(dst));
        rc = module_add(m, "tzname", tz);
    }
    XDECREF(tz);
    XDECREF(std);
    XDECREF(dst);
    if (rc < 0) return -1;
    Value tzoff = int_from_i64(timezone);
    rc = module_add(m, "timezone", tzoff);
    DECREF(tzoff);
    return rc;
}

const ModuleDef time_module_def = {"time", time_functions, time_init, NULL};
