/* mem.h - memory: malloc wrappers that never return NULL, and the arena
 * allocator for small blocks (objects, dict tables). */
#ifndef BATON_MEM_H
#define BATON_MEM_H

#include <stdbool.h>
#include <stddef.h>

/* Under AddressSanitizer, ThreadSanitizer or MemorySanitizer MEM_ARENAS is 0:
 * every small block is then a malloc block of its own, so that a use after
 * free is still reported. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define MEM_ARENAS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define MEM_ARENAS 0
#endif
#endif
#ifndef MEM_ARENAS
#define MEM_ARENAS 1
#endif

void *mem_alloc(size_t n);    /* aborts with "baton: out of memory" on failure */
void *mem_try_alloc(size_t n); /* NULL on failure: for sizes a program chose (raise MemoryError) */
void *mem_calloc(size_t n, size_t size);
void *mem_realloc(void *p, size_t n);
void mem_free(void *p);

/* Small blocks: up to MEM_SMALL_MAX bytes come from arenas, in 16-byte size
 * classes (every block is 16-byte aligned); larger requests go to malloc.
 * The caller must hold the GIL, which protects the allocator's state.
 * A block from mem_small_alloc is given back with mem_small_free only (never
 * free, mem_free or mem_realloc: it may not be a malloc block). The converse
 * holds: mem_small_free takes NULL and any block from mem_alloc & co. (or
 * malloc) as well, and hands those to free. */
#define MEM_SMALL_MAX 512
#define MEM_ARENAS_KEPT 32 /* arenas (1 MiB each) kept mapped while all free */
void *mem_small_alloc(size_t n);
void mem_small_free(void *p);

/* For tests: the arenas mapped now (the MEM_ARENAS_KEPT free ones included), and
 * whether p lies inside one of them. */
size_t mem_arena_count(void);
bool mem_in_arena(const void *p);

#endif
