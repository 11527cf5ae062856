/* test_compiler.c - unit tests of the compiler: instruction sequences,
 * constants, stack depth, exception tables, scopes and the SyntaxErrors
 * raised by the symbol table and the code generator. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "dis.h"
#include "error.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "quicken.h"
#include "str.h"
#include "tuple.h"

static Code *compile_ok(const char *src, CompileMode mode) {
    Value v = compile_source(src, strlen(src), "<test>", mode);
    if (v == VAL_NULL) {
        err_print();
        ck_abort_msg("compile failed: %s", src);
    }
    return (Code *)AS_OBJ(v);
}

/* The opcode names of co, space separated. */
static char *ops_of(const Code *co) {
    static char buf[4096];
    buf[0] = '\0';
    for (uint32_t i = 0; i < co->ninstrs; i++) {
        if (i) strcat(buf, " ");
        strcat(buf, dis_opname(INSTR_OP(co->instrs[i])));
    }
    return buf;
}

static uint32_t arg_at(const Code *co, uint32_t i) {
    return INSTR_ARG(co->instrs[i]);
}

/* The nested code object named name among co's constants. */
static Code *child_code(const Code *co, const char *name) {
    for (size_t i = 0; i < TUPLE_LEN(co->consts); i++) {
        Value v = TUPLE_GET(co->consts, i);
        if (IS_TYPE(v, code_type) && strcmp(STR_DATA(((Code *)AS_OBJ(v))->name), name) == 0)
            return (Code *)AS_OBJ(v);
    }
    ck_abort_msg("no code object %s", name);
    return NULL;
}

/* Compiling src must raise a SyntaxError whose message contains msg. */
static void expect_syntax_error(const char *src, const char *msg) {
    Value v = compile_source(src, strlen(src), "<test>", COMPILE_EXEC);
    ck_assert_msg(v == VAL_NULL, "compiled but expected error: %s", src);
    ck_assert(err_matches(&exc_SyntaxError));
    Value exc = err_fetch();
    Value s = obj_str(exc);
    ck_assert(s != VAL_NULL);
    ck_assert_msg(strstr(STR_DATA(s), msg) != NULL, "got '%s', expected '%s'", STR_DATA(s), msg);
    DECREF(s);
    DECREF(exc);
}

START_TEST(test_assign_module) {
    Code *co = compile_ok("x = 1\n", COMPILE_EXEC);
    ck_assert_str_eq(ops_of(co), "LOAD_CONST STORE_NAME LOAD_CONST RETURN_VALUE");
    ck_assert_int_eq(co->flags & CO_MODULE, CO_MODULE);
    ck_assert_int_eq(co->stacksize, 1);
}
END_TEST

START_TEST(test_call_plain) {
    Code *co = compile_ok("f(a, b)", COMPILE_EVAL);
    ck_assert_str_eq(ops_of(co), "LOAD_NAME PUSH_NULL LOAD_NAME LOAD_NAME CALL RETURN_VALUE");
    ck_assert_int_eq(arg_at(co, 4), 2);
    ck_assert_int_eq(co->stacksize, 4);
}
END_TEST

START_TEST(test_call_method_and_keywords) {
    Code *co = compile_ok("o.m(1, k=2)", COMPILE_EVAL);
    ck_assert_str_eq(ops_of(co), "LOAD_NAME LOAD_METHOD LOAD_CONST LOAD_CONST LOAD_CONST CALL_KW RETURN_VALUE");
    ck_assert_int_eq(arg_at(co, 5), 2);
    Value kw = TUPLE_GET(co->consts, arg_at(co, 4));
    ck_assert(IS_TUPLE(kw));
    ck_assert_str_eq(STR_DATA(TUPLE_GET(kw, 0)), "k");
}
END_TEST

START_TEST(test_call_star) {
    Code *co = compile_ok("f(x, *a, **k)", COMPILE_EVAL);
    ck_assert_str_eq(ops_of(co), "LOAD_NAME PUSH_NULL LOAD_NAME BUILD_LIST LOAD_NAME LIST_EXTEND "
                                 "LIST_TO_TUPLE BUILD_MAP LOAD_NAME DICT_MERGE CALL_EX RETURN_VALUE");
    ck_assert_int_eq(arg_at(co, 3), 1);
    ck_assert_int_eq(arg_at(co, 3), 1);
    ck_assert_int_eq(arg_at(co, 10), 1);
    co = compile_ok("f(*a)", COMPILE_EVAL);
    ck_assert_str_eq(ops_of(co), "LOAD_NAME PUSH_NULL LOAD_NAME CALL_EX RETURN_VALUE");
    ck_assert_int_eq(arg_at(co, 3), 0);
}
END_TEST

