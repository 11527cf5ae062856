/* member.h - member descriptors: the attributes that __slots__ gives a
 * class (type `member_descriptor`, CPython's PyMemberDescr for slots).
 *
 * Each one names a Value at a fixed byte offset inside the instances of its
 * owner class (typeobject.c lays the slots out). An unset slot holds
 * VAL_NULL: reading it raises AttributeError. A member descriptor is a data
 * descriptor, so it wins over an instance __dict__ and the eval loop's
 * instance-dict caches never bypass it. */
#ifndef BATON_MEMBER_H
#define BATON_MEMBER_H

#include "object.h"

extern Type member_descr_type;

/* A new descriptor for the slot `name` (a str) of owner's instances at
 * byte offset `offset`. Holds a reference to owner and to name. */
Value member_descr_new(Type *owner, Value name, size_t offset);
/* The byte offset of d's slot in instances of t, or 0 when d is not a
 * member descriptor that applies to them (for the eval loop's caches). */
size_t member_descr_offset(Value d, Type *t);

#endif
