/* frame.h - an activation of a code object.
 *
 * A Frame is one allocation: the header below, then `localsplus` (fast locals,
 * cells, free-variable cells; see code.h) immediately followed by the value
 * stack of code->stacksize slots. Frames of ordinary calls are created by the
 * caller and freed when the call returns; the frame of a generator or
 * coroutine belongs to that object and lives across suspensions.
 *
 * ts->frame points at the innermost executing frame; each frame's `back`
 * points at its caller while it runs (NULL while a generator is suspended).
 */
#ifndef BATON_FRAME_H
#define BATON_FRAME_H

#include "code.h"
#include "thread.h"

typedef enum {
    FRAME_CREATED,    /* set up, not yet run */
    FRAME_EXECUTING,  /* on some thread's frame chain */
    FRAME_SUSPENDED,  /* a generator paused at a yield */
    FRAME_COMPLETED   /* returned or raised */
} FrameState;

typedef struct Frame {
    struct Frame *back;     /* the calling frame while executing */
    /* code, globals and builtins are owned by a frame without func, else
     * borrowed from func, which the frame owns and which never changes them
     * (its __code__, __globals__ and __builtins__ are read-only). */
    Code *code;
    Value func;             /* the FuncObj (owned), or VAL_NULL for module/exec code */
    Value globals;
    Value builtins;
    Value locals;           /* owned; the namespace of module/class bodies, else VAL_NULL */
    Value *sp;              /* value-stack top, saved whenever the loop leaves the frame */
    uint32_t pc;            /* index of the next instruction to run */
    FrameState state;
    bool in_yield_from;     /* suspended inside YIELD_FROM: sp[-1] is the subiterator */
    bool is_entry;          /* run by its own eval_frame call; else a call that the
                               caller's loop runs in place, returning to `back` */
    int nlocalsplus;        /* nlocals + ncells + nfree */
    Value localsplus[];     /* then the value stack */
} Frame;

#define FRAME_STACK(f) ((f)->localsplus + (f)->nlocalsplus)

/* A frame for code with every local unbound and an empty stack. Takes new
 * references to func, or (func VAL_NULL) to code, globals and builtins, and
 * to locals (VAL_NULL allowed). With func, code/globals/builtins must be
 * func's. Cells are NOT created yet: see frame_init_cells. */
Frame *frame_new(Code *code, Value func, Value globals, Value builtins, Value locals);
/* The frame of a call of func (a FuncObj) with the vector convention: its
 * arguments bound and its cells made; or NULL with CPython's TypeError when
 * the arguments do not fit the parameters. */
Frame *frame_for_call(Value func, Value *args, size_t nargs, Value kwnames);
/* Create the cells of cellvars (moving arguments named in cell2arg into their
 * cell) and copy the free-variable cells from closure (a tuple, or VAL_NULL). */
void frame_init_cells(Frame *f, Value closure);
/* The builtins namespace for code running with these globals: the dict (or
 * module dict) of globals['__builtins__'], else the interpreter's. Borrowed. */
Value frame_builtins_for(Value globals);
/* Drop every reference the frame holds and free it. */
void frame_free(Frame *f);
/* Free the calling thread's cache of unused frames (at thread exit). */
void frame_cache_clear(void);
/* Bind a call's arguments (vector convention) to the parameters of func's
 * code in f->localsplus, with defaults, *args and **kwargs; CPython's
 * TypeErrors on mismatch. Returns 0, or -1 with an exception set. */
int frame_bind_args(Frame *f, Value func, Value *args, size_t nargs, Value kwnames);

/* Run f on thread ts until it returns, raises or yields. With throwing set,
 * the exception in ts->exc is raised at the point where f is suspended.
 * Returns the returned or yielded value (f->state tells which) or VAL_NULL. */
Value eval_frame(ThreadState *ts, Frame *f, bool throwing);

#endif
