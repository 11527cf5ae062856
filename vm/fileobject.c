/* fileobject.c - buffered file objects over POSIX file descriptors.
 *
 * A FileObj keeps a read buffer [rpos, rlen) and a write buffer of wlen
 * bytes; at most one of them holds data at a time (a read first flushes
 * pending writes; a write first gives back unread read-ahead with lseek).
 * Text files decode and encode UTF-8; binary files deal in bytes. With
 * newline=None (the default) text reads turn "\r\n" into "\n" (a lone "\r"
 * is kept: baton's universal-newline support stops there).
 *
 * Buffering follows CPython: a tty stdout is line-buffered, otherwise
 * block-buffered (FILE_BUFSIZE); stderr is line-buffered.
 *
 * Blocking system calls happen only in file_sys_read and file_sys_write,
 * which release the GIL around the read(2)/write(2); while it is released
 * they touch nothing but the fd and a private byte buffer. */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bytes.h"
#include "error.h"
#include "fileobject.h"
#include "func.h"
#include "gil.h"
#include "int.h"
#include "list.h"
#include "signals.h"
#include "str.h"
#include "thread.h"

#define FILE_BUFSIZE 8192

typedef struct {
    Obj hdr;
    int fd;
    Value name;          /* str (or the int fd) */
    Value mode;          /* str, as given to open() */
    Value encoding;      /* str for text files, VAL_NULL for binary */
    bool readable, writable, binary, closed, closefd, line_buffered, unbuffered;
    bool translate_crlf; /* newline=None: "\r\n" read as "\n" */
    char *rbuf;          /* FILE_BUFSIZE bytes, allocated on first read */
    size_t rpos, rlen;
    char *wbuf;          /* FILE_BUFSIZE bytes, allocated on first write */
    size_t wlen;
} FileObj;

/* A growable byte buffer for assembling read results. */
typedef struct { char *data; size_t len, cap; } FileBytes;

