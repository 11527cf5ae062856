/* eval.c - the bytecode interpreter loop.
 *
 * eval_frame() runs one Frame until it returns, raises or yields. Calling a
 * Python function recurses into eval_frame on the C stack; two checks keep
 * that safe: ts->recursion_depth (Python frames and nested C activations,
 * against the program's recursion limit, as CPython 3.11 counts them) and
 * the stack pointer against ts->stack_floor (whatever the program sets the
 * limit to, the C stack never overflows: RecursionError instead).
 *
 * The hot state (ip, sp, localsplus, consts) lives in C locals. Dispatch is
 * computed goto where the compiler supports it and a plain switch otherwise:
 * TARGET() and DISPATCH() are the only difference. Every opcode body is short;
 * work that is not on a hot path lives in static helpers below.
 *
 * Errors: a failing instruction jumps to `error`, which chains __context__,
 * adds a traceback entry for this frame and then, at `exception_unwind`
 * (RERAISE and bare `raise` jump straight there), looks up the exception
 * table (code.h).
 *
 * Inline caches (code->caches, one EvalCache per instruction, allocated the
 * first time the code runs) remember where a global, an instance attribute
 * or a method was found. They hold BORROWED pointers and are validated on
 * every use: a global or instance attribute is re-read from the dict entry
 * at the cached index only if that entry's key is the very same interned
 * name; builtins and methods are used only while the dict / type versions
 * they were found under are unchanged.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "eval.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "frame.h"
#include "gc.h"
#include "instattr.h"
#include "func.h"
#include "gen.h"
#include "gil.h"
#include "int.h"
#include "list.h"
#include "member.h"
#include "quicken.h"
#include "module.h"
#include "names.h"
#include "opcodes.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

int (*eval_signal_hook)(void);
void (*eval_gil_drop_hook)(ThreadState *ts);
int (*eval_async_exc_hook)(ThreadState *ts);

/* ---- inline caches ---- */

typedef enum {
    CACHE_EMPTY,
    CACHE_GLOBAL,      /* LOAD_GLOBAL: entry `index` of the globals dict */
    CACHE_BUILTIN,     /* LOAD_GLOBAL: absent from globals `dict` at `version`;
                          entry `index` of the builtins dict */
    CACHE_INSTANCE,    /* LOAD_ATTR/STORE_ATTR: type `type` at `version` has no data
                          descriptor for the name; LOAD_ATTR: entry `index` of
                          the instance dict */
    CACHE_METHOD,      /* LOAD_METHOD: `value` found on type `type` at `version`; for a
                          TYPE_INSTANCE_VALUES type, `index` is the name's value
                          index, UINT32_MAX if no instance has it (instattr.h) */
    CACHE_SLOT,        /* LOAD_ATTR/STORE_ATTR: on type `type` at `version` the name
                          is a __slots__ member at byte offset `index` (member.h) */
    CACHE_VALUES       /* LOAD_ATTR/STORE_ATTR: type `type` at `version` has no data
                          descriptor for the name, which is its instances' value
                          `index` (instattr.h) */
} CacheKind;

typedef struct {
    uint8_t kind;
    uint32_t index;
    uint64_t version;
    const void *key;   /* the globals dict or the Type the entry is valid for */
    Value value;       /* borrowed */
} EvalCache;

/* ---- recursion ---- */

/* While a RecursionError is being created (which itself calls code that
 * counts depth) the limits are raised by this much, so that raising the
 * error cannot recurse into raising it again. */
#define EVAL_RECURSION_HEADROOM 50
static _Thread_local bool eval_in_overflow;

/* Count one more nesting level; -1 (depth unchanged) when the recursion
 * limit would be passed or the C stack is down to its margin (while the
 * error is raised, half of the margin may be used). */
static int eval_recursion_push(ThreadState *ts) {
    int extra = eval_in_overflow ? EVAL_RECURSION_HEADROOM : 0;
    uintptr_t floor = ts->stack_floor - (eval_in_overflow ? CONFIG_STACK_MARGIN / 2 : 0);
    if (ts->recursion_depth >= interp_main.recursion_limit + extra ||
        UNLIKELY((uintptr_t)__builtin_frame_address(0) < floor))
        return -1;
    ts->recursion_depth++;
    return 0;
}

static void eval_recursion_error(const char *where) {
    bool was = eval_in_overflow;
    eval_in_overflow = true;
    err_format(&exc_RecursionError, "maximum recursion depth exceeded%s", where);
    eval_in_overflow = was;
}

int eval_enter_recursive_call(const char *where) {
    if (eval_recursion_push(thread_current()) == 0) return 0;
    eval_recursion_error(where ? where : " while calling a Python object");
    return -1;
}

void eval_leave_recursive_call(void) {
    ThreadState *ts = thread_current();
    ts->recursion_depth--;
}

/* ---- the eval breaker ---- */

int eval_handle_breaker(ThreadState *ts, unsigned ninstr) {
    unsigned bits = atomic_load_explicit(&interp_main.eval_breaker, memory_order_relaxed);
    if (bits & BREAKER_GIL_TICKS) gil_tick(ts, ninstr);
    if (bits & BREAKER_GIL_DROP_REQUEST) {
        if (eval_gil_drop_hook) eval_gil_drop_hook(ts);
        else atomic_fetch_and(&interp_main.eval_breaker, ~BREAKER_GIL_DROP_REQUEST);
    }
    if (bits & BREAKER_SIGNALS_PENDING) {
        if (eval_signal_hook) {
            if (eval_signal_hook() != 0) return -1;
        } else {
            atomic_fetch_and(&interp_main.eval_breaker, ~BREAKER_SIGNALS_PENDING);
        }
    }
    if (bits & BREAKER_ASYNC_EXC) {
        if (eval_async_exc_hook) {
            if (eval_async_exc_hook(ts) != 0) return -1;
        } else {
            atomic_fetch_and(&interp_main.eval_breaker, ~BREAKER_ASYNC_EXC);
        }
    }
    if (bits & BREAKER_GC_PENDING) {
        atomic_fetch_and(&interp_main.eval_breaker, ~BREAKER_GC_PENDING);
        gc_collect_pending();
    }
    return 0;
}

/* ---- helpers for names and messages ---- */

static Value eval_cell_name(Code *co, uint32_t i) {
    return (int)i < co->ncells ? TUPLE_GET(co->cellvars, i) : TUPLE_GET(co->freevars, i - co->ncells);
}

static void eval_unbound_local(Code *co, uint32_t i) {
    err_format(&exc_UnboundLocalError,
               "cannot access local variable '%U' where it is not associated with a value",
               TUPLE_GET(co->varnames, i));
}

static void eval_unbound_deref(Code *co, uint32_t i) {
    if ((int)i < co->ncells)
        err_format(&exc_UnboundLocalError,
                   "cannot access local variable '%U' where it is not associated with a value",
                   eval_cell_name(co, i));
    else
        err_format(&exc_NameError,
                   "cannot access free variable '%U' where it is not associated with a value"
                   " in enclosing scope", eval_cell_name(co, i));
}

static void eval_name_error(Value name) {
    err_format(&exc_NameError, "name '%U' is not defined", name);
    exc_set_name_error_name(name);
}

/* A class as a call's error messages name it: "dict()" for a builtin,
 * "mod.Qual()" for one defined in module mod (CPython's function string). */
static Value eval_class_str(Value cls) {
    Value qual = obj_getattr_opt(cls, names.__qualname__);
    Value mod = obj_getattr_opt(cls, names.__module__);
    Value r;
    if (qual == VAL_NULL || !IS_STR(qual))
        r = str_printf("%s()", ((Type *)AS_OBJ(cls))->name);
    else if (mod != VAL_NULL && IS_STR(mod) && strcmp(str_cstr(mod), "builtins") != 0)
        r = str_printf("%s.%s()", str_cstr(mod), str_cstr(qual));
    else
        r = str_printf("%s()", str_cstr(qual));
    XDECREF(qual);
    XDECREF(mod);
    err_clear();
    return r;
}

/* "__main__.f()" / "len()" / "int object": how CPython names a callable in
 * the errors of f(*x) and f(**m). */
static Value eval_func_str(Value callable) {
    if (IS_TYPE(callable, method_type)) callable = ((MethodObj *)AS_OBJ(callable))->func;
    if (IS_FUNC(callable)) {
        FuncObj *fn = (FuncObj *)AS_OBJ(callable);
        if (fn->module != VAL_NULL && IS_STR(fn->module) &&
            strcmp(str_cstr(fn->module), "builtins") != 0)
            return str_printf("%s.%s()", str_cstr(fn->module), str_cstr(fn->qualname));
        return str_printf("%s()", str_cstr(fn->qualname));
    }
    if (IS_BUILTIN(callable)) return str_printf("%s()", ((BuiltinObj *)AS_OBJ(callable))->name);
    if (IS_OBJ(callable) && type_is_subtype(TYPE_OF(callable), &type_type)) return eval_class_str(callable);
    return str_printf("%s object", obj_type_name(callable));
}

/* ---- calls ---- */

Value eval_call_function(Value func, Value *args, size_t nargs, Value kwnames) {
    Frame *f = frame_for_call(func, args, nargs, kwnames);
    if (f == NULL) return VAL_NULL;
    if (f->code->flags & (CO_GENERATOR | CO_COROUTINE)) return gen_new(f, func);
    Value r = eval_frame(thread_current(), f, false);
    frame_free(f);
    return r;
}

/* Call with the vector convention, going straight to a Python function's
 * frame or the callable's call slot. */
static inline Value eval_call(Value callable, Value *args, size_t nargs, Value kwnames) {
    if (IS_FUNC(callable)) return eval_call_function(callable, args, nargs, kwnames);
    Type *t = TYPE_OF(callable);
    if (t->call) return t->call(callable, args, nargs, kwnames);
    return obj_call(callable, args, nargs, kwnames);
}

/* f(*args, **kwargs): args is a tuple (or an iterable to convert), kwargs a
 * dict or VAL_NULL. */
