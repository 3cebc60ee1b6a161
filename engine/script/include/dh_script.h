/* dh_script.h — scenario scripts: a sandboxed Lua 5.4 state that builds a
 * scenario model and answers the core's `when` and hook calls.
 *
 * One dh_script runs one scenario file. It owns its Lua state and the scenario
 * it built; the scenario stays valid until dh_script_destroy. Every call from C
 * into Lua runs under an instruction budget and the state's memory cap; a script
 * failure becomes a `file:line: message` diagnostic, never a crash. */
#ifndef DH_SCRIPT_H
#define DH_SCRIPT_H

#include "dh_diag.h"
#include "dh_drill.h"
#include "dh_scenario.h"
#include "dh_script_limits.h"
#include "dh_status.h"

#include <stddef.h>
#include <stdint.h>

/* 64 MiB, 50 M instructions to load, 1 M per call, 10 calls' worth per team. */
dh_script_limits dh_script_default_limits(void);

/* Creates a sandboxed state. `seed` seeds math.random while the file loads.
 * NULL out of memory. */
dh_script *dh_script_create(const dh_script_limits *limits, uint64_t seed);
void dh_script_destroy(dh_script *s);

/* Runs the scenario file at `path` and checks the model it built. On success
 * *out is the scenario (owned by s). On failure every problem is in diags at its
 * file:line and the status is DH_EINPUT (bad scenario), DH_EIO or DH_ENOMEM. */
dh_status dh_script_load(dh_script *s, const char *path, dh_scenario **out, dh_diags *diags);
/* The same, from text already in memory; `path` names it in messages. */
dh_status dh_script_load_buffer(dh_script *s, const char *path, const char *text, size_t len,
                                dh_scenario **out, dh_diags *diags);

/* The source text that was loaded (for the drill record); NULL before a load. */
const char *dh_script_source(const dh_script *s, size_t *len);

/* The source lines [*first, *last] of the Lua function held by ref (a `when` or
 * a hook) in the file that was loaded: what a tool shows of a condition without
 * running it. 0, or -1 when ref holds no Lua function of that file. */
int dh_script_function_lines(dh_script *s, int ref, int *first, int *last);

/* The callbacks a drill uses to reach this script. */
dh_script_iface dh_script_iface_for(dh_script *s);

/* Instructions the `when` and hook calls of every drill have used so far
 * (counted as the budgets count them: deterministic, never time), so that a
 * caller playing many drills can bound its total work. */
uint64_t dh_script_instructions(const dh_script *s);

#endif
