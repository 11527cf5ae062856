/* config.h - baton's tunables, in one place (cf. luaconf.h, mpconfig.h). */
#ifndef BATON_CONFIG_H
#define BATON_CONFIG_H

#define BATON_VERSION "0.1.0"
#define BATON_PY_VERSION "3.11.7"   /* the CPython whose behaviour baton follows */

/* Default recursion limit, as sys.getrecursionlimit() reports it. */
#define CONFIG_RECURSION_LIMIT 1000
/* The C stack of every thread that runs Python code: baton's threads are
 * created with this size, and the main thread's limit (RLIMIT_STACK) is
 * raised to it when it is lower and the hard limit allows. Pages are
 * committed only as deep recursion touches them. A Python call costs a few
 * hundred bytes of C stack, so the default recursion limit is far away. */
#define CONFIG_MAIN_STACK_SIZE ((size_t)64 << 20)
/* Sanitizer builds have stack frames several times larger; their threads
 * get stacks that much larger, so that the same programs recurse as deep. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CONFIG_STACK_SCALE 4
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define CONFIG_STACK_SCALE 4
#endif
#endif
#ifndef CONFIG_STACK_SCALE
#define CONFIG_STACK_SCALE 1
#endif
#define CONFIG_THREAD_STACK_SIZE (CONFIG_MAIN_STACK_SIZE * CONFIG_STACK_SCALE)
/* Calls and nested C activations stop with RecursionError this far above
 * the end of the C stack, whatever the recursion limit says: room for the
 * C code that runs between two checks (GMP's temporaries, printf, readline)
 * and for raising the error itself. */
#define CONFIG_STACK_MARGIN ((size_t)256 << 10)

/* GIL: default switch interval (seconds) and check interval (bytecodes). */
#define CONFIG_SWITCH_INTERVAL 0.005
#define CONFIG_CHECK_INTERVAL 100

/* Floats: how many freed float boxes are kept for reuse. */
#define CONFIG_FLOAT_FREELIST 256

#if defined(__GNUC__) || defined(__clang__)
#define CONFIG_COMPUTED_GOTO 1
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define CONFIG_COMPUTED_GOTO 0
#define LIKELY(x) (x)
#define UNLIKELY(x) (x)
#endif

#endif
