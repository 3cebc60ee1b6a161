/* dh_state.h — the script state and its protected boundary (dh_state.c), what
 * every file of the layer shares; not a public contract. */
#ifndef DH_STATE_H
#define DH_STATE_H

#include "dh_diag.h"
#include "dh_drill.h"
#include "dh_scenario.h"
#include "dh_script_limits.h"
#include "dh_status.h"

#include <lauxlib.h>
#include <lua.h>

struct dh_script {
    lua_State *L;
    dh_script_limits limits;
    size_t mem_used;
    uint64_t budget_left;   /* count-hook ticks left in the current call */
    uint64_t budget_total;  /* the current call's budget, for messages */
    int budget_hit;         /* the current call ran out; every line now fails */
    int in_call;            /* inside dh_script_pcall */
    int last_line;          /* line where the memory cap refused, 0 = none */
    int tick_line;          /* line seen at the last budget tick, 0 = none */
    size_t model_bytes;     /* copied out of Lua into the scenario model */
    size_t drill_bytes;     /* copied out of Lua into the current drill */
    uint64_t charge_rest;   /* charged C work below one tick, carried to the next charge */
    uint64_t alloc_rest;    /* bytes allocated in this call not yet charged */
    uint64_t call_ticks;    /* ticks the current call started with */

    /* the drill's share of instructions, counted in ticks (deterministic: never time) */
    uint64_t share_serial;  /* drill the share belongs to; 0 before the first */
    uint64_t share_left;    /* ticks the drill's scripts have left */
    int share_cut;          /* the current call's budget was cut to what the share has left */
    int share_spent;        /* the share ran out: no script runs for the rest of the drill */
    uint64_t ticks_total;   /* ticks every drill call has used, for a caller's own bound */

    /* print: a cap per script state (its load and every drill it runs) */
    uint64_t print_lines, print_bytes, print_dropped;

    /* distinct drill warnings, to count repeats instead of adding them again */
    struct dh_seen_warning *seen;
    size_t nseen;

    /* while a file loads */
    dh_scenario *sc;
    dh_diags *diags;
    int loading;

    /* while the drill calls in */
    dh_drill *drill;
    int team;               /* current team, -1 when none */
    int in_when;            /* `when` must not change state */
    int team_cache;         /* registry ref: table team index → team userdata */
    uint64_t cached_for;    /* serial of the drill the team cache belongs to */

    dh_rng load_rng;
    char *source; size_t source_len;
    struct dh_toks *toks;   /* the source's tokens, made on first need (field lines) */
    char *path;
};

#define DH_SORT_KEY "dh.sort"    /* registry: the original table.sort */
#define DH_HOOK_TICK 1000   /* instructions between budget checks */
/* C work is charged as instructions: a VM instruction costs a few ns, so does
 * building 32 bytes of a string (a buffer, then the string) or scanning one
 * byte in C */
#define DH_ALLOC_BYTES_PER_INSTRUCTION 32
/* Allocations of strings bigger than this are long strings (Lua interns strings
 * of up to 40 bytes; its header is below 32 bytes) */
#define DH_SHORT_STRING_BYTES 80
#define DH_PRINT_MAX_LINES 1000          /* print output shown per script state */
#define DH_PRINT_MAX_BYTES (100u << 10)

/* The allocator every state is created with: it charges the budget and keeps
 * the memory cap (ud is the dh_script). */
void *dh_script_alloc(void *ud, void *ptr, size_t osize, size_t nsize);
/* The one protected boundary into Lua. Calls the function below
 * nargs arguments on the stack under the call budget; on failure copies
 * "file:line: message" into err. Pops the function and arguments, leaves nres
 * results on success. */
int dh_script_pcall(dh_script *s, int nargs, int nres, uint64_t budget, char *err,
                    size_t errlen);
/* Runs a file's text (path names it) as one chunk under the load budget, with
 * s->loading set and definition problems going to diags; the scenario loader
 * and the test-file loader both read files through it. Refuses text that is
 * not UTF-8, skips a leading BOM, keeps a copy of the text and path in s.
 * Every problem is added to diags; returns DH_OK, DH_EINPUT or DH_ENOMEM. */
dh_status dh_script_run_file(dh_script *s, const char *path, const char *text, size_t len,
                             dh_diags *diags);
/* Charges `cost` instructions' worth of C work to the current call's budget;
 * raises the budget error when it runs out. No-op outside a call. */
void dh_script_charge(dh_script *s, lua_State *L, uint64_t cost);
/* Accounts `bytes` copied out of Lua into C (model or drill); raises when the
 * total would pass the memory cap, so C copies cannot bypass it. */
void dh_script_account(dh_script *s, lua_State *L, size_t bytes);
/* The line where `key` is written in the definition starting at def_line (in
 * its option `option` when not NULL); def_line when it cannot be found. */
int dh_script_key_line(dh_script *s, int def_line, const char *option, const char *key);
/* The definition line of the Lua code calling the current C function. */
int dh_script_caller_line(lua_State *L);
/* Fills ar with the innermost frame running the scenario file itself (not a
 * chunk it loaded, not C): where its author should look. 0 when none. */
int dh_script_where(lua_State *L, lua_Debug *ar);
dh_script *dh_script_from_upvalue(lua_State *L);

#endif
