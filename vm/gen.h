/* gen.h - generator and coroutine objects (gen.c).
 *
 * A generator owns the frame of its code; calling a generator function
 * creates one (gen_new) instead of running the body. The generic entry
 * points gen_send / gen_throw are declared in eval.h. */
#ifndef BATON_GEN_H
#define BATON_GEN_H

#include "frame.h"

typedef struct {
    Obj hdr;
    Frame *frame;        /* owned; NULL once the generator has finished */
    Value name;          /* str */
    Value qualname;      /* str */
    Value exc_state;     /* its handled exception while suspended, or VAL_NULL */
    bool running;
} GenObj;

extern Type coroutine_type;
extern Type coroutine_wrapper_type;  /* what coroutine.__await__() returns */

#define IS_COROUTINE(v) IS_TYPE(v, coroutine_type)
#define IS_GEN_OR_CORO(v) (IS_GENERATOR(v) || IS_COROUTINE(v))

/* A generator (or, for CO_COROUTINE code, a coroutine) owning frame f. */
Value gen_new(Frame *f, Value func);
/* gen.close(): None, or VAL_NULL with an exception set. */
Value gen_close(Value gen);

#endif
