/* gil.c - the global interpreter lock, its three hand-off policies, its
 * statistics and its trace.
 *
 * THE LOCK. `gil.locked` says whether some thread holds the GIL; it is
 * protected by `gil.mutex`, a plain pthread mutex held only for the few
 * instructions that inspect or change the lock's state, never while Python
 * code runs. A thread that wants the GIL waits on `free_cond`; a thread that
 * lets it go broadcasts `free_cond`. Every take increments `take_count` and
 * broadcasts `taken_cond`.
 *
 * WHO TOUCHES WHAT. Everything in `gil` and every ThreadState.gil is read and
 * written with gil.mutex held, except `nwaiters`, which is atomic because the
 * holder reads it in its hot path (ticks policy) without the mutex, and
 * interp_main.eval_breaker, an atomic word any thread may set. The holder of
 * the GIL is the only thread that runs bytecode, so it is the only thread
 * that ever sees and handles a drop request.
 *
 * POLICIES.
 *  interval (CPython >= 3.2, the default). A waiter waits on free_cond for at
 *    most the switch interval. If that interval passes and nobody has taken
 *    the lock meanwhile (take_count unchanged), it sets the drop request bit
 *    in the eval breaker. The holder sees the bit at its next check (a
 *    backward jump or a function entry), releases the lock and then - forced
 *    switching - waits on taken_cond until another thread has taken it, so it
 *    cannot win the race for the lock it just dropped. Then it queues up again.
 *  ticks (CPython 2). The holder releases the lock every N bytecodes (the
 *    check interval) and immediately tries to take it back. Waiters set no
 *    drop request and there is no hand-off guarantee: on a multicore machine
 *    the releasing thread, still running, usually re-takes the mutex before a
 *    woken waiter has even been scheduled, so the waiters mostly lose - the
 *    convoy effect, reproduced by the real lock rather than simulated.
 *    (The release is skipped when nobody waits; it would change nothing.)
 *  fifo. As interval, but the lock is granted in arrival order: each waiter
 *    takes a ticket and only the thread whose ticket is being served may take
 *    the lock. Fair, at the price of more switches.
 *
 * Blocking operations (sleep, I/O, joins, lock waits, native kernels) call
 * gil_release before the wait and gil_acquire after it, through the
 * GIL_RELEASE/GIL_ACQUIRE pair of gil.h.
 *
 * SHUTDOWN. Once the interpreter starts tearing itself down
 * (gil_begin_shutdown), only the finalizing thread may take the lock. Any
 * other thread (a daemon thread, or one a finalizer starts) that asks for
 * it parks in gil_acquire for good, as CPython's daemon threads stop once
 * finalization has begun: it touches no object again, so the teardown may
 * free whatever it likes except what such a thread's frames hold (they are
 * never released). A parked thread is no waiter: it holds no fifo ticket
 * and is not counted in nwaiters, so the finalizing thread never waits for
 * a hand-off to it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gil.h"
#include "eval.h"
#include "str.h"

#define GIL_TRACE_MAX_EVENTS (4u << 20)
#define GIL_TRACE_MAX_THREADS 4096
#define GIL_EXITED_ROWS_MAX 256
/* Hand-off latencies kept for gil.stats()'s percentiles. */
#define GIL_HANDOFF_SAMPLES 4096

typedef enum { EV_WAIT, EV_TAKE, EV_DROP } GilEventKind;
typedef struct {
    uint64_t t_ns;
    uint16_t thread;
    uint8_t kind;
} GilEvent;

static struct {
    pthread_mutex_t mutex;     /* protects every field below but nwaiters */
    pthread_cond_t free_cond;  /* broadcast when the lock is released */
    pthread_cond_t taken_cond; /* broadcast when the lock is taken */
    bool locked;
    ThreadState *holder;       /* the holder, or the last one */
    ThreadState *finalizer;    /* after gil_begin_shutdown: the only thread that may take it */
    pthread_cond_t parked_cond; /* never signalled: parked threads wait on it for good */
    uint64_t take_count;
    uint64_t next_ticket, now_serving, fifo_epoch; /* fifo policy */
    atomic_int nwaiters;

