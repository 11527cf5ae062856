/* builtins.c - the builtins module: the functions, types, constants and
 * exception classes every program can name without importing.
 *
 * Each function follows CPython 3.11's signature and error messages. Calls
 * use the vector convention (object.h): module functions get no self, so
 * args[0] is the first argument. */
#include <limits.h>
#include <string.h>

#include "builtins.h"
#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "fileobject.h"
#include "float.h"
#include "func.h"
#include "instattr.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "module.h"
#include "names.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

/* ---- argument checking with CPython's messages ---- */

/* "len() takes exactly one argument (2 given)" */
static int bi_one_arg(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    err_format(&exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    return -1;
}

/* "getattr expected at least 2 arguments, got 1" and the like. */
static int bi_arity(const char *fname, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    if (nargs >= min && nargs <= max) return 0;
    size_t want = nargs < min ? min : max;
    const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
    err_format(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname, how, want,
               want == 1 ? "" : "s", nargs);
    return -1;
}

/* Keyword arguments by name: kwvals are the values after the positionals;
 * outs[i] receives the value for allowed[i] (left as is when absent).
 * Unknown names: "'x' is an invalid keyword argument for print()". */
static int bi_keywords(const char *fname, const Value *kwvals, Value kwnames,
                       const char *const allowed[], Value *outs[]) {
    if (kwnames == VAL_NULL) return 0;
    for (size_t i = 0; i < TUPLE_LEN(kwnames); i++) {
        Value k = TUPLE_GET(kwnames, i);
        size_t j = 0;
        while (allowed[j] != NULL && strcmp(allowed[j], str_cstr(k)) != 0) j++;
        if (allowed[j] == NULL) {
            err_format(&exc_TypeError, "%R is an invalid keyword argument for %s()", k, fname);
            return -1;
        }
        *outs[j] = kwvals[i];
    }
    return 0;
}

static size_t bi_nkw(Value kwnames) { return kwnames == VAL_NULL ? 0 : TUPLE_LEN(kwnames); }

static int bi_check_attr_name(Value name) {
    if (IS_STR(name)) return 0;
    err_format(&exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(name));
    return -1;
}

/* A special method looked up on the type, as CPython's operators do;
 * borrowed, VAL_NULL (no exception) if the type has none. */
static Value bi_special(Value v, Value name) { return type_lookup(TYPE_OF(v), name); }

/* sys.<name> as the program sees it, or the original stream when sys is not
 * there yet. Borrowed; VAL_NULL with RuntimeError if it was deleted. */
static Value bi_sys_stream(const char *name, Value original) {
    if (interp_main.sys_module == VAL_NULL) return original;
    Value v = dict_get_cstr(MODULE_DICT(interp_main.sys_module), name);
    if (v == VAL_NULL && !err_occurred()) err_format(&exc_RuntimeError, "lost sys.%s", name);
    return v;
}

/* ---- output and input ---- */

/* Writes a str to a file: directly for baton's file objects, else through
 * the object's write method. */
static int bi_write(Value file, Value s) {
    if (IS_FILEOBJ(file)) return fileobject_write_utf8(file, STR_DATA(s), STR_NBYTES(s));
    Value r = obj_call_method(file, "write", &s, 1);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

static int bi_flush(Value file) {
    if (IS_FILEOBJ(file)) return fileobject_flush(file);
    Value r = obj_call_method(file, "flush", NULL, 0);
    if (r == VAL_NULL) return -1;
    DECREF(r);
    return 0;
}

static int bi_print_sep(const char *what, Value v, Value *out, Value dflt) {
    if (v == VAL_NULL || IS_NONE(v)) {
        *out = dflt;
        return 0;
    }
    if (!IS_STR(v)) {
        err_format(&exc_TypeError, "%s must be None or a string, not %T", what, v);
        return -1;
    }
    *out = v;
    return 0;
}

static int bi_print_items(Value file, Value *args, size_t nargs, Value sep, Value end) {
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && bi_write(file, sep) < 0) return -1;
        Value s = IS_TYPE(args[i], str_type) ? NEWREF(args[i]) : obj_str(args[i]);
        if (s == VAL_NULL) return -1;
        int rc = bi_write(file, s);
        DECREF(s);
        if (rc < 0) return -1;
    }
    return bi_write(file, end);
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static Value bi_print(Value *args, size_t nargs, Value kwnames) {
    static const char *const kws[] = {"sep", "end", "file", "flush", NULL};
    Value sepv = VAL_NULL, endv = VAL_NULL, file = VAL_NULL, flush = VAL_NULL, sep, end;
    if (bi_keywords("print", args + nargs, kwnames, kws, (Value *[]){&sepv, &endv, &file, &flush}) < 0 ||
        bi_print_sep("sep", sepv, &sep, str_intern_cstr(" ")) < 0 ||
        bi_print_sep("end", endv, &end, str_intern_cstr("\n")) < 0)
        return VAL_NULL;
    if (file == VAL_NULL || IS_NONE(file)) {
        file = bi_sys_stream("stdout", interp_main.std_out);
        if (file == VAL_NULL) return VAL_NULL;
        if (IS_NONE(file)) return NEWREF(VAL_NONE);
    }
    if (bi_print_items(file, args, nargs, sep, end) < 0) return VAL_NULL;
    if (flush != VAL_NULL) {
        int t = obj_truthy(flush);
        if (t < 0 || (t && bi_flush(file) < 0)) return VAL_NULL;
    }
    return NEWREF(VAL_NONE);
}

/* Reads one line for input(); the blocking read itself (and the GIL release
 * around it) is in fileobject.c's file_sys_read for baton's own stdin. */
static Value bi_input_read_line(Value in) {
    if (IS_FILEOBJ(in)) return fileobject_readline(in);
    return obj_call_method(in, "readline", NULL, 0);
}

/* input(prompt='') */
static Value bi_input(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("input", kwnames) < 0 || bi_arity("input", nargs, VAL_NULL, 0, 1) < 0) return VAL_NULL;
    Value out = bi_sys_stream("stdout", interp_main.std_out);
    Value in = out == VAL_NULL ? VAL_NULL : bi_sys_stream("stdin", interp_main.std_in);
    if (in == VAL_NULL) return VAL_NULL;
    if (!IS_NONE(out) && bi_flush(out) < 0) return VAL_NULL;
    if (nargs == 1 && !IS_NONE(out)) {
        Value p = obj_str(args[0]);
        int rc = p == VAL_NULL ? -1 : bi_write(out, p);
        XDECREF(p);
        if (rc < 0 || bi_flush(out) < 0) return VAL_NULL;
    }
    Value line = bi_input_read_line(in);
    if (line == VAL_NULL) return VAL_NULL;
    if (!IS_STR(line)) {
        DECREF(line);
        return err_set_str(&exc_TypeError, "object.readline() returned non-string");
    }
    size_t n = STR_NBYTES(line);
    if (n == 0) {
        DECREF(line);
        return err_set_str(&exc_EOFError, "EOF when reading a line");
    }
    if (STR_DATA(line)[n - 1] != '\n') return line;
    Value r = str_from_utf8(STR_DATA(line), n - 1);
    DECREF(line);
    return r;
}