START_TEST(test_const_dedup) {
    Code *co = compile_ok("a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\nf = 1\ng = 'a'\nh = 'a'\n",
                          COMPILE_EXEC);
    /* 1, 1.0, True, 0.0, -0.0, 'a', None */
    ck_assert_int_eq(TUPLE_LEN(co->consts), 7);
    ck_assert(IS_SMALLINT(TUPLE_GET(co->consts, 0)));
    ck_assert(IS_FLOAT(TUPLE_GET(co->consts, 1)));
    ck_assert(TUPLE_GET(co->consts, 2) == VAL_TRUE);
}
END_TEST

START_TEST(test_tuple_folding) {
    Code *co = compile_ok("(1, 'x', -2)", COMPILE_EVAL);
    ck_assert_str_eq(ops_of(co), "LOAD_CONST RETURN_VALUE");
    Value t = TUPLE_GET(co->consts, 0);
    ck_assert(IS_TUPLE(t));
    ck_assert_int_eq(TUPLE_LEN(t), 3);
    ck_assert_int_eq(AS_SMALLINT(TUPLE_GET(t, 2)), -2);
}
END_TEST

START_TEST(test_chained_compare) {
    Code *co = compile_ok("a < b < c", COMPILE_EVAL);
    ck_assert_str_eq(ops_of(co), "LOAD_NAME LOAD_NAME SWAP COPY COMPARE_OP JUMP_IF_FALSE_OR_POP "
                                 "LOAD_NAME COMPARE_OP JUMP_FORWARD SWAP POP_TOP RETURN_VALUE");
    ck_assert_int_eq(arg_at(co, 5), 9);
    ck_assert_int_eq(co->stacksize, 3);
}
END_TEST

START_TEST(test_try_except_table) {
    Code *co = compile_ok("try:\n    a\nexcept E:\n    b\n", COMPILE_EXEC);
    /* body -> handler; the matching code and the final RERAISE -> cleanup
     * (POP_EXCEPT and the jump out of the clause are uncovered between them) */
    ck_assert_int_eq(co->nexc, 3);
    ck_assert_int_eq(co->exctable[0].depth, 0);
    ck_assert_int_eq(INSTR_OP(co->instrs[co->exctable[0].target]), OP_PUSH_EXC_INFO);
    ck_assert_int_eq(co->exctable[1].depth, 1);
    ck_assert_int_eq(INSTR_OP(co->instrs[co->exctable[1].target]), OP_COPY);
    ck_assert_int_eq(co->exctable[2].target, co->exctable[1].target);
    ck_assert_int_eq(INSTR_OP(co->instrs[co->exctable[2].start]), OP_RERAISE);
}
END_TEST

START_TEST(test_with_sequence) {
    Code *co = compile_ok("with m as x:\n    pass\n", COMPILE_EXEC);
    ck_assert(strncmp(ops_of(co), "LOAD_NAME BEFORE_WITH STORE_NAME LOAD_CONST LOAD_CONST LOAD_CONST "
                                  "CALL POP_TOP JUMP_FORWARD PUSH_EXC_INFO WITH_EXCEPT_START", 104) == 0);
    ck_assert_int_eq(co->exctable[0].depth, 1);
}
END_TEST

START_TEST(test_for_break_pops_iterator) {
    Code *co = compile_ok("for x in y:\n    break\n", COMPILE_EXEC);
    ck_assert_str_eq(ops_of(co), "LOAD_NAME GET_ITER FOR_ITER STORE_NAME POP_TOP JUMP_FORWARD "
                                 "LOAD_CONST RETURN_VALUE");
}
END_TEST

