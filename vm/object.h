/* object.h - the type object and the generic object protocol.
 *
 * Every heap object starts with `Obj hdr;` (value.h). Its type is a Type,
 * itself a heap object of type `type_type`. Built-in types are static,
 * immortal Type structs defined in their own file (int_type in int.c, ...)
 * and made ready at start-up by type_ready(); user classes are Types
 * allocated by type_new_class() (typeobject.c) with TYPE_HEAP set.
 *
 * Slots are C function pointers; NULL means "not supported" and the generic
 * functions below raise CPython's TypeError for it. A user class gets slot
 * functions that look up and call its dunder methods (__add__, __repr__,
 * __iter__, ...), so the eval loop only ever calls slots, through the obj_*
 * functions.
 *
 * Error convention, everywhere in baton:
 *   - a function returning Value returns a NEW reference, or VAL_NULL with an
 *     exception set (error.h);
 *   - a function returning int returns -1 with an exception set on error
 *     (0/1 otherwise for predicates);
 *   - arguments are BORROWED unless the name or comment says "steal".
 */
#ifndef BATON_OBJECT_H
#define BATON_OBJECT_H

#include <stdarg.h>
#include <sys/types.h>

#include "mem.h"
#include "value.h"

/* Calls use the "vector" convention: args[0..nargs) are positional; if
 * kwnames (a tuple of str) is not VAL_NULL, len(kwnames) keyword values follow
 * them in args. For a method, args[0] is self. */
typedef Value (*CFunc)(Value *args, size_t nargs, Value kwnames);

typedef enum {
    BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_TRUEDIV, BINOP_FLOORDIV, BINOP_MOD,
    BINOP_POW, BINOP_LSHIFT, BINOP_RSHIFT, BINOP_AND, BINOP_OR, BINOP_XOR,
    BINOP_MATMUL,
    BINOP_COUNT,
    /* BINARY_OP's argument is op, or op + BINOP_INPLACE for `a op= b`. */
    BINOP_INPLACE = 16
} BinOp;

typedef enum { UNOP_NEG, UNOP_POS, UNOP_INVERT, UNOP_COUNT } UnOp;
/* Rich comparison operators, in CPython's order. */
typedef enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE } CmpOp;

#define METH_STATIC 0x1  /* MethodDef flag: staticmethod in the type dict */
#define METH_CLASS 0x2   /* MethodDef flag: args[0] is the type, not an instance */

typedef struct {
    const char *name;
    CFunc fn;
    int flags;
} MethodDef;

typedef Value (*GetterFn)(Value self);
typedef int (*SetterFn)(Value self, Value v); /* v == VAL_NULL: delete */
typedef struct {
    const char *name;
    GetterFn get;
    SetterFn set; /* NULL: read-only ("attribute 'x' of 'T' objects is not writable") */
} GetSetDef;

typedef void (*VisitFn)(Value v, void *arg);

typedef enum {
    TYPE_HEAP = 1 << 0,      /* a user class (allocated, refcounted) */
    TYPE_BASETYPE = 1 << 1,  /* may be subclassed */
    TYPE_READY = 1 << 2,     /* type_ready() has run */
    TYPE_EXCEPTION = 1 << 3, /* BaseException or a subclass */
    TYPE_INT_SUBCLASS = 1 << 4,
    TYPE_STR_SUBCLASS = 1 << 5,
    TYPE_TUPLE_SUBCLASS = 1 << 6,
    TYPE_LIST_SUBCLASS = 1 << 7,
    TYPE_DICT_SUBCLASS = 1 << 8,
    TYPE_TYPE_SUBCLASS = 1 << 9,
    TYPE_HAS_SUBCLASSES = 1 << 10, /* some class names it as its base (typeobject.c) */
    TYPE_DICT_UNFILLED = 1 << 11,  /* a static type's methods are not in its dict yet */
    TYPE_WEAKREF_SLOT = 1 << 12,   /* a user class whose instances would take weak
                                      references in CPython (for __slots__' errors) */
    TYPE_INSTANCE_VALUES = 1 << 13 /* a user class whose __dict__ slot is followed by
                                      an InstValues pointer (instattr.h) */
} TypeFlags;

struct Type {
    Obj hdr;
    const char *name;      /* for a heap type, points into the name str object */
    Type *base;            /* single inheritance; NULL only for object_type */
    Value dict;            /* a dict: methods, class attributes, descriptors */
    Value name_obj;        /* str: __name__ */
    Value qualname;        /* str: __qualname__ */
    Value module;          /* str: __module__ ("builtins" for built-ins) */
    uint32_t flags;
    size_t basicsize;      /* bytes of an instance */
    ssize_t dictoffset;    /* byte offset of the instance's __dict__ Value, 0: none */
    Value slotnames;       /* a user class with __slots__: the sorted tuple of the slot
                              names it adds (mangled, without __dict__/__weakref__), laid
                              out from base->basicsize on; else VAL_NULL */
    uint64_t version;      /* bumped when the type (or a base) changes; 0: caches disabled */
    struct InstKeys *inst_keys; /* TYPE_INSTANCE_VALUES: the names of its instances'
                                   attributes (instattr.h), NULL until the first */

