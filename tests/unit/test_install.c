/* test_install.c - `make install` puts the binary and the man page where
 * they belong under DESTDIR/PREFIX, the installed binary runs, `man -l`
 * renders the page, and `make uninstall` removes both. Runs from the
 * repository root with ./baton built (make test builds it first). */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Runs cmd with the shell and returns its whole stdout (malloc'd). */
static char *install_capture(const char *cmd, int *status) {
    FILE *p = popen(cmd, "r");
    ck_assert_msg(p != NULL, "popen %s", cmd);
    size_t cap = 4096, len = 0;
    char *out = malloc(cap);
    size_t n;
    while ((n = fread(out + len, 1, cap - len - 1, p)) > 0) {
        len += n;
        if (len + 1 == cap) out = realloc(out, cap *= 2);
    }
    out[len] = '\0';
    *status = pclose(p);
    return out;
}

static bool install_is_file(const char *path, mode_t need) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & need) == need;
}

START_TEST(test_install_and_uninstall) {
    char dir[] = "/tmp/baton_install_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char cmd[512], bin[256], man[256];
    snprintf(bin, sizeof bin, "%s/opt/b/bin/baton", dir);
    snprintf(man, sizeof man, "%s/opt/b/share/man/man1/baton.1", dir);
    int status;

    snprintf(cmd, sizeof cmd, "make -s -o baton install DESTDIR=%s PREFIX=/opt/b 2>&1", dir);
    char *out = install_capture(cmd, &status);
    ck_assert_msg(status == 0, "make install failed: %s", out);
    free(out);
    ck_assert_msg(install_is_file(bin, S_IXUSR), "%s is not an executable file", bin);
    ck_assert_msg(install_is_file(man, S_IRUSR), "%s is missing", man);

    snprintf(cmd, sizeof cmd, "%s -c 'print(6 * 7)'", bin);
    out = install_capture(cmd, &status);
    ck_assert_int_eq(status, 0);
    ck_assert_str_eq(out, "42\n");
    free(out);

    snprintf(cmd, sizeof cmd, "MANWIDTH=80 man -l %s 2>&1", man);
    out = install_capture(cmd, &status);
    ck_assert_msg(status == 0, "man -l failed: %s", out);
    ck_assert_msg(strstr(out, "NAME") && strstr(out, "baton") && strstr(out, "--gil-stats"),
                  "man page did not render: %s", out);
    free(out);

    snprintf(cmd, sizeof cmd, "make -s -o baton uninstall DESTDIR=%s PREFIX=/opt/b 2>&1", dir);
    out = install_capture(cmd, &status);
    ck_assert_msg(status == 0, "make uninstall failed: %s", out);
    free(out);
    ck_assert(access(bin, F_OK) != 0);
    ck_assert(access(man, F_OK) != 0);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

Suite *install_suite(void) {
    Suite *s = suite_create("install");
    TCase *tc = tcase_create("install");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_install_and_uninstall);
    suite_add_tcase(s, tc);
    return s;
}
