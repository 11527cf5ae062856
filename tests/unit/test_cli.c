/* test_cli.c - the `baton` command line, run as a separate process.
 *
 * Each test runs the built binary ($BATON, default ./baton) with fork/exec,
 * feeding stdin from a file and capturing stdout and stderr into files,
 * and checks the exit status and the output. */
#include <check.h>
#include <stdbool.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    int status;      /* exit status, or -1 if the process did not exit normally */
    char *out;       /* captured stdout (malloc'd, NUL-terminated) */
    char *err;       /* captured stderr */
} CliResult;

static const char *cli_binary(void) {
    const char *b = getenv("BATON");
    return b != NULL && b[0] != '\0' ? b : "./baton";
}

/* A temporary file holding text; returns its path (static buffer per call site). */
static void cli_write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    fclose(f);
}

static char *cli_slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n == cap - 1) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Runs baton with args (NULL-terminated, without the program name), stdin
 * from `input` (NULL: empty), in directory cwd (NULL: the current one). */
static CliResult cli_run_in(const char *cwd, const char *input, const char *const *args) {
    char dir[] = "/tmp/baton_cli_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char in_path[64], out_path[64], err_path[64];
    snprintf(in_path, sizeof in_path, "%s/in", dir);
    snprintf(out_path, sizeof out_path, "%s/out", dir);
    snprintf(err_path, sizeof err_path, "%s/err", dir);
    cli_write_file(in_path, input != NULL ? input : "");
    char binary[4096];
    const char *b = cli_binary();
    if (b[0] != '/' && cwd != NULL) {
        char here[2048];
        ck_assert_ptr_nonnull(getcwd(here, sizeof here));
        snprintf(binary, sizeof binary, "%s/%s", here, b);
    } else {
        snprintf(binary, sizeof binary, "%s", b);
    }
    const char *argv[32] = {binary};
    size_t n = 1;
    for (; args[n - 1] != NULL && n < 31; n++) argv[n] = args[n - 1];
    argv[n] = NULL;
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int in = open(in_path, O_RDONLY), out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600),
            err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0 || (cwd != NULL && chdir(cwd) < 0)) _exit(127);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execv(binary, (char *const *)argv);
        _exit(127);
    }
    int wstatus;
    ck_assert_int_eq(waitpid(pid, &wstatus, 0), pid);
    CliResult r = {WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1, cli_slurp(out_path), cli_slurp(err_path)};
    unlink(in_path);
    unlink(out_path);
    unlink(err_path);
    rmdir(dir);
    return r;
}

static CliResult cli_run(const char *input, const char *const *args) { return cli_run_in(NULL, input, args); }

static void cli_free(CliResult *r) {
    free(r->out);
    free(r->err);
}

static bool cli_ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

#define ARGS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* Create a fresh file from the template path (ending "XXXXXX.py", rewritten
 * in place) holding text: the scripts of the --dis and traceback tests. */
static void cli_temp_script(char *path, const char *text) {
    int fd = mkstemps(path, 3);
    ck_assert_int_ge(fd, 0);
    close(fd);
    cli_write_file(path, text);
}

/* Run baton (input on stdin, NULL for none) and check its exit status and,
 * where not NULL, the whole of its stdout and stderr: the shape of every
 * test below that looks at nothing else. */
static void cli_expect(const char *input, const char *const *args, int status, const char *out,
                       const char *err) {
    CliResult r = cli_run(input, args);
    ck_assert_int_eq(r.status, status);
    if (out)
        ck_assert_str_eq(r.out, out);
    if (err)
        ck_assert_str_eq(r.err, err);
    cli_free(&r);
}

/* Big-int results past GMP's size limit (about 2**37 bits) raise
 * MemoryError at once, where GMP would abort the process (and CPython
 * would compute for hours before running out of memory). */
