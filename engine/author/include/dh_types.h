/* dh_types.h — a scenario's own ids as Lua language server (LuaLS) annotations.
 *
 * scenarios/types/drillhall.lua describes the API with id aliases (dh.InjectId,
 * dh.DecisionId, dh.OptionId, dh.CategoryId, dh.StageId, dh.ObjectiveId) and a
 * class for a team's flags (dh.Flags), which scenarios/types/any-ids.lua defines
 * as any string. This writes the same aliases narrowed to one scenario's ids,
 * so an editor underlines team:chose("acount-action") or team.flags.sprad while
 * the author types. Used instead of any-ids.lua, never beside it. */
#ifndef DH_TYPES_H
#define DH_TYPES_H

#include "dh_buf.h"
#include "dh_scenario.h"

/* Appends the annotations of sc (finalized, borrowed) to out. flags are the
 * flag names scripts assign (nflags of them, borrowed; may repeat), added to
 * those options set. Only names that are ids (dh_id_valid), and for flags
 * also Lua names, are written: nothing from the scenario can end a comment or
 * a string. DH_OK or DH_ENOMEM. */
dh_status dh_types_lua(dh_buf *out, const dh_scenario *sc, const char *const *flags,
                       size_t nflags);

#endif
