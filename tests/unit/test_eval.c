/* test_eval.c - the eval loop, frames, functions and generators, driven by
 * hand-built Code objects (no compiler needed). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "float.h"
#include "func.h"
#include "gen.h"
#include "int.h"
#include "opcodes.h"
#include "range.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

#define I(op, arg) INSTR_MAKE(OP_##op, arg)

/* A Code from static arrays (copied: code_new takes ownership). */
static Value mk_code(const uint32_t *ins, uint32_t n, Value consts, Value names_, Value varnames,
                     const ExcEntry *exc, uint32_t nexc, int argcount, int flags, int stacksize) {
    uint32_t *ci = malloc(n * sizeof *ci);
    memcpy(ci, ins, n * sizeof *ci);
    int32_t *lines = malloc(n * sizeof *lines);
    for (uint32_t i = 0; i < n; i++) lines[i] = (int32_t)i + 1;
    ExcEntry *ce = NULL;
    if (nexc > 0) {
        ce = malloc(nexc * sizeof *ce);
        memcpy(ce, exc, nexc * sizeof *ce);
    }
    Value empty = tuple_empty();
    Value name = str_from_cstr("t");
    Value file = str_from_cstr("test.py");
    Code *co = code_new(ci, n, lines, ce, nexc, consts, names_ ? names_ : empty,
                        varnames ? varnames : empty, empty, empty, name, name, file, NULL,
                        argcount, 0, 0, flags, stacksize, 1);
    DECREF(empty);
    DECREF(name);
    DECREF(file);
    ck_assert_ptr_nonnull(co);
    return OBJ_VAL(co);
}

static Value run(Value code) {
    Value globals = dict_new();
    Value r = eval_code(code, globals, VAL_NULL);
    DECREF(globals);
    return r;
}

/* The str() of the current exception, which is then cleared. */
static char *exc_message(void) {
    Value exc = err_fetch();
    ck_assert(exc != VAL_NULL);
    Value s = obj_str(exc);
    char *m = strdup(str_cstr(s));
    DECREF(s);
    DECREF(exc);
    return m;
}

START_TEST(test_add_consts) {
    static const uint32_t ins[] = { I(LOAD_CONST, 0), I(LOAD_CONST, 1), I(BINARY_OP, BINOP_ADD), I(RETURN_VALUE, 0) };
    Value consts = tuple_pack(2, FROM_SMALLINT(2), FROM_SMALLINT(3));
    Value code = mk_code(ins, 4, consts, VAL_NULL, VAL_NULL, NULL, 0, 0, CO_MODULE, 2);
    Value r = run(code);
    ck_assert(r == FROM_SMALLINT(5));
    DECREF(code);
    DECREF(consts);
}
END_TEST

START_TEST(test_float_and_overflow) {
    static const uint32_t ins[] = { I(LOAD_CONST, 0), I(LOAD_CONST, 1), I(BINARY_OP, BINOP_MUL),
                                    I(LOAD_CONST, 2), I(BINARY_OP, BINOP_ADD), I(RETURN_VALUE, 0) };
    Value big = FROM_SMALLINT(SMALLINT_MAX);
    Value f = float_from_double(0.5);
    Value consts = tuple_pack(3, big, FROM_SMALLINT(4), f);
    intptr_t before = AS_OBJ(f)->refcnt;
    Value code = mk_code(ins, 6, consts, VAL_NULL, VAL_NULL, NULL, 0, 0, CO_MODULE, 2);
    Value r = run(code);
    ck_assert(r != VAL_NULL);
    ck_assert(IS_FLOAT(r));
    ck_assert(FLOAT_VAL(r) == (double)SMALLINT_MAX * 4.0 + 0.5);
    DECREF(r);
    ck_assert_int_eq(AS_OBJ(f)->refcnt, before);
    DECREF(code);
    DECREF(consts);
    DECREF(f);
}
END_TEST