START_TEST(test_cli_gmp_size_limit) {
    cli_expect(NULL, ARGS("-c",
        "import math\n"
        "for f in (lambda: 2 ** 2**40, lambda: (2**2**20) ** 2**20, lambda: math.factorial(2**40),\n"
        "          lambda: math.comb(2**40, 2**39), lambda: math.perm(2**40, 2**39), lambda: math.perm(2**40)):\n"
        "    try: f()\n"
        "    except MemoryError: print('MemoryError')\n"
        "print(math.comb(2**40, 2), math.factorial(30))\n"),
        0, "MemoryError\nMemoryError\nMemoryError\nMemoryError\nMemoryError\nMemoryError\n"
           "604462909806764831539200 265252859812191058636308480000000\n", "");
}
END_TEST

/* However high a program sets the recursion limit and however small the C
 * stack is (here 1 MiB, hard limit, inherited by baton), recursion ends in
 * RecursionError, never in a crash. Calls from Python code to Python
 * functions use no C stack (the loop runs them in place, as CPython 3.11's
 * does), so they go as deep as the limit allows; recursion through C (map
 * calling back, repr of nested lists) stops at the C stack's margin. A
 * thread's stack is baton's own size. */
START_TEST(test_cli_recursion_small_stack) {
    struct rlimit saved, small = {(rlim_t)1 << 20, (rlim_t)1 << 20};
    ck_assert_int_eq(getrlimit(RLIMIT_STACK, &saved), 0);
    ck_assert_int_eq(setrlimit(RLIMIT_STACK, &small), 0);
    CliResult r = cli_run(NULL, ARGS("-c",
        "import sys, threading\n"
        "sys.setrecursionlimit(10**7)\n"
        "def f(n): return 0 if n == 0 else 1 + f(n - 1)\n"
        "print('main', f(10**5))\n"
        "def g(n): return 0 if n == 0 else 1 + max(map(g, [n - 1]))\n"
        "try: g(10**6)\n"
        "except RecursionError as e: print('map', e)\n"
        "nest = []\n"
        "for i in range(10**6): nest = [nest]\n"
        "try: repr(nest)\n"
        "except RecursionError as e: print('repr', e)\n"
        "t = threading.Thread(target=lambda: print('thread', f(100000))); t.start(); t.join()\n"));
    setrlimit(RLIMIT_STACK, &saved);
    ck_assert_str_eq(r.err, "");
    ck_assert_str_eq(r.out, "main 100000\n"
                            "map maximum recursion depth exceeded\n"
                            "repr maximum recursion depth exceeded while getting the repr of an object\n"
                            "thread 100000\n");
    ck_assert_int_eq(r.status, 0);
    cli_free(&r);
}
END_TEST

START_TEST(test_cli_version) {
    cli_expect(NULL, ARGS("--version"), 0, "baton 0.1.0 (Python 3.11 subset)\n", NULL);
}
END_TEST

START_TEST(test_cli_help) {
    CliResult r = cli_run(NULL, ARGS("--help"));
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "usage: baton"));
    ck_assert_ptr_nonnull(strstr(r.out, "-X gil=interval|ticks|fifo"));
    ck_assert_ptr_nonnull(strstr(r.out, "--dis FILE"));
    ck_assert_ptr_nonnull(strstr(r.out, "--gil-trace=FILE"));
    cli_free(&r);
}
END_TEST

START_TEST(test_cli_c_prints) {
    cli_expect(NULL, ARGS("-c", "print(1 + 1); print('x', 'y', sep='-')"), 0, "2\nx-y\n", "");
}
END_TEST

START_TEST(test_cli_c_argv) {
    cli_expect(NULL, ARGS("-c", "import sys; print(sys.argv, repr(sys.path[0]))", "a", "b"), 0,
               "['-c', 'a', 'b'] ''\n", NULL);
}
END_TEST