START_TEST(test_function_locals_and_docstring) {
    Code *co = compile_ok("def f(a, *b, c, **d):\n    'doc'\n    x = a\n    return x\n", COMPILE_EXEC);
    Code *f = child_code(co, "f");
    ck_assert_str_eq(STR_DATA(TUPLE_GET(f->consts, 0)), "doc");
    ck_assert_int_eq(f->argcount, 1);
    ck_assert_int_eq(f->kwonlyargcount, 1);
    ck_assert_int_eq(f->flags & (CO_VARARGS | CO_VARKEYWORDS), CO_VARARGS | CO_VARKEYWORDS);
    ck_assert_int_eq(TUPLE_LEN(f->varnames), 5);
    ck_assert_str_eq(STR_DATA(TUPLE_GET(f->varnames, 1)), "c");
    ck_assert_str_eq(STR_DATA(TUPLE_GET(f->varnames, 2)), "b");
    ck_assert_str_eq(ops_of(f), "LOAD_FAST STORE_FAST LOAD_FAST RETURN_VALUE");
}
END_TEST

START_TEST(test_closure_cells) {
    Code *co = compile_ok("def f(a):\n    y = 1\n    def g():\n        return a + y\n    return g\n",
                          COMPILE_EXEC);
    Code *f = child_code(co, "f");
    Code *g = child_code(f, "g");
    ck_assert_int_eq(f->ncells, 2);
    ck_assert_ptr_nonnull(f->cell2arg);
    int argcell = strcmp(STR_DATA(TUPLE_GET(f->cellvars, 0)), "a") == 0 ? 0 : 1;
    ck_assert_int_eq(f->cell2arg[argcell], 0);
    ck_assert_int_eq(f->cell2arg[1 - argcell], -1);
    ck_assert_int_eq(g->nfree, 2);
    ck_assert_str_eq(ops_of(g), "LOAD_DEREF LOAD_DEREF BINARY_OP RETURN_VALUE");
    ck_assert_str_eq(STR_DATA(g->qualname), "f.<locals>.g");
    ck_assert(strstr(ops_of(f), "LOAD_CLOSURE LOAD_CLOSURE BUILD_TUPLE LOAD_CONST MAKE_FUNCTION") != NULL);
}
END_TEST

START_TEST(test_class_cell) {
    Code *co = compile_ok("class C(B):\n    def m(self):\n        return super().m()\n", COMPILE_EXEC);
    Code *c = child_code(co, "C");
    ck_assert_int_eq(c->flags & CO_CLASSBODY, CO_CLASSBODY);
    ck_assert_int_eq(c->ncells, 1);
    ck_assert_str_eq(STR_DATA(TUPLE_GET(c->cellvars, 0)), "__class__");
    Code *m = child_code(c, "m");
    ck_assert_str_eq(STR_DATA(m->qualname), "C.m");
    ck_assert_int_eq(m->nfree, 1);
    const char *ops = ops_of(c);
    ck_assert(strncmp(ops, "LOAD_NAME STORE_NAME LOAD_CONST STORE_NAME", 42) == 0);
    ck_assert(strstr(ops, "LOAD_CLOSURE RETURN_VALUE") != NULL);
    ck_assert(strstr(ops_of(co), "LOAD_BUILD_CLASS PUSH_NULL LOAD_CLOSURE") == NULL);
    ck_assert(strstr(ops_of(co), "LOAD_BUILD_CLASS PUSH_NULL LOAD_CONST MAKE_FUNCTION LOAD_CONST LOAD_NAME CALL") != NULL);
}
END_TEST

START_TEST(test_listcomp) {
    Code *co = compile_ok("[x for x in y if x]", COMPILE_EVAL);
    ck_assert_str_eq(ops_of(co), "LOAD_CONST MAKE_FUNCTION PUSH_NULL LOAD_NAME GET_ITER CALL RETURN_VALUE");
    Code *lc = child_code(co, "<listcomp>");
    ck_assert_int_eq(lc->argcount, 1);
    ck_assert_str_eq(STR_DATA(TUPLE_GET(lc->varnames, 0)), ".0");
    ck_assert_str_eq(ops_of(lc), "BUILD_LIST LOAD_FAST FOR_ITER STORE_FAST LOAD_FAST POP_JUMP_IF_FALSE "
                                 "LOAD_FAST LIST_APPEND JUMP_BACKWARD RETURN_VALUE");
    ck_assert_int_eq(arg_at(lc, 7), 2);
}
END_TEST