START_TEST(test_range_loop) {
    /* total = 0; for i in range(10): total += i; return total */
    static const uint32_t ins[] = {
        I(LOAD_CONST, 0), I(STORE_FAST, 0), I(LOAD_CONST, 1), I(GET_ITER, 0),
        I(FOR_ITER, 11), I(STORE_FAST, 1), I(LOAD_FAST, 0), I(LOAD_FAST, 1),
        I(BINARY_OP, BINOP_ADD + BINOP_INPLACE), I(STORE_FAST, 0), I(JUMP_BACKWARD, 4),
        I(LOAD_FAST, 0), I(RETURN_VALUE, 0),
    };
    Value rng = range_new(0, 10, 1);
    Value consts = tuple_pack(2, FROM_SMALLINT(0), rng);
    intptr_t before = AS_OBJ(rng)->refcnt;
    Value vn = tuple_pack(2, str_intern_cstr("total"), str_intern_cstr("i"));
    Value code = mk_code(ins, 13, consts, VAL_NULL, vn, NULL, 0, 0, CO_MODULE, 3);
    Value r = run(code);
    ck_assert(r == FROM_SMALLINT(45));
    ck_assert_int_eq(AS_OBJ(rng)->refcnt, before);
    DECREF(code);
    DECREF(consts);
    DECREF(vn);
    DECREF(rng);
}
END_TEST

/* try: 1 / 0  except ZeroDivisionError: return "caught" */
static Value mk_try_code(Type *catch) {
    static const uint32_t ins[] = {
        I(LOAD_CONST, 0), I(LOAD_CONST, 1), I(BINARY_OP, BINOP_TRUEDIV), I(RETURN_VALUE, 0),
        I(PUSH_EXC_INFO, 0), I(LOAD_CONST, 2), I(CHECK_EXC_MATCH, 0), I(POP_JUMP_IF_FALSE, 12),
        I(POP_TOP, 0), I(POP_EXCEPT, 0), I(LOAD_CONST, 3), I(RETURN_VALUE, 0),
        I(RERAISE, 0), I(SWAP, 2), I(POP_EXCEPT, 0), I(RERAISE, 0),
    };
    static const ExcEntry exc[] = { { 0, 4, 4, 0 }, { 4, 13, 13, 1 } };
    Value caught = str_from_cstr("caught");
    Value consts = tuple_pack(4, FROM_SMALLINT(1), FROM_SMALLINT(0), OBJ_VAL(catch), caught);
    Value code = mk_code(ins, 16, consts, VAL_NULL, VAL_NULL, exc, 2, 0, CO_MODULE, 4);
    DECREF(caught);
    DECREF(consts);
    return code;
}

START_TEST(test_try_except) {
    Value code = mk_try_code(&exc_ZeroDivisionError);
    Value r = run(code);
    ck_assert(r != VAL_NULL);
    ck_assert_str_eq(str_cstr(r), "caught");
    ck_assert(!err_occurred());
    ck_assert(thread_current()->handled_exc == VAL_NULL);
    DECREF(r);
    DECREF(code);
}
END_TEST

START_TEST(test_try_no_match) {
    Value code = mk_try_code(&exc_KeyError);
    Value r = run(code);
    ck_assert(r == VAL_NULL);
    ck_assert(err_matches(&exc_ZeroDivisionError));
    ck_assert(thread_current()->handled_exc == VAL_NULL);
    Value exc = err_fetch();
    ck_assert(((ExcObj *)AS_OBJ(exc))->traceback != VAL_NULL);
    DECREF(exc);
    DECREF(code);
}
END_TEST

START_TEST(test_name_error) {
    static const uint32_t ins[] = { I(LOAD_GLOBAL, 0), I(RETURN_VALUE, 0) };
    Value consts = tuple_empty();
    Value nm = tuple_pack(1, str_intern_cstr("nope"));
    Value code = mk_code(ins, 2, consts, nm, VAL_NULL, NULL, 0, 0, CO_MODULE, 1);
    ck_assert(run(code) == VAL_NULL);
    ck_assert(err_matches(&exc_NameError));
    char *m = exc_message();
    ck_assert_str_eq(m, "name 'nope' is not defined");
    free(m);
    DECREF(code);
    DECREF(consts);
    DECREF(nm);
}
END_TEST