START_TEST(test_cli_uncaught_exception) {
    CliResult r = cli_run(NULL, ARGS("-c", "print('before')\nraise ValueError('boom')"));
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.out, "before\n");
    ck_assert_ptr_nonnull(strstr(r.err, "Traceback (most recent call last):\n"));
    ck_assert(cli_ends_with(r.err, "ValueError: boom\n"));
    cli_free(&r);
}
END_TEST

START_TEST(test_cli_exit_codes) {
    cli_expect(NULL, ARGS("-c", "import sys; sys.exit(3)"), 3, NULL, "");
    cli_expect(NULL, ARGS("-c", "import sys; sys.exit()"), 0, NULL, NULL);
    cli_expect(NULL, ARGS("-c", "import sys; sys.exit(None)"), 0, NULL, NULL);
    cli_expect(NULL, ARGS("-c", "def f():\n    raise SystemExit(4)\ndef g():\n    f()\ng()"), 4, NULL,
               "");
    cli_expect(NULL, ARGS("-c", "exit(5)"), 5, NULL, NULL);
}
END_TEST

START_TEST(test_cli_exit_message) {
    cli_expect(NULL, ARGS("-c", "import sys; print('out'); sys.exit('msg here')"), 1, "out\n",
               "msg here\n");
}
END_TEST

START_TEST(test_cli_missing_file) {
    cli_expect(NULL, ARGS("/no/such/dir/script.py"), 2, NULL,
               "baton: can't open file '/no/such/dir/script.py': [Errno 2] No such file or directory\n");
}
END_TEST

START_TEST(test_cli_usage_errors) {
    CliResult r = cli_run(NULL, ARGS("--no-such-option"));
    ck_assert_int_eq(r.status, 2);
    ck_assert_ptr_nonnull(strstr(r.err, "usage: baton"));
    cli_free(&r);
    cli_expect(NULL, ARGS("-X", "gil=bogus", "-c", "pass"), 2, NULL, NULL);
    cli_expect(NULL, ARGS("-X", "nosuchkey=1", "-c", "pass"), 2, NULL, NULL);
    cli_expect(NULL, ARGS("-c"), 2, NULL, NULL);
    cli_expect(NULL, ARGS("-X", "switchinterval=0", "-c", "pass"), 2, NULL, NULL);
}
END_TEST

START_TEST(test_cli_x_options_stored) {
    CliResult r = cli_run(NULL, ARGS("-X", "switchinterval=0.002", "-Xgil=fifo", "-X", "checkinterval=7",
                                     "--gil-stats", "-c", "import sys; print(sys.getswitchinterval())"));
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "0.002\n");
    cli_free(&r);
}
END_TEST

START_TEST(test_cli_stdin_program) {
    cli_expect("import sys\nprint('from stdin', sys.argv)\n", ARGS("-"), 0, "from stdin ['-']\n", NULL);
    cli_expect("x = 6 * 7\nprint(x)\n", (const char *const[]){NULL}, 0, "42\n", NULL);
}
END_TEST

START_TEST(test_cli_input) {
    CliResult r = cli_run("abc\nlast", ARGS("-c", "print(input('? ').upper()); print(input())"));
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "? ABC\nlast\n");
    cli_free(&r);
    r = cli_run("", ARGS("-c", "input()"));
    ck_assert_int_eq(r.status, 1);
    ck_assert(cli_ends_with(r.err, "EOFError: EOF when reading a line\n"));
    cli_free(&r);
}
END_TEST

START_TEST(test_cli_dis) {
    char path[] = "/tmp/baton_dis_XXXXXX.py";
    cli_temp_script(path, "x = 1\nprint(x)\n");
    CliResult r = cli_run(NULL, ARGS("--dis", path));
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, "LOAD_CONST"));
    cli_free(&r);
    unlink(path);
}
END_TEST

/* dis.dis prints with the disassembler of --dis, and shows a function that
 * has run (its code quickened into superinstructions) as the compiler
 * emitted it: the same text as --dis prints for its code object. */
