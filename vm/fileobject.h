/* fileobject.h - file objects: open(), sys.stdin/stdout/stderr.
 *
 * One type serves text and binary files, buffered like CPython's: a read
 * buffer and a write buffer over a POSIX fd. Text is UTF-8 only. */
#ifndef BATON_FILEOBJECT_H
#define BATON_FILEOBJECT_H

#include "object.h"

extern Type file_type;                 /* TextIOWrapper / Buffered* */
extern Type file_unsupported_type;     /* io.UnsupportedOperation (an OSError) */
#define IS_FILEOBJ(v) IS_TYPE(v, file_type)

int fileobject_init_types(void);
/* builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True) */
Value fileobject_open(Value *args, size_t nargs, Value kwnames);
/* A file over an existing fd (not closed with the object): sys.std*.
 * Text mode; mode "r" or "w"; line_buffered as CPython decides for the fd. */
Value fileobject_from_fd(int fd, const char *name, const char *mode, bool line_buffered);
/* Fast paths for print() and input() on a file object. */
int fileobject_write_utf8(Value f, const char *s, size_t n);
int fileobject_flush(Value f);
Value fileobject_readline(Value f);    /* "" at end of file */
/* Flush the original sys.__stdout__ and sys.__stderr__, ignoring errors:
 * at exit, before a traceback is printed, before fork. */
void fileobject_flush_std(void);
/* Is a file other than the original standard streams open (the GIL held)? */
bool fileobject_others_open(void);

#endif
