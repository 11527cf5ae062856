/* exc.c - the built-in exception classes, exception objects and tracebacks.
 *
 * Every class of EXC_LIST shares one layout (ExcObj) and one set of slots;
 * what differs between them (OSError's errno fields, StopIteration.value,
 * SyntaxError's location, KeyError's str, ...) is decided from the class's
 * place in the hierarchy when an instance is filled from its arguments.
 * The fill runs in __new__ (so an overriding __init__ that never calls
 * super().__init__ still leaves args set, as in CPython) and again in
 * BaseException.__init__ with the arguments it is given.
 *
 * Type-specific state lives in ExcObj.extra:
 *   StopIteration  the value;          SystemExit  the code;
 *   OSError        (errno, strerror, filename, filename2), or VAL_NULL;
 *   SyntaxError    (msg, filename, lineno, offset, text, end_lineno, end_offset);
 *   ImportError    (msg, name, path);  AttributeError (name, obj);
 *   NameError      (name,).
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "exc.h"
#include "dict.h"
#include "error.h"
#include "func.h"
#include "gc.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "thread.h"
#include "tuple.h"

#define EXC(v) ((ExcObj *)AS_OBJ(v))


static bool is_a(Value v, Type *t) {
    return type_is_subtype(TYPE_OF(v), t);
}

/* ---- filling an instance from its arguments ---- */

static Value tuple_of_nones(size_t n) {
    Value t = tuple_new(n);
    for (size_t i = 0; i < n; i++) TUPLE_SET(t, i, NEWREF(VAL_NONE));
    return t;
}

/* (errno, strerror[, filename[, winerror[, filename2]]]) gives the fields;
 * args keeps only (errno, strerror) when a filename is present. */
static void fill_oserror(ExcObj *e, Value *args, size_t nargs) {
    if (nargs < 2 || nargs > 5) {
        CLEAR(e->extra);
        return;
    }
    Value f = tuple_of_nones(4);
    for (size_t i = 0; i < 2; i++) SETREF(TUPLE_ITEMS(f)[i], NEWREF(args[i]));
    if (nargs >= 3) SETREF(TUPLE_ITEMS(f)[2], NEWREF(args[2]));
    if (nargs == 5) SETREF(TUPLE_ITEMS(f)[3], NEWREF(args[4]));
    SETREF(e->extra, f);
    if (nargs >= 3) SETREF(e->args, tuple_from_array(args, 2));
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static void fill_syntaxerror(ExcObj *e, Value *args, size_t nargs) {
    Value f = tuple_of_nones(7);
    if (nargs >= 1) SETREF(TUPLE_ITEMS(f)[0], NEWREF(args[0]));
    if (nargs == 2 && IS_TUPLE(args[1])) {
        Value info = args[1];
        for (size_t i = 0; i < TUPLE_LEN(info) && i < 6; i++)
            SETREF(TUPLE_ITEMS(f)[i + 1], NEWREF(TUPLE_GET(info, i)));
    }
    SETREF(e->extra, f);
}

static void fill(Value self, Value *args, size_t nargs) {
    ExcObj *e = EXC(self);
    SETREF(e->args, tuple_from_array(args, nargs));
    if (is_a(self, &exc_StopIteration)) {
        SETREF(e->extra, NEWREF(nargs ? args[0] : VAL_NONE));
    } else if (is_a(self, &exc_SystemExit)) {
        SETREF(e->extra, nargs == 0 ? NEWREF(VAL_NONE) : nargs == 1 ? NEWREF(args[0]) : NEWREF(e->args));
    } else if (is_a(self, &exc_OSError)) {
        fill_oserror(e, args, nargs);
    } else if (is_a(self, &exc_SyntaxError)) {
        fill_syntaxerror(e, args, nargs);
    } else if (is_a(self, &exc_ImportError)) {
        Value f = tuple_of_nones(3);
        if (nargs == 1) SETREF(TUPLE_ITEMS(f)[0], NEWREF(args[0]));
        SETREF(e->extra, f);
    } else if (is_a(self, &exc_AttributeError)) {
        SETREF(e->extra, tuple_of_nones(2));
    } else if (is_a(self, &exc_NameError)) {
        SETREF(e->extra, tuple_of_nones(1));
    }
}

/* The keyword arguments some classes accept: ImportError(name=, path=),
 * AttributeError(name=, obj=), NameError(name=). They land in extra. */
static int fill_keywords(Value self, Value *kwvals, Value kwnames) {
    static const char *const import_kw[] = {"name", "path", NULL};
    static const char *const attr_kw[] = {"name", "obj", NULL};
    static const char *const name_kw[] = {"name", NULL};
    const char *const *allowed = NULL;
    size_t first = 0;
    if (is_a(self, &exc_ImportError)) { allowed = import_kw; first = 1; }
    else if (is_a(self, &exc_AttributeError)) allowed = attr_kw;
    else if (is_a(self, &exc_NameError)) allowed = name_kw;
    for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
        Value k = TUPLE_GET(kwnames, i);
        if (allowed == NULL) {
            err_format(&exc_TypeError, "%s() takes no keyword arguments", obj_type_name(self));
            return -1;
        }
        size_t j = 0;
        while (allowed[j] && strcmp(allowed[j], STR_DATA(k)) != 0) j++;
        if (allowed[j] == NULL) {
            err_format(&exc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                       obj_type_name(self));
            return -1;
        }
        SETREF(TUPLE_ITEMS(EXC(self)->extra)[first + j], NEWREF(kwvals[i]));
    }
    return 0;
}

