/* main.c - the `baton` command: parse the command line, bring the runtime
 * up, run a script / -c code / -m module / a program on stdin, or show the
 * bytecode with --dis; exit with CPython's status rules (0 success,
 * 1 uncaught exception, 2 usage error or unreadable script, or the
 * SystemExit code). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code.h"
#include "compile.h"
#include "dis.h"
#include "error.h"
#include "fileobject.h"
#include "module.h"
#include "registry.h"
#include "repl.h"
#include "runtime.h"
#include "thread.h"
#include "traceback.h"

#define CLI_VERSION "baton " BATON_VERSION " (Python 3.11 subset)"

typedef enum { CLI_RUN_FILE, CLI_RUN_CODE, CLI_RUN_MODULE, CLI_RUN_STDIN, CLI_DIS, CLI_REPL } CliMode;

typedef struct {
    CliMode mode;
    const char *target;     /* FILE, CODE or MODULE */
    bool inspect;           /* -i with a program: open the REPL after it */
    int sys_argc;           /* sys.argv, built from the rest of the command line */
    char **sys_argv;
} CliOptions;

static const char cli_usage_line[] = "usage: baton [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void cli_help(void) {
    fputs(cli_usage_line, stdout);
    fputs("baton: a Python 3.11 subset with a real global interpreter lock.\n"
          "\n"
          "  baton                   interactive REPL (when stdin is a terminal)\n"
          "  baton FILE [ARGS]       run a script\n"
          "  baton -c CODE [ARGS]    run the program passed as a string\n"
          "  baton -m MODULE [ARGS]  run a module found on sys.path as __main__\n"
          "  baton - [ARGS]          read the program from stdin (also when stdin is not a terminal)\n"
          "  baton --dis FILE        show the bytecode of FILE\n"
          "\n"
          "Options:\n"
          "  -X gil=interval|ticks|fifo  GIL hand-off policy (default interval)\n"
          "  -X switchinterval=SECONDS   switch interval of the interval policy (default 0.005)\n"
          "  -X checkinterval=N          bytecodes between checks of the ticks policy (default 100)\n"
          "  --gil-stats                 print GIL statistics per thread at exit\n"
          "  --gil-trace=FILE.json       write a Chrome/Perfetto trace of GIL holds and waits\n"
          "  --gil-timeline              print a text timeline of GIL ownership at exit\n"
          "  -i                          interactive mode (the REPL)\n"
          "  --version                   print the version and exit\n"
          "  -h, --help                  print this help and exit\n"
          "\n"
          "Environment:\n"
          "  BATONPATH                   colon-separated directories added to sys.path\n"
          "\n"
          "Exit status: 0 success, 1 uncaught exception, 2 usage error, or sys.exit()'s code.\n",
          stdout);
}

/* Prints a usage error; the caller exits with status 2. */
static int cli_usage_error(const char *fmt, const char *arg) {
    fputs("baton: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(cli_usage_line, stderr);
    fputs("Try 'baton --help' for more information.\n", stderr);
    return -1;
}

static int cli_set_gil_policy(const char *v) {
    GilConfig *g = &interp_main.gil;
    if (strcmp(v, "interval") == 0) g->policy = GIL_POLICY_INTERVAL;
    else if (strcmp(v, "ticks") == 0) g->policy = GIL_POLICY_TICKS;
    else if (strcmp(v, "fifo") == 0) g->policy = GIL_POLICY_FIFO;
    else return cli_usage_error("-X gil: expected interval, ticks or fifo, not '%s'", v);
    return 0;
}

static int cli_set_switchinterval(const char *v) {
    char *end;
    errno = 0;
    double d = strtod(v, &end);
    if (errno != 0 || end == v || *end != '\0' || !(d > 0.0) || d > 4000.0)
        return cli_usage_error("-X switchinterval: expected a positive number of seconds, not '%s'", v);
    double us = (double)(long)(d * 1e6);
    interp_main.gil.switch_interval = (us < 1.0 ? 1.0 : us) / 1e6;
    return 0;
}

static int cli_set_checkinterval(const char *v) {
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno != 0 || end == v || *end != '\0' || n < 1 || n > INT_MAX)
        return cli_usage_error("-X checkinterval: expected a positive integer, not '%s'", v);
    interp_main.gil.check_interval = (int)n;
    return 0;
}

/* -X key=value: validated and stored in interp_main.gil for the GIL. */
static int cli_x_option(const char *opt) {
    const char *eq = strchr(opt, '=');
    if (eq == NULL) return cli_usage_error("-X %s: expected key=value", opt);
    size_t klen = (size_t)(eq - opt);
    if (klen == 3 && strncmp(opt, "gil", 3) == 0) return cli_set_gil_policy(eq + 1);
    if (klen == 14 && strncmp(opt, "switchinterval", 14) == 0) return cli_set_switchinterval(eq + 1);
    if (klen == 13 && strncmp(opt, "checkinterval", 13) == 0) return cli_set_checkinterval(eq + 1);
    return cli_usage_error("unknown -X option '%s' (known: gil, switchinterval, checkinterval)", opt);
}