START_TEST(test_cli_dis_module_matches_dis_flag) {
    char path[] = "/tmp/baton_dis_XXXXXX.py";
    cli_temp_script(path, "def add(a, b):\n    c = a + b\n    d = c * 2\n    return d - a\n\n"
                          "for i in range(3):\n    add(i, i)\n");
    CliResult flag = cli_run(NULL, ARGS("--dis", path));
    ck_assert_int_eq(flag.status, 0);
    const char *add_part = strstr(flag.out, ">:\n");
    ck_assert_ptr_nonnull(add_part);
    char code[256];
    snprintf(code, sizeof code, "exec(open('%s').read())\nimport dis\ndis.dis(add)", path);
    CliResult mod = cli_run(NULL, ARGS("-c", code));
    ck_assert_int_eq(mod.status, 0);
    ck_assert_str_eq(mod.out, add_part + 3);
    ck_assert_ptr_nonnull(strstr(mod.out, "BINARY_OP                0 (+)"));
    cli_free(&flag);
    cli_free(&mod);
    unlink(path);
}
END_TEST

START_TEST(test_cli_traceback_in_function) {
    char path[] = "/tmp/baton_tb_XXXXXX.py";
    cli_temp_script(path, "def f():\n    raise ValueError('bad value')\n\nf()\n");
    CliResult r = cli_run(NULL, ARGS(path));
    ck_assert_int_eq(r.status, 1);
    char line[256];
    ck_assert(strncmp(r.err, "Traceback (most recent call last):\n", 35) == 0);
    snprintf(line, sizeof line, "  File \"%s\", line 4, in <module>\n    f()\n", path);
    ck_assert_ptr_nonnull(strstr(r.err, line));
    snprintf(line, sizeof line, "  File \"%s\", line 2, in f\n    raise ValueError('bad value')\n", path);
    ck_assert_ptr_nonnull(strstr(r.err, line));
    ck_assert(cli_ends_with(r.err, "ValueError: bad value\n"));
    cli_free(&r);
    unlink(path);
}
END_TEST

/* The whole report, compared with what python3 3.11 prints for the same
 * file: `^` under the failing call, `~~^~~` under an operator, `~~^^^`
 * under a subscript, none where they would underline the whole line, and
 * "<listcomp>" frames. */
static void cli_check_traceback(const char *src, const char *expected_fmt) {
    char path[] = "/tmp/baton_tb_XXXXXX.py";
    cli_temp_script(path, src);
    CliResult r = cli_run(NULL, ARGS(path));
    ck_assert_int_eq(r.status, 1);
    char expected[4096];
    snprintf(expected, sizeof expected, expected_fmt, path, path, path, path, path);
    ck_assert_str_eq(r.err, expected);
    cli_free(&r);
    unlink(path);
}

START_TEST(test_cli_traceback_carets) {
    cli_check_traceback(
        "class Ledger:\n"
        "    def __init__(self):\n"
        "        self.rows = {\"a\": [1, 2]}\n"
        "    def total(self, key):\n"
        "        return sum(self.rows[key]) + self.bonus(key)\n"
        "    def bonus(self, key):\n"
        "        return len(key) / (len(key) - 1)\n"
        "def report(ledger, keys):\n"
        "    return [ledger.total(k) for k in keys]\n"
        "print(report(Ledger(), [\"a\"]))\n",
        "Traceback (most recent call last):\n"
        "  File \"%s\", line 10, in <module>\n"
        "    print(report(Ledger(), [\"a\"]))\n"
        "          ^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"%s\", line 9, in report\n"
        "    return [ledger.total(k) for k in keys]\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"%s\", line 9, in <listcomp>\n"
        "    return [ledger.total(k) for k in keys]\n"
        "            ^^^^^^^^^^^^^^^\n"
        "  File \"%s\", line 5, in total\n"
        "    return sum(self.rows[key]) + self.bonus(key)\n"
        "                                 ^^^^^^^^^^^^^^^\n"
        "  File \"%s\", line 7, in bonus\n"
        "    return len(key) / (len(key) - 1)\n"
        "           ~~~~~~~~~^~~~~~~~~~~~~~~~\n"
        "ZeroDivisionError: division by zero\n");
    cli_check_traceback(
        "def load(rows, key):\n"
        "    try:\n"
        "        return rows[key][\"qty\"] * 2\n"
        "    except KeyError as e:\n"
        "        raise LookupError(f\"no row {key}\") from e\n"
        "load({\"a\": {}}, \"a\")\n",
        "Traceback (most recent call last):\n"
        "  File \"%s\", line 3, in load\n"
        "    return rows[key][\"qty\"] * 2\n"
        "           ~~~~~~~~~^^^^^^^\n"
        "KeyError: 'qty'\n"
        "\n"
        "The above exception was the direct cause of the following exception:\n"
        "\n"
        "Traceback (most recent call last):\n"
        "  File \"%s\", line 6, in <module>\n"
        "    load({\"a\": {}}, \"a\")\n"
        "  File \"%s\", line 5, in load\n"
        "    raise LookupError(f\"no row {key}\") from e\n"
        "LookupError: no row a\n");
}
END_TEST

