/* bytes.c - bytes (immutable) and bytearray (mutable) byte strings.
 *
 * Both types share one set of read-only operations: each works on a "view"
 * (pointer + length) of either kind of object, and results that are byte
 * strings take the type of self (bytearray in, bytearray out). bytearray
 * keeps its bytes in a separately allocated, growable buffer; bytes keeps
 * them inline after the header, NUL-terminated. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "float.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "names.h"
#include "range.h"
#include "str.h"
#include "str_format.h"
#include "tuple.h"

#define SELF (args[0])

Type bytes_iter_type;

/* ------------------------------------------------------------- creation */

Value bytes_from(const void *data, size_t len) {
    BytesObj *b = (BytesObj *)obj_alloc_size(&bytes_type, offsetof(BytesObj, data) + len + 1);
    b->len = len;
    b->hash = -1;
    if (len) memcpy(b->data, data, len);
    b->data[len] = 0;
    return OBJ_VAL(b);
}

/* Grows a bytearray's buffer to hold at least n bytes. */
static void bytearray_reserve(ByteArrayObj *a, size_t n) {
    if (n <= a->cap) return;
    size_t cap = a->cap ? a->cap : 16;
    while (cap < n) cap *= 2;
    a->data = mem_realloc(a->data, cap);
    a->cap = cap;
}

Value bytearray_from(const void *data, size_t len) {
    ByteArrayObj *a = (ByteArrayObj *)obj_alloc(&bytearray_type);
    a->len = 0;
    a->cap = 0;
    a->data = NULL;
    bytearray_reserve(a, len ? len : 1);
    if (len) memcpy(a->data, data, len);
    a->len = len;
    return OBJ_VAL(a);
}

/* A new byte string of the same kind as like (bytes or bytearray). */
static Value bytes_like(Value like, const void *data, size_t len) {
    return IS_BYTEARRAY(like) ? bytearray_from(data, len) : bytes_from(data, len);
}

/* A new object of type (bytes_type or bytearray_type). */
static Value bytes_of_type(Type *type, const void *data, size_t len) {
    return type_is_subtype(type, &bytearray_type) ? bytearray_from(data, len) : bytes_from(data, len);
}

/* bytes(n) / bytearray(n): n zero bytes, or MemoryError when a program
 * asks for more than there is. */
static Value bytes_zeros(Type *type, size_t n) {
    if (n > SIZE_MAX / 2) return err_no_memory();
    if (!type_is_subtype(type, &bytearray_type)) {
        BytesObj *b = (BytesObj *)obj_try_alloc_size(&bytes_type, offsetof(BytesObj, data) + n + 1);
        if (b == NULL) return err_no_memory();
        b->len = n;
        b->hash = -1;
        return OBJ_VAL(b);
    }
    unsigned char *data = calloc(n ? n : 1, 1);
    if (data == NULL) return err_no_memory();
    ByteArrayObj *a = (ByteArrayObj *)obj_alloc(&bytearray_type);
    a->data = data;
    a->len = n;
    a->cap = n ? n : 1;
    return OBJ_VAL(a);
}

/* The bytes of a bytes or bytearray object; false for anything else. */
static bool bytes_view(Value v, const unsigned char **data, size_t *len) {
    if (IS_BYTES(v)) {
        *data = BYTES_DATA(v);
        *len = BYTES_LEN(v);
        return true;
    }
    if (IS_BYTEARRAY(v)) {
        *data = BYTEARRAY_DATA(v);
        *len = BYTEARRAY_LEN(v);
        return true;
    }
    *data = NULL;
    *len = 0;
    return false;
}

static int bytes_view_required(Value v, const unsigned char **data, size_t *len) {
    if (bytes_view(v, data, len)) return 0;
    err_format(&exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(v));
    return -1;
}

/* An int in range(0, 256) from v; an int too large for ssize_t is out of
 * that range too (ValueError, as CPython says), not an OverflowError. */
static int bytes_byte_value(Value v, unsigned char *out) {
    ssize_t n;
    if (obj_as_ssize(v, &n) < 0) {
        if (!err_matches(&exc_OverflowError)) return -1;
        err_clear();
        n = -1;
    }
    if (n < 0 || n > 255) {
        err_set_str(&exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)n;
    return 0;
}

/* Appends every byte of an iterable of ints to the bytearray a. */
static int bytearray_extend_iter(ByteArrayObj *a, Value iterable, const char *range_msg) {
    Value it = obj_iter(iterable);
    if (it == VAL_NULL) return -1;
    Value item;
    while ((item = obj_next(it)) != VAL_NULL) {
        ssize_t n;
        int r = obj_as_ssize(item, &n);
        DECREF(item);
        if (r < 0 && err_matches(&exc_OverflowError)) {
            err_clear();
            r = 0;
            n = -1;
        }
        if (r < 0) goto fail;
        if (n < 0 || n > 255) {
            err_set_str(&exc_ValueError, range_msg);
            goto fail;
        }
        bytearray_reserve(a, a->len + 1);
        a->data[a->len++] = (unsigned char)n;
    }
    DECREF(it);
    return err_occurred() ? -1 : 0;
fail:
    DECREF(it);
    return -1;
}

Value bytes_from_dunder(Value x) {
    if (!(TYPE_OF(x)->flags & TYPE_HEAP)) return VAL_NULL;
    Value f = type_lookup(TYPE_OF(x), names.__bytes__);
    if (f == VAL_NULL) return VAL_NULL;
    Value r = type_call_method(f, x, NULL, 0, VAL_NULL);
    if (r != VAL_NULL && !IS_BYTES(r)) {
        err_format(&exc_TypeError, "__bytes__ returned non-bytes (type %s)", obj_type_name(r));
        DECREF(r);
        return VAL_NULL;
    }
    return r;
}

/* An index argument: ints and objects with __index__, never floats. */
static bool bytes_is_index(Value v) {
    return IS_INT(v) || (!IS_FLOAT(v) && TYPE_OF(v)->as_int != NULL);
}

/* bytes(...) and bytearray(...): the contents as a bytearray (then copied
 * into a bytes when type is bytes_type). */
static Value bytes_construct(Type *type, Value *args, size_t nargs, Value kwnames) {
    Value src = VAL_NULL, enc = VAL_NULL, errs = VAL_NULL;
    if (args_parse(type->name, args, nargs, kwnames, "|source,encoding,errors", &src, &enc, &errs) < 0)
        return VAL_NULL;
    if (src == VAL_NULL) {
        if (enc || errs) return err_set_str(&exc_TypeError, "encoding or errors without sequence argument");
        return bytes_of_type(type, "", 0);
    }
    Value result;
    if (IS_STR(src)) {
        if (enc == VAL_NULL) return err_set_str(&exc_TypeError, "string argument without an encoding");
        if (!IS_STR(enc) || (errs && !IS_STR(errs)))
            return err_format(&exc_TypeError, "%s() argument 'encoding' must be str, not %s", type->name,
                              obj_type_name(IS_STR(enc) ? errs : enc));
        result = str_encode(src, STR_DATA(enc), errs ? STR_DATA(errs) : "strict");
        if (result == VAL_NULL || type == &bytes_type) return result;
        Value ba = bytearray_from(BYTES_DATA(result), BYTES_LEN(result));
        DECREF(result);
        return ba;
    }
    if (enc) return err_set_str(&exc_TypeError, "encoding without a string argument");
    if (errs) return err_set_str(&exc_TypeError, "errors without a string argument");
    if (type == &bytes_type) {
        Value r = bytes_from_dunder(src);
        if (r != VAL_NULL || err_occurred()) return r;
    }
    const unsigned char *d;
    size_t n;
    if (bytes_view(src, &d, &n)) return bytes_of_type(type, d, n);
    if (bytes_is_index(src)) {
        ssize_t count;
        if (obj_as_ssize(src, &count) < 0) return VAL_NULL;
        if (count < 0) return err_set_str(&exc_ValueError, "negative count");
        return bytes_zeros(type, (size_t)count);
    }
    if (TYPE_OF(src)->iter == NULL && TYPE_OF(src)->getitem == NULL)
        return err_format(&exc_TypeError, "cannot convert '%s' object to %s", obj_type_name(src), type->name);
    result = bytearray_from("", 0);
    const char *range_msg = type == &bytearray_type ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
    if (bytearray_extend_iter((ByteArrayObj *)AS_OBJ(result), src, range_msg) < 0) {
        DECREF(result);
        return VAL_NULL;
    }
    if (type == &bytearray_type) return result;
    Value b = bytes_from(BYTEARRAY_DATA(result), BYTEARRAY_LEN(result));
    DECREF(result);
    return b;
}

/* An instance of a user subclass of bytes or bytearray holding the
 * contents of v (stolen). bytes subclasses keep the inline layout. */
static Value bytes_new_subtype(Type *type, Value v) {
    if (v == VAL_NULL) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(v, &d, &n);
    Value r;
    if (type_is_subtype(type, &bytes_type)) {
        BytesObj *b = (BytesObj *)obj_alloc_size(type, offsetof(BytesObj, data) + n + 1);
        b->len = n;
        b->hash = -1;
        memcpy(b->data, d, n);
        r = OBJ_VAL(b);
    } else {
        ByteArrayObj *a = (ByteArrayObj *)obj_alloc(type);
        bytearray_reserve(a, n ? n : 1);
        memcpy(a->data, d, n);
        a->len = n;
        r = OBJ_VAL(a);
    }
    DECREF(v);
    return r;
}

static Value bytes_new(Type *type, Value *args, size_t nargs, Value kwnames) {
    if (type == &bytes_type || type == &bytearray_type) return bytes_construct(type, args, nargs, kwnames);
    Type *base = type_is_subtype(type, &bytes_type) ? &bytes_type : &bytearray_type;
    return bytes_new_subtype(type, bytes_construct(base, args, nargs, kwnames));
}

/* ------------------------------------------------------------------ slots */

static void bytes_dealloc(Obj *o) {
    obj_free(o);
}

static void bytearray_dealloc(Obj *o) {
    ByteArrayObj *a = (ByteArrayObj *)o;
    if (a->data) mem_free(a->data);
    obj_free(o);
}

/* b'...' with CPython's quote choice and escapes; bytearray's repr (as
 * CPython's) escapes ' even inside double quotes. */
static void bytes_append_repr(StrBuf *b, const unsigned char *d, size_t n, bool escape_single) {
    char quote = (memchr(d, '\'', n) && !memchr(d, '"', n)) ? '"' : '\'';
    strbuf_append_char(b, 'b');
    strbuf_append_char(b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == (unsigned char)quote || c == '\\' || (escape_single && c == '\'')) {
            strbuf_append_char(b, '\\');
            strbuf_append_char(b, (char)c);
        } else if (c == '\t') strbuf_append(b, "\\t", 2);
        else if (c == '\n') strbuf_append(b, "\\n", 2);
        else if (c == '\r') strbuf_append(b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) strbuf_printf(b, "\\x%02x", c);
        else strbuf_append_char(b, (char)c);
    }
    strbuf_append_char(b, quote);
}