    /* lifecycle */
    Value (*new_)(Type *type, Value *args, size_t nargs, Value kwnames);
    int (*init)(Value self, Value *args, size_t nargs, Value kwnames);
    void (*dealloc)(Obj *self);               /* drop references, free memory */
    /* The cycle collector (gc.h). traverse visits every reference the object
     * owns (and no other); a type with traverse is a container: its objects
     * carry a GCHead and are tracked. clear drops the references through
     * which a cycle can pass, leaving a valid, empty object. finalize runs
     * __del__ (or closes a generator) at most once per object, called through
     * gc_finalize_from_dealloc or the collector; it reports its own errors. */
    void (*traverse)(Obj *self, VisitFn visit, void *arg);
    void (*clear)(Obj *self);
    void (*finalize)(Obj *self);

    /* presentation and identity */
    Value (*repr)(Value self);
    Value (*str)(Value self);
    int (*hash)(Value self, int64_t *out);    /* -1 on error (unhashable) */
    /* Returns a new reference, or NotImplemented (new ref), or VAL_NULL. */
    Value (*richcompare)(Value a, Value b, CmpOp op);
    int (*truthy)(Value self);                 /* NULL: fall back to len, else true */
    Value (*format)(Value self, Value spec);  /* __format__ */

    /* attributes */
    Value (*getattr)(Value self, Value name); /* VAL_NULL + AttributeError if absent */
    int (*setattr)(Value self, Value name, Value v); /* v == VAL_NULL: delete */
    Value (*descr_get)(Value descr, Value obj, Value type); /* obj VAL_NULL: via class */
    int (*descr_set)(Value descr, Value obj, Value v);      /* non-NULL: data descriptor */

    /* calling */
    Value (*call)(Value self, Value *args, size_t nargs, Value kwnames);

    /* iteration: next returns VAL_NULL with NO exception set when exhausted */
    Value (*iter)(Value self);
    Value (*next)(Value self);

    /* containers */
    ssize_t (*len)(Value self);                 /* -1 on error */
    Value (*getitem)(Value self, Value key);
    int (*setitem)(Value self, Value key, Value v); /* v == VAL_NULL: delete */
    int (*contains)(Value self, Value item);     /* NULL: fall back to iteration */

    /* numbers: return NotImplemented (new ref) when the operand types don't fit */
    Value (*binop[BINOP_COUNT])(Value a, Value b);
    Value (*inplace[BINOP_COUNT])(Value a, Value b); /* NULL: use binop */
    Value (*unop[UNOP_COUNT])(Value a);
    Value (*as_int)(Value self);     /* __index__ / __int__: an int, or VAL_NULL */
    Value (*as_float)(Value self);   /* __float__: a float, or VAL_NULL */

    /* tables turned into dict entries by type_ready() */
    const MethodDef *methods;
    const GetSetDef *getsets;
};

/* Built-in types defined in vm/ (each in the file named after it). */
extern Type type_type, object_type, none_type, notimpl_type, ellipsis_type;
extern Type int_type, bool_type, float_type;
extern Type str_type, bytes_type, bytearray_type;
extern Type tuple_type, list_type, dict_type, set_type, frozenset_type;
extern Type range_type, slice_type;
extern Type function_type, builtin_function_type, method_type, code_type;
extern Type cell_type, module_type, generator_type;
extern Type staticmethod_type, classmethod_type, property_type, super_type;

/* The singletons. Immortal; never touch their refcounts specially. */
extern Obj none_obj, notimpl_obj, ellipsis_obj;
#define VAL_NONE OBJ_VAL(&none_obj)
#define VAL_NOTIMPL OBJ_VAL(&notimpl_obj)
#define VAL_ELLIPSIS OBJ_VAL(&ellipsis_obj)

static inline Type *val_type(Value v) {
    return IS_SMALLINT(v) ? &int_type : AS_OBJ(v)->type;
}
#define TYPE_OF(v) val_type(v)
#define IS_TYPE(v, t) (IS_OBJ(v) && AS_OBJ(v)->type == &(t))
#define IS_NONE(v) ((v) == VAL_NONE)

/* Object allocation: a zeroed block of type->basicsize with refcnt 1.
 * A heap type's instances hold a reference to the type. An object of a
 * container type (traverse set) gets a GCHead in front of it and is tracked
 * by the cycle collector from birth (gc.h); obj_free tells the two kinds
 * apart by o->type, which must still be the allocating type. */
Obj *obj_alloc(Type *type);
Obj *obj_alloc_size(Type *type, size_t size); /* for variable-size objects */
Obj *obj_try_alloc_size(Type *type, size_t size); /* NULL if malloc fails: sizes a program chose */
void obj_free(Obj *o);                        /* release memory only */