START_TEST(test_generator_flags) {
    Code *co = compile_ok("def g():\n    yield 1\nasync def h():\n    await x\n", COMPILE_EXEC);
    ck_assert(child_code(co, "g")->flags & CO_GENERATOR);
    Code *h = child_code(co, "h");
    ck_assert(h->flags & CO_COROUTINE);
    ck_assert(strstr(ops_of(h), "GET_AWAITABLE LOAD_CONST YIELD_FROM") != NULL);
    Code *ge = child_code(compile_ok("(x for x in y)", COMPILE_EVAL), "<genexpr>");
    ck_assert(ge->flags & CO_GENERATOR);
}
END_TEST

START_TEST(test_augassign_subscript) {
    Code *co = compile_ok("o[k] += 1", COMPILE_EXEC);
    ck_assert(strncmp(ops_of(co), "LOAD_NAME LOAD_NAME COPY COPY BINARY_SUBSCR LOAD_CONST BINARY_OP "
                                  "SWAP SWAP STORE_SUBSCR", 86) == 0);
    ck_assert_int_eq(arg_at(co, 6), BINOP_ADD + BINOP_INPLACE);
}
END_TEST

START_TEST(test_unpack_ex) {
    Code *co = compile_ok("a, *b, c, d = x", COMPILE_EXEC);
    ck_assert_int_eq(INSTR_OP(co->instrs[1]), OP_UNPACK_EX);
    ck_assert_int_eq(arg_at(co, 1), 1 | (2 << 8));
}
END_TEST

START_TEST(test_single_mode) {
    Code *co = compile_ok("1 + x\n", COMPILE_SINGLE);
    ck_assert(strstr(ops_of(co), "PRINT_EXPR") != NULL);
}
END_TEST

START_TEST(test_return_through_finally) {
    Code *co = compile_ok("def f():\n    try:\n        return 1\n    finally:\n        g()\n",
                          COMPILE_EXEC);
    Code *f = child_code(co, "f");
    /* the finally body is inlined before RETURN_VALUE, outside the handler */
    ck_assert(strncmp(ops_of(f), "LOAD_CONST LOAD_GLOBAL PUSH_NULL CALL POP_TOP RETURN_VALUE", 57) == 0);
    ck_assert_int_eq(f->exctable[0].start, 0);
    ck_assert_int_eq(f->exctable[0].end, 1);
}
END_TEST

START_TEST(test_dis_output) {
    Value code = OBJ_VAL(compile_ok("def f(x):\n    while x:\n        x -= 1\n    return x\n", COMPILE_EXEC));
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    dis_code(code, out);
    fclose(out);
    ck_assert(strstr(text, "Disassembly of <code object f at ") != NULL);
    ck_assert(strstr(text, "POP_JUMP_IF_FALSE") != NULL);
    ck_assert(strstr(text, "(to ") != NULL);
    ck_assert(strstr(text, "(-=)") != NULL);
    ck_assert(strstr(text, ">>") != NULL);
    ck_assert(strstr(text, "(x)") != NULL);
    free(text);
}
END_TEST

/* Field k of instruction i of the list dis_instructions made. */
static Value instr_field(Value list, size_t i, size_t k) {
    ck_assert_uint_gt(LIST_LEN(list), i);
    return TUPLE_GET(LIST_GET(list, i), k);
}

static void assert_str_field(Value list, size_t i, size_t k, const char *want) {
    Value v = instr_field(list, i, k);
    ck_assert(IS_TYPE(v, str_type));
    ck_assert_str_eq(STR_DATA(v), want);
}

static void assert_int_field(Value list, size_t i, size_t k, int64_t want) {
    Value v = instr_field(list, i, k);
    ck_assert(IS_SMALLINT(v));
    ck_assert_int_eq(AS_SMALLINT(v), want);
}

/* dis.get_instructions' tuples: baton's own opcodes, the argument resolved
 * as the listing shows it, the line starts and jump targets of the listing. */
