/* gc.h - the cycle collector: tracking of container objects and gc.collect().
 *
 * Reference counting frees an object the moment nobody refers to it, but
 * never a reference cycle (`a = []; a.append(a); del a`). The collector finds
 * such cycles among the *container* objects: those whose type has a traverse
 * slot (list, dict, instances of user classes, functions, ...). Each of them
 * is allocated by obj_alloc* with a GCHead in front of its Obj header, and is
 * linked into one of three generations from birth to death (obj_dealloc
 * unlinks it before its dealloc runs). Static objects (built-in types, the
 * empty tuple) have no GCHead and are never tracked: their refcount is
 * immortal, which is how gc_has_head() tells them apart.
 *
 * The GCHead is two words, as CPython's PyGC_Head:
 *   next  the next object of the list (0: untracked); while a collection
 *         sorts objects, its low bit marks "tentatively unreachable".
 *   prev  the previous object, whose low two bits are flags: FINALIZED (the
 *         finalizer ran; PEP 442 runs it once in the object's life) and
 *         COLLECTING (in the generation being collected). During a
 *         collection the bits above the flags hold the object's count of
 *         references from outside the collected set instead of the pointer.
 *
 * Everything here is protected by the GIL, like refcounts. */
#ifndef BATON_GC_H
#define BATON_GC_H

#include "object.h"

typedef struct GCHead GCHead;
typedef union {
    GCHead *ptr;     /* for static initialisers */
    uintptr_t bits;  /* the pointer with its flag bits */
} GCLink;
struct GCHead {
    GCLink next;
    GCLink prev;
};

#define GC_NGENS 3
#define GC_FLAG_FINALIZED ((uintptr_t)1)
#define GC_FLAG_COLLECTING ((uintptr_t)2)
#define GC_PREV_FLAGS ((uintptr_t)3)
#define GC_NEXT_UNREACHABLE ((uintptr_t)1)

typedef struct {
    GCHead head;       /* sentinel of a circular list */
    long threshold;
    long count;        /* gen 0: allocations minus deallocations; others: collections of the younger */
    long collections;  /* gc.get_stats() */
    long collected;
} GCGen;

typedef struct {
    GCGen gen[GC_NGENS];
    long trigger;      /* gen 0 count at which gc_track requests a collection */
    bool enabled;
    bool collecting;   /* a collection is running: never start another */
    bool pending;      /* an automatic collection waits for the next eval-breaker check */
    long long_lived_total;   /* survivors of the last full collection */
    long long_lived_pending; /* objects promoted to the oldest generation since */
    GCHead permanent;  /* gc.freeze(): tracked objects no collection looks at */
    Value callbacks;   /* gc.callbacks (a list), VAL_NULL until `import gc` */
} GCState;

extern GCState gc_state;

#define GC_HEAD_OF(o) ((GCHead *)(o) - 1)
#define GC_OBJ_OF(g) ((Obj *)((GCHead *)(g) + 1))
#define GC_TYPE_IS_GC(t) ((t)->traverse != NULL)

/* The collector wants a pass: tell the eval loop (gc.c). */
void gc_request(void);

/* Link o (allocated with a GCHead) into the youngest generation. */
static inline void gc_track(Obj *o) {
    GCHead *g = GC_HEAD_OF(o), *head = &gc_state.gen[0].head;
    GCHead *last = (GCHead *)(head->prev.bits & ~GC_PREV_FLAGS);
    g->prev.bits = (uintptr_t)last | (g->prev.bits & GC_FLAG_FINALIZED);
    g->next.ptr = head;
    last->next.ptr = g;
    head->prev.ptr = g;
    if (UNLIKELY(++gc_state.gen[0].count > gc_state.trigger)) gc_request();
}

/* Unlink o from whatever list holds it, if any (the object is being
 * deallocated or freed). Keeps the FINALIZED flag. */