/* OSError(errno, ...) with a known errno constructs the matching subclass. */
static Type *oserror_subclass(int code) {
    switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc_BlockingIOError;
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return &exc_BlockingIOError;
#endif
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EEXIST: return &exc_FileExistsError;
    case ENOENT: return &exc_FileNotFoundError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EINTR: return &exc_InterruptedError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return &exc_OSError;
    }
}

static Value exc_new_slot(Type *type, Value *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (type == &exc_OSError && nargs >= 2 && nargs <= 5 && IS_SMALLINT(args[0]))
        type = oserror_subclass((int)AS_SMALLINT(args[0]));
    Value self = OBJ_VAL(obj_alloc(type));
    fill(self, args, nargs);
    return self;
}

static int exc_init_slot(Value self, Value *args, size_t nargs, Value kwnames) {
    fill(self, args, nargs);
    if (kwnames != VAL_NULL && TUPLE_LEN(kwnames) > 0) return fill_keywords(self, args + nargs, kwnames);
    return 0;
}

/* type(*args), without obj_call's recursion accounting: raising
 * RecursionError must not itself hit the recursion limit. */
Value exc_new(Type *type, Value args) {
    Value *items = TUPLE_ITEMS(args);
    size_t n = TUPLE_LEN(args);
    Value e = type->new_(type, items, n, VAL_NULL);
    if (e == VAL_NULL || !type_is_subtype(TYPE_OF(e), type)) return e;
    Type *t = TYPE_OF(e);
    if (t->init && t->init(e, items, n, VAL_NULL) < 0) {
        DECREF(e);
        return VAL_NULL;
    }
    return e;
}

Value exc_new_syntax_error(Type *type, const char *msg, Value filename, int lineno,
                           int offset, Value text, int end_lineno, int end_offset) {
    Value m = str_from_cstr(msg);
    Value ln = FROM_SMALLINT(lineno), off = FROM_SMALLINT(offset);
    Value eln = FROM_SMALLINT(end_lineno), eoff = FROM_SMALLINT(end_offset);
    Value info = tuple_pack(6, filename != VAL_NULL ? filename : VAL_NONE, ln, off,
                            text != VAL_NULL ? text : VAL_NONE, eln, eoff);
    Value args = tuple_pack(2, m, info);
    Value e = exc_new(type, args);
    DECREF(m);
    DECREF(info);
    DECREF(args);
    return e;
}

Value exc_stopiteration_value(Value exc) {
    if (is_a(exc, &exc_StopIteration) && EXC(exc)->extra != VAL_NULL) return NEWREF(EXC(exc)->extra);
    return NEWREF(VAL_NONE);
}