START_TEST(test_dis_instructions) {
    Code *mod = compile_ok("def f(a):\n    if a < 2:\n        return a\n    return g(a)\n", COMPILE_EXEC);
    Value f = OBJ_VAL(child_code(mod, "f"));
    Value list = dis_instructions(f, 0);
    ck_assert_uint_eq(LIST_LEN(list), 11);
    for (size_t i = 0; i < LIST_LEN(list); i++) {
        ck_assert_uint_eq(TUPLE_LEN(LIST_GET(list, i)), 9);
        assert_int_field(list, i, 5, (int64_t)i * 2);
        assert_int_field(list, i, 1, INSTR_OP(((Code *)AS_OBJ(f))->instrs[i]));
    }
    assert_str_field(list, 0, 0, "LOAD_FAST");
    assert_str_field(list, 0, 3, "a");
    assert_int_field(list, 0, 6, 2);
    assert_int_field(list, 1, 3, 2);
    assert_str_field(list, 1, 4, "2");
    ck_assert(IS_NONE(instr_field(list, 1, 6)));
    assert_str_field(list, 2, 3, "<");
    assert_str_field(list, 3, 0, "POP_JUMP_IF_FALSE");
    assert_int_field(list, 3, 2, 6);
    assert_int_field(list, 3, 3, 12);
    assert_str_field(list, 3, 4, "to 12");
    assert_str_field(list, 6, 0, "LOAD_GLOBAL");
    assert_int_field(list, 6, 6, 4);
    ck_assert(instr_field(list, 6, 7) == VAL_TRUE);
    ck_assert(instr_field(list, 5, 7) == VAL_FALSE);
    assert_str_field(list, 7, 0, "PUSH_NULL");
    assert_int_field(list, 7, 1, OP_PUSH_NULL);
    ck_assert(IS_NONE(instr_field(list, 7, 2)) && IS_NONE(instr_field(list, 7, 3)));
    assert_str_field(list, 7, 4, "");
    assert_str_field(list, 9, 0, "CALL");
    assert_int_field(list, 9, 3, 1);
    assert_str_field(list, 9, 4, "");
    ck_assert(TUPLE_GET(instr_field(list, 0, 8), 0) == FROM_SMALLINT(2)); /* positions: lineno */
    DECREF(list);

    Value moved = dis_instructions(f, 100);
    assert_int_field(moved, 0, 6, 102);
    assert_int_field(moved, 6, 6, 104);
    ck_assert(TUPLE_GET(instr_field(moved, 0, 8), 0) == FROM_SMALLINT(2)); /* the real line */
    DECREF(moved);
    Value text = dis_code_text(f, 0, 100);
    ck_assert(strncmp(STR_DATA(text), "102 ", 4) == 0);
    ck_assert(strstr(STR_DATA(text), "104     >>   12 LOAD_GLOBAL") != NULL);
    DECREF(text);
    DECREF(OBJ_VAL(mod));
}
END_TEST

START_TEST(test_syntax_errors_scope) {
    expect_syntax_error("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration");
    expect_syntax_error("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration");
    expect_syntax_error("def f(x):\n    global x\n", "name 'x' is parameter and global");
    expect_syntax_error("def f():\n    def g():\n        nonlocal q\n", "no binding for nonlocal 'q' found");
    expect_syntax_error("nonlocal x\n", "nonlocal declaration not allowed at module level");
    expect_syntax_error("return 1\n", "'return' outside function");
    expect_syntax_error("class C:\n    yield 1\n", "'yield' outside function");
    expect_syntax_error("await x\n", "'await' outside function");
    expect_syntax_error("def f():\n    await x\n", "'await' outside async function");
    expect_syntax_error("async def f():\n    yield 1\n", "async generators are not supported by baton");
}
END_TEST

START_TEST(test_syntax_errors_codegen) {
    expect_syntax_error("break\n", "'break' outside loop");
    expect_syntax_error("def f():\n    continue\n", "'continue' not properly in loop");
    expect_syntax_error("while 1:\n    def f():\n        break\n", "'break' outside loop");
    expect_syntax_error("class C(metaclass=M):\n    pass\n", "metaclasses are not supported by baton");
    expect_syntax_error("from . import x\n", "relative imports are not supported by baton");
    expect_syntax_error("f(a=1, a=2)\n", "keyword argument repeated: a");
    expect_syntax_error("[(yield) for x in y]\n", "'yield' inside list comprehension");
}
END_TEST

