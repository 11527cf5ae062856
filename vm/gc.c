/* gc.c - the generational cycle collector (CPython's algorithm).
 *
 * Tracking. Every container object (its type has a traverse slot) lives in
 * one of three generation lists from its allocation (obj_alloc, gc.h) to its
 * deallocation (obj_dealloc unlinks it). Generation 0 counts allocations
 * minus deallocations; when the count passes its threshold (700) the
 * allocator only *requests* a collection: gc_request sets a bit in the eval
 * breaker, and the collection runs at the eval loop's next breaker check, a
 * point where no C code below is half-way through building an object. Each
 * collection of generation g bumps the count of g+1; g+1 is collected when
 * that count passes its threshold (10, 10). The oldest generation is
 * collected only once the objects promoted into it since the last full
 * collection reach a quarter of its size, so building a large long-lived
 * structure stays linear.
 *
 * Finding garbage. Among the objects of the collected generations (the
 * "young" set): copy each refcount into its GCHead (update_refs), subtract
 * the references every young object holds to another young object
 * (subtract_refs, through traverse). An object left with a positive count is
 * referenced from outside the set: a global, an older object, a thread's
 * value stack, a C local. Everything transitively reachable from such an
 * object survives (move_unreachable); the rest is cyclic garbage.
 *
 * Freeing it (PEP 442). First every unreachable object with a finalizer
 * (__del__, a suspended generator's close) that has not run yet gets it run,
 * exactly once in the object's life (the FINALIZED flag). A finalizer may
 * resurrect objects, so the unreachable set is sorted again exactly as above
 * (handle_resurrected): what became reachable moves to the older generation
 * and survives. Only what is still unreachable is cleared: each object's
 * clear slot drops its references (leaving a valid, empty object), which
 * breaks the cycles, and refcounting frees the objects.
 *
 * Concurrency. The collector runs on a thread holding the GIL, and the GIL
 * is what makes the traversal safe: every other thread is parked, either at
 * a breaker check waiting for the GIL or inside a GIL-released wait, and
 * touches no object until it gets the GIL back. Their frames and value
 * stacks are not traversed, so whatever they hold counts as an outside
 * reference and survives. Finalizers run Python code, which may release the
 * GIL and let other threads allocate and free objects: the lists the
 * collector walks across finalizers are ordinary doubly-linked lists, and it
 * only ever takes their first element, so an object another thread frees
 * simply disappears from them. `collecting` forbids a nested collection
 * (a __del__ that allocates, or calls gc.collect()).
 */
#include <limits.h>
#include <stdatomic.h>

#include "gc.h"
#include "dict.h"
#include "error.h"
#include "list.h"
#include "str.h"
#include "thread.h"

GCState gc_state = {
    .gen = {
        {.head = {{&gc_state.gen[0].head}, {&gc_state.gen[0].head}}, .threshold = 700},
        {.head = {{&gc_state.gen[1].head}, {&gc_state.gen[1].head}}, .threshold = 10},
        {.head = {{&gc_state.gen[2].head}, {&gc_state.gen[2].head}}, .threshold = 10},
    },
    .trigger = 700,
    .enabled = true,
    .permanent = {{&gc_state.permanent}, {&gc_state.permanent}},
};

/* ---- lists ---- */

#define GC_PREV(g) ((GCHead *)((g)->prev.bits & ~GC_PREV_FLAGS))
#define GC_NEXT(g) ((GCHead *)((g)->next.bits & ~GC_NEXT_UNREACHABLE))

static void gc_list_init(GCHead *list) {
    list->next.ptr = list;
    list->prev.ptr = list;
}

static bool gc_list_is_empty(const GCHead *list) {
    return list->next.ptr == list;
}

/* Link g at the end of list; g keeps its flags. */
static void gc_list_append(GCHead *g, GCHead *list) {
    GCHead *last = GC_PREV(list);
    g->prev.bits = (uintptr_t)last | (g->prev.bits & GC_PREV_FLAGS);
    last->next.ptr = g;
    g->next.ptr = list;
    list->prev.ptr = g;
}

static void gc_list_remove(GCHead *g) {
    GCHead *prev = GC_PREV(g), *next = g->next.ptr;
    prev->next.ptr = next;
    next->prev.bits = (uintptr_t)prev | (next->prev.bits & GC_PREV_FLAGS);
}

static void gc_list_move(GCHead *g, GCHead *to) {
    gc_list_remove(g);
    gc_list_append(g, to);
}

