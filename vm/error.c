/* error.c - raising, testing and clearing the current exception.
 *
 * The exception being raised is an instance stored in the calling thread's
 * ThreadState (ts->exc); nothing here touches another thread's state, so
 * holding the GIL is enough. Raising while an exception is being handled
 * (ts->handled_exc) records it as the new exception's __context__, as
 * CPython does for every raise, so "During handling of the above
 * exception..." appears for errors raised by C code in except blocks too.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"
#include "int.h"

#define EXC(v) ((ExcObj *)AS_OBJ(v))

bool err_occurred(void) {
    return thread_current()->exc != VAL_NULL;
}

bool err_matches(Type *type) {
    Value e = thread_current()->exc;
    return e != VAL_NULL && type_is_subtype(TYPE_OF(e), type);
}

Value err_fetch(void) {
    ThreadState *ts = thread_current();
    Value e = ts->exc;
    ts->exc = VAL_NULL;
    return e;
}

void err_restore(Value exc) {
    ThreadState *ts = thread_current();
    SETREF(ts->exc, exc);
}

void err_clear(void) {
    ThreadState *ts = thread_current();
    CLEAR(ts->exc);
}

/* Make context the __context__ of exc, first cutting any link in context's
 * own chain back to exc so that the chain never becomes a cycle. */
void err_set_context(Value exc, Value context) {
    if (exc == context || !IS_EXCEPTION(exc) || !IS_EXCEPTION(context)) return;
    Value o = context;
    for (int steps = 0; steps < 10000; steps++) {
        Value c = EXC(o)->context;
        if (c == VAL_NULL) break;
        if (c == exc) {
            CLEAR(EXC(o)->context);
            break;
        }
        o = c;
    }
    SETREF(EXC(exc)->context, NEWREF(context));
}

/* Raise an instance (owned reference stolen). */
static Value raise_owned(Value exc) {
    ThreadState *ts = thread_current();
    if (ts->handled_exc != VAL_NULL && IS_EXCEPTION(ts->handled_exc))
        err_set_context(exc, ts->handled_exc);
    SETREF(ts->exc, exc);
    return VAL_NULL;
}

Value err_set_obj(Value exc) {
    if (IS_OBJ(exc) && type_is_subtype(TYPE_OF(exc), &type_type) &&
        type_is_subtype((Type *)AS_OBJ(exc), &exc_BaseException)) {
        Value inst = obj_call0(exc);
        if (inst == VAL_NULL) return VAL_NULL;
        if (!IS_EXCEPTION(inst)) {
            err_format(&exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %s",
                       exc, obj_type_name(inst));
            DECREF(inst);
            return VAL_NULL;
        }
        return raise_owned(inst);
    }
    if (!IS_EXCEPTION(exc))
        return err_set_str(&exc_TypeError, "exceptions must derive from BaseException");
    return raise_owned(NEWREF(exc));
}

/* Raise type(*args) with args a tuple (borrowed). */
static Value raise_args(Type *type, Value args) {
    Value exc = exc_new(type, args);
    if (exc == VAL_NULL) return VAL_NULL;
    return raise_owned(exc);
}

Value err_set_value(Type *type, Value v) {
    Value args = tuple_pack(1, v);
    raise_args(type, args);
    DECREF(args);
    return VAL_NULL;
}

Value err_set_str(Type *type, const char *msg) {
    Value s = str_from_cstr(msg);
    err_set_value(type, s);
    DECREF(s);
    return VAL_NULL;
}

int err_set_int(Type *type, const char *msg) {
    err_set_str(type, msg);
    return -1;
}

Value err_set_none(Type *type) {
    Value args = tuple_empty();
    raise_args(type, args);
    DECREF(args);
    return VAL_NULL;
}

Value err_no_memory(void) {
    return err_set_none(&exc_MemoryError);
}

/* One parsed %-conversion of err_vformat. width and prec are -1 when absent
 * ('*' takes them from an int argument, as printf does); len is 0, 'h', 'l',
 * 'L' (for ll) or 'z'; conv is the conversion character. */
