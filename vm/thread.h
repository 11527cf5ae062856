/* thread.h - per-thread state and the shared interpreter state.
 *
 * No interpreter state lives in C globals that a second thread would clobber:
 * everything per-thread hangs off the ThreadState of the calling OS thread
 * (thread_current(), a thread-local pointer), everything shared hangs off
 * the single Interp. Both are touched only while holding the GIL, except the
 * atomic eval_breaker word, which other threads and signal handlers set.
 */
#ifndef BATON_THREAD_H
#define BATON_THREAD_H

#include <pthread.h>
#include <stdatomic.h>

#include "object.h"

struct Frame;

typedef struct ThreadState {
    struct Interp *interp;
    struct ThreadState *next;     /* in interp->threads; protected by the GIL */
    struct Frame *frame;          /* innermost executing frame, or NULL */
    Value exc;                    /* exception being raised, or VAL_NULL */
    Value handled_exc;            /* exception being handled (sys.exc_info()), or VAL_NULL */
    int recursion_depth;          /* Python-level call depth */
    int c_recursion_depth;        /* nested C-level eval activations */
    pthread_t pthread;
    unsigned long ident;          /* threading.get_ident() */
    long native_id;               /* gettid() */
    Value thread_obj;             /* the threading.Thread object, or VAL_NULL */
    Value local_dicts;            /* dict: threading.local object id -> its dict */
} ThreadState;

typedef struct Interp {
    Value modules;                /* dict: sys.modules */
    Value builtins;               /* dict: the builtins module's namespace */
    Value builtins_module;
    Value sys_module;
    ThreadState *threads;         /* all live thread states; protected by the GIL */
    ThreadState *main_thread;
    int recursion_limit;
    /* Set by other threads and signal handlers; read by the eval loop at
     * backward jumps and function entry (EVAL_BREAKER_CHECK in eval.c). */
    atomic_uint eval_breaker;
    Value argv;                   /* list: sys.argv */
    Value path;                   /* list: sys.path */
} Interp;

/* Bits of interp->eval_breaker. */
#define BREAKER_GIL_DROP_REQUEST 0x1u
#define BREAKER_SIGNALS_PENDING 0x2u
#define BREAKER_ASYNC_EXC 0x4u

extern Interp interp_main;        /* the one interpreter */
extern _Thread_local ThreadState *thread_current_ts;

static inline ThreadState *thread_current(void) { return thread_current_ts; }

/* Create/destroy the state of the calling OS thread (registered in interp). */
ThreadState *thread_state_new(void);
void thread_state_delete(ThreadState *ts);

#endif