/* Append every element of from to to; from becomes empty. */
static void gc_list_merge(GCHead *from, GCHead *to) {
    if (gc_list_is_empty(from)) return;
    GCHead *tail = GC_PREV(to), *first = from->next.ptr, *last = GC_PREV(from);
    tail->next.ptr = first;
    first->prev.bits = (uintptr_t)tail | (first->prev.bits & GC_PREV_FLAGS);
    last->next.ptr = to;
    to->prev.ptr = last;
    gc_list_init(from);
}

static long gc_list_size(const GCHead *list) {
    long n = 0;
    for (const GCHead *g = list->next.ptr; g != list; g = g->next.ptr) n++;
    return n;
}

/* ---- reference counts copied into the GCHead ---- */

#define GC_REFS_SHIFT 2

static uintptr_t gc_refs(const GCHead *g) {
    return g->prev.bits >> GC_REFS_SHIFT;
}

static void gc_set_refs(GCHead *g, uintptr_t n) {
    g->prev.bits = (g->prev.bits & GC_PREV_FLAGS) | (n << GC_REFS_SHIFT);
}

/* Each object's refcount into its head, marked COLLECTING. The prev
 * pointers are lost: until move_unreachable ends the list is singly linked. */
static void update_refs(GCHead *young) {
    for (GCHead *g = young->next.ptr; g != young; g = g->next.ptr) {
        uintptr_t rc = (uintptr_t)GC_OBJ_OF(g)->refcnt;
        g->prev.bits = (rc << GC_REFS_SHIFT) | GC_FLAG_COLLECTING | (g->prev.bits & GC_FLAG_FINALIZED);
    }
}

/* The GCHead of v if v is an object of the set being collected, else NULL. */
static GCHead *gc_collecting_head(Value v) {
    if (v == VAL_NULL || !IS_OBJ(v) || !gc_has_head(AS_OBJ(v))) return NULL;
    GCHead *g = GC_HEAD_OF(AS_OBJ(v));
    return (g->prev.bits & GC_FLAG_COLLECTING) ? g : NULL;
}

static void visit_decref(Value v, void *arg) {
    (void)arg;
    GCHead *g = gc_collecting_head(v);
    /* A count at 0 would mean a traverse visiting a reference its object
     * does not own; never let it wrap into the flag bits. */
    if (g != NULL && gc_refs(g) > 0) g->prev.bits -= (uintptr_t)1 << GC_REFS_SHIFT;
}

/* Subtract the references young objects hold to each other. */
static void subtract_refs(GCHead *young) {
    for (GCHead *g = young->next.ptr; g != young; g = g->next.ptr) {
        Obj *o = GC_OBJ_OF(g);
        o->type->traverse(o, visit_decref, NULL);
    }
}

/* v is referenced by an object known to be reachable: make sure
 * move_unreachable keeps it (moving it back from the tentatively
 * unreachable list if it was put there already). */
static void visit_reachable(Value v, void *arg) {
    GCHead *young = arg;
    GCHead *g = gc_collecting_head(v);
    if (g == NULL) return; /* another generation, or already scanned */
    if (g->next.bits & GC_NEXT_UNREACHABLE) {
        GCHead *prev = GC_PREV(g), *next = GC_NEXT(g);
        prev->next.bits = g->next.bits; /* keeps the UNREACHABLE mark */
        next->prev.bits = (uintptr_t)prev | (next->prev.bits & GC_PREV_FLAGS);
        gc_list_append(g, young);
        gc_set_refs(g, 1);
    } else if (gc_refs(g) == 0) {
        gc_set_refs(g, 1);
    }
}

/* Split young: objects with an outside reference and everything they reach
 * stay (prev pointers restored, COLLECTING cleared); the others go to
 * unreachable, whose next links carry GC_NEXT_UNREACHABLE until
 * clear_unreachable_mask. */
static long move_unreachable(GCHead *young, GCHead *unreachable) {
    long kept = 0;
    GCHead *prev = young;
    GCHead *g = young->next.ptr;
    while (g != young) {
        if (gc_refs(g) > 0) {
            Obj *o = GC_OBJ_OF(g);
            o->type->traverse(o, visit_reachable, young);
            g->prev.bits = (uintptr_t)prev | (g->prev.bits & GC_FLAG_FINALIZED);
            prev = g;
            kept++;
        } else {
            prev->next.ptr = g->next.ptr;
            GCHead *last = GC_PREV(unreachable);
            last->next.bits = GC_NEXT_UNREACHABLE | (uintptr_t)g;
            g->prev.bits = (uintptr_t)last | (g->prev.bits & GC_PREV_FLAGS);
            g->next.bits = GC_NEXT_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->prev.ptr = g;
        }
        g = prev->next.ptr;
    }
    young->prev.ptr = prev;
    unreachable->next.bits &= ~GC_NEXT_UNREACHABLE;
    return kept;
}

