/* traceback.c - formatting and printing uncaught exceptions.
 *
 * Output follows CPython 3.11's default sys.excepthook line for line:
 * chained exceptions first (with the "direct cause" / "During handling"
 * separators), then "Traceback (most recent call last):", one
 * `  File "x.py", line 3, in f` entry per frame with the stripped source
 * line under it (runs of the same entry collapse to "[Previous line
 * repeated N more times]"), then "Type: message". Under a source line go
 * CPython 3.11's markers for the span of the instruction that raised
 * (`^^^^`, or `~~^~~` for an operator and `~~^^^^` for a subscript), left
 * out when they would underline the whole line.
 * SyntaxError gets its special form with the caret line.
 *
 * Everything is built into one string and written with a single call to
 * sys.stderr.write (or the C stderr before sys exists), after flushing
 * sys.stdout so that output and traceback appear in order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "traceback.h"
#include "code.h"
#include "dict.h"
#include "error.h"
#include "list.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000

/* dict: filename -> (the registered filename object, source str). The
 * object is kept so that only code compiled with that very filename quotes
 * the text (see source_text). */
static Value source_registry;

void traceback_register_source(Value filename, const char *src, size_t len) {
    if (source_registry == VAL_NULL) source_registry = dict_new();
    Value text = str_from_utf8(src, len);
    if (text == VAL_NULL) {
        err_clear();
        return;
    }
    Value entry = tuple_pack(2, filename, text);
    if (dict_set(source_registry, filename, entry) < 0) err_clear();
    DECREF(entry);
    DECREF(text);
}

/* The registered text of the code unit whose filename is this object, or
 * VAL_NULL. An equal but different filename object belongs to an earlier
 * text registered under the same name (an earlier REPL input): its line
 * numbers do not index the current text, so it gets no source line. */
static Value source_text(Value filename) {
    if (source_registry == VAL_NULL) return VAL_NULL;
    Value entry = dict_get_str(source_registry, filename);
    if (entry == VAL_NULL || TUPLE_ITEMS(entry)[0] != filename) return VAL_NULL;
    return TUPLE_ITEMS(entry)[1];
}

