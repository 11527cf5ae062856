/* value.h - the one-word value and its reference count.
 *
 * A Value is a machine word. If its low bit is 1 it is a small integer
 * (the integer shifted left by one); nobody outside this header knows that:
 * use IS_SMALLINT / AS_SMALLINT / FROM_SMALLINT. Otherwise it is a pointer to a
 * heap object that starts with an Obj header {refcnt, type}. VAL_NULL (0) is
 * never a Python value: functions returning a Value return VAL_NULL to say
 * "an exception is set" (see error.h).
 *
 * Canonical form: an int whose value lies in [SMALLINT_MIN, SMALLINT_MAX] is
 * ALWAYS a small int, never a boxed IntObj, so equality and hashing of small
 * ints can compare words.
 *
 * Reference counts are plain, non-atomic integers. That is safe only because a
 * thread must hold the GIL to touch any object; that is the lesson baton
 * teaches. Immortal objects (None, True, False, static types, interned
 * constants) start at IMMORTAL_REFCNT and so never reach zero.
 */
#ifndef BATON_VALUE_H
#define BATON_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"

typedef uintptr_t Value;

typedef struct Type Type;
typedef struct Obj {
    intptr_t refcnt;
    Type *type;
} Obj;

#define VAL_NULL ((Value)0)

#define SMALLINT_BITS 62
#define SMALLINT_MAX ((intptr_t)(((intptr_t)1 << SMALLINT_BITS) - 1))
#define SMALLINT_MIN (-SMALLINT_MAX - 1)

#define IS_SMALLINT(v) (((v) & 1) != 0)
#define IS_OBJ(v) (((v) & 1) == 0)
#define AS_SMALLINT(v) ((intptr_t)(v) >> 1)
#define FROM_SMALLINT(i) ((Value)(((uintptr_t)(intptr_t)(i) << 1) | 1))
#define SMALLINT_FITS(i) ((i) >= SMALLINT_MIN && (i) <= SMALLINT_MAX)
#define AS_OBJ(v) ((Obj *)(v))
#define OBJ_VAL(p) ((Value)(p))

#define IMMORTAL_REFCNT ((intptr_t)1 << 60)
/* Static initialiser for the header of an immortal object of type t. */
#define OBJ_HEAD_INIT(t) { IMMORTAL_REFCNT, (t) }

void obj_dealloc(Obj *o); /* calls o->type->dealloc; defined in object.c */

static inline void val_incref(Value v) {
    if (IS_OBJ(v)) AS_OBJ(v)->refcnt++;
}
static inline void val_decref(Value v) {
    if (IS_OBJ(v) && --AS_OBJ(v)->refcnt == 0) obj_dealloc(AS_OBJ(v));
}
static inline void val_xincref(Value v) {
    if (v != VAL_NULL) val_incref(v);
}
static inline void val_xdecref(Value v) {
    if (v != VAL_NULL) val_decref(v);
}
/* Returns v with one more reference: `return NEWREF(x);` */
static inline Value val_newref(Value v) {
    val_incref(v);
    return v;
}

#define INCREF(v) val_incref(v)
#define DECREF(v) val_decref(v)
#define XINCREF(v) val_xincref(v)
#define XDECREF(v) val_xdecref(v)
#define NEWREF(v) val_newref(v)
/* Replace *slot with v (v's reference is stolen), dropping the old value. */
#define SETREF(slot, v) do { Value old__ = (slot); (slot) = (v); XDECREF(old__); } while (0)
#define CLEAR(slot) do { Value old__ = (slot); (slot) = VAL_NULL; XDECREF(old__); } while (0)

#endif
