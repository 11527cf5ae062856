/* dis.c - print code objects in the style of CPython 3.11's `dis` module.
 * The opcode names and argument kinds come from the one X-macro list in
 * vm/opcodes.h, so the disassembler cannot disagree with the compiler. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dis.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "quicken.h"
#include "str.h"
#include "tuple.h"

#define DIS_NAME(name, has_arg, kind) #name,
static const char *const dis_names[] = { OPCODE_LIST(DIS_NAME) };
#undef DIS_NAME
#define DIS_KIND(name, has_arg, kind) kind,
static const OpArgKind dis_kinds[] = { OPCODE_LIST(DIS_KIND) };
#undef DIS_KIND
#define DIS_HASARG(name, has_arg, kind) has_arg,
static const bool dis_hasarg[] = { OPCODE_LIST(DIS_HASARG) };
#undef DIS_HASARG

const char *dis_opname(Opcode op) {
    return op < OP__COUNT ? dis_names[op] : "<invalid>";
}

OpArgKind dis_arg_kind(Opcode op) {
    return op < OP__COUNT ? dis_kinds[op] : ARG_NONE;
}

bool dis_has_arg(Opcode op) {
    return op < OP__COUNT && dis_hasarg[op];
}

static const char *const dis_binops[] = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"
};
static const char *const dis_cmpops[] = { "<", "<=", "==", "!=", ">", ">=" };

static const char *dis_cell_name(const Code *co, uint32_t i) {
    if (i < (uint32_t)co->ncells) return STR_DATA(TUPLE_GET(co->cellvars, i));
    i -= (uint32_t)co->ncells;
    if (i < (uint32_t)co->nfree) return STR_DATA(TUPLE_GET(co->freevars, i));
    return "?";
}

/* "<code object f at 0x..., file "x.py", line 3>", as a new str. */
static Value dis_code_header(const Code *co) {
    return str_printf("<code object %s at %p, file \"%s\", line %d>", STR_DATA(co->name),
                      (const void *)co, STR_DATA(co->filename), co->firstlineno);
}

/* The meaning of an instruction's argument, which the listing shows in
 * parentheses and Instruction.argrepr holds ("42", "x", "to 32", "+=",
 * ">"): a new str, or VAL_NULL (no error set) when there is none. A repr
 * that fails shows as "?": the disassembler only reports. */
static Value dis_argrepr(const Code *co, Opcode op, uint32_t arg) {
    switch (dis_arg_kind(op)) {
    case ARG_CONST: {
        if (arg >= TUPLE_LEN(co->consts)) return VAL_NULL;
        Value v = TUPLE_GET(co->consts, arg);
        if (IS_TYPE(v, code_type)) return dis_code_header((const Code *)AS_OBJ(v));
        Value r = obj_repr(v);
        if (r != VAL_NULL) return r;
        err_clear();
        return str_from_cstr("?");
    }
    case ARG_NAME:
        return arg < TUPLE_LEN(co->names) ? NEWREF(TUPLE_GET(co->names, arg)) : VAL_NULL;
    case ARG_LOCAL:
        return arg < TUPLE_LEN(co->varnames) ? NEWREF(TUPLE_GET(co->varnames, arg)) : VAL_NULL;
    case ARG_CELL: return str_from_cstr(dis_cell_name(co, arg));
    case ARG_JUMP: return str_printf("to %u", arg * 2);
    case ARG_BINOP: {
        uint32_t b = arg & ~(uint32_t)BINOP_INPLACE;
        if (b >= BINOP_COUNT) return VAL_NULL;
        return str_printf("%s%s", dis_binops[b], (arg & BINOP_INPLACE) ? "=" : "");
    }
    case ARG_CMP: return arg < 6 ? str_from_cstr(dis_cmpops[arg]) : VAL_NULL;
    default: return VAL_NULL;
    }
}

/* Instruction.argval, as CPython's dis resolves it: the constant, the
 * name, the jump target's offset, the comparison's operator; otherwise
 * (counts, binary operators) the argument itself. */
static Value dis_argval(const Code *co, Opcode op, uint32_t arg) {
    switch (dis_arg_kind(op)) {
    case ARG_CONST:
        if (arg < TUPLE_LEN(co->consts)) return NEWREF(TUPLE_GET(co->consts, arg));
        break;
    case ARG_NAME:
        if (arg < TUPLE_LEN(co->names)) return NEWREF(TUPLE_GET(co->names, arg));
        break;
    case ARG_LOCAL:
        if (arg < TUPLE_LEN(co->varnames)) return NEWREF(TUPLE_GET(co->varnames, arg));
        break;
    case ARG_CELL: return str_from_cstr(dis_cell_name(co, arg));
    case ARG_JUMP: return int_from_i64((int64_t)arg * 2);
    case ARG_CMP:
        if (arg < 6) return str_from_cstr(dis_cmpops[arg]);
        break;
    default: break;
    }
    return int_from_i64(arg);
}

/* Marks every instruction that some jump or handler targets. */
static bool *dis_targets(const Code *co) {
    bool *t = mem_calloc(co->ninstrs + 1, sizeof(bool));
    for (uint32_t i = 0; i < co->ninstrs; i++) {
        Opcode op = INSTR_OP(co->instrs[i]);
        uint32_t arg = INSTR_ARG(co->instrs[i]);
        if (dis_arg_kind(op) == ARG_JUMP && arg <= co->ninstrs) t[arg] = true;
    }
    for (uint32_t i = 0; i < co->nexc; i++)
        if (co->exctable[i].target <= co->ninstrs) t[co->exctable[i].target] = true;
    return t;
}

static int dis_digits(uint32_t n) {
    int d = 1;
    while (n >= 10) n /= 10, d++;
    return d;
}

