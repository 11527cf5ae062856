/* os.c - the os module (processes, environment, files and directories)
 * and its os.path submodule (pure string functions on POSIX paths, plus the
 * stat-based tests). Paths are str; errors are the errno's OSError subclass
 * with the file name, as CPython's. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bytes.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "module.h"
#include "registry.h"
#include "str.h"
#include "tuple.h"

extern char **environ;

/* ---- helpers ---- */

static int os_no_args(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    return args_count(fname, nargs, 0, 0);
}

/* A path argument as a C string (borrowed from the str). */
static int os_path_arg(const char *fname, Value v, const char **out) {
    if (IS_STR(v)) {
        *out = str_cstr(v);
        return 0;
    }
    err_format(&exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
               obj_type_name(v));
    return -1;
}

static Value os_none_or_error(int rc, const char *path) {
    if (rc < 0) return err_from_errno(&exc_OSError, errno, path);
    return NEWREF(VAL_NONE);
}

/* ---- processes ---- */

static Value os_getpid(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (os_no_args("getpid", nargs, kwnames) < 0) return VAL_NULL;
    return FROM_SMALLINT(getpid());
}

static Value os_getppid(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (os_no_args("getppid", nargs, kwnames) < 0) return VAL_NULL;
    return FROM_SMALLINT(getppid());
}

static Value os_cpu_count(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (os_no_args("cpu_count", nargs, kwnames) < 0) return VAL_NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? NEWREF(VAL_NONE) : FROM_SMALLINT(n);
}

static Value os_kill(Value *args, size_t nargs, Value kwnames) {
    Value pidv, sigv;
    int64_t pid, sig;
    if (args_parse("kill", args, nargs, kwnames, "pid,signal", &pidv, &sigv) < 0 ||
        int_as_i64(pidv, &pid) < 0 || int_as_i64(sigv, &sig) < 0)
        return VAL_NULL;
    return os_none_or_error(kill((pid_t)pid, (int)sig), NULL);
}

/* _exit(n): leave at once, without flushing or cleaning up. */
static Value os__exit(Value *args, size_t nargs, Value kwnames) {
    Value nv;
    int64_t n;
    if (args_parse("_exit", args, nargs, kwnames, "status", &nv) < 0 || int_as_i64(nv, &n) < 0)
        return VAL_NULL;
    _exit((int)n);
}

static Value os_strerror(Value *args, size_t nargs, Value kwnames) {
    Value cv;
    int64_t code;
    if (args_parse("strerror", args, nargs, kwnames, "code", &cv) < 0 || int_as_i64(cv, &code) < 0)
        return VAL_NULL;
    return str_from_cstr(strerror((int)code));
}

static Value os_urandom(Value *args, size_t nargs, Value kwnames) {
    Value nv;
    ssize_t n;
    if (args_parse("urandom", args, nargs, kwnames, "size", &nv) < 0 || obj_as_ssize(nv, &n) < 0)
        return VAL_NULL;
    if (n < 0) return err_set_str(&exc_ValueError, "negative argument not allowed");
    unsigned char *buf = mem_alloc((size_t)n + 1);
    for (size_t got = 0; got < (size_t)n;) {
        ssize_t r = getrandom(buf + got, (size_t)n - got, 0);
        if (r < 0 && errno != EINTR) {
            mem_free(buf);
            return err_from_errno(&exc_OSError, errno, NULL);
        }
        if (r > 0) got += (size_t)r;
    }
    Value b = bytes_from(buf, (size_t)n);
    mem_free(buf);
    return b;
}

/* ---- environment ---- */

static Value os_getenv(Value *args, size_t nargs, Value kwnames) {
    Value key, dflt = VAL_NULL;
    if (args_parse("getenv", args, nargs, kwnames, "key|default", &key, &dflt) < 0) return VAL_NULL;
    if (!IS_STR(key)) return err_format(&exc_TypeError, "str expected, not %s", obj_type_name(key));
    const char *v = getenv(str_cstr(key));
    if (v != NULL) return str_from_cstr(v);
    return NEWREF(dflt != VAL_NULL ? dflt : VAL_NONE);
}

