/* bool.c - the bool type: a subclass of int with exactly two immortal
 * instances, True and False. Arithmetic is inherited from int (int.c treats
 * the two singletons as 1 and 0); only &, | and ^ between two bools stay bool,
 * and repr/str say 'True'/'False'. bool cannot be subclassed. */
#include "error.h"
#include "func.h"
#include "int.h"
#include "str.h"

BoolObj true_obj = {OBJ_HEAD_INIT(&bool_type)};
BoolObj false_obj = {OBJ_HEAD_INIT(&bool_type)};

static Value bool_repr(Value self) {
    static Value true_str = VAL_NULL, false_str = VAL_NULL;
    Value *slot = self == VAL_TRUE ? &true_str : &false_str;
    if (*slot == VAL_NULL) *slot = str_intern_cstr(self == VAL_TRUE ? "True" : "False");
    return NEWREF(*slot);
}

/* bool(x=False): the truth value of x. */
static Value bool_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)type;
    if (args_no_kw("bool", kwnames) < 0) return VAL_NULL;
    if (nargs > 1) return err_format(&exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return VAL_FALSE;
    int t = obj_truthy(args[0]);
    if (t < 0) return VAL_NULL;
    return VAL_BOOL(t);
}

/* Bitwise ops: bool when both operands are bools, int's result otherwise. */
static Value bool_and(Value a, Value b) {
    if (IS_BOOL(a) && IS_BOOL(b)) return VAL_BOOL(a == VAL_TRUE && b == VAL_TRUE);
    return int_type.binop[BINOP_AND](a, b);
}

static Value bool_or(Value a, Value b) {
    if (IS_BOOL(a) && IS_BOOL(b)) return VAL_BOOL(a == VAL_TRUE || b == VAL_TRUE);
    return int_type.binop[BINOP_OR](a, b);
}

static Value bool_xor(Value a, Value b) {
    if (IS_BOOL(a) && IS_BOOL(b)) return VAL_BOOL((a == VAL_TRUE) != (b == VAL_TRUE));
    return int_type.binop[BINOP_XOR](a, b);
}

/* Comparisons are int's; type_ready() does not inherit richcompare (a
 * class defining __eq__ must not keep its base's), so bool names it. */
static Value bool_richcompare(Value a, Value b, CmpOp op) {
    return int_type.richcompare(a, b, op);
}

static int bool_hash(Value self, int64_t *out) {
    *out = self == VAL_TRUE;
    return 0;
}

static int bool_truthy(Value self) { return self == VAL_TRUE; }

/* bool's slots are int's, except the ones set here; type_ready() inherits
 * the rest (arithmetic, format) from int_type. */
Type bool_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "bool",
    .base = &int_type,
    .flags = TYPE_INT_SUBCLASS,
    .basicsize = sizeof(BoolObj),
    .new_ = bool_new,
    .repr = bool_repr,
    .str = bool_repr,
    .hash = bool_hash,
    .richcompare = bool_richcompare,
    .truthy = bool_truthy,
    .binop = {[BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor},
};