static Value eval_call_ex(Value callable, Value args, Value kwargs) {
    Value tup;
    if (IS_TUPLE(args)) {
        tup = NEWREF(args);
    } else {
        tup = tuple_from_iterable(args);
        if (tup == VAL_NULL) {
            Type *t = TYPE_OF(args);
            if (err_matches(&exc_TypeError) && t->iter == NULL && t->getitem == NULL) {
                err_clear();
                Value fs = eval_func_str(callable);
                err_format(&exc_TypeError, "%U argument after * must be an iterable, not %T", fs, args);
                DECREF(fs);
            }
            return VAL_NULL;
        }
    }
    size_t nkw = kwargs != VAL_NULL ? DICT_LEN(kwargs) : 0;
    if (nkw == 0) {
        Value r = eval_call(callable, TUPLE_ITEMS(tup), TUPLE_LEN(tup), VAL_NULL);
        DECREF(tup);
        return r;
    }
    size_t np = TUPLE_LEN(tup);
    Value *vec = mem_alloc((np + nkw) * sizeof(Value));
    if (np > 0) memcpy(vec, TUPLE_ITEMS(tup), np * sizeof(Value));
    Value kwnames = tuple_new(nkw);
    size_t pos = 0, i = 0;
    Value k, v;
    Value r = VAL_NULL;
    while (dict_next(kwargs, &pos, &k, &v)) {
        TUPLE_SET(kwnames, i, NEWREF(k));
        vec[np + i++] = v;
        if (!IS_STR(k)) {
            err_set_str(&exc_TypeError, "keywords must be strings");
            goto done;
        }
    }
    r = eval_call(callable, vec, np, kwnames);
done:
    DECREF(kwnames);
    mem_free(vec);
    DECREF(tup);
    return r;
}

/* ---- building ---- */

static int eval_duplicate_kw(Value callable, Value key) {
    Value fs = eval_func_str(callable);
    err_format(&exc_TypeError, "%U got multiple values for keyword argument '%S'", fs, key);
    DECREF(fs);
    return -1;
}

/* Add key: v to d; with callable set (f(**m)), a key already there is an error. */
static int eval_merge_item(Value d, Value k, Value v, Value callable) {
    if (callable != VAL_NULL) {
        int has = dict_contains(d, k);
        if (has < 0) return -1;
        if (has) return eval_duplicate_kw(callable, k);
    }
    return dict_set(d, k, v);
}

/* Merge a mapping that is not a dict, through its keys() and [] . */
static int eval_merge_mapping(Value d, Value m, Value keys, Value callable) {
    Value klist = obj_call0(keys);
    if (klist == VAL_NULL) return -1;
    Value it = obj_iter(klist);
    DECREF(klist);
    if (it == VAL_NULL) return -1;
    Value k;
    int r = 0;
    while (r == 0 && (k = obj_next(it)) != VAL_NULL) {
        Value v = obj_getitem(m, k);
        r = v != VAL_NULL ? eval_merge_item(d, k, v, callable) : -1;
        XDECREF(v);
        DECREF(k);
    }
    DECREF(it);
    return r == 0 && err_occurred() ? -1 : r;
}

/* {**m} and f(**m): merge mapping m into dict d. With callable set (f(**m)),
 * a repeated key is an error and the messages name the function. */
static int eval_dict_merge(Value d, Value m, Value callable) {
    if (IS_DICT(m)) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(m, &pos, &k, &v))
            if (eval_merge_item(d, k, v, callable) < 0) return -1;
        return 0;
    }
    Value keys = obj_getattr_opt(m, names.keys);
    if (keys != VAL_NULL) {
        int r = eval_merge_mapping(d, m, keys, callable);
        DECREF(keys);
        return r;
    }
    if (err_occurred()) return -1;
    if (callable == VAL_NULL) {
        err_format(&exc_TypeError, "'%s' object is not a mapping", obj_type_name(m));
        return -1;
    }
    Value fs = eval_func_str(callable);
    err_format(&exc_TypeError, "%U argument after ** must be a mapping, not %T", fs, m);
    DECREF(fs);
    return -1;
}

static int eval_list_extend(Value list, Value iterable) {
    if (list_extend(list, iterable) == 0) return 0;
    Type *t = TYPE_OF(iterable);
    if (err_matches(&exc_TypeError) && t->iter == NULL && t->getitem == NULL) {
        err_clear();
        err_format(&exc_TypeError, "Value after * must be an iterable, not %T", iterable);
    }
    return -1;
}

static Value eval_build_set(Value *items, size_t n) {
    Value s = set_new(VAL_NULL);
    if (s == VAL_NULL) return VAL_NULL;
    for (size_t i = 0; i < n; i++) {
        if (set_add(s, items[i]) < 0) {
            DECREF(s);
            return VAL_NULL;
        }
    }
    return s;
}

static Value eval_build_map(Value *items, size_t npairs) {
    Value d = dict_new();
    for (size_t i = 0; i < npairs; i++) {
        if (dict_set(d, items[2 * i], items[2 * i + 1]) < 0) {
            DECREF(d);
            return VAL_NULL;
        }
    }
    return d;
}

static Value eval_build_string(Value *items, size_t n) {
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) strbuf_append_str(&b, items[i]);
    return strbuf_finish(&b);
}

static Value eval_empty_str(void) {
    static Value empty;
    if (empty == VAL_NULL) empty = str_intern_cstr("");
    return empty;
}

/* FORMAT_VALUE: conversion (!s !r !a) then format(v, spec). Steals v and spec. */
static Value eval_format_value(Value v, Value spec, uint32_t flags) {
    Value conv = v;
    switch (flags & 3) {
    case 1: conv = obj_str(v); break;
    case 2: conv = obj_repr(v); break;
    case 3: conv = obj_ascii(v); break;
    default: INCREF(conv); break;
    }
    DECREF(v);
    if (conv == VAL_NULL) {
        XDECREF(spec);
        return VAL_NULL;
    }
    if (spec == VAL_NULL && IS_TYPE(conv, str_type)) return conv;
    Value r = obj_format(conv, spec != VAL_NULL ? spec : eval_empty_str());
    DECREF(conv);
    XDECREF(spec);
    return r;
}

/* ---- unpacking ---- */

/* Push the n items of seq so that the first is on top; returns the new sp
 * or NULL with an exception set. */
