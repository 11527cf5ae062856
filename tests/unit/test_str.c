/* test_str.c - str internals: UTF-8 lengths and code-point indexing, the
 * intern table, hashing and equality, StrBuf, repr escapes, the codecs and
 * the character tables. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "str.h"
#include "unicode_ctype.h"

/* The C string of repr(v); the result is owned by the caller's Value r. */
static Value str_test_repr(const char *utf8) {
    Value s = str_from_cstr(utf8);
    Value r = obj_repr(s);
    DECREF(s);
    ck_assert(r != VAL_NULL);
    return r;
}

START_TEST(test_str_utf8_lengths) {
    const char *cases[][2] = {{"", "0"}, {"abc", "3"}, {"h\xc3\xa9llo", "5"},
                              {"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", "3"}, {"a\xf0\x9f\x98\x80", "2"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value s = str_from_cstr(cases[i][0]);
        ck_assert_uint_eq(STR_LEN(s), (size_t)atoi(cases[i][1]));
        ck_assert_uint_eq(STR_NBYTES(s), strlen(cases[i][0]));
        ck_assert(((StrObj *)AS_OBJ(s))->ascii == (STR_LEN(s) == STR_NBYTES(s)));
        DECREF(s);
    }
}
END_TEST

/* Indexing a non-ASCII string forwards, backwards and at random must agree
 * with a straight decode, whatever the cached position is. */
START_TEST(test_str_codepoint_indexing) {
    Value s = str_from_cstr("a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80z\xc3\xa9");
    const uint32_t want[] = {'a', 0xE9, 0x65E5, 0x1F600, 'z', 0xE9};
    ck_assert_uint_eq(STR_LEN(s), 6);
    size_t order[] = {0, 1, 2, 3, 4, 5, 5, 3, 0, 4, 2, 1, 6};
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        size_t i = order[k];
        size_t off = str_byte_offset(s, i);
        if (i == 6) {
            ck_assert_uint_eq(off, STR_NBYTES(s));
            continue;
        }
        const char *p = STR_DATA(s) + off;
        ck_assert_uint_eq(str_utf8_next(&p), want[i]);
    }
    Value idx = FROM_SMALLINT(-3);
    Value c = obj_getitem(s, idx);
    ck_assert(c != VAL_NULL);
    ck_assert_str_eq(str_cstr(c), "\xf0\x9f\x98\x80");
    DECREF(c);
    DECREF(s);
}
END_TEST

START_TEST(test_str_interning_identity) {
    Value a = str_intern_cstr("baton_interned_name");
    Value b = str_intern_cstr("baton_interned_name");
    ck_assert(a == b);
    ck_assert(((StrObj *)AS_OBJ(a))->interned);
    Value fresh = str_from_cstr("baton_interned_name");
    ck_assert(fresh != a);
    ck_assert(str_eq(fresh, a));
    Value c = str_intern(fresh); /* steals fresh */
    ck_assert(c == a);
    /* immortal: reference counting never brings it near zero */
    DECREF(a);
    ck_assert(AS_OBJ(a)->refcnt > IMMORTAL_REFCNT / 2);
    ck_assert_str_eq(str_cstr(str_intern_cstr("baton_interned_name")), "baton_interned_name");
}
END_TEST

START_TEST(test_str_hash_and_equality) {
    Value a = str_from_cstr("hello world");
    Value left = str_from_cstr("hello "), right = str_from_cstr("world");
    Value b = str_concat(left, right);
    DECREF(left);
    DECREF(right);
    ck_assert(a != b);
    ck_assert(str_eq(a, b));
    ck_assert(str_hash(a) == str_hash(b));
    ck_assert(str_hash(a) == str_hash(a));
    ck_assert(str_hash(a) != -1);
    ck_assert(str_hash(a) == str_hash_bytes("hello world", 11));
    Value c = str_from_cstr("hello worle");
    ck_assert(!str_eq(a, c));
    ck_assert(str_hash(a) != str_hash(c));
    int64_t h;
    ck_assert_int_eq(obj_hash(a, &h), 0);
    ck_assert(h == str_hash(a));
    ck_assert_int_eq(obj_richcompare_bool(a, c, CMP_LT), 1);
    DECREF(a);
    DECREF(b);
    DECREF(c);
}
END_TEST

START_TEST(test_strbuf_building) {
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "ab");
    strbuf_append_char(&b, 'c');
    ck_assert(b.ascii);
    strbuf_append_codepoint(&b, 0xE9);
    strbuf_append_codepoint(&b, 0x1F600);
    ck_assert(!b.ascii);
    strbuf_printf(&b, "[%d:%s]", 42, "x");
    Value s = str_from_cstr("\xe6\x97\xa5");
    strbuf_append_str(&b, s);
    DECREF(s);
    ck_assert_int_eq(strbuf_append_repr(&b, FROM_SMALLINT(7)), 0);
    Value r = strbuf_finish(&b);
    ck_assert_str_eq(str_cstr(r), "abc\xc3\xa9\xf0\x9f\x98\x80[42:x]\xe6\x97\xa5" "7");
    ck_assert_uint_eq(STR_LEN(r), 5 + 6 + 1 + 1);
    DECREF(r);
    /* a long printf goes through the slow path */
    strbuf_init(&b);
    strbuf_printf(&b, "%0300d", 1);
    r = strbuf_finish(&b);
    ck_assert_uint_eq(STR_LEN(r), 300);
    DECREF(r);
}
END_TEST