static void filebytes_add(FileBytes *b, const char *p, size_t n) {
    if (b->len + n > b->cap) {
        b->cap = b->cap * 2 > b->len + n ? b->cap * 2 : b->len + n + 64;
        b->data = mem_realloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static FileObj *file_of(Value v) { return (FileObj *)AS_OBJ(v); }

/* ---- the only blocking calls ---- */

/* read(2) with the GIL released. Reads into a private buffer and copies
 * into buf after re-taking the GIL, because another thread may use this
 * file object (and its buffer) while this one waits. On EINTR pending signal
 * handlers run; if one raises (KeyboardInterrupt), -1 returns with that
 * exception set. */
static ssize_t file_sys_read(int fd, char *buf, size_t n) {
    ThreadState *ts = thread_current();
    char *tmp = mem_alloc(n);
    ssize_t r;
    for (;;) {
        GIL_RELEASE(ts);
        /* only fd and tmp are touched until GIL_ACQUIRE */
        r = read(fd, tmp, n);
        int err = errno;
        GIL_ACQUIRE(ts);
        errno = err;
        if (r >= 0 || err != EINTR || signals_check() < 0) break;
    }
    if (r > 0) memcpy(buf, tmp, (size_t)r);
    mem_free(tmp);
    return r;
}

/* write(2) of all n bytes with the GIL released, retried on short writes
 * and EINTR (after running pending signal handlers; if one raises, -1 with
 * that exception set). The bytes are copied first: the caller's buffer may
 * be reused by another thread while this one waits. */
static int file_sys_write(int fd, const char *buf, size_t n) {
    ThreadState *ts = thread_current();
    char *copy = mem_alloc(n ? n : 1);
    memcpy(copy, buf, n);
    const char *p = copy;
    int rc = 0;
    while (n > 0) {
        GIL_RELEASE(ts);
        /* only fd and copy are touched until GIL_ACQUIRE */
        ssize_t w = write(fd, p, n);
        int err = errno;
        GIL_ACQUIRE(ts);
        errno = err;
        if (w < 0) {
            if (err == EINTR && signals_check() == 0) continue;
            rc = -1;
            break;
        }
        p += w;
        n -= (size_t)w;
    }
    mem_free(copy);
    return rc;
}

/* ---- buffering ---- */

static int file_check_open(FileObj *f) {
    if (!f->closed) return 0;
    err_set_str(&exc_ValueError, "I/O operation on closed file.");
    return -1;
}

static int file_unsupported(const char *what) {
    err_set_str(&file_unsupported_type, what);
    return -1;
}

static int file_flush_writes(FileObj *f) {
    if (f->wlen == 0) return 0;
    size_t n = f->wlen;
    f->wlen = 0;
    if (file_sys_write(f->fd, f->wbuf, n) < 0) {
        if (!err_occurred()) err_from_errno(&exc_OSError, errno, NULL);
        return -1;
    }
    return 0;
}

/* Gives unread read-ahead back to the kernel's file position, so that a
 * write or seek happens where the program thinks it is. */
static void file_drop_readahead(FileObj *f) {
    if (f->rlen > f->rpos) lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR);
    f->rpos = f->rlen = 0;
}

static int file_write_bytes(FileObj *f, const char *p, size_t n) {
    file_drop_readahead(f);
    if (f->unbuffered || n >= FILE_BUFSIZE) {
        if (file_flush_writes(f) < 0) return -1;
        if (file_sys_write(f->fd, p, n) < 0) {
            if (!err_occurred()) err_from_errno(&exc_OSError, errno, NULL);
            return -1;
        }
        return 0;
    }
    if (f->wbuf == NULL) f->wbuf = mem_alloc(FILE_BUFSIZE);
    if (f->wlen + n > FILE_BUFSIZE && file_flush_writes(f) < 0) return -1;
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    if (f->line_buffered && memchr(p, '\n', n) != NULL) return file_flush_writes(f);
    return 0;
}

/* Refills an empty read buffer: 1 data, 0 end of file, -1 error. */
static int file_fill(FileObj *f) {
    if (f->rpos < f->rlen) return 1;
    if (file_flush_writes(f) < 0) return -1;
    if (f->rbuf == NULL) f->rbuf = mem_alloc(FILE_BUFSIZE);
    f->rpos = f->rlen = 0;
    ssize_t r = file_sys_read(f->fd, f->rbuf, FILE_BUFSIZE);
    if (r < 0) {
        if (!err_occurred()) err_from_errno(&exc_OSError, errno, NULL);
        return -1;
    }
    f->rlen = (size_t)r;
    return r > 0;
}

static int file_check_readable(FileObj *f) {
    if (file_check_open(f) < 0) return -1;
    return f->readable ? 0 : file_unsupported("not readable");
}

static int file_check_writable(FileObj *f) {
    if (file_check_open(f) < 0) return -1;
    return f->writable ? 0 : file_unsupported("not writable");
}

/* Drops the '\r' of each "\r\n" in place. */
static void file_translate_crlf(FileBytes *b) {
    if (b->data == NULL || memchr(b->data, '\r', b->len) == NULL) return;
    size_t j = 0;
    for (size_t i = 0; i < b->len; i++)
        if (!(b->data[i] == '\r' && i + 1 < b->len && b->data[i + 1] == '\n')) b->data[j++] = b->data[i];
    b->len = j;
}

/* The bytes read as the file's kind of value: str (UTF-8 checked) or bytes. */
static Value file_result(FileObj *f, FileBytes *b) {
    if (f->translate_crlf) file_translate_crlf(b);
    Value r = f->binary ? bytes_from(b->data, b->len) : str_from_utf8(b->data ? b->data : "", b->len);
    mem_free(b->data);
    return r;
}

/* Appends up to limit (>= 0) characters (text) or bytes (binary) to b,
 * stopping after a '\n' if line is set. Byte by byte: only for sized reads. */
static int file_read_counted(FileObj *f, FileBytes *b, ssize_t limit, bool line) {
    ssize_t count = 0;
    for (;;) {
        int rc = file_fill(f);
        if (rc <= 0) return rc;
        char c = f->rbuf[f->rpos];
        bool starts_char = f->binary || ((unsigned char)c & 0xC0) != 0x80;
        if (starts_char && count == limit) return 0;
        count += starts_char;
        filebytes_add(b, &c, 1);
        f->rpos++;
        if (line && c == '\n') return 0;
    }
}

/* Appends everything up to end of file (or through the next '\n') to b. */
static int file_read_all(FileObj *f, FileBytes *b, bool line) {
    for (;;) {
        int rc = file_fill(f);
        if (rc <= 0) return rc;
        char *start = f->rbuf + f->rpos;
        char *nl = line ? memchr(start, '\n', f->rlen - f->rpos) : NULL;
        size_t n = nl != NULL ? (size_t)(nl - start) + 1 : f->rlen - f->rpos;
        filebytes_add(b, start, n);
        f->rpos += n;
        if (nl != NULL) return 0;
    }
}

/* read(limit) / readline(limit); limit -1: no limit. */
static Value file_read(FileObj *f, ssize_t limit, bool line) {
    FileBytes b = {NULL, 0, 0};
    int rc = limit < 0 ? file_read_all(f, &b, line) : file_read_counted(f, &b, limit, line);
    if (rc < 0) {
        mem_free(b.data);
        return VAL_NULL;
    }
    return file_result(f, &b);
}

/* ---- public fast paths ---- */

int fileobject_write_utf8(Value v, const char *s, size_t n) {
    FileObj *f = file_of(v);
    if (file_check_writable(f) < 0) return -1;
    return file_write_bytes(f, s, n);
}

int fileobject_flush(Value v) {
    FileObj *f = file_of(v);
    if (file_check_open(f) < 0) return -1;
    return file_flush_writes(f);
}

Value fileobject_readline(Value v) {
    FileObj *f = file_of(v);
    if (file_check_readable(f) < 0) return VAL_NULL;
    return file_read(f, -1, true);
}

static void file_flush_quietly(Value v) {
    if (v == VAL_NULL || !IS_FILEOBJ(v) || file_of(v)->closed) return;
    if (file_flush_writes(file_of(v)) < 0) err_clear();
}

void fileobject_flush_std(void) {
    file_flush_quietly(interp_main.std_out);
    file_flush_quietly(interp_main.std_err);
}

/* ---- creation ---- */

/* File objects created and not yet closed (every one is closed by its
 * dealloc at the latest): tells the exit whether a file other than the
 * standard streams may still hold unwritten data. */
static size_t file_open_count;

bool fileobject_others_open(void) {
    Value std[] = {interp_main.std_in, interp_main.std_out, interp_main.std_err};
    size_t nstd = 0;
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++)
        if (std[i] != VAL_NULL && IS_FILEOBJ(std[i]) && !file_of(std[i])->closed) nstd++;
    return file_open_count > nstd;
}

