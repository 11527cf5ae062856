/* dismodule.c - the `_dis` module behind dis.py: the disassembler of
 * compiler/dis.c (the one `baton --dis` uses) and the opcode tables.
 *
 *   _dis.code_text(code, depth, line_offset)   the disassembly as a str;
 *                                depth: how many levels of nested code
 *                                objects (None: all); line_offset is added
 *                                to the line numbers
 *   _dis.instructions(code, line_offset)   a list of tuples of
 *                                dis.Instruction's fields, one per instruction
 *   _dis.opname                  list of 256 names, "<N>" where no opcode
 *   _dis.opmap                   {name: number} of the opcodes the compiler emits
 *
 * This file reaches into compiler/ (dis.h) as cli/ does: stdlib and compiler
 * both sit above vm/, and neither is included from vm/. */
#include "dict.h"
#include "dis.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "quicken.h"
#include "registry.h"
#include "str.h"

/* A code object argument of name(). */
static int dis_check_code(const char *name, Value v) {
    if (IS_TYPE(v, code_type)) return 0;
    err_format(&exc_TypeError, "%s() argument must be code, not %T", name, v);
    return -1;
}

/* A line offset argument, limited so that offset lines stay in an int. */
static int dis_line_offset(Value v, int *out) {
    int64_t n;
    if (int_as_i64(v, &n) < 0) return -1;
    if (n < -INT32_MAX / 2 || n > INT32_MAX / 2) {
        err_set_str(&exc_OverflowError, "line offset out of range");
        return -1;
    }
    *out = (int)n;
    return 0;
}

static Value dis_code_text_fn(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("code_text", kwnames) < 0 || args_count("code_text", nargs, 3, 3) < 0)
        return VAL_NULL;
    if (dis_check_code("code_text", args[0]) < 0) return VAL_NULL;
    int64_t depth = -1;
    if (!IS_NONE(args[1]) && int_as_i64(args[1], &depth) < 0) return VAL_NULL;
    if (depth < -1 || depth > INT32_MAX) depth = -1;
    int offset;
    if (dis_line_offset(args[2], &offset) < 0) return VAL_NULL;
    return dis_code_text(args[0], (int)depth, offset);
}

static Value dis_instructions_fn(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("instructions", kwnames) < 0 || args_count("instructions", nargs, 2, 2) < 0)
        return VAL_NULL;
    int offset;
    if (dis_check_code("instructions", args[0]) < 0 || dis_line_offset(args[1], &offset) < 0)
        return VAL_NULL;
    return dis_instructions(args[0], offset);
}

static int dis_add_tables(Value module) {
    Value names = list_new(256), map = dict_new();
    int rc = 0;
    for (int op = 0; op < 256; op++) {
        Value name = op < OP__COUNT ? str_from_cstr(dis_opname((Opcode)op)) : str_printf("<%d>", op);
        if (op < OP__COUNT && quicken_plain((Opcode)op) == (Opcode)op && rc == 0)
            rc = dict_set(map, name, FROM_SMALLINT(op));
        LIST_SET(names, op, name);
    }
    if (rc == 0) rc = module_add(module, "opname", names);
    if (rc == 0) rc = module_add(module, "opmap", map);
    DECREF(names);
    DECREF(map);
    return rc;
}

static const MethodDef dis_functions[] = {
    {"code_text", dis_code_text_fn, 0},
    {"instructions", dis_instructions_fn, 0},
    {NULL, NULL, 0},
};

const ModuleDef dis_c_module_def = {"_dis", dis_functions, dis_add_tables, NULL};