static Value *eval_unpack(Value seq, size_t n, Value *sp) {
    Value *items = NULL;
    size_t len = 0;
    if (IS_TYPE(seq, tuple_type)) {
        items = TUPLE_ITEMS(seq);
        len = TUPLE_LEN(seq);
    } else if (IS_TYPE(seq, list_type)) {
        items = LIST_ITEMS(seq);
        len = LIST_LEN(seq);
    }
    if (items != NULL) {
        if (len == n) {
            for (size_t i = n; i-- > 0;) *sp++ = NEWREF(items[i]);
            return sp;
        }
        if (len < n)
            err_format(&exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, len);
        else
            err_format(&exc_ValueError, "too many values to unpack (expected %zu)", n);
        return NULL;
    }
    Value it = obj_iter(seq);
    if (it == VAL_NULL) {
        if (err_matches(&exc_TypeError) && TYPE_OF(seq)->iter == NULL && TYPE_OF(seq)->getitem == NULL) {
            err_clear();
            err_format(&exc_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return NULL;
    }
    Value *base = sp + n;
    size_t got = 0;
    for (; got < n; got++) {
        Value v = obj_next(it);
        if (v == VAL_NULL) {
            if (!err_occurred())
                err_format(&exc_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, got);
            goto fail;
        }
        base[-1 - (ptrdiff_t)got] = v;
    }
    Value extra = obj_next(it);
    if (extra != VAL_NULL) {
        DECREF(extra);
        err_format(&exc_ValueError, "too many values to unpack (expected %zu)", n);
        goto fail;
    }
    if (err_occurred()) goto fail;
    DECREF(it);
    return base;
fail:
    for (size_t i = 0; i < got; i++) DECREF(base[-1 - (ptrdiff_t)i]);
    DECREF(it);
    return NULL;
}

/* a, *b, c = seq: before items, a list, after items; first item on top. */
static Value *eval_unpack_ex(Value seq, uint32_t arg, Value *sp) {
    size_t before = arg & 0xff, after = arg >> 8;
    Value list = list_from_iterable(seq);
    if (list == VAL_NULL) {
        if (err_matches(&exc_TypeError) && TYPE_OF(seq)->iter == NULL && TYPE_OF(seq)->getitem == NULL) {
            err_clear();
            err_format(&exc_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return NULL;
    }
    size_t len = LIST_LEN(list);
    if (len < before + after) {
        err_format(&exc_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                   before + after, len);
        DECREF(list);
        return NULL;
    }
    Value *items = LIST_ITEMS(list);
    for (size_t i = 0; i < after; i++) *sp++ = NEWREF(items[len - 1 - i]);
    Value mid = list_new(len - before - after);
    for (size_t i = before; i < len - after; i++) LIST_SET(mid, i - before, NEWREF(items[i]));
    *sp++ = mid;
    for (size_t i = before; i-- > 0;) *sp++ = NEWREF(items[i]);
    DECREF(list);
    return sp;
}

/* ---- exceptions ---- */

static bool eval_is_class(Value v) {
    return IS_OBJ(v) && type_is_subtype(AS_OBJ(v)->type, &type_type);
}

static bool eval_is_exc_class(Value v) {
    return eval_is_class(v) && (((Type *)AS_OBJ(v))->flags & TYPE_EXCEPTION);
}

/* An exception instance from `raise X`: X itself or X() for a class. */
static Value eval_exc_instance(Value x, const char *what) {
    if (eval_is_exc_class(x)) {
        Value inst = obj_call0(x);
        if (inst == VAL_NULL) return VAL_NULL;
        if (!IS_EXCEPTION(inst)) {
            err_format(&exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T", x, inst);
            DECREF(inst);
            return VAL_NULL;
        }
        return inst;
    }
    if (IS_EXCEPTION(x)) return NEWREF(x);
    err_format(&exc_TypeError, "%s must derive from BaseException", what);
    return VAL_NULL;
}

/* raise exc [from cause]: sets the current exception (always fails). */
static void eval_do_raise(ThreadState *ts, Value exc, Value cause) {
    Value inst = eval_exc_instance(exc, "exceptions");
    if (inst == VAL_NULL) return;
    if (cause != VAL_NULL) {
        Value c = IS_NONE(cause) ? VAL_NULL : eval_exc_instance(cause, "exception causes");
        if (c == VAL_NULL && !IS_NONE(cause)) {
            DECREF(inst);
            return;
        }
        ExcObj *e = (ExcObj *)AS_OBJ(inst);
        SETREF(e->cause, c);
        e->suppress_context = true;
    }
    if (ts->handled_exc != VAL_NULL && ts->handled_exc != inst) err_set_context(inst, ts->handled_exc);
    err_restore(inst);
}

/* except cls: cls must be an exception class or a tuple of them. */
static int eval_exc_match(Value exc, Value cls) {
    if (IS_TUPLE(cls)) {
        for (size_t i = 0; i < TUPLE_LEN(cls); i++)
            if (!eval_is_exc_class(TUPLE_GET(cls, i))) goto bad;
        for (size_t i = 0; i < TUPLE_LEN(cls); i++)
            if (type_is_subtype(TYPE_OF(exc), (Type *)AS_OBJ(TUPLE_GET(cls, i)))) return 1;
        return 0;
    }
    if (!eval_is_exc_class(cls)) goto bad;
    return type_is_subtype(TYPE_OF(exc), (Type *)AS_OBJ(cls));
bad:
    err_set_str(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* ---- with ---- */

/* Look a special method up on the type and bind it to obj (new ref or VAL_NULL, no error). */
static Value eval_special_method(Value obj, Value name) {
    Type *t = TYPE_OF(obj);
    Value m = type_lookup(t, name);
    if (m == VAL_NULL) return VAL_NULL;
    if (IS_FUNC(m)) return method_new(m, obj);
    Type *mt = TYPE_OF(m);
    if (mt->descr_get) return mt->descr_get(m, obj, OBJ_VAL(t));
    return NEWREF(m);
}

/* BEFORE_WITH: *exit_out = bound __exit__, returns __enter__(). */
static Value eval_before_with(Value mgr, Value *exit_out) {
    Value enter = eval_special_method(mgr, names.__enter__);
    if (enter == VAL_NULL) {
        if (!err_occurred())
            err_format(&exc_TypeError, "'%s' object does not support the context manager protocol",
                       obj_type_name(mgr));
        return VAL_NULL;
    }
    Value exit = eval_special_method(mgr, names.__exit__);
    if (exit == VAL_NULL) {
        DECREF(enter);
        if (!err_occurred())
            err_format(&exc_TypeError,
                       "'%s' object does not support the context manager protocol (missed __exit__ method)",
                       obj_type_name(mgr));
        return VAL_NULL;
    }
    Value r = obj_call0(enter);
    DECREF(enter);
    if (r == VAL_NULL) {
        DECREF(exit);
        return VAL_NULL;
    }
    *exit_out = exit;
    return r;
}

static Value eval_with_except(Value exit, Value exc) {
    ExcObj *e = (ExcObj *)AS_OBJ(exc);
    Value args[3] = { OBJ_VAL(TYPE_OF(exc)), exc, e->traceback != VAL_NULL ? e->traceback : VAL_NONE };
    return obj_call(exit, args, 3, VAL_NULL);
}

/* ---- imports ---- */

static Value eval_import_name(Value name, Value fromlist) {
    Value mod = import_module(name);
    if (mod == VAL_NULL) return VAL_NULL;
    const char *s = str_cstr(name);
    const char *dot = strchr(s, '.');
    if (dot == NULL || (fromlist != VAL_NULL && !IS_NONE(fromlist))) return mod;
    Value top_name = str_from_utf8(s, (size_t)(dot - s));
    Value top = top_name != VAL_NULL ? import_module(top_name) : VAL_NULL;
    XDECREF(top_name);
    DECREF(mod);
    return top;
}

static Value eval_import_from(Value mod, Value name) {
    Value v = obj_getattr_opt(mod, name);
    if (v != VAL_NULL || err_occurred()) return v;
    Value modname = obj_getattr_opt(mod, names.__name__);
    if (modname != VAL_NULL && IS_STR(modname)) {
        Value full = str_printf("%s.%s", str_cstr(modname), str_cstr(name));
        Value sub = dict_get(interp_main.modules, full);
        DECREF(full);
        if (sub != VAL_NULL) {
            DECREF(modname);
            return NEWREF(sub);
        }
    }
    err_clear();
    Value file = obj_getattr_opt(mod, names.__file__);
    err_clear();
    if (modname != VAL_NULL && file != VAL_NULL && IS_STR(file))
        err_format(&exc_ImportError, "cannot import name '%U' from '%S' (%U)", name, modname, file);
    else if (modname != VAL_NULL)
        err_format(&exc_ImportError, "cannot import name '%U' from '%S' (unknown location)", name, modname);
    else
        err_format(&exc_ImportError, "cannot import name '%U'", name);
    XDECREF(modname);
    XDECREF(file);
    return VAL_NULL;
}

static int eval_import_star(Value mod, Value locals) {
    if (locals == VAL_NULL || !IS_DICT(locals))
        return err_set_int(&exc_SystemError, "no locals found during 'import *'");
    Value all = obj_getattr_opt(mod, names.__all__);
    if (all == VAL_NULL && err_occurred()) return -1;
    if (all == VAL_NULL) {
        if (!IS_MODULE(mod)) return err_set_int(&exc_ImportError, "from-import-* object has no __dict__ and no __all__");
        size_t pos = 0;
        Value k, v;
        Value d = MODULE_DICT(mod);
        while (dict_next(d, &pos, &k, &v))
            if (IS_STR(k) && str_cstr(k)[0] != '_' && dict_set(locals, k, v) < 0) return -1;
        return 0;
    }
    Value it = obj_iter(all);
    DECREF(all);
    if (it == VAL_NULL) return -1;
    Value k;
    while ((k = obj_next(it)) != VAL_NULL) {
        Value v = obj_getattr(mod, k);
        int r = v != VAL_NULL ? dict_set(locals, k, v) : -1;
        XDECREF(v);
        DECREF(k);
        if (r < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
}

/* ---- the REPL ---- */

/* sys.displayhook: print repr(v) to sys.stdout and bind builtins._ */
static int eval_print_expr(Value v) {
    if (IS_NONE(v)) return 0;
    if (dict_set(interp_main.builtins, names._, VAL_NONE) < 0) return -1;
    Value out = interp_main.sys_module ? obj_getattr_opt(interp_main.sys_module, names.stdout) : VAL_NULL;
    if (out == VAL_NULL) {
        if (!err_occurred()) err_set_str(&exc_RuntimeError, "lost sys.stdout");
        return -1;
    }
    Value r = obj_repr(v);
    Value line = r != VAL_NULL ? str_printf("%s\n", str_cstr(r)) : VAL_NULL;
    XDECREF(r);
    Value w = line != VAL_NULL ? obj_call_method(out, "write", &line, 1) : VAL_NULL;
    XDECREF(line);
    DECREF(out);
    if (w == VAL_NULL) return -1;
    DECREF(w);
    return dict_set(interp_main.builtins, names._, v);
}

/* ---- generators ---- */

/* next(sub) for YIELD_FROM over an iterator that is not a generator: what
 * it yielded, or (*returned true) the value of the StopIteration that ended
 * it. A class's __next__ is called directly because its next slot swallows
 * the StopIteration, and with it that value. */
static Value eval_yield_from_next(Value sub, bool *returned) {
    Value r;
    if (TYPE_OF(sub)->flags & TYPE_HEAP) {
        Value m = eval_special_method(sub, names.__next__);
        if (m == VAL_NULL) return err_occurred() ? VAL_NULL : obj_next(sub);
        r = obj_call0(m);
        DECREF(m);
    } else {
        r = obj_next(sub);
    }
    if (r != VAL_NULL) return r;
    if (!err_occurred()) {
        *returned = true;
        return NEWREF(VAL_NONE);
    }
    if (!err_matches(&exc_StopIteration)) return VAL_NULL;
    Value exc = err_fetch();
    r = exc_stopiteration_value(exc);
    DECREF(exc);
    *returned = true;
    return r;
}

/* YIELD_FROM's step: send v into sub. Returns what sub yielded (*returned
 * false) or returned (*returned true), or VAL_NULL. */
static Value eval_send_into(Value sub, Value v, bool *returned) {
    *returned = false;
    if (IS_GEN_OR_CORO(sub)) return gen_send(sub, v, returned);
    if (IS_NONE(v)) return eval_yield_from_next(sub, returned);
    Value r = obj_call_method(sub, "send", &v, 1);
    if (r == VAL_NULL && err_matches(&exc_StopIteration)) {
        Value exc = err_fetch();
        r = exc_stopiteration_value(exc);
        DECREF(exc);
        *returned = true;
    }
    return r;
}

static Value eval_get_awaitable(Value v) {
    if (IS_COROUTINE(v)) return NEWREF(v);
    Value m = eval_special_method(v, names.__await__);
    if (m == VAL_NULL) {
        if (!err_occurred())
            err_format(&exc_TypeError, "object %s can't be used in 'await' expression", obj_type_name(v));
        return VAL_NULL;
    }
    Value it = obj_call0(m);
    DECREF(m);
    if (it == VAL_NULL) return VAL_NULL;
    if (IS_COROUTINE(it)) {
        DECREF(it);
        return err_set_str(&exc_TypeError, "__await__() returned a coroutine");
    }
    if (TYPE_OF(it)->next == NULL) {
        err_format(&exc_TypeError, "__await__() returned non-iterator of type '%s'", obj_type_name(it));
        DECREF(it);
        return VAL_NULL;
    }
    return it;
}

/* ---- attribute caches ---- */

static inline Value *eval_instance_dict_slot(Value obj, Type *t) {
    return (Value *)((char *)AS_OBJ(obj) + t->dictoffset);
}

/* The index of d's entry for name if its key is that very (interned) object,
 * or -1: the fast paths compare keys by pointer only. */
static int64_t eval_dict_index_of(Value d, Value name) {
    ssize_t i = dict_lookup_index_str(d, name);
    if (i < 0 || ((DictObj *)AS_OBJ(d))->entries[i].key != name) return -1;
    return (int64_t)i;
}

/* Value of the entry `index` of d if its key is exactly name, else VAL_NULL. */
static inline Value eval_dict_at(Value d, uint32_t index, Value name) {
    DictObj *dd = (DictObj *)AS_OBJ(d);
    if (index < dd->nentries && dd->entries[index].key == name) return dd->entries[index].value;
    return VAL_NULL;
}

/* Whether instances of t have plain attribute lookup that a cache may skip:
 * the generic getattr, an instance dict, a version, and no data descriptor
 * for name on the type. */
static bool eval_plain_instance_attr(Type *t, Value name) {
    if (t->version == 0 || t->getattr != obj_generic_getattr || t->dictoffset <= 0) return false;
    Value d = type_lookup(t, name);
    return d == VAL_NULL || TYPE_OF(d)->descr_set == NULL;
}

/* The byte offset of the __slots__ value that name reaches on instances of
 * t through the generic attribute functions, or 0 (none). A member
 * descriptor is a data descriptor: no instance dict can shadow it. */
static size_t eval_slot_offset(Type *t, Value name) {
    if (t->version == 0 || t->getattr != obj_generic_getattr) return 0;
    Value d = type_lookup(t, name);
    return d != VAL_NULL ? member_descr_offset(d, t) : 0;
}

static inline Value *eval_slot_at(Value obj, uint32_t offset) {
    return (Value *)((char *)AS_OBJ(obj) + offset);
}

/* Remember in c where name's __slots__ value lives on instances of t, if
 * it is one. */
static void eval_cache_slot(EvalCache *c, Type *t, Value name) {
    size_t off = eval_slot_offset(t, name);
    if (off == 0) return;
    c->kind = CACHE_SLOT;
    c->key = t;
    c->version = t->version;
    c->index = (uint32_t)off;
}

/* Remember in c that name is value `index` of t's instances. */
static void eval_cache_values(EvalCache *c, Type *t, uint32_t index) {
    c->kind = CACHE_VALUES;
    c->key = t;
    c->version = t->version;
    c->index = index;
}

/* Whether obj, an instance of t, has no attribute of its own that would
 * shadow the method a CACHE_METHOD entry c holds for name. */
static inline bool eval_method_unshadowed(Value obj, Type *t, Value name, const EvalCache *c) {
    if (t->dictoffset <= 0) return true;
    Value d = *eval_instance_dict_slot(obj, t);
    if (d != VAL_NULL) return dict_get_str(d, name) == VAL_NULL;
    return !(t->flags & TYPE_INSTANCE_VALUES) || c->index == UINT32_MAX ||
           instattr_value_at(AS_OBJ(obj), t, c->index) == VAL_NULL;
}

/* LOAD_ATTR, slow path: a __slots__ value through the cache, else the
 * generic lookup, filling the cache when the attribute came from the
 * instance dict or a slot. An unset slot takes the generic path, which
 * raises its AttributeError. */
static Value eval_load_attr_slow(Value obj, Value name, EvalCache *c) {
    Type *t = TYPE_OF(obj);
    if (IS_OBJ(obj) && c->kind == CACHE_SLOT && c->key == t && c->version == t->version) {
        Value v = *eval_slot_at(obj, c->index);
        if (v != VAL_NULL) return NEWREF(v);
    } else if (IS_OBJ(obj) && eval_plain_instance_attr(t, name)) {
        Value d = *eval_instance_dict_slot(obj, t);
        if (d == VAL_NULL && (t->flags & TYPE_INSTANCE_VALUES)) {
            ssize_t i = instattr_key_index(t, name);
            Value v = i >= 0 ? instattr_value_at(AS_OBJ(obj), t, (uint32_t)i) : VAL_NULL;
            if (v != VAL_NULL) {
                eval_cache_values(c, t, (uint32_t)i);
                return NEWREF(v);
            }
        } else if (d != VAL_NULL && IS_TYPE(d, dict_type)) {
            int64_t idx = eval_dict_index_of(d, name);
            if (idx >= 0) {
                c->kind = CACHE_INSTANCE;
                c->key = t;
                c->version = t->version;
                c->index = (uint32_t)idx;
                return NEWREF(((DictObj *)AS_OBJ(d))->entries[idx].value);
            }
        }
    } else if (IS_OBJ(obj)) {
        eval_cache_slot(c, t, name);
    }
    if (IS_MODULE(obj)) {
        Value v = dict_get_str(MODULE_DICT(obj), name);
        if (v != VAL_NULL) return NEWREF(v);
    }
    return obj_getattr(obj, name);
}

/* LOAD_METHOD, slow path (the loop tries the CACHE_METHOD entry first): a
 * plain function (or method descriptor) found on the type and not shadowed
 * by the instance's own attributes is returned unbound (*is_method true). */
static Value eval_load_method(Value obj, Value name, EvalCache *c, bool *is_method) {
    Type *t = TYPE_OF(obj);
    *is_method = false;
    if (IS_MODULE(obj)) {
        Value v = dict_get_str(MODULE_DICT(obj), name);
        if (v != VAL_NULL) return NEWREF(v);
        return obj_getattr(obj, name);
    }
    if (t->getattr != obj_generic_getattr) return obj_getattr(obj, name);
    Value m = type_lookup(t, name);
    bool plain = m != VAL_NULL &&
                 (IS_FUNC(m) || (IS_BUILTIN(m) && ((BuiltinObj *)AS_OBJ(m))->self == VAL_NULL &&
                                 ((BuiltinObj *)AS_OBJ(m))->owner != NULL &&
                                 ((BuiltinObj *)AS_OBJ(m))->flags == 0));
    if (!plain) return obj_getattr(obj, name);
    if (IS_OBJ(obj) && obj_instance_attr(obj, name) != VAL_NULL) return obj_getattr(obj, name);
    if (t->version != 0) {
        ssize_t i = t->flags & TYPE_INSTANCE_VALUES ? instattr_key_index(t, name) : -1;
        c->kind = CACHE_METHOD;
        c->key = t;
        c->version = t->version;
        c->value = m;
        c->index = i >= 0 ? (uint32_t)i : UINT32_MAX;
    }
    *is_method = true;
    return NEWREF(m);
}

/* STORE_ATTR through a CACHE_VALUES entry: false if the slow path must
 * store (obj has no room for the value, is materialized, or the store
 * would change the order of its attributes). */
static inline bool eval_store_value(Obj *o, Type *t, uint32_t index, Value v) {
    InstValues *iv = *instattr_values_slot(o, t);
    if (iv == NULL || index >= iv->capacity) return false;
    Value *p = &iv->v[index];
    if (*p != VAL_NULL) {
        SETREF(*p, NEWREF(v));
        return true;
    }
    if (!instattr_is_last(iv, index)) return false;
    *p = NEWREF(v);
    return true;
}

/* STORE_ATTR, slow path (the loop tries a CACHE_VALUES entry first): the
 * other caches, else the generic store, filling the cache. */
static int eval_store_attr(Value obj, Value name, Value v, EvalCache *c) {
    Type *t = TYPE_OF(obj);
    if (IS_OBJ(obj) && c->kind == CACHE_INSTANCE && c->key == t && c->version == t->version) {
        /* a fresh instance gets its dict here, as the generic path would */
        Value *slot = eval_instance_dict_slot(obj, t);
        if (*slot == VAL_NULL) *slot = gc_instance_dict_new();
        if (IS_TYPE(*slot, dict_type)) return dict_set(*slot, name, v);
    }
    if (IS_OBJ(obj) && c->kind == CACHE_SLOT && c->key == t && c->version == t->version) {
        SETREF(*eval_slot_at(obj, c->index), NEWREF(v));
        return 0;
    }
    if (IS_OBJ(obj) && t->setattr == obj_generic_setattr && eval_plain_instance_attr(t, name) &&
        (t->flags & TYPE_INSTANCE_VALUES)) {
        uint64_t version = t->version;
        int r = obj_setattr(obj, name, v);
        ssize_t i = instattr_key_index(t, name);
        /* Not if the store changed the class (a name shadowing a class
         * attribute, or a __del__ it ran): the checks above are stale. */
        if (r == 0 && i >= 0 && t->version == version) eval_cache_values(c, t, (uint32_t)i);
        return r;
    }
    if (IS_OBJ(obj) && t->setattr == obj_generic_setattr && eval_plain_instance_attr(t, name)) {
        c->kind = CACHE_INSTANCE;
        c->key = t;
        c->version = t->version;
        c->index = UINT32_MAX;
    } else if (IS_OBJ(obj) && t->setattr == obj_generic_setattr) {
        eval_cache_slot(c, t, name);
    }
    return obj_setattr(obj, name, v);
}

/* LOAD_GLOBAL, slow path: globals then builtins, filling the cache. */
static Value eval_load_global_slow(Value globals, Value builtins, Value name, EvalCache *c) {
    Value v = dict_get_str(globals, name);
    if (v != VAL_NULL) {
        int64_t idx = IS_TYPE(globals, dict_type) ? eval_dict_index_of(globals, name) : -1;
        if (idx >= 0) {
            c->kind = CACHE_GLOBAL;
            c->index = (uint32_t)idx;
        }
        return NEWREF(v);
    }
    if (err_occurred()) return VAL_NULL;
    v = dict_get_str(builtins, name);
    if (v != VAL_NULL) {
        int64_t idx = IS_TYPE(builtins, dict_type) ? eval_dict_index_of(builtins, name) : -1;
        if (idx >= 0 && IS_TYPE(globals, dict_type)) {
            c->kind = CACHE_BUILTIN;
            c->key = AS_OBJ(globals);
            c->version = ((DictObj *)AS_OBJ(globals))->version;
            c->index = (uint32_t)idx;
        }
        return NEWREF(v);
    }
    if (!err_occurred()) eval_name_error(name);
    return VAL_NULL;
}

/* ---- namespaces of LOAD_NAME / STORE_NAME ---- */

static Value eval_load_name(Frame *f, Value name) {
    Value v;
    if (f->locals != VAL_NULL) {
        if (IS_DICT(f->locals)) {
            v = dict_get_str(f->locals, name);
            if (v != VAL_NULL) return NEWREF(v);
            if (err_occurred()) return VAL_NULL;
        } else {
            v = obj_getitem(f->locals, name);
            if (v != VAL_NULL) return v;
            if (!err_matches(&exc_KeyError)) return VAL_NULL;
            err_clear();
        }
    }
    v = dict_get_str(f->globals, name);
    if (v == VAL_NULL && !err_occurred()) v = dict_get_str(f->builtins, name);
    if (v != VAL_NULL) return NEWREF(v);
    if (!err_occurred()) eval_name_error(name);
    return VAL_NULL;
}

static int eval_store_name(Frame *f, Value name, Value v) {
    if (f->locals == VAL_NULL) {
        err_format(&exc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (IS_DICT(f->locals)) return dict_set(f->locals, name, v);
    return obj_setitem(f->locals, name, v);
}

static int eval_delete_name(Frame *f, Value name) {
    if (f->locals == VAL_NULL) {
        err_format(&exc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    if (obj_setitem(f->locals, name, VAL_NULL) == 0) return 0;
    if (err_matches(&exc_KeyError)) {
        err_clear();
        eval_name_error(name);
    }
    return -1;
}

static int eval_delete_global(Frame *f, Value name) {
    if (dict_del(f->globals, name) == 0) return 0;
    if (err_matches(&exc_KeyError)) {
        err_clear();
        eval_name_error(name);
    }
    return -1;
}

static Value eval_load_classderef(Frame *f, uint32_t i) {
    Code *co = f->code;
    Value name = eval_cell_name(co, i);
    if (f->locals != VAL_NULL && IS_DICT(f->locals)) {
        Value v = dict_get_str(f->locals, name);
        if (v != VAL_NULL) return NEWREF(v);
        if (err_occurred()) return VAL_NULL;
    }
    Value v = CELL_GET(f->localsplus[co->nlocals + i]);
    if (v == VAL_NULL) {
        eval_unbound_deref(co, i);
        return VAL_NULL;
    }
    return NEWREF(v);
}

/* MAKE_FUNCTION: consumes (steals) the closure/kwdefaults/defaults that
 * flags say lie below sp. */
static Value eval_make_function(Frame *f, Value code, uint32_t flags, Value *sp) {
    Code *co = (Code *)AS_OBJ(code);
    Value closure = (flags & 8) ? *--sp : VAL_NULL;
    Value kwdefaults = (flags & 2) ? *--sp : VAL_NULL;
    Value defaults = (flags & 1) ? *--sp : VAL_NULL;
    Value fv = func_new(code, f->globals, co->qualname);
    if (fv == VAL_NULL) {
        XDECREF(closure);
        XDECREF(kwdefaults);
        XDECREF(defaults);
        return VAL_NULL;
    }
    FuncObj *fn = (FuncObj *)AS_OBJ(fv);
    fn->closure = closure;
    fn->kwdefaults = kwdefaults;
    fn->defaults = defaults;
    return fv;
}

/* ---- binary operator fast paths ---- */

/* Python's floor division and modulo on C integers (y != 0). */
static inline intptr_t eval_floordiv(intptr_t x, intptr_t y) {
    intptr_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}
static inline intptr_t eval_mod(intptr_t x, intptr_t y) {
    intptr_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

/* Small int op small int; VAL_NULL (no exception) when the generic path must run. */
static inline Value eval_smallint_binop(intptr_t x, intptr_t y, int op) {
    intptr_t r;
    switch (op & ~BINOP_INPLACE) {
    case BINOP_ADD: r = x + y; break;
    case BINOP_SUB: r = x - y; break;
    case BINOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return VAL_NULL;
        break;
    case BINOP_FLOORDIV:
        if (y == 0) return VAL_NULL;
        r = eval_floordiv(x, y);
        break;
    case BINOP_MOD:
        if (y == 0) return VAL_NULL;
        r = eval_mod(x, y);
        break;
    case BINOP_AND: r = x & y; break;
    case BINOP_OR: r = x | y; break;
    case BINOP_XOR: r = x ^ y; break;
    default: return VAL_NULL;
    }
    return SMALLINT_FITS(r) ? FROM_SMALLINT(r) : VAL_NULL;
}

/* float arithmetic when one side is a float and the other a float or small
 * int; VAL_NULL when the generic path must run. */
/* The box for a float result: an operand the stack holds the only
 * reference to is a temporary nobody else can see, so it is overwritten and
 * returned (with the reference BINARY_OP drops afterwards) instead of
 * allocating a new box. */
static inline Value eval_float_result(Value a, Value b, double d) {
    Value t = IS_OBJ(a) && AS_OBJ(a)->refcnt == 1 && AS_OBJ(a)->type == &float_type ? a
            : IS_OBJ(b) && AS_OBJ(b)->refcnt == 1 && AS_OBJ(b)->type == &float_type ? b : VAL_NULL;
    if (t == VAL_NULL) return float_from_double(d);
    FLOAT_VAL(t) = d;
    INCREF(t);
    return t;
}

static inline __attribute__((always_inline)) Value eval_float_binop(Value a, Value b, int op) {
    double x, y;
    if (IS_TYPE(a, float_type)) x = FLOAT_VAL(a);
    else if (IS_SMALLINT(a)) x = (double)AS_SMALLINT(a);
    else return VAL_NULL;
    if (IS_TYPE(b, float_type)) y = FLOAT_VAL(b);
    else if (IS_SMALLINT(b)) y = (double)AS_SMALLINT(b);
    else return VAL_NULL;
    double r;
    switch (op & ~BINOP_INPLACE) {
    case BINOP_ADD: r = x + y; break;
    case BINOP_SUB: r = x - y; break;
    case BINOP_MUL: r = x * y; break;
    case BINOP_TRUEDIV:
        if (y == 0.0) return VAL_NULL;
        r = x / y;
        break;
    case BINOP_POW:
        /* a positive finite base with a finite result is plain C pow; the
         * rest (negative bases, overflow, inf and nan) goes the slow way */
        if (!(x > 0.0 && x < INFINITY && isfinite(y))) return VAL_NULL;
        r = pow(x, y);
        if (!isfinite(r)) return VAL_NULL;
        break;
    default: return VAL_NULL;
    }
    return eval_float_result(a, b, r);
}

static inline bool eval_cmp_result(int c, int op) {
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static inline bool eval_float_cmp(double x, double y, int op) {
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* ---- the loop ---- */

/* The caches are made on a code object's first run, which is also when its
 * superinstructions are put in (no frame of it can be part way through). */
static EvalCache *eval_caches(Code *co) {
    if (co->caches == NULL) {
        co->caches = mem_calloc(co->ninstrs ? co->ninstrs : 1, sizeof(EvalCache));
        quicken_code(co);
    }
    return co->caches;
}

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define PC() ((uint32_t)(ip - instrs - 1))
#define SAVE_PC() (f->pc = (uint32_t)(ip - instrs))
#define JUMPTO(target) (ip = instrs + (target))

/* ninstr: about how many instructions ran since the previous check (the
 * loop body's length at a backward jump, the code's length at entry); only
 * the ticks policy of the GIL uses it. */
#define EVAL_BREAKER_CHECK(ninstr)                                                         \
    do {                                                                                   \
        if (UNLIKELY(atomic_load_explicit(&interp_main.eval_breaker, memory_order_relaxed))) { \
            SAVE_PC();                                                                     \
            f->sp = sp;                                                                    \
            if (eval_handle_breaker(ts, (ninstr)) < 0) goto error;                         \
        }                                                                                  \
    } while (0)

/* Drop the stack's values above base (a call's callable and arguments). */
#define EVAL_POP_DOWN_TO(base)   \
    do {                         \
        while (sp > (base)) {    \
            Value v_ = POP();    \
            XDECREF(v_);         \
        }                        \
    } while (0)

/* Leave the running frame (its pc and stack saved) for callee, a frame from
 * eval_inline_frame, and start running it. */
#define EVAL_ENTER_CALLEE(callee)                \
    do {                                         \
        f->sp = sp;                              \
        (callee)->back = f;                      \
        f = (callee);                            \
        ts->frame = f;                           \
        f->state = FRAME_EXECUTING;              \
        EVAL_LOAD_FRAME();                       \
        EVAL_BREAKER_CHECK(co->ninstrs);         \
        DISPATCH();                              \
    } while (0)

#if CONFIG_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                  \
    do {                                            \
        uint32_t ins_ = *ip++;                      \
        oparg = INSTR_ARG(ins_);                    \
        goto *dispatch_table[INSTR_OP(ins_)];       \
    } while (0)
#else
#define TARGET(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif

#define EVAL_LOAD_FRAME()                 \
    do {                                  \
        co = f->code;                     \
        instrs = co->instrs;              \
        ip = instrs + f->pc;              \
        sp = f->sp;                       \
        lp = f->localsplus;               \
        stack_base = FRAME_STACK(f);      \
        consts = TUPLE_ITEMS(co->consts); \
        conames = TUPLE_ITEMS(co->names); \
        caches = eval_caches(co);         \
    } while (0)

/* Whether a call of func may run in the caller's loop instead of a new
 * eval_frame: a plain function (generators and coroutines make objects). */
static inline bool eval_inlinable(Value func) {
    return IS_FUNC(func) &&
           !(((Code *)AS_OBJ(((FuncObj *)AS_OBJ(func))->code))->flags & (CO_GENERATOR | CO_COROUTINE));
}

/* The frame of a call of func (eval_inlinable) that the loop runs in place,
 * arguments bound, depth counted; or NULL with an exception set. No C stack
 * is used by such a call, so only the recursion limit is checked. */
static inline __attribute__((always_inline)) Frame *eval_inline_frame(ThreadState *ts, Value func, Value *args, size_t nargs, Value kwnames) {
    if (UNLIKELY(ts->recursion_depth >= interp_main.recursion_limit) &&
        ts->recursion_depth >= interp_main.recursion_limit + (eval_in_overflow ? EVAL_RECURSION_HEADROOM : 0)) {
        eval_recursion_error("");
        return NULL;
    }
    Frame *f = frame_for_call(func, args, nargs, kwnames);
    if (f != NULL) ts->recursion_depth++;
    return f;
}

Value eval_frame(ThreadState *ts, Frame *f, bool throwing) {
    if (eval_recursion_push(ts) < 0) {
        eval_recursion_error("");
        return VAL_NULL;
    }
    /* The running frame's state, reloaded by EVAL_LOAD_FRAME whenever the
     * loop moves to another frame (a call it runs in place, or its return). */
    Code *co;
    const uint32_t *instrs, *ip;
    Value *sp, *lp, *stack_base, *consts, *conames;
    EvalCache *caches;
    Value retval = VAL_NULL;
    uint32_t oparg = 0;
    EVAL_LOAD_FRAME();

    f->back = ts->frame;
    ts->frame = f;
    f->state = FRAME_EXECUTING;
    f->is_entry = true;
    if (throwing) {
        if (f->in_yield_from) ip++;
        f->in_yield_from = false;
        goto error;
    }
    f->in_yield_from = false;
    EVAL_BREAKER_CHECK(co->ninstrs);

#if CONFIG_COMPUTED_GOTO
#define EVAL_LABEL(name, has_arg, kind) &&TARGET_##name,
    static void *const dispatch_table[OP__COUNT] = { OPCODE_LIST(EVAL_LABEL) };
#undef EVAL_LABEL
    DISPATCH();
#else
dispatch: {
    uint32_t ins_ = *ip++;
    oparg = INSTR_ARG(ins_);
    switch (INSTR_OP(ins_)) {
#endif

    TARGET(NOP) { DISPATCH(); }

    TARGET(POP_TOP) {
        Value v = POP();
        XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(VAL_NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        Value v = PEEK(oparg);
        XINCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP) {
        Value v = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = v;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        Value v = consts[oparg];
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        Value v = lp[oparg];
        if (UNLIKELY(v == VAL_NULL)) {
            eval_unbound_local(co, oparg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        Value v = POP();
        SETREF(lp[oparg], v);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (lp[oparg] == VAL_NULL) {
            eval_unbound_local(co, oparg);
            goto error;
        }
        CLEAR(lp[oparg]);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        Value v = CELL_GET(lp[co->nlocals + oparg]);
        if (UNLIKELY(v == VAL_NULL)) {
            eval_unbound_deref(co, oparg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        Value v = POP();
        CellObj *cell = (CellObj *)AS_OBJ(lp[co->nlocals + oparg]);
        SETREF(cell->ref, v);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        CellObj *cell = (CellObj *)AS_OBJ(lp[co->nlocals + oparg]);
        if (cell->ref == VAL_NULL) {
            eval_unbound_deref(co, oparg);
            goto error;
        }
        CLEAR(cell->ref);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        Value cell = lp[co->nlocals + oparg];
        INCREF(cell);
        PUSH(cell);
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        Value v = eval_load_classderef(f, oparg);
        if (v == VAL_NULL) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        Value name = conames[oparg];
        EvalCache *c = &caches[PC()];
        Value v = VAL_NULL;
        if (c->kind == CACHE_GLOBAL) {
            v = eval_dict_at(f->globals, c->index, name);
        } else if (c->kind == CACHE_BUILTIN && c->key == AS_OBJ(f->globals) &&
                   c->version == ((DictObj *)AS_OBJ(f->globals))->version) {
            v = eval_dict_at(f->builtins, c->index, name);
        }
        if (LIKELY(v != VAL_NULL)) {
            INCREF(v);
        } else {
            v = eval_load_global_slow(f->globals, f->builtins, name, c);
            if (v == VAL_NULL) goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        Value v = POP();
        int r = dict_set(f->globals, conames[oparg], v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (eval_delete_global(f, conames[oparg]) < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        Value v = eval_load_name(f, conames[oparg]);
        if (v == VAL_NULL) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        Value v = POP();
        int r = eval_store_name(f, conames[oparg], v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        if (eval_delete_name(f, conames[oparg]) < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        Value obj = TOP();
        Value name = conames[oparg];
        EvalCache *c = &caches[PC()];
        Value v = VAL_NULL;
        if (c->kind == CACHE_VALUES && IS_OBJ(obj)) {
            Type *t = AS_OBJ(obj)->type;
            if (c->key == t && c->version == t->version) v = instattr_value_at(AS_OBJ(obj), t, c->index);
        } else if (c->kind == CACHE_INSTANCE && IS_OBJ(obj)) {
            Type *t = AS_OBJ(obj)->type;
            if (c->key == t && c->version == t->version) {
                Value d = *eval_instance_dict_slot(obj, t);
                if (d != VAL_NULL) v = eval_dict_at(d, c->index, name);
            }
        }
        if (LIKELY(v != VAL_NULL)) {
            INCREF(v);
        } else {
            SAVE_PC();
            v = eval_load_attr_slow(obj, name, c);
            if (v == VAL_NULL) goto error;
        }
        TOP() = v;
        DECREF(obj);
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        Value obj = POP();
        Value v = POP();
        EvalCache *c = &caches[PC()];
        if (c->kind == CACHE_VALUES && IS_OBJ(obj)) {
            Type *t = AS_OBJ(obj)->type;
            if (c->key == t && c->version == t->version && eval_store_value(AS_OBJ(obj), t, c->index, v)) {
                DECREF(obj);
                DECREF(v);
                DISPATCH();
            }
        }
        SAVE_PC();
        int r = eval_store_attr(obj, conames[oparg], v, c);
        DECREF(obj);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        Value obj = POP();
        SAVE_PC();
        int r = obj_setattr(obj, conames[oparg], VAL_NULL);
        DECREF(obj);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        EvalCache *c = &caches[PC()];
        if (c->kind == CACHE_METHOD) {
            Type *t = TYPE_OF(obj);
            if (c->key == t && c->version == t->version && eval_method_unshadowed(obj, t, conames[oparg], c)) {
                TOP() = NEWREF(c->value);
                PUSH(obj);
                DISPATCH();
            }
        }
        bool is_method;
        SAVE_PC();
        Value m = eval_load_method(obj, conames[oparg], c, &is_method);
        if (m == VAL_NULL) goto error;
        if (is_method) {
            TOP() = m;
            PUSH(obj);
        } else {
            TOP() = m;
            PUSH(VAL_NULL);
            DECREF(obj);
        }
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value container = TOP();
        Value v;
        if (IS_SMALLINT(key) && IS_TYPE(container, list_type) && (uintptr_t)AS_SMALLINT(key) < LIST_LEN(container)) {
            v = NEWREF(LIST_GET(container, AS_SMALLINT(key)));
        } else if (IS_SMALLINT(key) && IS_TYPE(container, tuple_type) &&
                   (uintptr_t)AS_SMALLINT(key) < TUPLE_LEN(container)) {
            v = NEWREF(TUPLE_GET(container, AS_SMALLINT(key)));
        } else {
            SAVE_PC();
            v = obj_getitem(container, key);
        }
        DECREF(key);
        if (v == VAL_NULL) goto error;
        TOP() = v;
        DECREF(container);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        Value v = POP();
        int r = 0;
        if (IS_SMALLINT(key) && IS_TYPE(container, list_type) && (uintptr_t)AS_SMALLINT(key) < LIST_LEN(container)) {
            SETREF(LIST_ITEMS(container)[AS_SMALLINT(key)], v);
            v = VAL_NULL;
        } else {
            SAVE_PC();
            r = obj_setitem(container, key, v);
        }
        XDECREF(v);
        DECREF(key);
        DECREF(container);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        SAVE_PC();
        int r = obj_setitem(container, key, VAL_NULL);
        DECREF(key);
        DECREF(container);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        Value a = TOP();
        Value r;
        if (IS_SMALLINT(a) && AS_SMALLINT(a) != SMALLINT_MIN) r = FROM_SMALLINT(-AS_SMALLINT(a));
        else r = obj_unop(a, UNOP_NEG);
        if (r == VAL_NULL) goto error;
        TOP() = r;
        DECREF(a);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        Value a = TOP();
        Value r = obj_unop(a, UNOP_POS);
        if (r == VAL_NULL) goto error;
        TOP() = r;
        DECREF(a);
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        Value a = TOP();
        Value r = IS_SMALLINT(a) ? FROM_SMALLINT(~AS_SMALLINT(a)) : obj_unop(a, UNOP_INVERT);
        if (r == VAL_NULL) goto error;
        TOP() = r;
        DECREF(a);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        Value a = TOP();
        int t = a == VAL_TRUE ? 1 : a == VAL_FALSE ? 0 : obj_truthy(a);
        if (t < 0) goto error;
        TOP() = VAL_BOOL(!t);
        DECREF(a);
        DISPATCH();
    }

/* BINARY_OP's body with the operator of the fast paths given as `fast_op`
 * (a constant in the specialised forms, so their switches fold away); the
 * generic path always gets the instruction's own argument. */
#define EVAL_BINARY_OP(fast_op)                                                                   \
    do {                                                                                          \
        Value b = POP();                                                                          \
        Value a = TOP();                                                                          \
        Value r = VAL_NULL;                                                                       \
        if (IS_SMALLINT(a) && IS_SMALLINT(b)) r = eval_smallint_binop(AS_SMALLINT(a), AS_SMALLINT(b), (fast_op)); \
        else if (IS_OBJ(a) || IS_OBJ(b)) r = eval_float_binop(a, b, (fast_op));                  \
        if (r == VAL_NULL) {                                                                      \
            SAVE_PC();                                                                            \
            r = obj_binop(a, b, (int)oparg);                                                      \
            if (r == VAL_NULL) {                                                                  \
                DECREF(b);                                                                        \
                goto error;                                                                       \
            }                                                                                     \
        }                                                                                         \
        TOP() = r;                                                                                \
        DECREF(a);                                                                                \
        DECREF(b);                                                                                \
        DISPATCH();                                                                               \
    } while (0)

    TARGET(BINARY_OP) { EVAL_BINARY_OP((int)oparg); }

    TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        Value r;
        if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
            intptr_t x = AS_SMALLINT(a), y = AS_SMALLINT(b);
            r = VAL_BOOL(eval_cmp_result(x < y ? -1 : x > y, (int)oparg));
        } else if (IS_TYPE(a, float_type) && IS_TYPE(b, float_type)) {
            r = VAL_BOOL(eval_float_cmp(FLOAT_VAL(a), FLOAT_VAL(b), (int)oparg));
        } else if ((oparg == CMP_EQ || oparg == CMP_NE) && IS_TYPE(a, str_type) && IS_TYPE(b, str_type)) {
            r = VAL_BOOL(str_eq(a, b) == (oparg == CMP_EQ));
        } else {
            SAVE_PC();
            r = obj_richcompare(a, b, (CmpOp)oparg);
            if (r == VAL_NULL) {
                DECREF(b);
                goto error;
            }
        }
        TOP() = r;
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }

    TARGET(IS_OP) {
        Value b = POP();
        Value a = TOP();
        TOP() = VAL_BOOL((a == b) != (oparg == 1));
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        Value container = POP();
        Value item = TOP();
        SAVE_PC();
        int r = obj_contains(container, item);
        DECREF(container);
        if (r < 0) goto error;
        TOP() = VAL_BOOL(r != (int)oparg);
        DECREF(item);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        Value t = tuple_new(oparg);
        for (uint32_t i = oparg; i-- > 0;) TUPLE_SET(t, i, POP());
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        Value l = list_new(oparg);
        for (uint32_t i = oparg; i-- > 0;) LIST_SET(l, i, POP());
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        SAVE_PC();
        Value s = eval_build_set(sp - oparg, oparg);
        for (uint32_t i = 0; i < oparg; i++) DECREF(POP());
        if (s == VAL_NULL) goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        SAVE_PC();
        Value d = eval_build_map(sp - 2 * oparg, oparg);
        for (uint32_t i = 0; i < 2 * oparg; i++) DECREF(POP());
        if (d == VAL_NULL) goto error;
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        Value s = eval_build_string(sp - oparg, oparg);
        for (uint32_t i = 0; i < oparg; i++) DECREF(POP());
        if (s == VAL_NULL) goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : VAL_NULL;
        Value stop = POP();
        Value start = POP();
        Value s = slice_new(start, stop, step != VAL_NULL ? step : VAL_NONE);
        DECREF(start);
        DECREF(stop);
        XDECREF(step);
        if (s == VAL_NULL) goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        Value v = POP();
        int r = list_append(PEEK(oparg), v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        Value v = POP();
        SAVE_PC();
        int r = set_add(PEEK(oparg), v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE_PC();
        int r = dict_set(PEEK(oparg), k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        Value it = POP();
        SAVE_PC();
        int r = eval_list_extend(PEEK(oparg), it);
        DECREF(it);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        Value it = POP();
        SAVE_PC();
        int r = set_update(PEEK(oparg), it);
        DECREF(it);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        Value m = POP();
        SAVE_PC();
        int r = eval_dict_merge(PEEK(oparg), m, VAL_NULL);
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        Value m = POP();
        SAVE_PC();
        int r = eval_dict_merge(PEEK(oparg), m, PEEK(oparg + 3));
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        Value t = list_as_tuple(l);
        if (t == VAL_NULL) goto error;
        TOP() = t;
        DECREF(l);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : VAL_NULL;
        Value v = POP();
        SAVE_PC();
        Value r = eval_format_value(v, spec, oparg);
        if (r == VAL_NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        if (IS_TYPE(seq, tuple_type) && TUPLE_LEN(seq) == oparg) {
            for (size_t i = oparg; i-- > 0;) PUSH(NEWREF(TUPLE_GET(seq, i)));
            DECREF(seq);
            DISPATCH();
        }
        if (IS_TYPE(seq, list_type) && LIST_LEN(seq) == oparg) {
            for (size_t i = oparg; i-- > 0;) PUSH(NEWREF(LIST_GET(seq, i)));
            DECREF(seq);
            DISPATCH();
        }
        SAVE_PC();
        Value *nsp = eval_unpack(seq, oparg, sp);
        DECREF(seq);
        if (nsp == NULL) goto error;
        sp = nsp;
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        Value seq = POP();
        SAVE_PC();
        Value *nsp = eval_unpack_ex(seq, oparg, sp);
        DECREF(seq);
        if (nsp == NULL) goto error;
        sp = nsp;
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        /* Checked before the jump, so an exception the breaker raises
         * (KeyboardInterrupt) is located at this instruction's line and
         * handled by the try blocks around it, not the loop head's. */
        unsigned loop_length = (unsigned)(ip - instrs) - oparg;
        EVAL_BREAKER_CHECK(loop_length);
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == VAL_FALSE) {
            JUMPTO(oparg);
        } else if (v != VAL_TRUE) {
            int t = obj_truthy(v);
            DECREF(v);
            if (t < 0) goto error;
            if (!t) JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == VAL_TRUE) {
            JUMPTO(oparg);
        } else if (v != VAL_FALSE) {
            int t = obj_truthy(v);
            DECREF(v);
            if (t < 0) goto error;
            if (t) JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (IS_NONE(v)) JUMPTO(oparg);
        else DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (!IS_NONE(v)) {
            DECREF(v);
            JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        int t = v == VAL_TRUE ? 1 : v == VAL_FALSE ? 0 : obj_truthy(v);
        if (t < 0) goto error;
        if (!t) {
            JUMPTO(oparg);
        } else {
            (void)POP();
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t = v == VAL_TRUE ? 1 : v == VAL_FALSE ? 0 : obj_truthy(v);
        if (t < 0) goto error;
        if (t) {
            JUMPTO(oparg);
        } else {
            (void)POP();
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        Value v = TOP();
        SAVE_PC();
        Value it = obj_iter(v);
        if (it == VAL_NULL) goto error;
        TOP() = it;
        DECREF(v);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        Value it = TOP();
        Type *t = TYPE_OF(it);
        SAVE_PC();
        Value v = t->next ? t->next(it) : obj_next(it);
        if (LIKELY(v != VAL_NULL)) {
            PUSH(v);
        } else {
            if (UNLIKELY(ts->exc != VAL_NULL)) goto error;
            (void)POP();
            DECREF(it);
            JUMPTO(oparg);
        }
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        f->state = FRAME_COMPLETED;
        goto exit_frame;
    }

    TARGET(CALL) {
        Value *args = sp - oparg;
        Value *const base = args - 2;
        Value callable = args[-2];
        size_t nargs = oparg;
        if (args[-1] != VAL_NULL) {
            args--;
            nargs++;
        } else if (IS_TYPE(callable, method_type)) {
            MethodObj *m = (MethodObj *)AS_OBJ(callable);
            args[-1] = NEWREF(m->self);
            args[-2] = NEWREF(m->func);
            DECREF(callable);
            callable = args[-2];
            args--;
            nargs++;
        }
        SAVE_PC();
        f->sp = sp;
        if (eval_inlinable(callable)) {
            Frame *callee = eval_inline_frame(ts, callable, args, nargs, VAL_NULL);
            EVAL_POP_DOWN_TO(base);
            if (callee == NULL) goto error;
            EVAL_ENTER_CALLEE(callee);
        }
        Value r = eval_call(callable, args, nargs, VAL_NULL);
        EVAL_POP_DOWN_TO(base);
        if (r == VAL_NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(CALL_KW) {
        Value kwnames = POP();
        Value *args = sp - oparg;
        Value *const base = args - 2;
        Value callable = args[-2];
        size_t nargs = oparg - TUPLE_LEN(kwnames);
        if (args[-1] != VAL_NULL) {
            args--;
            nargs++;
        } else if (IS_TYPE(callable, method_type)) {
            MethodObj *m = (MethodObj *)AS_OBJ(callable);
            args[-1] = NEWREF(m->self);
            args[-2] = NEWREF(m->func);
            DECREF(callable);
            callable = args[-2];
            args--;
            nargs++;
        }
        SAVE_PC();
        f->sp = sp;
        if (eval_inlinable(callable)) {
            Frame *callee = eval_inline_frame(ts, callable, args, nargs, kwnames);
            DECREF(kwnames);
            EVAL_POP_DOWN_TO(base);
            if (callee == NULL) goto error;
            EVAL_ENTER_CALLEE(callee);
        }
        Value r = eval_call(callable, args, nargs, kwnames);
        DECREF(kwnames);
        EVAL_POP_DOWN_TO(base);
        if (r == VAL_NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(CALL_EX) {
        Value kwargs = (oparg & 1) ? POP() : VAL_NULL;
        Value args = POP();
        Value self = POP();
        Value callable = TOP();
        SAVE_PC();
        f->sp = sp;
        Value r;
        if (kwargs != VAL_NULL && !IS_DICT(kwargs)) {
            Value d = dict_new();
            r = eval_dict_merge(d, kwargs, callable) == 0 ? eval_call_ex(callable, args, d) : VAL_NULL;
            DECREF(d);
        } else {
            r = eval_call_ex(callable, args, kwargs);
        }
        XDECREF(kwargs);
        DECREF(args);
        XDECREF(self);
        if (r == VAL_NULL) goto error;
        TOP() = r;
        DECREF(callable);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        Value code = POP();
        Value fn = eval_make_function(f, code, oparg, sp);
        sp -= ((oparg & 8) != 0) + ((oparg & 2) != 0) + ((oparg & 1) != 0);
        DECREF(code);
        if (fn == VAL_NULL) goto error;
        PUSH(fn);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        Value bc = dict_get_str(f->builtins, names.__build_class__);
        if (bc == VAL_NULL) {
            if (!err_occurred()) err_set_str(&exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(NEWREF(bc));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        SAVE_PC();
        Value m = eval_import_name(conames[oparg], fromlist);
        DECREF(fromlist);
        if (m == VAL_NULL) goto error;
        PUSH(m);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        SAVE_PC();
        Value v = eval_import_from(TOP(), conames[oparg]);
        if (v == VAL_NULL) goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        Value m = POP();
        SAVE_PC();
        int r = eval_import_star(m, f->locals);
        DECREF(m);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        SAVE_PC();
        if (oparg == 0) {
            if (ts->handled_exc == VAL_NULL) {
                err_set_str(&exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(NEWREF(ts->handled_exc));
            goto exception_unwind;
        }
        Value cause = oparg == 2 ? POP() : VAL_NULL;
        Value exc = POP();
        eval_do_raise(ts, exc, cause);
        DECREF(exc);
        XDECREF(cause);
        goto error;
    }

    TARGET(PUSH_EXC_INFO) {
        Value exc = POP();
        Value prev = ts->handled_exc;
        PUSH(prev != VAL_NULL ? prev : VAL_NONE);
        PUSH(exc);
        ts->handled_exc = NEWREF(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        Value prev = POP();
        if (IS_NONE(prev)) prev = VAL_NULL;
        SETREF(ts->handled_exc, prev);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        Value cls = TOP();
        int r = eval_exc_match(SECOND(), cls);
        if (r < 0) goto error;
        TOP() = VAL_BOOL(r);
        DECREF(cls);
        DISPATCH();
    }

    TARGET(RERAISE) {
        Value exc = POP();
        err_restore(exc);
        SAVE_PC();
        goto exception_unwind;
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(NEWREF(OBJ_VAL(&exc_AssertionError)));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        Value exit = VAL_NULL;
        SAVE_PC();
        Value r = eval_before_with(mgr, &exit);
        if (r == VAL_NULL) goto error;
        TOP() = exit;
        DECREF(mgr);
        PUSH(r);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        SAVE_PC();
        Value r = eval_with_except(PEEK(3), TOP());
        if (r == VAL_NULL) goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        f->state = FRAME_SUSPENDED;
        goto exit_frame;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (!IS_GEN_OR_CORO(v)) {
            SAVE_PC();
            Value it = obj_iter(v);
            if (it == VAL_NULL) goto error;
            TOP() = it;
            DECREF(v);
        }
        DISPATCH();
    }

    TARGET(YIELD_FROM) {
        Value v = POP();
        Value sub = TOP();
        bool returned;
        SAVE_PC();
        f->sp = sp;
        Value r = eval_send_into(sub, v, &returned);
        DECREF(v);
        if (r == VAL_NULL) goto error;
        if (returned) {
            TOP() = r;
            DECREF(sub);
            DISPATCH();
        }
        ip--;
        f->in_yield_from = true;
        retval = r;
        f->state = FRAME_SUSPENDED;
        goto exit_frame;
    }

    TARGET(GET_AWAITABLE) {
        Value v = TOP();
        SAVE_PC();
        Value it = eval_get_awaitable(v);
        if (it == VAL_NULL) goto error;
        TOP() = it;
        DECREF(v);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        Value v = POP();
        SAVE_PC();
        int r = eval_print_expr(v);
        DECREF(v);
        if (r < 0) goto error;
        DISPATCH();
    }

    /* ---- superinstructions (vm/quicken.c): each advances ip past the
     * instructions it stands for before anything can fail in them, so an
     * error is reported at the instruction that failed ---- */

    TARGET(LOAD_FAST__LOAD_FAST) {
        Value v = lp[oparg];
        if (UNLIKELY(v == VAL_NULL)) {
            eval_unbound_local(co, oparg);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        uint32_t second = INSTR_ARG(*ip++);
        v = lp[second];
        if (UNLIKELY(v == VAL_NULL)) {
            eval_unbound_local(co, second);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    /* a op b for two locals without touching their counts; the result is
     * always a new box, as the operands are borrowed. Anything else runs the
     * three plain instructions, which are still in place after this one. */
    TARGET(LOAD_FAST__LOAD_FAST__BINARY_OP) {
        Value a = lp[oparg];
        Value b = lp[INSTR_ARG(ip[0])];
        int op = (int)INSTR_ARG(ip[1]);
        Value r = VAL_NULL;
        if (IS_SMALLINT(a) && IS_SMALLINT(b)) {
            r = eval_smallint_binop(AS_SMALLINT(a), AS_SMALLINT(b), op);
        } else if (IS_TYPE(a, float_type) && IS_TYPE(b, float_type)) {
            double x = FLOAT_VAL(a), y = FLOAT_VAL(b);
            switch (op & ~BINOP_INPLACE) {
            case BINOP_ADD: r = float_from_double(x + y); break;
            case BINOP_SUB: r = float_from_double(x - y); break;
            default: r = float_from_double(x * y); break;
            }
        }
        if (LIKELY(r != VAL_NULL)) {
            ip += 2;
            PUSH(r);
            DISPATCH();
        }
        if (UNLIKELY(a == VAL_NULL)) {
            eval_unbound_local(co, oparg);
            goto error;
        }
        INCREF(a);
        PUSH(a);
        DISPATCH();
    }

    TARGET(STORE_FAST__STORE_FAST) {
        Value v = POP();
        SETREF(lp[oparg], v);
        uint32_t second = INSTR_ARG(*ip++);
        v = POP();
        SETREF(lp[second], v);
        DISPATCH();
    }

    TARGET(STORE_FAST__LOAD_FAST) {
        Value v = POP();
        SETREF(lp[oparg], v);
        uint32_t second = INSTR_ARG(*ip++);
        v = lp[second];
        if (UNLIKELY(v == VAL_NULL)) {
            eval_unbound_local(co, second);
            goto error;
        }
        INCREF(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(COPY_SUBSCR) {
        Value key = TOP();
        Value container = SECOND();
        Value v;
        ip += 2;
        if (IS_SMALLINT(key) && IS_TYPE(container, list_type) && (uintptr_t)AS_SMALLINT(key) < LIST_LEN(container)) {
            v = NEWREF(LIST_GET(container, AS_SMALLINT(key)));
        } else {
            SAVE_PC();
            v = obj_getitem(container, key);
            if (v == VAL_NULL) goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(SWAP_STORE_SUBSCR) {
        Value v = POP();
        Value key = POP();
        Value container = POP();
        int r = 0;
        ip += 2;
        if (IS_SMALLINT(key) && IS_TYPE(container, list_type) && (uintptr_t)AS_SMALLINT(key) < LIST_LEN(container)) {
            SETREF(LIST_ITEMS(container)[AS_SMALLINT(key)], v);
            v = VAL_NULL;
        } else {
            SAVE_PC();
            r = obj_setitem(container, key, v);
        }
        XDECREF(v);
        DECREF(key);
        DECREF(container);
        if (r < 0) goto error;
        DISPATCH();
    }

    TARGET(BINARY_OP_ADD) { EVAL_BINARY_OP(BINOP_ADD); }
    TARGET(BINARY_OP_SUB) { EVAL_BINARY_OP(BINOP_SUB); }
    TARGET(BINARY_OP_MUL) { EVAL_BINARY_OP(BINOP_MUL); }
#undef EVAL_BINARY_OP

#if !CONFIG_COMPUTED_GOTO
    default:
        err_format(&exc_SystemError, "unknown opcode %d", (int)INSTR_OP(ip[-1]));
        goto error;
    }
    }
#endif

error:
    /* A new exception entered this frame: chain it and record the frame. */
    {
        if (UNLIKELY(ts->exc == VAL_NULL))
            err_set_str(&exc_SystemError, "error return without exception set");
        Value exc = ts->exc;
        ExcObj *e = (ExcObj *)AS_OBJ(exc);
        if (ts->handled_exc != VAL_NULL && e->context == VAL_NULL && exc != ts->handled_exc)
            err_set_context(exc, ts->handled_exc);
        uint32_t lasti = ip > instrs ? PC() : 0;
        exc_add_traceback(exc, OBJ_VAL(co), f->globals, code_line_of(co, lasti), (int)lasti);
    }
exception_unwind:
    {
        uint32_t pc = ip > instrs ? PC() : UINT32_MAX;
        const ExcEntry *h = NULL;
        for (uint32_t i = 0; i < co->nexc; i++) {
            if (co->exctable[i].start <= pc && pc < co->exctable[i].end) {
                h = &co->exctable[i];
                break;
            }
        }
        if (h == NULL) {
            retval = VAL_NULL;
            f->state = FRAME_COMPLETED;
            goto exit_frame;
        }
        while (sp > stack_base + h->depth) {
            Value v = POP();
            XDECREF(v);
        }
        PUSH(err_fetch());
        JUMPTO(h->target);
        DISPATCH();
    }

exit_frame:
    f->sp = sp;
    f->pc = (uint32_t)(ip - instrs);
    ts->frame = f->back;
    ts->recursion_depth--;
    if (f->is_entry) {
        f->back = NULL;
        return retval;
    }
    /* A call run in place returns to its caller's instruction after CALL,
     * with the stack the caller left (its callable and arguments gone). */
    {
        Frame *caller = f->back;
        f->back = NULL;
        frame_free(f);
        f = caller;
    }
    EVAL_LOAD_FRAME();
    if (retval == VAL_NULL) goto error;
    PUSH(retval);
    DISPATCH();
}

/* ---- running module, class and exec code ---- */

Value eval_code(Value code, Value globals, Value locals) {
    Code *co = (Code *)AS_OBJ(code);
    Value builtins = frame_builtins_for(globals);
    Frame *f = frame_new(co, VAL_NULL, globals, builtins, locals != VAL_NULL ? locals : globals);
    if (co->ncells | co->nfree) {
        if (co->nfree > 0) {
            frame_free(f);
            return err_set_str(&exc_TypeError, "code object passed to exec() may not contain free variables");
        }
        frame_init_cells(f, VAL_NULL);
    }
    Value r = eval_frame(thread_current(), f, false);
    frame_free(f);
    return r;
}

Value eval_class_body(Value func, Value ns) {
    FuncObj *fn = (FuncObj *)AS_OBJ(func);
    Code *co = (Code *)AS_OBJ(fn->code);
    Frame *f = frame_new(co, func, fn->globals, fn->builtins, ns);
    if (co->ncells | co->nfree) frame_init_cells(f, fn->closure);
    Value r = eval_frame(thread_current(), f, false);
    frame_free(f);
    return r;
}