static FileObj *file_alloc(int fd, Value name, Value mode, bool binary) {
    FileObj *f = (FileObj *)obj_alloc(&file_type);
    file_open_count++;
    f->fd = fd;
    f->name = NEWREF(name);
    f->mode = NEWREF(mode);
    f->binary = binary;
    f->closefd = true;
    if (!binary) f->encoding = str_intern_cstr("UTF-8");
    return f;
}

Value fileobject_from_fd(int fd, const char *name, const char *mode, bool line_buffered) {
    Value n = str_from_cstr(name), m = str_from_cstr(mode);
    if (n == VAL_NULL || m == VAL_NULL) {
        XDECREF(n);
        XDECREF(m);
        return VAL_NULL;
    }
    FileObj *f = file_alloc(fd, n, m, false);
    DECREF(n);
    DECREF(m);
    f->encoding = str_intern_cstr("utf-8");
    f->readable = mode[0] == 'r';
    f->writable = mode[0] != 'r';
    f->closefd = false;
    f->line_buffered = line_buffered;
    f->translate_crlf = true;
    return OBJ_VAL(f);
}

typedef struct {
    int flags;      /* open(2) flags */
    bool readable, writable, binary;
} FileMode;

/* Parses an open() mode string with CPython's checks and messages. */
static int file_parse_mode(Value mode, FileMode *out) {
    const char *s = str_cstr(mode);
    int seen[128] = {0};
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || strchr("rwaxbt+", c) == NULL || seen[c]++) {
            err_format(&exc_ValueError, "invalid mode: %R", mode);
            return -1;
        }
    }
    if (seen['r'] + seen['w'] + seen['a'] + seen['x'] != 1) {
        err_set_str(&exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (seen['b'] && seen['t']) {
        err_set_str(&exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    bool plus = seen['+'];
    out->binary = seen['b'];
    out->readable = seen['r'] || plus;
    out->writable = !seen['r'] || plus;
    int acc = plus ? O_RDWR : seen['r'] ? O_RDONLY : O_WRONLY;
    int extra = seen['w'] ? O_CREAT | O_TRUNC : seen['a'] ? O_CREAT | O_APPEND
              : seen['x'] ? O_CREAT | O_EXCL : 0;
    out->flags = acc | extra | O_CLOEXEC;
    return 0;
}

/* encoding=None or any spelling of UTF-8: baton's text files are UTF-8. */
static int file_check_encoding(Value enc) {
    if (enc == VAL_NULL || IS_NONE(enc)) return 0;
    if (!IS_STR(enc)) {
        err_format(&exc_TypeError, "open() argument 'encoding' must be str or None, not %T", enc);
        return -1;
    }
    char norm[16];
    size_t n = 0;
    for (const char *p = str_cstr(enc); *p && n < sizeof norm - 1; p++)
        if (*p != '-' && *p != '_') norm[n++] = (char)(*p | 0x20);
    norm[n] = '\0';
    if (strcmp(norm, "utf8") == 0) return 0;
    err_format(&exc_LookupError, "baton supports only the utf-8 encoding, not %R", enc);
    return -1;
}

/* Opens path (or wraps an int fd), raising the errno's OSError subclass. */
static int file_open_fd(Value file, const FileMode *m) {
    if (IS_INT(file)) {
        int64_t fd;
        if (int_as_i64(file, &fd) < 0) return -1;
        if (fd < 0 || fd > INT32_MAX) {
            err_set_str(&exc_ValueError, "negative file descriptor");
            return -1;
        }
        return (int)fd;
    }
    const char *path = str_cstr(file);
    int fd;
    do {
        fd = open(path, m->flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        err_from_errno(&exc_OSError, errno, path);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        err_from_errno(&exc_OSError, EISDIR, path);
        return -1;
    }
    return fd;
}

static int file_check_open_args(Value file, const FileMode *m, Value encoding, Value errors,
                                 Value newline, int64_t buffering) {
    if (!IS_STR(file) && !IS_INT(file)) {
        err_format(&exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        return -1;
    }
    if (m->binary && encoding != VAL_NULL && !IS_NONE(encoding)) {
        err_set_str(&exc_ValueError, "binary mode doesn't take an encoding argument");
        return -1;
    }
    if (!m->binary && buffering == 0) {
        err_set_str(&exc_ValueError, "can't have unbuffered text I/O");
        return -1;
    }
    if (newline != VAL_NULL && !IS_NONE(newline)) {
        if (!IS_STR(newline)) {
            err_format(&exc_TypeError, "open() argument 'newline' must be str or None, not %T", newline);
            return -1;
        }
        const char *nl = str_cstr(newline);
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 && strcmp(nl, "\r\n") != 0) {
            err_format(&exc_ValueError, "illegal newline value: %U", newline);
            return -1;
        }
        if (m->binary) {
            err_set_str(&exc_ValueError, "binary mode doesn't take a newline argument");
            return -1;
        }
    }
    if (errors != VAL_NULL && !IS_NONE(errors) &&
        !(IS_STR(errors) && strcmp(str_cstr(errors), "strict") == 0)) {
        err_format(&exc_ValueError, "baton's open() supports only errors='strict', not %R", errors);
        return -1;
    }
    return m->binary ? 0 : file_check_encoding(encoding);
}

Value fileobject_open(Value *args, size_t nargs, Value kwnames) {
    Value file, mode = VAL_NULL, buffering = VAL_NULL, encoding = VAL_NULL, errors = VAL_NULL,
          newline = VAL_NULL, closefd = VAL_NULL;
    if (args_parse("open", args, nargs, kwnames, "file|mode,buffering,encoding,errors,newline,closefd",
                   &file, &mode, &buffering, &encoding, &errors, &newline, &closefd) < 0)
        return VAL_NULL;
    Value mode_str = mode != VAL_NULL ? mode : str_intern_cstr("r");
    if (!IS_STR(mode_str))
        return err_format(&exc_TypeError, "open() argument 'mode' must be str, not %T", mode_str);
    int64_t buf = -1;
    if (buffering != VAL_NULL && int_as_i64(buffering, &buf) < 0) return VAL_NULL;
    FileMode m;
    if (file_parse_mode(mode_str, &m) < 0 || file_check_open_args(file, &m, encoding, errors, newline, buf) < 0)
        return VAL_NULL;
    int fd = file_open_fd(file, &m);
    if (fd < 0) return VAL_NULL;
    FileObj *f = file_alloc(fd, file, mode_str, m.binary);
    f->readable = m.readable;
    f->writable = m.writable;
    f->unbuffered = buf == 0;
    f->line_buffered = buf == 1 || (buf < 0 && isatty(fd));
    f->translate_crlf = !m.binary && (newline == VAL_NULL || IS_NONE(newline));
    if (!m.binary && encoding != VAL_NULL && !IS_NONE(encoding)) SETREF(f->encoding, NEWREF(encoding));
    if (closefd != VAL_NULL) {
        int t = obj_truthy(closefd);
        if (t < 0) {
            DECREF(OBJ_VAL(f));
            return VAL_NULL;
        }
        f->closefd = t;
    }
    return OBJ_VAL(f);
}

/* ---- methods (args[0] is the file) ---- */

static int file_size_arg(Value v, ssize_t *out) {
    *out = -1;
    if (v == VAL_NULL || IS_NONE(v)) return 0;
    return obj_as_ssize(v, out);
}


/* Parses the optional size argument of read(size=-1)/readline(size=-1). */
static int file_sized_args(const char *fname, Value *args, size_t nargs, Value kwnames, ssize_t *n) {
    Value size = VAL_NULL;
    if (args_parse(fname, args + 1, nargs - 1, kwnames, "|size", &size) < 0 ||
        file_size_arg(size, n) < 0)
        return -1;
    return file_check_readable(file_of(args[0]));
}

static Value file_m_read(Value *args, size_t nargs, Value kwnames) {
    ssize_t n;
    if (file_sized_args("read", args, nargs, kwnames, &n) < 0) return VAL_NULL;
    return file_read(file_of(args[0]), n, false);
}

static Value file_m_readline(Value *args, size_t nargs, Value kwnames) {
    ssize_t n;
    if (file_sized_args("readline", args, nargs, kwnames, &n) < 0) return VAL_NULL;
    return file_read(file_of(args[0]), n, true);
}

/* Length in characters (text) or bytes (binary) of a read result. */
static size_t file_result_len(Value v) { return IS_STR(v) ? STR_LEN(v) : BYTES_LEN(v); }

static Value file_m_readlines(Value *args, size_t nargs, Value kwnames) {
    Value hintv = VAL_NULL;
    ssize_t hint;
    FileObj *f = file_of(args[0]);
    if (args_parse("readlines", args + 1, nargs - 1, kwnames, "|hint", &hintv) < 0 ||
        file_size_arg(hintv, &hint) < 0 || file_check_readable(f) < 0)
        return VAL_NULL;
    Value list = list_new(0);
    size_t total = 0;
    for (;;) {
        Value line = file_read(f, -1, true);
        if (line == VAL_NULL) {
            DECREF(list);
            return VAL_NULL;
        }
        size_t n = file_result_len(line);
        if (n == 0) {
            DECREF(line);
            break;
        }
        int rc = list_append(list, line);
        DECREF(line);
        if (rc < 0) {
            DECREF(list);
            return VAL_NULL;
        }
        total += n;
        if (hint > 0 && total >= (size_t)hint) break;
    }
    return list;
}

/* Writes one str (text) or bytes-like value (binary); returns its length. */
static ssize_t file_write_value(FileObj *f, Value s) {
    if (!f->binary) {
        if (!IS_STR(s)) {
            err_format(&exc_TypeError, "write() argument must be str, not %T", s);
            return -1;
        }
        return file_write_bytes(f, STR_DATA(s), STR_NBYTES(s)) < 0 ? -1 : (ssize_t)STR_LEN(s);
    }
    if (IS_BYTES(s))
        return file_write_bytes(f, (const char *)BYTES_DATA(s), BYTES_LEN(s)) < 0 ? -1 : (ssize_t)BYTES_LEN(s);
    if (!IS_TYPE(s, bytearray_type)) {
        err_format(&exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(s));
        return -1;
    }
    Value b = obj_call1(OBJ_VAL(&bytes_type), s);
    if (b == VAL_NULL) return -1;
    ssize_t n = file_write_value(f, b);
    DECREF(b);
    return n;
}

static Value file_m_write(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("write", kwnames) < 0 || args_count("write", nargs - 1, 1, 1) < 0 ||
        file_check_writable(file_of(args[0])) < 0)
        return VAL_NULL;
    ssize_t n = file_write_value(file_of(args[0]), args[1]);
    return n < 0 ? VAL_NULL : FROM_SMALLINT(n);
}

static Value file_m_writelines(Value *args, size_t nargs, Value kwnames) {
    if (args_no_kw("writelines", kwnames) < 0 || args_count("writelines", nargs - 1, 1, 1) < 0 ||
        file_check_writable(file_of(args[0])) < 0)
        return VAL_NULL;
    Value it = obj_iter(args[1]);
    if (it == VAL_NULL) return VAL_NULL;
    Value item;
    while ((item = obj_next(it)) != VAL_NULL) {
        ssize_t n = file_write_value(file_of(args[0]), item);
        DECREF(item);
        if (n < 0) break;
    }
    DECREF(it);
    return err_occurred() ? VAL_NULL : NEWREF(VAL_NONE);
}

/* Methods that take no arguments besides self. */
static int file_noargs(const char *fname, size_t nargs, Value kwnames) {
    if (args_no_kw(fname, kwnames) < 0) return -1;
    return args_count(fname, nargs - 1, 0, 0);
}

static Value file_m_flush(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("flush", nargs, kwnames) < 0 || fileobject_flush(args[0]) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

/* Flushes, then closes the fd (if owned); closing twice is allowed. */
static int file_close(FileObj *f) {
    if (f->closed) return 0;
    int rc = file_flush_writes(f);
    f->closed = true;
    file_open_count--;
    if (f->closefd && close(f->fd) < 0 && rc == 0) {
        err_from_errno(&exc_OSError, errno, NULL);
        rc = -1;
    }
    mem_free(f->rbuf);
    mem_free(f->wbuf);
    f->rbuf = f->wbuf = NULL;
    f->rpos = f->rlen = f->wlen = 0;
    return rc;
}

static Value file_m_close(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("close", nargs, kwnames) < 0 || file_close(file_of(args[0])) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static Value file_m_fileno(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("fileno", nargs, kwnames) < 0 || file_check_open(file_of(args[0])) < 0) return VAL_NULL;
    return FROM_SMALLINT(file_of(args[0])->fd);
}

static Value file_m_isatty(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("isatty", nargs, kwnames) < 0 || file_check_open(file_of(args[0])) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(isatty(file_of(args[0])->fd)));
}

static Value file_m_readable(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("readable", nargs, kwnames) < 0 || file_check_open(file_of(args[0])) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(file_of(args[0])->readable));
}

static Value file_m_writable(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("writable", nargs, kwnames) < 0 || file_check_open(file_of(args[0])) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(file_of(args[0])->writable));
}

static Value file_m_seekable(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("seekable", nargs, kwnames) < 0 || file_check_open(file_of(args[0])) < 0) return VAL_NULL;
    return NEWREF(VAL_BOOL(lseek(file_of(args[0])->fd, 0, SEEK_CUR) >= 0));
}

