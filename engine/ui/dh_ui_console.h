/* dh_ui_console.h — the facilitator console view. */
#ifndef DH_UI_CONSOLE_H
#define DH_UI_CONSOLE_H

#include "dh_ui_state.h"

void dh_ui_draw_console(dh_ui *ui, const dh_drill *d);

#endif
