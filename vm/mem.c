/* mem.c - memory: the malloc wrappers and the small-block arena allocator.
 *
 * Every allocation in baton goes through mem_alloc & co., which abort the
 * process on exhaustion ("baton: out of memory") so callers never check for
 * NULL.
 *
 * Small blocks. Objects and dict tables are allocated and freed by the
 * million, most of them a few dozen bytes. mem_small_alloc serves requests
 * of up to MEM_SMALL_MAX bytes from arenas of its own, on the plan of
 * CPython's obmalloc:
 *   - MEM_CLASSES size classes 16 bytes apart: class c holds blocks of
 *     16 * (c + 1) bytes, so every block is 16-byte aligned;
 *   - an arena is MEM_ARENA_SIZE bytes obtained with mmap at an address that
 *     is a multiple of its size, cut into MEM_POOLS_PER_ARENA pools (so each
 *     pool is aligned to MEM_POOL_SIZE);
 *   - a pool serves one size class. Its header, at the pool's start (a
 *     block's address with the low bits cleared), holds the class, the count
 *     of blocks handed out, an intrusive list of free blocks and the offset
 *     of the first never-used block: a pool's pages are touched only as it
 *     fills (in the first arena; later ones are populated when mapped);
 *   - mem_used[c] lists the pools of class c that have a free block, so an
 *     allocation pops a block off the first pool's list. A pool leaves
 *     mem_used when it fills and comes back at its first free;
 *   - a pool whose last block is freed goes back to its arena. Arenas wait
 *     in buckets by their number of free pools, and a new pool is taken from
 *     the fullest arena, so lightly used arenas drain. An arena whose pools
 *     are all free is kept for reuse while fewer than MEM_ARENAS_KEPT are,
 *     else unmapped: memory shrinks back after a burst, but a program that
 *     builds and drops a few megabytes of objects in a loop (a list of words
 *     split from a text, say) does not map, fault in and unmap them every
 *     time (each first touch of a page is a page fault, microseconds on a
 *     virtual machine).
 *
 * Foreign blocks. mem_small_free also takes malloc blocks (mem_alloc & co.,
 * requests above MEM_SMALL_MAX, obj_try_alloc_size, or a small request made
 * when no arena could be mapped). It tells the two apart without reading
 * anything outside the block, which might be unmapped: a two-level radix
 * tree over arena numbers (address / MEM_ARENA_SIZE) has one bit per arena
 * that exists, so the test is exact and costs two loads.
 *
 * Locking. All the state below (mem_used, the buckets, the kept arenas, the
 * radix tree, the pool and arena headers) is protected by the GIL:
 * mem_small_alloc and mem_small_free are only called by the thread that
 * holds it, as the refcounts of the objects they serve are only touched by
 * that thread.
 *
 * Sanitizers. With MEM_ARENAS 0 (mem.h) every block goes to malloc and free.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "config.h"
#include "mem.h"

/* ---- malloc wrappers ---- */

static void mem_fail(void) {
    fputs("baton: out of memory\n", stderr);
    abort();
}

void *mem_alloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) mem_fail();
    return p;
}

void *mem_try_alloc(size_t n) {
    return malloc(n ? n : 1);
}

void *mem_calloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) mem_fail();
    return p;
}

void *mem_realloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) mem_fail();
    return q;
}

void mem_free(void *p) {
    free(p);
}

/* ---- small blocks: layout ---- */

#define MEM_ALIGN 16
#define MEM_CLASSES (MEM_SMALL_MAX / MEM_ALIGN)
#define MEM_POOL_SIZE ((uintptr_t)16 << 10)
#define MEM_ARENA_SHIFT 20
#define MEM_ARENA_SIZE ((uintptr_t)1 << MEM_ARENA_SHIFT)
#define MEM_POOLS_PER_ARENA ((uint32_t)(MEM_ARENA_SIZE / MEM_POOL_SIZE))

typedef struct MemBlock {
    struct MemBlock *next;
} MemBlock;

typedef struct MemArena MemArena;

typedef struct MemPool {
    MemBlock *free;       /* blocks ready to hand out; NULL iff the pool is full */
    struct MemPool *next; /* in mem_used[cls] while it has a free block and a
                             block in use; in its arena's free pools when empty */
    struct MemPool *prev; /* in mem_used[cls] */
    MemArena *arena;
    uint32_t used;  /* blocks handed out */
    uint32_t cls;   /* size class */
    uint32_t fresh; /* offset of the first never-used block */
    uint32_t last;  /* offset of the last block that fits */
} MemPool;