/* os.environ: a snapshot dict of the environment at import time. */
static Value os_environ_dict(void) {
    Value d = dict_new();
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) continue;
        Value k = str_from_utf8(*e, (size_t)(eq - *e)), v = str_from_cstr(eq + 1);
        int rc = k == VAL_NULL || v == VAL_NULL ? -1 : dict_set(d, k, v);
        XDECREF(k);
        XDECREF(v);
        if (rc < 0) err_clear();   /* skip entries that are not UTF-8 */
    }
    return d;
}

/* ---- files and directories ---- */

static Value os_getcwd(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (os_no_args("getcwd", nargs, kwnames) < 0) return VAL_NULL;
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) == NULL) return err_from_errno(&exc_OSError, errno, NULL);
    return str_from_cstr(buf);
}

static Value os_listdir(Value *args, size_t nargs, Value kwnames) {
    Value pv = VAL_NULL;
    const char *path = ".";
    if (args_parse("listdir", args, nargs, kwnames, "|path", &pv) < 0 ||
        (pv != VAL_NULL && !IS_NONE(pv) && os_path_arg("listdir", pv, &path) < 0))
        return VAL_NULL;
    DIR *dir = opendir(path);
    if (dir == NULL) return err_from_errno(&exc_OSError, errno, path);
    Value list = list_new(0);
    struct dirent *ent;
    while (list != VAL_NULL && (ent = readdir(dir)) != NULL) {
        if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0) continue;
        Value name = str_from_cstr(ent->d_name);
        if (name == VAL_NULL || list_append(list, name) < 0) CLEAR(list);
        XDECREF(name);
    }
    closedir(dir);
    return list;
}

/* name(path) calling fn(path): None, or OSError from errno (remove, rmdir). */
static Value os_path_call(const char *name, Value *args, size_t nargs, Value kwnames,
                          int (*fn)(const char *)) {
    Value pv;
    const char *path;
    if (args_parse(name, args, nargs, kwnames, "path", &pv) < 0 || os_path_arg(name, pv, &path) < 0)
        return VAL_NULL;
    return os_none_or_error(fn(path), path);
}

/* remove(path) and unlink(path). */
static Value os_remove(Value *args, size_t nargs, Value kwnames) {
    return os_path_call("remove", args, nargs, kwnames, unlink);
}

static Value os_rmdir(Value *args, size_t nargs, Value kwnames) {
    return os_path_call("rmdir", args, nargs, kwnames, rmdir);
}

static Value os_mkdir(Value *args, size_t nargs, Value kwnames) {
    Value pv, mv = VAL_NULL;
    const char *path;
    int64_t mode = 0777;
    if (args_parse("mkdir", args, nargs, kwnames, "path|mode", &pv, &mv) < 0 ||
        os_path_arg("mkdir", pv, &path) < 0 || (mv != VAL_NULL && int_as_i64(mv, &mode) < 0))
        return VAL_NULL;
    return os_none_or_error(mkdir(path, (mode_t)mode), path);
}