/* ---- lifecycle ---- */

static void exc_dealloc(Obj *self) {
    ExcObj *e = (ExcObj *)self;
    XDECREF(e->args);
    XDECREF(e->traceback);
    XDECREF(e->cause);
    XDECREF(e->context);
    XDECREF(e->extra);
    XDECREF(e->dict);
    obj_free(self);
}

static void exc_traverse(Obj *self, VisitFn visit, void *arg) {
    ExcObj *e = (ExcObj *)self;
    Value fields[] = {e->args, e->traceback, e->cause, e->context, e->extra};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (fields[i] != VAL_NULL) visit(fields[i], arg);
    gc_traverse_instance_dict(e->dict, visit, arg);
}

/* The collector breaks a cycle through an exception (__context__ chains,
 * __dict__, args, StopIteration.value can loop back): args becomes (), the
 * rest goes, except the tuple of an OSError's or SyntaxError's fields,
 * which their getters read unchecked (a cycle through it passes through
 * another container, cleared in its turn). */
static void exc_clear(Obj *self) {
    ExcObj *e = (ExcObj *)self;
    SETREF(e->args, tuple_empty());
    CLEAR(e->traceback);
    CLEAR(e->cause);
    CLEAR(e->context);
    if (e->extra != VAL_NULL && !IS_TUPLE(e->extra)) CLEAR(e->extra);
    CLEAR(e->dict);
}

/* ---- str and repr ---- */

static Value base_str(ExcObj *e) {
    size_t n = TUPLE_LEN(e->args);
    if (n == 0) return str_from_cstr("");
    if (n == 1) return obj_str(TUPLE_GET(e->args, 0));
    return obj_str(e->args);
}

static Value field(ExcObj *e, size_t i) {
    return TUPLE_GET(e->extra, i);
}

/* "[Errno 2] No such file or directory: 'x'" (with " -> 'y'" for filename2). */
static Value oserror_str(ExcObj *e) {
    if (e->extra == VAL_NULL) return base_str(e);
    Value code = field(e, 0), msg = field(e, 1), fn = field(e, 2), fn2 = field(e, 3);
    StrBuf b;
    strbuf_init(&b);
    strbuf_append_cstr(&b, "[Errno ");
    if (strbuf_append_strof(&b, code) < 0) goto fail;
    strbuf_append_cstr(&b, "] ");
    if (strbuf_append_strof(&b, msg) < 0) goto fail;
    if (!IS_NONE(fn)) {
        strbuf_append_cstr(&b, ": ");
        if (strbuf_append_repr(&b, fn) < 0) goto fail;
        if (!IS_NONE(fn2)) {
            strbuf_append_cstr(&b, " -> ");
            if (strbuf_append_repr(&b, fn2) < 0) goto fail;
        }
    }
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return VAL_NULL;
}

static Value syntaxerror_str(ExcObj *e) {
    Value msg = field(e, 0), fn = field(e, 1), ln = field(e, 2);
    Value base = IS_STR(fn) ? fn : VAL_NULL;
    const char *name = base != VAL_NULL ? STR_DATA(base) : NULL;
    if (name) {
        const char *slash = strrchr(name, '/');
        if (slash) name = slash + 1;
    }
    Value m = obj_str(msg);
    if (m == VAL_NULL) return VAL_NULL;
    Value r;
    if (name && IS_SMALLINT(ln)) r = str_printf("%s (%s, line %ld)", STR_DATA(m), name, (long)AS_SMALLINT(ln));
    else if (name) r = str_printf("%s (%s)", STR_DATA(m), name);
    else if (IS_SMALLINT(ln)) r = str_printf("%s (line %ld)", STR_DATA(m), (long)AS_SMALLINT(ln));
    else return m;
    DECREF(m);
    return r;
}