    uint64_t acquisitions, contended, switches, forced_switches, drop_requests;
    uint64_t wait_ns, hold_ns;
    uint64_t drop_request_ns;  /* when the pending drop request was set; 0: none */
    uint32_t handoff_ns[GIL_HANDOFF_SAMPLES]; /* ring of the latest hand-off latencies */
    uint64_t nhandoffs;        /* hand-offs ever recorded (ring index = n % size) */
    GilThreadRow *exited;      /* statistics of threads that have ended */
    size_t nexited, cap_exited;

    bool tracing;
    GilEvent *events;
    size_t nevents, cap_events;
    bool truncated;
    int nthread_ids;
    char (*thread_names)[40];  /* indexed by ThreadState.gil.trace_id - 1 */
    uint64_t trace_start_ns;
} gil;

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void set_breaker(unsigned bit) { atomic_fetch_or(&interp_main.eval_breaker, bit); }
static void clear_breaker(unsigned bit) { atomic_fetch_and(&interp_main.eval_breaker, ~bit); }

void gil_init(void) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_mutex_init(&gil.mutex, NULL);
    pthread_cond_init(&gil.free_cond, &attr);
    pthread_cond_init(&gil.taken_cond, &attr);
    pthread_cond_init(&gil.parked_cond, NULL);
    pthread_condattr_destroy(&attr);
    eval_gil_drop_hook = gil_handle_drop_request;
    if (interp_main.gil.policy == GIL_POLICY_TICKS) set_breaker(BREAKER_GIL_TICKS);
    if (interp_main.gil.timeline || interp_main.gil.trace_path) gil_trace_start();
}

/* ---- tracing (gil.mutex held) ---- */

static int trace_id_of(ThreadState *ts) {
    if (ts->gil.trace_id == 0 && gil.nthread_ids < GIL_TRACE_MAX_THREADS) {
        if (gil.thread_names == NULL)
            gil.thread_names = mem_calloc(GIL_TRACE_MAX_THREADS, sizeof *gil.thread_names);
        ts->gil.trace_id = ++gil.nthread_ids;
        memcpy(gil.thread_names[ts->gil.trace_id - 1], ts->gil.name, sizeof ts->gil.name);
    }
    return ts->gil.trace_id;
}

static void trace_event(ThreadState *ts, GilEventKind kind, uint64_t t) {
    if (!gil.tracing) return;
    int id = trace_id_of(ts);
    if (id == 0 || gil.nevents == GIL_TRACE_MAX_EVENTS) {
        gil.truncated = true;
        return;
    }
    if (gil.nevents == gil.cap_events) {
        gil.cap_events = gil.cap_events ? gil.cap_events * 2 : 4096;
        gil.events = mem_realloc(gil.events, gil.cap_events * sizeof *gil.events);
    }
    gil.events[gil.nevents++] = (GilEvent){t, (uint16_t)id, (uint8_t)kind};
}

/* ---- taking and dropping ---- */

/* May this thread take the lock now? fifo: only the ticket being served. */
static bool must_wait(bool ticketed, uint64_t ticket, uint64_t epoch) {
    if (gil.locked) return true;
    return ticketed && epoch == gil.fifo_epoch && interp_main.gil.policy == GIL_POLICY_FIFO &&
           ticket != gil.now_serving;
}

/* Waits for one switch interval; if the lock changed hands in none of it,
 * asks the holder to drop it. */
static void wait_one_interval(void) {
    uint64_t seen = gil.take_count;
    uint64_t deadline = now_ns() + (uint64_t)(interp_main.gil.switch_interval * 1e9);
    struct timespec abs = {(time_t)(deadline / 1000000000u), (long)(deadline % 1000000000u)};
    int rc = pthread_cond_timedwait(&gil.free_cond, &gil.mutex, &abs);
    if (rc == ETIMEDOUT && gil.locked && gil.take_count == seen) {
        if (!(atomic_load(&interp_main.eval_breaker) & BREAKER_GIL_DROP_REQUEST)) {
            gil.drop_requests++;
            gil.drop_request_ns = now_ns();
        }
        set_breaker(BREAKER_GIL_DROP_REQUEST);
    }
}

