/* member.c - member descriptors for __slots__ (see member.h).
 *
 * A descriptor keeps its owner class alive (repr and the subtype check
 * need it), and the class's dict keeps the descriptor: that cycle is why
 * the type has a traverse slot (the collector breaks it by clearing the
 * class dict). Like every object, touched only while holding the GIL. */
#include "member.h"
#include "error.h"
#include "str.h"

typedef struct {
    Obj hdr;
    Type *owner; /* owned reference */
    Value name;  /* str */
    size_t offset;
} MemberDescr;

#define MEMBER(v) ((MemberDescr *)AS_OBJ(v))

Value member_descr_new(Type *owner, Value name, size_t offset) {
    MemberDescr *d = (MemberDescr *)obj_alloc_size(&member_descr_type, sizeof(MemberDescr));
    d->owner = owner;
    INCREF(OBJ_VAL(owner));
    d->name = NEWREF(name);
    d->offset = offset;
    return OBJ_VAL(d);
}

size_t member_descr_offset(Value d, Type *t) {
    if (!IS_TYPE(d, member_descr_type) || !type_is_subtype(t, MEMBER(d)->owner)) return 0;
    return MEMBER(d)->offset;
}

/* The instance's slot, or NULL with CPython's TypeError when obj is not an
 * instance of the owner (P.x.__get__(q) for an unrelated q). */
static Value *member_slot(MemberDescr *d, Value obj) {
    if (!type_is_subtype(TYPE_OF(obj), d->owner)) {
        err_format(&exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                   d->name, d->owner->name, obj_type_name(obj));
        return NULL;
    }
    return (Value *)((char *)AS_OBJ(obj) + d->offset);
}

static Value member_get(Value self, Value obj, Value type) {
    (void)type;
    if (obj == VAL_NULL) return NEWREF(self);
    MemberDescr *d = MEMBER(self);
    Value *slot = member_slot(d, obj);
    if (slot == NULL) return VAL_NULL;
    if (*slot == VAL_NULL)
        return err_format(&exc_AttributeError, "'%s' object has no attribute '%U'", obj_type_name(obj),
                          d->name);
    return NEWREF(*slot);
}

/* v == VAL_NULL deletes; deleting an unset slot raises AttributeError with
 * the bare name, as CPython 3.11 does. */
static int member_set(Value self, Value obj, Value v) {
    MemberDescr *d = MEMBER(self);
    Value *slot = member_slot(d, obj);
    if (slot == NULL) return -1;
    if (v == VAL_NULL && *slot == VAL_NULL) {
        err_format(&exc_AttributeError, "%U", d->name);
        return -1;
    }
    SETREF(*slot, v != VAL_NULL ? NEWREF(v) : VAL_NULL);
    return 0;
}

static Value member_repr(Value self) {
    return str_printf("<member '%s' of '%s' objects>", STR_DATA(MEMBER(self)->name), MEMBER(self)->owner->name);
}

static void member_dealloc(Obj *self) {
    MemberDescr *d = (MemberDescr *)self;
    DECREF(d->name);
    DECREF(OBJ_VAL(d->owner));
    obj_free(self);
}

static void member_traverse(Obj *self, VisitFn visit, void *arg) {
    visit(OBJ_VAL(((MemberDescr *)self)->owner), arg);
}

static Value member_get_name(Value self) {
    return NEWREF(MEMBER(self)->name);
}

/* "P.x": the owner's qualified name, then the slot's. */
static Value member_get_qualname(Value self) {
    Type *o = MEMBER(self)->owner;
    return str_printf("%s.%s", o->qualname != VAL_NULL ? STR_DATA(o->qualname) : o->name,
                      STR_DATA(MEMBER(self)->name));
}

static Value member_get_objclass(Value self) {
    return NEWREF(OBJ_VAL(MEMBER(self)->owner));
}

static Value member_get_doc(Value self) {
    (void)self;
    return NEWREF(VAL_NONE);
}

static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL},
    {"__qualname__", member_get_qualname, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {"__doc__", member_get_doc, NULL},
    {NULL, NULL, NULL},
};

Type member_descr_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescr),
    .dealloc = member_dealloc,
    .traverse = member_traverse,
    .repr = member_repr,
    .getattr = obj_generic_getattr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
};