static void clear_unreachable_mask(GCHead *unreachable) {
    for (GCHead *g = unreachable->next.ptr; g != unreachable;) {
        g->next.bits &= ~GC_NEXT_UNREACHABLE;
        g = g->next.ptr;
    }
}

/* Move the unreachable part of young to unreachable (a normal list after).
 * Returns how many objects stay in young. */
static long deduce_unreachable(GCHead *young, GCHead *unreachable) {
    update_refs(young);
    subtract_refs(young);
    gc_list_init(unreachable);
    long kept = move_unreachable(young, unreachable);
    clear_unreachable_mask(unreachable);
    return kept;
}

/* ---- finalizers ---- */

/* Run o's finalizer with the current exception saved around it (finalizers
 * report their own errors as unraisable). o is kept alive meanwhile. */
static void gc_run_finalizer(Obj *o) {
    Value saved = err_fetch();
    INCREF(OBJ_VAL(o));
    o->type->finalize(o);
    if (err_occurred()) err_clear();
    DECREF(OBJ_VAL(o));
    err_restore(saved);
}

bool gc_finalize_from_dealloc(Obj *o) {
    GCHead *g = GC_HEAD_OF(o);
    if (g->prev.bits & GC_FLAG_FINALIZED) return false;
    g->prev.bits |= GC_FLAG_FINALIZED;
    /* Tracked while it runs, so that a resurrected object stays tracked. */
    o->refcnt = 1;
    gc_track(o);
    Value saved = err_fetch();
    o->type->finalize(o);
    if (err_occurred()) err_clear();
    err_restore(saved);
    if (--o->refcnt > 0) return true;
    gc_untrack(o);
    return false;
}

/* Run the finalizer of every unreachable object that has one and has not
 * run it. Each object is moved to `seen` before its finalizer runs, so the
 * loop always takes the first element of a list finalizers may change. */
static void finalize_garbage(GCHead *unreachable) {
    GCHead seen;
    gc_list_init(&seen);
    while (!gc_list_is_empty(unreachable)) {
        GCHead *g = unreachable->next.ptr;
        Obj *o = GC_OBJ_OF(g);
        gc_list_move(g, &seen);
        if (!(g->prev.bits & GC_FLAG_FINALIZED) && o->type->finalize != NULL) {
            g->prev.bits |= GC_FLAG_FINALIZED;
            gc_run_finalizer(o);
        }
    }
    gc_list_merge(&seen, unreachable);
}

/* Sort unreachable again after the finalizers: resurrected objects and
 * what they reach go to old, the rest to still_unreachable. */
static void handle_resurrected(GCHead *unreachable, GCHead *still_unreachable, GCHead *old) {
    for (GCHead *g = unreachable->next.ptr; g != unreachable; g = g->next.ptr)
        g->prev.bits &= ~GC_FLAG_COLLECTING;
    deduce_unreachable(unreachable, still_unreachable);
    gc_list_merge(unreachable, old);
}

/* Clear every object of collectable: its references go, cycles break, and
 * refcounting frees the objects (which unlinks them from the list). One that
 * survives its clear (something still refers to it) moves to old. */
static void delete_garbage(GCHead *collectable, GCHead *old) {
    while (!gc_list_is_empty(collectable)) {
        GCHead *g = collectable->next.ptr;
        Obj *o = GC_OBJ_OF(g);
        if (o->type->clear != NULL) {
            INCREF(OBJ_VAL(o));
            o->type->clear(o);
            if (err_occurred()) err_clear();
            DECREF(OBJ_VAL(o));
        }
        if (collectable->next.ptr == g) {
            g->prev.bits &= ~GC_FLAG_COLLECTING;
            gc_list_move(g, old);
        }
    }
}

/* ---- collections ---- */

/* Recompute the allocation count at which gc_track calls gc_request. */
static void gc_update_trigger(void) {
    long t0 = gc_state.gen[0].threshold;
    gc_state.trigger = gc_state.enabled && t0 > 0 && !gc_state.pending ? t0 : LONG_MAX;
}

void gc_request(void) {
    gc_state.trigger = LONG_MAX; /* one request per pass: gc_update_trigger re-arms */
    if (gc_state.collecting) return;
    gc_state.pending = true;
    atomic_fetch_or(&interp_main.eval_breaker, BREAKER_GC_PENDING);
}

