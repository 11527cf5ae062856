/* signals.c - see signals.h. The C handler touches only the lock-free
 * atomics below; everything else runs in the main thread holding the GIL. */
#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "signals.h"
#include "error.h"
#include "eval.h"
#include "thread.h"

static atomic_bool pending[SIGNALS_MAX];
/* Python handlers by signal number: a callable, or VAL_NULL for the default
 * (KeyboardInterrupt for SIGINT). Main thread only, GIL held. */
static Value handlers[SIGNALS_MAX];

static void c_handler(int signum) {
    if (signum <= 0 || signum >= SIGNALS_MAX) return;
    atomic_store(&pending[signum], true);
    atomic_fetch_or(&interp_main.eval_breaker, BREAKER_SIGNALS_PENDING);
}

/* No SA_RESTART: a blocking call in the main thread returns EINTR, so that
 * Ctrl-C interrupts sleep, join, lock waits and reads. */
static int install(int signum, void (*fn)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    return sigaction(signum, &sa, NULL);
}

/* Every signal starts at SIG_DFL (small int 0) but SIGINT, whose default
 * Python handler raises KeyboardInterrupt (VAL_NULL). */
int signals_init(void) {
    for (int signum = 1; signum < SIGNALS_MAX; signum++)
        if (signum != SIGINT) handlers[signum] = FROM_SMALLINT(0);
    eval_signal_hook = signals_check;
    return install(SIGINT, c_handler) == 0 ? 0 : -1;
}

static int run_handler(int signum) {
    Value h = handlers[signum];
    if (h == VAL_NULL) {
        err_set_none(&exc_KeyboardInterrupt);
        return -1;
    }
    if (IS_SMALLINT(h)) return 0;   /* SIG_DFL or SIG_IGN: nothing to call */
    Value r = obj_call2(h, FROM_SMALLINT(signum), VAL_NONE);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

int signals_check(void) {
    ThreadState *ts = thread_current();
    if (ts == NULL || ts != interp_main.main_thread) return 0;
    atomic_fetch_and(&interp_main.eval_breaker, ~BREAKER_SIGNALS_PENDING);
    for (int signum = 1; signum < SIGNALS_MAX; signum++) {
        if (!atomic_exchange(&pending[signum], false)) continue;
        if (run_handler(signum) < 0) {
            /* the other pending signals wait for the next check */
            atomic_fetch_or(&interp_main.eval_breaker, BREAKER_SIGNALS_PENDING);
            return -1;
        }
    }
    return 0;
}

int signals_set_handler(int signum, Value handler) {
    if (signum <= 0 || signum >= SIGNALS_MAX) {
        err_set_str(&exc_ValueError, "signal number out of range");
        return -1;
    }
    int rc;
    if (handler == FROM_SMALLINT(0)) rc = install(signum, SIG_DFL);
    else if (handler == FROM_SMALLINT(1)) rc = install(signum, SIG_IGN);
    else rc = install(signum, c_handler);
    if (rc != 0) {
        err_from_errno(&exc_OSError, errno, NULL);
        return -1;
    }
    XINCREF(handler);
    SETREF(handlers[signum], handler);
    return 0;
}

Value signals_get_handler(int signum) {
    return handlers[signum];
}

void signals_block_async(sigset_t *saved) {
    sigset_t all;
    sigemptyset(&all);
    sigaddset(&all, SIGINT);
    sigaddset(&all, SIGTERM);
    sigaddset(&all, SIGHUP);
    sigaddset(&all, SIGQUIT);
    sigaddset(&all, SIGUSR1);
    sigaddset(&all, SIGUSR2);
    sigaddset(&all, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &all, saved);
}

void signals_restore_mask(const sigset_t *saved) {
    pthread_sigmask(SIG_SETMASK, saved, NULL);
}
