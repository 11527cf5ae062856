/* script_tests.c - run Python files through ./baton and check their output.
 *
 * Expectation files (tests/scripts): the expected stdout is the sequence of
 * `# expect: LINE` comments, top to bottom; a `# expect error: LINE` comment
 * says the program ends with an uncaught exception: exit status 1 and LINE as
 * the last line of stderr. Conformance files (tests/conformance): python3 runs
 * the same file, and stdout and exit status must be identical. */
#include "script_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <libgen.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
    char *out;   /* whole stdout */
    char *err;   /* whole stderr */
    int status;  /* exit status, or 128 + signal */
} RunResult;

/* The files of each kind, indexed by the loop tests' _i. */
static glob_t script_files[2];

static char *read_fd_all(int fd) {
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    lseek(fd, 0, SEEK_SET);
    for (;;) {
        if (len + 1 >= cap) buf = realloc(buf, cap *= 2);
        ssize_t n = read(fd, buf + len, cap - len - 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        len += (size_t)n;
    }
    buf[len] = '\0';
    return buf;
}

/* Run argv with stdin from /dev/null, in the file's directory's parent cwd,
 * collecting stdout and stderr through temporary files (no pipe deadlock). */
static RunResult run_program(char *const argv[]) {
    RunResult r = {NULL, NULL, -1};
    FILE *out = tmpfile(), *err = tmpfile();
    ck_assert_msg(out && err, "tmpfile failed");
    pid_t pid = fork();
    ck_assert_msg(pid >= 0, "fork failed");
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDONLY);
        dup2(devnull, 0);
        dup2(fileno(out), 1);
        dup2(fileno(err), 2);
        setenv("PYTHONHASHSEED", "0", 1);
        setenv("PYTHONIOENCODING", "utf-8", 1);
        execvp(argv[0], argv);
        fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = read_fd_all(fileno(out));
    r.err = read_fd_all(fileno(err));
    fclose(out);
    fclose(err);
    return r;
}

static const char *baton_path(void) {
    const char *p = getenv("BATON");
    return p && *p ? p : "./baton";
}

/* Next line of *cursor (without its newline), or NULL at the end. */
static char *next_line(char **cursor) {
    if (**cursor == '\0') return NULL;
    char *line = *cursor, *nl = strchr(line, '\n');
    if (nl) { *nl = '\0'; *cursor = nl + 1; } else *cursor += strlen(line);
    return line;
}

static char *last_nonblank_line(char *text) {
    char *last = "", *cursor = text, *line;
    while ((line = next_line(&cursor)) != NULL)
        if (line[strspn(line, " \t\r")] != '\0') last = line;
    return last;
}

/* Collect the expected stdout from `# expect:` comments; *error gets the
 * `# expect error:` text or NULL. Returns the expected output. */
static char *expectations(const char *src, char **error) {
    size_t cap = strlen(src) + 1, len = 0;
    char *expected = malloc(cap);
    *error = NULL;
    for (const char *p = src; (p = strstr(p, "# expect")) != NULL; p++) {
        const char *q = p + strlen("# expect");
        bool is_error = strncmp(q, " error:", 7) == 0;
        if (is_error) q += 7;
        else if (*q == ':') q += 1;
        else continue;
        if (*q == ' ') q++;
        size_t n = strcspn(q, "\n");
        if (is_error) {
            *error = strndup(q, n);
        } else {
            memcpy(expected + len, q, n);
            len += n;
            expected[len++] = '\n';
        }
    }
    expected[len] = '\0';
    return expected;
}

static char *read_file(const char *path) {
    int fd = open(path, O_RDONLY);
    ck_assert_msg(fd >= 0, "cannot open %s", path);
    char *text = read_fd_all(fd);
    close(fd);
    return text;
}

/* Report the first line where got and want differ. */
static void assert_same_output(const char *path, const char *who, char *got, char *want) {
    char *gc = got, *wc = want, *g, *w;
    for (int lineno = 1;; lineno++) {
        g = next_line(&gc);
        w = next_line(&wc);
        if (!g && !w) return;
        ck_assert_msg(g && w && strcmp(g, w) == 0,
                      "%s: stdout line %d: baton printed '%s', %s '%s'", path, lineno,
                      g ? g : "<end of output>", who, w ? w : "<end of output>");
    }
}

static void check_expect_file(const char *path) {
    char *src = read_file(path), *error;
    char *expected = expectations(src, &error);
    char *argv[] = {(char *)baton_path(), (char *)path, NULL};
    RunResult r = run_program(argv);
    char *err_copy = strdup(r.err);
    assert_same_output(path, "expected", r.out, expected);
    if (error) {
        ck_assert_msg(r.status == 1, "%s: exit status %d, expected 1 (stderr: %s)", path, r.status, err_copy);
        char *last = last_nonblank_line(r.err);
        ck_assert_msg(strcmp(last, error) == 0, "%s: last stderr line '%s', expected '%s'", path, last, error);
    } else {
        ck_assert_msg(r.status == 0, "%s: exit status %d (stderr: %s)", path, r.status, err_copy);
    }
}

