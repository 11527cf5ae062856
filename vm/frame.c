/* frame.c - frames: allocation, argument binding, cells, and the queries
 * about the innermost frame (globals(), locals(), the current line).
 *
 * Argument binding follows CPython 3.11's order of checks, so that a call
 * with several mistakes reports the same one CPython does: positional
 * arguments, *args, keywords (unexpected / duplicate), too many positional
 * arguments, missing positional arguments, then keyword-only ones.
 */
#include <stdio.h>
#include <string.h>

#include "frame.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "func.h"
#include "module.h"
#include "names.h"
#include "str.h"
#include "tuple.h"

/* Freed frames are kept per thread in a few size classes and reused, since
 * a call allocating and freeing its frame is the commonest allocation. */
#define FRAME_CLASSES 3
#define FRAME_CACHE_MAX 64
static const size_t frame_class_slots[FRAME_CLASSES] = { 16, 32, 64 };
static _Thread_local Frame *frame_cache[FRAME_CLASSES];
static _Thread_local int frame_cache_len[FRAME_CLASSES];

/* The size class for a frame of `slots` Values, or -1 when too big. */
static inline int frame_class(size_t slots) {
    return slots <= frame_class_slots[0] ? 0 : slots <= frame_class_slots[1] ? 1
         : slots <= frame_class_slots[2] ? 2 : -1;
}

static Frame *frame_alloc(size_t slots) {
    int c = frame_class(slots);
    if (c < 0) return mem_alloc(sizeof(Frame) + slots * sizeof(Value));
    Frame *f = frame_cache[c];
    if (f != NULL) {
        frame_cache[c] = f->back;
        frame_cache_len[c]--;
        return f;
    }
    return mem_alloc(sizeof(Frame) + frame_class_slots[c] * sizeof(Value));
}

static void frame_release(Frame *f, size_t slots) {
    int c = frame_class(slots);
    if (c < 0 || frame_cache_len[c] >= FRAME_CACHE_MAX) {
        mem_free(f);
        return;
    }
    f->back = frame_cache[c];
    frame_cache[c] = f;
    frame_cache_len[c]++;
}

/* A frame for code with the header filled in and localsplus not cleared. */
static inline __attribute__((always_inline)) Frame *frame_start(Code *code, Value func, Value globals, Value builtins, Value locals) {
    int nlp = code->nlocals + code->ncells + code->nfree;
    Frame *f = frame_alloc((size_t)nlp + (size_t)code->stacksize);
    f->back = NULL;
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    if (func != VAL_NULL) {
        INCREF(func);
    } else {
        INCREF(OBJ_VAL(code));
        INCREF(globals);
        INCREF(builtins);
    }
    f->locals = locals;
    XINCREF(locals);
    f->nlocalsplus = nlp;
    f->sp = f->localsplus + nlp;
    f->pc = 0;
    f->state = FRAME_CREATED;
    f->in_yield_from = false;
    f->is_entry = false;
    return f;
}

Frame *frame_new(Code *code, Value func, Value globals, Value builtins, Value locals) {
    Frame *f = frame_start(code, func, globals, builtins, locals);
    memset(f->localsplus, 0, (size_t)f->nlocalsplus * sizeof(Value));
    return f;
}

Frame *frame_for_call(Value func, Value *args, size_t nargs, Value kwnames) {
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    Code *co = (Code *)AS_OBJ(fn->code);
    Frame *f = frame_start(co, func, fn->globals, fn->builtins, VAL_NULL);
    Value *lp = f->localsplus;
    size_t nlp = (size_t)f->nlocalsplus;
    if (nargs == (size_t)co->argcount && kwnames == VAL_NULL && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (size_t i = 0; i < nargs; i++) lp[i] = NEWREF(args[i]);
        for (size_t i = nargs; i < nlp; i++) lp[i] = VAL_NULL;
    } else {
        for (size_t i = 0; i < nlp; i++) lp[i] = VAL_NULL;
        if (frame_bind_args(f, func, args, nargs, kwnames) < 0) {
            frame_free(f);
            return NULL;
        }
    }
    if (co->ncells | co->nfree) frame_init_cells(f, fn->closure);
    return f;
}

