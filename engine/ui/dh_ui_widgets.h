/* dh_ui_widgets.h — pieces more than one view draws: the header and status bars,
 * a team's lane and the MSEL lane of markers, the decision panel, and the rows of
 * teams the bracket filter leaves. */
#ifndef DH_UI_WIDGETS_H
#define DH_UI_WIDGETS_H

#include "dh_ui_state.h"

/* header bar: title, clock, speed, state; returns its height, dh_ui_header_height */
int dh_ui_header_height(const dh_ui *ui);
int dh_ui_header(dh_ui *ui, const dh_drill *d, const char *subtitle);
/* the bottom bar: the hint (or the banner) left, the status message right */
void dh_ui_status_bar(dh_ui *ui, const char *hint);
const char *dh_ui_team_name(const dh_drill *d, int team);
/* The filter (ui->bracket) names a bracket or, past the brackets, a role: teams
 * of one role are ranked among themselves (a role decides other things). */
size_t dh_ui_group_count(const dh_drill *d);
int dh_ui_group_has(const dh_ui *ui, const dh_drill *d, size_t team);
/* The filter's name (a bracket's display name or a role id); "" for all teams. */
const char *dh_ui_group_name(const dh_ui *ui, const dh_drill *d, int group);
/* A team's rank within the filter (overall when it shows all teams). */
int dh_ui_group_rank(const dh_ui *ui, const dh_drill *d, const dh_ranking *rk, int team);
/* ui->rows: the teams the filter shows, in roster order */
void dh_ui_build_rows(dh_ui *ui, const dh_drill *d);
/* Keeps the first visible row where the last frame's rows can still fill the lanes. */
void dh_ui_clamp_scroll(dh_ui *ui);

/* x of exercise time t between lane_x0 and lane_x1 (the visible window) */
int dh_ui_lane_x(const dh_ui *ui, dh_ms t);
/* one team's markers between lane_x0 and lane_x1 */
void dh_ui_draw_lane(dh_ui *ui, const dh_drill *d, int team, int y, int h);
/* the scheduled injects, each clickable */
void dh_ui_draw_msel_lane(dh_ui *ui, const dh_drill *d, int y, int h);
/* a decision's card: prompt and options as large buttons (room mode, station) */
int dh_ui_draw_decision_panel(dh_ui *ui, const dh_drill *d, int team, int x, int y, int w,
                              int big);

#endif
