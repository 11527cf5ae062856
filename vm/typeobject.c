/* typeobject.c - `type`, user classes, slot wrappers and `super`.
 *
 * A type's behaviour lives in two places that must agree: its C slots (what
 * the obj_* functions call) and its dict (what Python code sees). This file
 * keeps them in step in both directions:
 *
 *   - type_ready() (built-in types) turns the MethodDef/GetSetDef tables into
 *     descriptors in the dict, inherits NULL slots from the base, and exposes
 *     each slot the type defines itself as a "slot wrapper" dunder
 *     (int.__add__, object.__init__, ...), so Python code and super() can
 *     reach the built-in behaviour.
 *   - type_new_class() (the `class` statement) copies the namespace, inherits
 *     the base's slots, and for every dunder the class defines installs a
 *     slot function that looks the dunder up on the TYPE (never the
 *     instance, as CPython does) and calls it.
 *
 * Attribute lookup on types (type_lookup) walks the base chain; a small
 * global cache keyed by (type version, interned name) makes repeated
 * lookups one probe. A type's version changes whenever its dict or a base's
 * dict changes (type_modified), which also invalidates the eval loop's
 * inline caches that key on Type.version.
 *
 * Only single inheritance exists, so the MRO is the base chain. The type
 * registry and the lookup cache are process-wide and, like all objects, are
 * touched only while holding the GIL.
 */
#include <stdio.h>
#include <string.h>

#include "object.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "func.h"
#include "gc.h"
#include "instattr.h"
#include "int.h"
#include "float.h"
#include "list.h"
#include "member.h"
#include "names.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "unicode_ctype.h"

/* ---- the registry of ready types (for type_modified and __subclasses__) ---- */

static Type **registry;
static size_t registry_len, registry_cap;
static uint64_t next_version = 1;

static void registry_add(Type *t) {
    if (registry_len == registry_cap) {
        registry_cap = registry_cap ? registry_cap * 2 : 256;
        registry = mem_realloc(registry, registry_cap * sizeof(Type *));
    }
    registry[registry_len++] = t;
}

static void registry_remove(Type *t) {
    for (size_t i = 0; i < registry_len; i++) {
        if (registry[i] == t) {
            registry[i] = registry[--registry_len];
            return;
        }
    }
}

static uint64_t version_new(void) {
    return next_version++;
}

void type_modified(Type *t) {
    t->version = version_new();
    if (!(t->flags & TYPE_HAS_SUBCLASSES)) return;
    for (size_t i = 0; i < registry_len; i++)
        if (type_is_subtype(registry[i], t)) registry[i]->version = version_new();
}

bool type_is_subtype(Type *t, Type *base) {
    for (; t; t = t->base)
        if (t == base) return true;
    return false;
}

/* ---- type_lookup and its cache ---- */

#define MCACHE_BITS 12
typedef struct {
    uint64_t version;
    Value name;
    Value value; /* borrowed from a type dict; valid while version matches */
} MCacheEntry;
static MCacheEntry mcache[1 << MCACHE_BITS];

static size_t mcache_index(uint64_t version, Value name) {
    uint64_t h = (version ^ ((uint64_t)name >> 3)) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> (64 - MCACHE_BITS));
}

static Value type_lookup_uncached(Type *t, Value name) {
    for (; t; t = t->base) {
        if (t->dict == VAL_NULL) continue;
        Value v = dict_get_str(type_dict(t), name);
        if (v != VAL_NULL) return v;
    }
    return VAL_NULL;
}

/* Only interned names are cached: their address identifies the string for
 * the life of the process. */
Value type_lookup(Type *t, Value name) {
    /* A static type nobody readied is readied on first use. */
    if (UNLIKELY(!(t->flags & TYPE_READY)) && type_ready(t) < 0) err_clear();
    bool cacheable = t->version != 0 && ((StrObj *)AS_OBJ(name))->interned;
    if (!cacheable) return type_lookup_uncached(t, name);
    MCacheEntry *e = &mcache[mcache_index(t->version, name)];
    if (e->version == t->version && e->name == name) return e->value;
    Value v = type_lookup_uncached(t, name);
    e->version = t->version;
    e->name = name;
    e->value = v;
    return v;
}

Value type_qualified_name(Type *t) {
    Value mod = t->module;
    const char *qual = t->qualname != VAL_NULL ? STR_DATA(t->qualname) : t->name;
    if (mod != VAL_NULL && IS_STR(mod) && strcmp(STR_DATA(mod), "builtins") != 0)
        return str_printf("%s.%s", STR_DATA(mod), qual);
    return str_from_cstr(qual);
}

/* ---- calling dunder methods ---- */

static Type slot_wrapper_type;

/* Call f, found on the type of self, as a method of self. Plain functions
 * and built-in method descriptors are called with self prepended, without
 * creating a bound method; anything else is bound through its __get__. */
Value type_call_method(Value f, Value self, Value *args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames != VAL_NULL ? TUPLE_LEN(kwnames) : 0;
    Type *ft = TYPE_OF(f);
    bool unbound = ft == &function_type || ft == &slot_wrapper_type ||
                   (ft == &builtin_function_type && ((BuiltinObj *)AS_OBJ(f))->self == VAL_NULL &&
                    ((BuiltinObj *)AS_OBJ(f))->owner != NULL &&
                    !(((BuiltinObj *)AS_OBJ(f))->flags & (METH_STATIC | METH_CLASS)));
    Value r;
    INCREF(f);
    if (unbound) {
        Value stackbuf[8];
        Value *v = nargs + nkw + 1 <= 8 ? stackbuf : mem_alloc((nargs + nkw + 1) * sizeof(Value));
        v[0] = self;
        if (nargs + nkw) memcpy(v + 1, args, (nargs + nkw) * sizeof(Value));
        r = ft == &function_type ? eval_call_function(f, v, nargs + 1, kwnames)
                                 : obj_call(f, v, nargs + 1, kwnames);
        if (v != stackbuf) mem_free(v);
    } else if (ft->descr_get != NULL) {
        Value bound = ft->descr_get(f, self, OBJ_VAL(TYPE_OF(self)));
        r = bound == VAL_NULL ? VAL_NULL : obj_call(bound, args, nargs, kwnames);
        XDECREF(bound);
    } else {
        r = obj_call(f, args, nargs, kwnames);
    }
    DECREF(f);
    return r;
}

/* Look name up on type(self) and call it; if it is absent (a descriptor
 * class with __set__ but no __delete__, say), AttributeError(name) as
 * CPython's slot functions raise. */
static Value call_special(Value self, Value name, Value *args, size_t nargs) {
    Value f = type_lookup(TYPE_OF(self), name);
    if (f == VAL_NULL) return err_set_value(&exc_AttributeError, name);
    return type_call_method(f, self, args, nargs, VAL_NULL);
}

/* ---- getset descriptors ---- */

typedef struct {
    Obj hdr;
    const GetSetDef *def;
    Type *owner;
} GetSetDescr;

static Type getset_descr_type;

static Value getset_new(const GetSetDef *def, Type *owner) {
    GetSetDescr *d = (GetSetDescr *)obj_alloc_size(&getset_descr_type, sizeof(GetSetDescr));
    d->def = def;
    d->owner = owner;
    return OBJ_VAL(d);
}

static int getset_check(GetSetDescr *d, Value obj) {
    if (type_is_subtype(TYPE_OF(obj), d->owner)) return 0;
    err_format(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               d->def->name, d->owner->name, obj_type_name(obj));
    return -1;
}

static Value getset_descr_get(Value self, Value obj, Value type) {
    (void)type;
    GetSetDescr *d = (GetSetDescr *)AS_OBJ(self);
    if (obj == VAL_NULL) return NEWREF(self);
    if (getset_check(d, obj) < 0) return VAL_NULL;
    return d->def->get(obj);
}

static int getset_descr_set(Value self, Value obj, Value v) {
    GetSetDescr *d = (GetSetDescr *)AS_OBJ(self);
    if (getset_check(d, obj) < 0) return -1;
    if (d->def->set == NULL) {
        err_format(&exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                   d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, v);
}

static Value getset_repr(Value self) {
    GetSetDescr *d = (GetSetDescr *)AS_OBJ(self);
    return str_printf("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static void descr_dealloc(Obj *self) {
    obj_free(self);
}

static Type getset_descr_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescr),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
};

/* ---- the slot table ---- */

typedef enum {
    SK_REPR, SK_STR, SK_HASH, SK_FORMAT, SK_RICHCMP, SK_BOOL,
    SK_GETATTRIBUTE, SK_GETATTR, SK_SETATTR, SK_DELATTR,
    SK_GET, SK_SET, SK_DELETE, SK_CALL, SK_ITER, SK_NEXT,
    SK_LEN, SK_GETITEM, SK_SETITEM, SK_DELITEM, SK_CONTAINS,
    SK_BINOP, SK_RBINOP, SK_INPLACE, SK_UNOP,
    SK_INDEX, SK_INT, SK_FLOAT, SK_INIT, SK_NEW
} SlotKind;

typedef struct {
    const char *name;
    SlotKind kind;
    int index; /* CmpOp, BinOp or UnOp */
} SlotDef;

#define BINOP_SLOTDEFS(op, fwd, rev, inp) \
    {fwd, SK_BINOP, op}, {rev, SK_RBINOP, op}, {inp, SK_INPLACE, op},

