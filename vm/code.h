/* code.h - the code object: what the compiler produces and the VM runs.
 *
 * Local slots of a frame ("localsplus") are laid out as:
 *   [0, nlocals)                  fast locals (co_varnames: arguments first),
 *   [nlocals, nlocals + ncells)   cells for co_cellvars,
 *   [.., + nfree)                 cells for co_freevars (copied from the closure),
 * and LOAD_DEREF etc. take an index i into cellvars ++ freevars, i.e. slot
 * nlocals + i. If a cellvar is also an argument, cell2arg says which, and the
 * frame set-up moves the argument into the new cell; the compiler then uses
 * only DEREF ops for that name.
 *
 * Exception table: on an exception raised by instruction pc, the VM takes
 * the FIRST entry with start <= pc < end (the compiler emits inner blocks
 * before the blocks enclosing them), pops the value stack down to `depth`
 * items, pushes the exception instance and jumps to `target`. No entry: the
 * frame exits with the exception. The VM adds a traceback entry for
 * (code, line of pc) when an exception is raised in or propagates into a
 * frame, except for RERAISE.
 */
#ifndef BATON_CODE_H
#define BATON_CODE_H

#include "object.h"

/* co_flags */
#define CO_VARARGS 0x04
#define CO_VARKEYWORDS 0x08
#define CO_NESTED 0x10
#define CO_GENERATOR 0x20
#define CO_COROUTINE 0x80
#define CO_MODULE 0x1000      /* module body: uses LOAD_NAME/STORE_NAME on globals */
#define CO_CLASSBODY 0x2000   /* class body: run with a fresh locals dict */

typedef struct {
    uint32_t start, end;     /* instruction range [start, end) covered */
    uint32_t target;         /* handler's first instruction */
    uint32_t depth;          /* value-stack depth to unwind to before pushing exc */
} ExcEntry;

/* The source span of one instruction beyond its start line (CPython's
 * co_positions): the end line, and 0-based UTF-8 byte columns, col in the
 * start line and end_col (exclusive) in the end line. Columns beyond
 * CODE_COL_MAX are stored as CODE_COL_UNKNOWN, as are unknown ones. */
typedef struct {
    int32_t end_line;
    uint16_t col, end_col;
} CodePos;
#define CODE_COL_UNKNOWN 0xFFFFu
#define CODE_COL_MAX 0xFFFEu

typedef struct Code {
    Obj hdr;
    uint32_t *instrs;        /* owned, ninstrs long */
    uint32_t ninstrs;
    int32_t *lines;          /* owned: source line of each instruction */
    CodePos *positions;      /* owned, ninstrs long, or NULL: set after code_new by the compiler */
    ExcEntry *exctable;      /* owned, nexc long */
    uint32_t nexc;
    Value consts;            /* tuple */
    Value names;             /* tuple of interned str: globals, attributes, imports */
    Value varnames;          /* tuple of str: fast locals, arguments first */
    Value cellvars;          /* tuple of str */
    Value freevars;          /* tuple of str */
    Value name;              /* str: "f", "<module>", "<listcomp>", "<lambda>" */
    Value qualname;          /* str: "C.f", "f.<locals>.g" */
    Value filename;          /* str */
    int32_t *cell2arg;       /* owned, ncells long, -1 where not an argument; may be NULL */
    int argcount;            /* positional args, incl. positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int flags;               /* CO_* */
    int nlocals;             /* len(varnames) */
    int ncells;              /* len(cellvars) */
    int nfree;               /* len(freevars) */
    int stacksize;           /* max value-stack depth the code needs */
    int firstlineno;
    void *caches;            /* the VM's inline caches, allocated lazily by eval.c */
} Code;

/* Takes ownership of instrs, lines, exctable and cell2arg (mem_alloc'd);
 * borrows the Values. Computes nlocals/ncells/nfree from the tuples. */
Code *code_new(uint32_t *instrs, uint32_t ninstrs, int32_t *lines,
               ExcEntry *exctable, uint32_t nexc, Value consts, Value names,
               Value varnames, Value cellvars, Value freevars, Value name,
               Value qualname, Value filename, int32_t *cell2arg, int argcount,
               int posonlyargcount, int kwonlyargcount, int flags,
               int stacksize, int firstlineno);
int code_line_of(const Code *co, uint32_t pc);   /* the source line of instruction pc */
/* The span of instruction pc: false when its columns are not known. */
bool code_span_of(const Code *co, uint32_t pc, int *line, int *end_line, int *col, int *end_col);

/* Compiling source: installed by cli/ (vm/ never includes compiler/ headers).
 * mode: COMPILE_EXEC a module, COMPILE_EVAL one expression (eval()),
 * COMPILE_SINGLE an interactive statement (expression statements PRINT_EXPR).
 * Returns a Code object, or VAL_NULL with SyntaxError set. */
typedef enum { COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE } CompileMode;
typedef Value (*CompileFn)(const char *src, size_t len, const char *filename, CompileMode mode);
void vm_set_compiler(CompileFn fn);
Value vm_compile(const char *src, size_t len, const char *filename, CompileMode mode);

#endif
