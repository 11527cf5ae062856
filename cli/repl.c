/* repl.c - the interactive prompt: `baton` on a terminal, and `baton -i`.
 *
 * Reading. On a terminal, GNU readline's callback interface reads one key
 * at a time once pselect() says input is ready. That wait is where the GIL
 * is released, so other threads run while the prompt waits; readline itself
 * (editing, completion) runs with the GIL held because completion looks at
 * objects. SIGINT is blocked in the wait loop except inside pselect(), so a
 * Ctrl-C always ends the wait: the VM's handler (signals.c) records it and
 * signals_check() turns it into KeyboardInterrupt, which here discards the
 * line. While code runs readline is inactive and the same handler makes the
 * eval loop raise KeyboardInterrupt. Without a terminal, lines are read with
 * read(2) a byte at a time (no read-ahead, so input() in the program reads
 * the rest of stdin) and prompts go to stderr, as CPython does.
 *
 * Statements. Lines accumulate until they form a statement, with CPython's
 * interactive rules: a compound statement (if, def, class, ...) ends at a
 * blank line; an open bracket, string or backslash continues past blank
 * lines; any other syntax error is reported at once. A statement is compiled
 * in "single" mode (an expression's repr is printed and bound to _) and run
 * in __main__'s namespace; its text is registered as "<stdin>" so that
 * tracebacks quote it (frames of functions typed in earlier inputs show no
 * source line, as in CPython 3.11, never a line of the current input).
 *
 * History lives in ~/.baton_history ($BATON_HISTFILE; empty: none), read at
 * start and appended to at exit. Tab completes keywords, builtins, names in
 * __main__, module names after `import`/`from`, and attributes after a dotted
 * name, found by dictionary lookups only: completion never runs user code.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "repl.h"
#include "code.h"
#include "compile.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "fileobject.h"
#include "gil.h"
#include "lexer.h"
#include "list.h"
#include "module.h"
#include "runtime.h"
#include "signals.h"
#include "str.h"
#include "thread.h"
#include "traceback.h"

#define REPL_PS1 ">>> "
#define REPL_PS2 "... "
#define REPL_FILENAME "<stdin>"
#define REPL_HISTORY_MAX 1000
#define REPL_INDENT "    "   /* what Tab inserts at the start of a line */
#define REPL_CONTINUE (-1)   /* "keep going": not an exit status */

typedef enum { REPL_READ_LINE, REPL_READ_EOF, REPL_READ_INTERRUPT } ReplRead;

/* The statement typed so far: its lines, each ending in '\n'. */
typedef struct {
    char *text;
    size_t len, cap;
} ReplBuffer;

/* Readline and history state (one REPL per process, main thread only). */
static struct {
    bool tty;            /* readline in use (stdin and stdout are terminals) */
    bool line_done;      /* set by repl_on_line */
    char *line;          /* the accepted line (malloc'd), NULL at end of input */
    char *hist_path;     /* malloc'd, or NULL: no history file */
    int hist_added;      /* lines added this session */
    Value prompt;        /* str() of sys.ps1/ps2 shown by the current read, or VAL_NULL */
} repl;

/* ---- the statement buffer ---- */

static void repl_buffer_add_line(ReplBuffer *b, const char *line) {
    size_t n = strlen(line);
    if (b->len + n + 2 > b->cap) {
        b->cap = (b->len + n + 2) * 2;
        b->text = mem_realloc(b->text, b->cap);
    }
    memcpy(b->text + b->len, line, n);
    b->len += n;
    b->text[b->len++] = '\n';
    b->text[b->len] = '\0';
}

static void repl_buffer_reset(ReplBuffer *b) {
    b->len = 0;
    if (b->text != NULL) b->text[0] = '\0';
}

static bool repl_is_blank(const char *s) {
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r') s++;
    return *s == '\0';
}

/* ---- waiting for input ---- */