static inline void gc_untrack(Obj *o) {
    GCHead *g = GC_HEAD_OF(o);
    if (g->next.bits == 0) return;
    GCHead *prev = (GCHead *)(g->prev.bits & ~GC_PREV_FLAGS);
    GCHead *next = g->next.ptr;
    prev->next.ptr = next;
    next->prev.bits = (uintptr_t)prev | (next->prev.bits & GC_PREV_FLAGS);
    g->next.bits = 0;
    g->prev.bits &= GC_FLAG_FINALIZED;
    if (gc_state.gen[0].count > 0) gc_state.gen[0].count--;
}

/* True if o carries a GCHead: its type has traverse and it is not a static,
 * immortal object. */
static inline bool gc_has_head(const Obj *o) {
    return GC_TYPE_IS_GC(o->type) && o->refcnt < IMMORTAL_REFCNT / 2;
}

/* True if v may refer to something the collector follows: traverse slots
 * may skip passing anything else to visit. */
static inline bool gc_may_refer(Value v) {
    return v != VAL_NULL && IS_OBJ(v) && GC_TYPE_IS_GC(AS_OBJ(v)->type);
}

static inline bool gc_is_tracked(const Obj *o) {
    return gc_has_head(o) && GC_HEAD_OF(o)->next.bits != 0;
}

/* Instance dicts. The __dict__ an object gets when an attribute is first
 * set is created untracked: while its owner is its only referrer, the
 * owner's traverse visits the dict's contents as its own (one tracked
 * object per instance, not two, as CPython's inline attribute values).
 * gc_instance_dict_expose tracks it when Python code gets hold of it
 * (obj.__dict__, vars()); a dict shared otherwise (refcount above 1) is
 * visited as a plain object, its contents then count as referenced from
 * outside, which is safe. */
Value gc_instance_dict_new(void);
void gc_instance_dict_expose(Value d);
void gc_traverse_instance_dict(Value d, VisitFn visit, void *arg);

/* Run o's finalizer (type->finalize: __del__, or closing a suspended
 * generator) from its dealloc, unless it already ran (PEP 442: once per
 * object). o's refcount is 0 on entry. Returns true if the finalizer
 * resurrected o: the dealloc must then stop (o is tracked again). */
bool gc_finalize_from_dealloc(Obj *o);

/* Collect generation gen (0..2) and the younger ones. Returns the number of
 * unreachable objects found (0 if a collection is already running). */
long gc_collect(int gen);
/* The eval breaker saw the collection request: run the automatic collection
 * of the oldest generation over its threshold (CPython's rules). */
void gc_collect_pending(void);
/* The first collection of shutdown (CPython's PyGC_Collect): a full one,
 * gc.callbacks told, if the collector is enabled; skipped when it could
 * show nothing. */
void gc_collect_if_enabled(void);
/* The later ones (finalize.c): a full collection, even with the collector
 * disabled, without gc.callbacks (CPython's _PyGC_CollectNoFail). */
void gc_collect_at_exit(void);
/* Does some tracked object have a finalizer (__del__, a generator's
 * cleanup) that has not run yet? Every object whose type has one is
 * tracked: instances of classes (heap types always traverse) and
 * generators. */
bool gc_finalizers_pending(void);
/* gc.enable()/gc.disable(), gc.set_threshold() for one generation. */
void gc_set_enabled(bool on);
void gc_set_threshold(int gen, long threshold);
/* gc.get_objects(): a new list of the objects tracked in generation gen
 * (0..2), or in every generation for -1. */
Value gc_get_objects(int gen);
/* gc.get_referrers(*objs): a new list of the objects of the generations
 * whose traverse visits one of objs[0..n) (the frozen ones left out, as in
 * CPython). Like the collector, it sees only what traverse slots pass on. */
Value gc_get_referrers(const Value *objs, size_t n);
/* gc.freeze(): move every tracked object to the permanent generation;
 * gc.unfreeze(): back into the oldest one; gc.get_freeze_count(). */
void gc_freeze(void);
void gc_unfreeze(void);
long gc_freeze_count(void);

#endif