START_TEST(test_str_repr_escapes) {
    const char *cases[][2] = {
        {"plain", "'plain'"},
        {"it's", "\"it's\""},
        {"'\"", "'\\'\"'"},
        {"a\tb\nc\rd\\", "'a\\tb\\nc\\rd\\\\'"},
        {"\x01\x7f", "'\\x01\\x7f'"},
        {"\xc2\x80\xc2\xa0", "'\\x80\\xa0'"},
        {"\xc3\xa9\xe6\x97\xa5", "'\xc3\xa9\xe6\x97\xa5'"},
        {"\xe2\x80\xa8", "'\\u2028'"},
        {"\xf3\xa0\x80\x81", "'\\U000e0001'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value r = str_test_repr(cases[i][0]);
        ck_assert_str_eq(str_cstr(r), cases[i][1]);
        DECREF(r);
    }
}
END_TEST

START_TEST(test_str_from_utf8_errors) {
    Value ok = str_from_utf8("h\xc3\xa9", 3);
    ck_assert(ok != VAL_NULL);
    ck_assert_uint_eq(STR_LEN(ok), 2);
    DECREF(ok);
    ck_assert(str_from_utf8("\xff", 1) == VAL_NULL);
    ck_assert(err_matches(&exc_UnicodeDecodeError));
    Value e = err_fetch();
    Value msg = obj_str(e);
    ck_assert_str_eq(str_cstr(msg), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    DECREF(msg);
    DECREF(e);
    ck_assert(str_from_utf8("ab\xe6\x97", 4) == VAL_NULL);
    e = err_fetch();
    msg = obj_str(e);
    ck_assert_str_eq(str_cstr(msg), "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
    DECREF(msg);
    DECREF(e);
}
END_TEST

START_TEST(test_str_encode_decode_roundtrip) {
    Value s = str_from_cstr("caf\xc3\xa9 \xe6\x97\xa5");
    Value b = str_encode(s, "utf-8", "strict");
    ck_assert(b != VAL_NULL);
    ck_assert_uint_eq(BYTES_LEN(b), STR_NBYTES(s));
    Value back = str_decode((const char *)BYTES_DATA(b), BYTES_LEN(b), "UTF8", "strict");
    ck_assert(str_eq(back, s));
    Value l1 = str_encode(s, "latin-1", "replace");
    ck_assert_str_eq((const char *)BYTES_DATA(l1), "caf\xe9 ?");
    ck_assert(str_encode(s, "ascii", "strict") == VAL_NULL);
    ck_assert(err_matches(&exc_UnicodeEncodeError));
    err_clear();
    DECREF(s);
    DECREF(b);
    DECREF(back);
    DECREF(l1);
}
END_TEST

START_TEST(test_unicode_tables) {
    ck_assert(unicode_isspace(0x3000));
    ck_assert(!unicode_isspace('a'));
    ck_assert(unicode_isalpha(0x65E5));
    ck_assert(unicode_isdigit(0xB2) && !unicode_isdecimal(0xB2));
    ck_assert_int_eq(unicode_decimal_value(0x0663), 3);
    ck_assert_int_eq(unicode_decimal_value('x'), -1);
    ck_assert_uint_eq(unicode_toupper(0x3B1), 0x391);
    ck_assert_uint_eq(unicode_tolower(0x416), 0x436);
    uint32_t out[3];
    ck_assert_int_eq(unicode_case_map(0xDF, UNICODE_UPPER_MAP, out), 2);
    ck_assert_uint_eq(out[0], 'S');
    ck_assert_uint_eq(out[1], 'S');
    ck_assert(unicode_islinebreak(0x2028) && !unicode_islinebreak(' '));
}
END_TEST

START_TEST(test_str_shared_small_strings) {
    Value a = str_from_codepoint('x');
    Value b = str_from_cstr("x");
    ck_assert(a == b);
    Value e1 = str_empty(), e2 = str_from_cstr("");
    ck_assert(e1 == e2);
    DECREF(a);
    DECREF(b);
    DECREF(e1);
    DECREF(e2);
}
END_TEST

Suite *str_suite(void) {
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_str_utf8_lengths);
    tcase_add_test(tc, test_str_codepoint_indexing);
    tcase_add_test(tc, test_str_interning_identity);
    tcase_add_test(tc, test_str_hash_and_equality);
    tcase_add_test(tc, test_strbuf_building);
    tcase_add_test(tc, test_str_repr_escapes);
    tcase_add_test(tc, test_str_from_utf8_errors);
    tcase_add_test(tc, test_str_encode_decode_roundtrip);
    tcase_add_test(tc, test_unicode_tables);
    tcase_add_test(tc, test_str_shared_small_strings);
    suite_add_tcase(s, tc);
    return s;
}