static void record_take(ThreadState *ts, bool contended, uint64_t t0, uint64_t t1) {
    gil.acquisitions++;
    ts->gil.acquisitions++;
    if (gil.holder != ts) gil.switches++;
    if (contended) {
        uint64_t waited = t1 - t0;
        gil.contended++;
        gil.wait_ns += waited;
        ts->gil.contended++;
        ts->gil.wait_ns += waited;
        if (waited > ts->gil.longest_wait_ns) ts->gil.longest_wait_ns = waited;
    }
    ts->gil.held_since_ns = t1;
    trace_event(ts, EV_TAKE, t1);
    if (gil.drop_request_ns != 0) {   /* the hand-off a drop request asked for */
        uint64_t d = t1 - gil.drop_request_ns;
        gil.handoff_ns[gil.nhandoffs++ % GIL_HANDOFF_SAMPLES] = d > UINT32_MAX ? UINT32_MAX : (uint32_t)d;
        gil.drop_request_ns = 0;
    }
}

/* Voids every fifo ticket handed out so far (gil.mutex held): a holder of
 * one may never come back to claim its turn. */
static void void_tickets(void) {
    gil.fifo_epoch++;
    gil.now_serving = gil.next_ticket;
}

/* A thread shut out by shutdown waits here forever (gil.mutex held; the
 * wait releases it). */
static _Noreturn void park_forever(void) {
    for (;;) pthread_cond_wait(&gil.parked_cond, &gil.mutex);
}

static bool shut_out(const ThreadState *ts) { return gil.finalizer != NULL && gil.finalizer != ts; }

/* A waiter found itself shut out: it stops being a waiter (a holder doing a
 * forced drop re-checks nwaiters on taken_cond) and parks. */
static _Noreturn void park_waiter(void) {
    atomic_fetch_sub(&gil.nwaiters, 1);
    void_tickets();
    pthread_cond_broadcast(&gil.taken_cond);
    pthread_cond_broadcast(&gil.free_cond);
    park_forever();
}

bool gil_shutdown_started(void) {
    pthread_mutex_lock(&gil.mutex);
    bool started = gil.finalizer != NULL;
    pthread_mutex_unlock(&gil.mutex);
    return started;
}

void gil_begin_shutdown(ThreadState *ts) {
    pthread_mutex_lock(&gil.mutex);
    gil.finalizer = ts;
    void_tickets();
    pthread_cond_broadcast(&gil.free_cond);
    pthread_mutex_unlock(&gil.mutex);
}

void gil_acquire(ThreadState *ts) {
    uint64_t t0 = now_ns();
    pthread_mutex_lock(&gil.mutex);
    if (shut_out(ts)) park_forever();
    bool ticketed = interp_main.gil.policy == GIL_POLICY_FIFO;
    uint64_t ticket = ticketed ? gil.next_ticket++ : 0, epoch = gil.fifo_epoch;
    bool contended = must_wait(ticketed, ticket, epoch);
    if (contended) {
        trace_event(ts, EV_WAIT, t0);
        atomic_fetch_add(&gil.nwaiters, 1);
        while (must_wait(ticketed, ticket, epoch)) {
            if (interp_main.gil.policy == GIL_POLICY_TICKS)
                pthread_cond_wait(&gil.free_cond, &gil.mutex);
            else
                wait_one_interval();
            if (shut_out(ts)) park_waiter();
        }
        atomic_fetch_sub(&gil.nwaiters, 1);
    }
    if (ticketed && epoch == gil.fifo_epoch) gil.now_serving = ticket + 1;
    gil.locked = true;
    record_take(ts, contended, t0, contended ? now_ns() : t0);
    gil.holder = ts;
    gil.take_count++;
    clear_breaker(BREAKER_GIL_DROP_REQUEST);
    pthread_cond_broadcast(&gil.taken_cond);
    pthread_mutex_unlock(&gil.mutex);
    thread_current_ts = ts;
}

/* Marks the lock free and counts the hold that ends now (gil.mutex held). */
static void drop_locked(ThreadState *ts) {
    uint64_t t = now_ns();
    uint64_t held = t - ts->gil.held_since_ns;
    ts->gil.hold_ns += held;
    gil.hold_ns += held;
    gil.locked = false;
    trace_event(ts, EV_DROP, t);
    pthread_cond_broadcast(&gil.free_cond);
}

