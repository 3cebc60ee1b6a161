/* wrap_scenario.h — the scenario API: scenario, inject, decision, on (engine/script internal). */
#ifndef WRAP_SCENARIO_H
#define WRAP_SCENARIO_H

#include "dh_state.h"

/* Registers scenario, inject, decision and on. */
void dh_wrap_scenario_open(dh_script *s);

#endif