static Value bytes_repr(Value self) {
    const unsigned char *d;
    size_t n;
    bytes_view(self, &d, &n);
    StrBuf b;
    strbuf_init(&b);
    if (IS_BYTEARRAY(self)) {
        strbuf_append_cstr(&b, obj_type_name(self));
        strbuf_append_char(&b, '(');
    }
    bytes_append_repr(&b, d, n, IS_BYTEARRAY(self));
    if (IS_BYTEARRAY(self)) strbuf_append_char(&b, ')');
    return strbuf_finish(&b);
}

static int bytes_hash(Value self, int64_t *out) {
    BytesObj *b = (BytesObj *)AS_OBJ(self);
    if (b->hash == -1) b->hash = str_hash_bytes(b->data, b->len);
    *out = b->hash;
    return 0;
}

static int bytearray_hash(Value self, int64_t *out) {
    (void)out;
    err_format(&exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

static Value bytes_richcompare(Value a, Value b, CmpOp op) {
    const unsigned char *x, *y;
    size_t nx, ny;
    if (!bytes_view(a, &x, &nx) || !bytes_view(b, &y, &ny)) return NEWREF(VAL_NOTIMPL);
    int c = memcmp(x, y, nx < ny ? nx : ny);
    if (c == 0) c = nx < ny ? -1 : nx > ny ? 1 : 0;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return NEWREF(VAL_BOOL(r));
}

static ssize_t bytes_len(Value self) {
    const unsigned char *d;
    size_t n;
    bytes_view(self, &d, &n);
    return (ssize_t)n;
}

static Value bytes_getitem(Value self, Value key) {
    const unsigned char *d;
    size_t n;
    bytes_view(self, &d, &n);
    if (IS_SLICE(key)) {
        ssize_t start, stop, step, slicelen;
        if (slice_indices(key, (ssize_t)n, &start, &stop, &step, &slicelen) < 0) return VAL_NULL;
        if (step == 1) return bytes_like(self, d + start, (size_t)slicelen);
        unsigned char *tmp = mem_alloc((size_t)slicelen + 1);
        for (ssize_t k = 0, i = start; k < slicelen; k++, i += step) tmp[k] = d[i];
        Value r = bytes_like(self, tmp, (size_t)slicelen);
        mem_free(tmp);
        return r;
    }
    bool ba = IS_BYTEARRAY(self);
    if (!bytes_is_index(key))
        return err_format(&exc_TypeError, "%s indices must be integers or slices, not %s",
                          ba ? "bytearray" : "byte", obj_type_name(key));
    ssize_t i;
    if (seq_index_key(key, &i) < 0) return VAL_NULL;
    if (i < 0) i += (ssize_t)n;
    if (i < 0 || i >= (ssize_t)n)
        return err_set_str(&exc_IndexError, ba ? "bytearray index out of range" : "index out of range");
    return FROM_SMALLINT(d[i]);
}

static int bytes_contains(Value self, Value item) {
    const unsigned char *d, *s;
    size_t n, m;
    bytes_view(self, &d, &n);
    if (IS_INT(item)) {
        unsigned char c;
        if (bytes_byte_value(item, &c) < 0) return -1;
        return memchr(d, c, n) != NULL;
    }
    if (bytes_view_required(item, &s, &m) < 0) return -1;
    return m == 0 || memmem(d, n, s, m) != NULL;
}

static Value bytes_add(Value a, Value b) {
    const unsigned char *x, *y;
    size_t nx, ny;
    if (!bytes_view(a, &x, &nx)) return NEWREF(VAL_NOTIMPL);
    if (!bytes_view(b, &y, &ny)) {
        if (TYPE_OF(b)->flags & TYPE_HEAP) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can't concat %s to %s", obj_type_name(b), obj_type_name(a));
    }
    unsigned char *tmp = mem_alloc(nx + ny + 1);
    memcpy(tmp, x, nx);
    memcpy(tmp + nx, y, ny);
    Value r = bytes_like(a, tmp, nx + ny);
    mem_free(tmp);
    return r;
}

static Value bytes_mul(Value a, Value b) {
    const unsigned char *d;
    size_t n;
    Value seq = bytes_view(a, &d, &n) ? a : b, count = seq == a ? b : a;
    if (!bytes_view(seq, &d, &n)) return NEWREF(VAL_NOTIMPL);
    if (!bytes_is_index(count)) {
        if (TYPE_OF(count)->flags & TYPE_HEAP) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          obj_type_name(count));
    }
    ssize_t k;
    if (obj_as_ssize(count, &k) < 0) return VAL_NULL;
    if (k < 0 || n == 0) k = 0;
    if (n && (size_t)k > (SIZE_MAX / 2) / n) {
        if (IS_BYTEARRAY(seq)) return err_no_memory();
        return err_set_str(&exc_OverflowError, "repeated bytes are too long");
    }
    unsigned char *tmp = mem_try_alloc(n * (size_t)k + 1);
    if (tmp == NULL) return err_no_memory();
    for (ssize_t i = 0; i < k; i++) memcpy(tmp + (size_t)i * n, d, n);
    Value r = bytes_like(seq, tmp, n * (size_t)k);
    mem_free(tmp);
    return r;
}

/* printf-style formatting: bytes % values (str_format.c). */
static Value bytes_mod(Value a, Value b) {
    if (!IS_BYTES(a) && !IS_BYTEARRAY(a)) return NEWREF(VAL_NOTIMPL);
    return bytes_printf_format(a, b);
}

/* bytearray += iterable: extend in place. */
static Value bytearray_iadd(Value a, Value b) {
    const unsigned char *y;
    size_t ny;
    if (!bytes_view(b, &y, &ny)) {
        if (TYPE_OF(b)->flags & TYPE_HEAP) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can't concat %s to bytearray", obj_type_name(b));
    }
    ByteArrayObj *x = (ByteArrayObj *)AS_OBJ(a);
    bytearray_reserve(x, x->len + ny);
    bytes_view(b, &y, &ny); /* reserve may have moved b's data if b is a */
    memmove(x->data + x->len, y, ny);
    x->len += ny;
    return NEWREF(a);
}

/* bytearray *= n: repeat in place (n <= 0 empties it). */
static Value bytearray_imul(Value a, Value b) {
    if (!bytes_is_index(b)) {
        if (TYPE_OF(b)->flags & TYPE_HEAP) return NEWREF(VAL_NOTIMPL);
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", obj_type_name(b));
    }
    ssize_t k;
    if (obj_as_ssize(b, &k) < 0) return VAL_NULL;
    ByteArrayObj *x = (ByteArrayObj *)AS_OBJ(a);
    size_t n = x->len;
    if (k <= 0 || n == 0) {
        x->len = 0;
        return NEWREF(a);
    }
    if ((size_t)k > (SIZE_MAX / 2) / n) return err_no_memory();
    unsigned char *grown = mem_try_alloc(n * (size_t)k);
    if (grown == NULL) return err_no_memory();
    for (ssize_t i = 0; i < k; i++) memcpy(grown + (size_t)i * n, x->data, n);
    mem_free(x->data);
    x->data = grown;
    x->cap = n * (size_t)k;
    x->len = n * (size_t)k;
    return NEWREF(a);
}

/* Replaces bytes [start, stop) of a with n bytes from src. */
static void bytearray_splice(ByteArrayObj *a, size_t start, size_t stop, const unsigned char *src, size_t n) {
    size_t tail = a->len - stop;
    bytearray_reserve(a, start + n + tail);
    memmove(a->data + start + n, a->data + stop, tail);
    if (n) memcpy(a->data + start, src, n);
    a->len = start + n + tail;
}

/* ba[slice] = v or del ba[slice]. */
static int bytearray_set_slice(ByteArrayObj *a, Value key, Value v) {
    ssize_t start, stop, step, slicelen;
    if (slice_indices(key, (ssize_t)a->len, &start, &stop, &step, &slicelen) < 0) return -1;
    Value src = VAL_NULL;
    const unsigned char *d = NULL;
    size_t n = 0;
    if (v != VAL_NULL) {
        if (IS_INT(v) || IS_STR(v)) {
            err_format(&exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        src = bytes_construct(&bytes_type, &v, 1, VAL_NULL);
        if (src == VAL_NULL) return -1;
        d = BYTES_DATA(src);
        n = BYTES_LEN(src);
    }
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        bytearray_splice(a, (size_t)start, (size_t)stop, d, n);
    } else if (v == VAL_NULL) {
        size_t w = 0;
        for (size_t i = 0; i < a->len; i++) {
            bool drop = step > 0 ? (ssize_t)i >= start && (ssize_t)i < stop && ((ssize_t)i - start) % step == 0
                                 : (ssize_t)i <= start && (ssize_t)i > stop && (start - (ssize_t)i) % (-step) == 0;
            if (!drop) a->data[w++] = a->data[i];
        }
        a->len = w;
    } else if ((size_t)slicelen != n) {
        err_format(&exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %zd", n, slicelen);
        r = -1;
    } else {
        for (ssize_t k = 0, i = start; k < slicelen; k++, i += step) a->data[i] = d[k];
    }
    XDECREF(src);
    return r;
}

static int bytearray_setitem(Value self, Value key, Value v) {
    ByteArrayObj *a = (ByteArrayObj *)AS_OBJ(self);
    if (IS_SLICE(key)) return bytearray_set_slice(a, key, v);
    if (!bytes_is_index(key)) {
        err_format(&exc_TypeError, "bytearray indices must be integers or slices, not %s", obj_type_name(key));
        return -1;
    }
    ssize_t i;
    if (seq_index_key(key, &i) < 0) return -1;
    if (i < 0) i += (ssize_t)a->len;
    if (i < 0 || i >= (ssize_t)a->len) {
        err_set_str(&exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (v == VAL_NULL) {
        bytearray_splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
        return 0;
    }
    return bytes_byte_value(v, &a->data[i]);
}

/* ------------------------------------------------------------- iteration */

typedef struct {
    Obj hdr;
    Value seq;    /* bytes or bytearray, VAL_NULL once exhausted */
    size_t i;
} BytesIterObj;

static Value bytes_iter(Value self) {
    BytesIterObj *it = (BytesIterObj *)obj_alloc(&bytes_iter_type);
    it->seq = NEWREF(self);
    it->i = 0;
    return OBJ_VAL(it);
}

static Value bytes_iter_next(Value self) {
    BytesIterObj *it = (BytesIterObj *)AS_OBJ(self);
    if (it->seq == VAL_NULL) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(it->seq, &d, &n);
    if (it->i >= n) {
        CLEAR(it->seq);
        return VAL_NULL;
    }
    return FROM_SMALLINT(d[it->i++]);
}

static Value bytes_iter_self(Value self) {
    return NEWREF(self);
}

static void bytes_iter_dealloc(Obj *o) {
    XDECREF(((BytesIterObj *)o)->seq);
    obj_free(o);
}

/* ---------------------------------------------------------------- methods */

/* Positional-only arguments of a bytes/bytearray method (self excluded). */
static int bytes_posargs_of(Value self, const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    char qual[48];
    snprintf(qual, sizeof qual, "%s.%s", IS_BYTEARRAY(self) || self == OBJ_VAL(&bytearray_type) ? "bytearray" : "bytes",
             name);
    bool oldstyle = strstr("find rfind index rindex count startswith endswith", name) != NULL;
    return str_method_args(qual, nargs - 1, kwnames, min, max, oldstyle);
}

static Value bytes_m_decode(Value *args, size_t nargs, Value kwnames) {
    Value enc = VAL_NULL, errs = VAL_NULL;
    if (args_parse("decode", args + 1, nargs - 1, kwnames, "|encoding,errors", &enc, &errs) < 0) return VAL_NULL;
    if ((enc && !IS_STR(enc)) || (errs && !IS_STR(errs))) {
        Value bad = enc && !IS_STR(enc) ? enc : errs;
        return err_format(&exc_TypeError, "decode() argument '%s' must be str, not %s",
                          bad == enc ? "encoding" : "errors", IS_NONE(bad) ? "None" : obj_type_name(bad));
    }
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    return str_decode((const char *)d, n, enc ? STR_DATA(enc) : "utf-8", errs ? STR_DATA(errs) : "strict");
}

/* The separator of hex(): one ASCII character given as str or bytes. */
static int bytes_hex_sep(Value sep, char *out) {
    const unsigned char *d;
    size_t n;
    bool is_str = IS_STR(sep);
    if (!is_str && !bytes_view(sep, &d, &n)) {
        err_format(&exc_TypeError, "object of type '%s' has no len()", obj_type_name(sep));
        return -1;
    }
    if ((is_str ? STR_LEN(sep) : n) != 1) {
        err_set_str(&exc_ValueError, "sep must be length 1.");
        return -1;
    }
    if (!is_str && !IS_BYTES(sep)) {
        err_set_str(&exc_TypeError, "sep must be str or bytes.");
        return -1;
    }
    unsigned char c = is_str ? (unsigned char)STR_DATA(sep)[0] : d[0];
    if (c >= 0x80) {
        err_set_str(&exc_ValueError, "sep must be ASCII.");
        return -1;
    }
    *out = (char)c;
    return 0;
}

static Value bytes_m_hex(Value *args, size_t nargs, Value kwnames) {
    Value sep = VAL_NULL, vper = VAL_NULL;
    if (args_parse("hex", args + 1, nargs - 1, kwnames, "|sep,bytes_per_sep", &sep, &vper) < 0) return VAL_NULL;
    ssize_t per = 1;
    if (vper != VAL_NULL && obj_as_ssize(vper, &per) < 0) return VAL_NULL;
    char sepc = 0;
    if (sep != VAL_NULL && bytes_hex_sep(sep, &sepc) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (sepc && group && i > 0) {
            /* groups counted from the right for per > 0, from the left for per < 0 */
            bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) strbuf_append_char(&b, sepc);
        }
        strbuf_printf(&b, "%02x", d[i]);
    }
    return strbuf_finish(&b);
}

static int bytes_hexdigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* bytes.fromhex(string) / bytearray.fromhex(string): a classmethod. */
static Value bytes_m_fromhex(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "fromhex", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    Value s = args[1];
    if (!IS_STR(s)) return err_format(&exc_TypeError, "fromhex() argument must be str, not %s", obj_type_name(s));
    const char *p = STR_DATA(s);
    size_t n = STR_NBYTES(s), out = 0;
    unsigned char *buf = mem_alloc(n / 2 + 1);
    for (size_t i = 0; i < n;) {
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' || p[i] == '\v' || p[i] == '\f') {
            i++;
            continue;
        }
        int hi = bytes_hexdigit(p[i]), lo = i + 1 < n ? bytes_hexdigit(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            mem_free(buf);
            return err_format(&exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                              hi < 0 ? i : i + 1);
        }
        buf[out++] = (unsigned char)(hi * 16 + lo);
        i += 2;
    }
    Value r = bytes_of_type((Type *)AS_OBJ(SELF), buf, out);
    mem_free(buf);
    return r;
}

static Value bytes_m_join(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "join", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    if (TYPE_OF(args[1])->iter == NULL && TYPE_OF(args[1])->getitem == NULL)
        return err_set_str(&exc_TypeError, "can only join an iterable");
    Value seq = tuple_from_iterable(args[1]);
    if (seq == VAL_NULL) return VAL_NULL;
    const unsigned char *sep, *d;
    size_t nsep, n, total = 0;
    bytes_view(SELF, &sep, &nsep);
    for (size_t i = 0; i < TUPLE_LEN(seq); i++) {
        if (!bytes_view(TUPLE_GET(seq, i), &d, &n)) {
            Value bad = TUPLE_GET(seq, i);
            err_format(&exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                       obj_type_name(bad));
            DECREF(seq);
            return VAL_NULL;
        }
        total += n + (i ? nsep : 0);
    }
    unsigned char *buf = mem_alloc(total + 1), *w = buf;
    for (size_t i = 0; i < TUPLE_LEN(seq); i++) {
        if (i) {
            memcpy(w, sep, nsep);
            w += nsep;
        }
        bytes_view(TUPLE_GET(seq, i), &d, &n);
        memcpy(w, d, n);
        w += n;
    }
    DECREF(seq);
    Value r = bytes_like(SELF, buf, total);
    mem_free(buf);
    return r;
}

static bool bytes_isspace_c(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Appends d[a, b) as a new piece of the kind of self; -1 on error. */
static int bytes_add_piece(Value list, Value self, const unsigned char *d, size_t a, size_t b) {
    Value piece = bytes_like(self, d + a, b - a);
    int r = list_append(list, piece);
    DECREF(piece);
    return r;
}

static void bytes_list_reverse(Value list) {
    for (size_t i = 0, j = LIST_LEN(list); i + 1 < j; i++, j--) {
        Value t = LIST_GET(list, i);
        LIST_SET(list, i, LIST_GET(list, j - 1));
        LIST_SET(list, j - 1, t);
    }
}

/* split/rsplit on runs of ASCII whitespace. */
static Value bytes_split_ws(Value self, const unsigned char *d, size_t n, size_t max, bool right) {
    Value list = list_new(0);
    size_t count = 0;
    if (!right) {
        size_t i = 0;
        while (i < n) {
            while (i < n && bytes_isspace_c(d[i])) i++;
            if (i == n) break;
            size_t j = i;
            if (count == max) j = n;
            else while (j < n && !bytes_isspace_c(d[j])) j++;
            if (bytes_add_piece(list, self, d, i, j) < 0) goto fail;
            count++;
            i = j;
        }
        return list;
    }
    size_t j = n;
    while (j > 0) {
        while (j > 0 && bytes_isspace_c(d[j - 1])) j--;
        if (j == 0) break;
        size_t i = j;
        if (count == max) i = 0;
        else while (i > 0 && !bytes_isspace_c(d[i - 1])) i--;
        if (bytes_add_piece(list, self, d, i, j) < 0) goto fail;
        count++;
        j = i;
    }
    bytes_list_reverse(list);
    return list;
fail:
    DECREF(list);
    return VAL_NULL;
}

static const unsigned char *bytes_memrmem(const unsigned char *h, size_t n, const unsigned char *s, size_t m) {
    if (m > n) return NULL;
    for (size_t i = n - m + 1; i-- > 0;)
        if (memcmp(h + i, s, m) == 0) return h + i;
    return NULL;
}

static Value bytes_split_common(const char *name, Value *args, size_t nargs, Value kwnames, bool right) {
    Value sep = VAL_NULL, vmax = VAL_NULL;
    if (args_parse(name, args + 1, nargs - 1, kwnames, "|sep,maxsplit", &sep, &vmax) < 0) return VAL_NULL;
    ssize_t maxsplit = -1;
    if (vmax != VAL_NULL && obj_as_ssize_arg(vmax, &maxsplit) < 0) return VAL_NULL;
    size_t max = maxsplit < 0 ? SIZE_MAX : (size_t)maxsplit;
    const unsigned char *d, *s;
    size_t n, m;
    bytes_view(SELF, &d, &n);
    if (sep == VAL_NULL || IS_NONE(sep)) return bytes_split_ws(SELF, d, n, max, right);
    if (bytes_view_required(sep, &s, &m) < 0) return VAL_NULL;
    if (m == 0) return err_set_str(&exc_ValueError, "empty separator");
    Value list = list_new(0);
    size_t count = 0;
    if (!right) {
        size_t i = 0;
        const unsigned char *hit;
        while (count < max && (hit = memmem(d + i, n - i, s, m)) != NULL) {
            if (bytes_add_piece(list, SELF, d, i, (size_t)(hit - d)) < 0) goto fail;
            i = (size_t)(hit - d) + m;
            count++;
        }
        if (bytes_add_piece(list, SELF, d, i, n) < 0) goto fail;
        return list;
    }
    size_t j = n;
    const unsigned char *hit;
    while (count < max && (hit = bytes_memrmem(d, j, s, m)) != NULL) {
        if (bytes_add_piece(list, SELF, d, (size_t)(hit - d) + m, j) < 0) goto fail;
        j = (size_t)(hit - d);
        count++;
    }
    if (bytes_add_piece(list, SELF, d, 0, j) < 0) goto fail;
    bytes_list_reverse(list);
    return list;
fail:
    DECREF(list);
    return VAL_NULL;
}

/* partition / rpartition: a 3-tuple of pieces of self's kind. */
static Value bytes_partition_common(const char *name, Value *args, size_t nargs, Value kwnames, bool right) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    const unsigned char *d, *s;
    size_t n, m;
    bytes_view(SELF, &d, &n);
    if (bytes_view_required(args[1], &s, &m) < 0) return VAL_NULL;
    if (m == 0) return err_set_str(&exc_ValueError, "empty separator");
    const unsigned char *hit = right ? bytes_memrmem(d, n, s, m) : memmem(d, n, s, m);
    Value a, mid, c;
    if (hit == NULL) {
        a = right ? bytes_like(SELF, "", 0) : bytes_like(SELF, d, n);
        mid = bytes_like(SELF, "", 0);
        c = right ? bytes_like(SELF, d, n) : bytes_like(SELF, "", 0);
    } else {
        size_t at = (size_t)(hit - d);
        a = bytes_like(SELF, d, at);
        mid = IS_BYTES(SELF) ? NEWREF(args[1]) : bytes_like(SELF, s, m);
        c = bytes_like(SELF, d + at + m, n - at - m);
    }
    return tuple_pack_steal(3, a, mid, c);
}

static Value bytes_m_partition(Value *args, size_t nargs, Value kwnames) {
    return bytes_partition_common("partition", args, nargs, kwnames, false);
}
static Value bytes_m_rpartition(Value *args, size_t nargs, Value kwnames) {
    return bytes_partition_common("rpartition", args, nargs, kwnames, true);
}

static Value bytes_m_split(Value *args, size_t nargs, Value kwnames) {
    return bytes_split_common("split", args, nargs, kwnames, false);
}
static Value bytes_m_rsplit(Value *args, size_t nargs, Value kwnames) {
    return bytes_split_common("rsplit", args, nargs, kwnames, true);
}

/* In chars, or ASCII whitespace when chars is NULL. */
static bool bytes_strippable(unsigned char c, const unsigned char *chars, size_t nchars) {
    return chars ? memchr(chars, c, nchars) != NULL : bytes_isspace_c(c);
}

static Value bytes_strip_common(const char *name, Value *args, size_t nargs, Value kwnames, bool left, bool right) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 0, 1) < 0) return VAL_NULL;
    const unsigned char *d, *chars = NULL;
    size_t n, nchars = 0;
    bytes_view(SELF, &d, &n);
    if (nargs > 1 && !IS_NONE(args[1]) && bytes_view_required(args[1], &chars, &nchars) < 0) return VAL_NULL;
    size_t i = 0, j = n;
    if (left) while (i < j && bytes_strippable(d[i], chars, nchars)) i++;
    if (right) while (j > i && bytes_strippable(d[j - 1], chars, nchars)) j--;
    return bytes_like(SELF, d + i, j - i);
}

