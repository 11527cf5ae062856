/* test_repl.c - the REPL as a person uses it.
 *
 * Each test starts the built binary ($BATON, default ./baton) on a fresh
 * pseudo-terminal (posix_openpt), types keys into it and waits for what a
 * person would see. Nothing sleeps to synchronise: every wait is for some
 * expected output, with a generous deadline so that a slow or busy machine
 * passes, and a missed deadline fails the test (after killing the child)
 * instead of hanging. The terminal is TERM=dumb, so readline's output is
 * the plain text typed plus what baton prints; the line discipline turns
 * each "\n" the program writes into "\r\n". */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "config.h"

#define TERM_DEADLINE_MS 10000   /* for each expected piece of output */
#define TERM_EXIT_DEADLINE_MS 10000

/* A baton running on a pseudo-terminal, and everything it printed. */
typedef struct {
    int fd;          /* the master side */
    pid_t pid;
    char *out;       /* all output so far, NUL-terminated */
    size_t len, cap;
    size_t seen;     /* output before this offset was matched already */
} Term;

static const char *term_binary(void) {
    const char *b = getenv("BATON");
    return b != NULL && b[0] != '\0' ? b : "./baton";
}

static long term_now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Child side: make the terminal the controlling one, set a predictable
 * environment and run baton. Never returns. */
static void term_exec_child(const char *slave, const char *const *args, const char *histfile) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGINT, SIG_DFL);
    if (setsid() < 0) _exit(126);
    int s = open(slave, O_RDWR);
    if (s < 0) _exit(126);
    ioctl(s, TIOCSCTTY, 0);
    dup2(s, 0);
    dup2(s, 1);
    dup2(s, 2);
    if (s > 2) close(s);
    setenv("TERM", "dumb", 1);
    setenv("INPUTRC", "/dev/null", 1);
    setenv("BATON_HISTFILE", histfile != NULL ? histfile : "", 1);
    const char *argv[16] = {term_binary()};
    size_t n = 1;
    for (; args != NULL && args[n - 1] != NULL && n < 15; n++) argv[n] = args[n - 1];
    argv[n] = NULL;
    execv(argv[0], (char *const *)argv);
    _exit(127);
}

/* Starts baton with args (NULL-terminated, without the program name) and
 * the history file histfile (NULL: none). */
static void term_spawn(Term *t, const char *const *args, const char *histfile) {
    memset(t, 0, sizeof *t);
    t->fd = posix_openpt(O_RDWR | O_NOCTTY);
    ck_assert_int_ge(t->fd, 0);
    ck_assert_int_eq(grantpt(t->fd), 0);
    ck_assert_int_eq(unlockpt(t->fd), 0);
    char slave[256];
    ck_assert_int_eq(ptsname_r(t->fd, slave, sizeof slave), 0);
    struct winsize ws = {.ws_row = 24, .ws_col = 100};
    ioctl(t->fd, TIOCSWINSZ, &ws);
    t->cap = 4096;
    t->out = malloc(t->cap);
    ck_assert_ptr_nonnull(t->out);
    t->out[0] = '\0';
    t->pid = fork();
    ck_assert_int_ge(t->pid, 0);
    if (t->pid == 0) term_exec_child(slave, args, histfile);
}

/* Reads what is available within timeout_ms. Returns false once the child
 * closed the terminal (or on an error). */
static bool term_read_some(Term *t, int timeout_ms) {
    struct pollfd p = {.fd = t->fd, .events = POLLIN};
    int r = poll(&p, 1, timeout_ms < 0 ? 0 : timeout_ms);
    if (r < 0) return errno == EINTR;
    if (r == 0) return true;
    char buf[4096];
    ssize_t n = read(t->fd, buf, sizeof buf);
    if (n < 0) return errno == EINTR || errno == EAGAIN;
    if (n == 0) return false;
    if (t->len + (size_t)n + 1 > t->cap) {
        while (t->len + (size_t)n + 1 > t->cap) t->cap *= 2;
        t->out = realloc(t->out, t->cap);
        ck_assert_ptr_nonnull(t->out);
    }
    memcpy(t->out + t->len, buf, (size_t)n);
    t->len += (size_t)n;
    t->out[t->len] = '\0';
    return true;
}