/* Waits until fd is readable or a signal arrives, without the GIL. SIGINT
 * stays blocked from the check for a pending signal until pselect() unblocks
 * it atomically, so a Ctrl-C can never slip in between and go unnoticed.
 * Returns 1 readable, 0 a signal is pending, -1 error. */
static int repl_wait_input(int fd) {
    ThreadState *ts = thread_current();
    sigset_t block, saved;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &saved);
    int rc = 0;
    if (!(atomic_load(&interp_main.eval_breaker) & BREAKER_SIGNALS_PENDING)) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        GIL_RELEASE(ts);
        rc = pselect(fd + 1, &fds, NULL, NULL, NULL, &saved);
        int e = errno;
        GIL_ACQUIRE(ts);
        if (rc < 0 && e == EINTR) rc = 0;
        else if (rc > 0) rc = 1;
    }
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    return rc;
}

/* readline's line handler: keep the line and stop reading (removing the
 * handler now keeps readline from showing the prompt again). */
static void repl_on_line(char *line) {
    repl.line = line;
    repl.line_done = true;
    rl_callback_handler_remove();
}

/* Ctrl-C at the prompt: forget the half-typed line. */
static void repl_readline_discard(void) {
    rl_callback_sigcleanup();
    rl_free_line_state();
    rl_replace_line("", 1);
    rl_point = rl_end = 0;
    rl_callback_handler_remove();
}

static ReplRead repl_read_tty(const char *prompt, char **line) {
    repl.line_done = false;
    repl.line = NULL;
    rl_callback_handler_install(prompt, repl_on_line);
    while (!repl.line_done) {
        int rc = repl_wait_input(STDIN_FILENO);
        if (rc > 0) {
            rl_callback_read_char();
        } else if (rc < 0) {
            rl_callback_handler_remove();
            return REPL_READ_EOF;
        } else if (signals_check() < 0) {
            repl_readline_discard();
            return REPL_READ_INTERRUPT;
        }
    }
    if (repl.line == NULL) return REPL_READ_EOF;
    *line = repl.line;
    return REPL_READ_LINE;
}

/* A line from a non-terminal stdin, one byte per read(2) so that nothing
 * past the newline is consumed. The last line may lack its newline. */
static ReplRead repl_read_plain(const char *prompt, char **line) {
    fputs(prompt, stderr);
    fflush(stderr);
    size_t n = 0, cap = 128;
    char *buf = malloc(cap);
    if (buf == NULL) return REPL_READ_EOF;
    for (;;) {
        int rc = repl_wait_input(STDIN_FILENO);
        if (rc == 0) {
            if (signals_check() < 0) {
                free(buf);
                return REPL_READ_INTERRUPT;
            }
            continue;
        }
        char c;
        ssize_t got = rc > 0 ? read(STDIN_FILENO, &c, 1) : 0;
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0 || c == '\n') {
            if (got <= 0 && n == 0) {
                free(buf);
                return REPL_READ_EOF;
            }
            buf[n] = '\0';
            *line = buf;
            return REPL_READ_LINE;
        }
        if (n + 2 > cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (bigger == NULL) {
                free(buf);
                return REPL_READ_EOF;
            }
            buf = bigger;
        }
        buf[n++] = c;
    }
}

/* ---- history ---- */

/* $BATON_HISTFILE (empty: no history), else ~/.baton_history. */
static void repl_history_open(void) {
    const char *env = getenv("BATON_HISTFILE");
    const char *home = getenv("HOME");
    if (env != NULL) {
        if (env[0] != '\0') repl.hist_path = strdup(env);
    } else if (home != NULL && home[0] != '\0') {
        size_t n = strlen(home) + sizeof "/.baton_history";
        repl.hist_path = malloc(n);
        if (repl.hist_path != NULL) snprintf(repl.hist_path, n, "%s/.baton_history", home);
    }
    using_history();
    stifle_history(REPL_HISTORY_MAX);
    if (repl.hist_path != NULL) read_history(repl.hist_path);
}