/* One collection of generation gen; the caller set `collecting`. */
static long gc_collect_main(int gen) {
    if (gen + 1 < GC_NGENS) gc_state.gen[gen + 1].count++;
    for (int i = 0; i <= gen; i++) gc_state.gen[i].count = 0;
    GCHead *young = &gc_state.gen[gen].head;
    for (int i = 0; i < gen; i++) gc_list_merge(&gc_state.gen[i].head, young);
    GCHead *old = gen + 1 < GC_NGENS ? &gc_state.gen[gen + 1].head : young;

    GCHead unreachable;
    long survivors = deduce_unreachable(young, &unreachable);
    if (young != old) {
        if (gen == GC_NGENS - 2) gc_state.long_lived_pending += survivors;
        gc_list_merge(young, old);
    } else {
        gc_state.long_lived_pending = 0;
        gc_state.long_lived_total = survivors;
    }

    finalize_garbage(&unreachable);
    GCHead still;
    handle_resurrected(&unreachable, &still, old);
    long n = gc_list_size(&still);
    delete_garbage(&still, old);
    gc_state.gen[gen].collections++;
    gc_state.gen[gen].collected += n;
    return n;
}

/* The info dict gc.callbacks receive: CPython's three keys. */
static Value gc_callback_info(int gen, long collected) {
    Value d = dict_new();
    const char *keys[] = {"generation", "collected", "uncollectable"};
    long values[] = {gen, collected, 0};
    for (int i = 0; i < 3; i++) {
        Value v = FROM_SMALLINT(values[i]);
        if (dict_set_cstr(d, keys[i], v) < 0) {
            DECREF(d);
            return VAL_NULL;
        }
    }
    return d;
}

/* Call each of gc.callbacks with (phase, info), as CPython's
 * invoke_gc_callback: the list is re-read at every step (a callback may
 * change it) and an exception is reported as unraisable. Runs with
 * `collecting` set, so a gc.collect() inside finds nothing to do. */
static void gc_invoke_callbacks(const char *phase, int gen, long collected) {
    Value info = gc_callback_info(gen, collected);
    Value name = str_from_cstr(phase);
    for (size_t i = 0; info != VAL_NULL && i < LIST_LEN(gc_state.callbacks); i++) {
        Value cb = NEWREF(LIST_GET(gc_state.callbacks, i));
        Value r = obj_call2(cb, name, info);
        if (r == VAL_NULL) {
            Value exc = err_fetch();
            Value where = obj_repr(cb);
            err_clear();
            err_write_unraisable(exc, where != VAL_NULL ? STR_DATA(where) : NULL);
            XDECREF(where);
            DECREF(exc);
        }
        XDECREF(r);
        DECREF(cb);
    }
    if (info == VAL_NULL) err_clear();
    XDECREF(info);
    DECREF(name);
}

/* Anything to call? One load and a length test per phase of a collection. */
static bool gc_callbacks_wanted(void) {
    return gc_state.callbacks != VAL_NULL && LIST_LEN(gc_state.callbacks) > 0;
}

long gc_collect(int gen) {
    if (gc_state.collecting) return 0;
    gc_state.collecting = true;
    Value saved = err_fetch();
    if (UNLIKELY(gc_callbacks_wanted())) gc_invoke_callbacks("start", gen, 0);
    long n = gc_collect_main(gen);
    if (UNLIKELY(gc_callbacks_wanted())) gc_invoke_callbacks("stop", gen, n);
    err_restore(saved);
    gc_state.collecting = false;
    gc_update_trigger();
    return n;
}

void gc_collect_pending(void) {
    gc_state.pending = false;
    gc_update_trigger();
    if (!gc_state.enabled || gc_state.collecting) return;
    for (int i = GC_NGENS - 1; i >= 0; i--) {
        if (gc_state.gen[i].count <= gc_state.gen[i].threshold) continue;
        if (i == GC_NGENS - 1 && gc_state.long_lived_pending < gc_state.long_lived_total / 4) continue;
        gc_collect(i);
        return;
    }
}

static bool gc_list_has_pending_finalizer(const GCHead *list) {
    for (const GCHead *g = list->next.ptr; g != list; g = g->next.ptr)
        if (!(g->prev.bits & GC_FLAG_FINALIZED) && GC_OBJ_OF(g)->type->finalize != NULL) return true;
    return false;
}

/* A walk of the lists (the frozen objects' too: the teardown frees them
 * like any other), far cheaper than a collection. */
bool gc_finalizers_pending(void) {
    for (int i = 0; i < GC_NGENS; i++)
        if (gc_list_has_pending_finalizer(&gc_state.gen[i].head)) return true;
    return gc_list_has_pending_finalizer(&gc_state.permanent);
}