static Value bytes_m_strip(Value *args, size_t nargs, Value kwnames) {
    return bytes_strip_common("strip", args, nargs, kwnames, true, true);
}
static Value bytes_m_lstrip(Value *args, size_t nargs, Value kwnames) {
    return bytes_strip_common("lstrip", args, nargs, kwnames, true, false);
}
static Value bytes_m_rstrip(Value *args, size_t nargs, Value kwnames) {
    return bytes_strip_common("rstrip", args, nargs, kwnames, false, true);
}

/* One optional slice-index argument (None or absent: keep *out). */
static int bytes_slice_arg(Value v, ssize_t *out) {
    if (v == VAL_NULL || IS_NONE(v)) return 0;
    if (!bytes_is_index(v)) {
        err_set_str(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    return obj_as_ssize(v, out);
}

/* Clamped [start, end) from optional slice-index arguments; 0 if the range
 * is empty because start > len or end < start. */
static int bytes_range(Value vs, Value ve, size_t n, size_t *start, size_t *end) {
    ssize_t s = 0, e = (ssize_t)n;
    if (bytes_slice_arg(vs, &s) < 0 || bytes_slice_arg(ve, &e) < 0) return -1;
    if (e > (ssize_t)n) e = (ssize_t)n;
    else if (e < 0 && (e += (ssize_t)n) < 0) e = 0;
    if (s < 0 && (s += (ssize_t)n) < 0) s = 0;
    if (s > (ssize_t)n || e < s) return 0;
    *start = (size_t)s;
    *end = (size_t)e;
    return 1;
}

static Value bytes_affix(const char *name, Value *args, size_t nargs, Value kwnames, bool end) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 1, 3) < 0) return VAL_NULL;
    const unsigned char *d, *p;
    size_t n, m, a = 0, b = 0;
    bytes_view(SELF, &d, &n);
    int r = bytes_range(nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL, n, &a, &b);
    if (r < 0) return VAL_NULL;
    Value what = args[1];
    size_t count = IS_TUPLE(what) ? TUPLE_LEN(what) : 1;
    for (size_t i = 0; i < count; i++) {
        Value x = IS_TUPLE(what) ? TUPLE_GET(what, i) : what;
        if (!bytes_view(x, &p, &m)) {
            if (IS_TUPLE(what))
                return err_format(&exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(x));
            return err_format(&exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                              obj_type_name(x));
        }
        if (r && m <= b - a && memcmp(d + (end ? b - m : a), p, m) == 0) return NEWREF(VAL_TRUE);
    }
    return NEWREF(VAL_FALSE);
}

