/* quicken.h - rewrite a code object's instructions into superinstructions
 * the first time it runs (see quicken.c). */
#ifndef BATON_QUICKEN_H
#define BATON_QUICKEN_H

#include "code.h"
#include "opcodes.h"

void quicken_code(Code *co);
/* The plain opcode a superinstruction stands in for (the one it replaced,
 * whose argument it keeps); any other opcode itself. The disassembler shows
 * code as the compiler emitted it, whether it has run or not. */
Opcode quicken_plain(Opcode op);

#endif
