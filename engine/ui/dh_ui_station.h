/* dh_ui_station.h — a team's station view: its inbox, open decisions and timeline. */
#ifndef DH_UI_STATION_H
#define DH_UI_STATION_H

#include "dh_ui_state.h"

void dh_ui_draw_station(dh_ui *ui, const dh_drill *d);

#endif