/* makedirs(name, mode=0o777, exist_ok=False): each missing parent too. */
static Value os_makedirs(Value *args, size_t nargs, Value kwnames) {
    Value pv, mv = VAL_NULL, okv = VAL_NULL;
    const char *path;
    int64_t mode = 0777;
    if (args_parse("makedirs", args, nargs, kwnames, "name|mode,exist_ok", &pv, &mv, &okv) < 0 ||
        os_path_arg("makedirs", pv, &path) < 0 || (mv != VAL_NULL && int_as_i64(mv, &mode) < 0))
        return VAL_NULL;
    int exist_ok = okv == VAL_NULL ? 0 : obj_truthy(okv);
    if (exist_ok < 0) return VAL_NULL;
    size_t len = strlen(path);
    char *buf = mem_alloc(len + 1);
    memcpy(buf, path, len + 1);
    for (size_t i = 1; i < len; i++) {
        if (buf[i] != '/') continue;
        buf[i] = '\0';
        if (mkdir(buf, (mode_t)mode) < 0 && errno != EEXIST) {
            Value r = err_from_errno(&exc_OSError, errno, buf);
            mem_free(buf);
            return r;
        }
        buf[i] = '/';
    }
    mem_free(buf);
    struct stat st;
    if (mkdir(path, (mode_t)mode) == 0) return NEWREF(VAL_NONE);
    if (errno == EEXIST && exist_ok && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return NEWREF(VAL_NONE);
    return err_from_errno(&exc_OSError, errno, path);
}

static Value os_rename(Value *args, size_t nargs, Value kwnames) {
    Value sv, dv;
    const char *src, *dst;
    if (args_parse("rename", args, nargs, kwnames, "src,dst", &sv, &dv) < 0 ||
        os_path_arg("rename", sv, &src) < 0 || os_path_arg("rename", dv, &dst) < 0)
        return VAL_NULL;
    if (rename(src, dst) < 0) {
        int e = errno;
        return err_format(e == ENOENT ? &exc_FileNotFoundError : &exc_OSError,
                          "[Errno %d] %s: '%s' -> '%s'", e, strerror(e), src, dst);
    }
    return NEWREF(VAL_NONE);
}

static const MethodDef os_functions[] = {
    {"getpid", os_getpid, 0},     {"getppid", os_getppid, 0},   {"cpu_count", os_cpu_count, 0},
    {"kill", os_kill, 0},         {"_exit", os__exit, 0},       {"strerror", os_strerror, 0},
    {"urandom", os_urandom, 0},   {"getenv", os_getenv, 0},     {"getcwd", os_getcwd, 0},
    {"listdir", os_listdir, 0},   {"remove", os_remove, 0},     {"unlink", os_remove, 0},
    {"rmdir", os_rmdir, 0},       {"mkdir", os_mkdir, 0},       {"makedirs", os_makedirs, 0},
    {"rename", os_rename, 0},
    {NULL, NULL, 0},
};

static int os_add_str(Value m, const char *name, const char *s) {
    Value v = str_from_cstr(s);
    int rc = v == VAL_NULL ? -1 : module_add(m, name, v);
    XDECREF(v);
    return rc;
}

static int os_init(Value m) {
    Value env = os_environ_dict();
    int rc = module_add(m, "environ", env);
    DECREF(env);
    if (rc < 0 || os_add_str(m, "sep", "/") < 0 || os_add_str(m, "linesep", "\n") < 0 ||
        os_add_str(m, "name", "posix") < 0 || os_add_str(m, "curdir", ".") < 0 ||
        os_add_str(m, "pardir", "..") < 0 || os_add_str(m, "pathsep", ":") < 0 ||
        os_add_str(m, "extsep", ".") < 0 || os_add_str(m, "devnull", "/dev/null") < 0 ||
        module_add(m, "error", OBJ_VAL(&exc_OSError)) < 0)
        return -1;
    Value path = import_module_cstr("os.path");
    if (path == VAL_NULL) return -1;
    rc = module_add(m, "path", path);
    DECREF(path);
    return rc;
}

const ModuleDef os_module_def = {"os", os_functions, os_init, NULL};

/* ---- os.path ---- */

/* os.path functions take one str path. */
static int os_one_path(const char *fname, Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return -1;
    if (IS_STR(args[0])) return 0;
    err_format(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s", obj_type_name(args[0]));
    return -1;
}

/* The index just after the last '/' of s (0 if none). */
static size_t os_tail_start(const char *s, size_t n) {
    while (n > 0 && s[n - 1] != '/') n--;
    return n;
}

/* split()'s head: s[:i] with trailing slashes removed unless it is all slashes. */
static Value os_head(const char *s, size_t i) {
    size_t h = i;
    while (h > 0 && s[h - 1] == '/') h--;
    return str_from_utf8(s, h == 0 ? i : h);
}

/* join(a, *p): an absolute part restarts the path; a '/' goes between
 * parts unless the path so far is empty or ends with one. */
static Value os_path_join(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("join", kwnames) < 0) return VAL_NULL;
    if (nargs == 0) return err_set_str(&exc_TypeError, "join() missing 1 required positional argument: 'a'");
    size_t first = 0, cap = 1;
    for (size_t i = 0; i < nargs; i++) {
        if (!IS_STR(args[i]))
            return err_format(&exc_TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                              obj_type_name(args[i]));
        if (str_cstr(args[i])[0] == '/') first = i;
        cap += STR_NBYTES(args[i]) + 1;
    }
    char *buf = mem_alloc(cap);
    size_t len = 0;
    for (size_t i = first; i < nargs; i++) {
        if (len > 0 && buf[len - 1] != '/') buf[len++] = '/';
        memcpy(buf + len, str_cstr(args[i]), STR_NBYTES(args[i]));
        len += STR_NBYTES(args[i]);
    }
    Value r = str_from_utf8(buf, len);
    mem_free(buf);
    return r;
}

static Value os_path_split(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("split", args, nargs, kwnames) < 0) return VAL_NULL;
    const char *s = str_cstr(args[0]);
    size_t n = STR_NBYTES(args[0]), i = os_tail_start(s, n);
    Value head = os_head(s, i), tail = str_from_utf8(s + i, n - i);
    Value r = head && tail ? tuple_pack(2, head, tail) : VAL_NULL;
    XDECREF(head);
    XDECREF(tail);
    return r;
}

