/* object.c - objects' memory, the root type `object`, and the three
 * singletons.
 *
 * obj_alloc hands out a zeroed instance with one reference; an instance
 * of a heap type (a user class) owns a reference to its type, dropped by the
 * class's dealloc (typeobject.c) once the base type's dealloc has run.
 *
 * `object` supplies the default behaviour every type inherits: allocation
 * with CPython's excess-argument rules for __new__/__init__, the default
 * repr `<__main__.C object at 0x...>`, hashing by address, equality by
 * identity, generic attribute access and the default __format__.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "object.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "instattr.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

/* ---- objects ---- */

/* The zeroed object of size bytes at o, with its header filled in. */
static Obj *obj_init(Obj *o, Type *type, size_t size) {
    memset(o, 0, size);
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TYPE_HEAP) type->hdr.refcnt++;
    return o;
}

/* A container (gc.h) gets its GCHead in front of the object, cleared, and
 * is tracked from birth: the collector runs only at eval-breaker checks, so
 * it never sees an object its C constructor is still filling in, unless
 * that constructor calls back into Python (traverse slots skip VAL_NULL). */
static Obj *obj_init_gc(GCHead *g, Type *type, size_t size) {
    g->next.bits = 0;
    g->prev.bits = 0;
    Obj *o = obj_init(GC_OBJ_OF(g), type, size);
    gc_track(o);
    return o;
}

Obj *obj_alloc_size(Type *type, size_t size) {
    if (size < sizeof(Obj)) size = sizeof(Obj);
    if (GC_TYPE_IS_GC(type)) return obj_init_gc(mem_small_alloc(sizeof(GCHead) + size), type, size);
    return obj_init(mem_small_alloc(size), type, size);
}

Obj *obj_try_alloc_size(Type *type, size_t size) {
    if (size < sizeof(Obj)) size = sizeof(Obj);
    if (GC_TYPE_IS_GC(type)) {
        if (size > SIZE_MAX - sizeof(GCHead)) return NULL;
        GCHead *g = mem_try_alloc(sizeof(GCHead) + size);
        return g != NULL ? obj_init_gc(g, type, size) : NULL;
    }
    Obj *o = mem_try_alloc(size);
    return o != NULL ? obj_init(o, type, size) : NULL;
}

Obj *obj_alloc(Type *type) {
    return obj_alloc_size(type, type->basicsize);
}

/* o->type must still be the type o was allocated with: it says whether a
 * GCHead precedes o. A container freed without obj_dealloc (a constructor's
 * error path) is unlinked here. */
void obj_free(Obj *o) {
    if (GC_TYPE_IS_GC(o->type)) {
        gc_untrack(o);
        mem_small_free(GC_HEAD_OF(o));
    } else {
        mem_small_free(o);
    }
}

/* A container leaves its generation before its dealloc runs, so that the
 * collector never sees an object at refcount 0 (finalizing, or queued by
 * the trashcan with its refcnt field reused). */
void obj_dealloc(Obj *o) {
    Type *t = o->type;
    if (GC_TYPE_IS_GC(t)) gc_untrack(o);
    t->dealloc(o);
}

/* CPython's pointer hash: the address rotated right by 4 bits, since the
 * low bits of an aligned address carry no information. Never -1. */
int64_t obj_hash_pointer(const void *p) {
    uint64_t y = (uint64_t)(uintptr_t)p;
    int64_t h = (int64_t)((y >> 4) | (y << 60));
    return h == -1 ? -2 : h;
}

/* ---- object ---- */

static bool excess_args(size_t nargs, Value kwnames) {
    return nargs > 0 || (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0);
}

static int object_init(Value self, Value *args, size_t nargs, Value kwnames);

/* An instance of type, with room inside it for the values of the attributes
 * its class has seen so far (instattr.h). */
static Obj *object_alloc_instance(Type *type) {
    size_t extra = type->flags & TYPE_INSTANCE_VALUES ? instattr_inline_size(type) : 0;
    if (extra == 0) return obj_alloc(type);
    Obj *o = obj_alloc_size(type, type->basicsize + extra);
    instattr_init_inline(o, type);
    return o;
}

/* object.__new__: CPython complains about arguments only when neither
 * __new__ nor __init__ is overridden (or when __new__ is overridden and
 * still passes them up). */
static Value object_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (excess_args(nargs, kwnames)) {
        if (type->new_ != object_new)
            return err_set_str(&exc_TypeError,
                               "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return err_format(&exc_TypeError, "%s() takes no arguments", type->name);
    }
    return OBJ_VAL(object_alloc_instance(type));
}

static int object_init(Value self, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    Type *type = TYPE_OF(self);
    if (excess_args(nargs, kwnames)) {
        if (type->init != object_init)
            return err_set_int(&exc_TypeError,
                               "object.__init__() takes exactly one argument (the instance to initialize)");
        if (type->new_ == object_new) {
            err_format(&exc_TypeError,
                       "%s.__init__() takes exactly one argument (the instance to initialize)",
                       type->name);
            return -1;
        }
    }
    return 0;
}

static void object_dealloc(Obj *self) {
    obj_free(self);
}

/* `<__main__.C object at 0x7f...>`: module omitted for built-ins. */
static Value object_repr(Value self) {
    Type *t = TYPE_OF(self);
    Value mod = t->module;
    if (mod != VAL_NULL && IS_STR(mod) && strcmp(STR_DATA(mod), "builtins") != 0)
        return str_printf("<%s.%s object at %p>", STR_DATA(mod),
                          t->qualname ? STR_DATA(t->qualname) : t->name, (void *)self);
    return str_printf("<%s object at %p>", t->name, (void *)self);
}

