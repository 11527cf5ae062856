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

/* One %-conversion of err_vformat into b; -1 if a repr/str failed. */
static int format_one(StrBuf *b, char conv, char len, va_list *ap) {
    char tmp[64];
    Value v;
    switch (conv) {
    case 's': {
        const char *s = va_arg(*ap, const char *);
        strbuf_append_cstr(b, s ? s : "(null)");
        return 0;
    }
    case 'd': case 'u': case 'x':
        if (len == 'l') {
            long x = va_arg(*ap, long);
            snprintf(tmp, sizeof tmp, conv == 'x' ? "%lx" : conv == 'u' ? "%lu" : "%ld", x);
        } else if (len == 'z') {
            ssize_t x = va_arg(*ap, ssize_t);
            snprintf(tmp, sizeof tmp, conv == 'x' ? "%zx" : conv == 'u' ? "%zu" : "%zd", x);
        } else {
            int x = va_arg(*ap, int);
            snprintf(tmp, sizeof tmp, conv == 'x' ? "%x" : conv == 'u' ? "%u" : "%d", x);
        }
        strbuf_append_cstr(b, tmp);
        return 0;
    case 'c':
        strbuf_append_codepoint(b, (uint32_t)va_arg(*ap, int));
        return 0;
    case 'p':
        snprintf(tmp, sizeof tmp, "%p", va_arg(*ap, void *));
        strbuf_append_cstr(b, tmp);
        return 0;
    case 'R':
        return strbuf_append_repr(b, va_arg(*ap, Value));
    case 'S':
        return strbuf_append_strof(b, va_arg(*ap, Value));
    case 'T':
        v = va_arg(*ap, Value);
        strbuf_append_cstr(b, obj_type_name(v));
        return 0;
    case 'U':
        strbuf_append_str(b, va_arg(*ap, Value));
        return 0;
    default:
        strbuf_append_char(b, '%');
        strbuf_append_char(b, conv);
        return 0;
    }
}

/* The message of err_format as a new str, or VAL_NULL if a %R/%S failed. */
static Value format_message(const char *fmt, va_list ap) {
    StrBuf b;
    strbuf_init(&b);
    va_list aq;
    va_copy(aq, ap);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = strchr(p, '%');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            strbuf_append(&b, p, n);
            p += n - 1;
            continue;
        }
        p++;
        if (*p == '%') {
            strbuf_append_char(&b, '%');
            continue;
        }
        char len = 0;
        if (*p == 'l' || *p == 'z') len = *p++;
        if (*p == '\0') break;
        if (format_one(&b, *p, len, &aq) < 0) {
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