/* Line lineno (1-based) of text, without its newline; NULL if absent. */
static char *line_of_text(const char *text, int lineno) {
    const char *p = text;
    for (int i = 1; i < lineno && p; i++) {
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (p == NULL || *p == '\0') return NULL;
    size_t n = strcspn(p, "\n");
    char *line = mem_alloc(n + 1);
    memcpy(line, p, n);
    line[n] = '\0';
    return line;
}

static char *line_of_file(const char *path, int lineno) {
    FILE *f = fopen(path, "r");
    if (f == NULL) return NULL;
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    for (int i = 0; i < lineno && (n = getline(&buf, &cap, f)) >= 0; i++) {}
    fclose(f);
    if (n < 0) {
        free(buf);
        return NULL;
    }
    char *line = mem_alloc((size_t)n + 1);
    memcpy(line, buf, (size_t)n + 1);
    free(buf);
    line[strcspn(line, "\n")] = '\0';
    return line;
}

/* A pseudo-file name such as "<stdin>" or "<string>": never opened on disk
 * (as CPython's linecache), where a file of that name would give a wrong line. */
static bool is_pseudo_filename(Value filename) {
    size_t n = STR_NBYTES(filename);
    return n >= 2 && STR_DATA(filename)[0] == '<' && STR_DATA(filename)[n - 1] == '>';
}

/* Cleared by traceback_stop_quoting at shutdown. */
static bool quote_sources = true;

void traceback_stop_quoting(void) { quote_sources = false; }

/* The source line without its line ending; NULL if unknown. */
static char *source_line(Value filename, int lineno) {
    if (lineno <= 0 || !IS_STR(filename) || !quote_sources) return NULL;
    Value text = source_text(filename);
    char *line = text != VAL_NULL              ? line_of_text(STR_DATA(text), lineno)
                 : is_pseudo_filename(filename) ? NULL
                                                : line_of_file(STR_DATA(filename), lineno);
    if (line == NULL) return NULL;
    size_t n = strlen(line);
    if (n > 0 && line[n - 1] == '\r') line[n - 1] = '\0';
    return line;
}

static bool is_blank(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\f';
}

/* Code points in the first nbytes of UTF-8 text (stopping at its end). */
static int char_count(const char *text, size_t nbytes) {
    int n = 0;
    for (size_t i = 0; i < nbytes && text[i] != '\0'; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) n++;
    return n;
}

/* Byte offset of code point number chars in text (its end if shorter). */
static size_t byte_offset(const char *text, int chars) {
    size_t i = 0;
    for (int c = 0; c < chars && text[i] != '\0'; c++)
        do i++; while (((unsigned char)text[i] & 0xC0) == 0x80);
    return i;
}

static AnchorFn anchor_fn;

void traceback_set_anchor_fn(AnchorFn fn) { anchor_fn = fn; }

/* The marker span of one entry, in code points of the full line: [*start,
 * *end) underlined, [*left, *right) of it with `^` and the rest with `~`
 * when an anchor is found (else *left = *right = -1, all `^`). false when
 * the instruction's columns are unknown. As CPython 3.11's tb_displayline. */
static bool caret_span(const char *line, Traceback *tb, int *start, int *end, int *left, int *right) {
    Code *co = (Code *)AS_OBJ(tb->code);
    int l0, l1, c0, c1;
    if (tb->lasti < 0 || !code_span_of(co, (uint32_t)tb->lasti, &l0, &l1, &c0, &c1) || l0 != tb->lineno)
        return false;
    *start = char_count(line, (size_t)c0);
    *end = char_count(line, (size_t)c1);
    *left = *right = -1;
    if (l0 != l1) {
        size_t i = strlen(line);
        while (i > 0 && is_blank(line[i - 1])) i--;
        *end = (int)i;
        return true;
    }
    size_t sb = byte_offset(line, *start), eb = byte_offset(line, *end);
    if (anchor_fn == NULL || eb <= sb) return true;
    char *seg = mem_alloc(eb - sb + 1);
    memcpy(seg, line + sb, eb - sb);
    seg[eb - sb] = '\0';
    int la, ra;
    Value saved = err_fetch();
    if (anchor_fn(seg, eb - sb, &la, &ra) && la >= 0 && ra >= la) {
        *left = char_count(seg, (size_t)la) + *start;
        *right = char_count(seg, (size_t)ra) + *start;
    }
    err_clear();
    err_restore(saved);
    mem_free(seg);
    return true;
}

/* The marker line under a source line whose first indent code points were
 * stripped for printing; nothing when `^` alone would span the whole line. */
static void format_carets(StrBuf *b, const char *line, int indent, Traceback *tb) {
    int start, end, left, right;
    if (!caret_span(line, tb, &start, &end, &left, &right)) return;
    bool anchored = left != -1 || right != -1;
    if (end - start == char_count(line, strlen(line)) - indent && !anchored) return;
    strbuf_append_cstr(b, "    ");
    for (int i = indent; i < end; i++) {
        char ch = i < start                                   ? ' '
                  : !anchored || (left <= i && i < right) ? '^'
                                                            : '~';
        strbuf_append_char(b, ch);
    }
    strbuf_append_char(b, '\n');
}

static void format_entry(StrBuf *b, Traceback *tb) {
    Code *co = (Code *)AS_OBJ(tb->code);
    strbuf_printf(b, "  File \"%s\", line %d, in %s\n", STR_DATA(co->filename), tb->lineno,
                  STR_DATA(co->name));
    char *line = source_line(co->filename, tb->lineno);
    if (line == NULL) return;
    size_t skip = 0;
    while (is_blank(line[skip])) skip++;
    if (line[skip] != '\0') {
        strbuf_printf(b, "    %s\n", line + skip);
        format_carets(b, line, char_count(line, skip), tb);
    }
    mem_free(line);
}

static bool same_entry(Traceback *a, Traceback *b) {
    Code *ca = (Code *)AS_OBJ(a->code), *cb = (Code *)AS_OBJ(b->code);
    return a->lineno == b->lineno && str_eq(ca->filename, cb->filename) && str_eq(ca->name, cb->name);
}

static void format_repeated(StrBuf *b, int count) {
    count -= TB_RECURSIVE_CUTOFF;
    strbuf_printf(b, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
}

/* The entries of a traceback chain, outermost first, at most TB_LIMIT. */
static void format_tb(StrBuf *b, Value tbv) {
    int depth = 0;
    for (Value t = tbv; t != VAL_NULL; t = ((Traceback *)AS_OBJ(t))->next) depth++;
    Value t = tbv;
    for (; depth > TB_LIMIT; depth--) t = ((Traceback *)AS_OBJ(t))->next;
    Traceback *last = NULL;
    int count = 0;
    for (; t != VAL_NULL; t = ((Traceback *)AS_OBJ(t))->next) {
        Traceback *tb = (Traceback *)AS_OBJ(t);
        if (last == NULL || !same_entry(last, tb)) {
            if (count > TB_RECURSIVE_CUTOFF) format_repeated(b, count);
            last = tb;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF) format_entry(b, tb);
    }
    if (count > TB_RECURSIVE_CUTOFF) format_repeated(b, count);
}

/* "mod.Qual" unless the class lives in builtins or __main__. */
static void format_type_name(StrBuf *b, Type *t) {
    Value mod = t->module;
    if (t->flags & TYPE_HEAP) {
        Value m = dict_get_str(t->dict, str_intern_cstr("__module__"));
        if (m != VAL_NULL) mod = m;
    }
    if (mod != VAL_NULL && IS_STR(mod) && strcmp(STR_DATA(mod), "builtins") != 0 &&
        strcmp(STR_DATA(mod), "__main__") != 0) {
        strbuf_append_str(b, mod);
        strbuf_append_char(b, '.');
    }
    if (t->qualname != VAL_NULL) strbuf_append_str(b, t->qualname);
    else strbuf_append_cstr(b, t->name);
}

static Value syntax_field(Value exc, const char *name) {
    Value v = obj_getattr_cstr(exc, name);
    if (v == VAL_NULL) err_clear();
    return v;
}

static bool small_int(Value v, intptr_t *out) {
    if (v == VAL_NULL || !IS_SMALLINT(v)) return false;
    *out = AS_SMALLINT(v);
    return true;
}

/* The source line of a SyntaxError with its caret span (3.11's format).
 * offset counts code points, so the caret line copies the line's tabs by
 * walking the UTF-8 text one code point at a time. */
static void format_syntax_text(StrBuf *b, Value text, Value offset_v, Value end_offset_v) {
    const char *rtext = STR_DATA(text);
    size_t rlen = strcspn(rtext, "\n");
    size_t spaces = 0;
    while (spaces < rlen && strchr(" \n\f\t", rtext[spaces])) spaces++;
    const char *ltext = rtext + spaces;
    size_t llen = rlen - spaces;
    strbuf_append_cstr(b, "    ");
    strbuf_append(b, ltext, llen);
    strbuf_append_char(b, '\n');
    intptr_t offset, end_offset;
    if (!small_int(offset_v, &offset)) return;
    if (!small_int(end_offset_v, &end_offset) || end_offset == 0) end_offset = offset;
    if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
    intptr_t colno = offset - 1 - (intptr_t)spaces;
    intptr_t end_colno = end_offset - 1 - (intptr_t)spaces;
    if (colno < 0) return;
    strbuf_append_cstr(b, "    ");
    size_t byte = 0;
    for (intptr_t i = 0; i < colno; i++) {
        char c = byte < llen ? ltext[byte] : ' ';
        strbuf_append_char(b, c == '\t' || c == '\f' ? c : ' ');
        while (byte < llen && ((unsigned char)ltext[++byte] & 0xC0) == 0x80) {}
    }
    for (intptr_t i = colno; i < end_colno; i++) strbuf_append_char(b, '^');
    strbuf_append_char(b, '\n');
}

static void format_syntax_error(StrBuf *b, Value exc) {
    Value msg = syntax_field(exc, "msg"), filename = syntax_field(exc, "filename");
    Value lineno = syntax_field(exc, "lineno"), text = syntax_field(exc, "text");
    Value offset = syntax_field(exc, "offset"), end_offset = syntax_field(exc, "end_offset");
    bool has_line = lineno != VAL_NULL && !IS_NONE(lineno);
    bool has_file = filename != VAL_NULL && IS_STR(filename);
    if (has_line) {
        strbuf_append_cstr(b, "  File \"");
        if (has_file) strbuf_append_str(b, filename);
        else strbuf_append_cstr(b, "<string>");
        strbuf_append_cstr(b, "\", line ");
        if (strbuf_append_strof(b, lineno) < 0) err_clear();
        strbuf_append_char(b, '\n');
    }
    if (text != VAL_NULL && IS_STR(text)) format_syntax_text(b, text, offset, end_offset);
    format_type_name(b, TYPE_OF(exc));
    strbuf_append_cstr(b, ": ");
    if (msg == VAL_NULL || IS_NONE(msg) || (IS_STR(msg) && STR_LEN(msg) == 0)) {
        strbuf_append_cstr(b, "<no detail available>");
    } else if (strbuf_append_strof(b, msg) < 0) {
        err_clear();
    }
    if (!has_line && has_file) {
        strbuf_append_cstr(b, " (");
        strbuf_append_str(b, filename);
        strbuf_append_char(b, ')');
    }
    strbuf_append_char(b, '\n');
    Value all[] = {msg, filename, lineno, text, offset, end_offset};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) XDECREF(all[i]);
}

/* ---- "Did you mean" (CPython 3.11's suggestions.c) ---- */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_STRING 40
#define SUGGEST_MOVE_COST 2
#define SUGGEST_CASE_COST 1

static size_t suggest_substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return SUGGEST_MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
}

