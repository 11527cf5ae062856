/* test_parser_fuzz.c - robustness of the tokenizer and parser.
 *
 * Feeds thousands of deterministic pseudo-random inputs to parse_source in
 * every mode: valid snippets mutated by deleting, duplicating, inserting
 * and swapping bytes and whole tokens, plus pure random bytes and random
 * token soup. Each must return 0 or -1 with a message (never crash, hang or
 * read out of bounds: run under the sanitizers, `make sanitize`). */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

static const char *const fuzz_corpus[] = {
    "x = 1 + 2 * 3\n",
    "def f(a, /, b=1, *c, d, e=2, **g) -> int:\n    return a\n",
    "class A(B, metaclass=M):\n    x: int = 3\n    def m(self):\n        return self.x\n",
    "if a:\n    pass\nelif b:\n    x = [i for i in y if i]\nelse:\n    y = {k: v for k, v in d}\n",
    "try:\n    f()\nexcept (A, B) as e:\n    raise C from e\nelse:\n    pass\nfinally:\n    g()\n",
    "with open(p) as f, g as (h, i):\n    data = f.read()\n",
    "async def main():\n    async with l:\n        await x\n    async for i in y:\n        yield i\n",
    "x = f'{a!r:>{w}} {b=} {{c}} {d:.2f}' 'plain' rf'\\n{e}'\n",
    "s = '''triple\nquoted''' + b'\\x00\\xff' + r'\\d' + 'esc\\n\\t\\u20ac'\n",
    "lambda x, *a, k=1, **kw: (x, a, k, kw)\n",
    "@dec\n@dec2(1)\ndef g():\n    global q\n    nonlocal r\n    del a[1:2, ::3], b.c\n",
    "from .. mod import (a, b as c,)\nimport os.path as p\nfrom x import *\n",
    "while (n := n - 1) > 0:\n    if n % 2: continue\n    break\nelse:\n    assert n == 0, 'msg'\n",
    "a, *b = c\nx += 1; y //= 2; z **= 3\nf(*args, **kwargs)\nf(x for x in y)\n",
    "match = 3\nmatch(x)\nprint(0x1F, 0o17, 0b11, 1_000, 1.5e-3, .5, ...)\n",
    "d = {**a, 'k': [1, 2, *b], 's': {1, 2}, 't': (1,), 'u': ()}\n",
    "x = a if b else c\ny = not a and b or c\nz = a < b <= c != d is not e not in f\n",
    "def gen():\n    x = yield\n    y = yield from z\n    return (yield)\n",
};

static const char *const fuzz_tokens[] = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "    ", "\t", "\\\n", "'", "\"", "'''",
    "f'", "{", "}", "!r", "=", "==", ":=", "*", "**", "lambda", "if", "else", "for", "in",
    "def", "class", "async", "await", "yield", "from", "import", "as", "with", "try",
    "except", "finally", "return", "x", "1", "1.5", "0x", "1e", "é", "€", "#", "@", ".",
    "...", "not", "is", "and", "or", "match", "print", "del", "global", "pass", "\r\n",
};

