/* runtime.h - bringing the interpreter up and down. */
#ifndef BATON_RUNTIME_H
#define BATON_RUNTIME_H

#include "object.h"

/* Initialise types, names, builtins, sys (argv from the arguments) and the
 * calling thread's state. 0 on success. */
int runtime_init(int argc, char **argv);
/* Flush stdout/stderr, wait for non-daemon threads, release what can be. */
void runtime_finalize(void);
/* Run a file / a string as __main__; returns the process exit status
 * (0, 1 after printing a traceback, or the SystemExit code). */
int runtime_run_file(const char *path);
int runtime_run_string(const char *src, const char *filename);
/* Turn the current exception into an exit status: SystemExit -> its code,
 * anything else -> print the traceback, 1. */
int runtime_handle_exit_exception(void);

/* Added by runtime: `baton -m NAME`, run the module NAME as __main__;
 * returns the exit status as runtime_run_file does. */
int runtime_run_module(const char *name);

#endif