/* Releases the lock; with `forced`, then waits until another thread took it. */
static void drop(ThreadState *ts, bool forced) {
    pthread_mutex_lock(&gil.mutex);
    drop_locked(ts);
    if (forced) {
        uint64_t seen = gil.take_count;
        while (gil.take_count == seen && atomic_load(&gil.nwaiters) > 0)
            pthread_cond_wait(&gil.taken_cond, &gil.mutex);
        if (gil.take_count != seen) gil.forced_switches++;
    }
    pthread_mutex_unlock(&gil.mutex);
}

void gil_release(ThreadState *ts) { drop(ts, false); }

bool gil_held(const ThreadState *ts) {
    pthread_mutex_lock(&gil.mutex);
    bool held = gil.locked && gil.holder == ts;
    pthread_mutex_unlock(&gil.mutex);
    return held;
}

int gil_waiter_count(void) { return atomic_load(&gil.nwaiters); }

void gil_handle_drop_request(ThreadState *ts) {
    if (atomic_load(&gil.nwaiters) == 0) {
        clear_breaker(BREAKER_GIL_DROP_REQUEST);
        return;
    }
    drop(ts, true);
    gil_acquire(ts);
}

void gil_tick(ThreadState *ts, unsigned ninstr) {
    ts->gil.ticks_left -= (int)ninstr;
    if (ts->gil.ticks_left > 0) return;
    ts->gil.ticks_left = interp_main.gil.check_interval;
    if (atomic_load(&gil.nwaiters) == 0) return;
    drop(ts, false);
    gil_acquire(ts);
}

/* ---- policy ---- */

static const char *const policy_names[] = {"interval", "ticks", "fifo"};

const char *gil_policy_name(GilPolicy policy) { return policy_names[policy]; }

int gil_policy_from_name(const char *name, GilPolicy *out) {
    for (int i = 0; i < 3; i++) {
        if (strcmp(name, policy_names[i]) == 0) {
            *out = (GilPolicy)i;
            return 0;
        }
    }
    return -1;
}

/* Waiters re-check their condition under the new policy: a new fifo epoch
 * voids old tickets, and a broadcast wakes everybody to look again. */
int gil_set_policy(GilPolicy policy) {
    pthread_mutex_lock(&gil.mutex);
    interp_main.gil.policy = policy;
    gil.fifo_epoch++;
    gil.now_serving = gil.next_ticket;
    if (policy == GIL_POLICY_TICKS) set_breaker(BREAKER_GIL_TICKS);
    else clear_breaker(BREAKER_GIL_TICKS);
    pthread_cond_broadcast(&gil.free_cond);
    pthread_mutex_unlock(&gil.mutex);
    return 0;
}

/* The intervals are read by waiters under gil.mutex, so they change under it. */
void gil_set_switch_interval(double seconds) {
    pthread_mutex_lock(&gil.mutex);
    interp_main.gil.switch_interval = seconds;
    pthread_mutex_unlock(&gil.mutex);
}

void gil_set_check_interval(int n) {
    pthread_mutex_lock(&gil.mutex);
    interp_main.gil.check_interval = n;
    pthread_mutex_unlock(&gil.mutex);
}

/* ---- threads coming and going ---- */

static GilThreadRow row_of(const ThreadState *ts) {
    GilThreadRow row = {{0}, ts->ident, ts->gil.acquisitions, ts->gil.contended,
                        ts->gil.wait_ns, ts->gil.hold_ns, ts->gil.longest_wait_ns};
    memcpy(row.name, ts->gil.name, sizeof row.name);
    return row;
}

/* A program that starts threads without end must not grow the statistics
 * without end: past GIL_EXITED_ROWS_MAX exited threads, the last row sums up
 * every later one (the totals stay the sum of the rows). */
static void fold_row(GilThreadRow *into, const GilThreadRow *row) {
    snprintf(into->name, sizeof into->name, "(more exited threads)");
    into->ident = 0;
    into->acquisitions += row->acquisitions;
    into->contended += row->contended;
    into->wait_ns += row->wait_ns;
    into->hold_ns += row->hold_ns;
    if (row->longest_wait_ns > into->longest_wait_ns) into->longest_wait_ns = row->longest_wait_ns;
}

/* The last release and the row of the exited thread happen under one hold
 * of gil.mutex, so the row includes the final hold and a snapshot never
 * sees the thread in neither place. */
