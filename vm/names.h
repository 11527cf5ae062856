/* names.h - interned identifier strings the runtime uses by name.
 *
 * NAME_LIST is the one list; names.c interns each at start-up into
 * `names.X`, an immortal str Value, so slot code compares and looks up
 * dunder names without building strings: type_lookup(t, names.__init__). */
#ifndef BATON_NAMES_H
#define BATON_NAMES_H

#include "value.h"

#define NAME_LIST(X) \
    X(__init__) X(__new__) X(__del__) X(__repr__) X(__str__) X(__format__) \
    X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__bool__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__) \
    X(__contains__) X(__iter__) X(__next__) X(__call__) X(__getattr__) \
    X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) \
    X(__delete__) X(__enter__) X(__exit__) X(__add__) X(__radd__) X(__iadd__) \
    X(__sub__) X(__rsub__) X(__isub__) X(__mul__) X(__rmul__) X(__imul__) \
    X(__truediv__) X(__rtruediv__) X(__itruediv__) X(__floordiv__) \
    X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__) \
    X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) \
    X(__ilshift__) X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) \
    X(__rand__) X(__iand__) X(__or__) X(__ror__) X(__ior__) X(__xor__) \
    X(__rxor__) X(__ixor__) X(__matmul__) X(__rmatmul__) X(__imatmul__) \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__index__) X(__int__) \
    X(__float__) X(__round__) X(__reversed__) X(__missing__) X(__bytes__) \
    X(__init_subclass__) X(__set_name__) X(__class__) X(__dict__) X(__doc__) \
    X(__name__) X(__qualname__) X(__module__) X(__main__) X(__file__) \
    X(__builtins__) X(__build_class__) X(__import__) X(__all__) X(__slots__) \
    X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__) \
    X(__traceback__) X(__cause__) X(__context__) X(__suppress_context__) \
    X(args) X(send) X(throw) X(close) X(value) X(keys) X(items) X(append) \
    X(join) X(flush) X(write) X(read) X(readline) X(fileno) X(encoding) \
    X(self) X(builtins) X(sys) X(stdout) X(stderr) X(stdin) X(_)

typedef struct {
#define NAME_FIELD(n) Value n;
    NAME_LIST(NAME_FIELD)
#undef NAME_FIELD
} Names;

extern Names names;
int names_init(void);   /* after str is ready; interns every NAME_LIST entry */

#endif
