/* quicken.h - rewrite a code object's instructions into superinstructions
 * the first time it runs (see quicken.c). */
#ifndef BATON_QUICKEN_H
#define BATON_QUICKEN_H

#include "code.h"

void quicken_code(Code *co);

#endif
