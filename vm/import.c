/* import.c - `import`: sys.modules, built-in modules, and NAME.py files.
 *
 * import_module(name) looks in sys.modules, then the table of built-in
 * ModuleDefs that cli/ registered at start-up, then searches sys.path (or a
 * package's __path__ for a submodule) for NAME/__init__.py and NAME.py. A
 * module is put into sys.modules BEFORE its body runs, so a circular import
 * sees the partly initialised module; if the body fails it is removed again,
 * so a later import retries. `import a.b` imports a first, then a.b, and
 * binds b as an attribute of a. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "code.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "list.h"
#include "module.h"
#include "names.h"
#include "str.h"
#include "thread.h"

#define IMPORT_MAX_BUILTINS 128

static const ModuleDef *import_builtins[IMPORT_MAX_BUILTINS];
static size_t import_nbuiltins;

/* Registers def; a second def with the same name replaces the first. */
void import_register_builtin(const ModuleDef *def) {
    for (size_t i = 0; i < import_nbuiltins; i++) {
        if (strcmp(import_builtins[i]->name, def->name) == 0) {
            import_builtins[i] = def;
            return;
        }
    }
    if (import_nbuiltins == IMPORT_MAX_BUILTINS) {
        fprintf(stderr, "baton: too many built-in modules (raise IMPORT_MAX_BUILTINS)\n");
        abort();
    }
    import_builtins[import_nbuiltins++] = def;
}

static const ModuleDef *import_find_builtin(const char *name) {
    for (size_t i = 0; i < import_nbuiltins; i++)
        if (strcmp(import_builtins[i]->name, name) == 0) return import_builtins[i];
    return NULL;
}

bool import_has_builtin(const char *name) { return import_find_builtin(name) != NULL; }

