/* test_gil.c - the GIL itself, driven through its C API by plain pthreads.
 *
 * run_tests' main thread holds the GIL (runtime_init took it): each test
 * prepares the workers' ThreadStates while holding it, lets it go, starts
 * the workers, and takes it back after joining them. A worker that holds
 * the lock runs sim_check, which does what the eval loop's breaker check
 * does. No assertion depends on timing: order is forced by waiting until
 * gil_waiter_count() shows a thread has queued up. */
#include <check.h>
#include <sched.h>

#include "gil.h"

#define NWORKERS 4
#define ROUNDS 3000

static const GilPolicy gil_test_policies[] = {GIL_POLICY_INTERVAL, GIL_POLICY_TICKS, GIL_POLICY_FIFO};

typedef struct Worker {
    ThreadState *ts;
    pthread_t pthread;
    int id;
    void (*body)(struct Worker *);
} Worker;

/* Shared test state: written only while holding the GIL. */
static struct {
    long counter;
    Worker *owner;
    int violations;
    int order[NWORKERS];
    int norder;
    bool b_has_taken;
} shared;

/* What the eval loop's breaker check does with the GIL bits. */
static void sim_check(ThreadState *ts) {
    unsigned bits = atomic_load(&interp_main.eval_breaker);
    if (bits & BREAKER_GIL_TICKS) gil_tick(ts, 10);
    if (bits & BREAKER_GIL_DROP_REQUEST) gil_handle_drop_request(ts);
}

/* Spins (yielding the CPU) until n threads wait for the GIL. */
static void wait_for_waiters(int n) {
    while (gil_waiter_count() < n) sched_yield();
}

/* Binding touches only the worker's own state, so it needs no GIL; the
 * body's takes are then the worker's only takes before its exit. */
static void *worker_main(void *arg) {
    Worker *w = arg;
    thread_state_bind(w->ts);
    w->body(w);
    GIL_ACQUIRE(w->ts);
    thread_state_unlink(w->ts);
    gil_thread_exit(w->ts);
    return NULL;
}

/* Prepares the states (GIL held), then starts the threads; the caller still
 * holds the GIL when this returns. */
static void start_workers(Worker *ws, int n, void (*body)(Worker *)) {
    for (int i = 0; i < n; i++) ws[i] = (Worker){thread_state_prepare(), 0, i, body};
    for (int i = 0; i < n; i++) ck_assert_int_eq(pthread_create(&ws[i].pthread, NULL, worker_main, &ws[i]), 0);
}

/* Joins the workers with the GIL released, then takes it back. */
static void join_workers(Worker *ws, int n) {
    ThreadState *me = thread_current();
    GIL_RELEASE(me);
    for (int i = 0; i < n; i++) pthread_join(ws[i].pthread, NULL);
    for (int i = 0; i < n; i++) thread_state_free(ws[i].ts);
    GIL_ACQUIRE(me);
}

/* A non-atomic read-modify-write spread over a breaker check: any thread
 * running it without the lock would lose updates or see another owner. */
static void count_body(Worker *w) {
    for (int i = 0; i < ROUNDS; i++) {
        GIL_ACQUIRE(w->ts);
        for (int k = 0; k < 5; k++) {
            sim_check(w->ts);
            shared.owner = w;
            long c = shared.counter;
            sched_yield();
            if (shared.owner != w) shared.violations++;
            shared.counter = c + 1;
        }
        GIL_RELEASE(w->ts);
    }
}

START_TEST(test_gil_mutual_exclusion) {
    gil_set_policy(gil_test_policies[_i]);
    Worker ws[NWORKERS];
    start_workers(ws, NWORKERS, count_body);
    join_workers(ws, NWORKERS);
    ck_assert_int_eq(shared.violations, 0);
    ck_assert_int_eq(shared.counter, (long)NWORKERS * ROUNDS * 5);
    ck_assert(gil_held(thread_current()));
}
END_TEST

/* Thread B: takes the lock once, records it, lets it go. */
static void take_once_body(Worker *w) {
    GIL_ACQUIRE(w->ts);
    shared.b_has_taken = true;
    shared.order[shared.norder++] = w->id;
    GIL_RELEASE(w->ts);
}

/* interval: the holder keeps running checks; the waiter's drop request makes
 * it hand over, and forced switching guarantees the waiter takes the lock
 * before the holder gets it back: exactly one drop round is needed. */