typedef struct {
    bool left, zero;
    int width, prec;
    char len, conv;
} ErrSpec;

/* Parse the spec that follows a '%' into *sp; returns the pointer just past
 * the conversion character, or NULL if the spec is not one err_format knows
 * (then the caller stops consuming arguments: misreading them would crash). */
static const char *spec_parse(const char *p, ErrSpec *sp, va_list *ap) {
    *sp = (ErrSpec){ .width = -1, .prec = -1 };
    for (;; p++) {
        if (*p == '-') sp->left = true;
        else if (*p == '0') sp->zero = true;
        else break;
    }
    if (*p == '*') {
        sp->width = va_arg(*ap, int);
        if (sp->width < 0) { sp->left = true; sp->width = -sp->width; }
        p++;
    } else {
        for (sp->width = *p >= '0' && *p <= '9' ? 0 : -1; *p >= '0' && *p <= '9'; p++)
            if (sp->width < 100000) sp->width = sp->width * 10 + (*p - '0');
    }
    if (*p == '.') {
        p++;
        if (*p == '*') {
            sp->prec = va_arg(*ap, int);
            p++;
        } else {
            for (sp->prec = 0; *p >= '0' && *p <= '9'; p++)
                if (sp->prec < 100000) sp->prec = sp->prec * 10 + (*p - '0');
        }
    }
    if (*p == 'l' && p[1] == 'l') { sp->len = 'L'; p += 2; }
    else if (*p == 'l' || *p == 'z' || *p == 'h') sp->len = *p++;
    sp->conv = *p;
    if (*p == '\0' || !strchr("diuxXcpsRSTU", *p)) return NULL;
    if (sp->len && !strchr("diuxX", *p)) return NULL;
    return p + 1;
}

/* An integer conversion with its flags, width, precision and length, done by
 * snprintf from a rebuilt C spec ("%-0*.*lld"); a negative precision passed
 * through '*' means "none" to printf. */
static void format_int(StrBuf *b, const ErrSpec *sp, va_list *ap) {
    char cfmt[16], *q = cfmt;
    *q++ = '%';
    if (sp->left) *q++ = '-';
    if (sp->zero) *q++ = '0';
    *q++ = '*'; *q++ = '.'; *q++ = '*';
    if (sp->len == 'L') { *q++ = 'l'; *q++ = 'l'; }
    else if (sp->len) *q++ = sp->len;
    *q++ = sp->conv == 'i' ? 'd' : sp->conv;
    *q = '\0';
    int w = sp->width < 0 ? 0 : sp->width;
    bool is_signed = sp->conv == 'd' || sp->conv == 'i';
    switch (sp->len) {
    case 'L':
        if (is_signed) strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, long long));
        else strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, unsigned long long));
        break;
    case 'l':
        if (is_signed) strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, long));
        else strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, unsigned long));
        break;
    case 'z':
        if (is_signed) strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, ssize_t));
        else strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, size_t));
        break;
    default: /* 'h' arguments arrive promoted to int; printf narrows them */
        if (is_signed) strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, int));
        else strbuf_printf(b, cfmt, w, sp->prec, va_arg(*ap, unsigned));
        break;
    }
}

/* The text of a non-integer conversion, unpadded, into t; -1 if a repr/str
 * failed. %s precision limits the BYTES read (so "%.*s" may take a buffer
 * that is not NUL-terminated), cut back to a whole UTF-8 character. */
