/* module.h - module objects and the table of built-in modules.
 *
 * vm/ never includes stdlib/: cli/ registers each built-in module's
 * ModuleDef at start-up (import_register_builtin), and import finds them there. */
#ifndef BATON_MODULE_H
#define BATON_MODULE_H

#include "object.h"

/* `watch`: NULL, or a slot that module_dealloc sets to NULL, so that
 * interpreter shutdown (finalize.c) learns which modules died without
 * keeping them alive: a weak reference of one owner. */
typedef struct ModuleObj {
    Obj hdr;
    Value name;
    Value dict;
    struct ModuleObj **watch;
} ModuleObj;
#define IS_MODULE(v) IS_TYPE(v, module_type)
#define MODULE_DICT(v) (((ModuleObj *)AS_OBJ(v))->dict)

typedef struct ModuleDef {
    const char *name;
    const MethodDef *functions;        /* NULL-terminated (name NULL) */
    int (*init)(Value module);         /* adds constants and types; -1 on error */
    const char *py_source;             /* a module written in baton (*.py), or NULL */
} ModuleDef;

Value module_new(Value name);          /* with __name__ set */
Value module_new_cstr(const char *name);
int module_add(Value module, const char *name, Value v);    /* increfs v */
int module_add_functions(Value module, const MethodDef *defs);
int module_add_type(Value module, Type *t);

void import_register_builtin(const ModuleDef *def);
/* import name (dotted allowed); returns the module, new ref. ModuleNotFoundError
 * "No module named 'x'". Order: sys.modules, built-ins, then NAME.py in each
 * directory of sys.path (the script's directory first, then BATONPATH). */
Value import_module(Value name);
Value import_module_cstr(const char *name);
/* Run source as module __main__ (or `name`) and return the module. */
Value import_exec_source(const char *name, const char *src, size_t len, const char *filename);

/* Added by runtime (import.c): */
bool import_has_builtin(const char *name);
/* Read a whole source file into a mem_alloc'd, NUL-terminated buffer;
 * NULL with errno set (and no exception) on failure. */
char *import_read_source(const char *path, size_t *len);
/* `baton -m NAME`: find the module's source (built-in py_source or NAME.py on
 * sys.path), set sys.argv[0] to its path and run it as __main__. Returns the
 * module, or VAL_NULL with ModuleNotFoundError/ImportError or its error set. */
Value import_run_main(const char *name);

/* requested by repl (implemented at the end of import.c): the registered
 * built-in modules, for tab completion after `import `. i < count. */
size_t import_builtin_count(void);
const char *import_builtin_name(size_t i);

#endif
