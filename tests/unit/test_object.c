/* test_object.c - unit tests for the types area: reference counts through
 * the generic attribute protocol, the exception hierarchy, err_format. */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "float.h"
#include "instattr.h"
#include "str.h"
#include "tuple.h"

/* A fresh user class `name` with an empty body. */
static Value make_class(const char *name) {
    Value n = str_from_cstr(name);
    Value bases = tuple_empty();
    Value ns = dict_new();
    Value cls = type_new_class(n, bases, ns, NULL, VAL_NULL);
    DECREF(n);
    DECREF(bases);
    DECREF(ns);
    return cls;
}

/* The message of the current exception, which is cleared; caller frees. */
static Value take_message(void) {
    Value exc = err_fetch();
    ck_assert(exc != VAL_NULL);
    Value s = obj_str(exc);
    DECREF(exc);
    ck_assert(s != VAL_NULL);
    return s;
}

START_TEST(test_attr_refcounts) {
    Value cls = make_class("C");
    ck_assert(cls != VAL_NULL);
    Value inst = obj_call0(cls);
    ck_assert(inst != VAL_NULL);
    Value name = str_intern_cstr("x");
    Value v = str_from_cstr("a heap value");
    intptr_t before = AS_OBJ(v)->refcnt;

    ck_assert_int_eq(obj_setattr(inst, name, v), 0);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, before + 1);
    Value got = obj_getattr(inst, name);
    ck_assert(got == v);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, before + 2);
    DECREF(got);
    ck_assert_int_eq(obj_setattr(inst, name, v), 0); /* replacing keeps one reference */
    ck_assert_int_eq(AS_OBJ(v)->refcnt, before + 1);
    ck_assert_int_eq(obj_setattr(inst, name, VAL_NULL), 0);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, before);

    ck_assert(obj_getattr(inst, name) == VAL_NULL);
    ck_assert(err_matches(&exc_AttributeError));
    err_clear();
    ck_assert(obj_getattr_opt(inst, name) == VAL_NULL);
    ck_assert(!err_occurred());
    ck_assert_int_eq(obj_hasattr(inst, name), 0);

    /* each instance holds a reference to its class */
    intptr_t cls_before = AS_OBJ(cls)->refcnt;
    Value inst2 = obj_call0(cls);
    ck_assert_int_eq(AS_OBJ(cls)->refcnt, cls_before + 1);
    DECREF(inst2);
    ck_assert_int_eq(AS_OBJ(cls)->refcnt, cls_before);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, 1);
    DECREF(v);
    DECREF(inst);
    DECREF(cls);
}
END_TEST

START_TEST(test_class_attr_refcounts) {
    Value cls = make_class("D");
    Value name = str_intern_cstr("shared");
    Value v = str_from_cstr("class value");
    uint64_t version = ((Type *)AS_OBJ(cls))->version;
    ck_assert_int_eq(obj_setattr(cls, name, v), 0);
    ck_assert(((Type *)AS_OBJ(cls))->version != version);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, 2);
    Value inst = obj_call0(cls);
    Value got = obj_getattr(inst, name);
    ck_assert(got == v);
    DECREF(got);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, 2);
    ck_assert_int_eq(obj_setattr(cls, name, VAL_NULL), 0);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, 1);
    DECREF(v);
    DECREF(inst);
    DECREF(cls);
}
END_TEST

/* Set attribute `name` of inst to a new str (the instance holds it). */
static void set_str_attr(Value inst, const char *name, const char *text) {
    Value v = str_from_cstr(text);
    ck_assert_int_eq(obj_setattr(inst, str_intern_cstr(name), v), 0);
    DECREF(v);
}

/* Instances keep their attributes as values beside the class's names
 * (instattr.h): the first instance in a block of its own, later ones inside
 * the instance; __dict__ moves them into a dict for good. */
