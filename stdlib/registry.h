/* registry.h - the table of built-in modules that cli/ registers at start-up.
 *
 * The ModuleDefs of this directory's C modules are declared here (rather
 * than in per-module headers, whose names would shadow <time.h> and the
 * like on the -Istdlib include path). */
#ifndef BATON_REGISTRY_H
#define BATON_REGISTRY_H

#include "module.h"

extern const ModuleDef sys_module_def;
extern const ModuleDef time_module_def;
extern const ModuleDef os_module_def;
extern const ModuleDef os_path_module_def;
extern const ModuleDef json_c_module_def;
extern const ModuleDef dis_c_module_def;
extern const ModuleDef gc_module_def;

/* import_register_builtin() every built-in module. Call before runtime_init. */
void registry_register_all(void);

#endif

/* requested by numbers: registry.c's #include "math.h" finds the C
 * library's <math.h>, so math_module is declared here too (its own header is
 * stdlib/mathmodule.h). */
extern const ModuleDef math_module;