static void term_kill(Term *t) {
    if (t->pid > 0) {
        kill(t->pid, SIGKILL);
        waitpid(t->pid, NULL, 0);
        t->pid = 0;
    }
}

static void term_close(Term *t) {
    term_kill(t);
    if (t->fd >= 0) close(t->fd);
    t->fd = -1;
    free(t->out);
    t->out = NULL;
}

/* Waits for want to appear after what was matched before; on success the
 * match moves past it. On failure kills baton and fails the test, showing
 * the end of the output. */
static void term_expect_at(Term *t, const char *want, int line) {
    long deadline = term_now_ms() + TERM_DEADLINE_MS;
    size_t n = strlen(want);
    for (;;) {
        char *hit = memmem(t->out + t->seen, t->len - t->seen, want, n);
        if (hit != NULL) {
            t->seen = (size_t)(hit - t->out) + n;
            return;
        }
        long left = deadline - term_now_ms();
        if (left <= 0 || !term_read_some(t, (int)left)) break;
    }
    term_kill(t);
    size_t from = t->len > 1500 ? t->len - 1500 : 0;
    ck_abort_msg("line %d: expected \"%s\" after offset %zu; the terminal showed:\n%s", line, want,
                 t->seen, t->out + from);
}
#define EXPECT(t, want) term_expect_at((t), (want), __LINE__)

static void term_send(Term *t, const char *keys) {
    size_t n = strlen(keys), off = 0;
    while (off < n) {
        ssize_t w = write(t->fd, keys + off, n - off);
        if (w < 0 && errno == EINTR) continue;
        ck_assert_int_gt(w, 0);
        off += (size_t)w;
    }
}

/* Waits for baton to exit, reading its output meanwhile; its exit status,
 * or -1 if it was killed by a signal or had to be killed at the deadline. */
static int term_wait_exit(Term *t) {
    long deadline = term_now_ms() + TERM_EXIT_DEADLINE_MS;
    int status;
    while (term_now_ms() < deadline) {
        pid_t r = waitpid(t->pid, &status, WNOHANG);
        if (r == t->pid) {
            t->pid = 0;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        if (!term_read_some(t, 100)) {
            waitpid(t->pid, &status, 0);
            t->pid = 0;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
    }
    term_kill(t);
    return -1;
}

/* A REPL with no arguments, its banner and first prompt already shown. */
static void term_start_repl(Term *t) {
    term_spawn(t, NULL, NULL);
    EXPECT(t, ">>> ");
}

START_TEST(test_banner_and_prompt) {
    Term t;
    term_spawn(&t, NULL, NULL);
    EXPECT(&t, "baton " BATON_VERSION);
    EXPECT(&t, "Ctrl-D");
    EXPECT(&t, "\r\n>>> ");
    term_send(&t, "\x04");
    ck_assert_int_eq(term_wait_exit(&t), 0);
    term_close(&t);
}
END_TEST

START_TEST(test_multiline_def) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "def add(a, b):\r");
    EXPECT(&t, "\r\n... ");
    term_send(&t, "    return a + b\r");
    EXPECT(&t, "\r\n... ");
    term_send(&t, "\r");
    EXPECT(&t, "\r\n>>> ");
    term_send(&t, "add(2, 3)\r");
    EXPECT(&t, "\r\n5\r\n>>> ");
    /* an open bracket continues too */
    term_send(&t, "pair = (1,\r");
    EXPECT(&t, "\r\n... ");
    term_send(&t, "2)\r");
    EXPECT(&t, "\r\n>>> ");
    term_send(&t, "pair\r");
    EXPECT(&t, "\r\n(1, 2)\r\n>>> ");
    term_close(&t);
}
END_TEST

