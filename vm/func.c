/* func.c - callables: Python functions, bound methods, cells, built-in
 * functions, and the argument helpers of C functions.
 *
 * A Python function's call slot goes to eval_call_function (eval.c), which
 * binds arguments in a new frame (frame.c). A function is a non-data
 * descriptor: looked up on an instance it becomes a bound method, whose call
 * prepends self. Built-in functions wrap a MethodDef; one found in a type's
 * dict (owner set, self VAL_NULL) is a method descriptor that binds the
 * instance (or, for METH_CLASS, the type) the same way.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "func.h"
#include "code.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "frame.h"
#include "gc.h"
#include "int.h"
#include "names.h"
#include "str.h"
#include "tuple.h"

/* ---- functions ---- */

Value func_new(Value code, Value globals, Value qualname) {
    Code *co = (Code *)AS_OBJ(code);
    FuncObj *fn = (FuncObj *)obj_alloc(&function_type);
    fn->code = NEWREF(code);
    fn->globals = NEWREF(globals);
    fn->builtins = NEWREF(frame_builtins_for(globals));
    fn->name = NEWREF(co->name);
    fn->qualname = NEWREF(qualname != VAL_NULL ? qualname : co->name);
    Value mod = IS_DICT(globals) ? dict_get_str(globals, names.__name__) : VAL_NULL;
    if (mod == VAL_NULL) err_clear();
    fn->module = NEWREF(mod != VAL_NULL ? mod : VAL_NONE);
    Value first = TUPLE_LEN(co->consts) > 0 ? TUPLE_GET(co->consts, 0) : VAL_NONE;
    bool has_doc = IS_STR(first) && !(co->flags & (CO_MODULE | CO_CLASSBODY)) &&
                   strcmp(str_cstr(co->name), "<lambda>") != 0;
    fn->doc = NEWREF(has_doc ? first : VAL_NONE);
    return OBJ_VAL(fn);
}

static void func_dealloc(Obj *o) {
    FuncObj *fn = (FuncObj *)o;
    DECREF(fn->code);
    DECREF(fn->globals);
    DECREF(fn->builtins);
    DECREF(fn->name);
    DECREF(fn->qualname);
    XDECREF(fn->module);
    XDECREF(fn->defaults);
    XDECREF(fn->kwdefaults);
    XDECREF(fn->closure);
    XDECREF(fn->doc);
    XDECREF(fn->dict);
    obj_free(o);
}

static void func_traverse(Obj *o, VisitFn visit, void *arg) {
    FuncObj *fn = (FuncObj *)o;
    Value fields[] = { fn->code, fn->globals, fn->module, fn->defaults, fn->kwdefaults,
                       fn->closure, fn->doc };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i] != VAL_NULL) visit(fields[i], arg);
    gc_traverse_instance_dict(fn->dict, visit, arg);
}

/* The collector breaks a cycle through a function by dropping what user
 * code can fill with anything: defaults, __dict__, __module__, __doc__. Its
 * closure stays (the cells in it are cleared themselves, and the code
 * expects one cell per free variable), and so do its globals (a dict,
 * cleared itself when it is garbage), so a cleared function stays callable. */
static void func_clear(Obj *o) {
    FuncObj *fn = (FuncObj *)o;
    CLEAR(fn->defaults);
    CLEAR(fn->kwdefaults);
    CLEAR(fn->dict);
    SETREF(fn->module, NEWREF(VAL_NONE));
    SETREF(fn->doc, NEWREF(VAL_NONE));
}

static Value func_repr(Value self) {
    FuncObj *fn = (FuncObj *)AS_OBJ(self);
    return str_printf("<function %s at %p>", str_cstr(fn->qualname), (void *)AS_OBJ(self));
}

static Value func_call(Value self, Value *args, size_t nargs, Value kwnames) {
    return eval_call_function(self, args, nargs, kwnames);
}