START_TEST(test_gil_interval_forced_handoff) {
    gil_set_policy(GIL_POLICY_INTERVAL);
    gil_set_switch_interval(0.001);
    gil_stats_reset();
    ThreadState *me = thread_current();
    Worker b;
    start_workers(&b, 1, take_once_body);
    wait_for_waiters(1);
    int rounds = 0;
    while (!shared.b_has_taken) {
        if (atomic_load(&interp_main.eval_breaker) & BREAKER_GIL_DROP_REQUEST) {
            rounds++;
            gil_handle_drop_request(me);
            ck_assert(gil_held(me));
        } else {
            sched_yield();
        }
    }
    ck_assert_int_eq(rounds, 1);
    join_workers(&b, 1);
    GilStatsSnapshot s;
    gil_stats_snapshot(&s);
    ck_assert_uint_ge(s.drop_requests, 1);
    ck_assert_uint_ge(s.forced_switches, 1);
    ck_assert_uint_ge(s.switches, 2);
    gil_stats_free(&s);
}
END_TEST

/* No waiter: a drop request (a stale one) is cleared and the holder keeps
 * the lock without a switch. */
START_TEST(test_gil_drop_request_without_waiter) {
    ThreadState *me = thread_current();
    gil_stats_reset();
    atomic_fetch_or(&interp_main.eval_breaker, BREAKER_GIL_DROP_REQUEST);
    sim_check(me);
    ck_assert(!(atomic_load(&interp_main.eval_breaker) & BREAKER_GIL_DROP_REQUEST));
    ck_assert(gil_held(me));
    GilStatsSnapshot s;
    gil_stats_snapshot(&s);
    ck_assert_uint_eq(s.acquisitions, 0);
    ck_assert_uint_eq(s.switches, 0);
    gil_stats_free(&s);
}
END_TEST

/* fifo: waiters that queued up in a known order get the lock in that order. */
START_TEST(test_gil_fifo_order) {
    gil_set_policy(GIL_POLICY_FIFO);
    Worker ws[NWORKERS];
    for (int i = 0; i < NWORKERS; i++) ws[i] = (Worker){thread_state_prepare(), 0, i, take_once_body};
    for (int i = 0; i < NWORKERS; i++) {
        ck_assert_int_eq(pthread_create(&ws[i].pthread, NULL, worker_main, &ws[i]), 0);
        wait_for_waiters(i + 1);   /* ws[i] has its ticket before ws[i + 1] starts */
    }
    join_workers(ws, NWORKERS);
    ck_assert_int_eq(shared.norder, NWORKERS);
    for (int i = 0; i < NWORKERS; i++) ck_assert_int_eq(shared.order[i], i);
}
END_TEST

/* Statistics: every take counted once, contended takes and switches seen. */
START_TEST(test_gil_stats_counts) {
    gil_set_policy(gil_test_policies[_i]);
    gil_stats_reset();
    Worker ws[2];
    start_workers(ws, 2, take_once_body);
    wait_for_waiters(2);   /* both body takes are contended */
    join_workers(ws, 2);
    GilStatsSnapshot s;
    gil_stats_snapshot(&s);
    /* each worker: the take in its body and the exit take; main: one */
    ck_assert_uint_eq(s.acquisitions, 2 * 2 + 1);
    ck_assert_uint_ge(s.contended, 2);
    ck_assert_uint_le(s.contended, s.acquisitions);
    ck_assert_uint_ge(s.switches, 2);
    ck_assert_uint_le(s.switches, s.acquisitions);
    uint64_t sum_acq = 0, sum_hold = 0, sum_wait = 0;
    for (size_t i = 0; i < s.nthreads; i++) {
        sum_acq += s.threads[i].acquisitions;
        sum_hold += s.threads[i].hold_ns;
        sum_wait += s.threads[i].wait_ns;
        ck_assert_uint_le(s.threads[i].longest_wait_ns, s.threads[i].wait_ns);
    }
    ck_assert_uint_eq(sum_acq, s.acquisitions);
    ck_assert_uint_eq(sum_hold, s.hold_ns);
    ck_assert_uint_eq(sum_wait, s.wait_ns);
    ck_assert_uint_eq(s.nthreads, 3);   /* two exited rows and the main thread */
    gil_stats_free(&s);
}
END_TEST

Suite *gil_suite(void) {
    Suite *s = suite_create("gil");
    TCase *tc = tcase_create("gil");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_gil_mutual_exclusion, 0, 3);
    tcase_add_test(tc, test_gil_interval_forced_handoff);
    tcase_add_test(tc, test_gil_drop_request_without_waiter);
    tcase_add_test(tc, test_gil_fifo_order);
    tcase_add_loop_test(tc, test_gil_stats_counts, 0, 3);
    suite_add_tcase(s, tc);
    return s;
}