void frame_init_cells(Frame *f, Value closure) {
    Code *co = f->code;
    Value *cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        int arg = co->cell2arg ? co->cell2arg[i] : -1;
        if (arg >= 0) {
            cells[i] = cell_new(f->localsplus[arg]);
            CLEAR(f->localsplus[arg]);
        } else {
            cells[i] = cell_new(VAL_NULL);
        }
    }
    for (int i = 0; i < co->nfree; i++)
        cells[co->ncells + i] = NEWREF(TUPLE_GET(closure, i));
}

Value frame_builtins_for(Value globals) {
    Value b = IS_DICT(globals) ? dict_get_str(globals, names.__builtins__) : VAL_NULL;
    if (b != VAL_NULL && IS_MODULE(b)) return MODULE_DICT(b);
    if (b != VAL_NULL && IS_DICT(b)) return b;
    if (b == VAL_NULL && err_occurred()) err_clear();
    return interp_main.builtins;
}

/* Free the calling thread's cached frames; a thread calls this as it ends
 * (the cache is thread-local, so nobody else could ever reuse them). */
void frame_cache_clear(void) {
    for (int c = 0; c < FRAME_CLASSES; c++) {
        while (frame_cache[c] != NULL) {
            Frame *f = frame_cache[c];
            frame_cache[c] = f->back;
            mem_free(f);
        }
        frame_cache_len[c] = 0;
    }
}

void frame_free(Frame *f) {
    for (Value *p = f->localsplus; p < f->sp; p++) XDECREF(*p);
    Code *co = f->code;
    size_t slots = (size_t)f->nlocalsplus + (size_t)co->stacksize;
    XDECREF(f->locals);
    if (f->func != VAL_NULL) {
        DECREF(f->func);
    } else {
        DECREF(f->globals);
        DECREF(f->builtins);
        DECREF(OBJ_VAL(co));
    }
    frame_release(f, slots);
}

/* ---- argument binding ---- */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'": CPython's list of missing names. */
static Value frame_name_list(Value *names_, size_t n) {
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) strbuf_append_cstr(&b, n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
        strbuf_append_char(&b, '\'');
        strbuf_append_str(&b, names_[i]);
        strbuf_append_char(&b, '\'');
    }
    return strbuf_finish(&b);
}

/* The name argument errors show: the function's qualname ("C.m"). */
static Value frame_func_name(Value func) {
    return NEWREF(((FuncObj *)AS_OBJ(func))->qualname);
}

/* "f() missing 2 required positional arguments: 'a' and 'b'" for the unbound
 * slots of [start, end) that have no default (kwonly: kwdefaults checked by caller). */
static int frame_missing(Frame *f, Value func, int start, int end, const char *kind) {
    Value missing[end - start > 0 ? end - start : 1];
    size_t n = 0;
    for (int i = start; i < end; i++)
        if (f->localsplus[i] == VAL_NULL) missing[n++] = TUPLE_GET(f->code->varnames, i);
    Value list = frame_name_list(missing, n);
    Value qn = frame_func_name(func);
    err_format(&exc_TypeError, "%U() missing %zu required %s argument%s: %U", qn, n, kind,
               n == 1 ? "" : "s", list);
    DECREF(qn);
    DECREF(list);
    return -1;
}