#define DIS_SAME_LINE INT32_MIN

/* The line instruction i starts (the first column of the listing,
 * Instruction.starts_line), or DIS_SAME_LINE when it continues the line of
 * the one before. -1 stands for no line. */
static int32_t dis_starts_line(const Code *co, uint32_t i) {
    int32_t line = co->lines ? co->lines[i] : -1;
    int32_t prev = i > 0 && co->lines ? co->lines[i - 1] : -1;
    return line != prev ? line : DIS_SAME_LINE;
}

/* One code object's listing; line_offset is added to the line numbers
 * (dis.Bytecode's first_line). */
static void dis_one(const Code *co, int line_offset, FILE *out) {
    bool *targets = dis_targets(co);
    int width = dis_digits(co->ninstrs * 2);
    if (width < 4) width = 4;
    for (uint32_t i = 0; i < co->ninstrs; i++) {
        Opcode op = quicken_plain(INSTR_OP(co->instrs[i]));
        uint32_t arg = INSTR_ARG(co->instrs[i]);
        int32_t line = dis_starts_line(co, i);
        if (line != DIS_SAME_LINE) {
            if (i > 0) fputc('\n', out);
            fprintf(out, "%3d", (int)(line < 0 ? line : line + line_offset));
        } else {
            fputs("   ", out);
        }
        fprintf(out, "     %s %*u ", targets[i] ? ">>" : "  ", width, i * 2);
        if (dis_has_arg(op)) {
            fprintf(out, "%-20s %5u", dis_opname(op), arg);
            Value r = dis_argrepr(co, op, arg);
            if (r != VAL_NULL) {
                fputs(" (", out);
                fwrite(STR_DATA(r), 1, STR_NBYTES(r), out);
                fputc(')', out);
                DECREF(r);
            }
        } else {
            fputs(dis_opname(op), out);
        }
        fputc('\n', out);
    }
    mem_free(targets);
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (uint32_t i = 0; i < co->nexc; i++) {
            const ExcEntry *x = &co->exctable[i];
            fprintf(out, "  %u to %u -> %u [%u]\n", x->start * 2, (x->end - 1) * 2, x->target * 2,
                    x->depth);
        }
    }
}

/* co, then the code objects in its constants down to depth more levels
 * (depth < 0: all of them). */
static void dis_recursive(const Code *co, int depth, int line_offset, FILE *out) {
    dis_one(co, line_offset, out);
    if (depth == 0) return;
    for (size_t i = 0; i < TUPLE_LEN(co->consts); i++) {
        Value v = TUPLE_GET(co->consts, i);
        if (!IS_TYPE(v, code_type)) continue;
        Value header = dis_code_header((const Code *)AS_OBJ(v));
        fprintf(out, "\nDisassembly of %s:\n", STR_DATA(header));
        DECREF(header);
        dis_recursive((const Code *)AS_OBJ(v), depth - 1, line_offset, out);
    }
}

void dis_code(Value code, FILE *out) {
    dis_recursive((const Code *)AS_OBJ(code), -1, 0, out);
}

Value dis_code_text(Value code, int depth, int line_offset) {
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (out == NULL) return err_no_memory();
    dis_recursive((const Code *)AS_OBJ(code), depth, line_offset, out);
    fclose(out);
    Value s = str_from_utf8(text, len);
    free(text);
    return s;
}

/* An int, or None for -1 (an unknown line or column). */
static Value dis_int_or_none(int n) {
    return n == -1 ? NEWREF(VAL_NONE) : FROM_SMALLINT(n);
}

/* (lineno, end_lineno, col_offset, end_col_offset) of instruction i, the
 * columns None where the compiler recorded none. */
static Value dis_positions(const Code *co, uint32_t i) {
    int line = co->lines ? co->lines[i] : -1, end_line = -1, col = -1, end_col = -1;
    if (!code_span_of(co, i, &line, &end_line, &col, &end_col)) end_line = col = end_col = -1;
    return tuple_pack_steal(4, dis_int_or_none(line), dis_int_or_none(end_line),
                            dis_int_or_none(col), dis_int_or_none(end_col));
}

/* The fields of dis.Instruction for instruction i, from the same pieces
 * the listing prints. */
static Value dis_instruction(const Code *co, uint32_t i, const bool *targets, int line_offset) {
    Opcode op = quicken_plain(INSTR_OP(co->instrs[i]));
    uint32_t arg = INSTR_ARG(co->instrs[i]);
    bool has_arg = dis_has_arg(op);
    Value argrepr = has_arg ? dis_argrepr(co, op, arg) : VAL_NULL;
    int32_t line = dis_starts_line(co, i);
    return tuple_pack_steal(
        9, str_from_cstr(dis_opname(op)), FROM_SMALLINT(op),
        has_arg ? int_from_i64(arg) : NEWREF(VAL_NONE),
        has_arg ? dis_argval(co, op, arg) : NEWREF(VAL_NONE),
        argrepr != VAL_NULL ? argrepr : str_from_cstr(""), int_from_i64((int64_t)i * 2),
        line < 0 ? NEWREF(VAL_NONE) : int_from_i64((int64_t)line + line_offset),
        NEWREF(VAL_BOOL(targets[i])), dis_positions(co, i));
}

Value dis_instructions(Value code, int line_offset) {
    const Code *co = (const Code *)AS_OBJ(code);
    bool *targets = dis_targets(co);
    Value list = list_new(co->ninstrs);
    for (uint32_t i = 0; i < co->ninstrs; i++)
        LIST_SET(list, i, dis_instruction(co, i, targets, line_offset));
    mem_free(targets);
    return list;
}