static Value os_path_basename(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("basename", args, nargs, kwnames) < 0) return VAL_NULL;
    const char *s = str_cstr(args[0]);
    size_t n = STR_NBYTES(args[0]), i = os_tail_start(s, n);
    return str_from_utf8(s + i, n - i);
}

static Value os_path_dirname(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("dirname", args, nargs, kwnames) < 0) return VAL_NULL;
    const char *s = str_cstr(args[0]);
    return os_head(s, os_tail_start(s, STR_NBYTES(args[0])));
}

/* splitext: the last '.' of the last component, unless the component is
 * only leading dots before it ('.bashrc' has no extension). */
static Value os_path_splitext(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("splitext", args, nargs, kwnames) < 0) return VAL_NULL;
    const char *s = str_cstr(args[0]);
    size_t n = STR_NBYTES(args[0]), start = os_tail_start(s, n), dot = n;
    for (size_t i = n; i > start; i--) {
        if (s[i - 1] == '.') {
            dot = i - 1;
            break;
        }
    }
    size_t k = start;
    while (k < dot && s[k] == '.') k++;
    if (dot == n || k == dot) dot = n;
    Value root = str_from_utf8(s, dot), ext = str_from_utf8(s + dot, n - dot);
    Value r = root && ext ? tuple_pack(2, root, ext) : VAL_NULL;
    XDECREF(root);
    XDECREF(ext);
    return r;
}

static Value os_path_isabs(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("isabs", args, nargs, kwnames) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(str_cstr(args[0])[0] == '/'));
}

/* normpath of the n bytes at s: drops '.', empty components and 'x/..',
 * keeping leading '..' of a relative path; '//' at the start is kept. */
static Value os_normpath_bytes(const char *s, size_t n) {
    if (n == 0) return str_from_cstr(".");
    size_t slashes = s[0] != '/' ? 0 : (n > 1 && s[1] == '/' && (n < 3 || s[2] != '/')) ? 2 : 1;
    char *out = mem_alloc(n + 3);
    size_t len = 0, ncomps = 0, fixed = 0;   /* fixed: leading '..' components kept */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != '/') j++;
        size_t cl = j - i;
        bool dotdot = cl == 2 && s[i] == '.' && s[i + 1] == '.';
        bool skip = cl == 0 || (cl == 1 && s[i] == '.');
        if (skip) {
            i = j + 1;
            continue;
        }
        if (dotdot && ncomps > fixed) {
            while (len > 0 && out[len - 1] != '/') len--;
            if (len > 0) len--;
            ncomps--;
        } else if (!(dotdot && slashes)) {
            if (ncomps > 0) out[len++] = '/';
            memcpy(out + len, s + i, cl);
            len += cl;
            ncomps++;
            if (dotdot) fixed++;
        }
        i = j + 1;
    }
    char *full = mem_alloc(len + slashes + 2);
    memset(full, '/', slashes);
    memcpy(full + slashes, out, len);
    size_t total = len + slashes;
    if (total == 0) full[total++] = '.';
    Value r = str_from_utf8(full, total);
    mem_free(out);
    mem_free(full);
    return r;
}