static int frame_too_many_positional(Frame *f, Value func, size_t given) {
    Code *co = f->code;
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    size_t ndef = fn->defaults ? TUPLE_LEN(fn->defaults) : 0;
    size_t kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (f->localsplus[i] != VAL_NULL) kwonly_given++;
    char sig[64], extra[96];
    if (ndef > 0)
        snprintf(sig, sizeof sig, "from %zu to %d", (size_t)co->argcount - ndef, co->argcount);
    else
        snprintf(sig, sizeof sig, "%d", co->argcount);
    bool plural = ndef > 0 || co->argcount != 1;
    if (kwonly_given > 0)
        snprintf(extra, sizeof extra, "%zu positional argument%s (and %zu keyword-only argument%s)",
                 given, given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        snprintf(extra, sizeof extra, "%zu", given);
    Value qn = frame_func_name(func);
    err_format(&exc_TypeError, "%U() takes %s positional argument%s but %s %s given", qn, sig,
               plural ? "s" : "", extra, given == 1 && kwonly_given == 0 ? "was" : "were");
    DECREF(qn);
    return -1;
}

/* Index of parameter `name` among varnames[start, end), or -1. */
static int frame_find_param(Code *co, Value name, int start, int end) {
    Value *vn = TUPLE_ITEMS(co->varnames);
    for (int i = start; i < end; i++)
        if (vn[i] == name) return i;
    for (int i = start; i < end; i++)
        if (str_eq(vn[i], name)) return i;
    return -1;
}

/* A keyword that names no parameter: positional-only misuse or unexpected. */
static int frame_bad_keyword(Frame *f, Value func, Value name, Value kwnames) {
    Code *co = f->code;
    Value qn = frame_func_name(func);
    Value hits[co->posonlyargcount > 0 ? co->posonlyargcount : 1];
    size_t n = 0;
    for (size_t j = 0; j < TUPLE_LEN(kwnames); j++) {
        int i = frame_find_param(co, TUPLE_GET(kwnames, j), 0, co->posonlyargcount);
        if (i >= 0) hits[n++] = TUPLE_GET(co->varnames, i);
    }
    if (n > 0) {
        StrBuf b;
        strbuf_init(&b);
        for (size_t i = 0; i < n; i++) {
            if (i > 0) strbuf_append_cstr(&b, ", ");
            strbuf_append_str(&b, hits[i]);
        }
        Value list = strbuf_finish(&b);
        err_format(&exc_TypeError,
                   "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                   qn, list);
        DECREF(list);
    } else {
        err_format(&exc_TypeError, "%U() got an unexpected keyword argument '%U'", qn, name);
    }
    DECREF(qn);
    return -1;
}

static int frame_bind_keywords(Frame *f, Value func, Value *kwvals, Value kwnames, Value kwdict) {
    Code *co = f->code;
    int total = co->argcount + co->kwonlyargcount;
    for (size_t j = 0; j < TUPLE_LEN(kwnames); j++) {
        Value name = TUPLE_GET(kwnames, j);
        int i = frame_find_param(co, name, co->posonlyargcount, total);
        if (i < 0) {
            if (kwdict == VAL_NULL) return frame_bad_keyword(f, func, name, kwnames);
            if (dict_set(kwdict, name, kwvals[j]) < 0) return -1;
            continue;
        }
        if (f->localsplus[i] != VAL_NULL) {
            Value qn = frame_func_name(func);
            err_format(&exc_TypeError, "%U() got multiple values for argument '%U'", qn, name);
            DECREF(qn);
            return -1;
        }
        f->localsplus[i] = NEWREF(kwvals[j]);
    }
    return 0;
}

/* Fill unbound parameters from defaults; report the missing ones. */
static int frame_apply_defaults(Frame *f, Value func, size_t nargs) {
    Code *co = f->code;
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    Value *lp = f->localsplus;
    if ((int)nargs < co->argcount) {
        size_t ndef = fn->defaults ? TUPLE_LEN(fn->defaults) : 0;
        int m = co->argcount - (int)ndef;
        for (int i = (int)nargs; i < m; i++)
            if (lp[i] == VAL_NULL) return frame_missing(f, func, (int)nargs, m, "positional");
        for (int i = m > (int)nargs ? m : (int)nargs; i < co->argcount; i++)
            if (lp[i] == VAL_NULL) lp[i] = NEWREF(TUPLE_GET(fn->defaults, i - m));
    }
    int total = co->argcount + co->kwonlyargcount;
    bool missing = false;
    for (int i = co->argcount; i < total; i++) {
        if (lp[i] != VAL_NULL) continue;
        Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, TUPLE_GET(co->varnames, i)) : VAL_NULL;
        if (d != VAL_NULL) lp[i] = NEWREF(d);
        else missing = true;
    }
    if (missing) return frame_missing(f, func, co->argcount, total, "keyword-only");
    return 0;
}

int frame_bind_args(Frame *f, Value func, Value *args, size_t nargs, Value kwnames) {
    Code *co = f->code;
    Value *lp = f->localsplus;
    size_t argc = (size_t)co->argcount;
    if (nargs == argc && kwnames == VAL_NULL && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (size_t i = 0; i < nargs; i++) lp[i] = NEWREF(args[i]);
        return 0;
    }
    int total = co->argcount + co->kwonlyargcount;
    size_t n = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < n; i++) lp[i] = NEWREF(args[i]);
    int slot = total;
    if (co->flags & CO_VARARGS)
        lp[slot++] = nargs > n ? tuple_from_array(args + n, nargs - n) : tuple_empty();
    Value kwdict = VAL_NULL;
    if (co->flags & CO_VARKEYWORDS) lp[slot] = kwdict = dict_new();
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0 &&
        frame_bind_keywords(f, func, args + nargs, kwnames, kwdict) < 0)
        return -1;
    if (nargs > argc && !(co->flags & CO_VARARGS)) return frame_too_many_positional(f, func, nargs);
    return frame_apply_defaults(f, func, n);
}