#define MEM_POOL_HEADER ((sizeof(MemPool) + MEM_ALIGN - 1) & ~(size_t)(MEM_ALIGN - 1))
_Static_assert(MEM_POOL_HEADER + 2 * MEM_SMALL_MAX <= MEM_POOL_SIZE,
               "a pool holds at least two blocks, so a full pool never becomes empty at one free");
_Static_assert(MEM_POOLS_PER_ARENA <= 64, "the bucket bitmap has a bit per partly used count");

struct MemArena {
    uintptr_t base;
    MemPool *free_pools; /* pools given back, ready for reuse */
    uint32_t nfree;      /* free pools: given back plus never used */
    uint32_t fresh;      /* index of the first never-used pool */
    MemArena *prev, *next; /* in mem_buckets[nfree] while 0 < nfree < MEM_POOLS_PER_ARENA;
                              next: in mem_kept while all free */
};

static MemPool *mem_used[MEM_CLASSES];
static MemArena *mem_buckets[MEM_POOLS_PER_ARENA]; /* by free pools, 1 .. MEM_POOLS_PER_ARENA-1 */
static uint64_t mem_bucket_bits;                    /* bit n set iff mem_buckets[n] != NULL */
static MemArena *mem_kept;                          /* arenas with every pool free, by next */
static size_t mem_nkept;                            /* how many */
static size_t mem_narenas;                          /* arenas mapped, the kept ones included */

/* ---- small blocks: the radix tree of arenas ----
 * Addresses have MEM_ADDR_BITS bits (x86-64 and AArch64 user space; an
 * arena mapped above that is given back). The arena number splits into a
 * root index and a bit index within a leaf. Leaves are allocated on first
 * use and kept: one covers 16 GiB of address space in 2 KiB. */

#define MEM_ADDR_BITS 48
#define MEM_LEAF_BITS 14
#define MEM_ROOT_SHIFT (MEM_ARENA_SHIFT + MEM_LEAF_BITS)
#define MEM_ROOT_LEN ((size_t)1 << (MEM_ADDR_BITS - MEM_ROOT_SHIFT))
#define MEM_LEAF_WORDS (((size_t)1 << MEM_LEAF_BITS) / 64)

static uint64_t *mem_radix[MEM_ROOT_LEN];

static inline uintptr_t mem_leaf_index(uintptr_t a) {
    return (a >> MEM_ARENA_SHIFT) & (((uintptr_t)1 << MEM_LEAF_BITS) - 1);
}

/* Whether address a lies in an arena that is mapped now. */
static inline bool mem_arena_owns(uintptr_t a) {
    if (a >> MEM_ADDR_BITS) return false;
    const uint64_t *leaf = mem_radix[a >> MEM_ROOT_SHIFT];
    if (leaf == NULL) return false;
    uintptr_t i = mem_leaf_index(a);
    return (leaf[i / 64] >> (i % 64)) & 1;
}

/* Record that the arena at base exists; false if no leaf could be had. */
static bool mem_radix_add(uintptr_t base) {
    uint64_t **slot = &mem_radix[base >> MEM_ROOT_SHIFT];
    if (*slot == NULL && (*slot = calloc(MEM_LEAF_WORDS, sizeof(uint64_t))) == NULL) return false;
    uintptr_t i = mem_leaf_index(base);
    (*slot)[i / 64] |= (uint64_t)1 << (i % 64);
    return true;
}

static void mem_radix_remove(uintptr_t base) {
    uintptr_t i = mem_leaf_index(base);
    mem_radix[base >> MEM_ROOT_SHIFT][i / 64] &= ~((uint64_t)1 << (i % 64));
}

/* ---- small blocks: arenas ---- */

/* A new arena, aligned to its size: map twice the size and unmap the
 * unaligned head and the tail. NULL if the system has no memory for it.
 * The first arena's pages are faulted in one by one as pools fill, so that
 * a small program touches few; a program that needs a second is allocating
 * in bulk, and its further arenas are populated with one call, much cheaper
 * than a fault per page (the call may fail on an old kernel: no matter). */
