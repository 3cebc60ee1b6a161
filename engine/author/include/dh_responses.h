/* dh_responses.h — reading a responses file into core's dh_responses.
 *
 * The model (dh_responses, dh_responses_free) is core's (dh_autoplay.h); this is
 * the CSV reader that fills it. */
#ifndef DH_RESPONSES_H
#define DH_RESPONSES_H

#include "dh_autoplay.h"
#include "dh_diag.h"
#include "dh_roster.h"
#include "dh_scenario.h"
#include "dh_status.h"

/* Loads and checks a responses CSV against a scenario and roster: unknown team,
 * decision or option, malformed or out-of-range time and duplicate answers are
 * errors at their line. */
dh_status dh_responses_load(dh_responses *out, const char *path, const dh_scenario *sc,
                            const dh_roster *roster, dh_diags *diags);

#endif