char *import_read_source(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) return NULL;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        errno = EISDIR;
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = mem_alloc(cap);
    for (;;) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        cap *= 2;
        buf = mem_realloc(buf, cap);
    }
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed) {
        mem_free(buf);
        errno = saved;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Compiles src and runs it with the module's dict as globals. */
static int import_exec_in(Value module, const char *src, size_t len, const char *filename) {
    Value code = vm_compile(src, len, filename, COMPILE_EXEC);
    if (code == VAL_NULL) return -1;
    Value r = eval_code(code, MODULE_DICT(module), VAL_NULL);
    DECREF(code);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

/* Drops name from sys.modules after a failed load, keeping the exception. */
static void import_forget(Value name) {
    Value exc = err_fetch();
    if (dict_del(interp_main.modules, name) < 0) err_clear();
    err_restore(exc);
}

/* The module now registered under name (a body may have replaced itself in
 * sys.modules), new ref; m is released. */
static Value import_finish(Value name, Value m) {
    Value cur = dict_get(interp_main.modules, name);
    Value r = cur != VAL_NULL ? NEWREF(cur) : VAL_NULL;
    if (r == VAL_NULL && !err_occurred())
        err_format(&exc_ImportError, "Loaded module %R not found in sys.modules", name);
    DECREF(m);
    return r;
}

static Value import_load_builtin(Value name, const ModuleDef *def) {
    Value m = module_new(name);
    if (m == VAL_NULL) return VAL_NULL;
    if (dict_set(interp_main.modules, name, m) < 0) {
        DECREF(m);
        return VAL_NULL;
    }
    if ((def->functions != NULL && module_add_functions(m, def->functions) < 0) ||
        (def->init != NULL && def->init(m) < 0))
        goto fail;
    if (def->py_source != NULL) {
        char filename[256];
        snprintf(filename, sizeof filename, "<frozen %s>", def->name);
        if (dict_set(MODULE_DICT(m), names.__builtins__, interp_main.builtins) < 0 ||
            import_exec_in(m, def->py_source, strlen(def->py_source), filename) < 0)
            goto fail;
    }
    return import_finish(name, m);
fail:
    import_forget(name);
    DECREF(m);
    return VAL_NULL;
}

static bool import_is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Looks for leaf/__init__.py, then leaf.py, in dir ("" is the current
 * directory, reported as an absolute path as CPython does). */
static bool import_search_dir(const char *dir, const char *leaf, char *out, size_t outsize,
                              bool *is_pkg) {
    char cwd[PATH_MAX];
    if (dir[0] == '\0') {
        if (getcwd(cwd, sizeof cwd) == NULL) return false;
        dir = cwd;
    }
    const char *slash = dir[strlen(dir) - 1] == '/' ? "" : "/";
    int n = snprintf(out, outsize, "%s%s%s/__init__.py", dir, slash, leaf);
    if (n > 0 && (size_t)n < outsize && import_is_file(out)) {
        *is_pkg = true;
        return true;
    }
    n = snprintf(out, outsize, "%s%s%s.py", dir, slash, leaf);
    *is_pkg = false;
    return n > 0 && (size_t)n < outsize && import_is_file(out);
}

/* sys.path as the program sees it now (it may have replaced the list). */
static Value import_sys_path(void) {
    if (interp_main.sys_module != VAL_NULL) {
        Value p = dict_get_cstr(MODULE_DICT(interp_main.sys_module), "path");
        if (p != VAL_NULL && IS_LIST(p)) return p;
        err_clear();
    }
    return interp_main.path;
}

/* Searches each str directory of the list `dirs` for leaf. */
static bool import_search(Value dirs, const char *leaf, char *out, size_t outsize, bool *is_pkg) {
    if (dirs == VAL_NULL || !IS_LIST(dirs)) return false;
    for (size_t i = 0; i < LIST_LEN(dirs); i++) {
        Value d = LIST_GET(dirs, i);
        if (IS_STR(d) && import_search_dir(str_cstr(d), leaf, out, outsize, is_pkg)) return true;
    }
    return false;
}

/* Sets a module's __file__, __builtins__, __package__ and (for a package)
 * __path__ = [its directory]. */
static int import_set_file_attrs(Value m, Value name, const char *path, bool is_pkg) {
    Value d = MODULE_DICT(m);
    Value file = str_from_cstr(path);
    if (file == VAL_NULL) return -1;
    int rc = dict_set(d, names.__file__, file);
    DECREF(file);
    if (rc < 0 || dict_set(d, names.__builtins__, interp_main.builtins) < 0) return -1;
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    Value pkg = is_pkg ? NEWREF(name) : str_from_utf8(s, dot != NULL ? (size_t)(dot - s) : 0);
    if (pkg == VAL_NULL) return -1;
    rc = dict_set_cstr(d, "__package__", pkg);
    DECREF(pkg);
    if (rc < 0 || !is_pkg) return rc;
    const char *slash = strrchr(path, '/');
    Value dir = str_from_utf8(path, (size_t)(slash - path));
    if (dir == VAL_NULL) return -1;
    Value list = list_new(0);
    rc = list_append(list, dir);
    DECREF(dir);
    if (rc == 0) rc = dict_set_cstr(d, "__path__", list);
    DECREF(list);
    return rc;
}

static Value import_load_file(Value name, const char *path, bool is_pkg) {
    size_t len;
    char *src = import_read_source(path, &len);
    if (src == NULL) return err_from_errno(&exc_OSError, errno, path);
    Value m = module_new(name);
    if (m == VAL_NULL || import_set_file_attrs(m, name, path, is_pkg) < 0 ||
        dict_set(interp_main.modules, name, m) < 0) {
        mem_free(src);
        XDECREF(m);
        return VAL_NULL;
    }
    int rc = import_exec_in(m, src, len, path);
    mem_free(src);
    if (rc < 0) {
        import_forget(name);
        DECREF(m);
        return VAL_NULL;
    }
    return import_finish(name, m);
}

/* Raises ModuleNotFoundError (message from fmt, which takes the module
 * name and its parent package as %R arguments) with its .name set, as
 * CPython's importer does. */
static Value import_not_found(const char *fmt, Value name, Value parent_name) {
    err_format(&exc_ModuleNotFoundError, fmt, name, parent_name);
    Value exc = err_fetch();
    if (obj_setattr(exc, str_intern_cstr("name"), name) < 0) err_clear();
    err_restore(exc);
    return VAL_NULL;
}

/* Loads name (not yet in sys.modules); parent is its package or VAL_NULL. */
static Value import_load(Value name, Value parent, const char *leaf) {
    const ModuleDef *def = import_find_builtin(str_cstr(name));
    if (def != NULL) return import_load_builtin(name, def);
    Value dirs = import_sys_path();
    if (parent != VAL_NULL) {
        dirs = dict_get_cstr(MODULE_DICT(parent), "__path__");
        if (dirs == VAL_NULL) {
            if (err_occurred()) return VAL_NULL;
            return import_not_found("No module named %R; %R is not a package", name,
                                    ((ModuleObj *)AS_OBJ(parent))->name);
        }
    }
    char path[PATH_MAX];
    bool is_pkg;
    if (!import_search(dirs, leaf, path, sizeof path, &is_pkg))
        return import_not_found("No module named %R", name, VAL_NULL);
    return import_load_file(name, path, is_pkg);
}

/* Imports the package part of a dotted name; *leaf points after the dot. */
static Value import_parent(Value name, const char **leaf) {
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    *leaf = dot != NULL ? dot + 1 : s;
    if (dot == NULL) return VAL_NULL;
    Value pname = str_from_utf8(s, (size_t)(dot - s));
    if (pname == VAL_NULL) return VAL_NULL;
    Value parent = import_module(pname);
    DECREF(pname);
    return parent;
}

static bool import_name_valid(Value name) {
    const char *s = str_cstr(name);
    size_t n = STR_NBYTES(name);
    return n > 0 && s[0] != '.' && s[n - 1] != '.' && strstr(s, "..") == NULL;
}

Value import_module(Value name) {
    if (!IS_STR(name)) return err_format(&exc_TypeError, "module name must be str, not %T", name);
    Value m = dict_get(interp_main.modules, name);
    if (m != VAL_NULL) return NEWREF(m);
    if (err_occurred()) return VAL_NULL;
    if (!import_name_valid(name)) {
        if (STR_NBYTES(name) == 0) return err_set_str(&exc_ValueError, "Empty module name");
        return import_not_found("No module named %R", name, VAL_NULL);
    }
    const char *leaf;
    Value parent = import_parent(name, &leaf);
    if (parent == VAL_NULL && err_occurred()) return VAL_NULL;
    m = dict_get(interp_main.modules, name);     /* the parent may have loaded it */
    m = m != VAL_NULL ? NEWREF(m) : import_load(name, parent, leaf);
    if (m != VAL_NULL && parent != VAL_NULL) {
        Value key = str_from_cstr(leaf);
        if (key == VAL_NULL || obj_setattr(parent, key, m) < 0) CLEAR(m);
        XDECREF(key);
    }
    XDECREF(parent);
    return m;
}

Value import_module_cstr(const char *name) {
    Value n = str_from_cstr(name);
    if (n == VAL_NULL) return VAL_NULL;
    Value m = import_module(n);
    DECREF(n);
    return m;
}

/* The existing module registered as name, or a new one put into sys.modules. */
static Value import_main_module(const char *name) {
    Value n = str_from_cstr(name);
    if (n == VAL_NULL) return VAL_NULL;
    Value m = dict_get(interp_main.modules, n);
    if (m != VAL_NULL && IS_MODULE(m)) {
        DECREF(n);
        return NEWREF(m);
    }
    m = module_new(n);
    if (m != VAL_NULL && dict_set(interp_main.modules, n, m) < 0) CLEAR(m);
    DECREF(n);
    return m;
}

Value import_exec_source(const char *name, const char *src, size_t len, const char *filename) {
    Value m = import_main_module(name);
    if (m == VAL_NULL) return VAL_NULL;
    Value d = MODULE_DICT(m);
    int rc = 0;
    if (interp_main.builtins_module != VAL_NULL && dict_get(d, names.__builtins__) == VAL_NULL)
        rc = dict_set(d, names.__builtins__, interp_main.builtins_module);
    if (rc == 0 && filename[0] != '<') {
        Value file = str_from_cstr(filename);
        rc = file == VAL_NULL ? -1 : dict_set(d, names.__file__, file);
        XDECREF(file);
    }
    if (rc < 0 || import_exec_in(m, src, len, filename) < 0) {
        DECREF(m);
        return VAL_NULL;
    }
    return m;
}

/* Points sys.argv[0] at the file `baton -m` runs. */
static int import_set_argv0(const char *path) {
    Value argv = interp_main.argv;
    if (argv == VAL_NULL || !IS_LIST(argv) || LIST_LEN(argv) == 0) return 0;
    Value p = str_from_cstr(path);
    if (p == VAL_NULL) return -1;
    SETREF(LIST_ITEMS(argv)[0], p);
    return 0;
}

Value import_run_main(const char *name) {
    const ModuleDef *def = import_find_builtin(name);
    if (def != NULL) {
        if (def->py_source == NULL)
            return err_format(&exc_ImportError, "No code object available for %s", name);
        return import_exec_source("__main__", def->py_source, strlen(def->py_source), "<frozen>");
    }
    Value n = str_from_cstr(name);
    if (n == VAL_NULL) return VAL_NULL;
    if (!import_name_valid(n)) {
        err_format(&exc_ModuleNotFoundError, "No module named %s", name);
        DECREF(n);
        return VAL_NULL;
    }
    const char *leaf;   /* points into n */
    Value parent = import_parent(n, &leaf);
    if (parent == VAL_NULL && err_occurred()) {
        DECREF(n);
        return VAL_NULL;
    }
    Value dirs = parent != VAL_NULL ? dict_get_cstr(MODULE_DICT(parent), "__path__") : import_sys_path();
    char path[PATH_MAX];
    bool is_pkg = false;
    bool found = import_search(dirs, leaf, path, sizeof path, &is_pkg);
    XDECREF(parent);
    DECREF(n);
    if (!found) return err_format(&exc_ModuleNotFoundError, "No module named %s", name);
    if (is_pkg)
        return err_format(&exc_ImportError, "No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name);
    size_t len;
    char *src = import_read_source(path, &len);
    if (src == NULL) return err_from_errno(&exc_OSError, errno, path);
    Value m = import_set_argv0(path) < 0 ? VAL_NULL : import_exec_source("__main__", src, len, path);
    mem_free(src);
    return m;
}

/* ---- requested by repl: listing the built-in modules (tab completion) ---- */

size_t import_builtin_count(void) { return import_nbuiltins; }

const char *import_builtin_name(size_t i) { return import_builtins[i]->name; }
