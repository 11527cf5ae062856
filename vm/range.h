/* range.h - range and slice objects. */
#ifndef BATON_RANGE_H
#define BATON_RANGE_H

#include "object.h"

typedef struct { Obj hdr; Value start, stop, step; } SliceObj;
#define IS_SLICE(v) IS_TYPE(v, slice_type)
Value slice_new(Value start, Value stop, Value step);  /* each may be None */
/* Clamp a slice to a sequence of length len: CPython's PySlice_GetIndicesEx.
 * Returns -1 with ValueError "slice step cannot be zero". */
int slice_indices(Value slice, ssize_t len, ssize_t *start, ssize_t *stop,
                  ssize_t *step, ssize_t *slicelen);
Value range_new(int64_t start, int64_t stop, int64_t step);
int range_init_types(void);

/* Added by containers. */
extern Type range_iterator_type;
/* The next int of a range_iterator (it must be one): false when exhausted.
 * Never fails; the eval loop may call it directly in FOR_ITER. */
bool range_iter_next_fast(Value it, Value *out);

#endif
