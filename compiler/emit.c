/* emit.c - instruction buffer, labels, constant and name pools, exact stack
 * depth, exception table and line table; assembles them into a Code object.
 * See emit.h for the model (reachability-driven depth tracking, handler tree).
 */
#include <string.h>

#include "emit.h"
#include "bytes.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

void emit_init(Emitter *e) {
    memset(e, 0, sizeof *e);
    e->cur_handler = -1;
    e->pos = (EmitPos){1, 1, -1, -1};
}

void emit_free(Emitter *e) {
    for (size_t i = 0; i < e->nconsts; i++) DECREF(e->consts[i]);
    for (size_t i = 0; i < e->nnames; i++) DECREF(e->names[i]);
    mem_free(e->instrs);
    mem_free(e->labels);
    mem_free(e->handlers);
    mem_free(e->consts);
    mem_free(e->names);
    memset(e, 0, sizeof *e);
}

/* Grow *buf (n used, *cap allocated, elements of size sz) to hold one more. */
static void *emit_grow(void *buf, size_t n, size_t *cap, size_t sz) {
    if (n < *cap) return buf;
    *cap = *cap ? *cap * 2 : 16;
    return mem_realloc(buf, *cap * sz);
}

static void emit_fail(Emitter *e, const char *why) {
    if (!e->error) e->error = why;
}

int emit_label(Emitter *e) {
    e->labels = emit_grow(e->labels, e->nlabels, &e->labcap, sizeof(EmitLabel));
    e->labels[e->nlabels] = (EmitLabel){ -1, -1 };
    return (int)e->nlabels++;
}

/* Record that control reaches label with the given stack depth. */
static void emit_reach(Emitter *e, int label, int depth) {
    EmitLabel *l = &e->labels[label];
    if (l->depth < 0) l->depth = depth;
    else if (l->depth != depth) emit_fail(e, "inconsistent stack depth at a jump target");
}

void emit_bind(Emitter *e, int label) {
    EmitLabel *l = &e->labels[label];
    if (l->pos >= 0) emit_fail(e, "label bound twice");
    l->pos = (int32_t)e->ninstrs;
    if (!e->dead) emit_reach(e, label, e->depth);
    if (l->depth >= 0) {
        e->dead = false;
        e->depth = l->depth;
    }
}

static int popcount3(uint32_t x) {
    return (int)((x & 1) + ((x >> 1) & 1) + ((x >> 3) & 1));
}

int emit_stack_effect(Opcode op, uint32_t arg, bool jump) {
    int n = (int)arg;
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL: case OP_DELETE_NAME: case OP_LOAD_ATTR:
    case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE: case OP_UNARY_INVERT:
    case OP_UNARY_NOT: case OP_LIST_TO_TUPLE: case OP_GET_ITER:
    case OP_IMPORT_NAME: case OP_CHECK_EXC_MATCH: case OP_YIELD_VALUE:
    case OP_GET_YIELD_FROM_ITER: case OP_GET_AWAITABLE:
    case OP_JUMP_FORWARD: case OP_JUMP_BACKWARD: case OP_STORE_FAST__LOAD_FAST:
        return 0;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST:
    case OP_LOAD_DEREF: case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
    case OP_LOAD_GLOBAL: case OP_LOAD_NAME: case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS: case OP_IMPORT_FROM: case OP_PUSH_EXC_INFO:
    case OP_LOAD_ASSERTION_ERROR: case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START:
    case OP_COPY_SUBSCR: case OP_LOAD_FAST__LOAD_FAST__BINARY_OP:
        return 1;
    case OP_LOAD_FAST__LOAD_FAST:
        return 2;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_SUBSCR:
    case OP_BINARY_OP: case OP_COMPARE_OP: case OP_IS_OP: case OP_CONTAINS_OP:
    case OP_LIST_APPEND: case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE:
    case OP_DICT_UPDATE: case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE:
    case OP_RETURN_VALUE: case OP_IMPORT_STAR: case OP_POP_EXCEPT: case OP_RERAISE:
    case OP_YIELD_FROM: case OP_PRINT_EXPR: case OP_BINARY_OP_ADD: case OP_BINARY_OP_SUB:
    case OP_BINARY_OP_MUL:
        return -1;
    case OP_STORE_FAST__STORE_FAST:
        return -2;
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD:
        return -2;
    case OP_STORE_SUBSCR: case OP_SWAP_STORE_SUBSCR:
        return -3;
    case OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING: case OP_BUILD_SLICE:
        return 1 - n;
    case OP_BUILD_MAP:
        return 1 - 2 * n;
    case OP_UNPACK_SEQUENCE:
        return n - 1;
    case OP_UNPACK_EX:
        return (n & 0xff) + (n >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case OP_FOR_ITER:
        return jump ? -1 : 1;
    case OP_CALL:
        return -(n + 1);
    case OP_CALL_KW:
        return -(n + 2);
    case OP_CALL_EX:
        return -(2 + (n & 1));
    case OP_MAKE_FUNCTION:
        return -popcount3(arg);
    case OP_RAISE_VARARGS:
        return -n;
    case OP__COUNT:
        break;
    }
    return 0;
}