static Value bytes_m_startswith(Value *args, size_t nargs, Value kwnames) {
    return bytes_affix("startswith", args, nargs, kwnames, false);
}
static Value bytes_m_endswith(Value *args, size_t nargs, Value kwnames) {
    return bytes_affix("endswith", args, nargs, kwnames, true);
}

/* The needle of find/count/index: bytes-like, or an int naming one byte. */
static int bytes_needle(Value v, unsigned char *one, const unsigned char **s, size_t *m) {
    if (bytes_view(v, s, m)) return 0;
    if (bytes_is_index(v)) {
        if (bytes_byte_value(v, one) < 0) return -1;
        *s = one;
        *m = 1;
        return 0;
    }
    err_format(&exc_TypeError, "argument should be integer or bytes-like object, not '%s'", obj_type_name(v));
    return -1;
}

typedef enum { BFIND_FIND, BFIND_RFIND, BFIND_INDEX, BFIND_RINDEX, BFIND_COUNT } BytesFind;

static Value bytes_find_common(const char *name, Value *args, size_t nargs, Value kwnames, BytesFind kind) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 1, 3) < 0) return VAL_NULL;
    const unsigned char *d, *s;
    size_t n, m, a = 0, b = 0;
    unsigned char one;
    bytes_view(SELF, &d, &n);
    int r = bytes_range(nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL, n, &a, &b);
    if (r < 0 || bytes_needle(args[1], &one, &s, &m) < 0) return VAL_NULL;
    if (kind == BFIND_COUNT) {
        if (r == 0) return FROM_SMALLINT(0);
        if (m == 0) return FROM_SMALLINT((ssize_t)(b - a + 1));
        size_t count = 0;
        const unsigned char *p = d + a, *hit;
        while ((hit = memmem(p, (size_t)(d + b - p), s, m)) != NULL) {
            count++;
            p = hit + m;
        }
        return FROM_SMALLINT((ssize_t)count);
    }
    const unsigned char *hit = NULL;
    if (r) {
        if (kind == BFIND_FIND || kind == BFIND_INDEX) hit = m == 0 ? d + a : memmem(d + a, b - a, s, m);
        else hit = m == 0 ? d + b : bytes_memrmem(d + a, b - a, s, m);
    }
    if (hit) return FROM_SMALLINT((ssize_t)(hit - d));
    if (kind == BFIND_INDEX || kind == BFIND_RINDEX) return err_set_str(&exc_ValueError, "subsection not found");
    return FROM_SMALLINT(-1);
}