START_TEST(test_syntax_error_location) {
    const char *src = "x = 1\ndef f():\n    break\n";
    ck_assert(compile_source(src, strlen(src), "t.py", COMPILE_EXEC) == VAL_NULL);
    Value exc = err_fetch();
    Value lineno = obj_getattr_cstr(exc, "lineno");
    ck_assert(lineno != VAL_NULL);
    ck_assert(IS_SMALLINT(lineno));   /* a small int: no reference to drop */
    ck_assert_int_eq(AS_SMALLINT(lineno), 3);
    Value text = obj_getattr_cstr(exc, "text");
    ck_assert(text != VAL_NULL && IS_STR(text));
    ck_assert_str_eq(STR_DATA(text), "    break\n");
    DECREF(text);
    DECREF(exc);
}
END_TEST

/* The compiler emits plain opcodes; quicken_code (run on a code object's
 * first execution) fuses common sequences, leaving the fused-over
 * instructions in place so jumps into them and the line table still work. */
START_TEST(test_quicken_superinstructions) {
    Code *mod = compile_ok("def f(v, a, b):\n    c = a * b\n    d = c - a + b\n    v[0] -= d\n"
                           "    return v, a / b\n", COMPILE_EXEC);
    Code *co = child_code(mod, "f");
    const char *plain = "LOAD_FAST LOAD_FAST BINARY_OP STORE_FAST LOAD_FAST LOAD_FAST BINARY_OP LOAD_FAST "
                        "BINARY_OP STORE_FAST LOAD_FAST LOAD_CONST COPY COPY BINARY_SUBSCR LOAD_FAST "
                        "BINARY_OP SWAP SWAP STORE_SUBSCR LOAD_FAST LOAD_FAST LOAD_FAST BINARY_OP BUILD_TUPLE "
                        "RETURN_VALUE";
    ck_assert_str_eq(ops_of(co), plain);
    quicken_code(co);
    ck_assert_str_eq(ops_of(co),
                     "LOAD_FAST__LOAD_FAST__BINARY_OP LOAD_FAST BINARY_OP_MUL STORE_FAST__LOAD_FAST "
                     "LOAD_FAST__LOAD_FAST__BINARY_OP LOAD_FAST BINARY_OP_SUB LOAD_FAST BINARY_OP_ADD STORE_FAST__LOAD_FAST LOAD_FAST "
                     "LOAD_CONST COPY_SUBSCR COPY BINARY_SUBSCR LOAD_FAST BINARY_OP_SUB SWAP_STORE_SUBSCR "
                     "SWAP STORE_SUBSCR LOAD_FAST__LOAD_FAST LOAD_FAST__LOAD_FAST LOAD_FAST BINARY_OP "
                     "BUILD_TUPLE RETURN_VALUE");
}
END_TEST

Suite *compiler_suite(void) {
    Suite *s = suite_create("compiler");
    TCase *tc = tcase_create("codegen");
    tcase_add_test(tc, test_assign_module);
    tcase_add_test(tc, test_call_plain);
    tcase_add_test(tc, test_call_method_and_keywords);
    tcase_add_test(tc, test_call_star);
    tcase_add_test(tc, test_const_dedup);
    tcase_add_test(tc, test_tuple_folding);
    tcase_add_test(tc, test_chained_compare);
    tcase_add_test(tc, test_try_except_table);
    tcase_add_test(tc, test_with_sequence);
    tcase_add_test(tc, test_for_break_pops_iterator);
    tcase_add_test(tc, test_function_locals_and_docstring);
    tcase_add_test(tc, test_closure_cells);
    tcase_add_test(tc, test_class_cell);
    tcase_add_test(tc, test_listcomp);
    tcase_add_test(tc, test_generator_flags);
    tcase_add_test(tc, test_augassign_subscript);
    tcase_add_test(tc, test_unpack_ex);
    tcase_add_test(tc, test_single_mode);
    tcase_add_test(tc, test_return_through_finally);
    tcase_add_test(tc, test_dis_output);
    tcase_add_test(tc, test_dis_instructions);
    tcase_add_test(tc, test_quicken_superinstructions);
    suite_add_tcase(s, tc);
    TCase *te = tcase_create("errors");
    tcase_add_test(te, test_syntax_errors_scope);
    tcase_add_test(te, test_syntax_errors_codegen);
    tcase_add_test(te, test_syntax_error_location);
    suite_add_tcase(s, te);
    return s;
}