void gil_thread_exit(ThreadState *ts) {
    pthread_mutex_lock(&gil.mutex);
    drop_locked(ts);
    GilThreadRow row = row_of(ts);
    if (gil.nexited == GIL_EXITED_ROWS_MAX) {
        fold_row(&gil.exited[gil.nexited - 1], &row);
    } else {
        if (gil.nexited == gil.cap_exited) {
            gil.cap_exited = gil.cap_exited ? gil.cap_exited * 2 : 16;
            gil.exited = mem_realloc(gil.exited, gil.cap_exited * sizeof *gil.exited);
        }
        gil.exited[gil.nexited++] = row;
    }
    pthread_mutex_unlock(&gil.mutex);
}

/* Copies name, cut if too long at a character boundary (the name is UTF-8
 * and goes into JSON traces, which must stay valid UTF-8). */
static void copy_name(char *dst, size_t size, const char *name) {
    size_t n = strlen(name);
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)name[n] & 0xC0) == 0x80) n--;
    }
    memcpy(dst, name, n);
    dst[n] = '\0';
}

void gil_set_thread_name(ThreadState *ts, const char *name) {
    pthread_mutex_lock(&gil.mutex);
    copy_name(ts->gil.name, sizeof ts->gil.name, name);
    if (ts->gil.trace_id) memcpy(gil.thread_names[ts->gil.trace_id - 1], ts->gil.name, sizeof ts->gil.name);
    pthread_mutex_unlock(&gil.mutex);
}

/* In a forked child only the forking thread exists: new mutex and
 * conditions (the old ones may be held by threads that are gone), and the
 * child holds the lock. */
void gil_after_fork_child(ThreadState *ts) {
    gil_init();
    gil.locked = true;
    gil.holder = ts;
    atomic_store(&gil.nwaiters, 0);
    ts->gil.held_since_ns = now_ns();
    clear_breaker(BREAKER_GIL_DROP_REQUEST);
}

/* ---- statistics ---- */

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* p50 and p99 of the hand-off latencies in the ring (gil.mutex held). */
static void handoff_percentiles(GilStatsSnapshot *out) {
    size_t n = gil.nhandoffs < GIL_HANDOFF_SAMPLES ? (size_t)gil.nhandoffs : GIL_HANDOFF_SAMPLES;
    out->handoffs = gil.nhandoffs;
    if (n == 0) return;
    uint32_t *v = mem_alloc(n * sizeof *v);
    memcpy(v, gil.handoff_ns, n * sizeof *v);
    qsort(v, n, sizeof *v, cmp_u32);
    out->handoff_p50_ns = v[n / 2];
    out->handoff_p99_ns = v[n * 99 / 100];
    mem_free(v);
}

void gil_stats_snapshot(GilStatsSnapshot *out) {
    pthread_mutex_lock(&gil.mutex);
    uint64_t t = now_ns();
    *out = (GilStatsSnapshot){gil.acquisitions, gil.contended, gil.switches, gil.forced_switches,
                              gil.drop_requests, gil.wait_ns, gil.hold_ns, 0, NULL, 0, 0, 0};
    size_t live = 0;
    for (ThreadState *ts = interp_main.threads; ts; ts = ts->next) live++;
    out->threads = mem_calloc(gil.nexited + live + 1, sizeof *out->threads);
    for (size_t i = 0; i < gil.nexited; i++) out->threads[out->nthreads++] = gil.exited[i];
    for (ThreadState *ts = interp_main.threads; ts; ts = ts->next) {
        GilThreadRow row = row_of(ts);
        if (gil.locked && gil.holder == ts) {   /* count the hold in progress */
            row.hold_ns += t - ts->gil.held_since_ns;
            out->hold_ns += t - ts->gil.held_since_ns;
        }
        out->threads[out->nthreads++] = row;
    }
    handoff_percentiles(out);
    pthread_mutex_unlock(&gil.mutex);
}

void gil_stats_free(GilStatsSnapshot *s) {
    mem_free(s->threads);
    s->threads = NULL;
}

void gil_stats_reset(void) {
    pthread_mutex_lock(&gil.mutex);
    uint64_t t = now_ns();
    gil.acquisitions = gil.contended = gil.switches = gil.forced_switches = gil.drop_requests = 0;
    gil.wait_ns = gil.hold_ns = 0;
    gil.nhandoffs = gil.drop_request_ns = 0;
    gil.nexited = 0;
    for (ThreadState *ts = interp_main.threads; ts; ts = ts->next) {
        ts->gil.acquisitions = ts->gil.contended = 0;
        ts->gil.wait_ns = ts->gil.hold_ns = ts->gil.longest_wait_ns = 0;
        ts->gil.held_since_ns = t;
    }
    pthread_mutex_unlock(&gil.mutex);
}