/* Levenshtein distance with case changes cheaper than other edits, or
 * max_cost + 1 once it must exceed max_cost. One row of the matrix. */
static size_t suggest_distance(const char *a, size_t an, const char *b, size_t bn, size_t max_cost) {
    size_t row[SUGGEST_MAX_STRING];
    while (an && bn && a[0] == b[0]) a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1]) an--, bn--;
    if (an == 0 || bn == 0) return (an + bn) * SUGGEST_MOVE_COST;
    if (an > SUGGEST_MAX_STRING || bn > SUGGEST_MAX_STRING) return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * SUGGEST_MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < an; i++) row[i] = (i + 1) * SUGGEST_MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        size_t distance = result = bi * SUGGEST_MOVE_COST, minimum = SIZE_MAX;
        for (size_t ai = 0; ai < an; ai++) {
            size_t substitute = distance + suggest_substitution_cost(b[bi], a[ai]);
            distance = row[ai];
            size_t insert_delete = (result < distance ? result : distance) + SUGGEST_MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[ai] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest of the str items of list to name (borrowed), or VAL_NULL:
 * no more than a third of the characters may change. */
static Value suggest_from(Value list, Value name) {
    if (LIST_LEN(list) >= SUGGEST_MAX_ITEMS) return VAL_NULL;
    Value best = VAL_NULL;
    size_t best_distance = SIZE_MAX;
    for (size_t i = 0; i < LIST_LEN(list); i++) {
        Value item = LIST_ITEMS(list)[i];
        if (!IS_STR(item) || str_eq(item, name)) continue;
        size_t max = (STR_NBYTES(name) + STR_NBYTES(item) + 3) * SUGGEST_MOVE_COST / 6;
        if (best_distance - 1 < max) max = best_distance - 1;
        size_t d = suggest_distance(STR_DATA(name), STR_NBYTES(name), STR_DATA(item), STR_NBYTES(item), max);
        if (d > max) continue;
        if (best == VAL_NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

/* Suggestion from the keys of a dict, or from a tuple of names. */
static Value suggest_from_names(Value names, Value name, Value *hold) {
    Value list = IS_DICT(names) ? dict_keys_list(names) : list_from_iterable(names);
    if (list == VAL_NULL) return VAL_NULL;
    Value s = suggest_from(list, name);
    if (s != VAL_NULL) *hold = NEWREF(s);
    DECREF(list);
    return s;
}

/* An AttributeError's nearest name in dir(obj); a NameError's among the
 * innermost frame's locals, then its globals, then the builtins. New
 * reference or VAL_NULL (any error on the way cleared). */
static Value suggestion_for(Value exc) {
    Value name = VAL_NULL, hold = VAL_NULL;
    if (IS_INSTANCE(exc, exc_AttributeError)) {
        name = syntax_field(exc, "name");
        Value obj = syntax_field(exc, "obj");
        Value dirf = dict_get_cstr(interp_main.builtins, "dir");
        Value list = obj != VAL_NULL && dirf != VAL_NULL && name != VAL_NULL && IS_STR(name) && !IS_NONE(obj)
                         ? obj_call1(dirf, obj) : VAL_NULL;
        if (list != VAL_NULL && IS_LIST(list)) {
            Value s = suggest_from(list, name);
            if (s != VAL_NULL) hold = NEWREF(s);
        }
        XDECREF(list);
        XDECREF(obj);
    } else if (TYPE_OF(exc) == &exc_NameError && ((ExcObj *)AS_OBJ(exc))->traceback != VAL_NULL) {
        name = syntax_field(exc, "name");
        Traceback *tb = (Traceback *)AS_OBJ(((ExcObj *)AS_OBJ(exc))->traceback);
        while (tb->next != VAL_NULL) tb = (Traceback *)AS_OBJ(tb->next);
        Value scopes[3] = {((Code *)AS_OBJ(tb->code))->varnames, tb->globals, interp_main.builtins};
        for (size_t i = 0; i < 3 && hold == VAL_NULL && name != VAL_NULL && IS_STR(name); i++)
            if (scopes[i] != VAL_NULL && (IS_DICT(scopes[i]) || IS_TUPLE(scopes[i])))
                suggest_from_names(scopes[i], name, &hold);
    }
    XDECREF(name);
    err_clear();
    return hold;
}

/* "Type: message", or just "Type" when str(exc) is empty. */
static void format_exception_only(StrBuf *b, Value exc) {
    if (!IS_EXCEPTION(exc)) {
        format_type_name(b, TYPE_OF(exc));
        strbuf_append_char(b, '\n');
        return;
    }
    if (IS_INSTANCE(exc, exc_SyntaxError)) {
        format_syntax_error(b, exc);
        return;
    }
    format_type_name(b, TYPE_OF(exc));
    Value s = obj_str(exc);
    if (s == VAL_NULL) {
        err_clear();
        strbuf_append_cstr(b, ": <exception str() failed>");
    } else if (STR_LEN(s) > 0) {
        strbuf_append_cstr(b, ": ");
        strbuf_append_str(b, s);
    }
    XDECREF(s);
    Value hint = suggestion_for(exc);
    if (hint != VAL_NULL) {
        strbuf_append_cstr(b, ". Did you mean: '");
        strbuf_append_str(b, hint);
        strbuf_append_cstr(b, "'?");
        DECREF(hint);
    }
    strbuf_append_char(b, '\n');
}

typedef struct {
    Value items[64];
    size_t n;
} Seen;

static bool seen_has(Seen *s, Value v) {
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i] == v) return true;
    return false;
}

static void format_chain(StrBuf *b, Value exc, Seen *seen) {
    if (seen->n < sizeof seen->items / sizeof seen->items[0]) seen->items[seen->n++] = exc;
    if (IS_EXCEPTION(exc)) {
        ExcObj *e = (ExcObj *)AS_OBJ(exc);
        if (e->cause != VAL_NULL && !seen_has(seen, e->cause)) {
            format_chain(b, e->cause, seen);
            strbuf_append_cstr(b, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context != VAL_NULL && !e->suppress_context && !seen_has(seen, e->context)) {
            format_chain(b, e->context, seen);
            strbuf_append_cstr(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e->traceback != VAL_NULL) {
            strbuf_append_cstr(b, "Traceback (most recent call last):\n");
            format_tb(b, e->traceback);
        }
    }
    format_exception_only(b, exc);
}

Value traceback_format(Value exc) {
    StrBuf b;
    strbuf_init(&b);
    Seen seen = {.n = 0};
    format_chain(&b, exc, &seen);
    return strbuf_finish(&b);
}

/* Write text to sys.stderr (flushing sys.stdout first), or to the C
 * stderr when sys is not set up or its stream fails. */
static void write_stderr(Value text) {
    Value sys = interp_main.sys_module;
    if (sys != VAL_NULL) {
        Value out = obj_getattr_cstr(sys, "stdout");
        if (out != VAL_NULL && !IS_NONE(out)) {
            Value r = obj_call_method(out, "flush", NULL, 0);
            XDECREF(r);
        }
        XDECREF(out);
        err_clear();
        Value err = obj_getattr_cstr(sys, "stderr");
        if (err != VAL_NULL && !IS_NONE(err)) {
            Value r = obj_call_method(err, "write", &text, 1);
            Value f = r != VAL_NULL ? obj_call_method(err, "flush", NULL, 0) : VAL_NULL;
            DECREF(err);
            XDECREF(f);
            if (r != VAL_NULL) {
                DECREF(r);
                err_clear();
                return;
            }
        } else {
            XDECREF(err);
        }
        err_clear();
    }
    fflush(stdout);
    fwrite(STR_DATA(text), 1, STR_NBYTES(text), stderr);
    fflush(stderr);
}

void err_print_exc(Value exc) {
    Value saved = err_fetch();
    Value text = traceback_format(exc);
    if (text != VAL_NULL) {
        write_stderr(text);
        DECREF(text);
    }
    err_clear();
    err_restore(saved);
}

void err_print(void) {
    Value exc = err_fetch();
    if (exc == VAL_NULL) return;
    err_print_exc(exc);
    DECREF(exc);
}

void err_write_unraisable(Value exc, const char *where) {
    Value saved = err_fetch();
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "Exception ignored in: %s\n", where ? where : "None");
    Value body = traceback_format(exc);
    if (body != VAL_NULL) {
        strbuf_append_str(&b, body);
        DECREF(body);
    }
    Value text = strbuf_finish(&b);
    write_stderr(text);
    DECREF(text);
    err_clear();
    err_restore(saved);
}