/* Types: readiness, subtype tests, lookup (walks the base chain). */
int type_ready(Type *t);                    /* fills dict from methods/getsets, inherits slots */
bool type_is_subtype(Type *t, Type *base);
#define IS_INSTANCE(v, t) type_is_subtype(TYPE_OF(v), &(t))
Value type_lookup(Type *t, Value name);     /* BORROWED ref or VAL_NULL; no exception set */
Value type_dict(Type *t);                   /* t->dict, filled first if not yet; BORROWED */
int obj_isinstance(Value v, Value cls);     /* cls may be a tuple of classes; -1 on error */
int obj_issubclass(Value cls, Value classinfo);
/* class name(bases..., **kw): namespace is the dict the class body filled.
 * Checks the bases (one non-object base at most, beyond what super() needs:
 * TypeError), installs dunder slot functions, calls __set_name__ and
 * __init_subclass__(**kw) (kwvals named by the tuple kwnames, or VAL_NULL). */
Value type_new_class(Value name, Value bases, Value namespace, Value *kwvals, Value kwnames);
/* Whether instances of a and b hold the same __slots__ at the same
 * offsets (for __class__ assignment; sizes already known to match). */
bool type_same_slots(Type *a, Type *b);
/* Bump the version of t and its subclasses (type_lookup's cache and the
 * eval loop's inline caches key on it). Whoever changes a ready type's dict
 * other than through setattr on the type must call it. */
void type_modified(Type *t);
/* Ready the types of typeobject.c and object.c (type, object, None,
 * NotImplemented, Ellipsis, super, and the descriptor types type_ready
 * creates). Call first at start-up, before any other *_init_types. */
int type_init_types(void);
/* CPython's hash of an address (id(x) >> 4, rotated); used for identity hashing. */
int64_t obj_hash_pointer(const void *p);
/* "module.qualname" for a type outside builtins, else its name: the
 * spelling of class reprs (<class '__main__.C'>). New str. */
Value type_qualified_name(Type *t);
/* Call f, an attribute found on type(self) (type_lookup), as a method of
 * self: functions, slot wrappers and built-in method descriptors are called
 * with self prepended (no bound method is created), other descriptors are
 * bound through their descr_get first. kwnames as in CFunc. */
Value type_call_method(Value f, Value self, Value *args, size_t nargs, Value kwnames);

/* The generic protocol (abstract.c). Each raises CPython's TypeError when
 * the slot is missing, e.g. "object of type 'int' has no len()". */
Value obj_repr(Value v);
Value obj_str(Value v);
Value obj_ascii(Value v);
int obj_hash(Value v, int64_t *out);
Value obj_richcompare(Value a, Value b, CmpOp op);  /* resolves NotImplemented */
int obj_richcompare_bool(Value a, Value b, CmpOp op); /* identity implies equality for EQ/NE */
int obj_eq(Value a, Value b);               /* obj_richcompare_bool(a, b, CMP_EQ) */
int obj_truthy(Value v);
Value obj_binop(Value a, Value b, int op);  /* BinOp, or op + BINOP_INPLACE */
Value obj_unop(Value a, UnOp op);
Value obj_format(Value v, Value spec);      /* format(v, spec); spec is a str */
Value obj_getattr(Value v, Value name);     /* name is a str */
Value obj_getattr_cstr(Value v, const char *name);
Value obj_getattr_opt(Value v, Value name); /* absent: VAL_NULL and NO exception */
int obj_setattr(Value v, Value name, Value x); /* x == VAL_NULL: delattr */
int obj_hasattr(Value v, Value name);
Value obj_call(Value callable, Value *args, size_t nargs, Value kwnames);
Value obj_call0(Value callable);
Value obj_call1(Value callable, Value a);
Value obj_call2(Value callable, Value a, Value b);
Value obj_call_method(Value self, const char *name, Value *args, size_t nargs);
Value obj_iter(Value v);
Value obj_next(Value it);                   /* exhausted: VAL_NULL, no exception */
ssize_t obj_len(Value v);
Value obj_getitem(Value v, Value key);
int obj_setitem(Value v, Value key, Value x); /* x == VAL_NULL: del v[key] */
int obj_contains(Value container, Value item);
Value obj_index(Value v);                   /* operator.index(): an int */
int obj_as_ssize(Value v, ssize_t *out);    /* via __index__; OverflowError if too big */
/* obj_as_ssize for a method's integer parameter (str.center's width,
 * list.pop's index, ...): CPython's argument converter says "Python int too
 * large to convert to C ssize_t" where obj_as_ssize says "cannot fit". */
int obj_as_ssize_arg(Value v, ssize_t *out);
Value obj_generic_getattr(Value self, Value name); /* descriptors, then __dict__, then type */
int obj_generic_setattr(Value self, Value name, Value v);
Value *obj_dict_ptr(Value self);            /* &instance __dict__, or NULL */
/* self's own attribute name (from its __dict__ or instattr.h values),
 * borrowed, or VAL_NULL; sets no exception unless a key's __eq__ fails. */
Value obj_instance_attr(Value self, Value name);
const char *obj_type_name(Value v);         /* TYPE_OF(v)->name */

#endif