static void check_conform_file(const char *path) {
    char *bargv[] = {(char *)baton_path(), (char *)path, NULL};
    char *pargv[] = {"python3", (char *)path, NULL};
    RunResult b = run_program(bargv);
    RunResult p = run_program(pargv);
    ck_assert_msg(p.status != 127, "%s: python3 could not be run", path);
    char *err_copy = strdup(b.err);
    assert_same_output(path, "python3 printed", b.out, p.out);
    ck_assert_msg(b.status == p.status, "%s: exit status %d, python3's %d (stderr: %s)", path,
                  b.status, p.status, err_copy);
}

START_TEST(test_expect_file) { check_expect_file(script_files[SCRIPT_EXPECT].gl_pathv[_i]); }
END_TEST

START_TEST(test_conform_file) { check_conform_file(script_files[SCRIPT_CONFORM].gl_pathv[_i]); }
END_TEST

/* Differential tests: the programs tests/fuzz/diffgen.py generates from
 * fixed seeds (hundreds of random expressions each), run by python3 and by
 * baton like conformance files. */
#define DIFF_FIRST_SEED 1
#define DIFF_SEEDS 10
#define DIFF_SNIPPETS "400"

START_TEST(test_differential) {
    char seed[16], path[64];
    snprintf(seed, sizeof seed, "%d", DIFF_FIRST_SEED + _i);
    snprintf(path, sizeof path, "/tmp/baton_diff_seed%s_XXXXXX.py", seed);
    char *gen_argv[] = {"python3", "tests/fuzz/diffgen.py", seed, DIFF_SNIPPETS, NULL};
    RunResult gen = run_program(gen_argv);
    ck_assert_msg(gen.status == 0, "diffgen.py %s failed: %s", seed, gen.err);
    int fd = mkstemps(path, 3);
    ck_assert_int_ge(fd, 0);
    size_t len = strlen(gen.out);
    ck_assert_int_eq(write(fd, gen.out, len), (ssize_t)len);
    close(fd);
    check_conform_file(path);
    unlink(path);
}
END_TEST

Suite *differential_suite(void) {
    Suite *s = suite_create("differential");
    TCase *tc = tcase_create("differential");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, test_differential, 0, DIFF_SEEDS);
    suite_add_tcase(s, tc);
    return s;
}

static bool is_helper_module(const char *path) {
    char *copy = strdup(path);
    bool helper = strncmp(basename(copy), "mod_", 4) == 0;
    free(copy);
    return helper;
}

/* $SCRIPT_TESTS_FILTER, when set, is a space-separated list of shell
 * patterns; only files whose base name matches one of them run (make tsan
 * runs the thread tests only). */
static bool is_selected(const char *path) {
    const char *filter = getenv("SCRIPT_TESTS_FILTER");
    if (filter == NULL || *filter == '\0') return true;
    char *copy = strdup(path), *patterns = strdup(filter), *save = NULL;
    bool hit = false;
    for (char *p = strtok_r(patterns, " ", &save); p && !hit; p = strtok_r(NULL, " ", &save))
        hit = fnmatch(p, basename(copy), 0) == 0;
    free(patterns);
    free(copy);
    return hit;
}

/* Glob the .py files of dir, dropping the helper modules (mod_*.py) and the
 * files the filter leaves out. */
static void collect_files(glob_t *g, const char *dir) {
    char pattern[4096];
    snprintf(pattern, sizeof pattern, "%s/*.py", dir);
    if (glob(pattern, 0, NULL, g) != 0) {
        g->gl_pathc = 0;
        return;
    }
    size_t kept = 0;
    for (size_t i = 0; i < g->gl_pathc; i++)
        if (!is_helper_module(g->gl_pathv[i]) && is_selected(g->gl_pathv[i]))
            g->gl_pathv[kept++] = g->gl_pathv[i];
    g->gl_pathc = kept;
}

Suite *script_tests_suite(const char *name, const char *dir, ScriptKind kind) {
    Suite *s = suite_create(name);
    TCase *tc = tcase_create(name);
    tcase_set_timeout(tc, 120);
    collect_files(&script_files[kind], dir);
    tcase_add_loop_test(tc, kind == SCRIPT_EXPECT ? test_expect_file : test_conform_file, 0,
                        (int)script_files[kind].gl_pathc);
    suite_add_tcase(s, tc);
    return s;
}