/* UnicodeDecodeError(encoding, object, start, end, reason) and its Encode twin. */
static Value unicode_error_str(Value self) {
    ExcObj *e = EXC(self);
    Value *a = TUPLE_ITEMS(e->args);
    if (!IS_SMALLINT(a[2]) || !IS_SMALLINT(a[3])) return base_str(e);
    intptr_t start = AS_SMALLINT(a[2]), end = AS_SMALLINT(a[3]);
    bool decode = is_a(self, &exc_UnicodeDecodeError);
    Value enc = obj_str(a[0]), reason = obj_str(a[4]);
    Value r = VAL_NULL;
    if (enc == VAL_NULL || reason == VAL_NULL) goto done;
    if (end == start + 1 && decode && IS_BYTES(a[1]) && (size_t)start < BYTES_LEN(a[1])) {
        r = str_printf("'%s' codec can't decode byte 0x%02x in position %ld: %s", STR_DATA(enc),
                       BYTES_DATA(a[1])[start], (long)start, STR_DATA(reason));
    } else if (end == start + 1 && !decode && IS_STR(a[1]) && (size_t)start < STR_LEN(a[1])) {
        Value ch = obj_getitem(a[1], a[2]);
        Value chr = ch != VAL_NULL ? obj_ascii(ch) : VAL_NULL;
        if (chr != VAL_NULL)
            r = str_printf("'%s' codec can't encode character %s in position %ld: %s", STR_DATA(enc),
                           STR_DATA(chr), (long)start, STR_DATA(reason));
        XDECREF(ch);
        XDECREF(chr);
    } else {
        r = str_printf("'%s' codec can't %s bytes in position %ld-%ld: %s", STR_DATA(enc),
                       decode ? "decode" : "encode", (long)start, (long)end - 1, STR_DATA(reason));
    }
done:
    XDECREF(enc);
    XDECREF(reason);
    return r;
}

static Value exc_str(Value self) {
    ExcObj *e = EXC(self);
    if ((is_a(self, &exc_UnicodeDecodeError) || is_a(self, &exc_UnicodeEncodeError)) &&
        TUPLE_LEN(e->args) == 5)
        return unicode_error_str(self);
    if (is_a(self, &exc_KeyError) && TUPLE_LEN(e->args) == 1) return obj_repr(TUPLE_GET(e->args, 0));
    if (is_a(self, &exc_OSError)) return oserror_str(e);
    if (is_a(self, &exc_SyntaxError) && e->extra != VAL_NULL) return syntaxerror_str(e);
    if (is_a(self, &exc_ImportError) && e->extra != VAL_NULL && !IS_NONE(field(e, 0)))
        return obj_str(field(e, 0));
    return base_str(e);
}

static Value exc_repr(Value self) {
    ExcObj *e = EXC(self);
    const char *name = obj_type_name(self);
    if (TUPLE_LEN(e->args) == 1) {
        Value r = obj_repr(TUPLE_GET(e->args, 0));
        if (r == VAL_NULL) return VAL_NULL;
        Value s = str_printf("%s(%s)", name, STR_DATA(r));
        DECREF(r);
        return s;
    }
    if (TUPLE_LEN(e->args) == 0) return str_printf("%s()", name);
    Value r = obj_repr(e->args);
    if (r == VAL_NULL) return VAL_NULL;
    Value s = str_printf("%s%s", name, STR_DATA(r));
    DECREF(r);
    return s;
}

/* ---- attributes ---- */

static Value none_if_null(Value v) {
    return NEWREF(v != VAL_NULL ? v : VAL_NONE);
}

static Value exc_get_args(Value self) { return NEWREF(EXC(self)->args); }

static int exc_set_args(Value self, Value v) {
    if (v == VAL_NULL) return err_set_int(&exc_TypeError, "args may not be deleted");
    Value t = tuple_from_iterable(v);
    if (t == VAL_NULL) return -1;
    SETREF(EXC(self)->args, t);
    return 0;
}

static Value exc_get_traceback(Value self) { return none_if_null(EXC(self)->traceback); }

static int exc_set_traceback(Value self, Value v) {
    if (v == VAL_NULL) return err_set_int(&exc_TypeError, "__traceback__ may not be deleted");
    if (IS_NONE(v)) {
        CLEAR(EXC(self)->traceback);
        return 0;
    }
    if (!IS_TYPE(v, traceback_type))
        return err_set_int(&exc_TypeError, "__traceback__ must be a traceback or None");
    SETREF(EXC(self)->traceback, NEWREF(v));
    return 0;
}