static void repl_history_add(const char *line) {
    if (repl_is_blank(line)) return;
    add_history(line);
    repl.hist_added++;
}

/* Appends this session's lines (so that sessions running side by side do
 * not overwrite each other) and keeps the file to REPL_HISTORY_MAX lines. */
static void repl_history_save(void) {
    if (repl.hist_path == NULL) return;
    if (repl.hist_added > 0) {
        int n = repl.hist_added < REPL_HISTORY_MAX ? repl.hist_added : REPL_HISTORY_MAX;
        int rc = access(repl.hist_path, F_OK) == 0 ? append_history(n, repl.hist_path)
                                                   : write_history(repl.hist_path);
        if (rc == 0) history_truncate_file(repl.hist_path, REPL_HISTORY_MAX);
        else fprintf(stderr, "baton: can't write the history file %s: %s\n", repl.hist_path, strerror(rc));
    }
    free(repl.hist_path);
    repl.hist_path = NULL;
}

/* ---- tab completion ---- */

/* The candidates of the completion in progress; readline takes them one by
 * one from repl_match_next and frees them. */
static struct {
    char **items;
    size_t n, cap, next;
} repl_matches;

static void repl_matches_clear(void) {
    for (size_t i = repl_matches.next; i < repl_matches.n; i++) free(repl_matches.items[i]);
    repl_matches.n = repl_matches.next = 0;
}

/* Adds expr + "." + word + suffix (expr NULL: word + suffix). */
static void repl_match_add(const char *expr, const char *word, size_t wlen, const char *suffix) {
    size_t elen = expr != NULL ? strlen(expr) + 1 : 0, slen = strlen(suffix);
    char *m = malloc(elen + wlen + slen + 1);
    if (m == NULL) return;
    if (expr != NULL) {
        memcpy(m, expr, elen - 1);
        m[elen - 1] = '.';
    }
    memcpy(m + elen, word, wlen);
    memcpy(m + elen + wlen, suffix, slen + 1);
    if (repl_matches.n == repl_matches.cap) {
        repl_matches.cap = repl_matches.cap ? repl_matches.cap * 2 : 64;
        repl_matches.items = mem_realloc(repl_matches.items, repl_matches.cap * sizeof(char *));
    }
    repl_matches.items[repl_matches.n++] = m;
}

static char *repl_match_next(const char *text, int state) {
    (void)text;
    (void)state;
    if (repl_matches.next >= repl_matches.n) return NULL;
    return repl_matches.items[repl_matches.next++];
}

/* Python 3.11's keywords; CPython's completer puts ':' after try/finally and
 * a space after those that must be followed by something. */
static const char *const repl_keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
};

static const char *repl_keyword_suffix(const char *kw) {
    static const char *const bare[] = {"False", "None", "True", "break", "continue", "pass", "else"};
    if (strcmp(kw, "try") == 0 || strcmp(kw, "finally") == 0) return ":";
    for (size_t i = 0; i < sizeof bare / sizeof bare[0]; i++)
        if (strcmp(kw, bare[i]) == 0) return "";
    return " ";
}

/* callable(v) for completion's "(" suffix, without binding descriptors:
 * a property's value is not known without running it. */
static bool repl_callable(Value v) {
    if (IS_TYPE(v, property_type)) return false;
    if (IS_TYPE(v, staticmethod_type) || IS_TYPE(v, classmethod_type)) return true;
    return TYPE_OF(v)->call != NULL;
}

/* Adds the str keys of dict d that start with prefix[0..n) and do not
 * start with `hide` (compared over n + 1 bytes; NULL hides nothing), with
 * "(" after callable values if call_suffix. Returns how many were added. */