static double ms(uint64_t ns) { return (double)ns / 1e6; }

void gil_stats_print(FILE *out) {
    GilStatsSnapshot s;
    gil_stats_snapshot(&s);
    fprintf(out, "GIL statistics (policy %s, switch interval %g ms, check interval %d)\n",
            gil_policy_name(interp_main.gil.policy), interp_main.gil.switch_interval * 1e3,
            interp_main.gil.check_interval);
    fprintf(out, "  acquisitions %llu, contended %llu, switches %llu, forced switches %llu, "
            "drop requests %llu\n", (unsigned long long)s.acquisitions,
            (unsigned long long)s.contended, (unsigned long long)s.switches,
            (unsigned long long)s.forced_switches, (unsigned long long)s.drop_requests);
    if (s.handoffs > 0)
        fprintf(out, "  hand-off after a drop request: p50 %.1f us, p99 %.1f us (%llu hand-offs)\n",
                (double)s.handoff_p50_ns / 1e3, (double)s.handoff_p99_ns / 1e3,
                (unsigned long long)s.handoffs);
    fprintf(out, "  %-20s %10s %10s %12s %12s %14s\n", "thread", "acquired", "contended",
            "held ms", "waited ms", "longest wait ms");
    for (size_t i = 0; i < s.nthreads; i++) {
        GilThreadRow *r = &s.threads[i];
        fprintf(out, "  %-20s %10llu %10llu %12.3f %12.3f %14.3f\n", r->name[0] ? r->name : "?",
                (unsigned long long)r->acquisitions, (unsigned long long)r->contended,
                ms(r->hold_ns), ms(r->wait_ns), ms(r->longest_wait_ns));
    }
    gil_stats_free(&s);
}

/* ---- traces and timelines ---- */

void gil_trace_start(void) {
    pthread_mutex_lock(&gil.mutex);
    gil.tracing = true;
    gil.nevents = 0;
    gil.truncated = false;
    gil.trace_start_ns = now_ns();
    /* The current holder's hold starts now, in the trace's view. */
    if (gil.locked && gil.holder) trace_event(gil.holder, EV_TAKE, gil.trace_start_ns);
    pthread_mutex_unlock(&gil.mutex);
}

void gil_trace_stop(void) {
    pthread_mutex_lock(&gil.mutex);
    gil.tracing = false;
    pthread_mutex_unlock(&gil.mutex);
}

/* A thread name as a JSON string: quotes, backslashes and control
 * characters escaped (names come from Python code). */
static void json_write_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static void trace_write_span_end(FILE *f, const char *name, int tid, double us) {
    fprintf(f, "{\"name\": \"%s\", \"ph\": \"E\", \"pid\": 1, \"tid\": %d, \"ts\": %.3f},\n", name, tid, us);
}

/* Chrome Trace Event format: one B/E span per hold and per wait, one track
 * per thread; Perfetto and chrome://tracing open it. Spans still open at the
 * end (the holder's, the waiters') end with the trace. */
