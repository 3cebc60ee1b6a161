/* dh_scenario_file.h — what the one-shot commands (graph, guide, types) share:
 * a scenario file loaded in the sandbox with its problems printed, and the name
 * of an output written beside an input. */
#ifndef DH_SCENARIO_FILE_H
#define DH_SCENARIO_FILE_H

#include "dh_scenario.h"
#include "dh_script.h"

/* Loads path into a new sandbox, printing its diagnostics. Returns 0 with *s
 * and *sc set (destroy *s when done; *sc belongs to it), or the exit status
 * (1 out of memory, 2 a scenario with errors) with nothing left to free. */
int dh_scenario_file_load(const char *path, dh_script **s, dh_scenario **sc);

/* "dir/x" + ext, where path is "dir/x" followed by suffix (or not): e.g.
 * ("drill.lua", ".lua", ".svg") → "drill.svg". Malloc'd; NULL out of memory. */
char *dh_path_beside(const char *path, const char *suffix, const char *ext);

#endif
