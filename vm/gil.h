/* gil.h - the global interpreter lock.
 *
 * A thread must hold the GIL to touch any object (value.h: reference counts
 * are plain integers because of it). Code that blocks (sleep, I/O, lock waits,
 * join, native kernels) releases it around the wait with the visible pair
 *
 *     GIL_RELEASE(ts);   ...no Value may be touched here...   GIL_ACQUIRE(ts);
 *
 * The policy, switch interval and check interval live in interp_main.gil
 * (thread.h); gil.c explains the algorithms. */
#ifndef BATON_GIL_H
#define BATON_GIL_H

#include <stdio.h>

#include "thread.h"

void gil_init(void);                       /* before the first thread state exists */
void gil_acquire(ThreadState *ts);         /* blocks until ts holds the GIL */
void gil_release(ThreadState *ts);         /* ts must hold it */
bool gil_held(const ThreadState *ts);
int gil_waiter_count(void);                /* threads blocked in gil_acquire now */
/* The eval loop's breaker check found a drop request: hand the lock over. */
void gil_handle_drop_request(ThreadState *ts);
/* The eval loop ran about ninstr bytecodes since its last check (ticks policy). */
void gil_tick(ThreadState *ts, unsigned ninstr);
int gil_set_policy(GilPolicy policy);      /* safe to call while running */
void gil_set_switch_interval(double seconds);
void gil_set_check_interval(int n);
const char *gil_policy_name(GilPolicy policy);
int gil_policy_from_name(const char *name, GilPolicy *out); /* -1: unknown name */
void gil_after_fork_child(ThreadState *ts);  /* only ts survives; it holds the GIL */
/* Interpreter shutdown begins on ts, which holds the GIL: from now on any
 * other thread that asks for the lock blocks forever (gil.c, SHUTDOWN). */
void gil_begin_shutdown(ThreadState *ts);
bool gil_shutdown_started(void);
/* A thread ends: ts, already unlinked, releases the GIL for good and its
 * statistics fold into the totals. */
void gil_thread_exit(ThreadState *ts);

#define GIL_RELEASE(ts) gil_release(ts)
#define GIL_ACQUIRE(ts) gil_acquire(ts)

/* Statistics. Totals plus one row per thread, live and exited. */
typedef struct {
    char name[40];
    unsigned long ident;
    uint64_t acquisitions, contended, wait_ns, hold_ns, longest_wait_ns;
} GilThreadRow;
typedef struct {
    uint64_t acquisitions;      /* every take of the lock */
    uint64_t contended;         /* takes that had to wait */
    uint64_t switches;          /* takes by a thread other than the last holder */
    uint64_t forced_switches;   /* hand-offs forced by a drop request */
    uint64_t drop_requests;     /* drop requests set by waiters (interval, fifo) */
    uint64_t wait_ns, hold_ns;
    size_t nthreads;
    GilThreadRow *threads;      /* mem_alloc'd; free with gil_stats_free */
    /* hand-off latency: a drop request set -> the next take of the lock, over
     * the latest 4096 hand-offs */
    uint64_t handoffs, handoff_p50_ns, handoff_p99_ns;
} GilStatsSnapshot;
void gil_stats_snapshot(GilStatsSnapshot *out);
void gil_stats_free(GilStatsSnapshot *s);
void gil_stats_reset(void);
void gil_stats_print(FILE *out);           /* --gil-stats: a per-thread table */
void gil_set_thread_name(ThreadState *ts, const char *name);

/* Tracing: every take, release and wait is recorded while enabled. */
void gil_trace_start(void);
int gil_trace_write_json(const char *path); /* Chrome Trace Event JSON; -1 + errno */
void gil_trace_stop(void);
Value gil_timeline(int width);             /* a str chart of who held the lock when */

#endif
