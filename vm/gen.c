/* gen.c - generators and coroutines.
 *
 * A generator owns a suspended Frame. Resuming pushes the sent value onto
 * the frame's stack (YIELD_VALUE left a hole for it; YIELD_FROM re-executes
 * with it as the value to pass on) and re-enters eval_frame. While a
 * generator runs it has its own handled exception: on resume its saved one
 * (or, if none, the caller's) becomes the thread's, and on suspension the
 * thread's is handed back to the caller.
 *
 * Suspended inside YIELD_FROM, throw() and close() go first to the
 * subiterator on top of the frame's stack; its result decides whether the
 * generator stays suspended, continues with the subiterator's return value,
 * or receives the subiterator's exception.
 *
 * A StopIteration escaping the body becomes RuntimeError("generator raised
 * StopIteration"). A generator's `return v` is `*returned` for C callers and
 * StopIteration(v) for Python callers of send() and __next__().
 */
#include <string.h>

#include "gen.h"
#include "error.h"
#include "eval.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "names.h"
#include "str.h"
#include "tuple.h"

#define GEN(v) ((GenObj *)AS_OBJ(v))

static const char *gen_kind(const GenObj *g) {
    return g->hdr.type == &coroutine_type ? "coroutine" : "generator";
}

Value gen_new(Frame *f, Value func) {
    Type *t = (f->code->flags & CO_COROUTINE) ? &coroutine_type : &generator_type;
    GenObj *g = (GenObj *)obj_alloc(t);
    g->frame = f;
    if (func != VAL_NULL && IS_FUNC(func)) {
        g->name = NEWREF(((FuncObj *)AS_OBJ(func))->name);
        g->qualname = NEWREF(((FuncObj *)AS_OBJ(func))->qualname);
    } else {
        g->name = NEWREF(f->code->name);
        g->qualname = NEWREF(f->code->qualname);
    }
    g->exc_state = VAL_NULL;
    g->running = false;
    return OBJ_VAL(g);
}

/* The body let StopIteration escape: replace it with RuntimeError, chained. */
static void gen_convert_stopiteration(GenObj *g) {
    Value stop = err_fetch();
    err_format(&exc_RuntimeError, "%s raised StopIteration", gen_kind(g));
    Value rt = err_fetch();
    ExcObj *e = (ExcObj *)AS_OBJ(rt);
    SETREF(e->cause, NEWREF(stop));
    SETREF(e->context, stop);
    e->suppress_context = true;
    err_restore(rt);
}

static void gen_finish(GenObj *g) {
    Frame *f = g->frame;
    g->frame = NULL;
    frame_free(f);
}

/* Run the frame once. sent: the value for the suspended yield (VAL_NULL: the
 * caller already arranged the stack); throwing: raise ts->exc at the yield. */