static Value func_descr_get(Value descr, Value obj, Value type) {
    (void)type;
    if (obj == VAL_NULL) return NEWREF(descr);
    return method_new(descr, obj);
}

#define FUNC(v) ((FuncObj *)AS_OBJ(v))

static Value func_get_name(Value self) { return NEWREF(FUNC(self)->name); }
static Value func_get_qualname(Value self) { return NEWREF(FUNC(self)->qualname); }
static Value func_get_module(Value self) { return NEWREF(FUNC(self)->module); }
static Value func_get_doc(Value self) { return NEWREF(FUNC(self)->doc); }
static Value func_get_code(Value self) { return NEWREF(FUNC(self)->code); }
static Value func_get_globals(Value self) { return NEWREF(FUNC(self)->globals); }
static Value func_get_builtins(Value self) { return NEWREF(FUNC(self)->builtins); }

static Value func_or_none(Value v) { return NEWREF(v != VAL_NULL ? v : VAL_NONE); }
static Value func_get_defaults(Value self) { return func_or_none(FUNC(self)->defaults); }
static Value func_get_kwdefaults(Value self) { return func_or_none(FUNC(self)->kwdefaults); }
static Value func_get_closure(Value self) { return func_or_none(FUNC(self)->closure); }

static Value func_get_dict(Value self) {
    FuncObj *fn = FUNC(self);
    if (fn->dict == VAL_NULL) fn->dict = dict_new();
    gc_instance_dict_expose(fn->dict);
    return NEWREF(fn->dict);
}

static int func_set_dict(Value self, Value v) {
    if (dict_check_attr_dict(v) < 0) return -1;
    SETREF(FUNC(self)->dict, NEWREF(v));
    return 0;
}

