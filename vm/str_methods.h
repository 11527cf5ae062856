/* str_methods.h - the table of str's Python-level methods (str_methods.c). */
#ifndef BATON_STR_METHODS_H
#define BATON_STR_METHODS_H

#include "object.h"

extern const MethodDef str_methods[];

#endif