START_TEST(test_error_keeps_state) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "y = 6\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "1/0\r");
    EXPECT(&t, "Traceback (most recent call last):");
    EXPECT(&t, "ZeroDivisionError: division by zero\r\n>>> ");
    term_send(&t, "y * 7\r");
    EXPECT(&t, "\r\n42\r\n>>> ");
    term_send(&t, "def f(:\r");
    EXPECT(&t, "SyntaxError");
    EXPECT(&t, ">>> ");
    term_send(&t, "y + 1\r");
    EXPECT(&t, "\r\n7\r\n>>> ");
    term_close(&t);
}
END_TEST

START_TEST(test_underscore) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "6 * 7\r");
    EXPECT(&t, "\r\n42\r\n>>> ");
    term_send(&t, "_ + 1\r");
    EXPECT(&t, "\r\n43\r\n>>> ");
    /* None is neither printed nor bound to _ */
    term_send(&t, "None\r");
    EXPECT(&t, "None\r\n>>> ");
    term_send(&t, "_\r");
    EXPECT(&t, "\r\n43\r\n>>> ");
    term_close(&t);
}
END_TEST

/* sys.ps1 and sys.ps2 exist in the session and are the prompts, read
 * afresh at each line; any object's str() will do, as in CPython. */
START_TEST(test_sys_prompts) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "import sys; sys.ps1, sys.ps2\r");
    EXPECT(&t, "('>>> ', '... ')\r\n>>> ");
    term_send(&t, "sys.ps1 = 'baton> '; sys.ps2 = 7\r");
    EXPECT(&t, "\r\nbaton> ");
    term_send(&t, "if True:\r");
    EXPECT(&t, "\r\n7");
    term_send(&t, "    x = 5\r");
    EXPECT(&t, "\r\n7");
    term_send(&t, "\r");
    EXPECT(&t, "\r\nbaton> ");
    term_send(&t, "del sys.ps1; x\r");
    EXPECT(&t, "\r\n5\r\n>>> ");
    term_close(&t);
}
END_TEST

START_TEST(test_ctrl_c_at_prompt) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "abc\x03");
    EXPECT(&t, "KeyboardInterrupt\r\n>>> ");
    /* the half-typed "abc" is gone: this is not abc1 + 1 */
    term_send(&t, "1 + 1\r");
    EXPECT(&t, "\r\n2\r\n>>> ");
    /* at "... " the whole statement is dropped */
    term_send(&t, "if True:\r");
    EXPECT(&t, "\r\n... ");
    term_send(&t, "\x03");
    EXPECT(&t, "KeyboardInterrupt\r\n>>> ");
    term_send(&t, "3 + 3\r");
    EXPECT(&t, "\r\n6\r\n>>> ");
    term_close(&t);
}
END_TEST

START_TEST(test_ctrl_c_while_running) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "def spin():\r");
    EXPECT(&t, "... ");
    term_send(&t, "    print('spinning')\r");
    EXPECT(&t, "... ");
    term_send(&t, "    while True: pass\r");
    EXPECT(&t, "... ");
    term_send(&t, "\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "spin()\r");
    EXPECT(&t, "spinning\r\n");
    term_send(&t, "\x03");
    EXPECT(&t, "KeyboardInterrupt\r\n>>> ");
    term_send(&t, "2 + 2\r");
    EXPECT(&t, "\r\n4\r\n>>> ");
    /* the loop typed at the prompt: once the blank line is echoed, the
     * statement has been accepted, so Ctrl-C reaches the running code */
    term_send(&t, "while True: pass\r");
    EXPECT(&t, "\r\n... ");
    term_send(&t, "\r");
    EXPECT(&t, "\r\n");
    term_send(&t, "\x03");
    EXPECT(&t, "Traceback (most recent call last):");
    EXPECT(&t, "KeyboardInterrupt\r\n>>> ");
    term_send(&t, "5 * 5\r");
    EXPECT(&t, "\r\n25\r\n>>> ");
    term_close(&t);
}
END_TEST

