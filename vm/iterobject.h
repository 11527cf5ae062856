/* iterobject.h - the builtin iterator types: enumerate, zip, map, filter,
 * reversed, the sequence iterator (objects with only __getitem__) and the
 * callable iterator iter(callable, sentinel). Each type has a new_ slot, so
 * the builtins module exposes the types themselves (isinstance(x, zip)). */
#ifndef BATON_ITEROBJECT_H
#define BATON_ITEROBJECT_H

#include "object.h"

extern Type enumerate_type, zip_type, map_type, filter_type, reversed_type;
extern Type seqiter_type, calliter_type;

/* iter(seq) for an object with __getitem__ but no __iter__: yields seq[0],
 * seq[1], ... until IndexError (or StopIteration). */
Value seqiter_new(Value seq);
/* iter(callable, sentinel): calls callable() until it returns a value equal
 * to sentinel. */
Value calliter_new(Value callable, Value sentinel);
int iterobject_init_types(void);

#endif