static Value bytes_m_find(Value *args, size_t nargs, Value kwnames) {
    return bytes_find_common("find", args, nargs, kwnames, BFIND_FIND);
}
static Value bytes_m_rfind(Value *args, size_t nargs, Value kwnames) {
    return bytes_find_common("rfind", args, nargs, kwnames, BFIND_RFIND);
}
static Value bytes_m_index(Value *args, size_t nargs, Value kwnames) {
    return bytes_find_common("index", args, nargs, kwnames, BFIND_INDEX);
}
static Value bytes_m_rindex(Value *args, size_t nargs, Value kwnames) {
    return bytes_find_common("rindex", args, nargs, kwnames, BFIND_RINDEX);
}
static Value bytes_m_count(Value *args, size_t nargs, Value kwnames) {
    return bytes_find_common("count", args, nargs, kwnames, BFIND_COUNT);
}

static Value bytes_m_replace(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "replace", nargs, kwnames, 2, 3) < 0) return VAL_NULL;
    const unsigned char *d, *old, *new_;
    size_t n, nold, nnew;
    bytes_view(SELF, &d, &n);
    if (bytes_view_required(args[1], &old, &nold) < 0 || bytes_view_required(args[2], &new_, &nnew) < 0)
        return VAL_NULL;
    ssize_t maxcount = -1;
    if (nargs > 3 && obj_as_ssize_arg(args[3], &maxcount) < 0) return VAL_NULL;
    size_t max = maxcount < 0 ? SIZE_MAX : (size_t)maxcount;
    Value out = bytearray_from("", 0);
    ByteArrayObj *o = (ByteArrayObj *)AS_OBJ(out);
    size_t i = 0, done = 0;
    if (nold == 0) {
        while (done < max) {
            bytearray_splice(o, o->len, o->len, new_, nnew);
            done++;
            if (i == n) break;
            bytearray_splice(o, o->len, o->len, d + i, 1);
            i++;
        }
    } else {
        const unsigned char *hit;
        while (done < max && (hit = memmem(d + i, n - i, old, nold)) != NULL) {
            bytearray_splice(o, o->len, o->len, d + i, (size_t)(hit - (d + i)));
            bytearray_splice(o, o->len, o->len, new_, nnew);
            i = (size_t)(hit - d) + nold;
            done++;
        }
    }
    bytearray_splice(o, o->len, o->len, d + i, n - i);
    Value r = bytes_like(SELF, o->data, o->len);
    DECREF(out);
    return r;
}