static size_t repl_add_dict_names(Value d, const char *expr, const char *prefix, size_t n,
                                  const char *hide, bool call_suffix) {
    size_t added = 0, pos = 0;
    Value k, v;
    while (d != VAL_NULL && dict_next(d, &pos, &k, &v)) {
        if (!IS_STR(k) || STR_NBYTES(k) < n) continue;
        const char *w = STR_DATA(k);
        if (strncmp(w, prefix, n) != 0 || (hide != NULL && strncmp(w, hide, n + 1) == 0)) continue;
        repl_match_add(expr, w, STR_NBYTES(k), call_suffix && repl_callable(v) ? "(" : "");
        added++;
    }
    return added;
}

/* Keywords, then names in __main__, then builtins. */
static void repl_complete_global(const char *text) {
    size_t n = strlen(text);
    for (size_t i = 0; i < sizeof repl_keywords / sizeof repl_keywords[0]; i++)
        if (strncmp(repl_keywords[i], text, n) == 0)
            repl_match_add(NULL, repl_keywords[i], strlen(repl_keywords[i]),
                           repl_keyword_suffix(repl_keywords[i]));
    repl_add_dict_names(MODULE_DICT(interp_main.main_module), NULL, text, n, NULL, true);
    repl_add_dict_names(interp_main.builtins, NULL, text, n, NULL, true);
}

/* obj.name by dictionary lookups alone: a module's dict; a class's dict
 * chain; an instance's own dict, then its class's chain. Borrowed. */
static Value repl_lookup(Value obj, Value name) {
    if (IS_MODULE(obj)) return dict_get_str(MODULE_DICT(obj), name);
    if (IS_INSTANCE(obj, type_type)) return type_lookup((Type *)AS_OBJ(obj), name);
    Value *dp = IS_OBJ(obj) ? obj_dict_ptr(obj) : NULL;
    if (dp != NULL && *dp != VAL_NULL && IS_DICT(*dp)) {
        Value v = dict_get_str(*dp, name);
        if (v != VAL_NULL) return v;
    }
    return type_lookup(TYPE_OF(obj), name);
}