START_TEST(test_global_cache) {
    /* return x + x, run twice with the cache warm, then with x changed */
    static const uint32_t ins[] = { I(LOAD_GLOBAL, 0), I(LOAD_GLOBAL, 0), I(BINARY_OP, BINOP_ADD), I(RETURN_VALUE, 0) };
    Value consts = tuple_empty();
    Value x = str_intern_cstr("x");
    Value nm = tuple_pack(1, x);
    Value code = mk_code(ins, 4, consts, nm, VAL_NULL, NULL, 0, 0, CO_MODULE, 2);
    Value g = dict_new();
    dict_set(g, x, FROM_SMALLINT(20));
    ck_assert(eval_code(code, g, VAL_NULL) == FROM_SMALLINT(40));
    ck_assert(eval_code(code, g, VAL_NULL) == FROM_SMALLINT(40));
    dict_set(g, x, FROM_SMALLINT(1));
    ck_assert(eval_code(code, g, VAL_NULL) == FROM_SMALLINT(2));
    Value g2 = dict_new();
    dict_set(g2, x, FROM_SMALLINT(7));
    ck_assert(eval_code(code, g2, VAL_NULL) == FROM_SMALLINT(14));
    DECREF(g);
    DECREF(g2);
    DECREF(code);
    DECREF(consts);
    DECREF(nm);
}
END_TEST

/* def f(a, b=2): return a - b */
static Value mk_func(void) {
    static const uint32_t ins[] = { I(LOAD_FAST, 0), I(LOAD_FAST, 1), I(BINARY_OP, BINOP_SUB), I(RETURN_VALUE, 0) };
    Value consts = tuple_pack(1, VAL_NONE);
    Value vn = tuple_pack(2, str_intern_cstr("a"), str_intern_cstr("b"));
    Value code = mk_code(ins, 4, consts, VAL_NULL, vn, NULL, 0, 2, 0, 2);
    Value g = dict_new();
    Value f = func_new(code, g, VAL_NULL);
    ((FuncObj *)AS_OBJ(f))->defaults = tuple_pack(1, FROM_SMALLINT(2));
    DECREF(g);
    DECREF(code);
    DECREF(consts);
    DECREF(vn);
    return f;
}

START_TEST(test_call_function) {
    Value f = mk_func();
    Value args[3] = { FROM_SMALLINT(10), FROM_SMALLINT(3), FROM_SMALLINT(0) };
    ck_assert(obj_call(f, args, 2, VAL_NULL) == FROM_SMALLINT(7));
    ck_assert(obj_call(f, args, 1, VAL_NULL) == FROM_SMALLINT(8));
    Value kw = tuple_pack(1, str_intern_cstr("a"));
    ck_assert(obj_call(f, args + 1, 0, kw) == FROM_SMALLINT(1));
    DECREF(kw);
    ck_assert(obj_call(f, args, 0, VAL_NULL) == VAL_NULL);
    char *m = exc_message();
    ck_assert_str_eq(m, "t() missing 1 required positional argument: 'a'");
    free(m);
    ck_assert(obj_call(f, args, 3, VAL_NULL) == VAL_NULL);
    m = exc_message();
    ck_assert_str_eq(m, "t() takes from 1 to 2 positional arguments but 3 were given");
    free(m);
    kw = tuple_pack(1, str_intern_cstr("z"));
    ck_assert(obj_call(f, args, 2, kw) == VAL_NULL);
    m = exc_message();
    ck_assert_str_eq(m, "t() got an unexpected keyword argument 'z'");
    free(m);
    DECREF(kw);
    DECREF(f);
}
END_TEST