static Value os_path_normpath(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("normpath", args, nargs, kwnames) < 0) return VAL_NULL;
    return os_normpath_bytes(str_cstr(args[0]), STR_NBYTES(args[0]));
}

static Value os_path_abspath(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("abspath", args, nargs, kwnames) < 0) return VAL_NULL;
    const char *s = str_cstr(args[0]);
    if (s[0] == '/') return os_normpath_bytes(s, STR_NBYTES(args[0]));
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) == NULL) return err_from_errno(&exc_OSError, errno, NULL);
    size_t cl = strlen(cwd), n = STR_NBYTES(args[0]);
    char *buf = mem_alloc(cl + n + 2);
    memcpy(buf, cwd, cl);
    buf[cl] = '/';
    memcpy(buf + cl + 1, s, n);
    Value r = os_normpath_bytes(buf, cl + 1 + n);
    mem_free(buf);
    return r;
}

/* exists/isfile/isdir: stat() succeeds (and the kind matches); errors are false. */
static Value os_path_stat_test(const char *fname, Value *args, size_t nargs, Value kwnames, int kind) {
    if (os_one_path(fname, args, nargs, kwnames) < 0) return VAL_NULL;
    struct stat st;
    bool ok = stat(str_cstr(args[0]), &st) == 0;
    if (ok && kind == 1) ok = S_ISREG(st.st_mode);
    if (ok && kind == 2) ok = S_ISDIR(st.st_mode);
    return NEWREF(VAL_BOOL(ok));
}

static Value os_path_exists(Value *args, size_t nargs, Value kwnames) { return os_path_stat_test("exists", args, nargs, kwnames, 0); }
static Value os_path_isfile(Value *args, size_t nargs, Value kwnames) { return os_path_stat_test("isfile", args, nargs, kwnames, 1); }
static Value os_path_isdir(Value *args, size_t nargs, Value kwnames) { return os_path_stat_test("isdir", args, nargs, kwnames, 2); }

static Value os_path_getsize(Value *args, size_t nargs, Value kwnames) {
    if (os_one_path("getsize", args, nargs, kwnames) < 0) return VAL_NULL;
    struct stat st;
    if (stat(str_cstr(args[0]), &st) < 0) return err_from_errno(&exc_OSError, errno, str_cstr(args[0]));
    return int_from_i64((int64_t)st.st_size);
}

static const MethodDef os_path_functions[] = {
    {"join", os_path_join, 0},         {"split", os_path_split, 0},     {"basename", os_path_basename, 0},
    {"dirname", os_path_dirname, 0},   {"splitext", os_path_splitext, 0}, {"isabs", os_path_isabs, 0},
    {"normpath", os_path_normpath, 0}, {"abspath", os_path_abspath, 0}, {"exists", os_path_exists, 0},
    {"isfile", os_path_isfile, 0},     {"isdir", os_path_isdir, 0},     {"getsize", os_path_getsize, 0},
    {NULL, NULL, 0},
};

static int os_path_init(Value m) {
    return os_add_str(m, "sep", "/") < 0 || os_add_str(m, "curdir", ".") < 0 ||
           os_add_str(m, "pardir", "..") < 0 ? -1 : 0;
}

const ModuleDef os_path_module_def = {"os.path", os_path_functions, os_path_init, NULL};