/* sys.argv: argv0 followed by the arguments from index `rest`. */
static void cli_set_sys_argv(CliOptions *o, char *argv0, int argc, char **argv, int rest) {
    o->sys_argc = 1 + (argc - rest);
    o->sys_argv = malloc(sizeof(char *) * (size_t)(o->sys_argc + 1));
    if (o->sys_argv == NULL) {
        fputs("baton: out of memory\n", stderr);
        exit(2);
    }
    o->sys_argv[0] = argv0;
    for (int i = rest; i < argc; i++) o->sys_argv[1 + i - rest] = argv[i];
    o->sys_argv[o->sys_argc] = NULL;
}

/* An option that takes the next word (-c CODE, -m MOD, --dis FILE, -X KV). */
static const char *cli_option_arg(int argc, char **argv, int *i) {
    if (*i + 1 >= argc) {
        cli_usage_error("option %s requires an argument", argv[*i]);
        return NULL;
    }
    return argv[++*i];
}

/* Parses flags up to the first word that is the program; 1: exit 0 now
 * (--help, --version), 0: run, -1: usage error. */
static int cli_parse(int argc, char **argv, CliOptions *o) {
    bool interactive = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            cli_help();
            return 1;
        }
        if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            puts(CLI_VERSION);
            return 1;
        }
        if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0 || strcmp(a, "--dis") == 0) {
            const char *t = cli_option_arg(argc, argv, &i);
            if (t == NULL) return -1;
            o->target = t;
            o->mode = a[1] == 'c' ? CLI_RUN_CODE : a[1] == 'm' ? CLI_RUN_MODULE : CLI_DIS;
            char *argv0 = o->mode == CLI_DIS ? argv[i] : (char *)a;
            cli_set_sys_argv(o, argv0, argc, argv, i + 1);
            o->inspect = interactive;
            return 0;
        }
        if (strncmp(a, "-X", 2) == 0) {
            const char *kv = a[2] != '\0' ? a + 2 : cli_option_arg(argc, argv, &i);
            if (kv == NULL || cli_x_option(kv) < 0) return -1;
        } else if (strcmp(a, "--gil-stats") == 0) {
            interp_main.gil.stats = true;
        } else if (strcmp(a, "--gil-timeline") == 0) {
            interp_main.gil.timeline = true;
        } else if (strncmp(a, "--gil-trace=", 12) == 0 && a[12] != '\0') {
            interp_main.gil.trace_path = a + 12;
        } else if (strcmp(a, "-i") == 0) {
            interactive = true;
        } else if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("unknown option %s", a);
        } else {
            break;
        }
    }
    if (i < argc && strcmp(argv[i], "-") != 0) {
        o->mode = CLI_RUN_FILE;
        o->inspect = interactive;
        o->target = argv[i];
        cli_set_sys_argv(o, argv[i], argc, argv, i + 1);
    } else {
        bool dash = i < argc;
        o->mode = interactive || (!dash && isatty(0)) ? CLI_REPL : CLI_RUN_STDIN;
        cli_set_sys_argv(o, dash ? argv[i] : "", argc, argv, dash ? i + 1 : i);
    }
    return 0;
}

/* The whole of stdin, NUL-terminated (malloc'd), or NULL on a read error. */
static char *cli_read_stdin(void) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n - 1, stdin);
        if (n < cap - 1) break;
        cap *= 2;
        char *nb = realloc(buf, cap);
        if (nb == NULL) free(buf);
        buf = nb;
    }
    if (buf == NULL || ferror(stdin)) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    return buf;
}

static int cli_run_stdin(void) {
    char *src = cli_read_stdin();
    if (src == NULL) {
        fprintf(stderr, "baton: can't read the program from stdin: %s\n", strerror(errno));
        return 2;
    }
    int status = runtime_run_string(src, "<stdin>");
    free(src);
    return status;
}

/* --dis FILE: compile and print the disassembly of every code object. */
static int cli_dis(const char *path) {
    size_t len;
    char *src = import_read_source(path, &len);
    if (src == NULL) {
        int e = errno;
        fprintf(stderr, "baton: can't open file '%s': [Errno %d] %s\n", path, e, strerror(e));
        return 2;
    }
    Value code = vm_compile(src, len, path, COMPILE_EXEC);
    mem_free(src);
    if (code == VAL_NULL) return runtime_handle_exit_exception();
    dis_code(code, stdout);
    DECREF(code);
    fflush(stdout);
    return 0;
}

static int cli_run(const CliOptions *o) {
    switch (o->mode) {
    case CLI_RUN_FILE: return runtime_run_file(o->target);
    case CLI_RUN_CODE: return runtime_run_string(o->target, "<string>");
    case CLI_RUN_MODULE: return runtime_run_module(o->target);
    case CLI_RUN_STDIN: return cli_run_stdin();
    case CLI_DIS: return cli_dis(o->target);
    case CLI_REPL: return repl_run();
    }
    return 2;
}

int main(int argc, char **argv) {
    CliOptions o = {0};
    int parsed = cli_parse(argc, argv, &o);
    if (parsed != 0) return parsed > 0 ? 0 : 2;
    registry_register_all();
    vm_set_compiler(compile_source);
    traceback_set_anchor_fn(compile_caret_anchors);
    if (runtime_init(o.sys_argc, o.sys_argv) != 0) return 1;
    int status = cli_run(&o);
    if (o.inspect) status = repl_inspect();
    runtime_finalize();
    free(o.sys_argv);
    return status;
}
