/* descr.c - the descriptors a class body uses by name: staticmethod,
 * classmethod and property.
 *
 * Their __init__ does the work (as in CPython) so that subclasses calling
 * super().__init__ behave; __new__ only allocates. staticmethod and
 * classmethod are non-data descriptors; property is a data descriptor
 * (it has descr_set), so it wins over the instance __dict__.
 */
#include "func.h"
#include "error.h"
#include "names.h"
#include "str.h"
#include "tuple.h"

/* ---- staticmethod and classmethod ---- */

#define WRAPPED(v) (((WrapperObj *)AS_OBJ(v))->callable)

static Value wrapper_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    WrapperObj *w = (WrapperObj *)obj_alloc(type);
    w->callable = NEWREF(VAL_NONE);
    return OBJ_VAL(w);
}

static int wrapper_init_named(const char *name, Value self, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0) return -1;
    if (nargs != 1) {
        err_format(&exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    SETREF(((WrapperObj *)AS_OBJ(self))->callable, NEWREF(args[0]));
    return 0;
}

static int staticmethod_init(Value self, Value *args, size_t nargs, Value kwnames) {
    return wrapper_init_named("staticmethod", self, args, nargs, kwnames);
}

static int classmethod_init(Value self, Value *args, size_t nargs, Value kwnames) {
    return wrapper_init_named("classmethod", self, args, nargs, kwnames);
}

static void wrapper_dealloc(Obj *o) {
    XDECREF(((WrapperObj *)o)->callable);
    obj_free(o);
}

static void wrapper_traverse(Obj *o, VisitFn visit, void *arg) {
    Value v = ((WrapperObj *)o)->callable;
    if (v != VAL_NULL) visit(v, arg);
}

/* "<staticmethod(<function f at 0x...>)>" */
static Value wrapper_repr(Value self) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<%s(", obj_type_name(self));
    if (strbuf_append_repr(&b, WRAPPED(self)) < 0) {
        strbuf_free(&b);
        return VAL_NULL;
    }
    strbuf_append_cstr(&b, ")>");
    return strbuf_finish(&b);
}

/* __name__, __qualname__, __doc__ and __module__ come from the wrapped
 * callable (CPython 3.10+ copies them). */
static Value wrapper_getattr(Value self, Value name) {
    Value v = obj_generic_getattr(self, name);
    if (v != VAL_NULL || !err_matches(&exc_AttributeError)) return v;
    if (!str_eq(name, names.__name__) && !str_eq(name, names.__qualname__) &&
        !str_eq(name, names.__doc__) && !str_eq(name, names.__module__))
        return VAL_NULL;
    Value exc = err_fetch();
    v = obj_getattr_opt(WRAPPED(self), name);
    if (v != VAL_NULL || err_occurred()) {
        DECREF(exc);
        return v;
    }
    err_restore(exc);
    return VAL_NULL;
}

static Value wrapper_get_func(Value self) { return NEWREF(WRAPPED(self)); }

static const GetSetDef wrapper_getsets[] = {
    { "__func__", wrapper_get_func, NULL },
    { "__wrapped__", wrapper_get_func, NULL },
    { NULL, NULL, NULL },
};

static Value staticmethod_get(Value descr, Value obj, Value type) {
    (void)obj;
    (void)type;
    return NEWREF(WRAPPED(descr));
}

static Value staticmethod_call(Value self, Value *args, size_t nargs, Value kwnames) {
    return obj_call(WRAPPED(self), args, nargs, kwnames);
}

static Value classmethod_get(Value descr, Value obj, Value type) {
    Value cls = type != VAL_NULL ? type : OBJ_VAL(TYPE_OF(obj));
    return method_new(WRAPPED(descr), cls);
}

Type staticmethod_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "staticmethod",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(WrapperObj),
    .new_ = wrapper_new,
    .init = staticmethod_init,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
    .getsets = wrapper_getsets,
};

Type classmethod_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "classmethod",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(WrapperObj),
    .new_ = wrapper_new,
    .init = classmethod_init,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .repr = wrapper_repr,
    .getattr = wrapper_getattr,
    .descr_get = classmethod_get,
    .getsets = wrapper_getsets,
};

/* ---- property ---- */

#define PROP(v) ((PropertyObj *)AS_OBJ(v))

static Value none_to_null(Value v) { return v == VAL_NULL || IS_NONE(v) ? VAL_NULL : v; }

static Value property_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return OBJ_VAL(obj_alloc(type));
}

/* Set every field of p; the doc falls back to fget.__doc__. */
static int property_fill(PropertyObj *p, Value fget, Value fset, Value fdel, Value doc) {
    fget = none_to_null(fget);
    SETREF(p->fget, fget != VAL_NULL ? NEWREF(fget) : VAL_NULL);
    fset = none_to_null(fset);
    SETREF(p->fset, fset != VAL_NULL ? NEWREF(fset) : VAL_NULL);
    fdel = none_to_null(fdel);
    SETREF(p->fdel, fdel != VAL_NULL ? NEWREF(fdel) : VAL_NULL);
    p->getter_doc = false;
    doc = none_to_null(doc);
    if (doc == VAL_NULL && fget != VAL_NULL) {
        Value d = obj_getattr_opt(fget, names.__doc__);
        if (d == VAL_NULL && err_occurred()) return -1;
        if (d != VAL_NULL && IS_NONE(d)) CLEAR(d);
        SETREF(p->doc, d);
        p->getter_doc = true;
        return 0;
    }
    SETREF(p->doc, doc != VAL_NULL ? NEWREF(doc) : VAL_NULL);
    return 0;
}