/* upper/lower: ASCII letters only. */
static Value bytes_case(Value *args, size_t nargs, Value kwnames, const char *name, bool upper) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    unsigned char *tmp = mem_alloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (upper && c >= 'a' && c <= 'z') c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z') c += 32;
        tmp[i] = c;
    }
    Value r = bytes_like(SELF, tmp, n);
    mem_free(tmp);
    return r;
}

static Value bytes_m_upper(Value *args, size_t nargs, Value kwnames) {
    return bytes_case(args, nargs, kwnames, "upper", true);
}
static Value bytes_m_lower(Value *args, size_t nargs, Value kwnames) {
    return bytes_case(args, nargs, kwnames, "lower", false);
}

typedef enum { BCLASS_DIGIT, BCLASS_ALPHA, BCLASS_ALNUM, BCLASS_SPACE, BCLASS_LOWER, BCLASS_UPPER } BytesClass;

static bool bytes_in_class(unsigned char c, BytesClass k) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    switch (k) {
    case BCLASS_DIGIT: return digit;
    case BCLASS_ALPHA: return lower || upper;
    case BCLASS_ALNUM: return lower || upper || digit;
    default: return bytes_isspace_c(c);
    }
}

static Value bytes_classify(Value *args, size_t nargs, Value kwnames, const char *name, BytesClass k) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    if (k == BCLASS_LOWER || k == BCLASS_UPPER) {
        /* at least one cased letter and none of the other case */
        bool cased = false;
        for (size_t i = 0; i < n; i++) {
            bool lo = d[i] >= 'a' && d[i] <= 'z', up = d[i] >= 'A' && d[i] <= 'Z';
            if ((k == BCLASS_LOWER && up) || (k == BCLASS_UPPER && lo)) return NEWREF(VAL_FALSE);
            cased = cased || lo || up;
        }
        return NEWREF(VAL_BOOL(cased));
    }
    if (n == 0) return NEWREF(VAL_FALSE);
    for (size_t i = 0; i < n; i++)
        if (!bytes_in_class(d[i], k)) return NEWREF(VAL_FALSE);
    return NEWREF(VAL_TRUE);
}

#define BYTES_CLASS_METHOD(fname, k) \
    static Value bytes_m_##fname(Value *args, size_t nargs, Value kwnames) { \
        return bytes_classify(args, nargs, kwnames, #fname, k); \
    }
BYTES_CLASS_METHOD(isdigit, BCLASS_DIGIT)
BYTES_CLASS_METHOD(isalpha, BCLASS_ALPHA)
BYTES_CLASS_METHOD(isalnum, BCLASS_ALNUM)
BYTES_CLASS_METHOD(isspace, BCLASS_SPACE)
BYTES_CLASS_METHOD(islower, BCLASS_LOWER)
BYTES_CLASS_METHOD(isupper, BCLASS_UPPER)

/* ------------------------------------------ text-like methods (ASCII rules) */

static bool bytes_islower_c(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool bytes_isupper_c(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* title/capitalize/swapcase map each byte knowing whether the previous
 * byte was a cased letter (title) or the byte's position (capitalize). */
typedef enum { BCASE_TITLE, BCASE_CAPITALIZE, BCASE_SWAPCASE } BytesCaseMap;

static unsigned char bytes_case_one(unsigned char c, BytesCaseMap k, size_t i, bool prev_cased) {
    bool lo = bytes_islower_c(c), up = bytes_isupper_c(c);
    switch (k) {
    case BCASE_TITLE:
        if (lo && !prev_cased) return (unsigned char)(c - 32);
        if (up && prev_cased) return (unsigned char)(c + 32);
        return c;
    case BCASE_CAPITALIZE:
        if (i == 0) return lo ? (unsigned char)(c - 32) : c;
        return up ? (unsigned char)(c + 32) : c;
    default:
        return lo ? (unsigned char)(c - 32) : up ? (unsigned char)(c + 32) : c;
    }
}

static Value bytes_casemap(Value *args, size_t nargs, Value kwnames, const char *name, BytesCaseMap k) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    unsigned char *tmp = mem_alloc(n + 1);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        tmp[i] = bytes_case_one(d[i], k, i, prev_cased);
        prev_cased = bytes_islower_c(d[i]) || bytes_isupper_c(d[i]);
    }
    Value r = bytes_like(SELF, tmp, n);
    mem_free(tmp);
    return r;
}

static Value bytes_m_title(Value *args, size_t nargs, Value kwnames) {
    return bytes_casemap(args, nargs, kwnames, "title", BCASE_TITLE);
}
static Value bytes_m_capitalize(Value *args, size_t nargs, Value kwnames) {
    return bytes_casemap(args, nargs, kwnames, "capitalize", BCASE_CAPITALIZE);
}
static Value bytes_m_swapcase(Value *args, size_t nargs, Value kwnames) {
    return bytes_casemap(args, nargs, kwnames, "swapcase", BCASE_SWAPCASE);
}

/* istitle: some cased letter, uppercase ones only after uncased bytes and
 * lowercase ones only after cased bytes. */
static Value bytes_m_istitle(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "istitle", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        bool up = bytes_isupper_c(d[i]), lo = bytes_islower_c(d[i]);
        if ((up && prev_cased) || (lo && !prev_cased)) return NEWREF(VAL_FALSE);
        prev_cased = up || lo;
        cased = cased || prev_cased;
    }
    return NEWREF(VAL_BOOL(cased));
}

static Value bytes_m_isascii(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "isascii", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    for (size_t i = 0; i < n; i++)
        if (d[i] >= 0x80) return NEWREF(VAL_FALSE);
    return NEWREF(VAL_TRUE);
}

/* The optional fill byte of center/ljust/rjust (argument 2). */
static int bytes_fill_arg(const char *name, size_t nargs, Value *args, unsigned char *fill) {
    *fill = ' ';
    if (nargs < 3) return 0;
    const unsigned char *d;
    size_t n;
    if (!bytes_view(args[2], &d, &n) || n != 1) {
        err_format(&exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                   obj_type_name(args[2]));
        return -1;
    }
    *fill = d[0];
    return 0;
}

/* self padded to width with left and right fill bytes; self itself (or a
 * copy for bytearray) when it is already that wide. */