/* ---- numbers ---- */

static Value bi_abs(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("abs", nargs, kwnames) < 0) return VAL_NULL;
    Value v = args[0];
    if (IS_INT(v)) return int_abs(v);
    if (IS_FLOAT(v)) return float_abs(v);
    Value m = bi_special(v, names.__abs__);
    if (m == VAL_NULL) return err_format(&exc_TypeError, "bad operand type for abs(): '%s'", obj_type_name(v));
    return obj_call(m, &v, 1, VAL_NULL);
}

/* round(number, ndigits=None): number's type's __round__. */
static Value bi_round(Value *args, size_t nargs, Value kwnames) {
    Value number, ndigits = VAL_NULL;
    if (args_parse("round", args, nargs, kwnames, "number|ndigits", &number, &ndigits) < 0) return VAL_NULL;
    Value m = bi_special(number, names.__round__);
    if (m == VAL_NULL)
        return err_format(&exc_TypeError, "type %s doesn't define __round__ method", obj_type_name(number));
    Value call[2] = {number, ndigits};
    return obj_call(m, call, ndigits == VAL_NULL || IS_NONE(ndigits) ? 1 : 2, VAL_NULL);
}

static bool bi_is_number(Value v) { return IS_INT(v) || IS_FLOAT(v); }

/* a.__divmod__(b), then b.__rdivmod__(a); NotImplemented if neither. */
static Value bi_divmod_dunder(Value a, Value b) {
    static Value dm, rdm;
    if (dm == VAL_NULL) {
        dm = str_intern_cstr("__divmod__");
        rdm = str_intern_cstr("__rdivmod__");
    }
    Value m = bi_special(a, dm);
    if (m != VAL_NULL) {
        Value r = obj_call2(m, a, b);
        if (r != VAL_NOTIMPL) return r;
        DECREF(r);
    }
    m = bi_special(b, rdm);
    if (m != VAL_NULL) return obj_call2(m, b, a);
    return NEWREF(VAL_NOTIMPL);
}

static Value bi_divmod(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("divmod", nargs, kwnames, 2, 2) < 0) return VAL_NULL;
    Value a = args[0], b = args[1], r;
    if (bi_is_number(a) && bi_is_number(b))
        r = IS_FLOAT(a) || IS_FLOAT(b) ? float_divmod(a, b) : int_divmod(a, b);
    else
        r = bi_divmod_dunder(a, b);
    if (r != VAL_NOTIMPL) return r;
    DECREF(r);
    return err_format(&exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                      obj_type_name(a), obj_type_name(b));
}

/* pow(base, exp, mod=None). Three-argument pow tries base.__pow__ (never
 * __rpow__); a float anywhere then refuses the modulus, as CPython's
 * float_pow does before looking at its operands. */