static Value exc_get_cause(Value self) { return none_if_null(EXC(self)->cause); }

static int exc_set_cause(Value self, Value v) {
    if (v == VAL_NULL) return err_set_int(&exc_TypeError, "__cause__ may not be deleted");
    if (!IS_NONE(v) && !IS_EXCEPTION(v))
        return err_set_int(&exc_TypeError, "exception cause must be None or derive from BaseException");
    SETREF(EXC(self)->cause, IS_NONE(v) ? VAL_NULL : NEWREF(v));
    EXC(self)->suppress_context = true;
    return 0;
}

static Value exc_get_context(Value self) { return none_if_null(EXC(self)->context); }

static int exc_set_context(Value self, Value v) {
    if (v == VAL_NULL) return err_set_int(&exc_TypeError, "__context__ may not be deleted");
    if (!IS_NONE(v) && !IS_EXCEPTION(v))
        return err_set_int(&exc_TypeError, "exception context must be None or derive from BaseException");
    SETREF(EXC(self)->context, IS_NONE(v) ? VAL_NULL : NEWREF(v));
    return 0;
}

static Value exc_get_suppress(Value self) { return NEWREF(VAL_BOOL(EXC(self)->suppress_context)); }

static int exc_set_suppress(Value self, Value v) {
    if (v == VAL_NULL) return err_set_int(&exc_TypeError, "__suppress_context__ may not be deleted");
    int t = obj_truthy(v);
    if (t < 0) return -1;
    EXC(self)->suppress_context = t;
    return 0;
}

static Value exc_get_dict(Value self) {
    ExcObj *e = EXC(self);
    if (e->dict == VAL_NULL) e->dict = dict_new();
    gc_instance_dict_expose(e->dict);
    return NEWREF(e->dict);
}

static int exc_set_dict(Value self, Value v) {
    if (dict_check_attr_dict(v) < 0) return -1;
    SETREF(EXC(self)->dict, NEWREF(v));
    return 0;
}

static Value exc_with_traceback(Value *args, size_t nargs, Value kwnames) {
    if (args_count("with_traceback", nargs, 2, 2) < 0 || args_no_kw("with_traceback", kwnames) < 0)
        return VAL_NULL;
    if (exc_set_traceback(args[0], args[1]) < 0) return VAL_NULL;
    return NEWREF(args[0]);
}

static const MethodDef base_methods[] = {
    {"with_traceback", exc_with_traceback, 0},
    {NULL, NULL, 0},
};

static const GetSetDef base_getsets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict, exc_set_dict},
    {NULL, NULL, NULL},
};

/* Getter/setter pairs for the fields kept in `extra`. The setter of a
 * single-value extra (StopIteration.value, SystemExit.code) replaces it;
 * a tuple field is replaced in a copy of the tuple. */
static Value extra_get(Value self) { return none_if_null(EXC(self)->extra); }

static int extra_set(Value self, Value v) {
    SETREF(EXC(self)->extra, NEWREF(v != VAL_NULL ? v : VAL_NONE));
    return 0;
}

static Value field_get(Value self, size_t i) {
    Value x = EXC(self)->extra;
    return none_if_null(x != VAL_NULL && IS_TUPLE(x) && i < TUPLE_LEN(x) ? TUPLE_GET(x, i) : VAL_NULL);
}

static int field_set(Value self, size_t i, size_t n, Value v) {
    ExcObj *e = EXC(self);
    Value t = tuple_of_nones(n);
    if (e->extra != VAL_NULL && IS_TUPLE(e->extra))
        for (size_t j = 0; j < n && j < TUPLE_LEN(e->extra); j++)
            SETREF(TUPLE_ITEMS(t)[j], NEWREF(TUPLE_GET(e->extra, j)));
    SETREF(TUPLE_ITEMS(t)[i], NEWREF(v != VAL_NULL ? v : VAL_NONE));
    SETREF(e->extra, t);
    return 0;
}

