/* module.c - module objects: a name and a namespace dict.
 *
 * Attribute access reads and writes the namespace directly (so `m.x` and the
 * module's own globals are the same thing); a missing attribute falls back to
 * a module-level __getattr__ (PEP 562), then to the type (for __dict__,
 * __class__), then raises "module 'm' has no attribute 'x'". Assignment and
 * deletion go to the type's data descriptors (__dict__, __class__) first. */
#include <stddef.h>

#include "dict.h"
#include "error.h"
#include "func.h"
#include "module.h"
#include "names.h"
#include "str.h"

static ModuleObj *module_of(Value v) { return (ModuleObj *)AS_OBJ(v); }

Value module_new(Value name) {
    ModuleObj *m = (ModuleObj *)obj_alloc(&module_type);
    m->name = NEWREF(name);
    m->dict = dict_new();
    if (dict_set(m->dict, names.__name__, name) < 0 ||
        dict_set(m->dict, names.__doc__, VAL_NONE) < 0) {
        DECREF(OBJ_VAL(m));
        return VAL_NULL;
    }
    return OBJ_VAL(m);
}

Value module_new_cstr(const char *name) {
    Value n = str_from_cstr(name);
    if (n == VAL_NULL) return VAL_NULL;
    Value m = module_new(n);
    DECREF(n);
    return m;
}

int module_add(Value module, const char *name, Value v) {
    Value key = str_intern_cstr(name);
    if (key == VAL_NULL) return -1;
    return dict_set(MODULE_DICT(module), key, v);
}

/* Module functions are plain built-ins (no bound self) whose __module__ is
 * the module's name. */
int module_add_functions(Value module, const MethodDef *defs) {
    for (const MethodDef *d = defs; d != NULL && d->name != NULL; d++) {
        Value f = builtin_new(d, VAL_NULL, NULL);
        if (f == VAL_NULL) return -1;
        BuiltinObj *b = (BuiltinObj *)AS_OBJ(f);
        if (b->module == VAL_NULL) b->module = NEWREF(module_of(module)->name);
        int rc = module_add(module, d->name, f);
        DECREF(f);
        if (rc < 0) return -1;
    }
    return 0;
}

/* Readies t (if needed) with __module__ set to this module's name. */
int module_add_type(Value module, Type *t) {
    if (t->module == VAL_NULL) t->module = NEWREF(module_of(module)->name);
    if (!(t->flags & TYPE_READY) && type_ready(t) < 0) return -1;
    return module_add(module, t->name, OBJ_VAL(t));
}

/* <module 'x' from '/path/x.py'>, or <module 'math' (built-in)>. */
static Value module_repr(Value self) {
    ModuleObj *m = module_of(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "<module ");
    if (strbuf_append_repr(&b, m->name) < 0) goto fail;
    Value file = dict_get(m->dict, names.__file__);
    if (file != VAL_NULL && IS_STR(file)) {
        strbuf_append_cstr(&b, " from ");
        if (strbuf_append_repr(&b, file) < 0) goto fail;
        strbuf_append_char(&b, '>');
    } else {
        if (err_occurred()) goto fail;
        strbuf_append_cstr(&b, " (built-in)>");
    }
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return VAL_NULL;
}

/* The namespace first (the common case), then descriptors on the type and
 * a module __getattr__, then CPython's AttributeError. */
static Value module_getattr(Value self, Value name) {
    ModuleObj *m = module_of(self);
    Value v = dict_get(m->dict, name);
    if (v != VAL_NULL) return NEWREF(v);
    if (err_occurred()) return VAL_NULL;
    v = obj_generic_getattr(self, name);
    if (v != VAL_NULL || !err_matches(&exc_AttributeError)) return v;
    err_clear();
    Value hook = dict_get(m->dict, names.__getattr__);
    if (hook != VAL_NULL) return obj_call1(hook, name);
    if (err_occurred()) return VAL_NULL;
    return err_format(&exc_AttributeError, "module %R has no attribute %R", m->name, name);
}

/* Data descriptors of the type first (__class__, __dict__), then the
 * namespace, as object.__setattr__ orders them, with its message for
 * deleting a missing name. */
static int module_setattr(Value self, Value name, Value v) {
    ModuleObj *m = module_of(self);
    Value descr = type_lookup(TYPE_OF(self), name);
    if (descr != VAL_NULL && TYPE_OF(descr)->descr_set) return TYPE_OF(descr)->descr_set(descr, self, v);
    if (v != VAL_NULL) return dict_set(m->dict, name, v);
    if (dict_del(m->dict, name) == 0) return 0;
    if (!err_matches(&exc_KeyError)) return -1;
    err_clear();
    err_format(&exc_AttributeError, "'%s' object has no attribute '%U'", obj_type_name(self), name);
    return -1;
}

static Value module_get_dict(Value self) { return NEWREF(module_of(self)->dict); }

/* CPython's module __dict__ is a read-only member: its message. */
static int module_set_dict(Value self, Value v) {
    (void)self;
    (void)v;
    return err_set_int(&exc_AttributeError, "readonly attribute");
}

static void module_dealloc(Obj *self) {
    ModuleObj *m = (ModuleObj *)self;
    if (m->watch != NULL) *m->watch = NULL;
    CLEAR(m->name);
    CLEAR(m->dict);
    obj_free(self);
}

static void module_traverse(Obj *self, VisitFn visit, void *arg) {
    ModuleObj *m = (ModuleObj *)self;
    visit(m->name, arg);
    visit(m->dict, arg);
}

/* A module in a cycle (its functions' globals are its dict) is cleared by
 * emptying its dict; the dict itself stays for module_getattr. */
static void module_clear(Obj *self) {
    ModuleObj *m = (ModuleObj *)self;
    if (m->dict != VAL_NULL) dict_clear(m->dict);
}

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, module_set_dict},
    {NULL, NULL, NULL},
};

Type module_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "module",
    .base = &object_type,
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(ModuleObj),
    .dictoffset = offsetof(ModuleObj, dict),
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .getsets = module_getsets,
};
