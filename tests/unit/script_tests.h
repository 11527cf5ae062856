/* script_tests.h - Check suites that run Python files through ./baton. */
#ifndef BATON_SCRIPT_TESTS_H
#define BATON_SCRIPT_TESTS_H

#include <check.h>

typedef enum {
    SCRIPT_EXPECT,  /* expected output from the file's `# expect:` comments */
    SCRIPT_CONFORM  /* expected output is what python3 prints for the same file */
} ScriptKind;

/* One test per *.py file in dir (files named mod_*.py are helper modules,
 * not tests). The baton binary is $BATON, default ./baton. */
Suite *script_tests_suite(const char *name, const char *dir, ScriptKind kind);

/* Random programs from tests/fuzz/diffgen.py (fixed seeds), compared with
 * python3's output. */
Suite *differential_suite(void);

#endif