static bool repl_is_ident_char(char c) {
    return isalnum((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80;
}

/* The object named by expr[0..len), a dotted name such as "os.path";
 * anything else (calls, subscripts) gives VAL_NULL. Borrowed. */
static Value repl_resolve(const char *expr, size_t len) {
    Value obj = VAL_NULL;
    size_t i = 0;
    while (i <= len) {
        size_t j = i;
        while (j < len && expr[j] != '.') j++;
        if (j == i || isdigit((unsigned char)expr[i])) return VAL_NULL;
        for (size_t k = i; k < j; k++)
            if (!repl_is_ident_char(expr[k])) return VAL_NULL;
        Value name = str_from_utf8(expr + i, j - i);
        if (name == VAL_NULL) break;
        Value v;
        if (obj != VAL_NULL) {
            v = repl_lookup(obj, name);
        } else {
            v = dict_get_str(MODULE_DICT(interp_main.main_module), name);
            if (v == VAL_NULL) v = dict_get_str(interp_main.builtins, name);
        }
        DECREF(name);
        if (v == VAL_NULL) break;
        obj = v;
        i = j + 1;
    }
    if (i <= len) obj = VAL_NULL;
    if (err_occurred()) err_clear();
    return obj;
}

/* Attribute names of obj starting with attr[0..n): its dicts as
 * repl_lookup walks them. Returns how many were added. */
static size_t repl_add_attr_names(Value obj, const char *expr, const char *attr, size_t n,
                                  const char *hide) {
    if (IS_MODULE(obj)) return repl_add_dict_names(MODULE_DICT(obj), expr, attr, n, hide, true);
    size_t added = 0;
    Type *t = TYPE_OF(obj);
    if (IS_INSTANCE(obj, type_type)) {
        t = (Type *)AS_OBJ(obj);
    } else {
        Value *dp = IS_OBJ(obj) ? obj_dict_ptr(obj) : NULL;
        if (dp != NULL && *dp != VAL_NULL && IS_DICT(*dp))
            added += repl_add_dict_names(*dp, expr, attr, n, hide, true);
    }
    for (; t != NULL; t = t->base) added += repl_add_dict_names(type_dict(t), expr, attr, n, hide, true);
    return added;
}

/* "expr.attr": as CPython's completer, names starting with '_' are offered
 * only when nothing else matches (or attr starts with '_'), and those
 * starting with '__' only after that. */
static void repl_complete_attr(const char *text) {
    const char *dot = strrchr(text, '.');
    size_t elen = (size_t)(dot - text);
    Value obj = repl_resolve(text, elen);
    if (obj == VAL_NULL) return;
    char *expr = strndup(text, elen);
    if (expr == NULL) return;
    const char *attr = dot + 1;
    size_t n = strlen(attr);
    const char *hide = n == 0 ? "_" : strcmp(attr, "_") == 0 ? "__" : NULL;
    while (repl_add_attr_names(obj, expr, attr, n, hide) == 0 && hide != NULL)
        hide = hide[1] == '\0' ? "__" : NULL;
    free(expr);
}

/* Whether module name fits the text typed: it starts with it, is not a
 * submodule unless text names one, and is not private unless text is. */
static bool repl_module_fits(const char *name, const char *text, size_t n) {
    if (strncmp(name, text, n) != 0) return false;
    if (strchr(text, '.') == NULL && strchr(name, '.') != NULL) return false;
    return name[0] != '_' || text[0] == '_';
}

/* NAME.py files and packages (NAME/__init__.py) in directory dir. */
static void repl_complete_module_dir(const char *dir, const char *text, size_t n) {
    DIR *d = opendir(dir[0] != '\0' ? dir : ".");
    if (d == NULL) return;
    struct dirent *e;
    char name[256], init[4096];
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        bool py = len > 3 && strcmp(e->d_name + len - 3, ".py") == 0;
        if (py) len -= 3;
        if (len == 0 || len >= sizeof name || isdigit((unsigned char)e->d_name[0])) continue;
        memcpy(name, e->d_name, len);
        name[len] = '\0';
        if (!repl_module_fits(name, text, n)) continue;
        if (!py) {
            snprintf(init, sizeof init, "%s/%s/__init__.py", dir[0] != '\0' ? dir : ".", name);
            if (access(init, F_OK) != 0) continue;
        }
        repl_match_add(NULL, name, len, "");
    }
    closedir(d);
}

/* Module names starting with text: the built-in modules, those already
 * imported, and the modules in the sys.path directories. */
static void repl_complete_module(const char *text) {
    size_t n = strlen(text);
    for (size_t i = 0; i < import_builtin_count(); i++) {
        const char *name = import_builtin_name(i);
        if (repl_module_fits(name, text, n)) repl_match_add(NULL, name, strlen(name), "");
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(interp_main.modules, &pos, &k, &v))
        if (IS_STR(k) && repl_module_fits(STR_DATA(k), text, n))
            repl_match_add(NULL, STR_DATA(k), STR_NBYTES(k), "");
    if (strchr(text, '.') != NULL || interp_main.path == VAL_NULL) return;
    for (size_t i = 0; i < LIST_LEN(interp_main.path); i++) {
        Value dir = LIST_GET(interp_main.path, i);
        if (IS_STR(dir)) repl_complete_module_dir(STR_DATA(dir), text, n);
    }
}

/* `from MODULE import name`: the names of MODULE if it is already imported
 * (completion never imports, which would run the module). */
static void repl_complete_from_import(const char *module, const char *text) {
    Value m = dict_get_cstr(interp_main.modules, module);
    if (m == VAL_NULL) {
        err_clear();
        return;
    }
    if (!IS_MODULE(m)) return;
    size_t n = strlen(text);
    repl_add_dict_names(MODULE_DICT(m), NULL, text, n, text[0] == '_' ? NULL : "_", false);
}

typedef enum { REPL_CTX_EXPR, REPL_CTX_MODULE, REPL_CTX_FROM_IMPORT } ReplContext;

static const char *repl_skip_space(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    return p;
}

/* Whether [p, end) is `word` followed by at least one blank; *after is
 * set past the blanks. */
static bool repl_keyword_at(const char *p, const char *end, const char *word, const char **after) {
    size_t n = strlen(word);
    if ((size_t)(end - p) <= n || strncmp(p, word, n) != 0 || (p[n] != ' ' && p[n] != '\t'))
        return false;
    *after = repl_skip_space(p + n, end);
    return true;
}

/* What the word being completed is, judging by the line before it:
 * a module after `import` or `from`, a name of MODULE after `from MODULE
 * import` (copied into module), or an expression. */
static ReplContext repl_context(const char *line, int start, char *module, size_t size) {
    const char *end = line + start, *p = repl_skip_space(line, end), *q;
    if (repl_keyword_at(p, end, "import", &q)) {
        while (q < end && (repl_is_ident_char(*q) || strchr("., \t", *q) != NULL)) q++;
        return q == end ? REPL_CTX_MODULE : REPL_CTX_EXPR;
    }
    if (!repl_keyword_at(p, end, "from", &q)) return REPL_CTX_EXPR;
    if (q == end) return REPL_CTX_MODULE;
    const char *m = q;
    while (q < end && (repl_is_ident_char(*q) || *q == '.')) q++;
    size_t mlen = (size_t)(q - m);
    q = repl_skip_space(q, end);
    if (mlen == 0 || mlen >= size || q == m + mlen || !repl_keyword_at(q, end, "import", &q))
        return REPL_CTX_EXPR;
    while (q < end && (repl_is_ident_char(*q) || strchr(",() \t", *q) != NULL)) q++;
    if (q != end) return REPL_CTX_EXPR;
    memcpy(module, m, mlen);
    module[mlen] = '\0';
    return REPL_CTX_FROM_IMPORT;
}

/* readline's completion entry: text is the word before the cursor ('.'
 * does not break words, so it may be "math.sq"). */
static char **repl_complete(const char *text, int start, int end) {
    (void)end;
    rl_attempted_completion_over = 1;    /* never fall back to file names */
    rl_completion_append_character = '\0';
    repl_matches_clear();
    char module[256];
    switch (repl_context(rl_line_buffer, start, module, sizeof module)) {
    case REPL_CTX_MODULE: repl_complete_module(text); break;
    case REPL_CTX_FROM_IMPORT: repl_complete_from_import(module, text); break;
    case REPL_CTX_EXPR:
        if (strchr(text, '.') != NULL) repl_complete_attr(text);
        else repl_complete_global(text);
        break;
    }
    if (err_occurred()) err_clear();
    if (repl_matches.n == 0) return NULL;
    return rl_completion_matches(text, repl_match_next);
}

/* Tab indents at the start of a line and completes elsewhere. readline
 * lists the candidates on a second Tab only if the previous key ran
 * rl_complete itself, hence the rewrite of rl_last_func. */
static int repl_tab(int count, int key) {
    for (int i = 0; i < rl_point; i++) {
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') {
            if (rl_last_func == repl_tab) rl_last_func = rl_complete;
            return rl_complete(count, key);
        }
    }
    rl_insert_text(REPL_INDENT);
    return 0;
}

