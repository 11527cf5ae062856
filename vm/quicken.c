/* quicken.c - superinstructions, chosen once per code object.
 *
 * The compiler emits only the plain opcodes (so `baton --dis` matches
 * `python3 -m dis`); the first time a code object runs, quicken_code()
 * replaces the FIRST instruction of some common sequences by an opcode that
 * does the whole sequence and skips the rest. The skipped instructions stay
 * in place, unchanged, so a jump or an exception handler that lands on one
 * of them still finds a valid plain instruction, the line table and the
 * exception table keep their indexes, and a superinstruction that fails part
 * way advances ip to the instruction that failed before raising.
 */
#include "quicken.h"

#include "object.h"
#include "opcodes.h"

/* BINARY_OP specialised by operator (the argument is kept, so the generic
 * path and the inplace flag still see it); OP_BINARY_OP if none fits. */
static Opcode quicken_binop(uint32_t arg) {
    switch (arg & ~(uint32_t)BINOP_INPLACE) {
    case BINOP_ADD: return OP_BINARY_OP_ADD;
    case BINOP_SUB: return OP_BINARY_OP_SUB;
    case BINOP_MUL: return OP_BINARY_OP_MUL;
    default: return OP_BINARY_OP;
    }
}

/* The superinstruction starting at instrs[i] (whose opcode is op), or op
 * itself when none applies. Only sequences inside [0, n) are fused. */
static Opcode quicken_at(const uint32_t *instrs, uint32_t i, uint32_t n, Opcode op) {
    Opcode next = i + 1 < n ? INSTR_OP(instrs[i + 1]) : OP_NOP;
    Opcode third = i + 2 < n ? INSTR_OP(instrs[i + 2]) : OP_NOP;
    switch (op) {
    case OP_LOAD_FAST:
        if (next == OP_LOAD_FAST && third == OP_BINARY_OP
            && quicken_binop(INSTR_ARG(instrs[i + 2])) != OP_BINARY_OP)
            return OP_LOAD_FAST__LOAD_FAST__BINARY_OP;
        return next == OP_LOAD_FAST ? OP_LOAD_FAST__LOAD_FAST : op;
    case OP_STORE_FAST:
        return next == OP_STORE_FAST ? OP_STORE_FAST__STORE_FAST
             : next == OP_LOAD_FAST ? OP_STORE_FAST__LOAD_FAST : op;
    case OP_COPY:
        /* `c[k] op= v` loads the item with COPY 2, COPY 2, BINARY_SUBSCR */
        return INSTR_ARG(instrs[i]) == 2 && next == OP_COPY && INSTR_ARG(instrs[i + 1]) == 2
            && third == OP_BINARY_SUBSCR ? OP_COPY_SUBSCR : op;
    case OP_SWAP:
        /* ... and stores it back with SWAP 3, SWAP 2, STORE_SUBSCR */
        return INSTR_ARG(instrs[i]) == 3 && next == OP_SWAP && INSTR_ARG(instrs[i + 1]) == 2
            && third == OP_STORE_SUBSCR ? OP_SWAP_STORE_SUBSCR : op;
    case OP_BINARY_OP:
        return quicken_binop(INSTR_ARG(instrs[i]));
    default:
        return op;
    }
}

Opcode quicken_plain(Opcode op) {
    switch (op) {
    case OP_LOAD_FAST__LOAD_FAST:
    case OP_LOAD_FAST__LOAD_FAST__BINARY_OP: return OP_LOAD_FAST;
    case OP_STORE_FAST__STORE_FAST:
    case OP_STORE_FAST__LOAD_FAST: return OP_STORE_FAST;
    case OP_COPY_SUBSCR: return OP_COPY;
    case OP_SWAP_STORE_SUBSCR: return OP_SWAP;
    case OP_BINARY_OP_ADD:
    case OP_BINARY_OP_SUB:
    case OP_BINARY_OP_MUL: return OP_BINARY_OP;
    default: return op;
    }
}

void quicken_code(Code *co) {
    for (uint32_t i = 0; i < co->ninstrs; i++) {
        Opcode op = INSTR_OP(co->instrs[i]);
        Opcode q = quicken_at(co->instrs, i, co->ninstrs, op);
        if (q != op) co->instrs[i] = INSTR_MAKE(q, INSTR_ARG(co->instrs[i]));
    }
}
