/* list.h - mutable sequences. */
#ifndef BATON_LIST_H
#define BATON_LIST_H

#include "object.h"

typedef struct { Obj hdr; size_t len, cap; Value *items; } ListObj;
#define IS_LIST(v) (IS_OBJ(v) && (AS_OBJ(v)->type == &list_type || type_is_subtype(AS_OBJ(v)->type, &list_type)))
#define LIST_LEN(v) (((ListObj *)AS_OBJ(v))->len)
#define LIST_ITEMS(v) (((ListObj *)AS_OBJ(v))->items)
#define LIST_GET(v, i) (((ListObj *)AS_OBJ(v))->items[i])

Value list_new(size_t len);                  /* len items, VAL_NULL: fill with LIST_SET */
#define LIST_SET(l, i, v) (((ListObj *)AS_OBJ(l))->items[i] = (v)) /* steals v */
int list_append(Value list, Value v);        /* increfs v */
int list_extend(Value list, Value iterable);
Value list_from_iterable(Value it);
int list_sort(Value list, Value key, bool reverse); /* stable; key may be VAL_NULL */
int list_sort_reverse_arg(Value v, bool *out); /* reverse= of sort()/sorted() */
Value list_as_tuple(Value list);
int list_init_types(void);

/* Added by containers. */
extern Type list_iterator_type, list_reverseiterator_type;
Value list_reversed(Value list);             /* list.__reversed__() */
/* Repr recursion guard shared by the container reprs (a per-thread stack of
 * the objects being repr'd): 1 if v is already being repr'd (print [...] /
 * {...}), else 0 and v is entered (call repr_leave after). obj_repr limits
 * the nesting depth. */
int repr_enter(Value v);
void repr_leave(Value v);
/* A subscript as a sequence index: 1 and *out set for an int or an object
 * with __index__, 0 (no exception) for anything else, -1 on error. */
int seq_index_key(Value key, ssize_t *out);
/* The same for the count of seq * n: OverflowError, not IndexError, when it
 * does not fit. */
int seq_repeat_key(Value key, ssize_t *out);
/* A start/stop argument clamped like CPython's _PyEval_SliceIndex (huge ints
 * clamp to the ssize_t range); None leaves *out unchanged. */
int seq_slice_index(Value v, ssize_t *out);
/* Helpers shared by list.c and tuple.c over an item array seen through
 * pointers to its items and length: both are re-read at every step, since
 * comparing items runs Python code that may resize a list. */
/* Lexicographic rich comparison of two item arrays (list and tuple). */
Value seq_compare(Value *const *aitems, const size_t *alen, Value *const *bitems,
                  const size_t *blen, CmpOp op);
/* Index of the first item equal to x in [start, stop), -1 absent, -2 error
 * (list/tuple index, remove, __contains__). */
ssize_t seq_find(Value *const *items, const size_t *len, Value x, ssize_t start, ssize_t stop);
/* How many items equal x, -1 on error (list.count, tuple.count). */
ssize_t seq_count(Value *const *items, const size_t *len, Value x);
/* The arguments of list.index / tuple.index (self, x[, start[, stop]]) as a
 * range clamped to [0, ...] for a sequence of len items; -1 on error. */
int seq_index_range(Value *args, size_t nargs, Value kwnames, size_t len, ssize_t *start,
                    ssize_t *stop);
/* The list and tuple iterators: the sequence (cleared once exhausted) and the
 * next index; seqiter_* are their shared iter/dealloc/traverse slots. */
typedef struct { Obj hdr; Value seq; ssize_t index; } SeqIterObj;
Value seqiter_self(Value self);
void seqiter_dealloc(Obj *o);
void seqiter_traverse(Obj *o, VisitFn visit, void *arg);
/* The "trashcan": freeing a deeply nested structure ([[[...]]] 100000 deep)
 * must not recurse 100000 C frames. A container's dealloc starts with
 * `if (!dealloc_enter(o)) return;` (too deep: o is queued and freed later)
 * and ends with dealloc_leave(), which frees the queued objects once the
 * outermost dealloc finishes. */
bool dealloc_enter(Obj *o);
void dealloc_leave(void);

#endif