/* __name__ / __qualname__ must stay strs: the messages of calls use them. */
static int func_set_str_field(Value *slot, Value v, const char *what) {
    if (v == VAL_NULL || !IS_STR(v)) {
        err_format(&exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    SETREF(*slot, NEWREF(v));
    return 0;
}

static int func_set_name(Value self, Value v) { return func_set_str_field(&FUNC(self)->name, v, "__name__"); }
static int func_set_qualname(Value self, Value v) {
    return func_set_str_field(&FUNC(self)->qualname, v, "__qualname__");
}

static int func_set_module(Value self, Value v) {
    SETREF(FUNC(self)->module, NEWREF(v != VAL_NULL ? v : VAL_NONE));
    return 0;
}

static int func_set_doc(Value self, Value v) {
    SETREF(FUNC(self)->doc, NEWREF(v != VAL_NULL ? v : VAL_NONE));
    return 0;
}

static int func_set_defaults(Value self, Value v) {
    if (v == VAL_NULL || IS_NONE(v)) {
        CLEAR(FUNC(self)->defaults);
        return 0;
    }
    if (!IS_TUPLE(v)) return err_set_int(&exc_TypeError, "__defaults__ must be set to a tuple object");
    SETREF(FUNC(self)->defaults, NEWREF(v));
    return 0;
}

static int func_set_kwdefaults(Value self, Value v) {
    if (v == VAL_NULL || IS_NONE(v)) {
        CLEAR(FUNC(self)->kwdefaults);
        return 0;
    }
    if (!IS_DICT(v)) return err_set_int(&exc_TypeError, "__kwdefaults__ must be set to a dict object");
    SETREF(FUNC(self)->kwdefaults, NEWREF(v));
    return 0;
}

static const GetSetDef func_getsets[] = {
    { "__name__", func_get_name, func_set_name },
    { "__qualname__", func_get_qualname, func_set_qualname },
    { "__module__", func_get_module, func_set_module },
    { "__doc__", func_get_doc, func_set_doc },
    { "__code__", func_get_code, NULL },
    { "__globals__", func_get_globals, NULL },
    { "__builtins__", func_get_builtins, NULL },
    { "__defaults__", func_get_defaults, func_set_defaults },
    { "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults },
    { "__closure__", func_get_closure, NULL },
    { "__dict__", func_get_dict, func_set_dict },
    { NULL, NULL, NULL },
};

Type function_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "function",
    .basicsize = sizeof(FuncObj),
    .dictoffset = offsetof(FuncObj, dict),
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .call = func_call,
    .descr_get = func_descr_get,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .getsets = func_getsets,
};

/* ---- bound methods ---- */

Value method_new(Value func, Value self) {
    MethodObj *m = (MethodObj *)obj_alloc(&method_type);
    m->func = NEWREF(func);
    m->self = NEWREF(self);
    return OBJ_VAL(m);
}

static void method_dealloc(Obj *o) {
    MethodObj *m = (MethodObj *)o;
    DECREF(m->func);
    DECREF(m->self);
    obj_free(o);
}

static void method_traverse(Obj *o, VisitFn visit, void *arg) {
    MethodObj *m = (MethodObj *)o;
    visit(m->func, arg);
    visit(m->self, arg);
}

/* A bound method in a cycle (stored in its own instance's __dict__) is
 * cleared to None and None: calling it afterwards raises TypeError ("'NoneType'
 * object is not callable") instead of crashing. */
static void method_clear(Obj *o) {
    MethodObj *m = (MethodObj *)o;
    SETREF(m->func, NEWREF(VAL_NONE));
    SETREF(m->self, NEWREF(VAL_NONE));
}

/* Call func(self, *args): the vector is copied with self in front (on the C
 * stack when small). */
static Value method_call(Value self, Value *args, size_t nargs, Value kwnames) {
    MethodObj *m = (MethodObj *)AS_OBJ(self);
    size_t total = nargs + (kwnames != VAL_NULL ? TUPLE_LEN(kwnames) : 0);
    Value small[8];
    Value *vec = total + 1 <= 8 ? small : mem_alloc((total + 1) * sizeof(Value));
    vec[0] = m->self;
    if (total > 0) memcpy(vec + 1, args, total * sizeof(Value));
    Value r = IS_FUNC(m->func) ? eval_call_function(m->func, vec, nargs + 1, kwnames)
                               : obj_call(m->func, vec, nargs + 1, kwnames);
    if (vec != small) mem_free(vec);
    return r;
}

static Value method_repr(Value self) {
    MethodObj *m = (MethodObj *)AS_OBJ(self);
    Value name = obj_getattr_opt(m->func, names.__qualname__);
    if (name == VAL_NULL && !err_occurred()) name = obj_getattr_opt(m->func, names.__name__);
    if (name == VAL_NULL && err_occurred()) return VAL_NULL;
    Value r = str_printf("<bound method %s of ", name != VAL_NULL && IS_STR(name) ? str_cstr(name) : "?");
    XDECREF(name);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_str(&b, r);
    DECREF(r);
    if (strbuf_append_repr(&b, m->self) < 0) {
        strbuf_free(&b);
        return VAL_NULL;
    }
    strbuf_append_char(&b, '>');
    return strbuf_finish(&b);
}

/* Unknown attributes of a bound method come from its function, and so
 * does the AttributeError ("'function' object has no attribute 'x'"). */
static Value method_getattr(Value self, Value name) {
    Value v = obj_generic_getattr(self, name);
    if (v != VAL_NULL || !err_matches(&exc_AttributeError)) return v;
    err_clear();
    return obj_getattr(((MethodObj *)AS_OBJ(self))->func, name);
}

static Value method_richcompare(Value a, Value b, CmpOp op) {
    if ((op != CMP_EQ && op != CMP_NE) || !IS_TYPE(b, method_type)) return NEWREF(VAL_NOTIMPL);
    MethodObj *x = (MethodObj *)AS_OBJ(a), *y = (MethodObj *)AS_OBJ(b);
    int eq = x->self == y->self ? obj_eq(x->func, y->func) : 0;
    if (eq < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL((eq == 1) == (op == CMP_EQ)));
}

static int method_hash(Value self, int64_t *out) {
    MethodObj *m = (MethodObj *)AS_OBJ(self);
    int64_t h;
    if (obj_hash(m->func, &h) < 0) return -1;
    h ^= (int64_t)((uintptr_t)AS_OBJ(m->self) >> 4);
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value method_get_self(Value self) { return NEWREF(((MethodObj *)AS_OBJ(self))->self); }
static Value method_get_func(Value self) { return NEWREF(((MethodObj *)AS_OBJ(self))->func); }

static const GetSetDef method_getsets[] = {
    { "__self__", method_get_self, NULL },
    { "__func__", method_get_func, NULL },
    { NULL, NULL, NULL },
};

Type method_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "method",
    .basicsize = sizeof(MethodObj),
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .clear = method_clear,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .call = method_call,
    .getattr = method_getattr,
    .getsets = method_getsets,
};

/* ---- cells ---- */

Value cell_new(Value contents) {
    CellObj *c = (CellObj *)obj_alloc(&cell_type);
    c->ref = contents;
    XINCREF(contents);
    return OBJ_VAL(c);
}

static void cell_dealloc(Obj *o) {
    XDECREF(((CellObj *)o)->ref);
    obj_free(o);
}

static void cell_traverse(Obj *o, VisitFn visit, void *arg) {
    Value v = ((CellObj *)o)->ref;
    if (v != VAL_NULL) visit(v, arg);
}

static void cell_clear(Obj *o) {
    CLEAR(((CellObj *)o)->ref);
}

static Value cell_repr(Value self) {
    Value v = CELL_GET(self);
    if (v == VAL_NULL) return str_printf("<cell at %p: empty>", (void *)AS_OBJ(self));
    return str_printf("<cell at %p: %s object at %p>", (void *)AS_OBJ(self), obj_type_name(v),
                      (void *)v);
}

static Value cell_get_contents(Value self) {
    Value v = CELL_GET(self);
    if (v == VAL_NULL) return err_set_str(&exc_ValueError, "Cell is empty");
    return NEWREF(v);
}

static int cell_set_contents(Value self, Value v) {
    CellObj *c = (CellObj *)AS_OBJ(self);
    XINCREF(v);
    SETREF(c->ref, v);
    return 0;
}

static const GetSetDef cell_getsets[] = {
    { "cell_contents", cell_get_contents, cell_set_contents },
    { NULL, NULL, NULL },
};

Type cell_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "cell",
    .basicsize = sizeof(CellObj),
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .getattr = obj_generic_getattr,
    .getsets = cell_getsets,
};

/* ---- built-in functions and method descriptors ---- */

static Value builtin_alloc(const char *name, CFunc fn, int flags, Value self, Type *owner, Value module) {
    BuiltinObj *b = (BuiltinObj *)obj_alloc(&builtin_function_type);
    b->name = name;
    b->fn = fn;
    b->flags = flags;
    b->self = self;
    XINCREF(self);
    b->owner = owner;
    b->module = module;
    XINCREF(module);
    return OBJ_VAL(b);
}

Value builtin_new(const MethodDef *def, Value self, Type *owner) {
    return builtin_alloc(def->name, def->fn, def->flags, self, owner, VAL_NULL);
}

static void builtin_dealloc(Obj *o) {
    BuiltinObj *b = (BuiltinObj *)o;
    XDECREF(b->self);
    XDECREF(b->module);
    obj_free(o);
}

static void builtin_traverse(Obj *o, VisitFn visit, void *arg) {
    BuiltinObj *b = (BuiltinObj *)o;
    if (b->self != VAL_NULL) visit(b->self, arg);
}

/* A method descriptor called through its class: args[0] must be an instance
 * of the owner (for METH_CLASS, the owner or a subclass). */
static int builtin_check_self(BuiltinObj *b, Value *args, size_t nargs) {
    if (nargs == 0) {
        err_format(&exc_TypeError, "unbound method %s.%s() needs an argument", b->owner->name, b->name);
        return -1;
    }
    bool ok = (b->flags & METH_CLASS)
                  ? IS_OBJ(args[0]) && type_is_subtype(AS_OBJ(args[0])->type, &type_type) &&
                        type_is_subtype((Type *)AS_OBJ(args[0]), b->owner)
                  : type_is_subtype(TYPE_OF(args[0]), b->owner);
    if (ok) return 0;
    err_format(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               b->name, b->owner->name, obj_type_name(args[0]));
    return -1;
}

static Value builtin_call(Value self, Value *args, size_t nargs, Value kwnames) {
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    if (b->self == VAL_NULL) {
        if (b->owner != NULL && !(b->flags & METH_STATIC) && builtin_check_self(b, args, nargs) < 0)
            return VAL_NULL;
        return b->fn(args, nargs, kwnames);
    }
    size_t total = nargs + (kwnames != VAL_NULL ? TUPLE_LEN(kwnames) : 0);
    Value small[8];
    Value *vec = total + 1 <= 8 ? small : mem_alloc((total + 1) * sizeof(Value));
    vec[0] = b->self;
    if (total > 0) memcpy(vec + 1, args, total * sizeof(Value));
    Value r = b->fn(vec, nargs + 1, kwnames);
    if (vec != small) mem_free(vec);
    return r;
}

static Value builtin_descr_get(Value descr, Value obj, Value type) {
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(descr);
    if (b->self != VAL_NULL || b->owner == NULL || (b->flags & METH_STATIC)) return NEWREF(descr);
    if (b->flags & METH_CLASS) {
        Value cls = type != VAL_NULL ? type : OBJ_VAL(TYPE_OF(obj));
        return builtin_alloc(b->name, b->fn, b->flags, cls, b->owner, b->module);
    }
    if (obj == VAL_NULL) return NEWREF(descr);
    if (builtin_check_self(b, &obj, 1) < 0) return VAL_NULL;
    return builtin_alloc(b->name, b->fn, b->flags, obj, b->owner, b->module);
}

static Value builtin_repr(Value self) {
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    if (b->self != VAL_NULL && !IS_TYPE(b->self, module_type))
        return str_printf("<built-in method %s of %s object at %p>", b->name, obj_type_name(b->self),
                          (void *)AS_OBJ(b->self));
    if (b->owner != NULL)
        return str_printf("<method '%s' of '%s' objects>", b->name, b->owner->name);
    return str_printf("<built-in function %s>", b->name);
}

static Value builtin_get_name(Value self) {
    return str_from_cstr(((BuiltinObj *)AS_OBJ(self))->name);
}

static Value builtin_get_qualname(Value self) {
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    if (b->owner != NULL) return str_printf("%s.%s", b->owner->name, b->name);
    return str_from_cstr(b->name);
}

static Value builtin_get_self(Value self) {
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    return NEWREF(b->self != VAL_NULL ? b->self : VAL_NONE);
}

static Value builtin_get_module(Value self) {
    BuiltinObj *b = (BuiltinObj *)AS_OBJ(self);
    return NEWREF(b->module != VAL_NULL ? b->module : VAL_NONE);
}

static Value builtin_get_doc(Value self) {
    (void)self;
    return NEWREF(VAL_NONE);
}

static const GetSetDef builtin_getsets[] = {
    { "__name__", builtin_get_name, NULL },
    { "__qualname__", builtin_get_qualname, NULL },
    { "__self__", builtin_get_self, NULL },
    { "__module__", builtin_get_module, NULL },
    { "__doc__", builtin_get_doc, NULL },
    { NULL, NULL, NULL },
};

Type builtin_function_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinObj),
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
    .repr = builtin_repr,
    .call = builtin_call,
    .descr_get = builtin_descr_get,
    .getattr = obj_generic_getattr,
    .getsets = builtin_getsets,
};