int gil_trace_write_json(const char *path) {
    FILE *f = fopen(path, "w");
    if (f == NULL) return -1;
    pthread_mutex_lock(&gil.mutex);
    fputs("{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n", f);
    for (int id = 1; id <= gil.nthread_ids; id++) {
        fprintf(f, "{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": %d, \"args\": {\"name\": ", id);
        json_write_string(f, gil.thread_names[id - 1]);
        fputs("}},\n", f);
    }
    /* last[id]: the thread's latest event, so that a take ends its wait and
     * the spans still open when the trace ends are closed there */
    uint8_t *last = mem_calloc((size_t)gil.nthread_ids + 1, 1);
    for (int id = 0; id <= gil.nthread_ids; id++) last[id] = EV_DROP;
    for (size_t i = 0; i < gil.nevents; i++) {
        GilEvent *e = &gil.events[i];
        double us = (double)(e->t_ns - gil.trace_start_ns) / 1e3;
        if (e->kind == EV_TAKE && last[e->thread] == EV_WAIT) trace_write_span_end(f, "waits for GIL", e->thread, us);
        if (e->kind == EV_DROP) trace_write_span_end(f, "holds GIL", e->thread, us);
        else
            fprintf(f, "{\"name\": \"%s\", \"ph\": \"B\", \"pid\": 1, \"tid\": %d, \"ts\": %.3f},\n",
                    e->kind == EV_WAIT ? "waits for GIL" : "holds GIL", e->thread, us);
        last[e->thread] = e->kind;
    }
    double end_us = (double)(now_ns() - gil.trace_start_ns) / 1e3;
    for (int id = 1; id <= gil.nthread_ids; id++)
        if (last[id] != EV_DROP)
            trace_write_span_end(f, last[id] == EV_WAIT ? "waits for GIL" : "holds GIL", id, end_us);
    mem_free(last);
    fprintf(f, "{\"name\": \"trace end\", \"ph\": \"i\", \"s\": \"g\", \"pid\": 1, \"tid\": 0, "
            "\"ts\": %.3f, \"args\": {\"truncated\": %s}}\n]}\n", end_us, gil.truncated ? "true" : "false");
    pthread_mutex_unlock(&gil.mutex);
    return fclose(f) == 0 ? 0 : -1;
}

/* Adds the part of [from, to) that falls in each column to cols[]. */
static void spread(double *cols, int width, uint64_t start, uint64_t span, uint64_t from, uint64_t to) {
    for (int c = 0; c < width; c++) {
        uint64_t lo = start + span * (uint64_t)c / (uint64_t)width;
        uint64_t hi = start + span * (uint64_t)(c + 1) / (uint64_t)width;
        uint64_t a = from > lo ? from : lo, b = to < hi ? to : hi;
        if (b > a) cols[c] += (double)(b - a) / (double)(hi - lo);
    }
}

/* One row per thread: '#' where it held the lock for most of the column,
 * '.' where it mostly waited for it, ' ' otherwise (running no bytecode). */
static void timeline_rows(StrBuf *b, int width, uint64_t start, uint64_t end) {
    uint64_t span = end - start;
    double *held = mem_calloc((size_t)width, sizeof *held);
    double *waited = mem_calloc((size_t)width, sizeof *waited);
    for (int id = 1; id <= gil.nthread_ids; id++) {
        memset(held, 0, (size_t)width * sizeof *held);
        memset(waited, 0, (size_t)width * sizeof *waited);
        uint64_t since = 0;
        int state = EV_DROP;
        for (size_t i = 0; i < gil.nevents; i++) {
            GilEvent *e = &gil.events[i];
            if (e->thread != id) continue;
            if (state == EV_TAKE) spread(held, width, start, span, since, e->t_ns);
            if (state == EV_WAIT) spread(waited, width, start, span, since, e->t_ns);
            state = e->kind;
            since = e->t_ns;
        }
        if (state == EV_TAKE) spread(held, width, start, span, since, end);
        if (state == EV_WAIT) spread(waited, width, start, span, since, end);
        strbuf_printf(b, "%-14.14s |", gil.thread_names[id - 1][0] ? gil.thread_names[id - 1] : "?");
        for (int c = 0; c < width; c++)
            strbuf_append_char(b, held[c] >= 0.5 ? '#' : waited[c] >= 0.5 ? '.' : ' ');
        strbuf_append_cstr(b, "|\n");
    }
    mem_free(held);
    mem_free(waited);
}

Value gil_timeline(int width) {
    StrBuf b;
    strbuf_init(&b);
    pthread_mutex_lock(&gil.mutex);
    if (gil.nevents == 0) {
        strbuf_append_cstr(&b, "GIL timeline: nothing recorded (start tracing with gil.trace_start() "
                               "or run with --gil-timeline)\n");
    } else {
        uint64_t start = gil.events[0].t_ns, end = now_ns();
        strbuf_printf(&b, "GIL timeline over %.1f ms, %.2f ms per column "
                      "('#' holds the GIL, '.' waits for it)%s\n",
                      ms(end - start), ms(end - start) / width, gil.truncated ? " [truncated]" : "");
        timeline_rows(&b, width, start, end);
    }
    pthread_mutex_unlock(&gil.mutex);
    return strbuf_finish(&b);
}
