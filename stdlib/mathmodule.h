/* mathmodule.h - the built-in math module (math.c).
 *
 * Named mathmodule.h rather than math.h because stdlib/ is on the include
 * path: a stdlib/math.h would hide the C library's <math.h> everywhere. */
#ifndef BATON_MATHMODULE_H
#define BATON_MATHMODULE_H

#include "module.h"

extern const ModuleDef math_module;

#endif