START_TEST(test_instance_values) {
    Value cls = make_class("V");
    Type *t = (Type *)AS_OBJ(cls);
    ck_assert(t->flags & TYPE_INSTANCE_VALUES);
    Value first = obj_call0(cls);
    set_str_attr(first, "x", "one");
    set_str_attr(first, "y", "two");
    Obj *o = AS_OBJ(first);
    ck_assert(*instattr_dict_slot(o, t) == VAL_NULL);
    InstValues *iv = *instattr_values_slot(o, t);
    ck_assert(iv != NULL && !iv->is_inline);
    ck_assert_int_eq(t->inst_keys->len, 2);
    ck_assert_int_eq(instattr_key_index(t, str_intern_cstr("y")), 1);

    Value second = obj_call0(cls);
    InstValues *inl = *instattr_values_slot(AS_OBJ(second), t);
    ck_assert(inl != NULL && inl->is_inline && inl->capacity == 2);
    set_str_attr(second, "x", "three");
    ck_assert(*instattr_values_slot(AS_OBJ(second), t) == inl);

    Value v = instattr_value_at(o, t, 0);
    intptr_t before = AS_OBJ(v)->refcnt;
    Value d = obj_getattr(first, str_intern_cstr("__dict__"));
    ck_assert(d != VAL_NULL && IS_DICT(d));
    ck_assert(*instattr_values_slot(o, t) == NULL);
    ck_assert(*instattr_dict_slot(o, t) == d);
    ck_assert_int_eq(DICT_LEN(d), 2);
    ck_assert_int_eq(AS_OBJ(v)->refcnt, before); /* moved, not copied */
    ck_assert(dict_get_str(d, str_intern_cstr("x")) == v);
    DECREF(d);

    /* re-adding a deleted name before a later one cannot keep the order */
    ck_assert_int_eq(obj_setattr(second, str_intern_cstr("x"), VAL_NULL), 0);
    set_str_attr(second, "y", "four");
    ck_assert(*instattr_dict_slot(AS_OBJ(second), t) == VAL_NULL);
    set_str_attr(second, "x", "five");
    ck_assert(*instattr_values_slot(AS_OBJ(second), t) == NULL);
    ck_assert(*instattr_dict_slot(AS_OBJ(second), t) != VAL_NULL);

    /* the class's names stop growing at INSTATTR_MAX_KEYS */
    Value third = obj_call0(cls);
    char name[16];
    for (int i = 0; i < INSTATTR_MAX_KEYS + 2; i++) {
        snprintf(name, sizeof name, "n%d", i);
        set_str_attr(third, name, "v");
    }
    ck_assert_int_eq(t->inst_keys->len, INSTATTR_MAX_KEYS);
    ck_assert(*instattr_values_slot(AS_OBJ(third), t) == NULL);
    ck_assert_int_eq(DICT_LEN(*instattr_dict_slot(AS_OBJ(third), t)), INSTATTR_MAX_KEYS + 2);
    DECREF(third);
    DECREF(second);
    DECREF(first);
    DECREF(cls);
}
END_TEST

START_TEST(test_exception_hierarchy) {
    ck_assert(type_is_subtype(&exc_FileNotFoundError, &exc_OSError));
    ck_assert(type_is_subtype(&exc_BrokenPipeError, &exc_ConnectionError));
    ck_assert(type_is_subtype(&exc_KeyError, &exc_LookupError));
    ck_assert(type_is_subtype(&exc_TabError, &exc_SyntaxError));
    ck_assert(type_is_subtype(&exc_StopIteration, &exc_Exception));
    ck_assert(type_is_subtype(&exc_ValueError, &object_type));
    ck_assert(!type_is_subtype(&exc_KeyboardInterrupt, &exc_Exception));
    ck_assert(!type_is_subtype(&exc_SystemExit, &exc_Exception));
    ck_assert(!type_is_subtype(&exc_Exception, &exc_ValueError));
    ck_assert(!type_is_subtype(&exc_IndexError, &exc_KeyError));
    ck_assert(exc_ZeroDivisionError.flags & TYPE_EXCEPTION);
    ck_assert(!(int_type.flags & TYPE_EXCEPTION));

    Value cls = make_class("E");
    ck_assert(type_is_subtype((Type *)AS_OBJ(cls), &object_type));
    ck_assert(!type_is_subtype((Type *)AS_OBJ(cls), &exc_BaseException));
    DECREF(cls);
}
END_TEST

