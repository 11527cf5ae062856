/* exc.h - the built-in exception classes and the exception object.
 *
 * EXC_LIST is the single list of built-in exceptions with their base, in
 * CPython 3.11's hierarchy; exc.c defines one `Type exc_NAME` per entry and
 * builtins.c exposes each under its name. */
#ifndef BATON_EXC_H
#define BATON_EXC_H

#include "object.h"

#define EXC_LIST(X) \
    X(BaseException, object) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(Exception, BaseException) \
    X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(Warning, Exception) \
    X(DeprecationWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(UserWarning, Warning)

#define EXC_DECLARE(name, base) extern Type exc_##name;
EXC_LIST(EXC_DECLARE)
#undef EXC_DECLARE

/* An exception instance. User subclasses append a __dict__ after it. */
typedef struct {
    Obj hdr;
    Value args;       /* tuple */
    Value traceback;  /* a Traceback or VAL_NULL */
    Value cause;      /* __cause__ or VAL_NULL */
    Value context;    /* __context__ or VAL_NULL */
    bool suppress_context;
    Value extra;      /* type-specific: StopIteration.value, SystemExit.code,
                         OSError.errno, KeyError key, SyntaxError details (a tuple
                         (msg, filename, lineno, offset, text, end_lineno, end_offset)) */
    Value dict;       /* instance __dict__ (attributes set by user code) */
} ExcObj;

/* A traceback entry: one frame the exception passed through. */
typedef struct Traceback {
    Obj hdr;
    Value next;      /* Traceback toward the raise point, or VAL_NULL */
    Value code;      /* the Code object (for filename and name) */
    Value globals;   /* the frame's globals (NameError suggestions), or VAL_NULL */
    int lineno;
    int lasti;       /* index of the instruction that raised, -1 unknown */
} Traceback;
extern Type traceback_type;

int exc_init_types(void);                   /* type_ready() every EXC_LIST type */
Value exc_new(Type *type, Value args);      /* args: a tuple (borrowed) */
/* Add a traceback entry for (code, globals, lineno, instruction lasti) at
 * the head of exc's traceback. */
void exc_add_traceback(Value exc, Value code, Value globals, int lineno, int lasti);
/* After a failed attribute lookup: if the current exception is an
 * AttributeError without .name, record name and obj on it (as CPython's
 * PyObject_GetAttr does) for the "Did you mean" of its traceback. */
void exc_set_attribute_context(Value obj, Value name);
/* Set .name of the current exception (a NameError just raised). */
void exc_set_name_error_name(Value name);
Value exc_stopiteration_value(Value exc);   /* .value, new ref (None if absent) */
/* A SyntaxError (or IndentationError if type says so) carrying its location;
 * offset and end_offset are 1-based columns, text the source line (or VAL_NULL). */
Value exc_new_syntax_error(Type *type, const char *msg, Value filename, int lineno,
                           int offset, Value text, int end_lineno, int end_offset);
#define IS_EXCEPTION(v) (IS_OBJ(v) && (AS_OBJ(v)->type->flags & TYPE_EXCEPTION))

#endif