static Value bytes_pad(Value self, size_t left, size_t right, unsigned char fill) {
    const unsigned char *d;
    size_t n;
    bytes_view(self, &d, &n);
    if (left == 0 && right == 0 && TYPE_OF(self) == &bytes_type) return NEWREF(self);
    if (left > SIZE_MAX / 2 - n - right) return err_no_memory();
    unsigned char *tmp = mem_try_alloc(left + n + right + 1);
    if (tmp == NULL) return err_no_memory();
    memset(tmp, fill, left);
    memcpy(tmp + left, d, n);
    memset(tmp + left + n, fill, right);
    Value r = bytes_like(self, tmp, left + n + right);
    mem_free(tmp);
    return r;
}

typedef enum { BJUST_LEFT, BJUST_RIGHT, BJUST_CENTER } BytesJustify;

static Value bytes_justify(Value *args, size_t nargs, Value kwnames, const char *name, BytesJustify how) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    ssize_t width;
    unsigned char fill;
    if (obj_as_ssize_arg(args[1], &width) < 0 || bytes_fill_arg(name, nargs, args, &fill) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    size_t marg = width > (ssize_t)n ? (size_t)width - n : 0, left;
    if (how == BJUST_CENTER) left = marg / 2 + (marg & (size_t)width & 1); /* CPython's rounding */
    else left = how == BJUST_RIGHT ? marg : 0;
    return bytes_pad(SELF, left, marg - left, fill);
}

static Value bytes_m_ljust(Value *args, size_t nargs, Value kwnames) {
    return bytes_justify(args, nargs, kwnames, "ljust", BJUST_LEFT);
}
static Value bytes_m_rjust(Value *args, size_t nargs, Value kwnames) {
    return bytes_justify(args, nargs, kwnames, "rjust", BJUST_RIGHT);
}
static Value bytes_m_center(Value *args, size_t nargs, Value kwnames) {
    return bytes_justify(args, nargs, kwnames, "center", BJUST_CENTER);
}

/* zfill: zeros on the left, after a leading sign. */
static Value bytes_m_zfill(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "zfill", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    ssize_t width;
    if (obj_as_ssize_arg(args[1], &width) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    size_t fill = width > (ssize_t)n ? (size_t)width - n : 0;
    Value r = bytes_pad(SELF, fill, 0, '0');
    if (r == VAL_NULL || fill == 0 || n == 0 || (d[0] != '+' && d[0] != '-')) return r;
    unsigned char *w = IS_BYTEARRAY(r) ? BYTEARRAY_DATA(r) : BYTES_DATA(r);
    w[0] = d[0];
    w[fill] = '0';
    return r;
}

static Value bytes_m_expandtabs(Value *args, size_t nargs, Value kwnames) {
    Value vtab = VAL_NULL;
    if (args_parse("expandtabs", args + 1, nargs - 1, kwnames, "|tabsize", &vtab) < 0) return VAL_NULL;
    int tabsize = 8;
    if (vtab != VAL_NULL && str_c_int_arg(vtab, &tabsize) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    StrBuf out;
    strbuf_init(&out);
    size_t column = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] != '\t') {
            strbuf_append_char(&out, (char)d[i]);
            column = d[i] == '\n' || d[i] == '\r' ? 0 : column + 1;
        } else if (tabsize > 0) {
            size_t incr = (size_t)tabsize - column % (size_t)tabsize;
            if (!strbuf_try_reserve(&out, incr)) {
                strbuf_free(&out);
                return err_no_memory();
            }
            memset(out.data + out.len, ' ', incr);
            out.len += incr;
            column += incr;
        }
    }
    Value r = bytes_like(SELF, out.data ? out.data : "", out.len);
    strbuf_free(&out);
    return r;
}

/* splitlines: bytes break lines at \n, \r and \r\n only. */
static Value bytes_m_splitlines(Value *args, size_t nargs, Value kwnames) {
    Value vkeep = VAL_NULL;
    if (args_parse("splitlines", args + 1, nargs - 1, kwnames, "|keepends", &vkeep) < 0) return VAL_NULL;
    bool keep = false;
    if (vkeep != VAL_NULL) {
        int t = obj_truthy(vkeep);
        if (t < 0) return VAL_NULL;
        keep = t;
    }
    const unsigned char *d;
    size_t n;
    bytes_view(SELF, &d, &n);
    Value list = list_new(0);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') j++;
        size_t eol = j;
        if (j < n) j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        if (bytes_add_piece(list, SELF, d, i, keep ? j : eol) < 0) {
            DECREF(list);
            return VAL_NULL;
        }
        i = j;
    }
    return list;
}

/* removeprefix/removesuffix: self without the affix when it has it. */
static Value bytes_remove_affix(Value *args, size_t nargs, Value kwnames, const char *name, bool suffix) {
    if (bytes_posargs_of(SELF, name, nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    const unsigned char *d, *a;
    size_t n, m;
    bytes_view(SELF, &d, &n);
    if (bytes_view_required(args[1], &a, &m) < 0) return VAL_NULL;
    if (m > 0 && m <= n && memcmp(suffix ? d + n - m : d, a, m) == 0)
        return bytes_like(SELF, suffix ? d : d + m, n - m);
    if (TYPE_OF(SELF) == &bytes_type) return NEWREF(SELF);
    return bytes_like(SELF, d, n);
}

static Value bytes_m_removeprefix(Value *args, size_t nargs, Value kwnames) {
    return bytes_remove_affix(args, nargs, kwnames, "removeprefix", false);
}
static Value bytes_m_removesuffix(Value *args, size_t nargs, Value kwnames) {
    return bytes_remove_affix(args, nargs, kwnames, "removesuffix", true);
}

/* bytes.maketrans(frm, to): the 256-byte table mapping frm[i] to to[i]. */
static Value bytes_m_maketrans(Value *args, size_t nargs, Value kwnames) {
    if (str_method_args("maketrans", nargs, kwnames, 2, 2, false) < 0) return VAL_NULL;
    const unsigned char *frm, *to;
    size_t nfrm, nto;
    if (bytes_view_required(args[0], &frm, &nfrm) < 0 || bytes_view_required(args[1], &to, &nto) < 0)
        return VAL_NULL;
    if (nfrm != nto) return err_set_str(&exc_ValueError, "maketrans arguments must have same length");
    unsigned char table[256];
    for (int i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < nfrm; i++) table[frm[i]] = to[i];
    return bytes_from(table, 256);
}

/* translate(table, /, delete=b''): table is None or 256 bytes. */
static Value bytes_m_translate(Value *args, size_t nargs, Value kwnames) {
    Value table = VAL_NULL, del = VAL_NULL;
    if (args_parse("translate", args + 1, nargs - 1, kwnames, "table|delete", &table, &del) < 0)
        return VAL_NULL;
    const unsigned char *t = NULL, *dl = NULL, *d;
    size_t nt = 0, ndl = 0, n;
    if (!IS_NONE(table)) {
        if (bytes_view_required(table, &t, &nt) < 0) return VAL_NULL;
        if (nt != 256) return err_set_str(&exc_ValueError, "translation table must be 256 characters long");
    }
    if (del != VAL_NULL && bytes_view_required(del, &dl, &ndl) < 0) return VAL_NULL;
    bool deleted[256] = {false};
    for (size_t i = 0; i < ndl; i++) deleted[dl[i]] = true;
    bytes_view(SELF, &d, &n);
    unsigned char *tmp = mem_alloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!deleted[d[i]]) tmp[k++] = t ? t[d[i]] : d[i];
    Value r = bytes_like(SELF, tmp, k);
    mem_free(tmp);
    return r;
}

/* ------------------------------------------------------ bytearray methods */

#define BA(v) ((ByteArrayObj *)AS_OBJ(v))

static Value bytearray_m_append(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "append", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    unsigned char c;
    if (bytes_byte_value(args[1], &c) < 0) return VAL_NULL;
    bytearray_splice(BA(SELF), BA(SELF)->len, BA(SELF)->len, &c, 1);
    return NEWREF(VAL_NONE);
}

static Value bytearray_m_extend(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "extend", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    const unsigned char *d;
    size_t n;
    if (bytes_view(args[1], &d, &n)) {
        Value copy = bytes_from(d, n);
        bytearray_splice(BA(SELF), BA(SELF)->len, BA(SELF)->len, BYTES_DATA(copy), n);
        DECREF(copy);
        return NEWREF(VAL_NONE);
    }
    if (IS_STR(args[1])) return err_set_str(&exc_TypeError, "expected iterable of integers; got: 'str'");
    if (TYPE_OF(args[1])->iter == NULL && TYPE_OF(args[1])->getitem == NULL)
        return err_format(&exc_TypeError, "can't extend bytearray with %s", obj_type_name(args[1]));
    if (bytearray_extend_iter(BA(SELF), args[1], "byte must be in range(0, 256)") < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value bytearray_m_pop(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "pop", nargs, kwnames, 0, 1) < 0) return VAL_NULL;
    ByteArrayObj *a = BA(SELF);
    ssize_t i = -1;
    if (nargs > 1 && obj_as_ssize_arg(args[1], &i) < 0) return VAL_NULL;
    if (a->len == 0) return err_set_str(&exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (ssize_t)a->len;
    if (i < 0 || i >= (ssize_t)a->len) return err_set_str(&exc_IndexError, "pop index out of range");
    unsigned char c = a->data[i];
    bytearray_splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
    return FROM_SMALLINT(c);
}

static Value bytearray_m_insert(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "insert", nargs, kwnames, 2, 2) < 0) return VAL_NULL;
    ByteArrayObj *a = BA(SELF);
    ssize_t i;
    unsigned char c;
    if (obj_as_ssize_arg(args[1], &i) < 0 || bytes_byte_value(args[2], &c) < 0) return VAL_NULL;
    if (i < 0 && (i += (ssize_t)a->len) < 0) i = 0;
    if (i > (ssize_t)a->len) i = (ssize_t)a->len;
    bytearray_splice(a, (size_t)i, (size_t)i, &c, 1);
    return NEWREF(VAL_NONE);
}

