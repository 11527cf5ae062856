/* dis.c - print code objects in the style of CPython 3.11's `dis` module.
 * The opcode names and argument kinds come from the one X-macro list in
 * vm/opcodes.h, so the disassembler cannot disagree with the compiler. */
#include <stdlib.h>
#include <string.h>

#include "dis.h"
#include "error.h"
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

/* Print repr(v) (errors are swallowed: the disassembler only reports). */
static void dis_repr(Value v, FILE *out) {
    Value r = obj_repr(v);
    if (r == VAL_NULL) {
        err_clear();
        fputs("?", out);
        return;
    }
    fputs(STR_DATA(r), out);
    DECREF(r);
}

static const char *dis_cell_name(const Code *co, uint32_t i) {
    if (i < (uint32_t)co->ncells) return STR_DATA(TUPLE_GET(co->cellvars, i));
    i -= (uint32_t)co->ncells;
    if (i < (uint32_t)co->nfree) return STR_DATA(TUPLE_GET(co->freevars, i));
    return "?";
}

static void dis_code_header(const Code *co, FILE *out) {
    fprintf(out, "<code object %s at %p, file \"%s\", line %d>", STR_DATA(co->name),
            (const void *)co, STR_DATA(co->filename), co->firstlineno);
}

/* The "(meaning)" part of an instruction. */
static void dis_argrepr(const Code *co, Opcode op, uint32_t arg, FILE *out) {
    switch (dis_arg_kind(op)) {
    case ARG_CONST: {
        if (arg >= TUPLE_LEN(co->consts)) break;
        Value v = TUPLE_GET(co->consts, arg);
        fputs(" (", out);
        if (IS_TYPE(v, code_type)) dis_code_header((const Code *)AS_OBJ(v), out);
        else dis_repr(v, out);
        fputs(")", out);
        break;
    }
    case ARG_NAME:
        if (arg < TUPLE_LEN(co->names)) fprintf(out, " (%s)", STR_DATA(TUPLE_GET(co->names, arg)));
        break;
    case ARG_LOCAL:
        if (arg < TUPLE_LEN(co->varnames)) fprintf(out, " (%s)", STR_DATA(TUPLE_GET(co->varnames, arg)));
        break;
    case ARG_CELL: fprintf(out, " (%s)", dis_cell_name(co, arg)); break;
    case ARG_JUMP: fprintf(out, " (to %u)", arg * 2); break;
    case ARG_BINOP: {
        uint32_t b = arg & ~(uint32_t)BINOP_INPLACE;
        if (b < BINOP_COUNT) fprintf(out, " (%s%s)", dis_binops[b], (arg & BINOP_INPLACE) ? "=" : "");
        break;
    }
    case ARG_CMP:
        if (arg < 6) fprintf(out, " (%s)", dis_cmpops[arg]);
        break;
    default: break;
    }
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

static void dis_one(const Code *co, FILE *out) {
    bool *targets = dis_targets(co);
    int width = dis_digits(co->ninstrs * 2);
    if (width < 4) width = 4;
    int32_t prev_line = -1;
    for (uint32_t i = 0; i < co->ninstrs; i++) {
        Opcode op = quicken_plain(INSTR_OP(co->instrs[i]));
        uint32_t arg = INSTR_ARG(co->instrs[i]);
        int32_t line = co->lines ? co->lines[i] : -1;
        if (line != prev_line) {
            if (i > 0) fputc('\n', out);
            fprintf(out, "%3d", (int)line);
            prev_line = line;
        } else {
            fputs("   ", out);
        }
        fprintf(out, "     %s %*u ", targets[i] ? ">>" : "  ", width, i * 2);
        if (dis_has_arg(op)) {
            fprintf(out, "%-20s %5u", dis_opname(op), arg);
            dis_argrepr(co, op, arg, out);
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
static void dis_recursive(const Code *co, int depth, FILE *out) {
    dis_one(co, out);
    if (depth == 0) return;
    for (size_t i = 0; i < TUPLE_LEN(co->consts); i++) {
        Value v = TUPLE_GET(co->consts, i);
        if (!IS_TYPE(v, code_type)) continue;
        fputs("\nDisassembly of ", out);
        dis_code_header((const Code *)AS_OBJ(v), out);
        fputs(":\n", out);
        dis_recursive((const Code *)AS_OBJ(v), depth - 1, out);
    }
}

void dis_code(Value code, FILE *out) {
    dis_recursive((const Code *)AS_OBJ(code), -1, out);
}

Value dis_code_text(Value code, int depth) {
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (out == NULL) return err_no_memory();
    dis_recursive((const Code *)AS_OBJ(code), depth, out);
    fclose(out);
    Value s = str_from_utf8(text, len);
    free(text);
    return s;
}
