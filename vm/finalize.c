/* finalize.c - interpreter shutdown from its first collection on, in the
 * order of CPython 3.11's Py_FinalizeEx and finalize_modules.
 *
 * 1. A full collection while everything is intact, if the collector is
 *    enabled (gc.callbacks hear of this one only): the program's cyclic
 *    garbage gets its __del__ methods run first.
 * 2. From here on tracebacks quote no source lines (CPython's import
 *    system, which reads them, is gone). The usual hiding places of user
 *    values are reset: builtins._ and sys.path/argv/ps1/ps2/last_* become
 *    None, sys.stdin/stdout/stderr the original streams again (a
 *    replacement stream dies here).
 * 3. Every module leaves sys.modules (its entry becomes None, then the dict
 *    is emptied) and interp_main lets __main__ go. A module nothing else
 *    holds dies at once; its dict, in a cycle with the functions defined in
 *    it as most are, becomes cyclic garbage.
 * 4. A full collection frees that garbage. Its finalizers all run before
 *    anything is cleared, in the order of the collector's lists (about the
 *    order of allocation), each seeing the globals intact: the order in
 *    which python3 finalizes a script's globals.
 * 5. Modules still alive (held from C, or by an object that survived) get
 *    their globals set to None, the latest imported first; sys and builtins
 *    go last, in that order.
 * 6. A last collection for the cycles step 5 released.
 *
 * Step 3 learns which modules died without holding them: each module's
 * `watch` points to its slot in a table that module_dealloc empties (a weak
 * reference with one owner).
 *
 * A program can only see the teardown through finalizers and through files
 * flushed as they die. When no object has a finalizer left to run and no
 * file but the standard streams is open, all of it is skipped: it would
 * only free memory, which the exit frees anyway (`baton -c pass` pays one
 * walk of the collector's lists).
 */
#include "dict.h"
#include "error.h"
#include "fileobject.h"
#include "finalize.h"
#include "gc.h"
#include "module.h"
#include "names.h"
#include "thread.h"
#include "traceback.h"

/* The modules of sys.modules in import order; an entry becomes NULL when its
 * module is freed. */
typedef struct {
    ModuleObj **mods;
    size_t n;
} FinalizeTable;

static void finalize_set(Value d, const char *name, Value v) {
    if (dict_set_cstr(d, name, v) < 0) err_clear();
}

/* Step 2 (CPython's finalize_modules_delete_special): names absent from
 * sys stay absent. */
static void finalize_delete_special(void) {
    static const char *const sys_deletes[] = {
        "path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
    };
    static const char *const sys_files[][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"},
    };
    if (interp_main.builtins != VAL_NULL && dict_get_cstr(interp_main.builtins, "_") != VAL_NULL)
        finalize_set(interp_main.builtins, "_", VAL_NONE);
    if (interp_main.sys_module == VAL_NULL) return;
    Value sysd = MODULE_DICT(interp_main.sys_module);
    for (size_t i = 0; i < sizeof sys_deletes / sizeof sys_deletes[0]; i++)
        if (dict_get_cstr(sysd, sys_deletes[i]) != VAL_NULL) finalize_set(sysd, sys_deletes[i], VAL_NONE);
    for (size_t i = 0; i < sizeof sys_files / sizeof sys_files[0]; i++) {
        Value orig = dict_get_cstr(sysd, sys_files[i][1]);
        finalize_set(sysd, sys_files[i][0], orig != VAL_NULL ? orig : VAL_NONE);
    }
    err_clear();
}

/* Step 3: the modules of sys.modules go into the table (watched), their
 * entries become None in order, then sys.modules is emptied. A module a
 * finalizer imports meanwhile is not in the table: it stays as it is. */
static FinalizeTable finalize_remove_modules(void) {
    Value modules = interp_main.modules;
    FinalizeTable t = {mem_alloc((DICT_LEN(modules) + 1) * sizeof(ModuleObj *)), 0};
    size_t cap = DICT_LEN(modules), pos = 0;
    Value name, mod;
    CLEAR(interp_main.main_module);
    while (t.n < cap && dict_next(modules, &pos, &name, &mod)) {
        if (!IS_MODULE(mod)) continue;
        ModuleObj *m = (ModuleObj *)AS_OBJ(mod);
        if (m->watch != NULL) continue;   /* listed twice in sys.modules */
        t.mods[t.n] = m;
        m->watch = &t.mods[t.n++];
        if (dict_set(modules, name, VAL_NONE) < 0) err_clear();
    }
    dict_clear(modules);
    return t;
}

/* Does key start with exactly one underscore? */
static bool finalize_single_underscore(Value key) {
    const char *s = STR_DATA(key);
    return STR_NBYTES(key) > 0 && s[0] == '_' && (STR_NBYTES(key) == 1 || s[1] != '_');
}

/* One pass of CPython's _PyModule_ClearDict: values become None (replaced,
 * not deleted, so the dict keeps its shape while destructors run), either
 * those of names with one leading underscore or all but __builtins__
 * (destructors of objects defined in the module still find the builtins). */
static void finalize_clear_pass(Value d, bool underscored_only) {
    size_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        if (IS_NONE(value) || !IS_STR(key)) continue;
        if (underscored_only ? !finalize_single_underscore(key) : str_eq(key, names.__builtins__)) continue;
        if (dict_set(d, key, VAL_NONE) < 0) err_clear();
    }
}

/* The names with one leading underscore first, to make the order in which
 * a module's objects die a little more predictable, then the others. */
static void finalize_clear_dict(Value d) {
    INCREF(d);
    finalize_clear_pass(d, true);
    finalize_clear_pass(d, false);
    DECREF(d);
}

/* Step 5: the survivors of the table, latest first, but sys and builtins
 * (everything refers to them: they are cleared last). Every watch is
 * removed before the table goes. */
static void finalize_clear_survivors(FinalizeTable *t) {
    Value sys_dict = interp_main.sys_module != VAL_NULL ? MODULE_DICT(interp_main.sys_module) : VAL_NULL;
    for (size_t i = t->n; i-- > 0;) {
        ModuleObj *m = t->mods[i];
        if (m == NULL || m->dict == sys_dict || m->dict == interp_main.builtins) continue;
        Value mod = NEWREF(OBJ_VAL(&m->hdr));
        finalize_clear_dict(m->dict);
        DECREF(mod);
    }
    for (size_t i = 0; i < t->n; i++)
        if (t->mods[i] != NULL) t->mods[i]->watch = NULL;
    mem_free(t->mods);
    if (sys_dict != VAL_NULL) finalize_clear_dict(sys_dict);
    if (interp_main.builtins != VAL_NULL) finalize_clear_dict(interp_main.builtins);
}

/* Could the teardown show anything? Only through finalizers (gc.h: every
 * object with one is tracked) and files, which flush when they die. */
static bool finalize_observable(void) {
    return gc_finalizers_pending() || fileobject_others_open();
}

void finalize_interpreter(void) {
    gc_collect_if_enabled();
    if (interp_main.modules == VAL_NULL || !finalize_observable()) return;
    traceback_stop_quoting();
    finalize_delete_special();
    FinalizeTable t = finalize_remove_modules();
    gc_collect_at_exit();
    finalize_clear_survivors(&t);
    gc_collect_at_exit();
}