/* The position the program sees: the kernel's, less unread read-ahead,
 * plus unwritten output. */
static Value file_m_tell(Value *args, size_t nargs, Value kwnames) {
    FileObj *f = file_of(args[0]);
    if (file_noargs("tell", nargs, kwnames) < 0 || file_check_open(f) < 0 || file_flush_writes(f) < 0)
        return VAL_NULL;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return err_from_errno(&exc_OSError, errno, NULL);
    return int_from_i64((int64_t)pos - (int64_t)(f->rlen - f->rpos));
}

static Value file_m_seek(Value *args, size_t nargs, Value kwnames) {
    FileObj *f = file_of(args[0]);
    Value offv, whencev = VAL_NULL;
    int64_t off, whence = SEEK_SET;
    if (args_parse("seek", args + 1, nargs - 1, kwnames, "cookie|whence", &offv, &whencev) < 0 ||
        int_as_i64(offv, &off) < 0 || (whencev != VAL_NULL && int_as_i64(whencev, &whence) < 0) ||
        file_check_open(f) < 0 || file_flush_writes(f) < 0)
        return VAL_NULL;
    if (whence < 0 || whence > 2) return err_format(&exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", (int)whence);
    if (whence == SEEK_CUR) off -= (int64_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) return err_from_errno(&exc_OSError, errno, NULL);
    return int_from_i64((int64_t)pos);
}

static Value file_m_enter(Value *args, size_t nargs, Value kwnames) {
    if (file_noargs("__enter__", nargs, kwnames) < 0 || file_check_open(file_of(args[0])) < 0) return VAL_NULL;
    return NEWREF(args[0]);
}

/* __exit__(*exc_info): closes; returns None so exceptions propagate. */
static Value file_m_exit(Value *args, size_t nargs, Value kwnames) {
    (void)nargs;
    if (args_no_kw("__exit__", kwnames) < 0 || file_close(file_of(args[0])) < 0) return VAL_NULL;
    return NEWREF(VAL_NONE);
}

static const MethodDef file_methods[] = {
    {"read", file_m_read, 0},
    {"readline", file_m_readline, 0},
    {"readlines", file_m_readlines, 0},
    {"write", file_m_write, 0},
    {"writelines", file_m_writelines, 0},
    {"flush", file_m_flush, 0},
    {"close", file_m_close, 0},
    {"fileno", file_m_fileno, 0},
    {"isatty", file_m_isatty, 0},
    {"readable", file_m_readable, 0},
    {"writable", file_m_writable, 0},
    {"seekable", file_m_seekable, 0},
    {"seek", file_m_seek, 0},
    {"tell", file_m_tell, 0},
    {"__enter__", file_m_enter, 0},
    {"__exit__", file_m_exit, 0},
    {NULL, NULL, 0},
};

static Value file_get_closed(Value self) { return NEWREF(VAL_BOOL(file_of(self)->closed)); }
static Value file_get_name(Value self) { return NEWREF(file_of(self)->name); }
static Value file_get_mode(Value self) { return NEWREF(file_of(self)->mode); }

static Value file_get_encoding(Value self) {
    FileObj *f = file_of(self);
    if (f->encoding == VAL_NULL)
        return err_format(&exc_AttributeError, "'_io.BufferedReader' object has no attribute 'encoding'");
    return NEWREF(f->encoding);
}

static const GetSetDef file_getsets[] = {
    {"closed", file_get_closed, NULL},
    {"name", file_get_name, NULL},
    {"mode", file_get_mode, NULL},
    {"encoding", file_get_encoding, NULL},
    {NULL, NULL, NULL},
};

/* CPython's class names: TextIOWrapper for text, Buffered* for binary. */
static const char *file_class_name(FileObj *f) {
    if (!f->binary) return "TextIOWrapper";
    if (f->readable && f->writable) return "BufferedRandom";
    return f->readable ? "BufferedReader" : "BufferedWriter";
}

static Value file_repr(Value self) {
    FileObj *f = file_of(self);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "<_io.%s", file_class_name(f));
    if (!f->closed || f->binary) {
        strbuf_append_cstr(&b, " name=");
        if (strbuf_append_repr(&b, f->name) < 0) goto fail;
    }
    if (!f->binary) {
        strbuf_append_cstr(&b, " mode=");
        if (strbuf_append_repr(&b, f->mode) < 0) goto fail;
        strbuf_append_cstr(&b, " encoding=");
        if (strbuf_append_repr(&b, f->encoding) < 0) goto fail;
    }
    strbuf_append_char(&b, '>');
    return strbuf_finish(&b);
fail:
    strbuf_free(&b);
    return VAL_NULL;
}