static int format_text(StrBuf *t, const ErrSpec *sp, va_list *ap) {
    switch (sp->conv) {
    case 's': {
        const char *s = va_arg(*ap, const char *);
        if (!s) s = "(null)";
        size_t n = sp->prec >= 0 ? strnlen(s, (size_t)sp->prec) : strlen(s);
        if (sp->prec >= 0 && n == (size_t)sp->prec)
            while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
        strbuf_append(t, s, n);
        return 0;
    }
    case 'c':
        strbuf_append_codepoint(t, (uint32_t)va_arg(*ap, int));
        return 0;
    case 'p':
        strbuf_printf(t, "%p", va_arg(*ap, void *));
        return 0;
    case 'R':
        return strbuf_append_repr(t, va_arg(*ap, Value));
    case 'S':
        return strbuf_append_strof(t, va_arg(*ap, Value));
    case 'T':
        strbuf_append_cstr(t, obj_type_name(va_arg(*ap, Value)));
        return 0;
    default: /* 'U' */
        strbuf_append_str(t, va_arg(*ap, Value));
        return 0;
    }
}

/* A text conversion into b: precision (except %s's, applied while reading)
 * keeps the first prec code points; width pads with spaces, counted in code
 * points. -1 if a repr/str failed. */
static int format_padded(StrBuf *b, const ErrSpec *sp, va_list *ap) {
    StrBuf t;
    strbuf_init(&t);
    if (format_text(&t, sp, ap) < 0) {
        strbuf_free(&t);
        return -1;
    }
    size_t nbytes = t.len, ncp = t.ncodepoints;
    if (sp->conv != 's' && sp->prec >= 0 && ncp > (size_t)sp->prec) {
        ncp = 0;
        for (nbytes = 0; nbytes < t.len; nbytes++)
            if (((unsigned char)t.data[nbytes] & 0xC0) != 0x80 && ncp++ == (size_t)sp->prec) break;
        ncp = (size_t)sp->prec;
    }
    size_t pad = sp->width > 0 && (size_t)sp->width > ncp ? (size_t)sp->width - ncp : 0;
    for (size_t i = 0; !sp->left && i < pad; i++) strbuf_append_char(b, ' ');
    strbuf_append(b, t.data ? t.data : "", nbytes);
    for (size_t i = 0; sp->left && i < pad; i++) strbuf_append_char(b, ' ');
    strbuf_free(&t);
    return 0;
}

/* The message of err_format as a new str, or VAL_NULL if a %R/%S failed. An
 * unknown or malformed spec ends the formatting: the rest of the format is
 * copied verbatim, so the mistake shows in the message instead of reading
 * arguments with the wrong type. */
static Value format_message(const char *fmt, va_list ap) {
    StrBuf b;
    strbuf_init(&b);
    va_list aq;
    va_copy(aq, ap);
    const char *p = fmt;
    while (*p) {
        const char *q = strchr(p, '%');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        strbuf_append(&b, p, n);
        p += n;
        if (*p == '\0') break;
        if (p[1] == '%') {
            strbuf_append_char(&b, '%');
            p += 2;
            continue;
        }
        ErrSpec sp;
        const char *next = spec_parse(p + 1, &sp, &aq);
        if (!next) {
            strbuf_append_cstr(&b, p);
            break;
        }
        p = next;
        if (strchr("diuxX", sp.conv)) {
            format_int(&b, &sp, &aq);
        } else if (format_padded(&b, &sp, &aq) < 0) {
            va_end(aq);
            strbuf_free(&b);
            return VAL_NULL;
        }
    }
    va_end(aq);
    return strbuf_finish(&b);
}

Value err_vformat(Type *type, const char *fmt, va_list ap) {
    Value msg = format_message(fmt, ap);
    if (msg == VAL_NULL) return VAL_NULL;
    err_set_value(type, msg);
    DECREF(msg);
    return VAL_NULL;
}

Value err_format(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    err_vformat(type, fmt, ap);
    va_end(ap);
    return VAL_NULL;
}

Value err_from_errno(Type *type, int errnum, const char *filename) {
    Value code = int_from_i64(errnum);
    Value msg = str_from_cstr(strerror(errnum));
    Value args;
    if (filename) {
        Value fn = str_from_cstr(filename);
        args = tuple_pack(3, code, msg, fn);
        DECREF(fn);
    } else {
        args = tuple_pack(2, code, msg);
    }
    DECREF(code);
    DECREF(msg);
    raise_args(type, args);
    DECREF(args);
    return VAL_NULL;
}