START_TEST(test_err_format) {
    Value s = str_from_cstr("it's");
    err_format(&exc_ValueError, "%R|%T|%S|%U|%d|%zd|%zu|%ld|%s|%c|100%%", s, FROM_SMALLINT(3),
               FROM_SMALLINT(42), s, -7, (ssize_t)-3, (size_t)9, 123456789L, "cstr", 'x');
    ck_assert(err_matches(&exc_ValueError));
    ck_assert(err_matches(&exc_Exception));
    ck_assert(!err_matches(&exc_TypeError));
    Value msg = take_message();
    ck_assert_str_eq(STR_DATA(msg), "\"it's\"|int|42|it's|-7|-3|9|123456789|cstr|x|100%");
    DECREF(msg);

    Value f = float_from_double(1.5);
    err_format(&exc_TypeError, "%T and %T, %R", f, VAL_NONE, VAL_NONE);
    msg = take_message();
    ck_assert_str_eq(STR_DATA(msg), "float and NoneType, None");
    DECREF(msg);
    DECREF(f);
    DECREF(s);
    ck_assert(!err_occurred());
}
END_TEST

/* Field widths, precisions and length modifiers are honoured (they used to
 * be misread as conversions, shifting every later argument). */
START_TEST(test_err_format_widths) {
    Value s = str_from_cstr("h\xc3\xa9llo");
    err_format(&exc_ValueError, "%02x|%-4d|%5s|%.3U|%-6R|%*d|%.*s|%llu|%08.3d|%hd|%X", 10, 7, "ab",
               s, FROM_SMALLINT(5), 3, 4, 2, "xyz", 18446744073709551615ULL, 42, 65537, 255u);
    Value msg = take_message();
    ck_assert_str_eq(STR_DATA(msg),
                     "0a|7   |   ab|h\xc3\xa9l|5     |  4|xy|18446744073709551615|     042|1|FF");
    DECREF(msg);
    err_format(&exc_ValueError, "%.2s|%5U|%zx", "\xc3\xa9z", s, (size_t)255);
    msg = take_message();
    ck_assert_str_eq(STR_DATA(msg), "\xc3\xa9|h\xc3\xa9llo|ff");
    DECREF(msg);
    err_format(&exc_ValueError, "ok %d then %q %d %s", 1, 2, "never read");
    msg = take_message();
    ck_assert_str_eq(STR_DATA(msg), "ok 1 then %q %d %s");
    DECREF(msg);
    DECREF(s);
}
END_TEST

START_TEST(test_err_fetch_restore_context) {
    err_set_str(&exc_KeyError, "k");
    Value first = err_fetch();
    ck_assert(!err_occurred());
    err_set_none(&exc_RuntimeError);
    Value second = err_fetch();
    err_set_context(second, first);
    ck_assert(((ExcObj *)AS_OBJ(second))->context == first);
    err_set_context(first, second); /* would make a cycle: the old link is cut */
    ck_assert(((ExcObj *)AS_OBJ(first))->context == second);
    ck_assert(((ExcObj *)AS_OBJ(second))->context == VAL_NULL);
    err_restore(first);
    ck_assert(err_matches(&exc_LookupError));
    err_clear();
    ck_assert(!err_occurred());
    DECREF(second);
}
END_TEST

START_TEST(test_generic_protocol_errors) {
    Value one = FROM_SMALLINT(1);
    Value s = str_from_cstr("a");
    ck_assert(obj_binop(one, s, BINOP_ADD) == VAL_NULL);
    Value msg = take_message();
    ck_assert_str_eq(STR_DATA(msg), "unsupported operand type(s) for +: 'int' and 'str'");
    DECREF(msg);
    ck_assert_int_eq(obj_len(one), -1);
    msg = take_message();
    ck_assert_str_eq(STR_DATA(msg), "object of type 'int' has no len()");
    DECREF(msg);
    ck_assert_int_eq(obj_richcompare_bool(s, s, CMP_EQ), 1);
    ck_assert_int_eq(obj_truthy(VAL_NONE), 0);
    int64_t h;
    ck_assert_int_eq(obj_hash(VAL_NONE, &h), 0);
    ck_assert(h != -1);
    DECREF(s);
}
END_TEST

Suite *object_suite(void) {
    Suite *s = suite_create("object");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_attr_refcounts);
    tcase_add_test(tc, test_class_attr_refcounts);
    tcase_add_test(tc, test_instance_values);
    tcase_add_test(tc, test_exception_hierarchy);
    tcase_add_test(tc, test_err_format);
    tcase_add_test(tc, test_err_format_widths);
    tcase_add_test(tc, test_err_fetch_restore_context);
    tcase_add_test(tc, test_generic_protocol_errors);
    suite_add_tcase(s, tc);
    return s;
}
