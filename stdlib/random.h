/* random.h - the built-in random module (random.c): CPython-compatible
 * Mersenne Twister sequences, the Random class and module-level functions. */
#ifndef BATON_RANDOM_H
#define BATON_RANDOM_H

#include "module.h"

extern const ModuleDef random_module;

#endif
