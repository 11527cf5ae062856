/* eval.h - running code: the eval loop, frames, generators. */
#ifndef BATON_EVAL_H
#define BATON_EVAL_H

#include "object.h"
#include "code.h"
#include "thread.h"

/* type_ready() the types of eval's files that object.h does not list
 * (coroutine_type, coroutine_wrapper_type; gen.h). Call at start-up after
 * the core types are ready. 0, or -1 with an exception set. */
int eval_init_types(void);

/* Run a code object as a module/class body/exec() with the given namespaces.
 * locals may be VAL_NULL (then globals are used for LOAD_NAME/STORE_NAME). */
Value eval_code(Value code, Value globals, Value locals);
/* Call a Python function with the vector convention (object.h). */
Value eval_call_function(Value func, Value *args, size_t nargs, Value kwnames);

/* Generators (gen.c). send returns the yielded value; on return it sets
 * *returned = true and returns the return value; on error VAL_NULL. */
Value gen_send(Value gen, Value v, bool *returned);
Value gen_throw(Value gen, Value exc);
/* next(it) for Python-level callers such as builtins.next(). For a
 * generator (or coroutine.__await__() iterator) that returns, VAL_NULL with
 * StopIteration(return value) set, as gen.__next__() does (the iteration
 * slot returns VAL_NULL with no exception, losing the value). Any other
 * iterator: exactly obj_next(it). */
Value gen_next_raise(Value it);
#define IS_GENERATOR(v) IS_TYPE(v, generator_type)

/* The globals dict / builtins dict of the innermost frame (or the main
 * module's when no frame runs). Borrowed. */
Value eval_globals(void);
Value eval_builtins(void);
Value eval_locals(void);              /* locals() of the innermost frame, new ref */
int eval_current_line(void);

/* Run a class body: func's code with ns (a dict) as its locals, func's
 * globals and closure. Returns what the body returns: the __class__ cell or
 * None (new ref), or VAL_NULL. Used by builtins.__build_class__. */
Value eval_class_body(Value func, Value ns);

/* Zero-argument super(): from the innermost Python frame, its first argument
 * (*obj) and the contents of its __class__ free variable (*type); borrowed.
 * RuntimeError "super(): no arguments" / "super(): __class__ cell not found" /
 * "super(): empty __class__ cell". Returns 0 or -1. */
int eval_super_args(Value *type, Value *obj);

/* For C code that recurses through user code (repr of nested containers,
 * call chains): counts toward the recursion limit. RecursionError
 * "maximum recursion depth exceeded<where>" where `where` is e.g.
 * " while getting the repr of an object" (NULL: " while calling a Python
 * object"). enter returns 0, or -1 with the error set (then do NOT leave). */
int eval_enter_recursive_call(const char *where);
void eval_leave_recursive_call(void);

/* Eval-breaker hooks, filled in by the GIL and signal code. The loop checks
 * interp_main.eval_breaker at backward jumps and function entry and, when it
 * is non-zero, calls eval_handle_breaker, which calls these:
 *   BREAKER_SIGNALS_PENDING: eval_signal_hook(); non-zero = an exception was
 *       raised (e.g. KeyboardInterrupt) and is propagated;
 *   BREAKER_GIL_DROP_REQUEST: eval_gil_drop_hook(ts) drops and re-takes the GIL;
 *   BREAKER_ASYNC_EXC: eval_async_exc_hook(ts); non-zero = an exception was
 *       raised in this thread.
 * A bit whose hook is NULL is cleared so that the loop stops checking it.
 * Each hook clears its own bit when its work is done. */
extern int (*eval_signal_hook)(void);
extern void (*eval_gil_drop_hook)(ThreadState *ts);
extern int (*eval_async_exc_hook)(ThreadState *ts);
/* ninstr: about how many bytecodes ran since the last check (ticks policy).
 * BREAKER_GIL_TICKS calls gil_tick directly; BREAKER_GC_PENDING clears
 * itself and runs the cycle collector's automatic pass (gc.h). */
int eval_handle_breaker(ThreadState *ts, unsigned ninstr);   /* 0, or -1 with an exception set */

#endif
