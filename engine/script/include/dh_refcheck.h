/* dh_refcheck.h — the ids a scenario's scripts pass to the team API, checked
 * before any drill runs.
 *
 * A hook that calls team:chose("acount-action") loads, and fails only while a
 * drill runs — once per team, and a failing `when` counts as false, so the
 * branch silently changes. This reads the source (a Lua tokenizer: strings and
 * comments are skipped, never mistaken for code) and checks every literal id:
 *
 *   team:chose("d") / team:missed("d")          d is a decision
 *   team:chose("d") == "o"  (or ~=)             o is an option of d
 *   team:delivered("i") / team:inject("i", …)   i is an inject
 *   team:add("c", n, reason) / team:score("c")  c is a category; add has a reason
 *   team:sector("r", "d", "o")                  r is a role the scenario names, d a
 *                                               decision, o an option of d
 *   on("choice"/"expire", function(t, d, o)): d == "x" a decision, o == "y" an option
 *   on("inject", function(t, i)): i == "x" an inject
 *   os, io, debug, require, … used as values: not in the sandbox
 *
 * Ids held in variables are not followed: only literals are checked, so every
 * error is certain. Each unknown id says the closest known one ("did you mean"). */
#ifndef DH_REFCHECK_H
#define DH_REFCHECK_H

#include "dh_diag.h"
#include "dh_scenario.h"
#include "dh_status.h"

/* Adds one DH_ERROR per problem to diags at path:line. src is the scenario's
 * source (NUL-terminated); sc its finalized model. Returns DH_OK or DH_ENOMEM. */
dh_status dh_refcheck(const char *src, const char *path, const dh_scenario *sc, dh_diags *diags);

#endif