/* Multi-line expressions: an attribute chain reports the line of `.name`
 * and underlines from it; a call spanning lines underlines to the end of
 * its first line; a generator expression as sole argument spans the
 * call's parentheses; a failing decorator reports its `@` line. */
START_TEST(test_cli_traceback_multiline_spans) {
    cli_check_traceback(
        "class O:\n"
        "    def meth(self, a):\n"
        "        return a.missing\n"
        "def f(obj):\n"
        "    return (obj\n"
        "        .meth(1))\n"
        "f(O())\n",
        "Traceback (most recent call last):\n"
        "  File \"%s\", line 7, in <module>\n"
        "    f(O())\n"
        "  File \"%s\", line 6, in f\n"
        "    .meth(1))\n"
        "     ^^^^^^^\n"
        "  File \"%s\", line 3, in meth\n"
        "    return a.missing\n"
        "           ^^^^^^^^^\n"
        "AttributeError: 'int' object has no attribute 'missing'\n");
    cli_check_traceback(
        "def g(n):\n"
        "    yield 10 // n\n"
        "total = sum(x for x in g(0))\n",
        "Traceback (most recent call last):\n"
        "  File \"%s\", line 3, in <module>\n"
        "    total = sum(x for x in g(0))\n"
        "            ^^^^^^^^^^^^^^^^^^^^\n"
        "  File \"%s\", line 3, in <genexpr>\n"
        "    total = sum(x for x in g(0))\n"
        "               ^^^^^^^^^^^^^^^^^\n"
        "  File \"%s\", line 2, in g\n"
        "    yield 10 // n\n"
        "          ~~~^^~~\n"
        "ZeroDivisionError: integer division or modulo by zero\n");
    cli_check_traceback(
        "def f(a, b):\n"
        "    return a + b\n"
        "x = f(1,\n"
        "      None)\n",
        "Traceback (most recent call last):\n"
        "  File \"%s\", line 3, in <module>\n"
        "    x = f(1,\n"
        "        ^^^^\n"
        "  File \"%s\", line 2, in f\n"
        "    return a + b\n"
        "           ~~^~~\n"
        "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n");
    cli_check_traceback(
        "def deco(f):\n"
        "    raise ValueError(\"deco\")\n"
        "class K:\n"
        "    @staticmethod\n"
        "    @deco\n"
        "    def g():\n"
        "        pass\n",
        "Traceback (most recent call last):\n"
        "  File \"%s\", line 3, in <module>\n"
        "    class K:\n"
        "  File \"%s\", line 5, in K\n"
        "    @deco\n"
        "     ^^^^\n"
        "  File \"%s\", line 2, in deco\n"
        "    raise ValueError(\"deco\")\n"
        "ValueError: deco\n");
}
END_TEST

