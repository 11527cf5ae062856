/* abstract.c - the generic object protocol (obj_* in object.h).
 *
 * These are the only way the eval loop and the built-ins reach a type's
 * slots. Each resolves CPython's protocol rules (reflected operands,
 * NotImplemented, fall-backs such as len() for truth and __getitem__ for
 * iteration) and raises CPython's exact TypeError when a slot is missing.
 */
#include <string.h>

#include "object.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "float.h"
#include "func.h"
#include "gc.h"
#include "instattr.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

const char *obj_type_name(Value v) {
    return TYPE_OF(v)->name;
}

/* ---- presentation ---- */

Value obj_repr(Value v) {
    Type *t = TYPE_OF(v);
    if (t->repr == NULL) return err_format(&exc_TypeError, "'%s' object has no __repr__", t->name);
    if (eval_enter_recursive_call(" while getting the repr of an object") < 0) return VAL_NULL;
    Value r = t->repr(v);
    eval_leave_recursive_call();
    if (r != VAL_NULL && !IS_STR(r)) {
        err_format(&exc_TypeError, "__repr__ returned non-string (type %s)", obj_type_name(r));
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

Value obj_str(Value v) {
    if (IS_TYPE(v, str_type)) return NEWREF(v);
    Type *t = TYPE_OF(v);
    if (t->str == NULL) return obj_repr(v);
    if (eval_enter_recursive_call(" while getting the str of an object") < 0) return VAL_NULL;
    Value r = t->str(v);
    eval_leave_recursive_call();
    if (r != VAL_NULL && !IS_STR(r)) {
        err_format(&exc_TypeError, "__str__ returned non-string (type %s)", obj_type_name(r));
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

/* Decode one UTF-8 sequence at s (valid UTF-8 assumed); returns its length. */
static size_t utf8_decode(const unsigned char *s, uint32_t *cp) {
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if (s[0] < 0xE0) { *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if (s[0] < 0xF0) {
        *cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    *cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
          ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
}

/* ascii(): repr with non-ASCII code points as \xNN, \uNNNN, \UNNNNNNNN. */
Value obj_ascii(Value v) {
    Value r = obj_repr(v);
    if (r == VAL_NULL || ((StrObj *)AS_OBJ(r))->ascii) return r;
    StrBuf b;
    strbuf_init(&b);
    const unsigned char *s = (const unsigned char *)STR_DATA(r);
    const unsigned char *end = s + STR_NBYTES(r);
    while (s < end) {
        uint32_t cp;
        s += utf8_decode(s, &cp);
        if (cp < 0x80) strbuf_append_char(&b, (char)cp);
        else if (cp < 0x100) strbuf_printf(&b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000) strbuf_printf(&b, "\\u%04x", (unsigned)cp);
        else strbuf_printf(&b, "\\U%08x", (unsigned)cp);
    }
    DECREF(r);
    return strbuf_finish(&b);
}

Value obj_format(Value v, Value spec) {
    if (!IS_STR(spec))
        return err_format(&exc_TypeError, "format() argument 2 must be str, not %s", obj_type_name(spec));
    if (STR_LEN(spec) == 0 && IS_TYPE(v, str_type)) return NEWREF(v);
    Type *t = TYPE_OF(v);
    if (t->format == NULL) return obj_str(v);
    Value r = t->format(v, spec);
    if (r != VAL_NULL && !IS_STR(r)) {
        err_format(&exc_TypeError, "__format__ must return a str, not %s", obj_type_name(r));
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

/* ---- identity, hashing, truth ---- */

int obj_hash(Value v, int64_t *out) {
    if (IS_SMALLINT(v)) {
        *out = int_hash(v);
        return 0;
    }
    if (IS_TYPE(v, str_type)) {
        *out = str_hash(v);
        return 0;
    }
    Type *t = TYPE_OF(v);
    if (t->hash == NULL) {
        err_format(&exc_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    if (t->hash(v, out) < 0) return -1;
    if (*out == -1) *out = -2;
    return 0;
}

int obj_truthy(Value v) {
    if (v == VAL_TRUE) return 1;
    if (v == VAL_FALSE || v == VAL_NONE) return 0;
    if (IS_SMALLINT(v)) return AS_SMALLINT(v) != 0;
    Type *t = TYPE_OF(v);
    if (t->truthy) return t->truthy(v);
    if (t->len) {
        ssize_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ---- */

static const CmpOp cmp_swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

/* CPython's do_richcompare: a subclass's reflected method first, then a's,
 * then b's reflected; == and != fall back to identity. */
static Value richcompare_dispatch(Value a, Value b, CmpOp op) {
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    bool checked_reverse = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != VAL_NOTIMPL) return r;
        DECREF(r);
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != VAL_NOTIMPL) return r;
        DECREF(r);
    }
    if (!checked_reverse && tb->richcompare) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != VAL_NOTIMPL) return r;
        DECREF(r);
    }
    if (op == CMP_EQ) return NEWREF(VAL_BOOL(a == b));
    if (op == CMP_NE) return NEWREF(VAL_BOOL(a != b));
    return err_format(&exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbol[op], ta->name, tb->name);
}

Value obj_richcompare(Value a, Value b, CmpOp op) {
    if (eval_enter_recursive_call(" in comparison") < 0) return VAL_NULL;
    Value r = richcompare_dispatch(a, b, op);
    eval_leave_recursive_call();
    return r;
}

static bool smallint_compare(intptr_t x, intptr_t y, CmpOp op) {
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

int obj_richcompare_bool(Value a, Value b, CmpOp op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    if (IS_SMALLINT(a) && IS_SMALLINT(b)) return smallint_compare(AS_SMALLINT(a), AS_SMALLINT(b), op);
    Value r = obj_richcompare(a, b, op);
    if (r == VAL_NULL) return -1;
    if (r == VAL_TRUE || r == VAL_FALSE) return r == VAL_TRUE;
    int t = obj_truthy(r);
    DECREF(r);
    return t;
}

int obj_eq(Value a, Value b) {
    return obj_richcompare_bool(a, b, CMP_EQ);
}

/* ---- arithmetic ---- */

static const char *const binop_symbol[BINOP_COUNT] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@",
};
static const char *const inplace_symbol[BINOP_COUNT] = {
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=",
};

/* CPython's binary_op1: a's slot, then b's, except that b goes first when
 * its type is a proper subclass of a's with its own slot. */
static Value binary_op1(Value a, Value b, int op) {
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    Value (*sa)(Value, Value) = ta->binop[op];
    Value (*sb)(Value, Value) = ta != tb ? tb->binop[op] : NULL;
    if (sb == sa) sb = NULL;
    Value r;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            r = sb(a, b);
            if (r != VAL_NOTIMPL) return r;
            DECREF(r);
            sb = NULL;
        }
        r = sa(a, b);
        if (r != VAL_NOTIMPL) return r;
        DECREF(r);
    }
    if (sb) {
        r = sb(a, b);
        if (r != VAL_NOTIMPL) return r;
        DECREF(r);
    }
    return NEWREF(VAL_NOTIMPL);
}

static bool is_sequence(Value v) {
    return IS_STR(v) || IS_LIST(v) || IS_TUPLE(v) || IS_INSTANCE(v, bytes_type) ||
           IS_INSTANCE(v, bytearray_type);
}

/* The TypeError of a failed binary operator; sequences word it as their
 * concatenation and repetition do in CPython. */
static Value binop_error(Value a, Value b, int o, bool inplace) {
    if (o == BINOP_MUL && (is_sequence(a) || is_sequence(b)))
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          obj_type_name(is_sequence(a) ? b : a));
    if (o == BINOP_ADD && is_sequence(a)) {
        if (IS_INSTANCE(a, bytes_type) || IS_INSTANCE(a, bytearray_type))
            return err_format(&exc_TypeError, "can't concat %s to %s", obj_type_name(b), obj_type_name(a));
        return err_format(&exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                          obj_type_name(a), obj_type_name(b), obj_type_name(a));
    }
    return err_format(&exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                      inplace ? inplace_symbol[o] : binop_symbol[o], obj_type_name(a), obj_type_name(b));
}

Value obj_binop(Value a, Value b, int op) {
    bool inplace = op >= BINOP_INPLACE;
    int o = inplace ? op - BINOP_INPLACE : op;
    Value r;
    if (inplace && TYPE_OF(a)->inplace[o]) {
        r = TYPE_OF(a)->inplace[o](a, b);
        if (r != VAL_NOTIMPL) return r;
        DECREF(r);
    }
    r = binary_op1(a, b, o);
    if (r != VAL_NOTIMPL) return r;
    DECREF(r);
    return binop_error(a, b, o, inplace);
}

Value obj_unop(Value a, UnOp op) {
    static const char *const symbol[UNOP_COUNT] = {"-", "+", "~"};
    Value (*f)(Value) = TYPE_OF(a)->unop[op];
    if (f == NULL)
        return err_format(&exc_TypeError, "bad operand type for unary %s: '%s'", symbol[op],
                          obj_type_name(a));
    return f(a);
}

Value obj_index(Value v) {
    if (IS_SMALLINT(v)) return v;
    if (IS_TYPE(v, int_type)) return NEWREF(v);
    if (IS_BOOL(v)) return FROM_SMALLINT(v == VAL_TRUE);
    Type *t = TYPE_OF(v);
    bool ok = t->as_int != NULL && !IS_FLOAT(v) &&
              (!(t->flags & TYPE_HEAP) || (t->flags & TYPE_INT_SUBCLASS) ||
               type_lookup(t, str_intern_cstr("__index__")) != VAL_NULL);
    if (!ok)
        return err_format(&exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    return t->as_int(v);
}

int obj_as_ssize_arg(Value v, ssize_t *out) {
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return 0;
    }
    if (obj_as_ssize(v, out) == 0) return 0;
    if (err_matches(&exc_OverflowError)) {
        err_clear();
        err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return -1;
}

int obj_as_ssize(Value v, ssize_t *out) {
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return 0;
    }
    Value i = obj_index(v);
    if (i == VAL_NULL) return -1;
    int64_t x;
    int rc = int_as_i64(i, &x);
    DECREF(i);
    if (rc < 0) {
        err_clear();
        err_format(&exc_OverflowError, "cannot fit '%s' into an index-sized integer", obj_type_name(v));
        return -1;
    }
    *out = (ssize_t)x;
    return 0;
}

/* ---- attributes ---- */

Value *obj_dict_ptr(Value self) {
    if (IS_SMALLINT(self)) return NULL;
    ssize_t off = AS_OBJ(self)->type->dictoffset;
    return off ? (Value *)((char *)AS_OBJ(self) + off) : NULL;
}

static Value attr_name_error(Value name) {
    return err_format(&exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
}

Value obj_instance_attr(Value self, Value name) {
    Value *dp = obj_dict_ptr(self);
    if (dp == NULL) return VAL_NULL;
    if (*dp != VAL_NULL) return dict_get_str(*dp, name);
    Type *t = AS_OBJ(self)->type;
    return t->flags & TYPE_INSTANCE_VALUES ? instattr_get(AS_OBJ(self), t, name) : VAL_NULL;
}

/* Data descriptors on the type win over the instance __dict__, which wins
 * over other class attributes (methods are bound here). */
Value obj_generic_getattr(Value self, Value name) {
    Type *t = TYPE_OF(self);
    Value descr = type_lookup(t, name);
    Value (*get)(Value, Value, Value) = NULL;
    if (descr != VAL_NULL) {
        get = TYPE_OF(descr)->descr_get;
        if (get && TYPE_OF(descr)->descr_set) return get(descr, self, OBJ_VAL(t));
    }
    Value v = obj_instance_attr(self, name);
    if (v != VAL_NULL) return NEWREF(v);
    if (get) return get(descr, self, OBJ_VAL(t));
    if (descr != VAL_NULL) return NEWREF(descr);
    return err_format(&exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
}

int obj_generic_setattr(Value self, Value name, Value v) {
    Type *t = TYPE_OF(self);
    Value descr = type_lookup(t, name);
    if (descr != VAL_NULL && TYPE_OF(descr)->descr_set)
        return TYPE_OF(descr)->descr_set(descr, self, v);
    Value *dp = obj_dict_ptr(self);
    if (dp && *dp == VAL_NULL && (t->flags & TYPE_INSTANCE_VALUES)) {
        int rc = instattr_set(AS_OBJ(self), t, name, v);
        if (rc <= 0) return rc;
    } else if (dp) {
        if (v != VAL_NULL) {
            if (*dp == VAL_NULL) *dp = gc_instance_dict_new();
            return dict_set(*dp, name, v);
        }
        if (*dp != VAL_NULL && dict_get_str(*dp, name) != VAL_NULL) return dict_del(*dp, name);
    }
    if (descr != VAL_NULL && dp == NULL) {
        err_format(&exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
        return -1;
    }
    err_format(&exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    return -1;
}

Value obj_getattr(Value v, Value name) {
    if (!IS_STR(name)) return attr_name_error(name);
    Type *t = TYPE_OF(v);
    Value r = t->getattr != NULL ? t->getattr(v, name)
                                 : err_format(&exc_AttributeError, "'%s' object has no attribute '%U'",
                                              t->name, name);
    if (UNLIKELY(r == VAL_NULL)) exc_set_attribute_context(v, name);
    return r;
}

Value obj_getattr_cstr(Value v, const char *name) {
    return obj_getattr(v, str_intern_cstr(name));
}

Value obj_getattr_opt(Value v, Value name) {
    Value r = obj_getattr(v, name);
    if (r == VAL_NULL && err_matches(&exc_AttributeError)) err_clear();
    return r;
}

int obj_setattr(Value v, Value name, Value x) {
    if (!IS_STR(name)) {
        attr_name_error(name);
        return -1;
    }
    Type *t = TYPE_OF(v);
    if (t->setattr == NULL) {
        err_format(&exc_TypeError, "'%s' object has no attributes (%s .%U)", t->name,
                   x != VAL_NULL ? "assign to" : "del", name);
        return -1;
    }
    return t->setattr(v, name, x);
}

int obj_hasattr(Value v, Value name) {
    Value r = obj_getattr_opt(v, name);
    if (r == VAL_NULL) return err_occurred() ? -1 : 0;
    DECREF(r);
    return 1;
}

/* ---- calls ---- */

Value obj_call(Value callable, Value *args, size_t nargs, Value kwnames) {
    Type *t = TYPE_OF(callable);
    if (t == &function_type) return eval_call_function(callable, args, nargs, kwnames);
    if (t->call == NULL)
        return err_format(&exc_TypeError, "'%s' object is not callable", t->name);
    if (eval_enter_recursive_call(NULL) < 0) return VAL_NULL;
    Value r = t->call(callable, args, nargs, kwnames);
    eval_leave_recursive_call();
    return r;
}

Value obj_call0(Value callable) {
    return obj_call(callable, NULL, 0, VAL_NULL);
}

Value obj_call1(Value callable, Value a) {
    return obj_call(callable, &a, 1, VAL_NULL);
}

Value obj_call2(Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(callable, args, 2, VAL_NULL);
}

/* self.name(*args) like LOAD_METHOD + CALL: a method found on the type and
 * not shadowed by the instance __dict__ is called without binding. */
Value obj_call_method(Value self, const char *name, Value *args, size_t nargs) {
    Value n = str_intern_cstr(name);
    Type *t = TYPE_OF(self);
    if (t->getattr == obj_generic_getattr) {
        Value f = type_lookup(t, n);
        bool shadowed = obj_instance_attr(self, n) != VAL_NULL;
        if (f != VAL_NULL && !shadowed && !(TYPE_OF(f)->descr_get && TYPE_OF(f)->descr_set))
            return type_call_method(f, self, args, nargs, VAL_NULL);
    }
    Value m = obj_getattr(self, n);
    if (m == VAL_NULL) return VAL_NULL;
    Value r = obj_call(m, args, nargs, VAL_NULL);
    DECREF(m);
    return r;
}

/* ---- iteration ---- */

Value obj_iter(Value v) {
    Type *t = TYPE_OF(v);
    if (t->iter == NULL) {
        if (t->getitem && !(t->flags & TYPE_DICT_SUBCLASS) && t != &dict_type) return seqiter_new(v);
        return err_format(&exc_TypeError, "'%s' object is not iterable", t->name);
    }
    Value it = t->iter(v);
    if (it != VAL_NULL && TYPE_OF(it)->next == NULL) {
        err_format(&exc_TypeError, "iter() returned non-iterator of type '%s'", obj_type_name(it));
        DECREF(it);
        return VAL_NULL;
    }
    return it;
}

Value obj_next(Value it) {
    Type *t = TYPE_OF(it);
    if (t->next == NULL)
        return err_format(&exc_TypeError, "'%s' object is not an iterator", t->name);
    return t->next(it);
}

/* ---- containers ---- */

ssize_t obj_len(Value v) {
    Type *t = TYPE_OF(v);
    if (t->len == NULL) {
        err_format(&exc_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(v);
}

/* C[key] for a class: its __class_getitem__, if any. */
static Value class_getitem(Value cls, Value key) {
    Value f = type_lookup((Type *)AS_OBJ(cls), str_intern_cstr("__class_getitem__"));
    if (f == VAL_NULL)
        return err_format(&exc_TypeError, "type '%s' is not subscriptable", ((Type *)AS_OBJ(cls))->name);
    Type *ft = TYPE_OF(f);
    Value bound = ft->descr_get ? ft->descr_get(f, VAL_NULL, cls) : NEWREF(f);
    if (bound == VAL_NULL) return VAL_NULL;
    Value r = obj_call1(bound, key);
    DECREF(bound);
    return r;
}

Value obj_getitem(Value v, Value key) {
    Type *t = TYPE_OF(v);
    if (t->getitem) return t->getitem(v, key);
    if (type_is_subtype(t, &type_type)) return class_getitem(v, key);
    return err_format(&exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int obj_setitem(Value v, Value key, Value x) {
    Type *t = TYPE_OF(v);
    if (t->setitem == NULL) {
        err_format(&exc_TypeError, x != VAL_NULL ? "'%s' object does not support item assignment"
                                                 : "'%s' object doesn't support item deletion",
                   t->name);
        return -1;
    }
    return t->setitem(v, key, x);
}

/* `item in container`: __contains__, else a search by iteration comparing
 * with identity-then-equality as CPython's containers do. */
int obj_contains(Value container, Value item) {
    Type *t = TYPE_OF(container);
    if (t->contains) return t->contains(container, item);
    if (t->iter == NULL && t->getitem == NULL) {
        err_format(&exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = obj_iter(container);
    if (it == VAL_NULL) return -1;
    int found = 0;
    Value x;
    while (found == 0 && (x = obj_next(it)) != VAL_NULL) {
        found = obj_richcompare_bool(x, item, CMP_EQ);
        DECREF(x);
    }
    DECREF(it);
    if (found == 0 && err_occurred()) return -1;
    return found;
}

/* ---- isinstance / issubclass ---- */

static bool is_type(Value v) {
    return IS_OBJ(v) && type_is_subtype(TYPE_OF(v), &type_type);
}

int obj_isinstance(Value v, Value cls) {
    if (OBJ_VAL(TYPE_OF(v)) == cls) return 1;
    if (is_type(cls)) return type_is_subtype(TYPE_OF(v), (Type *)AS_OBJ(cls));
    if (IS_TUPLE(cls)) {
        for (size_t i = 0; i < TUPLE_LEN(cls); i++) {
            int r = obj_isinstance(v, TUPLE_GET(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    err_set_str(&exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static int issubclass_of(Type *t, Value classinfo) {
    if (is_type(classinfo)) return type_is_subtype(t, (Type *)AS_OBJ(classinfo));
    if (IS_TUPLE(classinfo)) {
        for (size_t i = 0; i < TUPLE_LEN(classinfo); i++) {
            int r = issubclass_of(t, TUPLE_GET(classinfo, i));
            if (r != 0) return r;
        }
        return 0;
    }
    err_set_str(&exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

int obj_issubclass(Value cls, Value classinfo) {
    if (!is_type(cls)) {
        err_set_str(&exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    return issubclass_of((Type *)AS_OBJ(cls), classinfo);
}
