/* thread.c - the interpreter state and per-OS-thread states.
 *
 * interp_main is the one interpreter; each OS thread that runs Python code
 * has a ThreadState, reachable through the thread-local thread_current_ts and
 * linked into interp_main.threads. The list is protected by the GIL: every
 * function here that links or unlinks a state is called with it held (or
 * before any second thread exists); thread_state_free touches no object.
 * The main thread uses thread_state_new; a thread started by _thread has its
 * state prepared by its creator and bound by itself (thread_state_bind). */
#include <unistd.h>

#include "thread.h"

Interp interp_main = {
    .recursion_limit = CONFIG_RECURSION_LIMIT,
    .gil = {
        .policy = GIL_POLICY_INTERVAL,
        .switch_interval = CONFIG_SWITCH_INTERVAL,
        .check_interval = CONFIG_CHECK_INTERVAL,
    },
};

_Thread_local ThreadState *thread_current_ts;

/* A new state linked into interp_main.threads (GIL held, or no other
 * thread yet); not yet bound to any OS thread. */
ThreadState *thread_state_prepare(void) {
    ThreadState *ts = mem_calloc(1, sizeof *ts);
    ts->interp = &interp_main;
    ts->next = interp_main.threads;
    interp_main.threads = ts;
    if (interp_main.main_thread == NULL) interp_main.main_thread = ts;
    return ts;
}

/* Makes ts the calling OS thread's state and records the thread's ids. */
void thread_state_bind(ThreadState *ts) {
    ts->pthread = pthread_self();
    ts->ident = (unsigned long)ts->pthread;
    ts->native_id = (long)gettid();
    thread_current_ts = ts;
}

/* Creates the calling thread's state, makes it current and registers it.
 * The first state created is the main thread's. */
ThreadState *thread_state_new(void) {
    ThreadState *ts = thread_state_prepare();
    thread_state_bind(ts);
    return ts;
}

/* Removes ts from interp_main.threads and drops the references it holds;
 * called with the GIL held. */
void thread_state_unlink(ThreadState *ts) {
    for (ThreadState **p = &interp_main.threads; *p != NULL; p = &(*p)->next) {
        if (*p == ts) {
            *p = ts->next;
            break;
        }
    }
    if (interp_main.main_thread == ts) interp_main.main_thread = NULL;
    CLEAR(ts->exc);
    CLEAR(ts->handled_exc);
    CLEAR(ts->thread_obj);
    CLEAR(ts->local_dicts);
}

/* Frees an unlinked state; touches no object, so the GIL need not be held. */
void thread_state_free(ThreadState *ts) {
    if (thread_current_ts == ts) thread_current_ts = NULL;
    mem_free(ts);
}

void thread_state_delete(ThreadState *ts) {
    thread_state_unlink(ts);
    thread_state_free(ts);
}