static Value bi_pow(Value *args, size_t nargs, Value kwnames) {
    Value base, exp, mod = VAL_NULL;
    if (args_parse("pow", args, nargs, kwnames, "base,exp|mod", &base, &exp, &mod) < 0) return VAL_NULL;
    if (mod == VAL_NULL || IS_NONE(mod)) return obj_binop(base, exp, BINOP_POW);
    if (!bi_is_number(base)) {
        Value m = bi_special(base, names.__pow__);
        if (m != VAL_NULL) {
            Value call[3] = {base, exp, mod};
            Value r = obj_call(m, call, 3, VAL_NULL);
            if (r != VAL_NOTIMPL) return r;
            DECREF(r);
        }
    }
    if (IS_FLOAT(base) || IS_FLOAT(exp) || IS_FLOAT(mod))
        return err_set_str(&exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (!IS_INT(base) || !IS_INT(exp) || !IS_INT(mod))
        return err_format(&exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          obj_type_name(base), obj_type_name(exp), obj_type_name(mod));
    return int_pow_mod(base, exp, mod);
}

/* sum(iterable, /, start=0): small ints and floats added without boxing. */
static Value bi_sum_add(Value acc, Value item) {
    if (IS_SMALLINT(acc) && IS_SMALLINT(item)) {
        intptr_t r;
        if (!__builtin_add_overflow(AS_SMALLINT(acc), AS_SMALLINT(item), &r) && SMALLINT_FITS(r))
            return FROM_SMALLINT(r);
    } else if (IS_TYPE(acc, float_type)) {
        if (IS_TYPE(item, float_type)) return float_from_double(FLOAT_VAL(acc) + FLOAT_VAL(item));
        if (IS_SMALLINT(item)) return float_from_double(FLOAT_VAL(acc) + (double)AS_SMALLINT(item));
    }
    return obj_binop(acc, item, BINOP_ADD);
}

/* sum() once the total is an int beyond the small-int range: it stays in
 * one mpz_t while the items are exact ints, instead of a new int object
 * per addition. Returns the total after the first item that is not one (or
 * VAL_NULL on error), *exhausted true if the iterator ended (or failed). */
static Value bi_sum_big(Value acc, Value it, bool *exhausted) {
    mpz_t total;
    mpz_init(total);
    int_to_mpz(acc, total);
    DECREF(acc);
    Value item;
    while ((item = obj_next(it)) != VAL_NULL) {
        if (IS_SMALLINT(item)) {
            intptr_t x = AS_SMALLINT(item);
            if (x >= 0) mpz_add_ui(total, total, (unsigned long)x);
            else mpz_sub_ui(total, total, (unsigned long)-x);
        } else if (IS_TYPE(item, int_type)) {
            mpz_add(total, total, ((IntObj *)AS_OBJ(item))->z);
            DECREF(item);
        } else {
            break;
        }
    }
    acc = int_from_mpz(total);
    mpz_clear(total);
    *exhausted = item == VAL_NULL;
    if (item == VAL_NULL) return acc;
    Value r = bi_sum_add(acc, item);
    DECREF(item);
    DECREF(acc);
    return r;
}

static int bi_sum_check_start(Value start) {
    const char *what = IS_STR(start) ? "strings [use ''.join(seq) instead]"
                     : IS_BYTES(start) ? "bytes [use b''.join(seq) instead]"
                     : IS_TYPE(start, bytearray_type) ? "bytearray [use b''.join(seq) instead]" : NULL;
    if (what == NULL) return 0;
    err_format(&exc_TypeError, "sum() can't sum %s", what);
    return -1;
}

static Value bi_sum(Value *args, size_t nargs, Value kwnames) {
    static const char *const kws[] = {"start", NULL};
    Value start = VAL_NULL;
    if (nargs == 0)
        return err_set_str(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (nargs + bi_nkw(kwnames) > 2)
        return err_format(&exc_TypeError, "sum() takes at most 2 arguments (%zu given)", nargs + bi_nkw(kwnames));
    if (bi_keywords("sum", args + nargs, kwnames, kws, (Value *[]){&start}) < 0) return VAL_NULL;
    if (nargs == 2) start = args[1];
    if (start != VAL_NULL && bi_sum_check_start(start) < 0) return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (it == VAL_NULL) return VAL_NULL;
    Value acc = start != VAL_NULL ? NEWREF(start) : FROM_SMALLINT(0), item;
    bool exhausted = false;
    while (acc != VAL_NULL && !exhausted && (item = obj_next(it)) != VAL_NULL) {
        Value r = bi_sum_add(acc, item);
        DECREF(item);
        DECREF(acc);
        acc = r;
        if (acc != VAL_NULL && IS_TYPE(acc, int_type)) acc = bi_sum_big(acc, it, &exhausted);
    }
    DECREF(it);
    if (acc != VAL_NULL && err_occurred()) CLEAR(acc);
    return acc;
}

/* min()/max(): one iterable or several positional arguments; key=, default=. */
static Value bi_minmax(Value *args, size_t nargs, Value kwnames, bool is_max) {
    static const char *const kws[] = {"key", "default", NULL};
    const char *fname = is_max ? "max" : "min";
    Value key = VAL_NULL, dflt = VAL_NULL;
    if (bi_keywords(fname, args + nargs, kwnames, kws, (Value *[]){&key, &dflt}) < 0) return VAL_NULL;
    if (nargs == 0) return err_format(&exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (nargs > 1 && dflt != VAL_NULL)
        return err_format(&exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    if (key != VAL_NULL && IS_NONE(key)) key = VAL_NULL;
    Value seq = nargs == 1 ? NEWREF(args[0]) : tuple_from_array(args, nargs);
    Value it = obj_iter(seq);
    DECREF(seq);
    if (it == VAL_NULL) return VAL_NULL;
    Value best = VAL_NULL, bestkey = VAL_NULL, item;
    while ((item = obj_next(it)) != VAL_NULL) {
        Value k = key != VAL_NULL ? obj_call1(key, item) : NEWREF(item);
        int better = k == VAL_NULL ? -1 : best == VAL_NULL ? 1
                   : obj_richcompare_bool(k, bestkey, is_max ? CMP_GT : CMP_LT);
        if (better > 0) {
            SETREF(best, item);
            SETREF(bestkey, k);
            continue;
        }
        DECREF(item);
        XDECREF(k);
        if (better < 0) break;
    }
    DECREF(it);
    XDECREF(bestkey);
    if (err_occurred()) {
        XDECREF(best);
        return VAL_NULL;
    }
    if (best != VAL_NULL) return best;
    if (dflt != VAL_NULL) return NEWREF(dflt);
    return err_format(&exc_ValueError, "%s() arg is an empty sequence", fname);
}

static Value bi_min(Value *args, size_t nargs, Value kwnames) { return bi_minmax(args, nargs, kwnames, false); }
static Value bi_max(Value *args, size_t nargs, Value kwnames) { return bi_minmax(args, nargs, kwnames, true); }

/* hex/oct/bin: "-0x1f" for negatives, any size. */
static Value bi_int_base(const char *fname, Value *args, size_t nargs, Value kwnames, int base,
                         const char *prefix) {
    if (bi_one_arg(fname, nargs, kwnames) < 0) return VAL_NULL;
    Value i = obj_index(args[0]);
    if (i == VAL_NULL) return VAL_NULL;
    bool neg = int_sign(i) < 0;
    Value mag = neg ? int_abs(i) : NEWREF(i);
    DECREF(i);
    if (mag == VAL_NULL) return VAL_NULL;
    Value digits = int_repr_base(mag, base);
    DECREF(mag);
    if (digits == VAL_NULL) return VAL_NULL;
    Value r = str_printf("%s%s%s", neg ? "-" : "", prefix, str_cstr(digits));
    DECREF(digits);
    return r;
}

static Value bi_hex(Value *args, size_t nargs, Value kwnames) { return bi_int_base("hex", args, nargs, kwnames, 16, "0x"); }
static Value bi_oct(Value *args, size_t nargs, Value kwnames) { return bi_int_base("oct", args, nargs, kwnames, 8, "0o"); }
static Value bi_bin(Value *args, size_t nargs, Value kwnames) { return bi_int_base("bin", args, nargs, kwnames, 2, "0b"); }

static Value bi_chr(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("chr", nargs, kwnames) < 0) return VAL_NULL;
    Value i = obj_index(args[0]);
    if (i == VAL_NULL) return VAL_NULL;
    bool small = IS_SMALLINT(i) && AS_SMALLINT(i) >= INT_MIN && AS_SMALLINT(i) <= INT_MAX;
    intptr_t cp = small ? AS_SMALLINT(i) : 0;
    DECREF(i);
    if (!small) return err_set_str(&exc_OverflowError, "Python int too large to convert to C int");
    if (cp < 0 || cp > 0x10FFFF) return err_set_str(&exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)cp);
}

/* The code point of a one-character UTF-8 string. */
static uint32_t bi_decode_utf8(const unsigned char *s) {
    if (s[0] < 0x80) return s[0];
    if (s[0] < 0xE0) return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (s[0] < 0xF0) return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

static Value bi_ord(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("ord", nargs, kwnames) < 0) return VAL_NULL;
    Value v = args[0];
    size_t len;
    if (IS_STR(v)) {
        len = STR_LEN(v);
        if (len == 1) return FROM_SMALLINT(bi_decode_utf8((const unsigned char *)STR_DATA(v)));
    } else if (IS_BYTES(v)) {
        len = BYTES_LEN(v);
        if (len == 1) return FROM_SMALLINT(BYTES_DATA(v)[0]);
    } else if (IS_BYTEARRAY(v)) {
        len = BYTEARRAY_LEN(v);
        if (len == 1) return FROM_SMALLINT(BYTEARRAY_DATA(v)[0]);
    } else {
        return err_format(&exc_TypeError, "ord() expected string of length 1, but %T found", v);
    }
    return err_format(&exc_TypeError, "ord() expected a character, but string of length %zu found", len);
}

/* ---- iteration ---- */

static Value bi_len(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("len", nargs, kwnames) < 0) return VAL_NULL;
    ssize_t n = obj_len(args[0]);
    return n < 0 ? VAL_NULL : int_from_i64(n);
}

/* sorted(iterable, /, *, key=None, reverse=False) */
static Value bi_sorted(Value *args, size_t nargs, Value kwnames) {
    static const char *const kws[] = {"key", "reverse", NULL};
    Value key = VAL_NULL, reverse = VAL_NULL;
    if (nargs != 1) return err_format(&exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    if (bi_keywords("sort", args + 1, kwnames, kws, (Value *[]){&key, &reverse}) < 0) return VAL_NULL;
    Value list = list_from_iterable(args[0]);
    if (list == VAL_NULL) return VAL_NULL;
    bool rev;
    if (list_sort_reverse_arg(reverse, &rev) < 0) {
        DECREF(list);
        return VAL_NULL;
    }
    if (list_sort(list, key == VAL_NULL || IS_NONE(key) ? VAL_NULL : key, rev) < 0) {
        DECREF(list);
        return VAL_NULL;
    }
    return list;
}

/* any()/all(): stop at the first item whose truth is `stop_on`. */
static Value bi_any_all(const char *fname, Value *args, size_t nargs, Value kwnames, int stop_on) {
    if (bi_one_arg(fname, nargs, kwnames) < 0) return VAL_NULL;
    Value it = obj_iter(args[0]);
    if (it == VAL_NULL) return VAL_NULL;
    Value item;
    int found = 0;
    while (!found && (item = obj_next(it)) != VAL_NULL) {
        int t = obj_truthy(item);
        DECREF(item);
        if (t < 0) break;
        found = t == stop_on;
    }
    DECREF(it);
    if (err_occurred()) return VAL_NULL;
    return NEWREF(VAL_BOOL(found ? stop_on : !stop_on));
}

static Value bi_any(Value *args, size_t nargs, Value kwnames) { return bi_any_all("any", args, nargs, kwnames, 1); }
static Value bi_all(Value *args, size_t nargs, Value kwnames) { return bi_any_all("all", args, nargs, kwnames, 0); }

/* iter(obj) / iter(callable, sentinel) */
static Value bi_iter(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("iter", nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    if (nargs == 1) return obj_iter(args[0]);
    if (TYPE_OF(args[0])->call == NULL) return err_set_str(&exc_TypeError, "iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
}

/* next(iterator[, default]): exhaustion raises StopIteration (carrying a
 * generator's return value) unless a default is given. */
static Value bi_next(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("next", nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    Type *t = TYPE_OF(args[0]);
    if (t->next == NULL) return err_format(&exc_TypeError, "'%s' object is not an iterator", t->name);
    Value v = gen_next_raise(args[0]);   /* a generator's return value becomes StopIteration's */
    if (v != VAL_NULL || err_occurred()) {
        if (v == VAL_NULL && nargs == 2 && err_matches(&exc_StopIteration)) {
            err_clear();
            return NEWREF(args[1]);
        }
        return v;
    }
    if (nargs == 2) return NEWREF(args[1]);
    return err_set_none(&exc_StopIteration);
}

/* ---- objects and attributes ---- */

static Value bi_isinstance(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("isinstance", nargs, kwnames, 2, 2) < 0) return VAL_NULL;
    int r = obj_isinstance(args[0], args[1]);
    return r < 0 ? VAL_NULL : NEWREF(VAL_BOOL(r));
}

static Value bi_issubclass(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("issubclass", nargs, kwnames, 2, 2) < 0) return VAL_NULL;
    int r = obj_issubclass(args[0], args[1]);
    return r < 0 ? VAL_NULL : NEWREF(VAL_BOOL(r));
}

/* id(): the object's address. A small int has no address: its id is the
 * tagged word itself, which is stable and distinct from every address
 * (addresses are even, tagged small ints are odd). */
static Value bi_id(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("id", nargs, kwnames) < 0) return VAL_NULL;
    return int_from_u64((uint64_t)args[0]);
}

static Value bi_hash(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("hash", nargs, kwnames) < 0) return VAL_NULL;
    int64_t h;
    if (obj_hash(args[0], &h) < 0) return VAL_NULL;
    return int_from_i64(h);
}

static Value bi_repr(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("repr", nargs, kwnames) < 0) return VAL_NULL;
    return obj_repr(args[0]);
}