static const SlotDef slotdefs[] = {
    {"__repr__", SK_REPR, 0}, {"__str__", SK_STR, 0}, {"__hash__", SK_HASH, 0},
    {"__format__", SK_FORMAT, 0},
    {"__lt__", SK_RICHCMP, CMP_LT}, {"__le__", SK_RICHCMP, CMP_LE},
    {"__eq__", SK_RICHCMP, CMP_EQ}, {"__ne__", SK_RICHCMP, CMP_NE},
    {"__gt__", SK_RICHCMP, CMP_GT}, {"__ge__", SK_RICHCMP, CMP_GE},
    {"__bool__", SK_BOOL, 0},
    {"__getattribute__", SK_GETATTRIBUTE, 0}, {"__getattr__", SK_GETATTR, 0},
    {"__setattr__", SK_SETATTR, 0}, {"__delattr__", SK_DELATTR, 0},
    {"__get__", SK_GET, 0}, {"__set__", SK_SET, 0}, {"__delete__", SK_DELETE, 0},
    {"__call__", SK_CALL, 0}, {"__iter__", SK_ITER, 0}, {"__next__", SK_NEXT, 0},
    {"__len__", SK_LEN, 0}, {"__getitem__", SK_GETITEM, 0},
    {"__setitem__", SK_SETITEM, 0}, {"__delitem__", SK_DELITEM, 0},
    {"__contains__", SK_CONTAINS, 0},
    BINOP_SLOTDEFS(BINOP_ADD, "__add__", "__radd__", "__iadd__")
    BINOP_SLOTDEFS(BINOP_SUB, "__sub__", "__rsub__", "__isub__")
    BINOP_SLOTDEFS(BINOP_MUL, "__mul__", "__rmul__", "__imul__")
    BINOP_SLOTDEFS(BINOP_TRUEDIV, "__truediv__", "__rtruediv__", "__itruediv__")
    BINOP_SLOTDEFS(BINOP_FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__")
    BINOP_SLOTDEFS(BINOP_MOD, "__mod__", "__rmod__", "__imod__")
    BINOP_SLOTDEFS(BINOP_POW, "__pow__", "__rpow__", "__ipow__")
    BINOP_SLOTDEFS(BINOP_LSHIFT, "__lshift__", "__rlshift__", "__ilshift__")
    BINOP_SLOTDEFS(BINOP_RSHIFT, "__rshift__", "__rrshift__", "__irshift__")
    BINOP_SLOTDEFS(BINOP_AND, "__and__", "__rand__", "__iand__")
    BINOP_SLOTDEFS(BINOP_OR, "__or__", "__ror__", "__ior__")
    BINOP_SLOTDEFS(BINOP_XOR, "__xor__", "__rxor__", "__ixor__")
    BINOP_SLOTDEFS(BINOP_MATMUL, "__matmul__", "__rmatmul__", "__imatmul__")
    {"__neg__", SK_UNOP, UNOP_NEG}, {"__pos__", SK_UNOP, UNOP_POS},
    {"__invert__", SK_UNOP, UNOP_INVERT},
    {"__index__", SK_INDEX, 0}, {"__int__", SK_INT, 0}, {"__float__", SK_FLOAT, 0},
    {"__init__", SK_INIT, 0}, {"__new__", SK_NEW, 0},
};
#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])

/* The interned names of slotdefs, in order (filled by type_init_types). */
static Value slotdef_names[NSLOTDEFS];

static Value slotdef_name(size_t i) {
    if (slotdef_names[i] == VAL_NULL) slotdef_names[i] = str_intern_cstr(slotdefs[i].name);
    return slotdef_names[i];
}

typedef void (*AnyFn)(void);

/* The C slot a SlotDef exposes, as a generic pointer (NULL: not exposed). */
static AnyFn slot_of(const Type *t, const SlotDef *d) {
    switch (d->kind) {
    case SK_REPR: return (AnyFn)t->repr;
    case SK_STR: return (AnyFn)t->str;
    case SK_HASH: return (AnyFn)t->hash;
    case SK_FORMAT: return (AnyFn)t->format;
    case SK_RICHCMP: return (AnyFn)t->richcompare;
    case SK_BOOL: return (AnyFn)t->truthy;
    case SK_GETATTRIBUTE: return (AnyFn)t->getattr;
    case SK_SETATTR: case SK_DELATTR: return (AnyFn)t->setattr;
    case SK_GET: return (AnyFn)t->descr_get;
    case SK_SET: case SK_DELETE: return (AnyFn)t->descr_set;
    case SK_CALL: return (AnyFn)t->call;
    case SK_ITER: return (AnyFn)t->iter;
    case SK_NEXT: return (AnyFn)t->next;
    case SK_LEN: return (AnyFn)t->len;
    case SK_GETITEM: return (AnyFn)t->getitem;
    case SK_SETITEM: case SK_DELITEM: return (AnyFn)t->setitem;
    case SK_CONTAINS: return (AnyFn)t->contains;
    case SK_BINOP: case SK_RBINOP: return (AnyFn)t->binop[d->index];
    case SK_INPLACE: return (AnyFn)t->inplace[d->index];
    case SK_UNOP: return (AnyFn)t->unop[d->index];
    case SK_INDEX: return (AnyFn)t->as_int;
    case SK_FLOAT: return (AnyFn)t->as_float;
    case SK_INIT: return (AnyFn)t->init;
    case SK_NEW: return (AnyFn)t->new_;
    case SK_GETATTR: case SK_INT: return NULL;
    }
    return NULL;
}

/* ---- slot wrappers: built-in slots seen from Python ---- */

typedef struct {
    Obj hdr;
    const SlotDef *def;
    Type *owner;
} SlotWrapper;

static Value wrapper_new(const SlotDef *def, Type *owner) {
    SlotWrapper *w = (SlotWrapper *)obj_alloc_size(&slot_wrapper_type, sizeof(SlotWrapper));
    w->def = def;
    w->owner = owner;
    return OBJ_VAL(w);
}

static Value wrapper_repr(Value self) {
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(self);
    return str_printf("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static Value wrapper_descr_get(Value self, Value obj, Value type) {
    (void)type;
    if (obj == VAL_NULL) return NEWREF(self);
    return method_new(self, obj);
}

/* CPython 3.11's words, which name no method: its one- and no-argument
 * wrappers say "expected 1 argument, got 0"; the two-argument ones unpack
 * with an empty function name and so start with a space. */
static Value wrapper_nargs_error(size_t want, size_t got) {
    return err_format(&exc_TypeError, "%sexpected %zu argument%s, got %zu", want == 2 ? " " : "",
                      want, want == 1 ? "" : "s", got);
}

static Value none_or_null(int rc) {
    return rc < 0 ? VAL_NULL : NEWREF(VAL_NONE);
}

/* X.__new__(cls, ...): cls must be a subtype of X. */
static Value wrapper_call_new(SlotWrapper *w, Value *args, size_t nargs, Value kwnames) {
    Type *owner = w->owner;
    if (nargs == 0)
        return err_format(&exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
    if (!IS_TYPE(args[0], type_type))
        return err_format(&exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                          owner->name, obj_type_name(args[0]));
    Type *sub = (Type *)AS_OBJ(args[0]);
    if (!type_is_subtype(sub, owner))
        return err_format(&exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                          owner->name, sub->name, sub->name, owner->name);
    return owner->new_(sub, args + 1, nargs - 1, kwnames);
}

static Value wrapper_str_arg(Value name) {
    if (!IS_STR(name))
        return err_format(&exc_TypeError, "attribute name must be string, not '%s'",
                          obj_type_name(name));
    return name;
}

/* The fixed-arity slots: args excludes self; nargs already checked. */
static Value wrapper_call_fixed(const SlotDef *d, Type *o, Value self, Value *a) {
    int64_t h;
    int rc;
    ssize_t n;
    switch (d->kind) {
    case SK_REPR: return o->repr(self);
    case SK_STR: return o->str(self);
    case SK_HASH: return o->hash(self, &h) < 0 ? VAL_NULL : int_from_i64(h);
    case SK_FORMAT:
        if (!IS_STR(a[0]))
            return err_format(&exc_TypeError, "__format__() argument must be str, not %s",
                              obj_type_name(a[0]));
        return o->format(self, a[0]);
    case SK_RICHCMP: return o->richcompare(self, a[0], (CmpOp)d->index);
    case SK_BOOL: rc = o->truthy(self); return rc < 0 ? VAL_NULL : NEWREF(VAL_BOOL(rc));
    case SK_GETATTRIBUTE:
        return wrapper_str_arg(a[0]) == VAL_NULL ? VAL_NULL : o->getattr(self, a[0]);
    case SK_SETATTR:
        if (wrapper_str_arg(a[0]) == VAL_NULL) return VAL_NULL;
        return none_or_null(o->setattr(self, a[0], a[1]));
    case SK_DELATTR:
        if (wrapper_str_arg(a[0]) == VAL_NULL) return VAL_NULL;
        return none_or_null(o->setattr(self, a[0], VAL_NULL));
    case SK_SET: return none_or_null(o->descr_set(self, a[0], a[1]));
    case SK_DELETE: return none_or_null(o->descr_set(self, a[0], VAL_NULL));
    case SK_ITER: return o->iter(self);
    case SK_NEXT: {
        Value r = o->next(self);
        if (r == VAL_NULL && !err_occurred()) err_set_none(&exc_StopIteration);
        return r;
    }
    case SK_LEN: n = o->len(self); return n < 0 ? VAL_NULL : int_from_i64(n);
    case SK_GETITEM: return o->getitem(self, a[0]);
    case SK_SETITEM: return none_or_null(o->setitem(self, a[0], a[1]));
    case SK_DELITEM: return none_or_null(o->setitem(self, a[0], VAL_NULL));
    case SK_CONTAINS: rc = o->contains(self, a[0]); return rc < 0 ? VAL_NULL : NEWREF(VAL_BOOL(rc));
    case SK_BINOP: return o->binop[d->index](self, a[0]);
    case SK_RBINOP: return o->binop[d->index](a[0], self);
    case SK_INPLACE: return o->inplace[d->index](self, a[0]);
    case SK_UNOP: return o->unop[d->index](self);
    case SK_INDEX: return o->as_int(self);
    case SK_FLOAT: return o->as_float(self);
    default: return err_set_str(&exc_SystemError, "bad slot wrapper");
    }
}

static size_t wrapper_arity(SlotKind k) {
    switch (k) {
    case SK_FORMAT: case SK_RICHCMP: case SK_GETATTRIBUTE: case SK_DELATTR: case SK_DELETE:
    case SK_GETITEM: case SK_DELITEM: case SK_CONTAINS: case SK_BINOP: case SK_RBINOP:
    case SK_INPLACE:
        return 1;
    case SK_SETATTR: case SK_SET: case SK_SETITEM:
        return 2;
    default:
        return 0;
    }
}

static Value wrapper_call(Value self, Value *args, size_t nargs, Value kwnames) {
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(self);
    const SlotDef *d = w->def;
    if (d->kind == SK_NEW) return wrapper_call_new(w, args, nargs, kwnames);
    if (nargs == 0)
        return err_format(&exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                          d->name, w->owner->name);
    Value obj = args[0];
    if (!type_is_subtype(TYPE_OF(obj), w->owner))
        return err_format(&exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                          d->name, w->owner->name, obj_type_name(obj));
    args++;
    nargs--;
    if (d->kind == SK_INIT) return none_or_null(w->owner->init(obj, args, nargs, kwnames));
    if (d->kind == SK_CALL) return w->owner->call(obj, args, nargs, kwnames);
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return err_format(&exc_TypeError, "wrapper %s() takes no keyword arguments", d->name);
    if (d->kind == SK_GET) {
        if (nargs < 1 || nargs > 2)
            return err_format(&exc_TypeError, "expected at least 1 argument, got %zu", nargs);
        Value inst = IS_NONE(args[0]) ? VAL_NULL : args[0];
        Value type = nargs == 2 && !IS_NONE(args[1]) ? args[1] : VAL_NULL;
        if (inst == VAL_NULL && type == VAL_NULL)
            return err_set_str(&exc_TypeError, "__get__(None, None) is invalid");
        return w->owner->descr_get(obj, inst, type);
    }
    size_t want = wrapper_arity(d->kind);
    if (nargs != want) return wrapper_nargs_error(want, nargs);
    return wrapper_call_fixed(d, w->owner, obj, args);
}

static Value wrapper_get_name(Value self) {
    return str_from_cstr(((SlotWrapper *)AS_OBJ(self))->def->name);
}

/* "str.__getitem__" */
static Value wrapper_get_qualname(Value self) {
    SlotWrapper *w = (SlotWrapper *)AS_OBJ(self);
    return str_printf("%s.%s", w->owner->name, w->def->name);
}

static const GetSetDef wrapper_getsets[] = {
    { "__name__", wrapper_get_name, NULL },
    { "__qualname__", wrapper_get_qualname, NULL },
    { NULL, NULL, NULL },
};

static Type slot_wrapper_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapper),
    .dealloc = descr_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_descr_get,
    .getsets = wrapper_getsets,
};

/* A staticmethod/classmethod object around callable (descr.c's layout). */
static Value wrap_in(Type *kind, Value callable) {
    WrapperObj *w = (WrapperObj *)obj_alloc_size(kind, sizeof(WrapperObj));
    w->callable = NEWREF(callable);
    return OBJ_VAL(w);
}

/* ---- type_ready ---- */

static void inherit_slots(Type *t, const Type *b) {
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(init); INHERIT(dealloc); INHERIT(traverse); INHERIT(clear); INHERIT(finalize);
    INHERIT(repr); INHERIT(str); INHERIT(truthy); INHERIT(format);
    INHERIT(getattr); INHERIT(setattr); INHERIT(descr_get); INHERIT(descr_set);
    INHERIT(call); INHERIT(iter); INHERIT(next);
    INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    INHERIT(as_int); INHERIT(as_float);
    for (int i = 0; i < BINOP_COUNT; i++) { INHERIT(binop[i]); INHERIT(inplace[i]); }
    for (int i = 0; i < UNOP_COUNT; i++) INHERIT(unop[i]);
#undef INHERIT
    /* A type that defines equality but not hashing is unhashable. */
    if (!t->richcompare && !t->hash) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
}

static int dict_set_new(Value d, const char *name, Value v) {
    int rc = dict_set_cstr(d, name, v);
    DECREF(v);
    return rc;
}

static int add_methods(Type *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        if (dict_get_cstr(t->dict, m->name) != VAL_NULL) continue;
        Value f = builtin_new(m, VAL_NULL, t);
        if (f == VAL_NULL) return -1;
        /* METH_CLASS descriptors bind to the class themselves (func.c),
         * like CPython's classmethod_descriptor. */
        if (m->flags & METH_STATIC) {
            Value w = wrap_in(&staticmethod_type, f);
            DECREF(f);
            f = w;
        }
        if (dict_set_new(t->dict, m->name, f) < 0) return -1;
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        if (dict_get_cstr(t->dict, g->name) != VAL_NULL) continue;
        if (dict_set_new(t->dict, g->name, getset_new(g, t)) < 0) return -1;
    }
    return 0;
}