static Value bytearray_m_remove(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "remove", nargs, kwnames, 1, 1) < 0) return VAL_NULL;
    ByteArrayObj *a = BA(SELF);
    unsigned char c;
    if (bytes_byte_value(args[1], &c) < 0) return VAL_NULL;
    unsigned char *hit = memchr(a->data, c, a->len);
    if (hit == NULL) return err_set_str(&exc_ValueError, "value not found in bytearray");
    size_t i = (size_t)(hit - a->data);
    bytearray_splice(a, i, i + 1, NULL, 0);
    return NEWREF(VAL_NONE);
}

static Value bytearray_m_clear(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "clear", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    BA(SELF)->len = 0;
    return NEWREF(VAL_NONE);
}

static Value bytearray_m_copy(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "copy", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return bytearray_from(BA(SELF)->data, BA(SELF)->len);
}

static Value bytearray_m_reverse(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "reverse", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    ByteArrayObj *a = BA(SELF);
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        unsigned char t = a->data[i];
        a->data[i] = a->data[j - 1];
        a->data[j - 1] = t;
    }
    return NEWREF(VAL_NONE);
}

/* ------------------------------------------------------------------ types */

#define BYTES_COMMON_METHODS \
    {"capitalize", bytes_m_capitalize, 0}, \
    {"center", bytes_m_center, 0}, \
    {"count", bytes_m_count, 0}, \
    {"decode", bytes_m_decode, 0}, \
    {"endswith", bytes_m_endswith, 0}, \
    {"expandtabs", bytes_m_expandtabs, 0}, \
    {"find", bytes_m_find, 0}, \
    {"fromhex", bytes_m_fromhex, METH_CLASS}, \
    {"hex", bytes_m_hex, 0}, \
    {"index", bytes_m_index, 0}, \
    {"isalnum", bytes_m_isalnum, 0}, \
    {"isalpha", bytes_m_isalpha, 0}, \
    {"isascii", bytes_m_isascii, 0}, \
    {"isdigit", bytes_m_isdigit, 0}, \
    {"islower", bytes_m_islower, 0}, \
    {"isspace", bytes_m_isspace, 0}, \
    {"istitle", bytes_m_istitle, 0}, \
    {"isupper", bytes_m_isupper, 0}, \
    {"join", bytes_m_join, 0}, \
    {"ljust", bytes_m_ljust, 0}, \
    {"lower", bytes_m_lower, 0}, \
    {"lstrip", bytes_m_lstrip, 0}, \
    {"maketrans", bytes_m_maketrans, METH_STATIC}, \
    {"partition", bytes_m_partition, 0}, \
    {"removeprefix", bytes_m_removeprefix, 0}, \
    {"removesuffix", bytes_m_removesuffix, 0}, \
    {"replace", bytes_m_replace, 0}, \
    {"rfind", bytes_m_rfind, 0}, \
    {"rindex", bytes_m_rindex, 0}, \
    {"rjust", bytes_m_rjust, 0}, \
    {"rpartition", bytes_m_rpartition, 0}, \
    {"rsplit", bytes_m_rsplit, 0}, \
    {"rstrip", bytes_m_rstrip, 0}, \
    {"split", bytes_m_split, 0}, \
    {"splitlines", bytes_m_splitlines, 0}, \
    {"startswith", bytes_m_startswith, 0}, \
    {"strip", bytes_m_strip, 0}, \
    {"swapcase", bytes_m_swapcase, 0}, \
    {"title", bytes_m_title, 0}, \
    {"translate", bytes_m_translate, 0}, \
    {"upper", bytes_m_upper, 0}, \
    {"zfill", bytes_m_zfill, 0}

/* bytes.__bytes__(): a bytes itself, or a plain copy of a subclass's. */
static Value bytes_m_bytes(Value *args, size_t nargs, Value kwnames) {
    if (bytes_posargs_of(SELF, "__bytes__", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    if (TYPE_OF(SELF) == &bytes_type) return NEWREF(SELF);
    return bytes_from(BYTES_DATA(SELF), BYTES_LEN(SELF));
}

static const MethodDef bytes_methods[] = {
    BYTES_COMMON_METHODS,
    {"__bytes__", bytes_m_bytes, 0},
    {NULL, NULL, 0}
};

static const MethodDef bytearray_methods[] = {
    BYTES_COMMON_METHODS,
    {"append", bytearray_m_append, 0},
    {"clear", bytearray_m_clear, 0},
    {"copy", bytearray_m_copy, 0},
    {"extend", bytearray_m_extend, 0},
    {"insert", bytearray_m_insert, 0},
    {"pop", bytearray_m_pop, 0},
    {"remove", bytearray_m_remove, 0},
    {"reverse", bytearray_m_reverse, 0},
    {NULL, NULL, 0}
};

Type bytes_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "bytes",
    .base = &object_type,
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(BytesObj),
    .new_ = bytes_new,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .getattr = obj_generic_getattr,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .binop = {[BINOP_ADD] = bytes_add, [BINOP_MUL] = bytes_mul, [BINOP_MOD] = bytes_mod},
    .methods = bytes_methods,
};

Type bytearray_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "bytearray",
    .base = &object_type,
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(ByteArrayObj),
    .new_ = bytes_new,
    .dealloc = bytearray_dealloc,
    .repr = bytes_repr,
    .hash = bytearray_hash,
    .richcompare = bytes_richcompare,
    .getattr = obj_generic_getattr,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .binop = {[BINOP_ADD] = bytes_add, [BINOP_MUL] = bytes_mul, [BINOP_MOD] = bytes_mod},
    .inplace = {[BINOP_ADD] = bytearray_iadd, [BINOP_MUL] = bytearray_imul},
    .methods = bytearray_methods,
};

Type bytes_iter_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "bytes_iterator",
    .base = &object_type,
    .basicsize = sizeof(BytesIterObj),
    .dealloc = bytes_iter_dealloc,
    .getattr = obj_generic_getattr,
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
};

int bytes_init_types(void) {
    if (type_ready(&bytes_type) < 0 || type_ready(&bytearray_type) < 0) return -1;
    return type_ready(&bytes_iter_type);
}
