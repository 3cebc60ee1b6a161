/* wrap_team.h — the team object handed to `when` and hooks (engine/script internal). */
#ifndef WRAP_TEAM_H
#define WRAP_TEAM_H

#include "dh_state.h"

void dh_wrap_team_open(dh_script *s);
/* Pushes the team userdata for team index `team` of s->drill. */
void dh_wrap_team_push(dh_script *s, int team);

#endif
