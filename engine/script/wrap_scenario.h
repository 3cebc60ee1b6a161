/* wrap_scenario.h — the scenario API: scenario, inject, decision, on, feedback
 * (engine/script internal). */
#ifndef WRAP_SCENARIO_H
#define WRAP_SCENARIO_H

#include "dh_state.h"
#include "wrap_fields.h"

/* Registers the scenario API's globals. */
void dh_wrap_scenario_open(dh_script *s);
/* Removes them again: a test file describes paths through a scenario, it defines none. */
void dh_wrap_scenario_hide(dh_script *s);

/* question{} (wrap_question.c), registered with the rest of the API. */
int dh_wrap_question(lua_State *L);

/* Fields decisions and questions share (wrap_fields.h's wf_def). */
struct wf_def;
void wrap_read_speed(struct wf_def *c, dh_speed *sp);
void wrap_read_evidence(struct wf_def *c, int tab, void *owner, int (*add)(void *, const char *));
void wrap_read_roles(struct wf_def *c, int tab, char ***roles, size_t *n);

/* A score table's entry on top of c's stack (category name = points), shared by
 * options and rubric items: checked (0, *milli set; -1 after noting the
 * problem), then filled into the entry the owner added (a Lua error when out of
 * memory, e NULL included). */
int dh_wrap_score_value(wf_def *c, int64_t *milli);
void dh_wrap_score_fill(wf_def *c, dh_score_entry *e, int64_t milli);

#endif