/* Expose each slot t defines itself (not inherited) as a dunder wrapper. */
static int add_slot_wrappers(Type *t) {
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        const SlotDef *d = &slotdefs[i];
        AnyFn f = slot_of(t, d);
        if (f == NULL || (t->base && f == slot_of(t->base, d))) continue;
        if (d->kind == SK_INPLACE && t->inplace[d->index] == NULL) continue;
        Value name = slotdef_name(i);
        if (dict_get_str(t->dict, name) != VAL_NULL) continue;
        Value w = wrapper_new(d, t);
        if (d->kind == SK_NEW) {
            Value s = wrap_in(&staticmethod_type, w);
            DECREF(w);
            w = s;
        }
        int rc = dict_set(t->dict, name, w);
        DECREF(w);
        if (rc < 0) return -1;
    }
    if (t->hash == NULL && dict_get_cstr(t->dict, "__hash__") == VAL_NULL &&
        dict_set_cstr(t->dict, "__hash__", VAL_NONE) < 0)
        return -1;
    return 0;
}

/* Names for a static type: "mod.name" in the C name means __module__ mod. */
static void set_static_names(Type *t) {
    const char *dot = strrchr(t->name, '.');
    if (dot) {
        t->module = str_intern(str_from_utf8(t->name, (size_t)(dot - t->name)));
        t->name_obj = str_intern_cstr(dot + 1);
    } else {
        t->module = str_intern_cstr("builtins");
        t->name_obj = str_intern_cstr(t->name);
    }
    t->qualname = NEWREF(t->name_obj);
}

static void inherit_flags(Type *t) {
    static const struct { Type *base; uint32_t flag; } kinds[] = {
        {&int_type, TYPE_INT_SUBCLASS}, {&str_type, TYPE_STR_SUBCLASS},
        {&tuple_type, TYPE_TUPLE_SUBCLASS}, {&list_type, TYPE_LIST_SUBCLASS},
        {&dict_type, TYPE_DICT_SUBCLASS}, {&type_type, TYPE_TYPE_SUBCLASS},
    };
    if (t->base && (t->base->flags & TYPE_EXCEPTION)) t->flags |= TYPE_EXCEPTION;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (t != kinds[i].base && type_is_subtype(t, kinds[i].base)) t->flags |= kinds[i].flag;
}

/* The dict entries of t's MethodDef, GetSetDef and slot tables. */
static int fill_dict(Type *t) {
    if (add_methods(t) < 0 || add_slot_wrappers(t) < 0) return -1;
    if (dict_get_cstr(t->dict, "__doc__") == VAL_NULL &&
        dict_set_cstr(t->dict, "__doc__", VAL_NONE) < 0)
        return -1;
    return 0;
}

/* A static type's dict is filled the first time something reads it, not
 * by type_ready: a short program looks into few of the built-in types, and
 * filling them all was two thirds of start-up. Filling adds what was always
 * the type's content, so it neither bumps the version nor can make a cached
 * lookup stale (every reader of a type dict comes through here). */
Value type_dict(Type *t) {
    if (UNLIKELY(t->flags & TYPE_DICT_UNFILLED)) {
        t->flags &= ~(uint32_t)TYPE_DICT_UNFILLED;
        if (fill_dict(t) < 0) err_clear();
    }
    return t->dict;
}

int type_ready(Type *t) {
    if (t->flags & TYPE_READY) return 0;
    if (t != &object_type && t->base == NULL) t->base = &object_type;
    Type *b = t->base;
    if (b && !(b->flags & TYPE_READY) && type_ready(b) < 0) return -1;
    if (b) {
        if (t->basicsize == 0) t->basicsize = b->basicsize;
        if (t->dictoffset == 0) t->dictoffset = b->dictoffset;
        /* A static type directly under object with no __new__ cannot be
         * instantiated from Python ("cannot create 'X' instances"). */
        if (t->new_ == NULL && b != &object_type) t->new_ = b->new_;
        inherit_slots(t, b);
    }
    inherit_flags(t);
    if (t->name_obj == VAL_NULL) set_static_names(t);
    if (t->dict == VAL_NULL) t->dict = dict_new();
    if (t->flags & TYPE_HEAP) {
        if (fill_dict(t) < 0) return -1;
    } else {
        t->flags |= TYPE_DICT_UNFILLED;
    }
    if (b) b->flags |= TYPE_HAS_SUBCLASSES;
    t->version = version_new();
    t->flags |= TYPE_READY;
    registry_add(t);
    return 0;
}

/* ---- slot functions of user classes ---- */

static Value *cmp_name(CmpOp op) {
    switch (op) {
    case CMP_LT: return &names.__lt__;
    case CMP_LE: return &names.__le__;
    case CMP_EQ: return &names.__eq__;
    case CMP_NE: return &names.__ne__;
    case CMP_GT: return &names.__gt__;
    default: return &names.__ge__;
    }
}

static Value slot_repr(Value self) {
    return call_special(self, names.__repr__, NULL, 0);
}

static Value slot_str(Value self) {
    return call_special(self, names.__str__, NULL, 0);
}

static Value slot_format(Value self, Value spec) {
    return call_special(self, names.__format__, &spec, 1);
}

/* __hash__'s int as the hash: kept as it is when it fits in 64 bits, so
 * that a __hash__ returning hash(y) hashes equal to y (a str's hash is any
 * 64-bit value); reduced as int's hash otherwise. -1 becomes -2. */