/* Nobody could tell the collection happened without a callback or a
 * finalizer: what it frees is memory the exit frees anyway. */
void gc_collect_if_enabled(void) {
    if (gc_state.enabled && (gc_callbacks_wanted() || gc_finalizers_pending())) gc_collect(GC_NGENS - 1);
}

/* As gc_collect, but gc.callbacks hear nothing of it (CPython's
 * _PyGC_CollectNoFail). */
void gc_collect_at_exit(void) {
    if (gc_state.collecting) return;
    gc_state.collecting = true;
    Value saved = err_fetch();
    gc_collect_main(GC_NGENS - 1);
    err_restore(saved);
    gc_state.collecting = false;
    gc_update_trigger();
}

void gc_set_enabled(bool on) {
    gc_state.enabled = on;
    gc_update_trigger();
}

void gc_set_threshold(int gen, long threshold) {
    gc_state.gen[gen].threshold = threshold;
    if (gen == 0) gc_update_trigger();
}

/* ---- instance dicts (gc.h) ---- */

Value gc_instance_dict_new(void) {
    Value d = dict_new();
    gc_untrack(AS_OBJ(d));
    return d;
}

void gc_instance_dict_expose(Value d) {
    Obj *o = AS_OBJ(d);
    if (gc_has_head(o) && GC_HEAD_OF(o)->next.bits == 0) gc_track(o);
}

/* Only containers are passed on: the keys of a folded dict are attribute
 * names, its values mostly None, numbers and strings. */
void gc_traverse_instance_dict(Value d, VisitFn visit, void *arg) {
    if (d == VAL_NULL) return;
    Obj *o = AS_OBJ(d);
    if (o->refcnt != 1 || o->type != &dict_type || GC_HEAD_OF(o)->next.bits != 0) {
        visit(d, arg);
        return;
    }
    const DictObj *dict = (const DictObj *)o;
    if (dict->nentries == 0) return; /* entries may still be NULL */
    for (const DictEntry *e = dict->entries, *end = e + dict->nentries; e < end; e++) {
        if (e->key == VAL_NULL) continue;
        if (gc_may_refer(e->key)) visit(e->key, arg);
        if (gc_may_refer(e->value)) visit(e->value, arg);
    }
}

/* gc.get_objects(): a new list of the objects tracked in generation gen, or
 * in all of them for gen -1 (the list itself left out). */
Value gc_get_objects(int gen) {
    Value result = list_new(0);
    for (int i = 0; i < GC_NGENS; i++) {
        if (gen >= 0 && i != gen) continue;
        GCHead *head = &gc_state.gen[i].head;
        for (GCHead *g = head->next.ptr; g != head; g = g->next.ptr) {
            Value v = OBJ_VAL(GC_OBJ_OF(g));
            if (v != result) list_append(result, v);
        }
    }
    return result;
}

/* What a referrer's traverse looks for: one of objs[0..n). */
typedef struct { const Value *objs; size_t n; bool found; } GCReferrerSearch;

static void visit_find_referent(Value v, void *arg) {
    GCReferrerSearch *s = arg;
    for (size_t i = 0; i < s->n && !s->found; i++) s->found = s->objs[i] == v;
}

/* CPython's gc_referrers_for over every generation; no Python code runs, so
 * the lists stay as they are while they are walked. */
Value gc_get_referrers(const Value *objs, size_t n) {
    Value result = list_new(0);
    for (int i = 0; i < GC_NGENS; i++) {
        GCHead *head = &gc_state.gen[i].head;
        for (GCHead *g = head->next.ptr; g != head; g = g->next.ptr) {
            Obj *o = GC_OBJ_OF(g);
            if (OBJ_VAL(o) == result) continue;
            GCReferrerSearch s = {objs, n, false};
            o->type->traverse(o, visit_find_referent, &s);
            if (s.found && list_append(result, OBJ_VAL(o)) < 0) {
                DECREF(result);
                return VAL_NULL;
            }
        }
    }
    return result;
}

/* As CPython's gc_freeze_impl: the objects stay tracked (gc_untrack unlinks
 * them from the permanent list as from any other) and count no more. */
void gc_freeze(void) {
    for (int i = 0; i < GC_NGENS; i++) gc_list_merge(&gc_state.gen[i].head, &gc_state.permanent);
    gc_state.gen[0].count = 0;
}

void gc_unfreeze(void) {
    gc_list_merge(&gc_state.permanent, &gc_state.gen[GC_NGENS - 1].head);
}

long gc_freeze_count(void) {
    return gc_list_size(&gc_state.permanent);
}
