/* config.h - baton's tunables, in one place (cf. luaconf.h, mpconfig.h). */
#ifndef BATON_CONFIG_H
#define BATON_CONFIG_H

#define BATON_VERSION "0.1.0"
#define BATON_PY_VERSION "3.11.7"   /* the CPython whose behaviour baton follows */

/* Default recursion limit, as sys.getrecursionlimit() reports it. */
#define CONFIG_RECURSION_LIMIT 1000
/* The C stack a Python-level call may use is bounded by this many nested
 * eval-loop activations, whatever the recursion limit says, so that no
 * program can overflow the C stack. */
#define CONFIG_C_RECURSION_HARD_LIMIT 8000

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