/* ---- running statements ---- */

/* After an exception: SystemExit ends the session with its status, anything
 * else is reported and the session goes on. */
static int repl_report_error(void) {
    if (err_matches(&exc_SystemExit)) return runtime_handle_exit_exception();
    fileobject_flush_std();
    err_print();
    return REPL_CONTINUE;
}

/* Runs a compiled statement in __main__ (code is stolen); its source goes
 * to the traceback module first, under the code's own filename object, so
 * that a traceback quotes this input's lines and no earlier input's. */
static int repl_exec(Value code, const ReplBuffer *b) {
    traceback_register_source(((Code *)AS_OBJ(code))->filename, b->text, b->len);
    Value r = eval_code(code, MODULE_DICT(interp_main.main_module), VAL_NULL);
    DECREF(code);
    if (r == VAL_NULL) return repl_report_error();
    DECREF(r);
    fileobject_flush_std();
    return REPL_CONTINUE;
}

/* The statement is over (a blank line or end of input ends it): run it or
 * report the syntax error that completing it would not have cured. */
static int repl_finish(ReplBuffer *b) {
    Value code = vm_compile(b->text, b->len, REPL_FILENAME, COMPILE_SINGLE);
    int status = code != VAL_NULL ? repl_exec(code, b) : repl_report_error();
    repl_buffer_reset(b);
    return status;
}

