/* registry.c - registers every built-in module with the importer.
 * Adding a module: declare its ModuleDef in its header (or registry.h) and
 * add one line to registry_modules. */
#include "registry.h"
#include "mathmodule.h"
#include "random.h"
#include "py_sources.h"
#include "thread_module.h"

/* The modules written in baton: their source is compiled into the binary. */
static const ModuleDef threading_module_def = {"threading", NULL, NULL, pysrc_threading};
static const ModuleDef queue_module_def = {"queue", NULL, NULL, pysrc_queue};
static const ModuleDef json_module_def = {"json", NULL, NULL, pysrc_json};
static const ModuleDef dis_module_def = {"dis", NULL, NULL, pysrc_dis};

static const ModuleDef *const registry_modules[] = {
    &sys_module_def, &time_module_def, &os_module_def, &os_path_module_def,
    &math_module, &random_module, &thread_module_def, &signal_module_def, &gil_module_def,
    &threading_module_def, &queue_module_def, &json_c_module_def, &json_module_def,
    &dis_c_module_def, &dis_module_def,
    &gc_module_def,
};

void registry_register_all(void) {
    for (size_t i = 0; i < sizeof registry_modules / sizeof registry_modules[0]; i++)
        import_register_builtin(registry_modules[i]);
}