START_TEST(test_cli_run_module) {
    char dir[] = "/tmp/baton_m_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/hello_mod.py", dir);
    cli_write_file(path, "import sys\nprint(__name__, sys.argv[0].endswith('hello_mod.py'), sys.argv[1:])\n");
    CliResult r = cli_run_in(dir, NULL, ARGS("-m", "hello_mod", "x"));
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "__main__ True ['x']\n");
    cli_free(&r);
    unlink(path);
    rmdir(dir);
}
END_TEST

/* The caret line of a SyntaxError copies the tabs of the source line, found
 * by code point (offsets count code points), not by byte. */
START_TEST(test_cli_syntax_caret_after_non_ascii) {
    CliResult r = cli_run(NULL, ARGS("-c", "x = \"\xc3\xa9\xc3\xa9\"\tz"));
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "  File \"<string>\", line 1\n"
                            "    x = \"\xc3\xa9\xc3\xa9\"\tz\n"
                            "            \t^\n"
                            "SyntaxError: invalid syntax\n");
    cli_free(&r);
}
END_TEST

/* A traceback through a function typed in an earlier REPL input shows no
 * source line for it (as CPython 3.11), never a line of the current input. */
START_TEST(test_cli_repl_traceback_earlier_input) {
    CliResult r = cli_run("def f():\n    x = 1\n    return 1/0\n\nif True:\n    y = 5\n    f()\n\n",
                          ARGS("-i"));
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.err, "  File \"<stdin>\", line 3, in <module>\n    f()\n"
                                        "  File \"<stdin>\", line 3, in f\n"
                                        "ZeroDivisionError: division by zero\n"));
    cli_free(&r);
}
END_TEST

/* -i runs the program, then reads statements from stdin in its namespace. */
START_TEST(test_cli_inspect_after_code) {
    cli_expect("print(x + 1)\n", ARGS("-i", "-c", "x = 41"), 0, "42\n", NULL);
}
END_TEST

/* Two named CPU-bound threads: what the GIL reports are run on. */
#define CLI_GIL_PROGRAM                                                                         \
    "import threading\n"                                                                         \
    "def spin(n):\n"                                                                             \
    "    while n > 0:\n"                                                                         \
    "        n -= 1\n"                                                                           \
    "ts = [threading.Thread(target=spin, args=(200000,), name=f'worker-{c}') for c in 'ab']\n"   \
    "for t in ts: t.start()\n"                                                                   \
    "for t in ts: t.join()\n"                                                                    \
    "print('done')\n"

/* --gil-stats: stdout untouched, a per-thread table on stderr at exit. */
START_TEST(test_cli_gil_stats) {
    CliResult r = cli_run(NULL, ARGS("--gil-stats", "-c", CLI_GIL_PROGRAM));
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "done\n");
    ck_assert_ptr_nonnull(strstr(r.err, "GIL statistics (policy interval, switch interval 5 ms"));
    ck_assert_ptr_nonnull(strstr(r.err, "acquisitions "));
    ck_assert_ptr_nonnull(strstr(r.err, "held ms"));
    ck_assert_ptr_nonnull(strstr(r.err, "\n  worker-a "));
    ck_assert_ptr_nonnull(strstr(r.err, "\n  worker-b "));
    ck_assert_ptr_nonnull(strstr(r.err, "\n  MainThread "));
    cli_free(&r);
    r = cli_run(NULL, ARGS("-X", "gil=ticks", "--gil-stats", "-c", CLI_GIL_PROGRAM));
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.err, "GIL statistics (policy ticks"));
    cli_free(&r);
}
END_TEST

