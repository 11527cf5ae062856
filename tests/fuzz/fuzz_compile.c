/* fuzz_compile.c - libFuzzer entry point for the whole compiler (`make fuzz`).
 *
 * Each input is compiled as a module, as an expression and as an
 * interactive statement, then interactively as the REPL does it (which
 * also asks "is this statement complete?"), and every Code object produced
 * is disassembled into /dev/null. The contract checked is the one the
 * compile_fuzz unit suite checks: a Code object or an exception, never
 * both, never neither; everything else (crashes, leaks of sanitizer-visible
 * memory errors, undefined behaviour) AddressSanitizer/UBSan report. */
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"
#include "dis.h"
#include "error.h"
#include "runtime.h"

static FILE *fuzz_sink;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    if (runtime_init(1, *argv) != 0) {
        fprintf(stderr, "fuzz_compile: runtime_init failed\n");
        abort();
    }
    fuzz_sink = fopen("/dev/null", "w");
    return 0;
}

/* Abort (a crash libFuzzer saves) unless the compiler kept its contract;
 * may_be_incomplete: VAL_NULL without an exception is allowed (the REPL's
 * "read another line"). */
static void fuzz_check(Value code, const char *what, bool may_be_incomplete) {
    if (code == VAL_NULL) {
        if (!err_occurred() && !may_be_incomplete) {
            fprintf(stderr, "fuzz_compile: %s returned VAL_NULL without an exception\n", what);
            abort();
        }
        if (err_occurred()) err_clear();
        return;
    }
    if (err_occurred()) {
        fprintf(stderr, "fuzz_compile: %s left an exception after success\n", what);
        abort();
    }
    dis_code(code, fuzz_sink);
    DECREF(code);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    const char *src = (const char *)data;
    fuzz_check(compile_source(src, size, "<fuzz>", COMPILE_EXEC), "exec", false);
    fuzz_check(compile_source(src, size, "<fuzz>", COMPILE_EVAL), "eval", false);
    fuzz_check(compile_source(src, size, "<fuzz>", COMPILE_SINGLE), "single", false);
    bool incomplete = false;
    Value code = compile_interactive(src, size, "<fuzz>", &incomplete);
    fuzz_check(code, "interactive", incomplete);
    return 0;
}