/* xorshift64*: deterministic across platforms. */
static uint64_t fuzz_rand(uint64_t *s) {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

/* Parse buf[0..n) in all three modes and check the result's consistency. */
static void fuzz_one(const char *buf, size_t n) {
    static const ParseMode modes[] = {PARSE_FILE, PARSE_EVAL, PARSE_SINGLE};
    for (int m = 0; m < 3; m++) {
        Arena *a = arena_new();
        Node *root = NULL;
        SyntaxErr err;
        int r = parse_source(buf, n, modes[m], a, &root, &err);
        ck_assert(r == 0 || r == -1);
        if (r == 0) {
            ck_assert_ptr_nonnull(root);
            free(ast_dump_str(root));
        } else {
            ck_assert(err.msg[0] != '\0');
            ck_assert(err.lineno >= 0);
        }
        arena_free(a);
    }
    lexer_is_incomplete_input(buf, n);
}

/* Apply one random mutation to buf (length *n, capacity cap). */
static void fuzz_mutate(char *buf, size_t *n, size_t cap, uint64_t *seed) {
    uint64_t r = fuzz_rand(seed);
    size_t pos = *n ? (size_t)(fuzz_rand(seed) % (*n + 1)) : 0;
    switch (r % 5) {
    case 0: /* delete a run of bytes */
        if (pos < *n) {
            size_t k = 1 + fuzz_rand(seed) % 4;
            if (k > *n - pos)
                k = *n - pos;
            memmove(buf + pos, buf + pos + k, *n - pos - k);
            *n -= k;
        }
        break;
    case 1: /* insert a random byte */
        if (*n + 1 < cap) {
            memmove(buf + pos + 1, buf + pos, *n - pos);
            buf[pos] = (char)(fuzz_rand(seed) & 0xFF);
            (*n)++;
        }
        break;
    case 2: { /* insert a token */
        const char *t = fuzz_tokens[fuzz_rand(seed) % (sizeof fuzz_tokens / sizeof *fuzz_tokens)];
        size_t k = strlen(t);
        if (*n + k < cap) {
            memmove(buf + pos + k, buf + pos, *n - pos);
            memcpy(buf + pos, t, k);
            *n += k;
        }
        break;
    }
    case 3: { /* duplicate a slice */
        size_t k = 1 + fuzz_rand(seed) % 16;
        if (pos + k <= *n && *n + k < cap) {
            memmove(buf + pos + k, buf + pos, *n - pos);
            (*n) += k;
        }
        break;
    }
    default: /* swap two bytes */
        if (*n > 1) {
            size_t q = fuzz_rand(seed) % *n;
            if (pos >= *n)
                pos = *n - 1;
            char c = buf[pos];
            buf[pos] = buf[q];
            buf[q] = c;
        }
        break;
    }
}

START_TEST(test_fuzz_corpus_is_valid) {
    for (size_t i = 0; i < sizeof fuzz_corpus / sizeof *fuzz_corpus; i++) {
        Arena *a = arena_new();
        Node *root;
        SyntaxErr err;
        int r = parse_source(fuzz_corpus[i], strlen(fuzz_corpus[i]), PARSE_FILE, a, &root, &err);
        ck_assert_msg(r == 0, "corpus %zu: %s (line %d)", i, err.msg, err.lineno);
        arena_free(a);
    }
}
END_TEST

START_TEST(test_fuzz_mutations) {
    uint64_t seed = 0x9E3779B97F4A7C15ULL + (uint64_t)_i;
    char buf[4096];
    size_t ncorpus = sizeof fuzz_corpus / sizeof *fuzz_corpus;
    for (int iter = 0; iter < 500; iter++) {
        const char *src = fuzz_corpus[fuzz_rand(&seed) % ncorpus];
        size_t n = strlen(src);
        memcpy(buf, src, n);
        int muts = 1 + (int)(fuzz_rand(&seed) % 6);
        for (int m = 0; m < muts; m++)
            fuzz_mutate(buf, &n, sizeof buf, &seed);
        fuzz_one(buf, n);
    }
}
END_TEST

START_TEST(test_fuzz_random_bytes) {
    uint64_t seed = 0xD1B54A32D192ED03ULL + (uint64_t)_i;
    char buf[512];
    for (int iter = 0; iter < 500; iter++) {
        size_t n = fuzz_rand(&seed) % sizeof buf;
        bool ascii = iter % 2;
        for (size_t k = 0; k < n; k++) {
            uint64_t r = fuzz_rand(&seed);
            buf[k] = ascii ? (char)(32 + r % 95) : (char)(r & 0xFF);
            if (ascii && r % 13 == 0)
                buf[k] = '\n';
        }
        fuzz_one(buf, n);
    }
}
END_TEST

START_TEST(test_fuzz_token_soup) {
    uint64_t seed = 0x2545F4914F6CDD1DULL + (uint64_t)_i;
    char buf[2048];
    size_t ntok = sizeof fuzz_tokens / sizeof *fuzz_tokens;
    for (int iter = 0; iter < 500; iter++) {
        size_t n = 0;
        int count = (int)(fuzz_rand(&seed) % 60);
        for (int k = 0; k < count; k++) {
            const char *t = fuzz_tokens[fuzz_rand(&seed) % ntok];
            size_t len = strlen(t);
            if (n + len + 1 >= sizeof buf)
                break;
            memcpy(buf + n, t, len);
            n += len;
            if (fuzz_rand(&seed) % 2)
                buf[n++] = ' ';
        }
        fuzz_one(buf, n);
    }
}
END_TEST

Suite *parser_fuzz_suite(void) {
    Suite *s = suite_create("parser_fuzz");
    TCase *tc = tcase_create("fuzz");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fuzz_corpus_is_valid);
    tcase_add_loop_test(tc, test_fuzz_mutations, 0, 4);
    tcase_add_loop_test(tc, test_fuzz_random_bytes, 0, 2);
    tcase_add_loop_test(tc, test_fuzz_token_soup, 0, 2);
    suite_add_tcase(s, tc);
    return s;
}