/* --gil-timeline: one row per thread, with '#' where it held the lock. */
START_TEST(test_cli_gil_timeline) {
    CliResult r = cli_run(NULL, ARGS("-X", "gil=fifo", "--gil-timeline", "-c", CLI_GIL_PROGRAM));
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "done\n");
    ck_assert_ptr_nonnull(strstr(r.err, "GIL timeline over "));
    const char *rows[] = {"\nMainThread     |", "\nworker-a       |", "\nworker-b       |"};
    for (size_t i = 0; i < 3; i++) {
        const char *row = strstr(r.err, rows[i]);
        ck_assert_msg(row != NULL, "no row %s in %s", rows[i] + 1, r.err);
        const char *end = strchr(row + 1, '\n');
        ck_assert_ptr_nonnull(end);
        ck_assert_ptr_nonnull(memchr(row, '#', (size_t)(end - row)));
        ck_assert_int_eq(end[-1], '|');
    }
    cli_free(&r);
}
END_TEST

static int cli_count(const char *s, const char *needle) {
    int n = 0;
    for (const char *p = strstr(s, needle); p != NULL; p = strstr(p + 1, needle)) n++;
    return n;
}

/* --gil-trace=FILE writes Chrome Trace Event JSON naming every thread, each
 * span begun is ended; an unwritable path is reported without changing the
 * exit status. */
START_TEST(test_cli_gil_trace) {
    char dir[] = "/tmp/baton_trace_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[128], opt[160];
    snprintf(path, sizeof path, "%s/trace.json", dir);
    snprintf(opt, sizeof opt, "--gil-trace=%s", path);
    CliResult r = cli_run(NULL, ARGS(opt, "-c", CLI_GIL_PROGRAM));
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "done\n");
    ck_assert_ptr_nonnull(strstr(r.err, "GIL trace written to"));
    char *json = cli_slurp(path);
    const char *head = "{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n";
    ck_assert_msg(strncmp(json, head, strlen(head)) == 0, "%.60s", json);
    ck_assert(cli_ends_with(json, "]}\n"));
    ck_assert_ptr_nonnull(strstr(json, "\"args\": {\"name\": \"worker-a\"}"));
    ck_assert_ptr_nonnull(strstr(json, "\"args\": {\"name\": \"MainThread\"}"));
    ck_assert_ptr_nonnull(strstr(json, "\"name\": \"holds GIL\", \"ph\": \"B\""));
    ck_assert_ptr_nonnull(strstr(json, "\"name\": \"holds GIL\", \"ph\": \"E\""));
    ck_assert_int_eq(cli_count(json, "\"ph\": \"B\""), cli_count(json, "\"ph\": \"E\""));
    ck_assert_int_eq(cli_count(json, "\"ph\": \"M\""), 3);
    free(json);
    unlink(path);
    rmdir(dir);
    cli_free(&r);
    r = cli_run(NULL, ARGS("--gil-trace=/nonexistent-dir/trace.json", "-c", "print('ok')"));
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "ok\n");
    ck_assert_ptr_nonnull(strstr(r.err, "baton: cannot write the GIL trace to /nonexistent-dir/trace.json"));
    cli_free(&r);
}
END_TEST

/* At exit a global's __del__ runs after the script's output (exit status
 * unchanged by sys.exit), and one that raises prints what python3 3.11
 * prints: "Exception ignored in:", then a traceback without source lines
 * (CPython's teardown can no longer read them). */
START_TEST(test_cli_shutdown_del_error) {
    char path[] = "/tmp/baton_fini_XXXXXX.py";
    cli_temp_script(path,
                    "import sys\n"
                    "class Res:\n"
                    "    def __init__(self, name): self.name = name\n"
                    "    def __del__(self):\n"
                    "        print('closing', self.name)\n"
                    "        if self.name == 'bad':\n"
                    "            raise ValueError('cannot close ' + self.name)\n"
                    "good = Res('good')\n"
                    "bad = Res('bad')\n"
                    "print('end')\n"
                    "sys.exit(3)\n");
    CliResult r = cli_run(NULL, ARGS(path));
    ck_assert_int_eq(r.status, 3);
    ck_assert_str_eq(r.out, "end\nclosing good\nclosing bad\n");
    ck_assert(strncmp(r.err, "Exception ignored in: <function Res.__del__ at 0x", 49) == 0);
    char tail[512];
    snprintf(tail, sizeof tail,
             ">\nTraceback (most recent call last):\n  File \"%s\", line 7, in __del__\n"
             "ValueError: cannot close bad\n", path);
    ck_assert(cli_ends_with(r.err, tail));
    cli_free(&r);
    unlink(path);
}
END_TEST