static int property_init(Value self, Value *args, size_t nargs, Value kwnames) {
    Value fget, fset, fdel, doc;
    if (args_parse("property", args, nargs, kwnames, "|fget,fset,fdel,doc", &fget, &fset, &fdel, &doc) < 0)
        return -1;
    return property_fill(PROP(self), fget, fset, fdel, doc);
}

static void property_dealloc(Obj *o) {
    PropertyObj *p = (PropertyObj *)o;
    XDECREF(p->fget);
    XDECREF(p->fset);
    XDECREF(p->fdel);
    XDECREF(p->doc);
    XDECREF(p->name);
    obj_free(o);
}

static void property_traverse(Obj *o, VisitFn visit, void *arg) {
    PropertyObj *p = (PropertyObj *)o;
    Value fields[] = { p->fget, p->fset, p->fdel, p->doc };
    for (size_t i = 0; i < 4; i++)
        if (fields[i] != VAL_NULL) visit(fields[i], arg);
}

/* AttributeError "property 'x' of 'C' object has no setter" (3.11 wording:
 * the type's __qualname__, so a class defined in a function shows as
 * 'f.<locals>.C'). */
static void property_missing(PropertyObj *p, Value obj, const char *what) {
    Value qual = TYPE_OF(obj)->qualname;
    if (p->name != VAL_NULL)
        err_format(&exc_AttributeError, "property %R of %R object has no %s", p->name, qual, what);
    else
        err_format(&exc_AttributeError, "property of %R object has no %s", qual, what);
}

static Value property_get(Value descr, Value obj, Value type) {
    (void)type;
    if (obj == VAL_NULL) return NEWREF(descr);
    PropertyObj *p = PROP(descr);
    if (p->fget == VAL_NULL) {
        property_missing(p, obj, "getter");
        return VAL_NULL;
    }
    return obj_call1(p->fget, obj);
}

static int property_set(Value descr, Value obj, Value v) {
    PropertyObj *p = PROP(descr);
    Value fn = v == VAL_NULL ? p->fdel : p->fset;
    if (fn == VAL_NULL) {
        property_missing(p, obj, v == VAL_NULL ? "deleter" : "setter");
        return -1;
    }
    Value r = v == VAL_NULL ? obj_call1(fn, obj) : obj_call2(fn, obj, v);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

/* getter/setter/deleter: a new property of the same type with one accessor replaced. */
static Value property_copy(Value self, int which, Value fn) {
    PropertyObj *p = PROP(self);
    Value fget = which == 0 ? fn : p->fget;
    Value fset = which == 1 ? fn : p->fset;
    Value fdel = which == 2 ? fn : p->fdel;
    Value doc = p->getter_doc ? VAL_NULL : p->doc;
    Value np = OBJ_VAL(obj_alloc(TYPE_OF(self)));
    if (property_fill(PROP(np), fget, fset, fdel, doc) < 0) {
        DECREF(np);
        return VAL_NULL;
    }
    PROP(np)->name = p->name;
    XINCREF(p->name);
    return np;
}

static Value property_accessor(const char *name, int which, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw(name, kwnames) < 0 || args_count(name, nargs - 1, 1, 1) < 0) return VAL_NULL;
    return property_copy(args[0], which, args[1]);
}

static Value property_m_getter(Value *a, size_t n, Value k) { return property_accessor("getter", 0, a, n, k); }
static Value property_m_setter(Value *a, size_t n, Value k) { return property_accessor("setter", 1, a, n, k); }
static Value property_m_deleter(Value *a, size_t n, Value k) { return property_accessor("deleter", 2, a, n, k); }

static Value property_m_set_name(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("__set_name__", kwnames) < 0 || args_count("__set_name__", nargs - 1, 2, 2) < 0)
        return VAL_NULL;
    SETREF(PROP(args[0])->name, NEWREF(args[2]));
    return NEWREF(VAL_NONE);
}

static Value prop_or_none(Value v) { return NEWREF(v != VAL_NULL ? v : VAL_NONE); }
static Value property_get_fget(Value s) { return prop_or_none(PROP(s)->fget); }
static Value property_get_fset(Value s) { return prop_or_none(PROP(s)->fset); }
static Value property_get_fdel(Value s) { return prop_or_none(PROP(s)->fdel); }
static Value property_get_doc(Value s) { return prop_or_none(PROP(s)->doc); }

static int property_set_doc(Value s, Value v) {
    v = none_to_null(v);
    SETREF(PROP(s)->doc, v != VAL_NULL ? NEWREF(v) : VAL_NULL);
    PROP(s)->getter_doc = false;
    return 0;
}

static const MethodDef property_methods[] = {
    { "getter", property_m_getter, 0 },
    { "setter", property_m_setter, 0 },
    { "deleter", property_m_deleter, 0 },
    { "__set_name__", property_m_set_name, 0 },
    { NULL, NULL, 0 },
};

static const GetSetDef property_getsets[] = {
    { "fget", property_get_fget, NULL },
    { "fset", property_get_fset, NULL },
    { "fdel", property_get_fdel, NULL },
    { "__doc__", property_get_doc, property_set_doc },
    { NULL, NULL, NULL },
};

Type property_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "property",
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(PropertyObj),
    .new_ = property_new,
    .init = property_init,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .getattr = obj_generic_getattr,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .getsets = property_getsets,
};
