/* builtins.h - the builtins module (print, len, range, the exceptions...). */
#ifndef BATON_BUILTINS_H
#define BATON_BUILTINS_H

#include "module.h"

/* Registered by runtime_init; importing it sets interp_main.builtins. */
extern const ModuleDef builtins_module_def;

#endif
