/* thread_module.h - the `_thread`, `signal` and `gil` built-in modules. */
#ifndef BATON_THREAD_MODULE_H
#define BATON_THREAD_MODULE_H

#include "module.h"

extern const ModuleDef thread_module_def;   /* _thread (stdlib/thread.c) */
extern const ModuleDef signal_module_def;   /* signal (stdlib/signal.c) */
extern const ModuleDef gil_module_def;      /* gil (stdlib/gilmodule.c) */

#endif