static Value bi_ascii(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("ascii", nargs, kwnames) < 0) return VAL_NULL;
    return obj_ascii(args[0]);
}

/* format(value, format_spec='') */
static Value bi_format(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("format", nargs, kwnames, 1, 2) < 0) return VAL_NULL;
    if (nargs == 1) {
        Value empty = str_empty();
        Value r = obj_format(args[0], empty);
        DECREF(empty);
        return r;
    }
    if (!IS_STR(args[1])) return err_format(&exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return obj_format(args[0], args[1]);
}

static Value bi_callable(Value *args, size_t nargs, Value kwnames) {
    if (bi_one_arg("callable", nargs, kwnames) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(TYPE_OF(args[0])->call != NULL));
}

/* getattr(object, name[, default]) */
static Value bi_getattr(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("getattr", nargs, kwnames, 2, 3) < 0 || bi_check_attr_name(args[1]) < 0) return VAL_NULL;
    Value v = obj_getattr(args[0], args[1]);
    if (v == VAL_NULL && nargs == 3 && err_matches(&exc_AttributeError)) {
        err_clear();
        return NEWREF(args[2]);
    }
    return v;
}

static Value bi_setattr(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("setattr", nargs, kwnames, 3, 3) < 0 || bi_check_attr_name(args[1]) < 0 ||
        obj_setattr(args[0], args[1], args[2]) < 0)
        return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value bi_delattr(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("delattr", nargs, kwnames, 2, 2) < 0 || bi_check_attr_name(args[1]) < 0 ||
        obj_setattr(args[0], args[1], VAL_NULL) < 0)
        return VAL_NULL;
    return NEWREF(VAL_NONE);
}