START_TEST(test_ctrl_d_exits) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "x = 1\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "\x04");
    ck_assert_int_eq(term_wait_exit(&t), 0);
    term_close(&t);
}
END_TEST

START_TEST(test_sys_exit_status) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "import sys\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "sys.exit(3)\r");
    ck_assert_int_eq(term_wait_exit(&t), 3);
    term_close(&t);
}
END_TEST

START_TEST(test_complete_builtin) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "pri\t");
    EXPECT(&t, "print(");
    term_send(&t, "'ok')\r");
    EXPECT(&t, "\r\nok\r\n>>> ");
    term_close(&t);
}
END_TEST

START_TEST(test_complete_attribute) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "import math\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "math.sq\t");
    EXPECT(&t, "math.sqrt(");
    term_send(&t, "16)\r");
    EXPECT(&t, "\r\n4.0\r\n>>> ");
    /* a name defined in the session */
    term_send(&t, "counter_value = 5\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "counter_v\t");
    EXPECT(&t, "counter_value");
    term_send(&t, " + 1\r");
    EXPECT(&t, "\r\n6\r\n>>> ");
    term_close(&t);
}
END_TEST

/* The prompt's wait releases the GIL: a thread started at the prompt
 * prints while nothing is typed. It computes for a second first (a thread
 * that cannot get the GIL never finishes), so that normally the prompt is
 * waiting by then; either order of its line and the prompt is accepted,
 * for slow machines. */
