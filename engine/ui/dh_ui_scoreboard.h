/* dh_ui_scoreboard.h — the projector scoreboard: every team ranked, by bracket or by role. */
#ifndef DH_UI_SCOREBOARD_H
#define DH_UI_SCOREBOARD_H

#include "dh_ui_state.h"

void dh_ui_draw_scoreboard(dh_ui *ui, const dh_drill *d);

#endif
