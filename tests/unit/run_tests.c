/* run_tests.c - the one test runner behind `make test`.
 *
 * Runs, under Check, every unit-test suite (each tests/unit/test_*.c file
 * exports a `Suite *<area>_suite(void)`), then the script tests and the
 * conformance tests (script_tests.c), and ends with Check's summary line.
 * The runtime is initialised once here; Check forks each test, so a test
 * cannot disturb another's state, and a crash is reported as an error. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime.h"
#include "script_tests.h"

#define SUITE_LIST(X) \
    X(lexer) X(parser) X(parser_fuzz) X(compiler) X(compile_fuzz) X(int) X(str) \
    X(dict) X(list) X(eval) X(object) X(cli) X(repl) X(gil) X(install) X(mem) X(gc)

#define SUITE_DECLARE(name) Suite *name##_suite(void);
SUITE_LIST(SUITE_DECLARE)
#undef SUITE_DECLARE

static void print_failures(SRunner *runner) {
    TestResult **results = srunner_failures(runner);
    int n = srunner_ntests_failed(runner);
    for (int i = 0; i < n; i++)
        printf("%s:%d: %s: %s: %s\n", tr_lfile(results[i]), tr_lno(results[i]),
               tr_tcname(results[i]), tr_rtype(results[i]) == CK_ERROR ? "error" : "failure",
               tr_msg(results[i]));
    free(results);
}

int main(int argc, char **argv) {
    (void)argc;
    if (runtime_init(1, argv) != 0) {
        fprintf(stderr, "run_tests: runtime_init failed\n");
        return 2;
    }
    SRunner *runner = srunner_create(NULL);
#define SUITE_ADD(name) srunner_add_suite(runner, name##_suite());
    SUITE_LIST(SUITE_ADD)
#undef SUITE_ADD
    srunner_add_suite(runner, script_tests_suite("scripts", "tests/scripts", SCRIPT_EXPECT));
    srunner_add_suite(runner, script_tests_suite("conformance", "tests/conformance", SCRIPT_CONFORM));
    srunner_add_suite(runner, differential_suite());
    /* Verbose progress, then every failure, then the summary line last, so
     * that a CI log ends with it whatever happened. */
    srunner_run_all(runner, CK_SILENT);
    print_failures(runner);
    srunner_print(runner, CK_MINIMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