/* object.__str__: the repr slot's result as it is; obj_str checks that it
 * is a str (so a bad __repr__ is reported as "__str__ returned non-string",
 * as in CPython). */
static Value object_str(Value self) {
    Type *t = TYPE_OF(self);
    return t->repr != NULL ? t->repr(self) : obj_repr(self);
}

static int object_hash(Value self, int64_t *out) {
    *out = obj_hash_pointer((void *)self);
    return 0;
}

/* Equality is identity; != inverts the type's own == unless that says
 * NotImplemented; ordering is not defined. */
static Value object_richcompare(Value a, Value b, CmpOp op) {
    if (op == CMP_EQ) return NEWREF(a == b ? VAL_TRUE : VAL_NOTIMPL);
    if (op == CMP_NE) {
        Value (*eq)(Value, Value, CmpOp) = TYPE_OF(a)->richcompare;
        if (!eq) return NEWREF(VAL_NOTIMPL);
        Value r = eq(a, b, CMP_EQ);
        if (r == VAL_NULL || r == VAL_NOTIMPL) return r;
        int t = obj_truthy(r);
        DECREF(r);
        if (t < 0) return VAL_NULL;
        return NEWREF(VAL_BOOL(!t));
    }
    return NEWREF(VAL_NOTIMPL);
}

static Value object_format(Value self, Value spec) {
    if (STR_LEN(spec) > 0)
        return err_format(&exc_TypeError, "unsupported format string passed to %s.__format__",
                          TYPE_OF(self)->name);
    return obj_str(self);
}

static Value object_get_class(Value self) {
    return NEWREF(OBJ_VAL(TYPE_OF(self)));
}

/* The built-in type under a chain of user classes: its part of the layout. */
static Type *object_solid_base(Type *t) {
    while (t->flags & TYPE_HEAP) t = t->base;
    return t;
}

/* obj.__class__ = cls, between user classes whose instances are laid out
 * alike (CPython's compatible_for_assignment): same built-in base, size,
 * __dict__ offset, __slots__ names at the same offsets, and collector
 * tracking (gc.h: the type says whether a GCHead precedes the object). The instance owns a reference to its class. */
static int object_set_class(Value self, Value v) {
    if (v == VAL_NULL) {
        err_set_str(&exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!IS_OBJ(v) || !type_is_subtype(TYPE_OF(v), &type_type)) {
        err_format(&exc_TypeError, "__class__ must be set to a class, not '%s' object", obj_type_name(v));
        return -1;
    }
    Type *old = TYPE_OF(self), *nt = (Type *)AS_OBJ(v);
    if (!(old->flags & TYPE_HEAP) || !(nt->flags & TYPE_HEAP)) {
        err_set_str(&exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (object_solid_base(old) != object_solid_base(nt) || old->basicsize != nt->basicsize ||
        old->dictoffset != nt->dictoffset || GC_TYPE_IS_GC(old) != GC_TYPE_IS_GC(nt) ||
        !type_same_slots(old, nt)) {
        err_format(&exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", nt->name,
                   old->name);
        return -1;
    }
    /* The names of the values belong to the old class. */
    if (old->flags & TYPE_INSTANCE_VALUES) instattr_materialize(AS_OBJ(self), old);
    INCREF(v);
    AS_OBJ(self)->type = nt;
    DECREF(OBJ_VAL(old));
    return 0;
}

/* object.__init_subclass__(): the default hook does nothing. Its errors
 * name the class it is bound to ("C.__init_subclass__()"), as CPython's. */
static Value object_init_subclass(Value *args, size_t nargs, Value kwnames) {
    Type *cls = (Type *)AS_OBJ(args[0]);
    const char *qual = cls->qualname != VAL_NULL ? STR_DATA(cls->qualname) : cls->name;
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0)
        return err_format(&exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", qual);
    if (nargs != 1)
        return err_format(&exc_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)", qual,
                          nargs - 1);
    return NEWREF(VAL_NONE);
}

/* object.__dir__ is left to builtins' dir(); object.__reduce__ is not provided. */
static const MethodDef object_methods[] = {
    {"__init_subclass__", object_init_subclass, METH_CLASS},
    {NULL, NULL, 0},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

Type object_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "object",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(Obj),
    .new_ = object_new,
    .init = object_init,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .format = object_format,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* ---- None, NotImplemented, Ellipsis ---- */

static Value none_repr(Value self) {
    (void)self;
    return str_intern_cstr("None");
}

static int none_truthy(Value self) {
    (void)self;
    return 0;
}

/* type(None)() returns None, as in CPython; likewise for the other two. */
static Value singleton_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (excess_args(nargs, kwnames))
        return err_format(&exc_TypeError, "%s takes no arguments", type->name);
    if (type == &none_type) return VAL_NONE;
    if (type == &notimpl_type) return VAL_NOTIMPL;
    return VAL_ELLIPSIS;
}

static void singleton_dealloc(Obj *self) {
    (void)self; /* immortal: never reached */
}

static Value notimpl_repr(Value self) {
    (void)self;
    return str_intern_cstr("NotImplemented");
}

static Value ellipsis_repr(Value self) {
    (void)self;
    return str_intern_cstr("Ellipsis");
}

Type none_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "NoneType",
    .basicsize = sizeof(Obj),
    .new_ = singleton_new,
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .truthy = none_truthy,
};

Type notimpl_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(Obj),
    .new_ = singleton_new,
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
};

Type ellipsis_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "ellipsis",
    .basicsize = sizeof(Obj),
    .new_ = singleton_new,
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
};

Obj none_obj = OBJ_HEAD_INIT(&none_type);
Obj notimpl_obj = OBJ_HEAD_INIT(&notimpl_type);
Obj ellipsis_obj = OBJ_HEAD_INIT(&ellipsis_type);