static Value file_iter(Value self) {
    if (file_check_open(file_of(self)) < 0) return VAL_NULL;
    return NEWREF(self);
}

/* Iteration yields lines; the empty read at end of file stops it. */
static Value file_next(Value self) {
    FileObj *f = file_of(self);
    if (file_check_readable(f) < 0) return VAL_NULL;
    Value line = file_read(f, -1, true);
    if (line == VAL_NULL || file_result_len(line) > 0) return line;
    DECREF(line);
    return VAL_NULL;
}

/* Dropping the last reference flushes and closes, as CPython's io does. */
static void file_dealloc(Obj *self) {
    FileObj *f = (FileObj *)self;
    if (file_close(f) < 0) err_clear();
    CLEAR(f->name);
    CLEAR(f->mode);
    CLEAR(f->encoding);
    obj_free(self);
}

Type file_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "TextIOWrapper",
    .base = &object_type,
    .basicsize = sizeof(FileObj),
    .dealloc = file_dealloc,
    .repr = file_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .iter = file_iter,
    .next = file_next,
    .methods = file_methods,
    .getsets = file_getsets,
};

Type file_unsupported_type = {
    .hdr = OBJ_HEAD_INIT(&type_type),
    .name = "UnsupportedOperation",
    .base = &exc_OSError,
    .flags = TYPE_BASETYPE | TYPE_EXCEPTION,
    .basicsize = sizeof(ExcObj),
    .dictoffset = offsetof(ExcObj, dict),
};

int fileobject_init_types(void) {
    Value io = str_intern_cstr("_io");
    if (io == VAL_NULL) return -1;
    file_type.module = io;
    file_unsupported_type.module = str_intern_cstr("io");
    if (file_unsupported_type.module == VAL_NULL) return -1;
    if (!(file_type.flags & TYPE_READY) && type_ready(&file_type) < 0) return -1;
    if (!(file_unsupported_type.flags & TYPE_READY) && type_ready(&file_unsupported_type) < 0) return -1;
    return 0;
}
