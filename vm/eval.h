/* eval.h - running code: the eval loop, frames, generators. */
#ifndef BATON_EVAL_H
#define BATON_EVAL_H

#include "object.h"
#include "code.h"

/* Run a code object as a module/class body/exec() with the given namespaces.
 * locals may be VAL_NULL (then globals are used for LOAD_NAME/STORE_NAME). */
Value eval_code(Value code, Value globals, Value locals);
/* Call a Python function with the vector convention (object.h). */
Value eval_call_function(Value func, Value *args, size_t nargs, Value kwnames);

/* Generators (gen.c). send returns the yielded value; on return it sets
 * *returned = true and returns the return value; on error VAL_NULL. */
Value gen_send(Value gen, Value v, bool *returned);
Value gen_throw(Value gen, Value exc);
#define IS_GENERATOR(v) IS_TYPE(v, generator_type)

/* The globals dict / builtins dict of the innermost frame (or the main
 * module's when no frame runs). Borrowed. */
Value eval_globals(void);
Value eval_builtins(void);
Value eval_locals(void);              /* locals() of the innermost frame, new ref */
int eval_current_line(void);

#endif
