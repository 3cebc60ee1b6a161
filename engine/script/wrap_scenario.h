/* wrap_scenario.h — the scenario API: scenario, inject, decision, on, feedback
 * (engine/script internal). */
#ifndef WRAP_SCENARIO_H
#define WRAP_SCENARIO_H

#include "dh_state.h"

/* Registers the scenario API's globals. */
void dh_wrap_scenario_open(dh_script *s);
/* Removes them again: a test file describes paths through a scenario, it defines none. */
void dh_wrap_scenario_hide(dh_script *s);

#endif
