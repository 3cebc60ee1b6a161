/* dh_ui_overlay.h — the open dialog over any view: help with the legend,
 * points, a note, an inject to send, ending or leaving. */
#ifndef DH_UI_OVERLAY_H
#define DH_UI_OVERLAY_H

#include "dh_ui_state.h"

/* Draws ui->mode's dialog (nothing for DH_MODE_NONE, DETAIL or DECIDE). */
void dh_ui_draw_overlay(dh_ui *ui, const dh_drill *d);

#endif
