/* test_compile_fuzz.c - robustness of the whole compiler (parser, symbol
 * table, code generator): thousands of mutated programs must each compile
 * to a Code object or raise a SyntaxError, never crash, never return
 * VAL_NULL without an exception, never leave an exception after success.
 * Deterministic (a fixed-seed generator), so failures reproduce. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "error.h"

static const char *const fuzz_seeds[] = {
    "def f(a, b=1, *c, d, e=2, **g):\n    'doc'\n    return [x for x in c if x] + list(g)\n",
    "class C(B):\n    x = 1\n    def m(self):\n        return super().m(self.__p)\n",
    "try:\n    a()\nexcept (E, F) as e:\n    b(e)\nelse:\n    c()\nfinally:\n    d()\n",
    "for i in range(3):\n    while i:\n        i -= 1\n        if i: break\n        else: continue\nelse:\n    pass\n",
    "with a as b, c as (d, *e):\n    f = lambda x, y=2: x if y else (yield)\n",
    "def g():\n    x = 0\n    def h():\n        nonlocal x\n        x += 1\n        yield from range(x)\n    return h\n",
    "async def f(x):\n    async with x as y:\n        async for z in y:\n            await z\n",
    "import a.b as c\nfrom d import e, f as g\nglobal h\ndel i[j:k], l.m\nassert n, 'o'\n",
    "x = f'{a!r:>{w}} {b=} {c:.2f}'\ny = {**d, 'e': [*f, g], 1: {h for h in i}}\n",
    "a, *b, (c, d) = e\nf[g] += h\ni.j //= k\nl = m < n <= o != p\nq = not r and s or t\n",
    "def d(f):\n    @f\n    @g(1)\n    class K:\n        def __init__(s, *, k): s.k = k\n    return K\n",
    "print(*[1], sep='', **{'end': '\\n'})\nx = (y := 10) ** -2\n",
};

static const char *const fuzz_tokens[] = {
    " ", "\n", "    ", ":", "(", ")", "[", "]", "{", "}", ",", "=", "+=", "*", "**",
    "lambda", "yield", "await", "return", "break", "continue", "global x", "nonlocal x",
    "def f():", "class C:", "try:", "except:", "finally:", "with x:", "for x in y:",
    "async ", "del ", "x", "1", "'s'", "f'{x}'", "...", "@d", "import a", "from . import b",
    "not ", " and ", " if ", " else ", ":=", "*x", "**y", "super()", "__class__",
};

static unsigned long fuzz_state = 12345;
static unsigned fuzz_rand(unsigned n) {
    fuzz_state = fuzz_state * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)((fuzz_state >> 33) % n);
}

/* Apply one random edit to buf (length *len, capacity cap). */
static void fuzz_mutate(char *buf, size_t *len, size_t cap) {
    size_t pos = *len ? fuzz_rand((unsigned)*len) : 0;
    switch (fuzz_rand(3)) {
    case 0:
        if (*len) {
            memmove(buf + pos, buf + pos + 1, *len - pos - 1);
            (*len)--;
        }
        break;
    case 1: {
        const char *t = fuzz_tokens[fuzz_rand(sizeof fuzz_tokens / sizeof *fuzz_tokens)];
        size_t tl = strlen(t);
        if (*len + tl >= cap) break;
        memmove(buf + pos + tl, buf + pos, *len - pos);
        memcpy(buf + pos, t, tl);
        *len += tl;
        break;
    }
    default:
        if (*len > 1) {
            size_t other = fuzz_rand((unsigned)*len);
            char c = buf[pos];
            buf[pos] = buf[other];
            buf[other] = c;
        }
        break;
    }
}

/* The compiler's contract on one input. */
static void fuzz_check(const char *src, size_t len, CompileMode mode) {
    Value code = compile_source(src, len, "<fuzz>", mode);
    if (code == VAL_NULL) {
        ck_assert_msg(err_occurred(), "VAL_NULL without exception for: %.*s", (int)len, src);
        err_clear();
    } else {
        ck_assert_msg(!err_occurred(), "exception left after success for: %.*s", (int)len, src);
        ck_assert(IS_TYPE(code, code_type));
        DECREF(code);
    }
}

START_TEST(test_seeds_compile) {
    for (size_t i = 0; i < sizeof fuzz_seeds / sizeof *fuzz_seeds; i++) {
        Value code = compile_source(fuzz_seeds[i], strlen(fuzz_seeds[i]), "<seed>", COMPILE_EXEC);
        if (code == VAL_NULL) err_print();
        ck_assert_msg(code != VAL_NULL, "seed %zu failed", i);
        DECREF(code);
    }
}
END_TEST

START_TEST(test_mutations) {
    static char buf[4096];
    for (int round = 0; round < 3000; round++) {
        const char *seed = fuzz_seeds[fuzz_rand(sizeof fuzz_seeds / sizeof *fuzz_seeds)];
        size_t len = strlen(seed);
        memcpy(buf, seed, len);
        int edits = 1 + (int)fuzz_rand(6);
        for (int k = 0; k < edits; k++) fuzz_mutate(buf, &len, sizeof buf);
        fuzz_check(buf, len, (CompileMode)fuzz_rand(3));
    }
}
END_TEST

START_TEST(test_token_soup) {
    static char buf[2048];
    for (int round = 0; round < 2000; round++) {
        size_t len = 0;
        int n = 1 + (int)fuzz_rand(25);
        for (int k = 0; k < n; k++) {
            const char *t = fuzz_tokens[fuzz_rand(sizeof fuzz_tokens / sizeof *fuzz_tokens)];
            size_t tl = strlen(t);
            if (len + tl >= sizeof buf) break;
            memcpy(buf + len, t, tl);
            len += tl;
        }
        fuzz_check(buf, len, (CompileMode)fuzz_rand(3));
    }
}
END_TEST

START_TEST(test_deep_nesting) {
    static char buf[16384];
    size_t len = 0;
    for (int d = 0; d < 60; d++) {
        for (int s = 0; s < d * 4; s++) buf[len++] = ' ';
        memcpy(buf + len, "for x in y:\n", 12);
        len += 12;
    }
    for (int s = 0; s < 240; s++) buf[len++] = ' ';
    memcpy(buf + len, "break\n", 6);
    len += 6;
    fuzz_check(buf, len, COMPILE_EXEC);
}
END_TEST

Suite *compile_fuzz_suite(void) {
    Suite *s = suite_create("compile_fuzz");
    TCase *tc = tcase_create("fuzz");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_seeds_compile);
    tcase_add_test(tc, test_mutations);
    tcase_add_test(tc, test_token_soup);
    tcase_add_test(tc, test_deep_nesting);
    suite_add_tcase(s, tc);
    return s;
}