#define FIELD_ACCESSORS(prefix, i, n) \
    static Value prefix##_get(Value self) { return field_get(self, i); } \
    static int prefix##_set(Value self, Value v) { return field_set(self, i, n, v); }
FIELD_ACCESSORS(os_errno, 0, 4)
FIELD_ACCESSORS(os_strerror, 1, 4)
FIELD_ACCESSORS(os_filename, 2, 4)
FIELD_ACCESSORS(os_filename2, 3, 4)
FIELD_ACCESSORS(se_msg, 0, 7)
FIELD_ACCESSORS(se_filename, 1, 7)
FIELD_ACCESSORS(se_lineno, 2, 7)
FIELD_ACCESSORS(se_offset, 3, 7)
FIELD_ACCESSORS(se_text, 4, 7)
FIELD_ACCESSORS(se_end_lineno, 5, 7)
FIELD_ACCESSORS(se_end_offset, 6, 7)
FIELD_ACCESSORS(imp_msg, 0, 3)
FIELD_ACCESSORS(imp_name, 1, 3)
FIELD_ACCESSORS(imp_path, 2, 3)
FIELD_ACCESSORS(attr_name, 0, 2)
FIELD_ACCESSORS(attr_obj, 1, 2)
FIELD_ACCESSORS(name_name, 0, 1)
#undef FIELD_ACCESSORS

void exc_set_attribute_context(Value obj, Value name) {
    Value exc = thread_current()->exc;
    if (exc == VAL_NULL || !is_a(exc, &exc_AttributeError)) return;
    Value x = EXC(exc)->extra;
    if (x != VAL_NULL && IS_TUPLE(x) && TUPLE_LEN(x) == 2 && !IS_NONE(TUPLE_GET(x, 0))) return;
    SETREF(EXC(exc)->extra, tuple_pack(2, name, obj));
}

void exc_set_name_error_name(Value name) {
    Value exc = thread_current()->exc;
    if (exc != VAL_NULL && is_a(exc, &exc_NameError) && name_name_set(exc, name) < 0) err_clear();
}

static const GetSetDef stopiteration_getsets[] = {{"value", extra_get, extra_set}, {NULL, NULL, NULL}};
static const GetSetDef systemexit_getsets[] = {{"code", extra_get, extra_set}, {NULL, NULL, NULL}};
static const GetSetDef oserror_getsets[] = {
    {"errno", os_errno_get, os_errno_set}, {"strerror", os_strerror_get, os_strerror_set},
    {"filename", os_filename_get, os_filename_set}, {"filename2", os_filename2_get, os_filename2_set},
    {NULL, NULL, NULL},
};
static const GetSetDef syntaxerror_getsets[] = {
    {"msg", se_msg_get, se_msg_set}, {"filename", se_filename_get, se_filename_set},
    {"lineno", se_lineno_get, se_lineno_set}, {"offset", se_offset_get, se_offset_set},
    {"text", se_text_get, se_text_set}, {"end_lineno", se_end_lineno_get, se_end_lineno_set},
    {"end_offset", se_end_offset_get, se_end_offset_set},
    {NULL, NULL, NULL},
};
static const GetSetDef importerror_getsets[] = {
    {"msg", imp_msg_get, imp_msg_set}, {"name", imp_name_get, imp_name_set},
    {"path", imp_path_get, imp_path_set}, {NULL, NULL, NULL},
};
static const GetSetDef attributeerror_getsets[] = {
    {"name", attr_name_get, attr_name_set}, {"obj", attr_obj_get, attr_obj_set}, {NULL, NULL, NULL},
};
static const GetSetDef nameerror_getsets[] = {{"name", name_name_get, name_name_set}, {NULL, NULL, NULL}};

/* UnicodeError fields read straight from args (encoding, object, start, end, reason). */
static Value unicode_arg(Value self, size_t i) {
    Value a = EXC(self)->args;
    return none_if_null(TUPLE_LEN(a) == 5 ? TUPLE_GET(a, i) : VAL_NULL);
}
static Value ue_encoding(Value self) { return unicode_arg(self, 0); }
static Value ue_object(Value self) { return unicode_arg(self, 1); }
static Value ue_start(Value self) { return unicode_arg(self, 2); }
static Value ue_end(Value self) { return unicode_arg(self, 3); }
static Value ue_reason(Value self) { return unicode_arg(self, 4); }
static const GetSetDef unicodeerror_getsets[] = {
    {"encoding", ue_encoding, NULL}, {"object", ue_object, NULL}, {"start", ue_start, NULL},
    {"end", ue_end, NULL}, {"reason", ue_reason, NULL}, {NULL, NULL, NULL},
};

