/* py_sources.h - the built-in modules written in baton (the .py files of stdlib/), embedded
 * in the binary by the Makefile as NUL-terminated source texts. */
#ifndef BATON_PY_SOURCES_H
#define BATON_PY_SOURCES_H

extern const char pysrc_threading[];
extern const char pysrc_queue[];
extern const char pysrc_json[];
extern const char pysrc_dis[];

#endif