/* ---- queries about the innermost frame ---- */

static Value frame_main_dict(void) {
    Value mod = interp_main.modules ? dict_get_str(interp_main.modules, names.__main__) : VAL_NULL;
    return mod != VAL_NULL && IS_MODULE(mod) ? MODULE_DICT(mod) : interp_main.builtins;
}

Value eval_globals(void) {
    ThreadState *ts = thread_current();
    return ts && ts->frame ? ts->frame->globals : frame_main_dict();
}

Value eval_builtins(void) {
    ThreadState *ts = thread_current();
    return ts && ts->frame ? ts->frame->builtins : interp_main.builtins;
}

/* locals(): the namespace of a module/class body, or for a function a new
 * dict of its bound fast locals and non-empty cells (free variables too). */
Value eval_locals(void) {
    ThreadState *ts = thread_current();
    Frame *f = ts ? ts->frame : NULL;
    if (f == NULL) return NEWREF(frame_main_dict());
    if (f->locals != VAL_NULL) return NEWREF(f->locals);
    Code *co = f->code;
    Value d = dict_new();
    for (int i = 0; i < co->nlocals; i++) {
        Value v = f->localsplus[i];
        if (v != VAL_NULL && dict_set(d, TUPLE_GET(co->varnames, i), v) < 0) goto fail;
    }
    for (int i = 0; i < co->ncells + co->nfree; i++) {
        Value cell = f->localsplus[co->nlocals + i];
        Value v = cell != VAL_NULL ? CELL_GET(cell) : VAL_NULL;
        Value name = i < co->ncells ? TUPLE_GET(co->cellvars, i)
                                    : TUPLE_GET(co->freevars, i - co->ncells);
        if (v != VAL_NULL && dict_set(d, name, v) < 0) goto fail;
    }
    return d;
fail:
    DECREF(d);
    return VAL_NULL;
}

int eval_current_line(void) {
    ThreadState *ts = thread_current();
    Frame *f = ts ? ts->frame : NULL;
    if (f == NULL) return -1;
    return code_line_of(f->code, f->pc > 0 ? f->pc - 1 : 0);
}

/* The first argument of the innermost frame (through its cell when the
 * argument was moved into one) and its __class__ free variable. */
int eval_super_args(Value *type, Value *obj) {
    ThreadState *ts = thread_current();
    Frame *f = ts ? ts->frame : NULL;
    if (f == NULL || f->code->argcount == 0) {
        err_set_str(&exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    Code *co = f->code;
    Value first = f->localsplus[0];
    for (int i = 0; co->cell2arg && i < co->ncells; i++)
        if (co->cell2arg[i] == 0) first = CELL_GET(f->localsplus[co->nlocals + i]);
    if (first == VAL_NULL) {
        err_set_str(&exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nfree; i++) {
        Value name = TUPLE_GET(co->freevars, i);
        if (name != names.__class__ && !str_eq(name, names.__class__)) continue;
        Value cell = f->localsplus[co->nlocals + co->ncells + i];
        Value cls = CELL_GET(cell);
        if (cls == VAL_NULL) {
            err_set_str(&exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        *type = cls;
        *obj = first;
        return 0;
    }
    err_set_str(&exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}
