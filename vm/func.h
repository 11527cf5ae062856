/* func.h - callables: Python functions, built-in functions, bound methods,
 * cells, and the descriptors staticmethod / classmethod / property. */
#ifndef BATON_FUNC_H
#define BATON_FUNC_H

#include "object.h"

typedef struct {
    Obj hdr;
    Value code;        /* Code */
    Value globals;     /* dict */
    Value builtins;    /* dict */
    Value name, qualname, module; /* str */
    Value defaults;    /* tuple or VAL_NULL */
    Value kwdefaults;  /* dict or VAL_NULL */
    Value closure;     /* tuple of cells or VAL_NULL */
    Value doc;         /* None or str */
    Value dict;        /* __dict__ (attributes set on the function), lazily */
} FuncObj;
#define IS_FUNC(v) IS_TYPE(v, function_type)

/* A C function; self is args[0] for a method (MethodDef without METH_STATIC). */
typedef struct {
    Obj hdr;
    const char *name;
    CFunc fn;
    Value self;        /* bound to args[0] when not VAL_NULL (module functions: VAL_NULL) */
    Value module;      /* str or VAL_NULL */
    Type *owner;       /* the type a method descriptor belongs to, or NULL */
    int flags;         /* MethodDef flags */
} BuiltinObj;
#define IS_BUILTIN(v) IS_TYPE(v, builtin_function_type)

typedef struct { Obj hdr; Value func; Value self; } MethodObj;
typedef struct { Obj hdr; Value ref; } CellObj;    /* ref VAL_NULL: empty */
typedef struct { Obj hdr; Value callable; } WrapperObj; /* staticmethod, classmethod */
typedef struct {
    Obj hdr;
    Value fget, fset, fdel, doc; /* VAL_NULL when absent */
    Value name;                  /* set by __set_name__, for error messages; or VAL_NULL */
    bool getter_doc;             /* doc was taken from fget.__doc__ */
} PropertyObj;

Value func_new(Value code, Value globals, Value qualname);
Value builtin_new(const MethodDef *def, Value self, Type *owner);
Value method_new(Value func, Value self);
Value cell_new(Value contents);      /* contents may be VAL_NULL */
#define CELL_GET(c) (((CellObj *)AS_OBJ(c))->ref)

/* Argument parsing for C functions. spec lists the parameters:
 *   "name" positional-or-keyword, "|" before optional ones, "$" before
 *   keyword-only ones; each output is a Value* (borrowed, VAL_NULL when
 *   absent). Errors as CPython's:
 *   "len() takes exactly one argument (2 given)",
 *   "sorted() got an unexpected keyword argument 'x'".
 * Example: args_parse("split", args, nargs, kwnames, "|sep,maxsplit", &sep, &maxsplit) */
int args_parse(const char *fname, Value *args, size_t nargs, Value kwnames,
               const char *spec, ...);
int args_no_kw(const char *fname, Value kwnames);  /* "f() takes no keyword arguments" */
int args_count(const char *fname, size_t nargs, size_t min, size_t max);

#endif