/* The first token of src: TOK_ENDMARKER when there is nothing but blank
 * lines and comments, TOK_ERRORTOKEN when the lexer fails before a token.
 * *open is set when src ends inside a bracket, string or continuation. */
static TokKind repl_scan(const char *src, size_t len, bool *open) {
    SyntaxErr err;
    memset(&err, 0, sizeof err);
    Lexer lx;
    lexer_init(&lx, src, len, &err);
    Token tok;
    TokKind first = TOK_ENDMARKER;
    bool seen = false;
    while (lexer_next(&lx, &tok) == 0 && tok.kind != TOK_ENDMARKER) {
        if (!seen && tok.kind != TOK_NEWLINE && tok.kind != TOK_INDENT && tok.kind != TOK_DEDENT) {
            first = tok.kind;
            seen = true;
        }
    }
    *open = err.msg[0] != '\0' && err.incomplete;
    if (err.msg[0] != '\0' && !seen) first = TOK_ERRORTOKEN;
    return first;
}

/* Statements that CPython's prompt lets go on until a blank line. */
static bool repl_is_compound(TokKind first) {
    switch (first) {
    case TOK_KW_IF: case TOK_KW_WHILE: case TOK_KW_FOR: case TOK_KW_TRY: case TOK_KW_WITH:
    case TOK_KW_DEF: case TOK_KW_CLASS: case TOK_KW_ASYNC: case TOK_AT:
        return true;
    default:
        return false;
    }
}

/* Adds a line to the statement; runs it once complete. Returns
 * REPL_CONTINUE, or the exit status when the statement raised SystemExit. */
static int repl_feed(ReplBuffer *b, const char *line) {
    repl_buffer_add_line(b, line);
    bool open;
    TokKind first = repl_scan(b->text, b->len, &open);
    if (first == TOK_ENDMARKER) {
        repl_buffer_reset(b);
        return REPL_CONTINUE;
    }
    bool blank = repl_is_blank(line), incomplete;
    Value code = compile_interactive(b->text, b->len, REPL_FILENAME, &incomplete);
    if (code != VAL_NULL) {
        if (repl_is_compound(first) && !blank) {
            DECREF(code);
            return REPL_CONTINUE;
        }
        int status = repl_exec(code, b);
        repl_buffer_reset(b);
        return status;
    }
    if (!incomplete) {
        repl_buffer_reset(b);
        return repl_report_error();
    }
    if (!blank || open) return REPL_CONTINUE;
    return repl_finish(b);
}

/* ---- the session ---- */

/* As in CPython, sys.ps1 and sys.ps2 exist only in an interactive session;
 * one that a program has already set is kept. */
static void repl_default_prompt(const char *name, const char *text) {
    Value sys_dict = MODULE_DICT(interp_main.sys_module);
    if (dict_get_cstr(sys_dict, name) != VAL_NULL) return;
    Value v = str_from_cstr(text);
    if (dict_set_cstr(sys_dict, name, v) < 0) err_clear();
    DECREF(v);
}