START_TEST(test_thread_runs_while_waiting) {
    Term t;
    term_start_repl(&t);
    term_send(&t, "import threading, time\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "def later():\r");
    EXPECT(&t, "... ");
    term_send(&t, "    t0 = time.time()\r");
    EXPECT(&t, "... ");
    term_send(&t, "    while time.time() - t0 < 1.0: pass\r");
    EXPECT(&t, "... ");
    term_send(&t, "    print('from the thread', 6 * 7)\r");
    EXPECT(&t, "... ");
    term_send(&t, "\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "threading.Thread(target=later).start()\r");
    EXPECT(&t, "start()");
    size_t mark = t.seen;
    EXPECT(&t, "\r\n>>> ");
    t.seen = mark;
    EXPECT(&t, "from the thread 42\r\n");
    t.seen = t.len;
    /* the thread may still be finishing after its print: wait for it */
    term_send(&t, "while threading.active_count() > 1: time.sleep(0.01)\r");
    EXPECT(&t, "... ");
    term_send(&t, "\r");
    EXPECT(&t, ">>> ");
    t.seen = t.len;
    term_send(&t, "threading.active_count()\r");
    EXPECT(&t, "\r\n1\r\n>>> ");
    term_close(&t);
}
END_TEST

/* A fresh directory's history file path (the file does not exist yet). */
static void repl_hist_path(char *out, size_t size) {
    char dir[] = "/tmp/baton_repl_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(out, size, "%s/history", dir);
}

static char *repl_slurp(const char *path) {
    FILE *f = fopen(path, "r");
    ck_assert_msg(f != NULL, "%s was not written", path);
    static char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

START_TEST(test_history_file) {
    char hist[128];
    repl_hist_path(hist, sizeof hist);
    Term t;
    term_spawn(&t, NULL, hist);
    EXPECT(&t, ">>> ");
    term_send(&t, "x = 12345\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "\x04");
    ck_assert_int_eq(term_wait_exit(&t), 0);
    term_close(&t);
    ck_assert_str_eq(repl_slurp(hist), "x = 12345\n");

    term_spawn(&t, NULL, hist);
    EXPECT(&t, ">>> ");
    term_send(&t, "\x1b[A");     /* up arrow: the previous session's line */
    EXPECT(&t, "x = 12345");
    term_send(&t, "\r");
    EXPECT(&t, ">>> ");
    term_send(&t, "x + 1\r");
    EXPECT(&t, "\r\n12346\r\n>>> ");
    term_send(&t, "\x04");
    ck_assert_int_eq(term_wait_exit(&t), 0);
    term_close(&t);
    ck_assert_str_eq(repl_slurp(hist), "x = 12345\nx = 12345\nx + 1\n");
}
END_TEST

START_TEST(test_interactive_after_file) {
    char path[] = "/tmp/baton_repl_XXXXXX.py";
    int fd = mkstemps(path, 3);
    ck_assert_int_ge(fd, 0);
    const char src[] = "y = 21\nprint('ran the file')\n";
    ck_assert_int_eq(write(fd, src, sizeof src - 1), (ssize_t)(sizeof src - 1));
    close(fd);
    const char *args[] = {"-i", path, NULL};
    Term t;
    term_spawn(&t, args, NULL);
    EXPECT(&t, "ran the file\r\n");
    EXPECT(&t, ">>> ");
    term_send(&t, "y * 2\r");
    EXPECT(&t, "\r\n42\r\n>>> ");
    term_send(&t, "\x04");
    ck_assert_int_eq(term_wait_exit(&t), 0);
    term_close(&t);
    unlink(path);
}
END_TEST

/* Not a terminal: the whole of stdin is the program, with no banner and
 * no prompts. stdout and stderr share one pipe. */
START_TEST(test_piped_stdin) {
    int in[2], out[2];
    ck_assert_int_eq(pipe(in), 0);
    ck_assert_int_eq(pipe(out), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(out[1], 2);
        close(in[0]); close(in[1]); close(out[0]); close(out[1]);
        execl(term_binary(), term_binary(), (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    const char prog[] = "def f(n):\n    return n * 2\n\nprint(f(21))\nprint('done')\n";
    ck_assert_int_eq(write(in[1], prog, sizeof prog - 1), (ssize_t)(sizeof prog - 1));
    close(in[1]);
    char buf[4096];
    size_t len = 0;
    long deadline = term_now_ms() + TERM_EXIT_DEADLINE_MS;
    for (;;) {
        struct pollfd p = {.fd = out[0], .events = POLLIN};
        long left = deadline - term_now_ms();
        if (left <= 0 || poll(&p, 1, (int)left) <= 0) break;
        ssize_t n = read(out[0], buf + len, sizeof buf - 1 - len);
        if (n <= 0) break;
        len += (size_t)n;
    }
    buf[len] = '\0';
    close(out[0]);
    if (term_now_ms() >= deadline) kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    ck_assert_str_eq(buf, "42\ndone\n");
    ck_assert(WIFEXITED(status));
    ck_assert_int_eq(WEXITSTATUS(status), 0);
}
END_TEST

Suite *repl_suite(void) {
    Suite *s = suite_create("repl");
    TCase *tc = tcase_create("pty");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_banner_and_prompt);
    tcase_add_test(tc, test_multiline_def);
    tcase_add_test(tc, test_error_keeps_state);
    tcase_add_test(tc, test_underscore);
    tcase_add_test(tc, test_sys_prompts);
    tcase_add_test(tc, test_ctrl_c_at_prompt);
    tcase_add_test(tc, test_ctrl_c_while_running);
    tcase_add_test(tc, test_ctrl_d_exits);
    tcase_add_test(tc, test_sys_exit_status);
    tcase_add_test(tc, test_complete_builtin);
    tcase_add_test(tc, test_complete_attribute);
    tcase_add_test(tc, test_history_file);
    tcase_add_test(tc, test_thread_runs_while_waiting);
    tcase_add_test(tc, test_interactive_after_file);
    tcase_add_test(tc, test_piped_stdin);
    suite_add_tcase(s, tc);
    return s;
}