/* hasattr: only AttributeError means "no"; other errors propagate. */
static Value bi_hasattr(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("hasattr", nargs, kwnames, 2, 2) < 0 || bi_check_attr_name(args[1]) < 0) return VAL_NULL;
    Value v = obj_getattr(args[0], args[1]);
    if (v != VAL_NULL) {
        DECREF(v);
        return NEWREF(VAL_TRUE);
    }
    if (!err_matches(&exc_AttributeError)) return VAL_NULL;
    err_clear();
    return NEWREF(VAL_FALSE);
}

/* vars([object]) */
static Value bi_vars(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("vars", nargs, kwnames, 0, 1) < 0) return VAL_NULL;
    if (nargs == 0) return eval_locals();
    Value d = obj_getattr(args[0], names.__dict__);
    if (d == VAL_NULL && err_matches(&exc_AttributeError)) {
        err_clear();
        return err_set_str(&exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

/* Adds the keys of dict d (if it is one) to the set-like dict acc. */
static int bi_dir_add_keys(Value acc, Value d) {
    if (d == VAL_NULL || !IS_DICT(d)) return 0;
    size_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (dict_set(acc, k, VAL_NONE) < 0) return -1;
    return 0;
}

/* The keys of a type's dict and its bases'. */
static int bi_dir_add_type(Value acc, Type *t) {
    for (; t != NULL; t = t->base)
        if (bi_dir_add_keys(acc, type_dict(t)) < 0) return -1;
    return 0;
}

/* Collects dir(obj)'s names: a module's namespace, a class and its bases,
 * or an instance's __dict__ plus its class chain. */
static int bi_dir_collect(Value acc, Value obj) {
    if (IS_MODULE(obj)) return bi_dir_add_keys(acc, MODULE_DICT(obj));
    if (IS_INSTANCE(obj, type_type)) return bi_dir_add_type(acc, (Type *)AS_OBJ(obj));
    Value *dp = obj_dict_ptr(obj);
    if (dp != NULL && (TYPE_OF(obj)->flags & TYPE_INSTANCE_VALUES))
        dp = instattr_materialize(AS_OBJ(obj), TYPE_OF(obj));
    if (dp != NULL && bi_dir_add_keys(acc, *dp) < 0) return -1;
    return bi_dir_add_type(acc, TYPE_OF(obj));
}

static Value bi_sorted_keys(Value d) {
    Value keys = dict_keys_list(d);
    if (keys != VAL_NULL && list_sort(keys, VAL_NULL, false) < 0) CLEAR(keys);
    return keys;
}

/* dir(obj) for an instance whose class defines __dir__ (looked up on the
 * type, as CPython does): sorted(obj.__dir__()). f is borrowed from the
 * type's dict, so it is held while the call may change the class. */
static Value bi_dir_custom(Value obj, Value f) {
    INCREF(f);
    Value names_it = type_call_method(f, obj, NULL, 0, VAL_NULL);
    DECREF(f);
    if (names_it == VAL_NULL) return VAL_NULL;
    Value r = list_from_iterable(names_it);
    DECREF(names_it);
    if (r != VAL_NULL && list_sort(r, VAL_NULL, false) < 0) CLEAR(r);
    return r;
}

/* dir([object]): sorted names; no argument: the caller's local names. */
static Value bi_dir(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("dir", nargs, kwnames, 0, 1) < 0) return VAL_NULL;
    if (nargs == 1 && !IS_INSTANCE(args[0], type_type)) {
        Value f = type_lookup(TYPE_OF(args[0]), str_intern_cstr("__dir__"));
        if (f != VAL_NULL) return bi_dir_custom(args[0], f);
    }
    Value acc = nargs == 0 ? eval_locals() : dict_new();
    if (acc == VAL_NULL) return VAL_NULL;
    Value r = VAL_NULL;
    if (nargs == 0 || bi_dir_collect(acc, args[0]) == 0) r = bi_sorted_keys(acc);
    DECREF(acc);
    return r;
}

static Value bi_globals(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (bi_arity("globals", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return NEWREF(eval_globals());
}

static Value bi_locals(Value *args, size_t nargs, Value kwnames) {
    (void)args;
    if (bi_arity("locals", nargs, kwnames, 0, 0) < 0) return VAL_NULL;
    return eval_locals();
}

/* ---- running code ---- */

/* The source text of exec()/eval()/compile()'s first argument. */
static int bi_source_text(const char *fname, const char *what, Value src, const char **text, size_t *len) {
    if (IS_STR(src)) {
        *text = STR_DATA(src);
        *len = STR_NBYTES(src);
        return 0;
    }
    if (IS_BYTES(src)) {
        *text = (const char *)BYTES_DATA(src);
        *len = BYTES_LEN(src);
        return 0;
    }
    err_format(&exc_TypeError, "%s() arg 1 must be a string, bytes or %s object", fname, what);
    return -1;
}

/* Compiles a source argument; a code object passes through. eval() input
 * loses its leading blanks, as in CPython. */
static Value bi_compile_arg(const char *fname, Value src, CompileMode mode) {
    if (IS_TYPE(src, code_type)) return NEWREF(src);
    const char *text;
    size_t len;
    if (bi_source_text(fname, "code", src, &text, &len) < 0) return VAL_NULL;
    if (mode == COMPILE_EVAL) {
        while (len > 0 && (*text == ' ' || *text == '\t')) {
            text++;
            len--;
        }
    }
    return vm_compile(text, len, "<string>", mode);
}

/* The namespaces of exec()/eval(): the caller's by default; globals given
 * without locals serves as both. Returns new references. */
static int bi_namespaces(const char *fname, Value globals, Value locals, Value *g, Value *l) {
    if (globals != VAL_NULL && !IS_NONE(globals) && !IS_DICT(globals)) {
        err_format(&exc_TypeError, "%s() globals must be a dict, not %T", fname, globals);
        return -1;
    }
    bool have_g = globals != VAL_NULL && !IS_NONE(globals);
    bool have_l = locals != VAL_NULL && !IS_NONE(locals);
    *g = NEWREF(have_g ? globals : eval_globals());
    *l = have_l ? NEWREF(locals) : have_g ? NEWREF(globals) : eval_locals();
    if (*l == VAL_NULL) {
        DECREF(*g);
        return -1;
    }
    if (dict_get(*g, names.__builtins__) == VAL_NULL &&
        (err_occurred() || dict_set(*g, names.__builtins__, interp_main.builtins_module) < 0)) {
        DECREF(*g);
        DECREF(*l);
        return -1;
    }
    return 0;
}

static Value bi_run(const char *fname, CompileMode mode, Value *args, size_t nargs, Value kwnames) {
    Value src, globals = VAL_NULL, locals = VAL_NULL, g, l;
    if (args_parse(fname, args, nargs, kwnames, "source|globals,locals", &src, &globals, &locals) < 0 ||
        bi_namespaces(fname, globals, locals, &g, &l) < 0)
        return VAL_NULL;
    Value code = bi_compile_arg(fname, src, mode);
    Value r = code == VAL_NULL ? VAL_NULL : eval_code(code, g, l);
    XDECREF(code);
    DECREF(g);
    DECREF(l);
    return r;
}

static Value bi_exec(Value *args, size_t nargs, Value kwnames) {
    Value r = bi_run("exec", COMPILE_EXEC, args, nargs, kwnames);
    if (r == VAL_NULL) return VAL_NULL;
    DECREF(r);
    return NEWREF(VAL_NONE);
}

static Value bi_eval(Value *args, size_t nargs, Value kwnames) {
    return bi_run("eval", COMPILE_EVAL, args, nargs, kwnames);
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
static Value bi_compile(Value *args, size_t nargs, Value kwnames) {
    Value src, filename, mode, flags = VAL_NULL, inherit = VAL_NULL, optimize = VAL_NULL;
    if (args_parse("compile", args, nargs, kwnames, "source,filename,mode|flags,dont_inherit,optimize",
                   &src, &filename, &mode, &flags, &inherit, &optimize) < 0)
        return VAL_NULL;
    const char *text;
    size_t len;
    if (bi_source_text("compile", "AST", src, &text, &len) < 0) return VAL_NULL;
    if (!IS_STR(filename))
        return err_format(&exc_TypeError, "compile() argument 'filename' must be str, not %T", filename);
    const char *m = IS_STR(mode) ? str_cstr(mode) : "";
    CompileMode cm = strcmp(m, "exec") == 0 ? COMPILE_EXEC : strcmp(m, "eval") == 0 ? COMPILE_EVAL
                   : COMPILE_SINGLE;
    if (cm == COMPILE_SINGLE && strcmp(m, "single") != 0)
        return err_set_str(&exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return vm_compile(text, len, str_cstr(filename), cm);
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0): the
 * top package for `import a.b`, the module itself when fromlist is given. */
static Value bi_import(Value *args, size_t nargs, Value kwnames) {
    Value name, globals = VAL_NULL, locals = VAL_NULL, fromlist = VAL_NULL, level = VAL_NULL;
    if (args_parse("__import__", args, nargs, kwnames, "name|globals,locals,fromlist,level",
                   &name, &globals, &locals, &fromlist, &level) < 0)
        return VAL_NULL;
    if (!IS_STR(name)) return err_format(&exc_TypeError, "module name must be str, not %T", name);
    if (level != VAL_NULL && !(IS_SMALLINT(level) && AS_SMALLINT(level) == 0))
        return err_set_str(&exc_ImportError, "relative imports are not supported by baton");
    Value m = import_module(name);
    int from = fromlist == VAL_NULL ? 0 : obj_truthy(fromlist);
    const char *dot = strchr(str_cstr(name), '.');
    if (m == VAL_NULL || from != 0 || dot == NULL) {
        if (from < 0) CLEAR(m);
        return m;
    }
    DECREF(m);
    Value top = str_from_utf8(str_cstr(name), (size_t)(dot - str_cstr(name)));
    if (top == VAL_NULL) return VAL_NULL;
    m = import_module(top);
    DECREF(top);
    return m;
}

/* The class statement's keywords for __init_subclass__: all but
 * `metaclass=type`, the only metaclass baton accepts. Fills kw (new
 * values; *kwnames_out a new tuple, or VAL_NULL for none); -1 on error. */
static int bi_class_keywords(Value *kwvals, Value kwnames, Value *kw, Value *kwnames_out) {
    size_t n = 0;
    *kwnames_out = VAL_NULL;
    for (size_t i = 0; i < bi_nkw(kwnames); i++) {
        Value k = TUPLE_GET(kwnames, i);
        if (strcmp(str_cstr(k), "metaclass") != 0) {
            kw[n++] = kwvals[i];
            continue;
        }
        if (kwvals[i] != OBJ_VAL(&type_type)) {
            err_set_str(&exc_TypeError, "metaclasses are not supported by baton");
            return -1;
        }
    }
    if (n == 0) return 0;
    *kwnames_out = tuple_new(n);
    if (*kwnames_out == VAL_NULL) return -1;
    for (size_t i = 0, j = 0; i < bi_nkw(kwnames); i++) {
        Value k = TUPLE_GET(kwnames, i);
        if (strcmp(str_cstr(k), "metaclass") != 0) TUPLE_SET(*kwnames_out, j++, NEWREF(k));
    }
    return 0;
}

/* __build_class__(func, name, *bases, **kw): runs the body into a fresh
 * namespace, makes the class, and fills the body's __class__ cell (used by
 * zero-argument super()) with it. */
static Value bi_build_class(Value *args, size_t nargs, Value kwnames) {
    if (nargs < 2) return err_set_str(&exc_TypeError, "__build_class__: not enough arguments");
    if (!IS_FUNC(args[0])) return err_set_str(&exc_TypeError, "__build_class__: func must be a function");
    if (!IS_STR(args[1])) return err_set_str(&exc_TypeError, "__build_class__: name is not a string");
    Value kw[bi_nkw(kwnames) + 1], kwn;
    if (bi_class_keywords(args + nargs, kwnames, kw, &kwn) < 0) return VAL_NULL;
    Value ns = dict_new();
    Value cell = eval_class_body(args[0], ns);
    Value bases = cell == VAL_NULL ? VAL_NULL : tuple_from_array(args + 2, nargs - 2);
    Value cls = bases == VAL_NULL ? VAL_NULL : type_new_class(args[1], bases, ns, kw, kwn);
    if (cls != VAL_NULL && IS_TYPE(cell, cell_type)) SETREF(((CellObj *)AS_OBJ(cell))->ref, NEWREF(cls));
    XDECREF(kwn);
    XDECREF(bases);
    XDECREF(cell);
    DECREF(ns);
    return cls;
}

/* exit([code]) / quit([code]): raise SystemExit(code). */
static Value bi_exit(Value *args, size_t nargs, Value kwnames) {
    if (bi_arity("exit", nargs, kwnames, 0, 1) < 0) return VAL_NULL;
    if (nargs == 0) return err_set_none(&exc_SystemExit);
    Value t = tuple_pack(1, args[0]);
    Value exc = exc_new(&exc_SystemExit, t);
    DECREF(t);
    if (exc == VAL_NULL) return VAL_NULL;
    err_set_obj(exc);
    DECREF(exc);
    return VAL_NULL;
}

/* ---- the module ---- */

static const MethodDef bi_functions[] = {
    {"print", bi_print, 0},       {"input", bi_input, 0},       {"len", bi_len, 0},
    {"abs", bi_abs, 0},           {"round", bi_round, 0},       {"divmod", bi_divmod, 0},
    {"pow", bi_pow, 0},           {"sum", bi_sum, 0},           {"min", bi_min, 0},
    {"max", bi_max, 0},           {"hex", bi_hex, 0},           {"oct", bi_oct, 0},
    {"bin", bi_bin, 0},           {"chr", bi_chr, 0},           {"ord", bi_ord, 0},
    {"sorted", bi_sorted, 0},     {"any", bi_any, 0},           {"all", bi_all, 0},
    {"iter", bi_iter, 0},         {"next", bi_next, 0},         {"isinstance", bi_isinstance, 0},
    {"issubclass", bi_issubclass, 0}, {"id", bi_id, 0},         {"hash", bi_hash, 0},
    {"repr", bi_repr, 0},         {"ascii", bi_ascii, 0},       {"format", bi_format, 0},
    {"callable", bi_callable, 0}, {"getattr", bi_getattr, 0},   {"setattr", bi_setattr, 0},
    {"delattr", bi_delattr, 0},   {"hasattr", bi_hasattr, 0},   {"vars", bi_vars, 0},
    {"dir", bi_dir, 0},           {"globals", bi_globals, 0},   {"locals", bi_locals, 0},
    {"exec", bi_exec, 0},         {"eval", bi_eval, 0},         {"compile", bi_compile, 0},
    {"open", fileobject_open, 0}, {"__import__", bi_import, 0}, {"__build_class__", bi_build_class, 0},
    {"exit", bi_exit, 0},         {"quit", bi_exit, 0},
    {NULL, NULL, 0},
};

typedef struct { const char *name; Value v; } BiConst;

static int bi_add_types(Value m) {
    Type *types[] = {
        &object_type, &type_type, &int_type, &bool_type, &float_type, &str_type, &bytes_type,
        &bytearray_type, &list_type, &tuple_type, &dict_type, &set_type, &frozenset_type,
        &slice_type, &range_type, &property_type, &staticmethod_type, &classmethod_type,
        &super_type, &enumerate_type, &zip_type, &map_type, &filter_type, &reversed_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (module_add(m, types[i]->name, OBJ_VAL(types[i])) < 0) return -1;
    return 0;
}

static int bi_add_exceptions(Value m) {
#define BI_ADD_EXC(name, base) if (module_add(m, #name, OBJ_VAL(&exc_##name)) < 0) return -1;
    EXC_LIST(BI_ADD_EXC)
#undef BI_ADD_EXC
    if (module_add(m, "EnvironmentError", OBJ_VAL(&exc_OSError)) < 0 ||
        module_add(m, "IOError", OBJ_VAL(&exc_OSError)) < 0)
        return -1;
    return 0;
}

static int bi_init(Value m) {
    const BiConst consts[] = {
        {"None", VAL_NONE}, {"True", VAL_TRUE}, {"False", VAL_FALSE},
        {"NotImplemented", VAL_NOTIMPL}, {"Ellipsis", VAL_ELLIPSIS}, {"__debug__", VAL_TRUE},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add(m, consts[i].name, consts[i].v) < 0) return -1;
    if (bi_add_types(m) < 0 || bi_add_exceptions(m) < 0) return -1;
    interp_main.builtins_module = NEWREF(m);
    interp_main.builtins = NEWREF(MODULE_DICT(m));
    return 0;
}

const ModuleDef builtins_module_def = {"builtins", bi_functions, bi_init, NULL};