static void repl_default_prompts(void) {
    repl_default_prompt("ps1", REPL_PS1);
    repl_default_prompt("ps2", REPL_PS2);
}

/* The prompt is str(sys.ps1) (str(sys.ps2) inside a block), read afresh at
 * every line so that a program may rebind it to any object; if the attribute
 * is gone or its str() fails, the default is shown. The str is kept in
 * repl.prompt for as long as readline shows it. */
static const char *repl_prompt(bool continuation) {
    const char *fallback = continuation ? REPL_PS2 : REPL_PS1;
    XDECREF(repl.prompt);
    repl.prompt = VAL_NULL;
    Value v = dict_get_cstr(MODULE_DICT(interp_main.sys_module), continuation ? "ps2" : "ps1");
    if (v == VAL_NULL) return fallback;
    repl.prompt = obj_str(v);
    if (repl.prompt == VAL_NULL) {
        err_clear();
        return fallback;
    }
    return str_cstr(repl.prompt);
}

static void repl_start(bool banner) {
    if (banner)
        fprintf(stderr, "baton %s (Python 3.11 subset, real GIL) - help: 'man baton' or "
                        "'baton --help'; quit: Ctrl-D or exit()\n", BATON_VERSION);
    repl_default_prompts();
    repl.tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    if (!repl.tty) return;
    rl_readline_name = "baton";
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_catch_signals = 0;                 /* SIGINT is the VM's (see the top) */
    rl_initialize();
    rl_variable_bind("enable-bracketed-paste", "off"); /* a pasted block arrives line by line */
    rl_completer_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_attempted_completion_function = repl_complete;
    rl_bind_key('\t', repl_tab);
    repl_history_open();
}

static void repl_stop(void) {
    XDECREF(repl.prompt);
    repl.prompt = VAL_NULL;
    if (!repl.tty) return;
    repl_history_save();
    repl_matches_clear();
    free(repl_matches.items);
    repl_matches.items = NULL;
    repl_matches.cap = 0;
}

static ReplRead repl_read(bool continuation, char **line) {
    const char *prompt = repl_prompt(continuation);
    fileobject_flush_std();
    if (!repl.tty) return repl_read_plain(prompt, line);
    ReplRead r = repl_read_tty(prompt, line);
    if (r == REPL_READ_LINE) repl_history_add(*line);
    return r;
}

/* Ctrl-C at the prompt (or another exception from a signal handler): the
 * statement typed so far is dropped. */
static int repl_interrupted(ReplBuffer *b) {
    repl_buffer_reset(b);
    fputc('\n', repl.tty ? rl_outstream : stderr);
    fflush(repl.tty ? rl_outstream : stderr);
    if (!err_matches(&exc_KeyboardInterrupt)) return repl_report_error();
    err_clear();
    fileobject_flush_std();
    fputs("KeyboardInterrupt\n", stderr);
    return REPL_CONTINUE;
}

/* Ctrl-D: at ">>> " the session ends; at "... " the statement ends. */
static int repl_end_of_input(ReplBuffer *b) {
    FILE *out = repl.tty ? rl_outstream : stderr;
    fputc('\n', out);
    fflush(out);
    return b->len == 0 ? 0 : repl_finish(b);
}

static int repl_session(bool banner) {
    repl_start(banner);
    ReplBuffer b = {0};
    int status = REPL_CONTINUE;
    while (status == REPL_CONTINUE) {
        char *line = NULL;
        switch (repl_read(b.len > 0, &line)) {
        case REPL_READ_LINE:
            status = repl_feed(&b, line);
            free(line);
            break;
        case REPL_READ_EOF: status = repl_end_of_input(&b); break;
        case REPL_READ_INTERRUPT: status = repl_interrupted(&b); break;
        }
    }
    repl_stop();
    mem_free(b.text);
    return status;
}

int repl_run(void) { return repl_session(true); }

int repl_inspect(void) { return repl_session(false); }
