/* dis.h - the disassembler behind `baton --dis` (and the dis module). */
#ifndef BATON_DIS_H
#define BATON_DIS_H

#include <stdio.h>

#include "code.h"
#include "opcodes.h"

/* Print code (a Code object) and every code object in its constants, in the
 * layout of `python3 -m dis`: line number at the first instruction of each
 * line, ">>" on jump targets, offset (instruction index * 2, like CPython's
 * byte offsets), name, argument and its meaning; then "ExceptionTable:". */
void dis_code(Value code, FILE *out);
/* The same text as a str, for the dis module (which prints it through
 * sys.stdout); only depth levels of nested code objects (depth < 0: all),
 * line_offset added to every line number (dis.Bytecode's first_line). */
Value dis_code_text(Value code, int depth, int line_offset);
/* The instructions of code (not nested code objects) as a list of tuples
 * with dis.Instruction's fields: (opname, opcode, arg, argval, argrepr,
 * offset, starts_line, is_jump_target, (lineno, end_lineno, col_offset,
 * end_col_offset)). Each holds what the listing of dis_code_text shows for
 * that instruction; line_offset as there (not in the positions, as CPython). */
Value dis_instructions(Value code, int line_offset);

const char *dis_opname(Opcode op);          /* "LOAD_CONST" */
OpArgKind dis_arg_kind(Opcode op);
bool dis_has_arg(Opcode op);

#endif