static MemArena *mem_arena_map(void) {
    MemArena *a = malloc(sizeof *a);
    if (a == NULL) return NULL;
    char *raw = mmap(NULL, 2 * MEM_ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) {
        free(a);
        return NULL;
    }
    uintptr_t start = (uintptr_t)raw;
    uintptr_t base = (start + MEM_ARENA_SIZE - 1) & ~(MEM_ARENA_SIZE - 1);
    if (base > start) munmap(raw, base - start);
    munmap((void *)(base + MEM_ARENA_SIZE), start + MEM_ARENA_SIZE - base);
    if ((base + MEM_ARENA_SIZE - 1) >> MEM_ADDR_BITS || !mem_radix_add(base)) {
        munmap((void *)base, MEM_ARENA_SIZE);
        free(a);
        return NULL;
    }
#ifdef MADV_POPULATE_WRITE
    if (mem_narenas > 0) madvise((void *)base, MEM_ARENA_SIZE, MADV_POPULATE_WRITE);
#endif
    a->base = base;
    mem_narenas++;
    return a;
}

/* An arena all of whose pools are free: kept for reuse if there is room,
 * else unmapped and forgotten by the radix tree. */
static void mem_arena_retire(MemArena *a) {
    if (mem_nkept < MEM_ARENAS_KEPT) {
        a->next = mem_kept;
        mem_kept = a;
        mem_nkept++;
        return;
    }
    mem_radix_remove(a->base);
    munmap((void *)a->base, MEM_ARENA_SIZE);
    free(a);
    mem_narenas--;
}

/* Bucket n holds the arenas with n free pools, for 0 < n < all: a full arena
 * has nothing to give and an empty one is retired. */
static void mem_bucket_add(MemArena *a) {
    uint32_t n = a->nfree;
    if (n == 0 || n == MEM_POOLS_PER_ARENA) return;
    a->prev = NULL;
    a->next = mem_buckets[n];
    if (a->next != NULL) a->next->prev = a;
    mem_buckets[n] = a;
    mem_bucket_bits |= (uint64_t)1 << n;
}

static void mem_bucket_remove(MemArena *a) {
    uint32_t n = a->nfree;
    if (n == 0 || n == MEM_POOLS_PER_ARENA) return;
    if (a->next != NULL) a->next->prev = a->prev;
    if (a->prev != NULL) {
        a->prev->next = a->next;
    } else {
        mem_buckets[n] = a->next;
        if (a->next == NULL) mem_bucket_bits &= ~((uint64_t)1 << n);
    }
}

/* The arena to take a pool from: the fullest one with a free pool, else the
 * last one kept, else a new one (NULL if none can be mapped). A kept
 * arena's pools still hold their old headers, all of them free. */
static MemArena *mem_arena_for_pool(void) {
    if (mem_bucket_bits != 0) return mem_buckets[__builtin_ctzll(mem_bucket_bits)];
    MemArena *a = mem_kept;
    if (a != NULL) {
        mem_kept = a->next;
        mem_nkept--;
    } else if ((a = mem_arena_map()) == NULL) {
        return NULL;
    }
    a->free_pools = NULL;
    a->nfree = MEM_POOLS_PER_ARENA;
    a->fresh = 0;
    return a;
}

/* A free pool (header not yet set up), or NULL if no arena can be had. */
static MemPool *mem_pool_take(void) {
    MemArena *a = mem_arena_for_pool();
    if (a == NULL) return NULL;
    mem_bucket_remove(a);
    MemPool *p = a->free_pools;
    if (p != NULL)
        a->free_pools = p->next;
    else
        p = (MemPool *)(a->base + a->fresh++ * MEM_POOL_SIZE);
    a->nfree--;
    mem_bucket_add(a);
    p->arena = a;
    return p;
}

/* Give an empty pool back to its arena, retiring the arena if it is all free. */
static void mem_pool_give(MemPool *p) {
    MemArena *a = p->arena;
    mem_bucket_remove(a);
    p->next = a->free_pools;
    a->free_pools = p;
    if (++a->nfree == MEM_POOLS_PER_ARENA)
        mem_arena_retire(a);
    else
        mem_bucket_add(a);
}

/* ---- small blocks: pools ---- */

static void mem_used_push(MemPool *p) {
    MemPool **head = &mem_used[p->cls];
    p->prev = NULL;
    p->next = *head;
    if (*head != NULL) (*head)->prev = p;
    *head = p;
}

