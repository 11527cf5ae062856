/* emit.h - the bytecode emitter used by codegen.c.
 *
 * An Emitter collects the instructions of ONE code object: each with its
 * source span (line and columns) and the exception handler that covers it. Jumps name labels;
 * labels resolve to absolute instruction indexes when the code is assembled.
 *
 * Stack depth is tracked exactly while emitting: every label carries the
 * depth at which it is reached, and code that cannot be reached (after an
 * unconditional jump, return or raise, until a label that some jump
 * reaches) is dropped, so the depth is always known. A handler label starts
 * at (depth at try entry) + 1, the exception pushed by the unwinder.
 *
 * Handlers form a tree: pushing one makes it current with the previous one
 * as its parent; every emitted instruction records the current handler. The
 * exception table is built from runs of instructions with the same handler,
 * so entries never overlap.
 */
#ifndef BATON_EMIT_H
#define BATON_EMIT_H

#include <stdint.h>

#include "code.h"
#include "opcodes.h"

/* A source span: lines 1-based, columns 0-based UTF-8 byte offsets, the
 * end exclusive (the AST's convention); col/end_col -1 when unknown. */
typedef struct {
    int32_t line, end_line, col, end_col;
} EmitPos;

typedef struct {
    uint8_t op;
    uint32_t arg;
    EmitPos pos;
    int32_t handler;       /* index into Emitter.handlers, -1: none */
} EmitInstr;

typedef struct {
    int32_t pos;           /* instruction index, -1 until bound */
    int32_t depth;         /* stack depth on arrival, -1 unknown */
} EmitLabel;

typedef struct {
    int32_t label;         /* handler's first instruction */
    int32_t depth;         /* stack depth to unwind to */
    int32_t parent;        /* enclosing handler, -1: none */
} EmitHandler;

typedef struct Emitter {
    EmitInstr *instrs;
    size_t ninstrs, cap;
    EmitLabel *labels;
    size_t nlabels, labcap;
    EmitHandler *handlers;
    size_t nhandlers, hcap;
    int32_t cur_handler;
    Value *consts;         /* owned references */
    size_t nconsts, constcap;
    Value *names;          /* owned references (interned str) */
    size_t nnames, namecap;
    int depth, maxdepth;
    bool dead;             /* the next instruction is unreachable */
    EmitPos pos;           /* the span the next instructions take */
    const char *error;     /* internal inconsistency (a compiler bug), or NULL */
} Emitter;

void emit_init(Emitter *e);
void emit_free(Emitter *e);

int emit_label(Emitter *e);                      /* a new unbound label */
void emit_bind(Emitter *e, int label);           /* place it here */
void emit_op(Emitter *e, Opcode op, uint32_t arg);
/* A jump to label: POP_JUMP_IF_*, JUMP_IF_*_OR_POP, FOR_ITER, or JUMP
 * (pass OP_JUMP_FORWARD: becomes JUMP_BACKWARD if the label is bound). */
void emit_jump(Emitter *e, Opcode op, int label);

/* Constant pool: returns the index of v, adding it if no equal constant of
 * the same type is present (1, 1.0, True, 0.0 and -0.0 stay distinct).
 * v is borrowed. */
uint32_t emit_const_index(Emitter *e, Value v);
void emit_load_const(Emitter *e, Value v);       /* borrowed */
void emit_load_const_steal(Emitter *e, Value v); /* takes v's reference */
uint32_t emit_name_index(Emitter *e, const char *name);

/* Exception handlers. push: instructions emitted from now on are covered
 * by a handler at label that unwinds the stack to depth items (the handler
 * starts with depth + 1: the exception). Pushed in unreachable code, the
 * handler stays unreachable. Returns the handler id. pop: back to its
 * parent (codegen may also set cur_handler directly to a saved id). */
int emit_handler_push(Emitter *e, int label, int depth);
void emit_handler_pop(Emitter *e);

/* Stack effect of one instruction (jump: the effect when the jump is taken). */
int emit_stack_effect(Opcode op, uint32_t arg, bool jump);

/* Build the Code object; NULL with an exception set on error. */
typedef struct {
    Value varnames, cellvars, freevars, name, qualname, filename; /* borrowed */
    int32_t *cell2arg;     /* given to the code, may be NULL */
    int argcount, posonlyargcount, kwonlyargcount, flags, firstlineno;
} EmitCodeInfo;
Code *emit_assemble(Emitter *e, EmitCodeInfo *info);

#endif
