/* code.c - code objects, and the hook through which vm/ reaches the compiler.
 *
 * A Code owns its instruction, line, position, exception-table and cell2arg arrays
 * and the inline caches eval.c hangs on it. code_new checks that every
 * opcode exists and every jump and handler target lies inside the code, so
 * that the eval loop can dispatch without range checks.
 */
#include "code.h"
#include "error.h"
#include "int.h"
#include "opcodes.h"
#include "str.h"
#include "tuple.h"

static CompileFn code_compiler;

void vm_set_compiler(CompileFn fn) { code_compiler = fn; }

Value vm_compile(const char *src, size_t len, const char *filename, CompileMode mode) {
    if (code_compiler == NULL) return err_set_str(&exc_SystemError, "no compiler installed");
    return code_compiler(src, len, filename, mode);
}

#define OPCODE_KIND(name, has_arg, kind) kind,
static const OpArgKind code_arg_kind[OP__COUNT] = { OPCODE_LIST(OPCODE_KIND) };
#undef OPCODE_KIND

/* Every opcode known, every jump and handler inside [0, ninstrs). */
static bool code_valid(const uint32_t *instrs, uint32_t n, const ExcEntry *exc, uint32_t nexc) {
    for (uint32_t i = 0; i < n; i++) {
        uint32_t op = instrs[i] & 0xffu;
        if (op >= OP__COUNT) return false;
        if (code_arg_kind[op] == ARG_JUMP && INSTR_ARG(instrs[i]) >= n) return false;
    }
    for (uint32_t i = 0; i < nexc; i++)
        if (exc[i].target >= n || exc[i].start > exc[i].end) return false;
    return n > 0;
}

Code *code_new(uint32_t *instrs, uint32_t ninstrs, int32_t *lines,
               ExcEntry *exctable, uint32_t nexc, Value consts, Value names,
               Value varnames, Value cellvars, Value freevars, Value name,
               Value qualname, Value filename, int32_t *cell2arg, int argcount,
               int posonlyargcount, int kwonlyargcount, int flags,
               int stacksize, int firstlineno) {
    if (!code_valid(instrs, ninstrs, exctable, nexc)) {
        mem_free(instrs);
        mem_free(lines);
        mem_free(exctable);
        mem_free(cell2arg);
        err_set_str(&exc_SystemError, "code_new: invalid bytecode");
        return NULL;
    }
    Code *co = (Code *)obj_alloc(&code_type);
    co->instrs = instrs;
    co->ninstrs = ninstrs;
    co->lines = lines;
    co->positions = NULL;
    co->exctable = exctable;
    co->nexc = nexc;
    co->consts = NEWREF(consts);
    co->names = NEWREF(names);
    co->varnames = NEWREF(varnames);
    co->cellvars = NEWREF(cellvars);
    co->freevars = NEWREF(freevars);
    co->name = NEWREF(name);
    co->qualname = NEWREF(qualname);
    co->filename = NEWREF(filename);
    co->cell2arg = cell2arg;
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->flags = flags;
    co->nlocals = (int)TUPLE_LEN(varnames);
    co->ncells = (int)TUPLE_LEN(cellvars);
    co->nfree = (int)TUPLE_LEN(freevars);
    co->stacksize = stacksize;
    co->firstlineno = firstlineno;
    co->caches = NULL;
    return co;
}

int code_line_of(const Code *co, uint32_t pc) {
    if (co->lines == NULL || pc >= co->ninstrs) return co->firstlineno;
    return co->lines[pc];
}

bool code_span_of(const Code *co, uint32_t pc, int *line, int *end_line, int *col, int *end_col) {
    if (co->positions == NULL || co->lines == NULL || pc >= co->ninstrs) return false;
    const CodePos *p = &co->positions[pc];
    if (p->col == CODE_COL_UNKNOWN || p->end_col == CODE_COL_UNKNOWN) return false;
    *line = co->lines[pc];
    *end_line = p->end_line;
    *col = p->col;
    *end_col = p->end_col;
    return *line > 0 && *end_line >= *line;
}

static void code_dealloc(Obj *o) {
    Code *co = (Code *)o;
    mem_free(co->instrs);
    mem_free(co->lines);
    mem_free(co->positions);
    mem_free(co->exctable);
    mem_free(co->cell2arg);
    mem_free(co->caches);
    DECREF(co->consts);
    DECREF(co->names);
    DECREF(co->varnames);
    DECREF(co->cellvars);
    DECREF(co->freevars);
    DECREF(co->name);
    DECREF(co->qualname);
    DECREF(co->filename);
    obj_free(o);
}

static void code_traverse(Obj *o, VisitFn visit, void *arg) {
    visit(((Code *)o)->consts, arg);
}

static Value code_repr(Value self) {
    Code *co = (Code *)AS_OBJ(self);
    return str_printf("<code object %s at %p, file \"%s\", line %d>", str_cstr(co->name), (void *)co,
                      str_cstr(co->filename), co->firstlineno);
}

#define CODE(v) ((Code *)AS_OBJ(v))
static Value code_get_name(Value s) { return NEWREF(CODE(s)->name); }
static Value code_get_qualname(Value s) { return NEWREF(CODE(s)->qualname); }
static Value code_get_filename(Value s) { return NEWREF(CODE(s)->filename); }
static Value code_get_consts(Value s) { return NEWREF(CODE(s)->consts); }
static Value code_get_names(Value s) { return NEWREF(CODE(s)->names); }
static Value code_get_varnames(Value s) { return NEWREF(CODE(s)->varnames); }
static Value code_get_cellvars(Value s) { return NEWREF(CODE(s)->cellvars); }
static Value code_get_freevars(Value s) { return NEWREF(CODE(s)->freevars); }
static Value code_get_firstlineno(Value s) { return FROM_SMALLINT(CODE(s)->firstlineno); }
static Value code_get_argcount(Value s) { return FROM_SMALLINT(CODE(s)->argcount); }
static Value code_get_posonly(Value s) { return FROM_SMALLINT(CODE(s)->posonlyargcount); }
static Value code_get_kwonly(Value s) { return FROM_SMALLINT(CODE(s)->kwonlyargcount); }
static Value code_get_flags(Value s) { return FROM_SMALLINT(CODE(s)->flags); }
static Value code_get_nlocals(Value s) { return FROM_SMALLINT(CODE(s)->nlocals); }
static Value code_get_stacksize(Value s) { return FROM_SMALLINT(CODE(s)->stacksize); }

static const GetSetDef code_getsets[] = {
    { "co_name", code_get_name, NULL },
    { "co_qualname", code_get_qualname, NULL },
    { "co_filename", code_get_filename, NULL },
    { "co_consts", code_get_consts, NULL },
    { "co_names", code_get_names, NULL },
    { "co_varnames", code_get_varnames, NULL },
    { "co_cellvars", code_get_cellvars, NULL },
    { "co_freevars", code_get_freevars, NULL },
    { "co_firstlineno", code_get_firstlineno, NULL },
    { "co_argcount", code_get_argcount, NULL },
    { "co_posonlyargcount", code_get_posonly, NULL },
    { "co_kwonlyargcount", code_get_kwonly, NULL },
    { "co_flags", code_get_flags, NULL },
    { "co_nlocals", code_get_nlocals, NULL },
    { "co_stacksize", code_get_stacksize, NULL },
    { NULL, NULL, NULL },
};

Type code_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "code",
    .basicsize = sizeof(Code),
    .dealloc = code_dealloc,
    .traverse = code_traverse,
    .repr = code_repr,
    .getattr = obj_generic_getattr,
    .getsets = code_getsets,
};
