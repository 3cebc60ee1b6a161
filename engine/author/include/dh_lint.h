/* dh_lint.h — warnings about a scenario that loads but will not play as meant.
 *
 * A scenario that passes dh_scenario_finalize runs; lint looks for what an author
 * almost certainly did not intend: injects no team can ever receive, decisions
 * whose options all score the same, texts in one language only, deadlines past the
 * end of the drill, flags set but never read, flags read but never set (a typo
 * in a `when` silently closes a branch), stages without injects, answers a team
 * can find without judgement (the best option is the longest text by half again
 * as much as any other, or the only one worth points: unless the decision gives
 * a balance_reason), decisions for roles their inject never reaches, and a role
 * spelt like a more common one.
 *
 * Hooks and `when` conditions are scripts the core cannot read, so lint asks the
 * caller (dh_lint_refs) whether scripts name an inject or read a flag. The answer
 * must be conservative: "maybe" counts as yes, so a warning is never wrong. */
#ifndef DH_LINT_H
#define DH_LINT_H

#include "dh_diag.h"
#include "dh_roster.h"
#include "dh_scenario.h"
#include "dh_status.h"

typedef struct dh_lint_refs {
    void *ctx;
    /* 1 when a script may deliver inject `in` (e.g. team:inject names it). */
    int (*names_inject)(void *ctx, const dh_scenario *sc, const dh_inject *in);
    /* 1 when a script may read flag `name`. */
    int (*reads_flag)(void *ctx, const char *name);
    /* Calls use() for every flag a script names (read or assigned), with the line.
     * May be NULL. */
    void (*each_flag_use)(void *ctx, void (*use)(void *ud, const char *name, int line,
                                                 int assigns),
                          void *ud);
    /* 1 when a script may add points to `category` (team:add names it, or a
     * call computes the category). May be NULL: then every category may be. */
    int (*may_score)(void *ctx, const char *category);
} dh_lint_refs;

/* Adds one DH_WARNING per finding to diags, at the line of the definition (the
 * decision's line for an option's problem). `refs` may be NULL: then no inject is
 * assumed reachable by scripts and every flag is assumed read.
 * Returns DH_OK, or DH_ENOMEM (then some findings may be missing from diags).
 * The scenario must be finalized. */
dh_status dh_lint_scenario(const dh_scenario *sc, const dh_lint_refs *refs, dh_diags *diags);

/* Checks sc's roles against a roster (read from roster_file): an error at the
 * scenario's line for a role no team of the roster has (what is meant for it
 * reaches nobody), and, when sc names roles at all, a warning at the roster's
 * line for a role of the roster sc never names (its teams get only what is for
 * every team). DH_OK or DH_ENOMEM. */
dh_status dh_lint_roster_roles(const dh_scenario *sc, const dh_roster *r, const char *roster_file,
                               dh_diags *diags);

#endif