static int slot_hash(Value self, int64_t *out) {
    Value r = call_special(self, names.__hash__, NULL, 0);
    if (r == VAL_NULL) return -1;
    if (!IS_INT(r)) {
        DECREF(r);
        return err_set_int(&exc_TypeError, "__hash__ method should return an integer");
    }
    int64_t h;
    if (int_as_i64(r, &h) < 0) {
        err_clear();
        h = int_hash(r);
    }
    DECREF(r);
    *out = h == -1 ? -2 : h;
    return 0;
}

static Value slot_richcompare(Value a, Value b, CmpOp op) {
    Value f = type_lookup(TYPE_OF(a), *cmp_name(op));
    if (f == VAL_NULL) return NEWREF(VAL_NOTIMPL);
    return type_call_method(f, a, &b, 1, VAL_NULL);
}

static int slot_truthy(Value self) {
    Value r = call_special(self, names.__bool__, NULL, 0);
    if (r == VAL_NULL) return -1;
    if (!IS_BOOL(r)) {
        err_format(&exc_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return r == VAL_TRUE;
}

/* __len__'s result goes through __index__ first, then the sign is checked
 * before the size, so a huge negative result is a ValueError and an overflow
 * names 'int' (as CPython's slot does). */
static ssize_t slot_len(Value self) {
    Value r = call_special(self, names.__len__, NULL, 0);
    if (r == VAL_NULL) return -1;
    Value i = obj_index(r);
    DECREF(r);
    if (i == VAL_NULL) return -1;
    if (int_sign(i) < 0) {
        DECREF(i);
        return err_set_int(&exc_ValueError, "__len__() should return >= 0");
    }
    ssize_t n;
    int rc = obj_as_ssize(i, &n);
    DECREF(i);
    return rc < 0 ? -1 : n;
}

/* __getattribute__ (the generic one unless overridden), then __getattr__
 * when that raises AttributeError. */
static Value slot_getattr(Value self, Value name) {
    Type *t = TYPE_OF(self);
    Value ga = type_lookup(t, names.__getattribute__);
    Value r;
    if (ga == VAL_NULL) {
        r = obj_generic_getattr(self, name);
    } else if (IS_TYPE(ga, slot_wrapper_type)) {
        r = ((SlotWrapper *)AS_OBJ(ga))->owner->getattr(self, name);
    } else {
        r = type_call_method(ga, self, &name, 1, VAL_NULL);
    }
    if (r != VAL_NULL || !err_matches(&exc_AttributeError)) return r;
    Value gf = type_lookup(t, names.__getattr__);
    if (gf == VAL_NULL) return VAL_NULL;
    err_clear();
    return type_call_method(gf, self, &name, 1, VAL_NULL);
}

static int slot_setattr(Value self, Value name, Value v) {
    Value args[2] = {name, v};
    Value r = v != VAL_NULL ? call_special(self, names.__setattr__, args, 2)
                            : call_special(self, names.__delattr__, args, 1);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

static Value slot_descr_get(Value descr, Value obj, Value type) {
    Value args[2] = {obj != VAL_NULL ? obj : VAL_NONE, type != VAL_NULL ? type : VAL_NONE};
    return call_special(descr, names.__get__, args, 2);
}

static int slot_descr_set(Value descr, Value obj, Value v) {
    Value args[2] = {obj, v};
    Value r = v != VAL_NULL ? call_special(descr, names.__set__, args, 2)
                            : call_special(descr, names.__delete__, args, 1);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

static Value slot_call(Value self, Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(TYPE_OF(self), names.__call__);
    if (f == VAL_NULL)
        return err_format(&exc_TypeError, "'%s' object is not callable", obj_type_name(self));
    return type_call_method(f, self, args, nargs, kwnames);
}

static Value slot_iter(Value self) {
    return call_special(self, names.__iter__, NULL, 0);
}

/* __next__ raising StopIteration means exhausted: no exception, VAL_NULL. */
static Value slot_next(Value self) {
    Value r = call_special(self, names.__next__, NULL, 0);
    if (r == VAL_NULL && err_matches(&exc_StopIteration)) err_clear();
    return r;
}

static Value slot_getitem(Value self, Value key) {
    return call_special(self, names.__getitem__, &key, 1);
}

static int slot_setitem(Value self, Value key, Value v) {
    Value args[2] = {key, v};
    Value r = v != VAL_NULL ? call_special(self, names.__setitem__, args, 2)
                            : call_special(self, names.__delitem__, args, 1);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

static int slot_contains(Value self, Value item) {
    Value r = call_special(self, names.__contains__, &item, 1);
    if (r == VAL_NULL) return -1;
    int t = obj_truthy(r);
    DECREF(r);
    return t;
}

static Value *const binop_names[BINOP_COUNT][3] = {
    {&names.__add__, &names.__radd__, &names.__iadd__},
    {&names.__sub__, &names.__rsub__, &names.__isub__},
    {&names.__mul__, &names.__rmul__, &names.__imul__},
    {&names.__truediv__, &names.__rtruediv__, &names.__itruediv__},
    {&names.__floordiv__, &names.__rfloordiv__, &names.__ifloordiv__},
    {&names.__mod__, &names.__rmod__, &names.__imod__},
    {&names.__pow__, &names.__rpow__, &names.__ipow__},
    {&names.__lshift__, &names.__rlshift__, &names.__ilshift__},
    {&names.__rshift__, &names.__rrshift__, &names.__irshift__},
    {&names.__and__, &names.__rand__, &names.__iand__},
    {&names.__or__, &names.__ror__, &names.__ior__},
    {&names.__xor__, &names.__rxor__, &names.__ixor__},
    {&names.__matmul__, &names.__rmatmul__, &names.__imatmul__},
};

static Value call_op(Value f, Value self, Value other) {
    if (f == VAL_NULL) return NEWREF(VAL_NOTIMPL);
    return type_call_method(f, self, &other, 1, VAL_NULL);
}

/* The binary slot of a user class, called as slot(a, b) for whichever of
 * a and b has it (obj_binop). a.__op__(b) if a's type has this slot, and
 * b.__rop__(a) if b's type has it; a subclass's overriding reflected
 * method goes first, as in CPython. */
static Value slot_binop(Value a, Value b, int op, Value (*self_fn)(Value, Value)) {
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    Value fname = *binop_names[op][0], rname = *binop_names[op][1];
    Value rf = VAL_NULL;
    if (ta != tb && tb->binop[op] == self_fn) rf = type_lookup(tb, rname);
    if (ta->binop[op] == self_fn) {
        if (rf != VAL_NULL && type_is_subtype(tb, ta) && rf != type_lookup(ta, rname)) {
            Value r = call_op(rf, b, a);
            if (r != VAL_NOTIMPL) return r;
            DECREF(r);
            rf = VAL_NULL;
        }
        Value r = call_op(type_lookup(ta, fname), a, b);
        if (r != VAL_NOTIMPL || ta == tb) return r;
        DECREF(r);
    }
    return call_op(rf, b, a);
}

static Value slot_inplace(Value a, Value b, int op) {
    return call_op(type_lookup(TYPE_OF(a), *binop_names[op][2]), a, b);
}

#define BINOP_SLOT_FNS(op, lower) \
    static Value slot_binop_##lower(Value a, Value b) { return slot_binop(a, b, op, slot_binop_##lower); } \
    static Value slot_inplace_##lower(Value a, Value b) { return slot_inplace(a, b, op); }
BINOP_SLOT_FNS(BINOP_ADD, add)
BINOP_SLOT_FNS(BINOP_SUB, sub)
BINOP_SLOT_FNS(BINOP_MUL, mul)
BINOP_SLOT_FNS(BINOP_TRUEDIV, truediv)
BINOP_SLOT_FNS(BINOP_FLOORDIV, floordiv)
BINOP_SLOT_FNS(BINOP_MOD, mod)
BINOP_SLOT_FNS(BINOP_POW, pow)
BINOP_SLOT_FNS(BINOP_LSHIFT, lshift)
BINOP_SLOT_FNS(BINOP_RSHIFT, rshift)
BINOP_SLOT_FNS(BINOP_AND, and)
BINOP_SLOT_FNS(BINOP_OR, or)
BINOP_SLOT_FNS(BINOP_XOR, xor)
BINOP_SLOT_FNS(BINOP_MATMUL, matmul)

static Value (*const slot_binop_fns[BINOP_COUNT])(Value, Value) = {
    slot_binop_add, slot_binop_sub, slot_binop_mul, slot_binop_truediv, slot_binop_floordiv,
    slot_binop_mod, slot_binop_pow, slot_binop_lshift, slot_binop_rshift, slot_binop_and,
    slot_binop_or, slot_binop_xor, slot_binop_matmul,
};
static Value (*const slot_inplace_fns[BINOP_COUNT])(Value, Value) = {
    slot_inplace_add, slot_inplace_sub, slot_inplace_mul, slot_inplace_truediv,
    slot_inplace_floordiv, slot_inplace_mod, slot_inplace_pow, slot_inplace_lshift,
    slot_inplace_rshift, slot_inplace_and, slot_inplace_or, slot_inplace_xor,
    slot_inplace_matmul,
};

static Value slot_neg(Value a) { return call_special(a, names.__neg__, NULL, 0); }
static Value slot_pos(Value a) { return call_special(a, names.__pos__, NULL, 0); }
static Value slot_invert(Value a) { return call_special(a, names.__invert__, NULL, 0); }
static Value (*const slot_unop_fns[UNOP_COUNT])(Value) = {slot_neg, slot_pos, slot_invert};

/* int(x) / operator.index(x): __index__, else __int__; must give an int. */
static Value slot_as_int(Value self) {
    Value f = type_lookup(TYPE_OF(self), names.__index__);
    const char *which = "__index__";
    if (f == VAL_NULL) {
        f = type_lookup(TYPE_OF(self), names.__int__);
        which = "__int__";
    }
    if (f == VAL_NULL)
        return err_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(self));
    Value r = type_call_method(f, self, NULL, 0, VAL_NULL);
    if (r != VAL_NULL && !IS_INT(r)) {
        err_format(&exc_TypeError, "%s returned non-int (type %s)", which, obj_type_name(r));
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

static Value slot_as_float(Value self) {
    Value r = call_special(self, names.__float__, NULL, 0);
    if (r != VAL_NULL && !IS_FLOAT(r)) {
        err_format(&exc_TypeError, "%s.__float__ returned non-float (type %s)",
                   obj_type_name(self), obj_type_name(r));
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

static int slot_init(Value self, Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(TYPE_OF(self), names.__init__);
    if (f == VAL_NULL) return 0;
    Value r = type_call_method(f, self, args, nargs, kwnames);
    if (r == VAL_NULL) return -1;
    if (!IS_NONE(r)) {
        err_format(&exc_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
        DECREF(r);
        return -1;
    }
    DECREF(r);
    return 0;
}

/* __new__ is a staticmethod in the class dict: unwrap it and call
 * __new__(type, *args). */
static Value slot_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(type, names.__new__);
    if (f == VAL_NULL) return err_format(&exc_TypeError, "cannot create '%s' instances", type->name);
    Type *ft = TYPE_OF(f);
    Value callable = ft->descr_get ? ft->descr_get(f, VAL_NULL, OBJ_VAL(type)) : NEWREF(f);
    if (callable == VAL_NULL) return VAL_NULL;
    size_t nkw = kwnames != VAL_NULL ? TUPLE_LEN(kwnames) : 0;
    Value *v = mem_alloc((nargs + nkw + 1) * sizeof(Value));
    v[0] = OBJ_VAL(type);
    if (nargs + nkw) memcpy(v + 1, args, (nargs + nkw) * sizeof(Value));
    Value r = obj_call(callable, v, nargs + 1, kwnames);
    mem_free(v);
    DECREF(callable);
    return r;
}

/* __del__ of an instance of a user class (its finalize slot, installed
 * while the class or a base defines __del__). An exception it raises is
 * printed as CPython does: "Exception ignored in: <function C.__del__ ...>". */
static void subtype_finalize(Obj *self) {
    Value del = type_lookup(self->type, names.__del__);
    if (del == VAL_NULL) return;
    Value saved = err_fetch();
    Value r = type_call_method(del, OBJ_VAL(self), NULL, 0, VAL_NULL);
    if (r == VAL_NULL) {
        Value exc = err_fetch();
        Value where = obj_repr(del);
        err_clear();
        err_write_unraisable(exc, where != VAL_NULL ? STR_DATA(where) : "__del__");
        XDECREF(where);
        DECREF(exc);
    }
    XDECREF(r);
    err_restore(saved);
}

/* The __slots__ of an instance: each user class of its chain that has
 * slots lays them out from its base's basicsize on (class_slots). */
static inline Value *subtype_slots(Obj *self, const Type *h) {
    return (Value *)((char *)self + h->base->basicsize);
}

static void subtype_visit_slots(Obj *self, VisitFn visit, void *arg) {
    for (const Type *h = self->type; h->flags & TYPE_HEAP; h = h->base) {
        if (h->slotnames == VAL_NULL) continue;
        Value *v = subtype_slots(self, h);
        for (size_t i = 0; i < TUPLE_LEN(h->slotnames); i++)
            if (gc_may_refer(v[i])) visit(v[i], arg);
    }
}

static void subtype_clear_slots(Obj *self) {
    for (const Type *h = self->type; h->flags & TYPE_HEAP; h = h->base) {
        if (h->slotnames == VAL_NULL) continue;
        Value *v = subtype_slots(self, h);
        for (size_t i = 0; i < TUPLE_LEN(h->slotnames); i++) CLEAR(v[i]);
    }
}

/* Drop the attributes of an instance of t whose __dict__ slot a user class
 * added (b: the nearest built-in base, which releases its own). */
static void subtype_clear_dict(Obj *self, Type *t, Type *b) {
    if (t->flags & TYPE_INSTANCE_VALUES) instattr_clear(self, t);
    if (t->dictoffset && b->dictoffset == 0) CLEAR(*instattr_dict_slot(self, t));
}

/* Instances of user classes: run __del__ (once in the object's life, see
 * gc.h), drop the __slots__ values and the __dict__ the user classes added,
 * let the nearest built-in base release its part, then drop the instance's
 * reference to its class. */
static void subtype_dealloc(Obj *self) {
    Type *t = self->type;
    if (t->finalize != NULL && gc_finalize_from_dealloc(self)) return; /* resurrected by __del__ */
    Type *b = t;
    while (b->flags & TYPE_HEAP) b = b->base;
    subtype_clear_slots(self);
    subtype_clear_dict(self, t, b);
    b->dealloc(self);
    DECREF(OBJ_VAL(t));
}

static void subtype_traverse(Obj *self, VisitFn visit, void *arg) {
    Type *t = self->type;
    Type *b = t;
    while (b->flags & TYPE_HEAP) b = b->base;
    if (t->flags & TYPE_INSTANCE_VALUES) instattr_traverse(self, t, visit, arg);
    if (t->dictoffset && b->dictoffset == 0)
        gc_traverse_instance_dict(*instattr_dict_slot(self, t), visit, arg);
    subtype_visit_slots(self, visit, arg);
    visit(OBJ_VAL(t), arg);
    if (b->traverse) b->traverse(self, visit, arg);
}

/* The collector breaks a cycle through an instance: its __slots__ values
 * and __dict__ go (a new dict is made if the instance is used again, the
 * slots read as unset), then the built-in base clears its own part. The
 * reference to the class stays until dealloc. */
static void subtype_clear(Obj *self) {
    Type *t = self->type;
    Type *b = t;
    while (b->flags & TYPE_HEAP) b = b->base;
    subtype_clear_slots(self);
    subtype_clear_dict(self, t, b);
    if (b->clear) b->clear(self);
}

/* Point the slot of one SlotDef at the user-class slot function. */
static void install_slot(Type *t, const SlotDef *d) {
    switch (d->kind) {
    case SK_REPR: t->repr = slot_repr; break;
    case SK_STR: t->str = slot_str; break;
    case SK_HASH: t->hash = slot_hash; break;
    case SK_FORMAT: t->format = slot_format; break;
    case SK_RICHCMP: t->richcompare = slot_richcompare; break;
    case SK_BOOL: t->truthy = slot_truthy; break;
    case SK_GETATTRIBUTE: case SK_GETATTR: t->getattr = slot_getattr; break;
    case SK_SETATTR: case SK_DELATTR: t->setattr = slot_setattr; break;
    case SK_GET: t->descr_get = slot_descr_get; break;
    case SK_SET: case SK_DELETE: t->descr_set = slot_descr_set; break;
    case SK_CALL: t->call = slot_call; break;
    case SK_ITER: t->iter = slot_iter; break;
    case SK_NEXT: t->next = slot_next; break;
    case SK_LEN: t->len = slot_len; break;
    case SK_GETITEM: t->getitem = slot_getitem; break;
    case SK_SETITEM: case SK_DELITEM: t->setitem = slot_setitem; break;
    case SK_CONTAINS: t->contains = slot_contains; break;
    case SK_BINOP: case SK_RBINOP: t->binop[d->index] = slot_binop_fns[d->index]; break;
    case SK_INPLACE: t->inplace[d->index] = slot_inplace_fns[d->index]; break;
    case SK_UNOP: t->unop[d->index] = slot_unop_fns[d->index]; break;
    case SK_INDEX: case SK_INT: t->as_int = slot_as_int; break;
    case SK_FLOAT: t->as_float = slot_as_float; break;
    case SK_INIT: t->init = slot_init; break;
    case SK_NEW: t->new_ = slot_new; break;
    }
}

/* Recompute a user class's slots: the base's, overridden by the slot
 * functions of the dunders its own dict defines; then its subclasses'. */
static void update_slots(Type *t) {
    Type *b = t->base;
    t->new_ = b->new_;
    t->init = b->init;
    t->repr = b->repr; t->str = b->str; t->hash = b->hash; t->richcompare = b->richcompare;
    t->truthy = b->truthy; t->format = b->format;
    t->getattr = b->getattr; t->setattr = b->setattr;
    t->descr_get = b->descr_get; t->descr_set = b->descr_set;
    t->call = b->call; t->iter = b->iter; t->next = b->next;
    t->len = b->len; t->getitem = b->getitem; t->setitem = b->setitem; t->contains = b->contains;
    memcpy(t->binop, b->binop, sizeof t->binop);
    memcpy(t->inplace, b->inplace, sizeof t->inplace);
    memcpy(t->unop, b->unop, sizeof t->unop);
    t->as_int = b->as_int;
    t->as_float = b->as_float;
    for (size_t i = 0; i < NSLOTDEFS; i++) {
        Value v = dict_get_str(t->dict, slotdef_name(i));
        if (v == VAL_NULL) continue;
        if (slotdefs[i].kind == SK_HASH && IS_NONE(v)) t->hash = NULL;
        else install_slot(t, &slotdefs[i]);
    }
    /* Built-ins other than str and the exceptions have no __str__ of their
     * own in CPython, so a class overriding __repr__ prints with it. */
    Type *sb = t;
    while (sb->flags & TYPE_HEAP) sb = sb->base;
    if (t->repr == slot_repr && t->str != slot_str && !type_is_subtype(sb, &str_type) &&
        !(sb->flags & TYPE_EXCEPTION))
        t->str = object_type.str;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    /* Uncached: type_lookup would ready a class still being created. */
    t->finalize = type_lookup_uncached(t, names.__del__) != VAL_NULL ? subtype_finalize : NULL;
    for (size_t i = 0; i < registry_len; i++)
        if (registry[i]->base == t && (registry[i]->flags & TYPE_HEAP)) update_slots(registry[i]);
}

/* ---- instance __dict__ ---- */

static Value instance_get_dict(Value self) {
    Value *p = obj_dict_ptr(self);
    if (p == NULL)
        return err_format(&exc_AttributeError, "'%s' object has no attribute '__dict__'",
                          obj_type_name(self));
    if (TYPE_OF(self)->flags & TYPE_INSTANCE_VALUES) instattr_materialize(AS_OBJ(self), TYPE_OF(self));
    if (*p == VAL_NULL) *p = dict_new();
    gc_instance_dict_expose(*p);
    return NEWREF(*p);
}

/* obj.__dict__ = d replaces every attribute; del obj.__dict__ drops them
 * (the next access makes a new empty dict). */
static int instance_set_dict(Value self, Value v) {
    Value *p = obj_dict_ptr(self);
    if (p == NULL) return err_set_int(&exc_AttributeError, "This object has no __dict__");
    if (v != VAL_NULL && !IS_DICT(v)) {
        err_format(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   obj_type_name(v));
        return -1;
    }
    if (TYPE_OF(self)->flags & TYPE_INSTANCE_VALUES) instattr_clear(AS_OBJ(self), TYPE_OF(self));
    SETREF(*p, v != VAL_NULL ? NEWREF(v) : VAL_NULL);
    return 0;
}

static const GetSetDef instance_dict_getset = {"__dict__", instance_get_dict, instance_set_dict};

/* ---- class creation ---- */

/* The one base of a class statement: bases may name `object` besides it. */
static Type *class_base(Value bases) {
    Type *base = NULL;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Value b = TUPLE_GET(bases, i);
        if (!IS_OBJ(b) || !type_is_subtype(TYPE_OF(b), &type_type)) {
            err_set_str(&exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)AS_OBJ(b);
        if (bt == &object_type && TUPLE_LEN(bases) > 1) continue;
        if (base != NULL && base != bt) {
            err_set_str(&exc_TypeError, "multiple inheritance is not supported by baton");
            return NULL;
        }
        base = bt;
    }
    if (base == NULL) base = &object_type;
    if (type_is_subtype(base, &type_type)) {
        err_set_str(&exc_TypeError, "metaclasses are not supported by baton");
        return NULL;
    }
    if (!(base->flags & TYPE_BASETYPE)) {
        err_format(&exc_TypeError, "type '%s' is not an acceptable base type", base->name);
        return NULL;
    }
    return base;
}

/* Wrap a plain function stored under name in the class dict. */
static void wrap_implicit(Value dict, Value name, Type *kind) {
    Value f = dict_get_str(dict, name);
    if (f == VAL_NULL || !IS_FUNC(f)) return;
    Value w = wrap_in(kind, f);
    dict_set(dict, name, w);
    DECREF(w);
}

static int class_names(Type *t, Value name) {
    t->name_obj = NEWREF(name);
    t->name = STR_DATA(name);
    Value qual = dict_get_str(t->dict, names.__qualname__);
    if (qual != VAL_NULL) {
        if (!IS_STR(qual)) {
            err_format(&exc_TypeError, "type __qualname__ must be a str, not %s", obj_type_name(qual));
            return -1;
        }
        t->qualname = NEWREF(qual);
        if (dict_del(t->dict, names.__qualname__) < 0) return -1;
    } else {
        t->qualname = NEWREF(name);
    }
    Value mod = dict_get_str(t->dict, names.__module__);
    if (mod == VAL_NULL) {
        Value g = eval_globals();
        mod = g != VAL_NULL ? dict_get_str(g, names.__name__) : VAL_NULL;
        if (mod != VAL_NULL && dict_set(t->dict, names.__module__, mod) < 0) return -1;
    }
    t->module = mod != VAL_NULL ? NEWREF(mod) : str_intern_cstr("builtins");
    if (dict_get_str(t->dict, names.__doc__) == VAL_NULL &&
        dict_set(t->dict, names.__doc__, VAL_NONE) < 0)
        return -1;
    return 0;
}

/* "__x" in class C becomes "_C__x", as the compiler mangles private names,
 * so that a slot named __x is what `self.__x` reaches. New reference to an
 * interned str (the eval loop's caches compare names by pointer). */
static Value class_mangle(const Type *t, Value name) {
    const char *n = STR_DATA(name), *cls = t->name;
    size_t len = STR_NBYTES(name);
    while (*cls == '_') cls++;
    bool private = len > 2 && n[0] == '_' && n[1] == '_' && !(n[len - 1] == '_' && n[len - 2] == '_');
    if (!private || *cls == '\0') return str_intern(NEWREF(name));
    return str_intern(str_printf("_%s%s", cls, n));
}

static bool slot_is_identifier(Value s) {
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    if (p == end || !unicode_has(str_utf8_next(&p), UNICODE_ID_START)) return false;
    while (p < end)
        if (!unicode_has(str_utf8_next(&p), UNICODE_ID_CONTINUE)) return false;
    return true;
}

/* Nonempty __slots__ need a fixed-size base: CPython refuses its
 * variable-size int, tuple and bytes; baton's str is variable-size too,
 * where CPython's is not. */
static int class_slots_base_ok(Type *base) {
    static Type *const varsize[] = {&int_type, &tuple_type, &bytes_type};
    for (size_t i = 0; i < sizeof varsize / sizeof varsize[0]; i++)
        if (type_is_subtype(base, varsize[i])) {
            err_format(&exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
            return -1;
        }
    if (type_is_subtype(base, &str_type)) {
        err_format(&exc_TypeError, "nonempty __slots__ on a subtype of 'str' are not supported by baton");
        return -1;
    }
    return 0;
}

/* The names of one __slots__ (a tuple): checked as CPython checks them,
 * the plain ones mangled into out[], their count in *nout. '__dict__' sets
 * *want_dict. '__weakref__' only sets TYPE_WEAKREF_SLOT for CPython's
 * errors: baton has no weak references, so it needs no storage. */
static int class_slot_names(Type *t, Type *base, Value seq, Value *out, size_t *nout, bool *want_dict) {
    bool want_weak = false;
    *nout = 0;
    if (TUPLE_LEN(seq) > 0 && class_slots_base_ok(base) < 0) return -1;
    for (size_t i = 0; i < TUPLE_LEN(seq); i++) {
        Value s = TUPLE_GET(seq, i);
        if (!IS_STR(s)) {
            err_format(&exc_TypeError, "__slots__ items must be strings, not '%s'", obj_type_name(s));
            return -1;
        }
        if (!slot_is_identifier(s)) {
            err_set_str(&exc_TypeError, "__slots__ must be identifiers");
            return -1;
        }
        if (strcmp(STR_DATA(s), "__dict__") == 0) {
            if (base->dictoffset != 0 || *want_dict) {
                err_set_str(&exc_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            *want_dict = true;
        } else if (strcmp(STR_DATA(s), "__weakref__") == 0) {
            if ((base->flags & TYPE_WEAKREF_SLOT) || want_weak) {
                err_set_str(&exc_TypeError,
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                return -1;
            }
            want_weak = true;
        } else {
            out[(*nout)++] = class_mangle(t, s);
            if (dict_get_str(t->dict, out[*nout - 1]) != VAL_NULL) {
                err_format(&exc_ValueError, "'%U' in __slots__ conflicts with class variable", out[*nout - 1]);
                return -1;
            }
        }
    }
    if (want_weak) t->flags |= TYPE_WEAKREF_SLOT;
    return 0;
}

/* Sorted by code point (UTF-8 byte order is code point order), as CPython
 * lays slots out: two classes naming the same slots in any order agree
 * for __class__ assignment. */
static void slot_names_sort(Value *v, size_t n) {
    for (size_t i = 1; i < n; i++) {
        Value x = v[i];
        size_t j = i;
        for (; j > 0 && strcmp(STR_DATA(v[j - 1]), STR_DATA(x)) > 0; j--) v[j] = v[j - 1];
        v[j] = x;
    }
}

/* __slots__ in a class body (CPython's type_new_slots): a str names one
 * slot, any other value is iterated. Each plain name gets a Value after the
 * base's layout and a member descriptor in the class dict; without
 * '__dict__' among the names *add_dict becomes false: the instances have
 * no __dict__ unless the base gives them one. */
static int class_slots(Type *t, Type *base, Value slots, bool *add_dict) {
    Value seq = IS_STR(slots) ? tuple_pack(1, slots) : tuple_from_iterable(slots);
    if (seq == VAL_NULL) return -1;
    Value *names_ = mem_alloc((TUPLE_LEN(seq) + 1) * sizeof(Value));
    size_t n = 0;
    bool want_dict = false;
    int rc = class_slot_names(t, base, seq, names_, &n, &want_dict);
    if (rc == 0) {
        slot_names_sort(names_, n);
        for (size_t i = 0; i < n && rc == 0; i++)
            rc = dict_set_new(t->dict, STR_DATA(names_[i]),
                              member_descr_new(t, names_[i], base->basicsize + i * sizeof(Value)));
    }
    if (rc == 0) {
        t->basicsize = base->basicsize + n * sizeof(Value);
        t->slotnames = n > 0 ? tuple_from_array(names_, n) : VAL_NULL;
        *add_dict = want_dict;
    }
    for (size_t i = 0; i < n; i++) DECREF(names_[i]);
    mem_free(names_);
    DECREF(seq);
    return rc;
}

/* Instances keep the base's layout, then the class's __slots__ values,
 * then a __dict__ unless the base has one or __slots__ leaves it out.
 * Variable-size bases (tuple, str, bytes) keep their items right after
 * the header, so their subclasses get no instance __dict__. */
static int class_layout(Type *t, Type *base) {
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    t->flags |= base->flags & TYPE_INSTANCE_VALUES;
    bool varsize = type_is_subtype(base, &tuple_type) || type_is_subtype(base, &str_type) ||
                   type_is_subtype(base, &bytes_type) || type_is_subtype(base, &type_type);
    bool add_dict = t->dictoffset == 0 && !varsize;
    Value slots = dict_get_str(t->dict, names.__slots__);
    if (base->flags & TYPE_WEAKREF_SLOT) t->flags |= TYPE_WEAKREF_SLOT;
    if (slots == VAL_NULL) t->flags |= TYPE_WEAKREF_SLOT;
    else if (class_slots(t, base, slots, &add_dict) < 0) return -1;
    if (add_dict) {
        t->dictoffset = (ssize_t)t->basicsize;
        t->basicsize += sizeof(Value) + sizeof(InstValues *);
        t->flags |= TYPE_INSTANCE_VALUES;
        if (dict_get_str(t->dict, names.__dict__) == VAL_NULL &&
            dict_set_new(t->dict, "__dict__", getset_new(&instance_dict_getset, t)) < 0)
            return -1;
    }
    return 0;
}

/* The __slots__ name stored at byte offset off of t's instances, or
 * VAL_NULL (the __dict__, or a built-in base's part). */
static Value slot_name_at(const Type *t, size_t off) {
    for (; t->flags & TYPE_HEAP; t = t->base) {
        if (t->slotnames == VAL_NULL || off < t->base->basicsize) continue;
        size_t i = (off - t->base->basicsize) / sizeof(Value);
        if (i < TUPLE_LEN(t->slotnames)) return TUPLE_GET(t->slotnames, i);
    }
    return VAL_NULL;
}

bool type_same_slots(Type *a, Type *b) {
    const Type *solid = a;
    while (solid->flags & TYPE_HEAP) solid = solid->base;
    for (size_t off = solid->basicsize; off < a->basicsize; off += sizeof(Value)) {
        Value x = slot_name_at(a, off), y = slot_name_at(b, off);
        if ((x == VAL_NULL) != (y == VAL_NULL) || (x != VAL_NULL && !str_eq(x, y))) return false;
    }
    return true;
}

/* Call __set_name__(cls, name) on the attributes that define it. */
static int class_set_names(Type *t) {
    Value items = dict_copy(t->dict);
    size_t pos = 0;
    Value k, v;
    int rc = 0;
    while (rc == 0 && dict_next(items, &pos, &k, &v)) {
        Value f = type_lookup(TYPE_OF(v), names.__set_name__);
        if (f == VAL_NULL) continue;
        Value args[2] = {OBJ_VAL(t), k};
        Value r = type_call_method(f, v, args, 2, VAL_NULL);
        if (r == VAL_NULL) rc = -1;
        XDECREF(r);
    }
    DECREF(items);
    return rc;
}

/* super(cls, cls).__init_subclass__(**kw): the base's hook, bound to cls,
 * given the class statement's keywords (kwvals, named by kwnames). The
 * default hook is skipped unless keywords need its TypeError. */
static int class_init_subclass(Type *t, Value *kwvals, Value kwnames) {
    Value f = type_lookup(t->base, names.__init_subclass__);
    bool has_kw = kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0;
    if (f == VAL_NULL ||
        (!has_kw && dict_get_str(type_dict(&object_type), names.__init_subclass__) == f))
        return 0;
    Type *ft = TYPE_OF(f);
    Value bound = ft->descr_get ? ft->descr_get(f, VAL_NULL, OBJ_VAL(t)) : NEWREF(f);
    if (bound == VAL_NULL) return -1;
    Value r = obj_call(bound, kwvals, 0, has_kw ? kwnames : VAL_NULL);
    DECREF(bound);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

Value type_new_class(Value name, Value bases, Value namespace, Value *kwvals, Value kwnames) {
    if (!IS_STR(name))
        return err_format(&exc_TypeError, "type.__new__() argument 1 must be str, not %s", obj_type_name(name));
    if (!IS_TUPLE(bases))
        return err_format(&exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", obj_type_name(bases));
    if (!IS_DICT(namespace))
        return err_format(&exc_TypeError, "type.__new__() argument 3 must be dict, not %s", obj_type_name(namespace));
    Type *base = class_base(bases);
    if (base == NULL) return VAL_NULL;
    Type *t = (Type *)obj_alloc_size(&type_type, sizeof(Type));
    t->base = base;
    INCREF(OBJ_VAL(base));
    base->flags |= TYPE_HAS_SUBCLASSES;
    t->flags = TYPE_HEAP | TYPE_BASETYPE;
    t->dict = dict_copy(namespace);
    registry_add(t);
    inherit_flags(t);
    if (class_names(t, name) < 0 || class_layout(t, base) < 0) goto fail;
    wrap_implicit(t->dict, names.__new__, &staticmethod_type);
    wrap_implicit(t->dict, names.__init_subclass__, &classmethod_type);
    Value cgi = str_intern_cstr("__class_getitem__");
    wrap_implicit(t->dict, cgi, &classmethod_type);
    if (dict_get_str(t->dict, names.__eq__) != VAL_NULL &&
        dict_get_str(t->dict, names.__hash__) == VAL_NULL &&
        dict_set(t->dict, names.__hash__, VAL_NONE) < 0)
        goto fail;
    update_slots(t);
    t->version = version_new();
    t->flags |= TYPE_READY;
    if (class_set_names(t) < 0 || class_init_subclass(t, kwvals, kwnames) < 0) goto fail;
    return OBJ_VAL(t);
fail:
    DECREF(OBJ_VAL(t));
    return VAL_NULL;
}

/* ---- type ---- */

#define AS_TYPE(v) ((Type *)AS_OBJ(v))

static void type_dealloc(Obj *self) {
    Type *t = (Type *)self;
    registry_remove(t);
    XDECREF(t->dict);
    XDECREF(t->name_obj);
    XDECREF(t->qualname);
    XDECREF(t->module);
    XDECREF(t->slotnames);
    instattr_free_keys(t);
    if (t->base) DECREF(OBJ_VAL(t->base));
    obj_free(self);
}

static void type_traverse(Obj *self, VisitFn visit, void *arg) {
    Type *t = (Type *)self;
    if (t->dict != VAL_NULL) visit(t->dict, arg);
    if (t->base && (t->base->flags & TYPE_HEAP)) visit(OBJ_VAL(t->base), arg);
}

/* A class in a cycle (its methods' __class__ cells, its instances) is
 * broken by emptying its dict; the dict itself stays, so a class the
 * collector cleared can still be looked up in, finding nothing. */
static void type_clear(Obj *self) {
    Type *t = (Type *)self;
    if (!(t->flags & TYPE_HEAP) || t->dict == VAL_NULL) return;
    dict_clear(t->dict);
    type_modified(t);
}

static Value type_repr(Value self) {
    if (UNLIKELY(!(AS_TYPE(self)->flags & TYPE_READY)) && type_ready(AS_TYPE(self)) < 0) return VAL_NULL;
    Value q = type_qualified_name(AS_TYPE(self));
    Value r = str_printf("<class '%s'>", STR_DATA(q));
    DECREF(q);
    return r;
}

/* C(...): __new__, then __init__ when __new__ gave an instance of C. */
static Value type_call(Value self, Value *args, size_t nargs, Value kwnames) {
    Type *t = AS_TYPE(self);
    bool nokw = kwnames == VAL_NULL || TUPLE_LEN(kwnames) == 0;
    if (t == &type_type && nargs == 1 && nokw) return NEWREF(OBJ_VAL(TYPE_OF(args[0])));
    if (t->new_ == NULL) return err_format(&exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new_(t, args, nargs, kwnames);
    if (obj == VAL_NULL || !type_is_subtype(TYPE_OF(obj), t)) return obj;
    Type *ot = TYPE_OF(obj);
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
        DECREF(obj);
        return VAL_NULL;
    }
    return obj;
}

static Value type_new(Type *meta, Value *args, size_t nargs, Value kwnames) {
    (void)meta;
    if (nargs == 3) return type_new_class(args[0], args[1], args[2], args + 3, kwnames);
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return err_set_str(&exc_TypeError, "type() takes no keyword arguments");
    if (nargs == 1) return NEWREF(OBJ_VAL(TYPE_OF(args[0])));
    return err_set_str(&exc_TypeError, "type() takes 1 or 3 arguments");
}

static int type_init(Value self, Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)kwnames;
    if (nargs != 1 && nargs != 3)
        return err_set_int(&exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return 0;
}

/* Attribute of a class: data descriptors of the metatype (__name__, ...),
 * then the class's own MRO (descriptors bound with obj = NULL), then the
 * metatype's other attributes (type's methods). */
static Value type_getattr(Value self, Value name) {
    if (!IS_STR(name))
        return err_format(&exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    Type *meta = TYPE_OF(self);
    if (UNLIKELY(!(AS_TYPE(self)->flags & TYPE_READY)) && type_ready(AS_TYPE(self)) < 0) return VAL_NULL;
    Value ma = type_lookup(meta, name);
    Value (*mget)(Value, Value, Value) = NULL;
    if (ma != VAL_NULL) {
        mget = TYPE_OF(ma)->descr_get;
        if (mget && TYPE_OF(ma)->descr_set) return mget(ma, self, OBJ_VAL(meta));
    }
    Value a = type_lookup(AS_TYPE(self), name);
    if (a != VAL_NULL) {
        Value (*get)(Value, Value, Value) = TYPE_OF(a)->descr_get;
        return get ? get(a, VAL_NULL, self) : NEWREF(a);
    }
    if (mget) return mget(ma, self, OBJ_VAL(meta));
    if (ma != VAL_NULL) return NEWREF(ma);
    return err_format(&exc_AttributeError, "type object '%s' has no attribute '%U'",
                      AS_TYPE(self)->name, name);
}

static bool is_dunder(Value name) {
    size_t n = STR_NBYTES(name);
    const char *s = STR_DATA(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

static int type_setattr(Value self, Value name, Value v) {
    Type *t = AS_TYPE(self);
    if (!IS_STR(name)) {
        err_format(&exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
        return -1;
    }
    if (!(t->flags & TYPE_HEAP)) {
        err_format(&exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Value ma = type_lookup(TYPE_OF(self), name);
    if (ma != VAL_NULL && TYPE_OF(ma)->descr_set) return TYPE_OF(ma)->descr_set(ma, self, v);
    int rc;
    if (v != VAL_NULL) {
        rc = dict_set(t->dict, name, v);
    } else if (dict_get_str(t->dict, name) == VAL_NULL) {
        err_format(&exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
        rc = -1;
    } else {
        rc = dict_del(t->dict, name);
    }
    if (rc < 0) return -1;
    type_modified(t);
    if (is_dunder(name)) update_slots(t);
    return 0;
}

static int type_check_heap(Type *t, const char *attr) {
    if (t->flags & TYPE_HEAP) return 0;
    err_format(&exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", attr, t->name);
    return -1;
}

static int type_check_str(Type *t, const char *attr, Value v) {
    if (v == VAL_NULL) {
        err_format(&exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
        return -1;
    }
    if (IS_STR(v)) return 0;
    err_format(&exc_TypeError, "can only assign string to %s.%s, not '%s'", t->name, attr,
               obj_type_name(v));
    return -1;
}

static Value type_get_name(Value self) { return NEWREF(AS_TYPE(self)->name_obj); }

static int type_set_name(Value self, Value v) {
    Type *t = AS_TYPE(self);
    if (type_check_heap(t, "__name__") < 0 || type_check_str(t, "__name__", v) < 0) return -1;
    SETREF(t->name_obj, NEWREF(v));
    t->name = STR_DATA(v);
    return 0;
}

static Value type_get_qualname(Value self) { return NEWREF(AS_TYPE(self)->qualname); }

static int type_set_qualname(Value self, Value v) {
    Type *t = AS_TYPE(self);
    if (type_check_heap(t, "__qualname__") < 0 || type_check_str(t, "__qualname__", v) < 0) return -1;
    SETREF(t->qualname, NEWREF(v));
    return 0;
}

static Value type_get_module(Value self) {
    Type *t = AS_TYPE(self);
    if (t->flags & TYPE_HEAP) {
        Value m = dict_get_str(t->dict, names.__module__);
        if (m != VAL_NULL) return NEWREF(m);
    }
    return NEWREF(t->module);
}

static int type_set_module(Value self, Value v) {
    Type *t = AS_TYPE(self);
    if (type_check_heap(t, "__module__") < 0) return -1;
    if (v == VAL_NULL) return err_set_int(&exc_TypeError, "cannot delete '__module__' attribute");
    if (dict_set(t->dict, names.__module__, v) < 0) return -1;
    if (IS_STR(v)) SETREF(t->module, NEWREF(v));
    type_modified(t);
    return 0;
}

static Value type_get_bases(Value self) {
    Type *b = AS_TYPE(self)->base;
    return b ? tuple_pack(1, OBJ_VAL(b)) : tuple_empty();
}

static Value type_get_base(Value self) {
    Type *b = AS_TYPE(self)->base;
    return NEWREF(b ? OBJ_VAL(b) : VAL_NONE);
}

static Value type_mro_tuple(Type *t) {
    size_t n = 0;
    for (Type *b = t; b; b = b->base) n++;
    Value tup = tuple_new(n);
    n = 0;
    for (Type *b = t; b; b = b->base) TUPLE_SET(tup, n++, NEWREF(OBJ_VAL(b)));
    return tup;
}

static Value type_get_mro(Value self) { return type_mro_tuple(AS_TYPE(self)); }

/* A copy: CPython returns a read-only mappingproxy. */
static Value type_get_dict(Value self) { return dict_copy(type_dict(AS_TYPE(self))); }

static Value type_get_doc(Value self) {
    Value d = dict_get_str(type_dict(AS_TYPE(self)), names.__doc__);
    if (d == VAL_NULL) return NEWREF(VAL_NONE);
    if (TYPE_OF(d)->descr_get) return TYPE_OF(d)->descr_get(d, VAL_NULL, self);
    return NEWREF(d);
}

static int type_set_doc(Value self, Value v) {
    Type *t = AS_TYPE(self);
    if (type_check_heap(t, "__doc__") < 0) return -1;
    int rc = v != VAL_NULL ? dict_set(t->dict, names.__doc__, v) : dict_set(t->dict, names.__doc__, VAL_NONE);
    type_modified(t);
    return rc;
}

static Value type_mro(Value *args, size_t nargs, Value kwnames) {
    if (args_count("mro", nargs, 1, 1) < 0 || args_no_kw("mro", kwnames) < 0) return VAL_NULL;
    Value tup = type_mro_tuple(AS_TYPE(args[0]));
    Value l = list_from_iterable(tup);
    DECREF(tup);
    return l;
}

static Value type_subclasses(Value *args, size_t nargs, Value kwnames) {
    if (args_count("__subclasses__", nargs, 1, 1) < 0 || args_no_kw("__subclasses__", kwnames) < 0)
        return VAL_NULL;
    Type *t = AS_TYPE(args[0]);
    Value l = list_new(0);
    for (size_t i = 0; i < registry_len; i++)
        if (registry[i]->base == t && list_append(l, OBJ_VAL(registry[i])) < 0) {
            DECREF(l);
            return VAL_NULL;
        }
    return l;
}

static const MethodDef type_methods[] = {
    {"mro", type_mro, 0},
    {"__subclasses__", type_subclasses, 0},
    {NULL, NULL, 0},
};

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL, NULL, NULL},
};

Type type_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "type",
    .base = &object_type,
    .basicsize = sizeof(Type),
    .new_ = type_new,
    .init = type_init,
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* ---- super ---- */

typedef struct {
    Obj hdr;
    Value type;     /* the class named (or __class__) */
    Value obj;      /* the instance or class, or VAL_NULL (unbound) */
    Type *obj_type; /* type(obj), or obj itself when obj is a subclass */
} SuperObj;

static Type *super_check(Type *type, Value obj) {
    if (IS_OBJ(obj) && type_is_subtype(TYPE_OF(obj), &type_type) &&
        type_is_subtype(AS_TYPE(obj), type))
        return AS_TYPE(obj);
    if (type_is_subtype(TYPE_OF(obj), type)) return TYPE_OF(obj);
    err_set_str(&exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static Value super_new(Type *st, Value *args, size_t nargs, Value kwnames) {
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return err_set_str(&exc_TypeError, "super() takes no keyword arguments");
    Value type, obj = VAL_NULL;
    if (nargs == 0) {
        if (eval_super_args(&type, &obj) < 0) return VAL_NULL;
    } else if (nargs <= 2) {
        type = args[0];
        obj = nargs == 2 && !IS_NONE(args[1]) ? args[1] : VAL_NULL;
    } else {
        return err_format(&exc_TypeError, "super() expected at most 2 arguments, got %zu", nargs);
    }
    if (!IS_OBJ(type) || !type_is_subtype(TYPE_OF(type), &type_type))
        return err_format(&exc_TypeError, "super() argument 1 must be a type, not %s", obj_type_name(type));
    Type *ot = NULL;
    if (obj != VAL_NULL && (ot = super_check(AS_TYPE(type), obj)) == NULL) return VAL_NULL;
    SuperObj *s = (SuperObj *)obj_alloc(st);
    s->type = NEWREF(type);
    s->obj = obj != VAL_NULL ? NEWREF(obj) : VAL_NULL;
    s->obj_type = ot;
    if (ot) INCREF(OBJ_VAL(ot));
    return OBJ_VAL(s);
}

static int super_init(Value self, Value *args, size_t nargs, Value kwnames) {
    (void)self; (void)args; (void)nargs; (void)kwnames;
    return 0;
}

static void super_dealloc(Obj *self) {
    SuperObj *s = (SuperObj *)self;
    DECREF(s->type);
    XDECREF(s->obj);
    if (s->obj_type) DECREF(OBJ_VAL(s->obj_type));
    obj_free(self);
}

static void super_traverse(Obj *self, VisitFn visit, void *arg) {
    SuperObj *s = (SuperObj *)self;
    visit(s->type, arg);
    if (s->obj != VAL_NULL) visit(s->obj, arg);
}

/* Look name up in obj's MRO after the named class, binding to obj. */
static Value super_getattr(Value self, Value name) {
    SuperObj *s = (SuperObj *)AS_OBJ(self);
    if (s->obj_type && IS_STR(name) && !str_eq(name, names.__class__)) {
        Type *t = s->obj_type;
        while (t && t != AS_TYPE(s->type)) t = t->base;
        for (t = t ? t->base : NULL; t; t = t->base) {
            Value res = dict_get_str(type_dict(t), name);
            if (res == VAL_NULL) continue;
            Value (*get)(Value, Value, Value) = TYPE_OF(res)->descr_get;
            if (!get) return NEWREF(res);
            Value inst = s->obj == OBJ_VAL(s->obj_type) ? VAL_NULL : s->obj;
            return get(res, inst, OBJ_VAL(s->obj_type));
        }
    }
    return obj_generic_getattr(self, name);
}

/* `<super: <class 'C'>, <C object>>`, with the short names as CPython. */
static Value super_repr(Value self) {
    SuperObj *s = (SuperObj *)AS_OBJ(self);
    const char *name = AS_TYPE(s->type)->name;
    if (s->obj_type) return str_printf("<super: <class '%s'>, <%s object>>", name, s->obj_type->name);
    return str_printf("<super: <class '%s'>, NULL>", name);
}

static Value super_get_thisclass(Value self) { return NEWREF(((SuperObj *)AS_OBJ(self))->type); }

static Value super_get_self(Value self) {
    Value o = ((SuperObj *)AS_OBJ(self))->obj;
    return NEWREF(o != VAL_NULL ? o : VAL_NONE);
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {NULL, NULL, NULL},
};

Type super_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "super",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(SuperObj),
    .new_ = super_new,
    .init = super_init,
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattr = super_getattr,
    .getsets = super_getsets,
};

int type_init_types(void) {
    Type *types[] = {&object_type, &type_type, &none_type, &notimpl_type, &ellipsis_type,
                     &getset_descr_type, &slot_wrapper_type, &super_type, &member_descr_type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return -1;
    return 0;
}