/* Instructions after which control never falls through. */
static bool emit_is_terminal(Opcode op) {
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_RETURN_VALUE
        || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static void emit_append(Emitter *e, Opcode op, uint32_t arg) {
    if (arg > INSTR_ARG_MAX) emit_fail(e, "instruction argument too large");
    e->instrs = emit_grow(e->instrs, e->ninstrs, &e->cap, sizeof(EmitInstr));
    e->instrs[e->ninstrs++] = (EmitInstr){ (uint8_t)op, arg, e->pos, e->cur_handler };
    e->depth += emit_stack_effect(op, arg, false);
    if (e->depth < 0) emit_fail(e, "stack underflow");
    if (e->depth > e->maxdepth) e->maxdepth = e->depth;
    if (emit_is_terminal(op)) e->dead = true;
}

void emit_op(Emitter *e, Opcode op, uint32_t arg) {
    if (e->dead) return;
    emit_append(e, op, arg);
}

void emit_jump(Emitter *e, Opcode op, int label) {
    if (e->dead) return;
    if (op == OP_JUMP_FORWARD && e->labels[label].pos >= 0) op = OP_JUMP_BACKWARD;
    int taken = e->depth + emit_stack_effect(op, 0, true);
    if (taken > e->maxdepth) e->maxdepth = taken;
    emit_reach(e, label, taken);
    emit_append(e, op, (uint32_t)label);
}

/* Same constant for the pool: same type and same value, where floats are
 * compared bit for bit (so 0.0 and -0.0 differ) and tuples item by item. */
static bool emit_const_same(Value a, Value b) {
    if (a == b) return true;
    if (IS_SMALLINT(a) || IS_SMALLINT(b)) return false;
    Type *t = AS_OBJ(a)->type;
    if (t != AS_OBJ(b)->type) return false;
    if (t == &float_type) {
        double x = FLOAT_VAL(a), y = FLOAT_VAL(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &str_type) return str_eq(a, b);
    if (t == &bytes_type)
        return BYTES_LEN(a) == BYTES_LEN(b) && memcmp(BYTES_DATA(a), BYTES_DATA(b), BYTES_LEN(a)) == 0;
    if (t == &int_type) {
        int r = obj_eq(a, b);
        if (r < 0) err_clear();
        return r == 1;
    }
    if (t == &tuple_type) {
        if (TUPLE_LEN(a) != TUPLE_LEN(b)) return false;
        for (size_t i = 0; i < TUPLE_LEN(a); i++)
            if (!emit_const_same(TUPLE_GET(a, i), TUPLE_GET(b, i))) return false;
        return true;
    }
    return false;
}

uint32_t emit_const_index(Emitter *e, Value v) {
    for (size_t i = 0; i < e->nconsts; i++)
        if (emit_const_same(e->consts[i], v)) return (uint32_t)i;
    e->consts = emit_grow(e->consts, e->nconsts, &e->constcap, sizeof(Value));
    e->consts[e->nconsts] = NEWREF(v);
    return (uint32_t)e->nconsts++;
}

void emit_load_const(Emitter *e, Value v) {
    emit_op(e, OP_LOAD_CONST, emit_const_index(e, v));
}

void emit_load_const_steal(Emitter *e, Value v) {
    emit_load_const(e, v);
    DECREF(v);
}

uint32_t emit_name_index(Emitter *e, const char *name) {
    for (size_t i = 0; i < e->nnames; i++)
        if (strcmp(STR_DATA(e->names[i]), name) == 0) return (uint32_t)i;
    e->names = emit_grow(e->names, e->nnames, &e->namecap, sizeof(Value));
    e->names[e->nnames] = str_intern(str_from_cstr(name));
    return (uint32_t)e->nnames++;
}

int emit_handler_push(Emitter *e, int label, int depth) {
    e->handlers = emit_grow(e->handlers, e->nhandlers, &e->hcap, sizeof(EmitHandler));
    e->handlers[e->nhandlers] = (EmitHandler){ label, depth, e->cur_handler };
    if (!e->dead) emit_reach(e, label, depth + 1);
    e->cur_handler = (int32_t)e->nhandlers;
    return (int)e->nhandlers++;
}

void emit_handler_pop(Emitter *e) {
    if (e->cur_handler < 0) {
        emit_fail(e, "handler stack underflow");
        return;
    }
    e->cur_handler = e->handlers[e->cur_handler].parent;
}

/* The exception table: one entry per run of instructions with a handler. */
static ExcEntry *emit_exctable(Emitter *e, uint32_t *nexc) {
    size_t n = 0;
    for (size_t i = 0; i < e->ninstrs; i++)
        if (e->instrs[i].handler >= 0 && (i == 0 || e->instrs[i - 1].handler != e->instrs[i].handler))
            n++;
    ExcEntry *tab = n ? mem_alloc(n * sizeof *tab) : NULL;
    size_t k = 0;
    for (size_t i = 0; i < e->ninstrs; i++) {
        int32_t h = e->instrs[i].handler;
        if (h < 0 || (i > 0 && e->instrs[i - 1].handler == h)) continue;
        size_t j = i;
        while (j < e->ninstrs && e->instrs[j].handler == h) j++;
        EmitHandler *hd = &e->handlers[h];
        tab[k++] = (ExcEntry){ (uint32_t)i, (uint32_t)j,
                               (uint32_t)e->labels[hd->label].pos, (uint32_t)hd->depth };
    }
    *nexc = (uint32_t)n;
    return tab;
}


/* The Code's compact form of a span: columns that do not fit are unknown. */
static CodePos emit_code_pos(const EmitPos *p) {
    bool known = p->col >= 0 && p->end_col >= 0 && p->col <= (int32_t)CODE_COL_MAX &&
                 p->end_col <= (int32_t)CODE_COL_MAX && p->end_line >= p->line;
    return (CodePos){
        .end_line = p->end_line >= p->line ? p->end_line : p->line,
        .col = known ? (uint16_t)p->col : (uint16_t)CODE_COL_UNKNOWN,
        .end_col = known ? (uint16_t)p->end_col : (uint16_t)CODE_COL_UNKNOWN,
    };
}

static bool emit_is_jump(Opcode op) {
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_POP_JUMP_IF_FALSE
        || op == OP_POP_JUMP_IF_TRUE || op == OP_POP_JUMP_IF_NONE
        || op == OP_POP_JUMP_IF_NOT_NONE || op == OP_JUMP_IF_FALSE_OR_POP
        || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER;
}

Code *emit_assemble(Emitter *e, EmitCodeInfo *info) {
    for (size_t i = 0; i < e->nhandlers; i++)
        if (e->labels[e->handlers[i].label].pos < 0) emit_fail(e, "unbound handler label");
    for (size_t i = 0; i < e->ninstrs; i++)
        if (emit_is_jump((Opcode)e->instrs[i].op) && e->labels[e->instrs[i].arg].pos < 0)
            emit_fail(e, "unbound jump label");
    if (e->error) {
        err_format(&exc_SystemError, "compiler error in %U: %s", info->qualname, e->error);
        mem_free(info->cell2arg);
        return NULL;
    }
    uint32_t n = (uint32_t)e->ninstrs;
    uint32_t *code = mem_alloc((n ? n : 1) * sizeof *code);
    int32_t *lines = mem_alloc((n ? n : 1) * sizeof *lines);
    CodePos *positions = mem_alloc((n ? n : 1) * sizeof *positions);
    for (uint32_t i = 0; i < n; i++) {
        EmitInstr *in = &e->instrs[i];
        uint32_t arg = emit_is_jump((Opcode)in->op) ? (uint32_t)e->labels[in->arg].pos : in->arg;
        code[i] = INSTR_MAKE(in->op, arg);
        lines[i] = in->pos.line;
        positions[i] = emit_code_pos(&in->pos);
    }
    uint32_t nexc;
    ExcEntry *tab = emit_exctable(e, &nexc);
    Value consts = tuple_from_array(e->consts, e->nconsts);
    Value names = tuple_from_array(e->names, e->nnames);
    Code *co = code_new(code, n, lines, tab, nexc, consts, names, info->varnames,
                        info->cellvars, info->freevars, info->name, info->qualname,
                        info->filename, info->cell2arg, info->argcount,
                        info->posonlyargcount, info->kwonlyargcount, info->flags,
                        e->maxdepth, info->firstlineno);
    DECREF(consts);
    DECREF(names);
    if (co != NULL) co->positions = positions;
    else mem_free(positions);
    return co;
}