/* ---- argument helpers for C functions ---- */

int args_no_kw(const char *fname, Value kwnames) {
    if (kwnames == VAL_NULL || TUPLE_LEN(kwnames) == 0) return 0;
    err_format(&exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int args_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    if (min == max && max == 0)
        err_format(&exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == max && max == 1)
        err_format(&exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (min == max)
        err_format(&exc_TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        err_format(&exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                   min == 1 ? "" : "s", nargs);
    else
        err_format(&exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                   max == 1 ? "" : "s", nargs);
    return -1;
}

#define ARGS_MAX 16

/* The parameters of an args_parse spec. */
typedef struct {
    const char *name[ARGS_MAX];
    size_t len[ARGS_MAX];
    size_t n;          /* all parameters */
    size_t required;   /* leading required ones */
    size_t npos;       /* those that may be given by position */
} ArgsSpec;

static void args_read_spec(const char *spec, ArgsSpec *s) {
    bool optional = false, kwonly = false;
    s->n = 0;
    s->required = 0;
    s->npos = 0;
    const char *p = spec;
    while (*p && s->n < ARGS_MAX) {
        if (*p == '|') { optional = true; p++; continue; }
        if (*p == '$') { kwonly = optional = true; p++; continue; }
        if (*p == ',') { p++; continue; }
        const char *start = p;
        while (*p && *p != ',' && *p != '|' && *p != '$') p++;
        s->name[s->n] = start;
        s->len[s->n] = (size_t)(p - start);
        if (!optional) s->required++;
        if (!kwonly) s->npos++;
        s->n++;
    }
}

static int args_find(const ArgsSpec *s, Value name) {
    const char *k = str_cstr(name);
    size_t klen = STR_NBYTES(name);
    for (size_t i = 0; i < s->n; i++)
        if (s->len[i] == klen && memcmp(s->name[i], k, klen) == 0) return (int)i;
    return -1;
}

static int args_too_many(const char *fname, const ArgsSpec *s, size_t nargs, size_t total) {
    if (s->npos == 0) {
        err_format(&exc_TypeError, "%s() takes no positional arguments", fname);
    } else if (s->npos < s->n) {
        err_format(&exc_TypeError, "%s() takes at most %zu positional argument%s (%zu given)", fname,
                   s->npos, s->npos == 1 ? "" : "s", nargs);
    } else {
        err_format(&exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                   s->required < s->n ? "at most" : "exactly", s->n, s->n == 1 ? "" : "s", total);
    }
    return -1;
}

int args_parse(const char *fname, Value *args, size_t nargs, Value kwnames, const char *spec, ...) {
    ArgsSpec s;
    args_read_spec(spec, &s);
    Value vals[ARGS_MAX] = { 0 };
    size_t nkw = kwnames != VAL_NULL ? TUPLE_LEN(kwnames) : 0;
    if (nargs + nkw > s.n || nargs > s.npos) return args_too_many(fname, &s, nargs, nargs + nkw);
    for (size_t i = 0; i < nargs; i++) vals[i] = args[i];
    for (size_t j = 0; j < nkw; j++) {
        Value name = TUPLE_GET(kwnames, j);
        int i = args_find(&s, name);
        if (i < 0) {
            err_format(&exc_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        if (vals[i] != VAL_NULL) {
            err_format(&exc_TypeError, "argument for %s() given by name ('%U') and position (%d)", fname,
                       name, i + 1);
            return -1;
        }
        vals[i] = args[nargs + j];
    }
    for (size_t i = 0; i < s.required; i++) {
        if (vals[i] != VAL_NULL) continue;
        char pname[64];
        snprintf(pname, sizeof pname, "%.*s", (int)s.len[i], s.name[i]);
        err_format(&exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname, pname, i + 1);
        return -1;
    }
    va_list ap;
    va_start(ap, spec);
    for (size_t i = 0; i < s.n; i++) *va_arg(ap, Value *) = vals[i];
    va_end(ap);
    return 0;
}
