/* thread.c - the interpreter state and per-OS-thread states.
 *
 * interp_main is the one interpreter; each OS thread that runs Python code
 * has a ThreadState, reachable through the thread-local thread_current_ts and
 * linked into interp_main.threads. The list is protected by the GIL: every
 * function here that links or unlinks a state is called with it held (or
 * before any second thread exists); thread_state_free touches no object.
 * The main thread uses thread_state_new; a thread started by _thread has its
 * state prepared by its creator and bound by itself (thread_state_bind). */
#include <pthread.h>
#include <sys/resource.h>
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

/* The main thread's stack grows on demand up to RLIMIT_STACK: raise the
 * soft limit to CONFIG_MAIN_STACK_SIZE when the hard limit allows. The
 * kernel keeps at least 128 MiB free below the stack top for this (mmap's
 * base is placed below that gap), so the growth cannot meet a mapping.
 * Returns the size the stack may now grow to. */
static size_t thread_main_stack_size(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0) return (size_t)8 << 20;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < CONFIG_MAIN_STACK_SIZE) {
        rlim_t want = CONFIG_MAIN_STACK_SIZE;
        if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want) want = rl.rlim_max;
        struct rlimit raised = {want, rl.rlim_max};
        if (setrlimit(RLIMIT_STACK, &raised) == 0) rl.rlim_cur = want;
    }
    return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > CONFIG_MAIN_STACK_SIZE
               ? CONFIG_MAIN_STACK_SIZE : (size_t)rl.rlim_cur;
}

/* The lowest address the calling thread's C stack may reach before
 * recursion must stop (eval.c checks the stack pointer against it). The
 * main thread's stack top is about here (main() is a few frames up); any
 * other thread asks pthreads where its stack is. */
static uintptr_t thread_stack_floor(bool is_main) {
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    size_t size = 0;
    uintptr_t low = 0;
    if (is_main) {
        size = thread_main_stack_size();
        low = here > size ? here - size : 0;
    } else {
        pthread_attr_t attr;
        void *addr;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            if (pthread_attr_getstack(&attr, &addr, &size) == 0) low = (uintptr_t)addr;
            pthread_attr_destroy(&attr);
        }
        if (low == 0) low = here > ((size_t)1 << 20) ? here - ((size_t)1 << 20) : 0;
    }
    return low + CONFIG_STACK_MARGIN;
}

/* Makes ts the calling OS thread's state and records the thread's ids and
 * the extent of its C stack. */
void thread_state_bind(ThreadState *ts) {
    ts->pthread = pthread_self();
    ts->ident = (unsigned long)ts->pthread;
    ts->native_id = (long)gettid();
    ts->stack_floor = thread_stack_floor(ts->native_id == (long)getpid());
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