static void mem_used_remove(MemPool *p) {
    if (p->next != NULL) p->next->prev = p->prev;
    if (p->prev != NULL)
        p->prev->next = p->next;
    else
        mem_used[p->cls] = p->next;
}

/* The pool's free list has just run out as block b was handed out: carve
 * the next never-used block into it, or, with none left, the pool is full
 * and leaves mem_used (so a listed pool always has a free block). Returns b.
 * The slow paths here and below are kept out of line so that the fast paths
 * need no stack frame. */
static __attribute__((noinline)) void *mem_pool_refill(MemPool *p, MemBlock *b) {
    if (p->fresh <= p->last) {
        MemBlock *f = (MemBlock *)((char *)p + p->fresh);
        p->fresh += (p->cls + 1) * MEM_ALIGN;
        f->next = NULL;
        p->free = f;
    } else {
        mem_used_remove(p);
    }
    return b;
}

/* Lay out pool p for class c: all its blocks free, the first on the free
 * list, the rest never used. */
static void mem_pool_format(MemPool *p, uint32_t c) {
    uint32_t size = (c + 1) * MEM_ALIGN;
    MemBlock *first = (MemBlock *)((char *)p + MEM_POOL_HEADER);
    first->next = NULL;
    p->free = first;
    p->cls = c;
    p->fresh = (uint32_t)(MEM_POOL_HEADER + size);
    p->last = (uint32_t)(MEM_POOL_SIZE - size);
}

/* Put a pool taken from its arena to work for class c, list it in
 * mem_used[c] and hand out a block. A pool that last served class c keeps
 * its free list and fresh offset, still right since all its blocks are free
 * (as CPython does); a never-used pool has a zeroed header, free == NULL. */
static void *mem_pool_start(MemPool *p, uint32_t c) {
    if (p->cls != c || p->free == NULL) mem_pool_format(p, c);
    mem_used_push(p);
    MemBlock *b = p->free;
    p->used = 1;
    if ((p->free = b->next) == NULL) return mem_pool_refill(p, b);
    return b;
}

/* No pool of class c has a free block: start a new pool, or, if no arena
 * can be had, let malloc serve the request (mem_small_free tells). */
static __attribute__((noinline)) void *mem_small_alloc_new_pool(size_t n, uint32_t c) {
    MemPool *p = mem_pool_take();
    return p != NULL ? mem_pool_start(p, c) : mem_alloc(n);
}

/* The GIL must be held (see the top of the file). n == 0 wraps to a class
 * past the last and goes to malloc. */
void *mem_small_alloc(size_t n) {
    size_t c = (n - 1) / MEM_ALIGN;
    if (!MEM_ARENAS || c >= MEM_CLASSES) return mem_alloc(n);
    MemPool *p = mem_used[c];
    if (UNLIKELY(p == NULL)) return mem_small_alloc_new_pool(n, (uint32_t)c);
    MemBlock *b = p->free;
    p->used++;
    if (UNLIKELY((p->free = b->next) == NULL)) return mem_pool_refill(p, b);
    return b;
}

/* The last block in use of pool p was freed: p leaves mem_used and goes back
 * to its arena. */
static __attribute__((noinline)) void mem_pool_emptied(MemPool *p) {
    mem_used_remove(p);
    mem_pool_give(p);
}

/* The GIL must be held. A block outside every arena (NULL included) is a
 * malloc block. A pool that was full (empty free list) goes back on
 * mem_used; one left with no block in use goes back to its arena. */
void mem_small_free(void *ptr) {
    if (UNLIKELY(!MEM_ARENAS || !mem_arena_owns((uintptr_t)ptr))) {
        free(ptr);
        return;
    }
    MemPool *p = (MemPool *)((uintptr_t)ptr & ~(MEM_POOL_SIZE - 1));
    MemBlock *b = ptr;
    b->next = p->free;
    p->free = b;
    p->used--;
    if (UNLIKELY(b->next == NULL))
        mem_used_push(p);
    else if (UNLIKELY(p->used == 0))
        mem_pool_emptied(p);
}

size_t mem_arena_count(void) {
    return mem_narenas;
}

bool mem_in_arena(const void *p) {
    return MEM_ARENAS && mem_arena_owns((uintptr_t)p);
}
