/* signals.h - turning OS signals into Python-level handler calls.
 *
 * The C handler only records the signal and sets BREAKER_SIGNALS_PENDING;
 * the main thread runs the Python handler at its next eval-breaker check, or
 * when a blocking wait of the main thread returns EINTR (every blocking call
 * that waits with the GIL released checks signals_check() on EINTR). The
 * default SIGINT handler raises KeyboardInterrupt. Threads other than the
 * main thread block the asynchronous signals, so the kernel delivers them
 * to the main thread and interrupts its waits. */
#ifndef BATON_SIGNALS_H
#define BATON_SIGNALS_H

#include <signal.h>

#include "object.h"

#define SIGNALS_MAX 65

int signals_init(void);                 /* installs the SIGINT handler; main thread */
/* Runs pending handlers if the caller is the main thread: 0, or -1 with the
 * handler's exception (KeyboardInterrupt by default) set. */
int signals_check(void);
/* handler: SIG_DFL / SIG_IGN as small ints 0 / 1, the default_int_handler
 * marker VAL_NULL, or a callable. */
int signals_set_handler(int signum, Value handler);
Value signals_get_handler(int signum);  /* borrowed; VAL_NULL: default_int_handler */
/* Block the asynchronous signals in the calling thread (new threads inherit
 * the mask of their creator: bracket pthread_create with these). */
void signals_block_async(sigset_t *saved);
void signals_restore_mask(const sigset_t *saved);

#endif