/* ---- tracebacks ---- */

void exc_add_traceback(Value exc, Value code, Value globals, int lineno, int lasti) {
    if (!IS_EXCEPTION(exc)) return;
    Traceback *tb = (Traceback *)obj_alloc(&traceback_type);
    ExcObj *e = EXC(exc);
    tb->next = e->traceback;
    tb->code = NEWREF(code);
    tb->globals = globals != VAL_NULL ? NEWREF(globals) : VAL_NULL;
    tb->lineno = lineno;
    tb->lasti = lasti;
    e->traceback = OBJ_VAL(tb);
}

static void traceback_dealloc(Obj *self) {
    Traceback *tb = (Traceback *)self;
    XDECREF(tb->next);
    XDECREF(tb->code);
    XDECREF(tb->globals);
    obj_free(self);
}

static void traceback_traverse(Obj *self, VisitFn visit, void *arg) {
    Traceback *tb = (Traceback *)self;
    if (tb->next != VAL_NULL) visit(tb->next, arg);
    if (tb->code != VAL_NULL) visit(tb->code, arg);
    if (tb->globals != VAL_NULL) visit(tb->globals, arg);
}

static void traceback_clear(Obj *self) {
    CLEAR(((Traceback *)self)->next);
}

static Value tb_get_next(Value self) { return none_if_null(((Traceback *)AS_OBJ(self))->next); }
static Value tb_get_lineno(Value self) { return int_from_i64(((Traceback *)AS_OBJ(self))->lineno); }
static Value tb_get_frame(Value self) { (void)self; return NEWREF(VAL_NONE); }

static const GetSetDef traceback_getsets[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {NULL, NULL, NULL},
};

Type traceback_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "traceback",
    .basicsize = sizeof(Traceback),
    .dealloc = traceback_dealloc,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
    .getsets = traceback_getsets,
};

/* ---- the classes ---- */

/* `object` in EXC_LIST names the root: &exc_object expands to &object_type. */
#define exc_object object_type
#define EXC_DEFINE(n, basename) \
    Type exc_##n = { \
        .hdr = OBJ_HEAD_INIT(&type_type), \
        .name = #n, \
        .base = &exc_##basename, \
        .flags = TYPE_EXCEPTION | TYPE_BASETYPE, \
        .basicsize = sizeof(ExcObj), \
        .dictoffset = offsetof(ExcObj, dict), \
        .new_ = exc_new_slot, \
        .init = exc_init_slot, \
        .dealloc = exc_dealloc, \
        .traverse = exc_traverse, \
        .clear = exc_clear, \
        .repr = exc_repr, \
        .str = exc_str, \
    };
EXC_LIST(EXC_DEFINE)
#undef EXC_DEFINE

/* ---- start-up ---- */

int exc_init_types(void) {
    exc_BaseException.methods = base_methods;
    exc_BaseException.getsets = base_getsets;
    exc_StopIteration.getsets = stopiteration_getsets;
    exc_SystemExit.getsets = systemexit_getsets;
    exc_OSError.getsets = oserror_getsets;
    exc_SyntaxError.getsets = syntaxerror_getsets;
    exc_ImportError.getsets = importerror_getsets;
    exc_AttributeError.getsets = attributeerror_getsets;
    exc_NameError.getsets = nameerror_getsets;
    exc_UnicodeDecodeError.getsets = unicodeerror_getsets;
    exc_UnicodeEncodeError.getsets = unicodeerror_getsets;
#define EXC_READY(name, base) if (type_ready(&exc_##name) < 0) return -1;
    EXC_LIST(EXC_READY)
#undef EXC_READY
    return type_ready(&traceback_type);
}
