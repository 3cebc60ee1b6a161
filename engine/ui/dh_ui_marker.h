/* dh_ui_marker.h — an inject's and a team's decision's marker on a timeline, drawn
 * directly or from a per-(look, size) sprite, so thousands per frame stay cheap.
 * The sprites belong to the ui; dh_ui_marker_forget releases them. */
#ifndef DH_UI_MARKER_H
#define DH_UI_MARKER_H

#include "dh_ui_state.h"

/* Severity the shape, the stage the colour, dimmed for what is past. */
void dh_ui_marker_inject(dh_ui *ui, const dh_scenario *sc, int inject, int cx, int cy, int rad,
                         int dim);
void dh_ui_marker_decision(dh_ui *ui, const dh_drill *d, int team, int dec, int cx, int cy,
                           int rad);
void dh_ui_sprite_inject(dh_ui *ui, const dh_scenario *sc, int inject, int cx, int cy, int rad,
                         int dim);
void dh_ui_sprite_decision(dh_ui *ui, const dh_drill *d, int team, int dec, int cx, int cy,
                           int rad);
/* Destroys every cached sprite texture (the renderer must still exist). */
void dh_ui_marker_forget(dh_ui *ui);

#endif