START_TEST(test_generator) {
    /* yield 1; x = yield 2; return x */
    static const uint32_t ins[] = {
        I(LOAD_CONST, 0), I(YIELD_VALUE, 0), I(POP_TOP, 0), I(LOAD_CONST, 1), I(YIELD_VALUE, 0),
        I(RETURN_VALUE, 0),
    };
    Value consts = tuple_pack(2, FROM_SMALLINT(1), FROM_SMALLINT(2));
    Value code = mk_code(ins, 6, consts, VAL_NULL, VAL_NULL, NULL, 0, 0, CO_GENERATOR, 1);
    Value g = dict_new();
    Value f = func_new(code, g, VAL_NULL);
    Value gen = obj_call(f, NULL, 0, VAL_NULL);
    ck_assert(IS_GENERATOR(gen));
    bool returned;
    ck_assert(gen_send(gen, VAL_NONE, &returned) == FROM_SMALLINT(1));
    ck_assert(!returned);
    ck_assert(gen_send(gen, VAL_NONE, &returned) == FROM_SMALLINT(2));
    ck_assert(gen_send(gen, FROM_SMALLINT(99), &returned) == FROM_SMALLINT(99));
    ck_assert(returned);
    Value r = gen_send(gen, VAL_NONE, &returned);
    ck_assert(returned && r == VAL_NONE);
    DECREF(gen);
    Value gen2 = obj_call(f, NULL, 0, VAL_NULL);
    ck_assert(gen_send(gen2, FROM_SMALLINT(5), &returned) == VAL_NULL);
    char *m = exc_message();
    ck_assert_str_eq(m, "can't send non-None value to a just-started generator");
    free(m);
    Value c = gen_close(gen2);
    ck_assert(c == VAL_NONE);
    DECREF(gen2);
    DECREF(f);
    DECREF(g);
    DECREF(code);
    DECREF(consts);
}
END_TEST

START_TEST(test_unpack_messages) {
    static const uint32_t ins[] = { I(LOAD_CONST, 0), I(UNPACK_SEQUENCE, 3), I(RETURN_VALUE, 0) };
    Value seq = tuple_pack(2, FROM_SMALLINT(1), FROM_SMALLINT(2));
    Value consts = tuple_pack(1, seq);
    Value code = mk_code(ins, 3, consts, VAL_NULL, VAL_NULL, NULL, 0, 0, CO_MODULE, 3);
    ck_assert(run(code) == VAL_NULL);
    char *m = exc_message();
    ck_assert_str_eq(m, "not enough values to unpack (expected 3, got 2)");
    free(m);
    DECREF(code);
    DECREF(consts);
    DECREF(seq);
}
END_TEST

START_TEST(test_args_helpers) {
    ck_assert_int_eq(args_count("len", 2, 1, 1), -1);
    char *m = exc_message();
    ck_assert_str_eq(m, "len() takes exactly one argument (2 given)");
    free(m);
    ck_assert_int_eq(args_count("get", 3, 1, 2), -1);
    m = exc_message();
    ck_assert_str_eq(m, "get expected at most 2 arguments, got 3");
    free(m);
    Value args[3] = { FROM_SMALLINT(1), FROM_SMALLINT(2), FROM_SMALLINT(3) };
    Value sep, maxsplit;
    ck_assert_int_eq(args_parse("split", args, 3, VAL_NULL, "|sep,maxsplit", &sep, &maxsplit), -1);
    m = exc_message();
    ck_assert_str_eq(m, "split() takes at most 2 arguments (3 given)");
    free(m);
    Value kw = tuple_pack(1, str_intern_cstr("maxsplit"));
    ck_assert_int_eq(args_parse("split", args, 1, kw, "|sep,maxsplit", &sep, &maxsplit), 0);
    ck_assert(sep == FROM_SMALLINT(1) && maxsplit == FROM_SMALLINT(2));
    DECREF(kw);
    kw = tuple_pack(1, str_intern_cstr("x"));
    ck_assert_int_eq(args_parse("sort", args, 0, kw, "$key,reverse", &sep, &maxsplit), -1);
    m = exc_message();
    ck_assert_str_eq(m, "'x' is an invalid keyword argument for sort()");
    free(m);
    DECREF(kw);
}
END_TEST

Suite *eval_suite(void) {
    Suite *s = suite_create("eval");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_add_consts);
    tcase_add_test(tc, test_float_and_overflow);
    tcase_add_test(tc, test_range_loop);
    tcase_add_test(tc, test_try_except);
    tcase_add_test(tc, test_try_no_match);
    tcase_add_test(tc, test_name_error);
    tcase_add_test(tc, test_global_cache);
    tcase_add_test(tc, test_call_function);
    tcase_add_test(tc, test_generator);
    tcase_add_test(tc, test_unpack_messages);
    tcase_add_test(tc, test_args_helpers);
    suite_add_tcase(s, tc);
    return s;
}