/* A file the script never closed is flushed at exit when its module's
 * namespace is freed, even a namespace in a cycle with its functions. */
START_TEST(test_cli_shutdown_flushes_files) {
    char path[] = "/tmp/baton_fini_XXXXXX.py", data[] = "/tmp/baton_fini_XXXXXX.txt";
    cli_temp_script(path, "import sys\ndef unused():\n    pass\nlog = open(sys.argv[1], 'w')\nlog.write('buffered')\n");
    int fd = mkstemps(data, 4);
    ck_assert_int_ge(fd, 0);
    close(fd);
    CliResult r = cli_run(NULL, ARGS(path, data));
    ck_assert_int_eq(r.status, 0);
    char *written = cli_slurp(data);
    ck_assert_str_eq(written, "buffered");
    free(written);
    cli_free(&r);
    unlink(path);
    unlink(data);
}
END_TEST

/* A finalizer at exit cannot start a thread (it could never run: the GIL
 * is closed to other threads): RuntimeError, as in CPython 3.12, instead
 * of 3.11's hang in Thread.start(). */
START_TEST(test_cli_shutdown_no_new_threads) {
    cli_expect(NULL,
               ARGS("-c", "import threading\n"
                          "class A:\n"
                          "    def __del__(self):\n"
                          "        try: threading.Thread(target=print).start()\n"
                          "        except RuntimeError as e: print('refused:', e)\n"
                          "a = A()\n"),
               0, "refused: can't create new thread at interpreter shutdown\n", "");
}
END_TEST

Suite *cli_suite(void) {
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("cli");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_cli_version);
    tcase_add_test(tc, test_cli_recursion_small_stack);
    tcase_add_test(tc, test_cli_gmp_size_limit);
    tcase_add_test(tc, test_cli_help);
    tcase_add_test(tc, test_cli_c_prints);
    tcase_add_test(tc, test_cli_c_argv);
    tcase_add_test(tc, test_cli_uncaught_exception);
    tcase_add_test(tc, test_cli_exit_codes);
    tcase_add_test(tc, test_cli_shutdown_del_error);
    tcase_add_test(tc, test_cli_shutdown_flushes_files);
    tcase_add_test(tc, test_cli_shutdown_no_new_threads);
    tcase_add_test(tc, test_cli_exit_message);
    tcase_add_test(tc, test_cli_missing_file);
    tcase_add_test(tc, test_cli_usage_errors);
    tcase_add_test(tc, test_cli_x_options_stored);
    tcase_add_test(tc, test_cli_stdin_program);
    tcase_add_test(tc, test_cli_input);
    tcase_add_test(tc, test_cli_dis);
    tcase_add_test(tc, test_cli_dis_module_matches_dis_flag);
    tcase_add_test(tc, test_cli_traceback_in_function);
    tcase_add_test(tc, test_cli_traceback_carets);
    tcase_add_test(tc, test_cli_traceback_multiline_spans);
    tcase_add_test(tc, test_cli_run_module);
    tcase_add_test(tc, test_cli_inspect_after_code);
    tcase_add_test(tc, test_cli_syntax_caret_after_non_ascii);
    tcase_add_test(tc, test_cli_repl_traceback_earlier_input);
    tcase_add_test(tc, test_cli_gil_stats);
    tcase_add_test(tc, test_cli_gil_timeline);
    tcase_add_test(tc, test_cli_gil_trace);
    suite_add_tcase(s, tc);
    return s;
}
