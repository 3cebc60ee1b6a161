/* dh_script_limits.h — a script state's handle and the limits it runs under.
 *
 * Apart from dh_script.h so that the state's protected boundary (dh_state.h) can
 * name them without depending on the code that assembles the API. */
#ifndef DH_SCRIPT_LIMITS_H
#define DH_SCRIPT_LIMITS_H

#include <stddef.h>
#include <stdint.h>

typedef struct dh_script dh_script;

typedef struct dh_script_limits {
    size_t memory;          /* bytes the Lua state may hold */
    uint64_t load_budget;   /* instructions for running the scenario file */
    uint64_t call_budget;   /* instructions for one `when` or hook call */
    /* A drill's scripts share call_budget × drill_calls × (teams + 1)
     * instructions in all (0 means 10): past it the drill goes on without them
     * (`when` counts as false, hooks are skipped). Counted in instructions,
     * never in time, so a replay stops at the same point. */
    uint32_t drill_calls;
} dh_script_limits;

#endif
