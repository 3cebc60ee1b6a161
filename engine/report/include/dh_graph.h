/* dh_graph.h — a map of a scenario for its author: one self-contained SVG with
 * the exercise timeline across and one lane per stage down, each inject at the
 * earliest time it can reach a team, the decisions it opens under it with
 * their options, an arrow from each option to every inject it triggers
 * (labelled with `after`), and each `when` written out from the source with a
 * dotted line from every decision or inject it names, a dotted line labelled
 * with the flag from every option that sets a flag the `when` reads, a
 * labelled line from each decision a `team:sector(...)` in it counts, and an
 * arrow from each hook to the injects its `team:inject` names. Injects and
 * decisions for some roles only carry a badge with the roles.
 *
 * What an author looks for is marked: an inject nothing delivers or that can
 * only arrive after the drill ends, a decision that can never open, one that
 * opens only on a branch (its inject is conditional or only triggered), an
 * option that changes nothing (no points, no flags, no triggers). Every text
 * from the scenario is escaped; every element carries its id in a data-
 * attribute so tools can read the picture back. */
#ifndef DH_GRAPH_H
#define DH_GRAPH_H

#include "dh_buf.h"
#include "dh_scenario.h"
#include "dh_text.h"

typedef struct dh_graph_source {
    /* Per inject (sc->ninjects entries, or NULL): its `when` as written, on one
     * line (NULL: none, or unknown; then the condition shows as "when"). */
    const char *const *when_text;
    /* Per inject (or NULL): 1 when a script may deliver it (team:inject names
     * it), so an inject without `at` or trigger is not called dead. */
    const unsigned char *script_delivers;
    /* Hooks' `team:inject("id")` (a literal id, or the local an inject is
     * bound to), as nhook_edges pairs: hook_edges[2k] an index into sc->hooks,
     * hook_edges[2k + 1] the inject it delivers, each drawn as an arrow from
     * the hook. Borrowed, may be NULL. */
    const size_t *hook_edges;
    size_t nhook_edges;
} dh_graph_source;

/* Appends the SVG to out, its words in lang. sc is borrowed and must be
 * finalized. DH_OK, or DH_ENOMEM. */
dh_status dh_graph_svg(dh_buf *out, const dh_scenario *sc, const dh_graph_source *source,
                       dh_lang lang);

#endif
