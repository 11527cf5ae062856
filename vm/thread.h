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

/* Per-thread GIL bookkeeping (gil.c): written by the owning thread while it
 * holds the GIL's internal mutex, read by gil.stats() under the same mutex. */
typedef struct {
    uint64_t acquisitions, contended, wait_ns, hold_ns, longest_wait_ns;
    uint64_t held_since_ns;       /* monotonic time of the current take */
    int ticks_left;               /* ticks policy: bytecodes until the next release */
    int trace_id;                 /* small id used in traces and timelines */
    char name[40];                /* the threading.Thread's name */
} GilThread;

typedef struct ThreadState {
    struct Interp *interp;
    struct ThreadState *next;     /* in interp->threads; protected by the GIL */
    struct Frame *frame;          /* innermost executing frame, or NULL */
    Value exc;                    /* exception being raised, or VAL_NULL */
    Value handled_exc;            /* exception being handled (sys.exc_info()), or VAL_NULL */
    int recursion_depth;          /* Python-level call depth */
    uintptr_t stack_floor;        /* lowest C stack address recursion may reach (thread_state_bind) */
    pthread_t pthread;
    unsigned long ident;          /* threading.get_ident() */
    long native_id;               /* gettid() */
    Value thread_obj;             /* the threading.Thread object, or VAL_NULL */
    Value local_dicts;            /* dict: threading.local object id -> its dict */
    GilThread gil;                /* GIL statistics and policy state */
} ThreadState;

/* requested by runtime: the GIL's tunables and instrumentation switches,
 * set by -X options and sys.set*interval() before or while running; the GIL
 * (next piece of work) reads them. Defaults in thread.c's interp_main. */
typedef enum { GIL_POLICY_INTERVAL, GIL_POLICY_TICKS, GIL_POLICY_FIFO } GilPolicy;
typedef struct {
    GilPolicy policy;             /* -X gil=interval|ticks|fifo */
    double switch_interval;       /* seconds, a whole number of microseconds */
    int check_interval;           /* bytecodes between checks (ticks policy) */
    bool stats;                   /* --gil-stats */
    bool timeline;                /* --gil-timeline */
    const char *trace_path;       /* --gil-trace=FILE, or NULL */
} GilConfig;

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
    /* requested by runtime: */
    GilConfig gil;                /* GIL settings (see GilConfig) */
    Value std_in, std_out, std_err; /* the original sys.__stdin__/__stdout__/__stderr__ */
    Value main_module;            /* __main__ */
} Interp;

/* Bits of interp->eval_breaker. */
#define BREAKER_GIL_DROP_REQUEST 0x1u
#define BREAKER_SIGNALS_PENDING 0x2u
#define BREAKER_ASYNC_EXC 0x4u
#define BREAKER_GIL_TICKS 0x8u  /* set for as long as the ticks policy is active */
#define BREAKER_GC_PENDING 0x10u /* the cycle collector asks for a pass (gc.c) */

extern Interp interp_main;        /* the one interpreter */
extern _Thread_local ThreadState *thread_current_ts;

static inline ThreadState *thread_current(void) { return thread_current_ts; }

/* Create/destroy the state of the calling OS thread (registered in interp). */
ThreadState *thread_state_new(void);
void thread_state_delete(ThreadState *ts);
/* Threads started by _thread: the creator (holding the GIL) prepares and
 * links the state; the new thread binds it to itself once it holds the GIL;
 * at the end the thread unlinks it (GIL held), releases the GIL, then frees it. */
ThreadState *thread_state_prepare(void);
void thread_state_bind(ThreadState *ts);
void thread_state_unlink(ThreadState *ts);
void thread_state_free(ThreadState *ts);

#endif
