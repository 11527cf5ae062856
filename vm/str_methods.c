/* str_methods.c - str's Python-level methods (find, split, strip, upper, ...).
 *
 * Every method is a CFunc with self in args[0]. Most work directly on the
 * UTF-8 bytes: substring search is byte search (UTF-8 is self-synchronising,
 * so a byte match of valid UTF-8 is a code-point match) and only the results
 * are converted back to code-point indexes. Case mapping and classification
 * go through unicode_ctype.h, with ASCII fast paths. */
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "error.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "str_format.h"
#include "str_methods.h"
#include "tuple.h"
#include "unicode_ctype.h"

#define SELF (args[0])

/* ----------------------------------------------------------------- helpers */

static const char *str_plural(size_t n) {
    return n == 1 ? "" : "s";
}

int str_method_args(const char *qualname, size_t given, Value kwnames, size_t min, size_t max, bool oldstyle) {
    const char *dot = strchr(qualname, '.'), *name = dot ? dot + 1 : qualname;
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0) {
        err_format(&exc_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (given >= min && given <= max) return 0;
    if (max == 0)
        err_format(&exc_TypeError, "%s() takes no arguments (%zu given)", qualname, given);
    else if (min == 1 && max == 1)
        err_format(&exc_TypeError, "%s() takes exactly one argument (%zu given)", qualname, given);
    else if (oldstyle)
        err_format(&exc_TypeError, "%s() takes at %s %zu argument%s (%zu given)", name,
                   given < min ? "least" : "most", given < min ? min : max, str_plural(given < min ? min : max), given);
    else if (min == max)
        err_format(&exc_TypeError, "%s expected %zu argument%s, got %zu", name, min, str_plural(min), given);
    else
        err_format(&exc_TypeError, "%s expected at %s %zu argument%s, got %zu", name,
                   given < min ? "least" : "most", given < min ? min : max, str_plural(given < min ? min : max), given);
    return -1;
}

int str_c_int_arg(Value v, int *out) {
    ssize_t n;
    if (obj_as_ssize(v, &n) < 0) {
        if (!err_matches(&exc_OverflowError)) return -1;
        err_clear();
        n = SSIZE_MAX;
    }
    if (n > INT32_MAX || n < INT32_MIN) {
        err_set_str(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* Positional-only arguments of str.<name>: min..max of them (self excluded). */
static int str_posargs(const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    char qual[48];
    snprintf(qual, sizeof qual, "str.%s", name);
    bool oldstyle = strstr("find rfind index rindex count startswith endswith", name) != NULL;
    return str_method_args(qual, nargs - 1, kwnames, min, max, oldstyle);
}

/* Code points in s's bytes [0, byte). */
static size_t str_cp_index(Value s, size_t byte) {
    if (((StrObj *)AS_OBJ(s))->ascii) return byte;
    size_t count = 0;
    const unsigned char *d = (const unsigned char *)STR_DATA(s);
    for (size_t i = 0; i < byte; i++)
        if ((d[i] & 0xC0) != 0x80) count++;
    return count;
}

/* A new str of s's bytes [b0, b1). */
static Value str_sub(Value s, size_t b0, size_t b1) {
    if (b0 == 0 && b1 == STR_NBYTES(s) && IS_TYPE(s, str_type)) return NEWREF(s);
    const char *p = STR_DATA(s) + b0;
    size_t len;
    if (((StrObj *)AS_OBJ(s))->ascii) {
        len = b1 - b0;
    } else {
        len = 0;
        for (size_t i = 0; i < b1 - b0; i++)
            if (((unsigned char)p[i] & 0xC0) != 0x80) len++;
    }
    return str_from_utf8_len(p, b1 - b0, len);
}

/* Appends item (stolen) to list; -1 if item is VAL_NULL. */
static int str_list_add(Value list, Value item) {
    if (item == VAL_NULL) return -1;
    int r = list_append(list, item);
    DECREF(item);
    return r;
}

/* The type name in argument-clinic messages: "None" for None itself. */
static const char *str_arg_name(Value v) {
    return IS_NONE(v) ? "None" : obj_type_name(v);
}

static Value str_require(Value v, const char *prefix) {
    if (IS_STR(v)) return v;
    return err_format(&exc_TypeError, "%smust be str, not %s", prefix, *prefix ? str_arg_name(v) : obj_type_name(v));
}

/* A start/end argument: None or absent keeps *out; else an index. */
static int str_slice_arg(Value v, ssize_t *out) {
    if (v == VAL_NULL || IS_NONE(v)) return 0;
    if (IS_SMALLINT(v)) {
        *out = AS_SMALLINT(v);
        return 0;
    }
    if (IS_INT(v) || (!IS_FLOAT(v) && TYPE_OF(v)->as_int != NULL)) {
        if (obj_as_ssize(v, out) == 0) return 0;
        if (!err_matches(&exc_OverflowError)) return -1;
        err_clear();
        *out = int_sign(v) < 0 ? -(ssize_t)(SIZE_MAX >> 2) : (ssize_t)(SIZE_MAX >> 2);
        return 0;
    }
    err_set_str(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

/* The byte range of s[start:end] for optional start/end arguments, as the
 * search methods clamp them. Returns 0 when start > len (nothing to search
 * and even '' is not found), 1 otherwise, -1 on error. */
static int str_range(Value s, Value vstart, Value vend, ssize_t *cstart, size_t *b0, size_t *b1) {
    ssize_t len = (ssize_t)STR_LEN(s), start = 0, end = len;
    if (str_slice_arg(vstart, &start) < 0 || str_slice_arg(vend, &end) < 0) return -1;
    if (end > len) end = len;
    else if (end < 0 && (end += len) < 0) end = 0;
    if (start < 0 && (start += len) < 0) start = 0;
    *cstart = start;
    if (start > len || end < start) return 0;
    *b0 = str_byte_offset(s, (size_t)start);
    *b1 = str_byte_offset(s, (size_t)end);
    return 1;
}

/* Last occurrence of needle in hay, or NULL. */
static const char *str_memrmem(const char *hay, size_t n, const char *needle, size_t m) {
    if (m == 0) return hay + n;
    if (m > n) return NULL;
    for (const char *p = hay + (n - m);; p--) {
        if (*p == *needle && memcmp(p, needle, m) == 0) return p;
        if (p == hay) return NULL;
    }
}

/* Decodes s into a new array of code points (length STR_LEN(s)). */
static uint32_t *str_decode_cps(Value s) {
    uint32_t *cps = mem_alloc((STR_LEN(s) + 1) * sizeof(uint32_t));
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s);
    for (size_t i = 0; p < end; i++) cps[i] = str_utf8_next(&p);
    return cps;
}

/* ----------------------------------------------------------------- search */

typedef enum { FIND_FIND, FIND_RFIND, FIND_INDEX, FIND_RINDEX } FindKind;

static Value str_find_common(const char *name, Value *args, size_t nargs, Value kwnames, FindKind kind) {
    if (str_posargs(name, nargs, kwnames, 1, 3) < 0) return VAL_NULL;
    Value sub = args[1];
    ssize_t cstart;
    size_t b0, b1;
    int r = str_range(SELF, nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL, &cstart, &b0, &b1);
    if (r < 0 || str_require(sub, "") == VAL_NULL) return VAL_NULL;
    const char *hit = NULL;
    if (r > 0) {
        const char *hay = STR_DATA(SELF) + b0;
        if (kind == FIND_FIND || kind == FIND_INDEX)
            hit = STR_NBYTES(sub) == 0 ? hay : memmem(hay, b1 - b0, STR_DATA(sub), STR_NBYTES(sub));
        else
            hit = str_memrmem(hay, b1 - b0, STR_DATA(sub), STR_NBYTES(sub));
    }
    if (hit == NULL) {
        if (kind == FIND_INDEX || kind == FIND_RINDEX)
            return err_set_str(&exc_ValueError, "substring not found");
        return FROM_SMALLINT(-1);
    }
    return FROM_SMALLINT((ssize_t)str_cp_index(SELF, (size_t)(hit - STR_DATA(SELF))));
}

static Value str_m_find(Value *args, size_t nargs, Value kwnames) {
    return str_find_common("find", args, nargs, kwnames, FIND_FIND);
}
static Value str_m_rfind(Value *args, size_t nargs, Value kwnames) {
    return str_find_common("rfind", args, nargs, kwnames, FIND_RFIND);
}
static Value str_m_index(Value *args, size_t nargs, Value kwnames) {
    return str_find_common("index", args, nargs, kwnames, FIND_INDEX);
}
static Value str_m_rindex(Value *args, size_t nargs, Value kwnames) {
    return str_find_common("rindex", args, nargs, kwnames, FIND_RINDEX);
}

/* Non-overlapping occurrences of sub in [p, p+n); '' occurs ncp+1 times. */
static size_t str_count_in(const char *p, size_t n, size_t ncp, Value sub, size_t max) {
    size_t m = STR_NBYTES(sub), count = 0;
    if (m == 0) return ncp + 1 < max ? ncp + 1 : max;
    const char *end = p + n;
    /* One byte (an ASCII character): memchr, which unlike memmem reads no
     * further than the match (memmem's sanitizer hook checks the whole rest
     * of the string on every call, quadratic over many matches). */
    if (m == 1) {
        while (count < max && (p = memchr(p, STR_DATA(sub)[0], (size_t)(end - p))) != NULL) {
            count++;
            p++;
        }
        return count;
    }
    while (count < max && (p = memmem(p, (size_t)(end - p), STR_DATA(sub), m)) != NULL) {
        count++;
        p += m;
    }
    return count;
}

static Value str_m_count(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("count", nargs, kwnames, 1, 3) < 0) return VAL_NULL;
    Value sub = args[1];
    ssize_t cstart;
    size_t b0, b1;
    int r = str_range(SELF, nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL, &cstart, &b0, &b1);
    if (r < 0 || str_require(sub, "") == VAL_NULL) return VAL_NULL;
    if (r == 0) return FROM_SMALLINT(0);
    size_t ncp = STR_NBYTES(sub) ? 0 : str_cp_index(SELF, b1) - (size_t)cstart;
    return FROM_SMALLINT((ssize_t)str_count_in(STR_DATA(SELF) + b0, b1 - b0, ncp, sub, SIZE_MAX));
}

/* startswith / endswith with a str or a tuple of str. */
static Value str_affix(const char *name, Value *args, size_t nargs, Value kwnames, bool end) {
    if (str_posargs(name, nargs, kwnames, 1, 3) < 0) return VAL_NULL;
    Value what = args[1];
    ssize_t cstart;
    size_t b0 = 0, b1 = 0;
    int r = str_range(SELF, nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL, &cstart, &b0, &b1);
    if (r < 0) return VAL_NULL;
    size_t n = IS_TUPLE(what) ? TUPLE_LEN(what) : 1;
    if (!IS_TUPLE(what) && !IS_STR(what))
        return err_format(&exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                          name, obj_type_name(what));
    for (size_t i = 0; i < n; i++) {
        Value p = IS_TUPLE(what) ? TUPLE_GET(what, i) : what;
        if (!IS_STR(p))
            return err_format(&exc_TypeError, "tuple for %s must only contain str, not %s",
                              name, obj_type_name(p));
        if (r == 0) continue;
        size_t m = STR_NBYTES(p);
        if (m > b1 - b0) continue;
        const char *at = STR_DATA(SELF) + (end ? b1 - m : b0);
        if (memcmp(at, STR_DATA(p), m) == 0) return NEWREF(VAL_TRUE);
    }
    return NEWREF(VAL_FALSE);
}

static Value str_m_startswith(Value *args, size_t nargs, Value kwnames) {
    return str_affix("startswith", args, nargs, kwnames, false);
}
static Value str_m_endswith(Value *args, size_t nargs, Value kwnames) {
    return str_affix("endswith", args, nargs, kwnames, true);
}

/* ---------------------------------------------------------------- replace */

/* A replace() whose result could be huge ('ab'.replace('', 'x' * 2**31))
 * sizes it exactly first and reserves that much, so that running out of
 * memory is a MemoryError rather than the abort of a growing buffer.
 * Small results skip the counting pass. */
static bool str_replace_reserve(StrBuf *b, Value self, Value old, Value new_, size_t max) {
    size_t n = STR_NBYTES(self), m = STR_NBYTES(old), k = STR_NBYTES(new_);
    if (k <= m) return true;
    size_t most_hits = (m ? n / m : STR_LEN(self)) + 1;
    if (n < ((size_t)1 << 20) && most_hits < ((size_t)1 << 20) / k) return true;
    size_t hits = str_count_in(STR_DATA(self), n, STR_LEN(self), old, max);
    if (hits > (SIZE_MAX - n) / (k - m)) return false;
    return strbuf_try_reserve(b, n + hits * (k - m));
}

static Value str_m_replace(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("replace", nargs, kwnames, 2, 3) < 0) return VAL_NULL;
    Value old = args[1], new_ = args[2];
    if (str_require(old, "replace() argument 1 ") == VAL_NULL) return VAL_NULL;
    if (str_require(new_, "replace() argument 2 ") == VAL_NULL) return VAL_NULL;
    ssize_t maxcount = -1;
    if (nargs > 3 && obj_as_ssize_arg(args[3], &maxcount) < 0) return VAL_NULL;
    size_t max = maxcount < 0 ? SIZE_MAX : (size_t)maxcount;
    const char *p = STR_DATA(SELF), *end = p + STR_NBYTES(SELF);
    size_t m = STR_NBYTES(old);
    StrBuf b;
    strbuf_init(&b);
    if (!str_replace_reserve(&b, SELF, old, new_, max)) return err_no_memory();
    size_t done = 0;
    if (m == 0) {
        while (done < max) {
            strbuf_append_str(&b, new_);
            done++;
            if (p == end) break;
            const char *q = p;
            str_utf8_next(&q);
            strbuf_append(&b, p, (size_t)(q - p));
            p = q;
        }
    } else {
        const char *hit;
        while (done < max && (hit = memmem(p, (size_t)(end - p), STR_DATA(old), m)) != NULL) {
            strbuf_append(&b, p, (size_t)(hit - p));
            strbuf_append_str(&b, new_);
            p = hit + m;
            done++;
        }
    }
    if (done == 0) {
        strbuf_free(&b);
        return str_sub(SELF, 0, STR_NBYTES(SELF));
    }
    strbuf_append(&b, p, (size_t)(end - p));
    return strbuf_finish(&b);
}

/* ------------------------------------------------------------------ split */

static bool str_space_at(const char *p, const char **next) {
    const char *q = p;
    uint32_t c = str_utf8_next(&q);
    *next = q;
    return unicode_isspace(c);
}

/* split() on runs of whitespace, from the left. */
static Value str_split_ws(Value s, size_t max) {
    Value list = list_new(0);
    const char *p = STR_DATA(s), *end = p + STR_NBYTES(s), *next;
    size_t n = 0;
    while (p < end) {
        while (p < end && str_space_at(p, &next)) p = next;
        if (p == end) break;
        if (n == max) {
            const char *q = end;
            if (str_list_add(list, str_sub(s, (size_t)(p - STR_DATA(s)), (size_t)(q - STR_DATA(s)))) < 0)
                goto fail;
            break;
        }
        const char *start = p;
        while (p < end && !str_space_at(p, &next)) p = next;
        if (str_list_add(list, str_sub(s, (size_t)(start - STR_DATA(s)), (size_t)(p - STR_DATA(s)))) < 0)
            goto fail;
        n++;
    }
    return list;
fail:
    DECREF(list);
    return VAL_NULL;
}

/* Is the code point ending just before p (p > start) whitespace? Sets *prev to its start. */
static bool str_space_before(const char *start, const char *p, const char **prev) {
    const char *q = p - 1;
    while (q > start && ((unsigned char)*q & 0xC0) == 0x80) q--;
    *prev = q;
    const char *tmp = q;
    return unicode_isspace(str_utf8_next(&tmp));
}

/* rsplit() on runs of whitespace, from the right; the list is built reversed. */
static Value str_rsplit_ws(Value s, size_t max) {
    Value list = list_new(0);
    const char *begin = STR_DATA(s), *p = begin + STR_NBYTES(s), *prev;
    size_t n = 0;
    while (p > begin) {
        while (p > begin && str_space_before(begin, p, &prev)) p = prev;
        if (p == begin) break;
        if (n == max) {
            if (str_list_add(list, str_sub(s, 0, (size_t)(p - begin))) < 0) goto fail;
            break;
        }
        const char *stop = p;
        while (p > begin && !str_space_before(begin, p, &prev)) p = prev;
        if (str_list_add(list, str_sub(s, (size_t)(p - begin), (size_t)(stop - begin))) < 0) goto fail;
        n++;
    }
    for (size_t i = 0, j = LIST_LEN(list); i + 1 < j; i++, j--) {
        Value t = LIST_GET(list, i);
        LIST_SET(list, i, LIST_GET(list, j - 1));
        LIST_SET(list, j - 1, t);
    }
    return list;
fail:
    DECREF(list);
    return VAL_NULL;
}

static Value str_split_sep(Value s, Value sep, size_t max, bool right) {
    Value list = list_new(0);
    const char *begin = STR_DATA(s), *end = begin + STR_NBYTES(s);
    size_t m = STR_NBYTES(sep), n = 0;
    if (!right) {
        const char *p = begin, *hit;
        while (n < max && (hit = memmem(p, (size_t)(end - p), STR_DATA(sep), m)) != NULL) {
            if (str_list_add(list, str_sub(s, (size_t)(p - begin), (size_t)(hit - begin))) < 0) goto fail;
            p = hit + m;
            n++;
        }
        if (str_list_add(list, str_sub(s, (size_t)(p - begin), STR_NBYTES(s))) < 0) goto fail;
        return list;
    }
    const char *stop = end, *hit;
    while (n < max && (hit = str_memrmem(begin, (size_t)(stop - begin), STR_DATA(sep), m)) != NULL) {
        if (str_list_add(list, str_sub(s, (size_t)(hit + m - begin), (size_t)(stop - begin))) < 0) goto fail;
        stop = hit;
        n++;
    }
    if (str_list_add(list, str_sub(s, 0, (size_t)(stop - begin))) < 0) goto fail;
    for (size_t i = 0, j = LIST_LEN(list); i + 1 < j; i++, j--) {
        Value t = LIST_GET(list, i);
        LIST_SET(list, i, LIST_GET(list, j - 1));
        LIST_SET(list, j - 1, t);
    }
    return list;
fail:
    DECREF(list);
    return VAL_NULL;
}

static Value str_split_common(const char *name, Value *args, size_t nargs, Value kwnames, bool right) {
    Value sep = VAL_NULL, vmax = VAL_NULL;
    if (args_parse(name, args + 1, nargs - 1, kwnames, "|sep,maxsplit", &sep, &vmax) < 0) return VAL_NULL;
    ssize_t maxsplit = -1;
    if (vmax != VAL_NULL && obj_as_ssize_arg(vmax, &maxsplit) < 0) return VAL_NULL;
    size_t max = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    if (sep == VAL_NULL || IS_NONE(sep))
        return right ? str_rsplit_ws(SELF, max) : str_split_ws(SELF, max);
    if (!IS_STR(sep)) return err_format(&exc_TypeError, "must be str or None, not %s", obj_type_name(sep));
    if (STR_NBYTES(sep) == 0) return err_set_str(&exc_ValueError, "empty separator");
    return str_split_sep(SELF, sep, max, right);
}

static Value str_m_split(Value *args, size_t nargs, Value kwnames) {
    return str_split_common("split", args, nargs, kwnames, false);
}
static Value str_m_rsplit(Value *args, size_t nargs, Value kwnames) {
    return str_split_common("rsplit", args, nargs, kwnames, true);
}

static Value str_m_splitlines(Value *args, size_t nargs, Value kwnames) {
    Value vkeep = VAL_NULL;
    if (args_parse("splitlines", args + 1, nargs - 1, kwnames, "|keepends", &vkeep) < 0) return VAL_NULL;
    int keep = 0;
    if (vkeep != VAL_NULL) {
        ssize_t k;
        if (!IS_INT(vkeep) && obj_as_ssize(vkeep, &k) < 0) return VAL_NULL;
        if ((keep = obj_truthy(vkeep)) < 0) return VAL_NULL;
    }
    Value list = list_new(0);
    const char *begin = STR_DATA(SELF), *p = begin, *end = begin + STR_NBYTES(SELF);
    const char *line = p;
    while (p < end) {
        const char *q = p;
        uint32_t c = str_utf8_next(&q);
        if (!unicode_islinebreak(c)) {
            p = q;
            continue;
        }
        if (c == '\r' && q < end && *q == '\n') q++;
        const char *stop = keep ? q : p;
        if (str_list_add(list, str_sub(SELF, (size_t)(line - begin), (size_t)(stop - begin))) < 0) {
            DECREF(list);
            return VAL_NULL;
        }
        p = line = q;
    }
    if (line < end && str_list_add(list, str_sub(SELF, (size_t)(line - begin), STR_NBYTES(SELF))) < 0) {
        DECREF(list);
        return VAL_NULL;
    }
    return list;
}

/* partition / rpartition */
static Value str_partition_common(const char *name, Value *args, size_t nargs, Value kwnames, bool right) {
    if (str_posargs(name, nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    Value sep = args[1];
    if (str_require(sep, "") == VAL_NULL) return VAL_NULL;
    if (STR_NBYTES(sep) == 0) return err_set_str(&exc_ValueError, "empty separator");
    const char *d = STR_DATA(SELF);
    size_t n = STR_NBYTES(SELF), m = STR_NBYTES(sep);
    const char *hit = right ? str_memrmem(d, n, STR_DATA(sep), m) : memmem(d, n, STR_DATA(sep), m);
    Value a, mid, c;
    if (hit == NULL) {
        Value whole = str_sub(SELF, 0, n);
        a = right ? str_empty() : whole;
        c = right ? whole : str_empty();
        mid = str_empty();
    } else {
        size_t at = (size_t)(hit - d);
        a = str_sub(SELF, 0, at);
        mid = NEWREF(sep);
        c = str_sub(SELF, at + m, n);
    }
    return tuple_pack_steal(3, a, mid, c);
}

static Value str_m_partition(Value *args, size_t nargs, Value kwnames) {
    return str_partition_common("partition", args, nargs, kwnames, false);
}
static Value str_m_rpartition(Value *args, size_t nargs, Value kwnames) {
    return str_partition_common("rpartition", args, nargs, kwnames, true);
}

static Value str_m_join(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("join", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    Type *t = TYPE_OF(args[1]);
    if (t->iter == NULL && t->getitem == NULL) return err_set_str(&exc_TypeError, "can only join an iterable");
    return str_join(SELF, args[1]);
}

/* ------------------------------------------------------------------ strip */

/* Is cp one of the code points of chars (a str)? */
static bool str_in_chars(Value chars, uint32_t cp) {
    const char *p = STR_DATA(chars), *end = p + STR_NBYTES(chars);
    while (p < end)
        if (str_utf8_next(&p) == cp) return true;
    return false;
}

static bool str_strippable(Value chars, uint32_t cp) {
    return chars == VAL_NULL ? unicode_isspace(cp) : str_in_chars(chars, cp);
}

static Value str_strip_common(const char *name, Value *args, size_t nargs, Value kwnames, bool left, bool right) {
    if (str_posargs(name, nargs, kwnames, 0, 1) < 0) return VAL_NULL;
    Value chars = nargs > 1 && !IS_NONE(args[1]) ? args[1] : VAL_NULL;
    if (chars != VAL_NULL && !IS_STR(chars))
        return err_format(&exc_TypeError, "%s arg must be None or str", name);
    const char *begin = STR_DATA(SELF), *p = begin, *end = begin + STR_NBYTES(SELF);
    if (left) {
        while (p < end) {
            const char *q = p;
            if (!str_strippable(chars, str_utf8_next(&q))) break;
            p = q;
        }
    }
    if (right) {
        while (end > p) {
            const char *q = end - 1;
            while (q > p && ((unsigned char)*q & 0xC0) == 0x80) q--;
            const char *tmp = q;
            if (!str_strippable(chars, str_utf8_next(&tmp))) break;
            end = q;
        }
    }
    return str_sub(SELF, (size_t)(p - begin), (size_t)(end - begin));
}

static Value str_m_strip(Value *args, size_t nargs, Value kwnames) {
    return str_strip_common("strip", args, nargs, kwnames, true, true);
}
static Value str_m_lstrip(Value *args, size_t nargs, Value kwnames) {
    return str_strip_common("lstrip", args, nargs, kwnames, true, false);
}
static Value str_m_rstrip(Value *args, size_t nargs, Value kwnames) {
    return str_strip_common("rstrip", args, nargs, kwnames, false, true);
}

static Value str_affix_remove(const char *name, Value *args, size_t nargs, Value kwnames, bool suffix) {
    if (str_posargs(name, nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    Value a = args[1];
    if (!IS_STR(a))
        return err_format(&exc_TypeError, "%s() argument must be str, not %s", name, str_arg_name(a));
    size_t n = STR_NBYTES(SELF), m = STR_NBYTES(a);
    if (m > 0 && m <= n) {
        if (!suffix && memcmp(STR_DATA(SELF), STR_DATA(a), m) == 0) return str_sub(SELF, m, n);
        if (suffix && memcmp(STR_DATA(SELF) + n - m, STR_DATA(a), m) == 0) return str_sub(SELF, 0, n - m);
    }
    return str_sub(SELF, 0, n);
}

static Value str_m_removeprefix(Value *args, size_t nargs, Value kwnames) {
    return str_affix_remove("removeprefix", args, nargs, kwnames, false);
}
static Value str_m_removesuffix(Value *args, size_t nargs, Value kwnames) {
    return str_affix_remove("removesuffix", args, nargs, kwnames, true);
}

/* ---------------------------------------------------------------- padding */

/* The fill character argument of center/ljust/rjust (default ' '). */
static int str_fillchar(Value *args, size_t nargs, uint32_t *fill) {
    *fill = ' ';
    if (nargs < 3) return 0;
    Value f = args[2];
    if (!IS_STR(f)) {
        err_format(&exc_TypeError, "The fill character must be a unicode character, not %s", obj_type_name(f));
        return -1;
    }
    if (STR_LEN(f) != 1) {
        err_set_str(&exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    const char *p = STR_DATA(f);
    *fill = str_utf8_next(&p);
    return 0;
}

static Value str_pad(Value s, size_t left, size_t right, uint32_t fill) {
    if (left == 0 && right == 0) return str_sub(s, 0, STR_NBYTES(s));
    StrBuf b;
    strbuf_init(&b);
    size_t fill_bytes = fill < 0x80 ? 1 : fill < 0x800 ? 2 : fill < 0x10000 ? 3 : 4;
    if (left + right > SIZE_MAX / 8 || !strbuf_try_reserve(&b, STR_NBYTES(s) + (left + right) * fill_bytes))
        return err_no_memory();
    for (size_t i = 0; i < left; i++) strbuf_append_codepoint(&b, fill);
    strbuf_append_str(&b, s);
    for (size_t i = 0; i < right; i++) strbuf_append_codepoint(&b, fill);
    return strbuf_finish(&b);
}

typedef enum { PAD_LEFT, PAD_RIGHT, PAD_CENTER } PadKind;

static Value str_justify(const char *name, Value *args, size_t nargs, Value kwnames, PadKind kind) {
    if (str_posargs(name, nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    ssize_t width;
    uint32_t fill;
    if (obj_as_ssize_arg(args[1], &width) < 0 || str_fillchar(args, nargs, &fill) < 0) return VAL_NULL;
    size_t len = STR_LEN(SELF);
    if (width <= (ssize_t)len) return str_sub(SELF, 0, STR_NBYTES(SELF));
    size_t pad = (size_t)width - len;
    if (kind == PAD_LEFT) return str_pad(SELF, 0, pad, fill);
    if (kind == PAD_RIGHT) return str_pad(SELF, pad, 0, fill);
    size_t left = pad / 2 + (pad & (size_t)width & 1);
    return str_pad(SELF, left, pad - left, fill);
}

static Value str_m_ljust(Value *args, size_t nargs, Value kwnames) {
    return str_justify("ljust", args, nargs, kwnames, PAD_LEFT);
}
static Value str_m_rjust(Value *args, size_t nargs, Value kwnames) {
    return str_justify("rjust", args, nargs, kwnames, PAD_RIGHT);
}
static Value str_m_center(Value *args, size_t nargs, Value kwnames) {
    return str_justify("center", args, nargs, kwnames, PAD_CENTER);
}

static Value str_m_zfill(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("zfill", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    ssize_t width;
    if (obj_as_ssize_arg(args[1], &width) < 0) return VAL_NULL;
    size_t len = STR_LEN(SELF);
    if (width <= (ssize_t)len) return str_sub(SELF, 0, STR_NBYTES(SELF));
    size_t pad = (size_t)width - len;
    const char *d = STR_DATA(SELF);
    StrBuf b;
    strbuf_init(&b);
    if (!strbuf_try_reserve(&b, STR_NBYTES(SELF) + pad)) return err_no_memory();
    size_t skip = 0;
    if (len > 0 && (d[0] == '+' || d[0] == '-')) {
        strbuf_append_char(&b, d[0]);
        skip = 1;
    }
    for (size_t i = 0; i < pad; i++) strbuf_append_char(&b, '0');
    strbuf_append(&b, d + skip, STR_NBYTES(SELF) - skip);
    return strbuf_finish(&b);
}

static Value str_m_expandtabs(Value *args, size_t nargs, Value kwnames) {
    Value vtab = VAL_NULL;
    if (args_parse("expandtabs", args + 1, nargs - 1, kwnames, "|tabsize", &vtab) < 0) return VAL_NULL;
    int tab = 8;
    if (vtab != VAL_NULL && str_c_int_arg(vtab, &tab) < 0) return VAL_NULL;
    StrBuf b;
    strbuf_init(&b);
    size_t col = 0;
    const char *p = STR_DATA(SELF), *end = p + STR_NBYTES(SELF);
    while (p < end) {
        const char *start = p;
        uint32_t c = str_utf8_next(&p);
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                if (!strbuf_try_reserve(&b, n)) {
                    strbuf_free(&b);
                    return err_no_memory();
                }
                memset(b.data + b.len, ' ', n);
                b.len += n;
                b.ncodepoints += n;
                col += n;
            }
        } else {
            strbuf_append(&b, start, (size_t)(p - start));
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return strbuf_finish(&b);
}

/* ------------------------------------------------------------------- case */

/* The Greek capital sigma at cps[i] lowercases to final sigma when a cased
 * letter precedes it and none follows (case-ignorable characters skipped). */
static uint32_t str_lower_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && unicode_has(cps[j - 1], UNICODE_CASE_IGNORABLE)) j--;
    bool final = j > 0 && unicode_has(cps[j - 1], UNICODE_CASED);
    if (final) {
        j = i + 1;
        while (j < n && unicode_has(cps[j], UNICODE_CASE_IGNORABLE)) j++;
        final = j == n || !unicode_has(cps[j], UNICODE_CASED);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* Appends the `which` mapping of cps[i] (lower honours final sigma). */
static void str_append_mapped(StrBuf *b, const uint32_t *cps, size_t n, size_t i, UnicodeCase which) {
    if (which == UNICODE_LOWER_MAP && cps[i] == 0x3A3) {
        strbuf_append_codepoint(b, str_lower_sigma(cps, n, i));
        return;
    }
    uint32_t out[3];
    int k = unicode_case_map(cps[i], which, out);
    for (int j = 0; j < k; j++) strbuf_append_codepoint(b, out[j]);
}

typedef enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE } CaseOp;

/* The mapping applied to character i given the case operation; CASE_KEEP
 * leaves the character as it is (swapcase of an uncased character). */
#define CASE_KEEP ((int)UNICODE_FOLD_MAP + 1)
static int str_case_choice(CaseOp op, uint32_t c, size_t i, bool *prev_cased) {
    switch (op) {
    case CASE_LOWER: return UNICODE_LOWER_MAP;
    case CASE_UPPER: return UNICODE_UPPER_MAP;
    case CASE_FOLD: return UNICODE_FOLD_MAP;
    case CASE_SWAP:
        if (unicode_isupper(c)) return UNICODE_LOWER_MAP;
        return unicode_islower(c) ? (int)UNICODE_UPPER_MAP : CASE_KEEP;
    case CASE_CAPITALIZE: return i == 0 ? UNICODE_TITLE_MAP : UNICODE_LOWER_MAP;
    default: {
        UnicodeCase w = *prev_cased ? UNICODE_LOWER_MAP : UNICODE_TITLE_MAP;
        *prev_cased = unicode_has(c, UNICODE_CASED);
        return w;
    }
    }
}

/* ASCII-only fast path of str_case. */
static Value str_case_ascii(Value s, CaseOp op) {
    size_t n = STR_NBYTES(s);
    char *out = mem_alloc(n + 1);
    const char *d = STR_DATA(s);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_upper;
        switch (op) {
        case CASE_LOWER: case CASE_FOLD: to_upper = false; break;
        case CASE_UPPER: to_upper = true; break;
        case CASE_SWAP: to_upper = low; break;
        case CASE_CAPITALIZE: to_upper = i == 0; break;
        default: to_upper = !prev_cased; prev_cased = up || low; break;
        }
        out[i] = (char)(to_upper && low ? c - 32 : !to_upper && up ? c + 32 : c);
    }
    Value r = str_from_utf8_len(out, n, n);
    mem_free(out);
    return r;
}

static Value str_case(Value s, CaseOp op) {
    if (((StrObj *)AS_OBJ(s))->ascii) return str_case_ascii(s, op);
    size_t n = STR_LEN(s);
    uint32_t *cps = str_decode_cps(s);
    StrBuf b;
    strbuf_init(&b);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        int w = str_case_choice(op, cps[i], i, &prev_cased);
        if (w == CASE_KEEP) strbuf_append_codepoint(&b, cps[i]);
        else str_append_mapped(&b, cps, n, i, (UnicodeCase)w);
    }
    mem_free(cps);
    return strbuf_finish(&b);
}

#define CASE_METHOD(fname, op) \
    static Value str_m_##fname(Value *args, size_t nargs, Value kwnames) { \
        if (str_posargs(#fname, nargs, kwnames, 0, 0) < 0) return VAL_NULL; \
        return str_case(SELF, op); \
    }
CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(casefold, CASE_FOLD)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(capitalize, CASE_CAPITALIZE)
CASE_METHOD(title, CASE_TITLE)

/* ------------------------------------------------------------- predicates */

/* True iff s is non-empty (or empty_ok) and every code point has one of flags. */
static Value str_all_flags(Value *args, size_t nargs, Value kwnames, const char *name, unsigned flags, bool empty_ok) {
    if (str_posargs(name, nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    if (STR_NBYTES(SELF) == 0) return NEWREF(VAL_BOOL(empty_ok));
    const char *p = STR_DATA(SELF), *end = p + STR_NBYTES(SELF);
    while (p < end)
        if (!(unicode_flags(str_utf8_next(&p)) & flags)) return NEWREF(VAL_FALSE);
    return NEWREF(VAL_TRUE);
}

#define FLAG_METHOD(fname, flags, empty_ok) \
    static Value str_m_##fname(Value *args, size_t nargs, Value kwnames) { \
        return str_all_flags(args, nargs, kwnames, #fname, flags, empty_ok); \
    }
FLAG_METHOD(isalpha, UNICODE_ALPHA, false)
FLAG_METHOD(isalnum, UNICODE_ALPHA | UNICODE_NUMERIC, false)
FLAG_METHOD(isdecimal, UNICODE_DECIMAL, false)
FLAG_METHOD(isdigit, UNICODE_DIGIT, false)
FLAG_METHOD(isnumeric, UNICODE_NUMERIC, false)
FLAG_METHOD(isspace, UNICODE_SPACE, false)
FLAG_METHOD(isprintable, UNICODE_PRINTABLE, true)

static Value str_m_isascii(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("isascii", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(((StrObj *)AS_OBJ(SELF))->ascii));
}

/* islower / isupper: no character of the opposite (or title) case and at least one cased. */
static Value str_case_test(const char *name, Value *args, size_t nargs, Value kwnames, unsigned want) {
    if (str_posargs(name, nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    unsigned other = (want == UNICODE_LOWER ? UNICODE_UPPER : UNICODE_LOWER) | UNICODE_TITLE;
    bool cased = false;
    const char *p = STR_DATA(SELF), *end = p + STR_NBYTES(SELF);
    while (p < end) {
        unsigned f = unicode_flags(str_utf8_next(&p));
        if (f & other) return NEWREF(VAL_FALSE);
        if (f & want) cased = true;
    }
    return NEWREF(VAL_BOOL(cased));
}

static Value str_m_islower(Value *args, size_t nargs, Value kwnames) {
    return str_case_test("islower", args, nargs, kwnames, UNICODE_LOWER);
}
static Value str_m_isupper(Value *args, size_t nargs, Value kwnames) {
    return str_case_test("isupper", args, nargs, kwnames, UNICODE_UPPER);
}

static Value str_m_istitle(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("istitle", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    bool cased = false, prev_cased = false;
    const char *p = STR_DATA(SELF), *end = p + STR_NBYTES(SELF);
    while (p < end) {
        unsigned f = unicode_flags(str_utf8_next(&p));
        if (f & (UNICODE_UPPER | UNICODE_TITLE)) {
            if (prev_cased) return NEWREF(VAL_FALSE);
            prev_cased = cased = true;
        } else if (f & UNICODE_LOWER) {
            if (!prev_cased) return NEWREF(VAL_FALSE);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return NEWREF(VAL_BOOL(cased));
}

static Value str_m_isidentifier(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("isidentifier", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    const char *p = STR_DATA(SELF), *end = p + STR_NBYTES(SELF);
    if (p == end || !unicode_has(str_utf8_next(&p), UNICODE_ID_START)) return NEWREF(VAL_FALSE);
    while (p < end)
        if (!unicode_has(str_utf8_next(&p), UNICODE_ID_CONTINUE)) return NEWREF(VAL_FALSE);
    return NEWREF(VAL_TRUE);
}

/* -------------------------------------------------------- encode, translate */

static Value str_m_encode(Value *args, size_t nargs, Value kwnames) {
    Value enc = VAL_NULL, errs = VAL_NULL;
    if (args_parse("encode", args + 1, nargs - 1, kwnames, "|encoding,errors", &enc, &errs) < 0)
        return VAL_NULL;
    if (enc != VAL_NULL && !IS_STR(enc))
        return err_format(&exc_TypeError, "encode() argument 'encoding' must be str, not %s", str_arg_name(enc));
    if (errs != VAL_NULL && !IS_STR(errs))
        return err_format(&exc_TypeError, "encode() argument 'errors' must be str, not %s", str_arg_name(errs));
    return str_encode(SELF, enc ? STR_DATA(enc) : "utf-8", errs ? STR_DATA(errs) : "strict");
}

/* str.maketrans(x[, y[, z]]): a dict from code points to code points/str/None. */
static Value str_m_maketrans(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("maketrans", nargs + 1, kwnames, 1, 3) < 0) return VAL_NULL;
    Value d = dict_new();
    if (nargs == 1) {
        if (!IS_DICT(args[0])) {
            DECREF(d);
            return err_set_str(&exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        size_t pos = 0;
        Value k, v;
        while (dict_next(args[0], &pos, &k, &v)) {
            Value key;
            if (IS_STR(k)) {
                if (STR_LEN(k) != 1) {
                    DECREF(d);
                    return err_set_str(&exc_ValueError, "string keys in translate table must be of length 1");
                }
                const char *p = STR_DATA(k);
                key = FROM_SMALLINT(str_utf8_next(&p));
            } else if (IS_INT(k)) {
                key = k;
            } else {
                DECREF(d);
                return err_set_str(&exc_TypeError, "keys in translate table must be strings or integers");
            }
            if (dict_set(d, key, v) < 0) goto fail;
        }
        return d;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (!IS_STR(args[i])) {
            DECREF(d);
            return err_format(&exc_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                              str_arg_name(args[i]));
        }
    }
    if (STR_LEN(args[0]) != STR_LEN(args[1])) {
        DECREF(d);
        return err_set_str(&exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    const char *p = STR_DATA(args[0]), *q = STR_DATA(args[1]), *end = p + STR_NBYTES(args[0]);
    while (p < end) {
        uint32_t a = str_utf8_next(&p), b = str_utf8_next(&q);
        if (dict_set(d, FROM_SMALLINT(a), FROM_SMALLINT(b)) < 0) goto fail;
    }
    if (nargs == 3) {
        p = STR_DATA(args[2]);
        end = p + STR_NBYTES(args[2]);
        while (p < end)
            if (dict_set(d, FROM_SMALLINT(str_utf8_next(&p)), VAL_NONE) < 0) goto fail;
    }
    return d;
fail:
    DECREF(d);
    return VAL_NULL;
}

/* Appends the translation of one code point; -1 on error. */
static int str_translate_one(StrBuf *b, Value table, uint32_t cp) {
    Value m = obj_getitem(table, FROM_SMALLINT(cp));
    if (m == VAL_NULL) {
        if (!err_matches(&exc_LookupError)) return -1;
        err_clear();
        strbuf_append_codepoint(b, cp);
        return 0;
    }
    int r = 0;
    if (IS_STR(m)) {
        strbuf_append_str(b, m);
    } else if (IS_INT(m)) {
        int64_t c;
        if (int_as_i64(m, &c) < 0 || c < 0 || c > 0x10FFFF) {
            err_clear();
            err_set_str(&exc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            strbuf_append_codepoint(b, (uint32_t)c);
        }
    } else if (!IS_NONE(m)) {
        err_set_str(&exc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    DECREF(m);
    return r;
}

static Value str_m_translate(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("translate", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    StrBuf b;
    strbuf_init(&b);
    const char *p = STR_DATA(SELF), *end = p + STR_NBYTES(SELF);
    while (p < end) {
        if (str_translate_one(&b, args[1], str_utf8_next(&p)) < 0) {
            strbuf_free(&b);
            return VAL_NULL;
        }
    }
    return strbuf_finish(&b);
}

static Value str_m_getnewargs(Value *args, size_t nargs, Value kwnames) {
    if (str_posargs("__getnewargs__", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    Value s = str_sub(SELF, 0, STR_NBYTES(SELF));
    Value t = tuple_pack(1, s);
    DECREF(s);
    return t;
}

const MethodDef str_methods[] = {
    {"capitalize", str_m_capitalize, 0},
    {"casefold", str_m_casefold, 0},
    {"center", str_m_center, 0},
    {"count", str_m_count, 0},
    {"encode", str_m_encode, 0},
    {"endswith", str_m_endswith, 0},
    {"expandtabs", str_m_expandtabs, 0},
    {"find", str_m_find, 0},
    {"format", str_format_method, 0},
    {"format_map", str_format_map, 0},
    {"index", str_m_index, 0},
    {"isalnum", str_m_isalnum, 0},
    {"isalpha", str_m_isalpha, 0},
    {"isascii", str_m_isascii, 0},
    {"isdecimal", str_m_isdecimal, 0},
    {"isdigit", str_m_isdigit, 0},
    {"isidentifier", str_m_isidentifier, 0},
    {"islower", str_m_islower, 0},
    {"isnumeric", str_m_isnumeric, 0},
    {"isprintable", str_m_isprintable, 0},
    {"isspace", str_m_isspace, 0},
    {"istitle", str_m_istitle, 0},
    {"isupper", str_m_isupper, 0},
    {"join", str_m_join, 0},
    {"ljust", str_m_ljust, 0},
    {"lower", str_m_lower, 0},
    {"lstrip", str_m_lstrip, 0},
    {"maketrans", str_m_maketrans, METH_STATIC},
    {"partition", str_m_partition, 0},
    {"removeprefix", str_m_removeprefix, 0},
    {"removesuffix", str_m_removesuffix, 0},
    {"replace", str_m_replace, 0},
    {"rfind", str_m_rfind, 0},
    {"rindex", str_m_rindex, 0},
    {"rjust", str_m_rjust, 0},
    {"rpartition", str_m_rpartition, 0},
    {"rsplit", str_m_rsplit, 0},
    {"rstrip", str_m_rstrip, 0},
    {"split", str_m_split, 0},
    {"splitlines", str_m_splitlines, 0},
    {"startswith", str_m_startswith, 0},
    {"strip", str_m_strip, 0},
    {"swapcase", str_m_swapcase, 0},
    {"title", str_m_title, 0},
    {"translate", str_m_translate, 0},
    {"upper", str_m_upper, 0},
    {"zfill", str_m_zfill, 0},
    {"__getnewargs__", str_m_getnewargs, 0},
    {NULL, NULL, 0}
};