static Value gen_resume(GenObj *g, Value sent, bool throwing, bool *returned) {
    *returned = false;
    if (g->running) return err_format(&exc_ValueError, "%s already executing", gen_kind(g));
    Frame *f = g->frame;
    if (f == NULL) {
        if (throwing) return VAL_NULL;
        if (g->hdr.type == &coroutine_type)
            return err_set_str(&exc_RuntimeError, "cannot reuse already awaited coroutine");
        *returned = true;
        return NEWREF(VAL_NONE);
    }
    if (f->state == FRAME_CREATED) {
        if (throwing) {
            gen_finish(g);
            return VAL_NULL;
        }
        if (sent != VAL_NULL && !IS_NONE(sent))
            return err_format(&exc_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
    } else if (!throwing && sent != VAL_NULL) {
        *f->sp++ = NEWREF(sent);
    }
    ThreadState *ts = thread_current();
    Value prev = ts->handled_exc;
    ts->handled_exc = g->exc_state != VAL_NULL ? g->exc_state : (XINCREF(prev), prev);
    g->exc_state = VAL_NULL;
    g->running = true;
    FrameState before = f->state;
    Value r = eval_frame(ts, f, throwing);
    g->running = false;
    Value cur = ts->handled_exc;
    if (f->state == FRAME_SUSPENDED && cur != prev) g->exc_state = cur;
    else XDECREF(cur);
    ts->handled_exc = prev;
    if (f->state != FRAME_COMPLETED) {
        /* eval_frame refused to start (recursion limit): undo the push. */
        if (r == VAL_NULL && f->state == before && before == FRAME_SUSPENDED && !throwing && sent != VAL_NULL) {
            Value v = *--f->sp;
            DECREF(v);
        }
        return r;
    }
    gen_finish(g);
    if (r != VAL_NULL) {
        *returned = true;
        return r;
    }
    if (err_matches(&exc_StopIteration)) gen_convert_stopiteration(g);
    return VAL_NULL;
}

Value gen_send(Value gen, Value v, bool *returned) {
    return gen_resume(GEN(gen), v, false, returned);
}

/* Raise StopIteration(value) for a Python-level caller (no args for None). */
static Value gen_raise_return(Value value) {
    Value exc = IS_NONE(value) ? obj_call0(OBJ_VAL(&exc_StopIteration))
                               : obj_call1(OBJ_VAL(&exc_StopIteration), value);
    DECREF(value);
    if (exc != VAL_NULL) err_restore(exc);
    return VAL_NULL;
}

/* close() a subiterator of yield from: 0, or -1 with its error set. */
static int gen_close_iter(Value sub) {
    Value r;
    if (IS_GEN_OR_CORO(sub)) {
        r = gen_close(sub);
    } else {
        Value m = obj_getattr_opt(sub, names.close);
        if (m == VAL_NULL) return err_occurred() ? -1 : 0;
        r = obj_call0(m);
        DECREF(m);
    }
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

static Value gen_throw_exc(GenObj *g, Value exc, bool *returned);

/* throw() while suspended in YIELD_FROM: hand exc to the subiterator first.
 * Returns what it yields (*delegated true), or VAL_NULL after updating exc
 * (the exception to raise in this frame) or resuming the frame. */
static Value gen_throw_delegate(GenObj *g, Value *exc, bool *returned, bool *delegated) {
    Frame *f = g->frame;
    Value sub = NEWREF(f->sp[-1]);
    Value r = VAL_NULL;
    bool sub_returned = false;
    *delegated = false;
    g->running = true;
    if (type_is_subtype(TYPE_OF(*exc), &exc_GeneratorExit)) {
        int rc = gen_close_iter(sub);
        g->running = false;
        DECREF(sub);
        if (rc < 0) SETREF(*exc, err_fetch());
        return VAL_NULL;
    }
    if (IS_GEN_OR_CORO(sub)) {
        r = gen_throw_exc(GEN(sub), NEWREF(*exc), &sub_returned);
    } else {
        Value m = obj_getattr_opt(sub, names.throw);
        if (m != VAL_NULL) {
            r = obj_call1(m, *exc);
            DECREF(m);
            if (r == VAL_NULL && err_matches(&exc_StopIteration)) {
                Value stop = err_fetch();
                r = exc_stopiteration_value(stop);
                DECREF(stop);
                sub_returned = true;
            }
        }
    }
    g->running = false;
    DECREF(sub);
    if (r != VAL_NULL && !sub_returned) {
        *delegated = true;
        return r;
    }
    if (r != VAL_NULL) {
        /* The subiterator finished: continue after YIELD_FROM with its value. */
        Value old = *--f->sp;
        DECREF(old);
        *f->sp++ = r;
        f->pc++;
        f->in_yield_from = false;
        *delegated = true;
        return gen_resume(g, VAL_NULL, false, returned);
    }
    if (err_occurred()) SETREF(*exc, err_fetch());
    return VAL_NULL;
}

/* Raise exc (an instance; stolen) inside the generator. */
static Value gen_throw_exc(GenObj *g, Value exc, bool *returned) {
    *returned = false;
    Frame *f = g->frame;
    if (f != NULL && f->state == FRAME_SUSPENDED && f->in_yield_from && !g->running) {
        bool delegated;
        Value r = gen_throw_delegate(g, &exc, returned, &delegated);
        if (delegated) {
            DECREF(exc);
            return r;
        }
    }
    err_restore(exc);
    return gen_resume(g, VAL_NULL, true, returned);
}

/* Make an exception instance from throw()'s (type, value) arguments. */
static Value gen_make_exc(Value typ, Value val) {
    bool is_class = IS_OBJ(typ) && type_is_subtype(AS_OBJ(typ)->type, &type_type);
    if (is_class && (((Type *)AS_OBJ(typ))->flags & TYPE_EXCEPTION)) {
        if (val != VAL_NULL && IS_EXCEPTION(val) && type_is_subtype(TYPE_OF(val), (Type *)AS_OBJ(typ)))
            return NEWREF(val);
        if (val == VAL_NULL || IS_NONE(val)) return obj_call0(typ);
        if (IS_TUPLE(val)) return obj_call(typ, TUPLE_ITEMS(val), TUPLE_LEN(val), VAL_NULL);
        return obj_call1(typ, val);
    }
    if (IS_EXCEPTION(typ)) {
        if (val != VAL_NULL && !IS_NONE(val))
            return err_set_str(&exc_TypeError, "instance exception may not have a separate value");
        return NEWREF(typ);
    }
    return err_format(&exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, not %T", typ);
}

Value gen_throw(Value gen, Value exc) {
    Value inst = gen_make_exc(exc, VAL_NULL);
    if (inst == VAL_NULL) return VAL_NULL;
    bool returned;
    Value r = gen_throw_exc(GEN(gen), inst, &returned);
    return r != VAL_NULL && returned ? gen_raise_return(r) : r;
}

Value gen_close(Value gen) {
    GenObj *g = GEN(gen);
    Frame *f = g->frame;
    if (f == NULL) return NEWREF(VAL_NONE);
    if (f->state == FRAME_CREATED && !g->running) {
        gen_finish(g);
        return NEWREF(VAL_NONE);
    }
    Value exc = obj_call0(OBJ_VAL(&exc_GeneratorExit));
    if (exc == VAL_NULL) return VAL_NULL;
    bool returned;
    Value r = gen_throw_exc(g, exc, &returned);
    if (r != VAL_NULL) {
        DECREF(r);
        if (returned) return NEWREF(VAL_NONE);
        return err_format(&exc_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
    }
    if (err_matches(&exc_GeneratorExit) || err_matches(&exc_StopIteration)) {
        err_clear();
        return NEWREF(VAL_NONE);
    }
    return VAL_NULL;
}

/* ---- the type slots ---- */

static Value gen_iternext(Value self) {
    bool returned;
    Value r = gen_resume(GEN(self), VAL_NONE, false, &returned);
    if (r != VAL_NULL && returned) {
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

static Value gen_iter(Value self) { return NEWREF(self); }

static Value gen_repr(Value self) {
    GenObj *g = GEN(self);
    return str_printf("<%s object %s at %p>", gen_kind(g), str_cstr(g->qualname), (void *)g);
}

/* Finalisation (PEP 442: once per generator, from its dealloc or from the
 * cycle collector) closes a suspended generator so that its finally blocks
 * run; an exception escaping close() is printed as unraisable. */
static void gen_finalize(Obj *o) {
    GenObj *g = (GenObj *)o;
    if (g->frame == NULL || g->frame->state != FRAME_SUSPENDED) return;
    Value r = gen_close(OBJ_VAL(o));
    if (r != VAL_NULL) {
        DECREF(r);
        return;
    }
    Value exc = err_fetch();
    Value where = gen_repr(OBJ_VAL(o));
    err_write_unraisable(exc, where != VAL_NULL ? str_cstr(where) : gen_kind(g));
    XDECREF(where);
    DECREF(exc);
}

/* Under the trashcan (list.h): a chain of generators each holding the
 * next, 300000 long, is freed without 300000 nested C frames. */
static void gen_dealloc(Obj *o) {
    if (!dealloc_enter(o)) return;
    GenObj *g = (GenObj *)o;
    if (g->frame != NULL && g->frame->state == FRAME_SUSPENDED && gc_finalize_from_dealloc(o)) {
        dealloc_leave(); /* resurrected by a finally block */
        return;
    }
    if (g->frame != NULL) gen_finish(g);
    DECREF(g->name);
    DECREF(g->qualname);
    XDECREF(g->exc_state);
    obj_free(o);
    dealloc_leave();
}

/* The frame of a running generator is skipped: its value stack is only
 * saved at some points, and whoever runs the generator holds a reference
 * to it anyway, so what the frame holds stays alive as referenced from
 * outside. */
static void gen_traverse(Obj *o, VisitFn visit, void *arg) {
    GenObj *g = (GenObj *)o;
    if (g->exc_state != VAL_NULL) visit(g->exc_state, arg);
    Frame *f = g->frame;
    if (f == NULL || g->running || f->state == FRAME_EXECUTING) return;
    if (f->func != VAL_NULL) {
        visit(f->func, arg);
    } else { /* the frame's own references (frame.h) */
        visit(OBJ_VAL(f->code), arg);
        visit(f->globals, arg);
        visit(f->builtins, arg);
    }
    if (f->locals != VAL_NULL) visit(f->locals, arg);
    for (Value *p = f->localsplus; p < f->sp; p++)
        if (*p != VAL_NULL) visit(*p, arg);
}

/* The collector breaks a cycle through a generator by dropping its frame
 * (its finalizer, which ran first, closed it if it could). */
static void gen_clear(Obj *o) {
    GenObj *g = (GenObj *)o;
    CLEAR(g->exc_state);
    if (g->frame != NULL && !g->running) gen_finish(g);
}

/* ---- Python-level methods ---- */

static Value gen_m_send(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("send", kwnames) < 0 || args_count("send", nargs - 1, 1, 1) < 0) return VAL_NULL;
    bool returned;
    Value r = gen_resume(GEN(args[0]), args[1], false, &returned);
    return r != VAL_NULL && returned ? gen_raise_return(r) : r;
}

typedef struct {
    Obj hdr;
    Value coro;
} CoroWrapperObj;

Value gen_next_raise(Value it) {
    if (IS_TYPE(it, coroutine_wrapper_type)) it = ((CoroWrapperObj *)AS_OBJ(it))->coro;
    else if (!IS_GENERATOR(it)) return obj_next(it);
    bool returned;
    Value r = gen_resume(GEN(it), VAL_NONE, false, &returned);
    return r != VAL_NULL && returned ? gen_raise_return(r) : r;
}

static Value gen_m_next(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__next__", kwnames) < 0 || args_count("__next__", nargs - 1, 0, 0) < 0) return VAL_NULL;
    return gen_next_raise(args[0]);
}

static Value gen_m_throw(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("throw", kwnames) < 0 || args_count("throw", nargs - 1, 1, 3) < 0) return VAL_NULL;
    Value exc = gen_make_exc(args[1], nargs > 2 ? args[2] : VAL_NULL);
    if (exc == VAL_NULL) return VAL_NULL;
    bool returned;
    Value r = gen_throw_exc(GEN(args[0]), exc, &returned);
    return r != VAL_NULL && returned ? gen_raise_return(r) : r;
}

static Value gen_m_close(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("close", kwnames) < 0 || args_count("close", nargs - 1, 0, 0) < 0) return VAL_NULL;
    return gen_close(args[0]);
}

static Value gen_m_iter(Value *args, size_t nargs, Value kwnames) {
    (void)nargs;
    (void)kwnames;
    return NEWREF(args[0]);
}

static Value gen_get_name(Value self) { return NEWREF(GEN(self)->name); }
static Value gen_get_qualname(Value self) { return NEWREF(GEN(self)->qualname); }
static Value gen_get_running(Value self) { return VAL_BOOL(GEN(self)->running); }

static int gen_set_str(Value *slot, Value v, const char *what) {
    if (v == VAL_NULL || !IS_STR(v)) {
        err_format(&exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*slot, NEWREF(v));
    return 0;
}
static int gen_set_name(Value self, Value v) { return gen_set_str(&GEN(self)->name, v, "__name__"); }
static int gen_set_qualname(Value self, Value v) { return gen_set_str(&GEN(self)->qualname, v, "__qualname__"); }

static Value gen_get_yieldfrom(Value self) {
    Frame *f = GEN(self)->frame;
    if (f != NULL && f->state == FRAME_SUSPENDED && f->in_yield_from) return NEWREF(f->sp[-1]);
    return NEWREF(VAL_NONE);
}

static Value gen_get_code(Value self) {
    Frame *f = GEN(self)->frame;
    return NEWREF(f != NULL ? OBJ_VAL(f->code) : VAL_NONE);
}

static const MethodDef gen_methods[] = {
    { "send", gen_m_send, 0 },
    { "throw", gen_m_throw, 0 },
    { "close", gen_m_close, 0 },
    { "__next__", gen_m_next, 0 },
    { "__iter__", gen_m_iter, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef gen_getsets[] = {
    { "__name__", gen_get_name, gen_set_name },
    { "__qualname__", gen_get_qualname, gen_set_qualname },
    { "gi_running", gen_get_running, NULL },
    { "gi_yieldfrom", gen_get_yieldfrom, NULL },
    { "gi_code", gen_get_code, NULL },
    { NULL, NULL, NULL },
};

Type generator_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "generator",
    .basicsize = sizeof(GenObj),
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .next = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---- coroutines ---- */

static Value coro_m_await(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__await__", kwnames) < 0 || args_count("__await__", nargs - 1, 0, 0) < 0) return VAL_NULL;
    CoroWrapperObj *w = (CoroWrapperObj *)obj_alloc(&coroutine_wrapper_type);
    w->coro = NEWREF(args[0]);
    return OBJ_VAL(w);
}

static const MethodDef coro_methods[] = {
    { "send", gen_m_send, 0 },
    { "throw", gen_m_throw, 0 },
    { "close", gen_m_close, 0 },
    { "__await__", coro_m_await, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef coro_getsets[] = {
    { "__name__", gen_get_name, gen_set_name },
    { "__qualname__", gen_get_qualname, gen_set_qualname },
    { "cr_running", gen_get_running, NULL },
    { "cr_await", gen_get_yieldfrom, NULL },
    { "cr_code", gen_get_code, NULL },
    { NULL, NULL, NULL },
};

Type coroutine_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "coroutine",
    .basicsize = sizeof(GenObj),
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .getattr = obj_generic_getattr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

/* coroutine.__await__() returns this iterator over the coroutine. */
static void coro_wrapper_dealloc(Obj *o) {
    DECREF(((CoroWrapperObj *)o)->coro);
    obj_free(o);
}

static void coro_wrapper_traverse(Obj *o, VisitFn visit, void *arg) {
    visit(((CoroWrapperObj *)o)->coro, arg);
}

static Value coro_wrapper_next(Value self) {
    return gen_iternext(((CoroWrapperObj *)AS_OBJ(self))->coro);
}

/* Forward a method call to the wrapped coroutine: args[0] becomes it. */
static Value coro_wrapper_forward(CFunc fn, Value *args, size_t nargs, Value kwnames) {
    Value saved = args[0];
    args[0] = ((CoroWrapperObj *)AS_OBJ(saved))->coro;
    Value r = fn(args, nargs, kwnames);
    args[0] = saved;
    return r;
}

static Value coro_wrapper_send(Value *a, size_t n, Value k) { return coro_wrapper_forward(gen_m_send, a, n, k); }
static Value coro_wrapper_throw(Value *a, size_t n, Value k) { return coro_wrapper_forward(gen_m_throw, a, n, k); }
static Value coro_wrapper_close(Value *a, size_t n, Value k) { return coro_wrapper_forward(gen_m_close, a, n, k); }
static Value coro_wrapper_m_next(Value *a, size_t n, Value k) { return coro_wrapper_forward(gen_m_next, a, n, k); }

static const MethodDef coro_wrapper_methods[] = {
    { "send", coro_wrapper_send, 0 },
    { "throw", coro_wrapper_throw, 0 },
    { "close", coro_wrapper_close, 0 },
    { "__next__", coro_wrapper_m_next, 0 },
    { "__iter__", gen_m_iter, 0 },
    { NULL, NULL, 0 },
};

Type coroutine_wrapper_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapperObj),
    .dealloc = coro_wrapper_dealloc,
    .traverse = coro_wrapper_traverse,
    .getattr = obj_generic_getattr,
    .iter = gen_iter,
    .next = coro_wrapper_next,
    .methods = coro_wrapper_methods,
};

int eval_init_types(void) {
    if (type_ready(&coroutine_type) < 0) return -1;
    return type_ready(&coroutine_wrapper_type);
}
