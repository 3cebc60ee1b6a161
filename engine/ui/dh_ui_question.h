/* dh_ui_question.h — open questions on screen: the answer box (a team
 * station, or the console in room mode) and the scoring view (the console and
 * an evaluator station), drawn from a book of questions (dh_qbook.h).
 *
 * An input it hands to the sink carries the team's index in the drill, the
 * question's index in the drill's scenario in `decision` (or -1 when that
 * drill does not know it, as at a station), and the item's index in the book
 * in `inject`, so a station's sink can name the question to its server. */
#ifndef DH_UI_QUESTION_H
#define DH_UI_QUESTION_H

#include "dh_qbook.h"
#include "dh_ui_state.h"

/* How the input becomes the sink's (dh_ui_input.c: stamped, refusals shown). */
typedef void (*dh_ui_apply_fn)(dh_ui *ui, const dh_drill *d, dh_input in);

/* What a key or a text did: nothing, something to draw again, or Esc (the
 * caller closes the dialog). */
enum { DH_UIQ_NONE, DH_UIQ_REDRAW, DH_UIQ_CLOSE };

/* The book drawn from: the station's (set with dh_ui_set_questions), else
 * the ui's own kept up to date with the local drill. NULL out of memory. */
dh_qbook *dh_ui_questions(dh_ui *ui, const dh_drill *d);
/* Opening the dialog: picks the selected team's first open or unscored item
 * (a station: its own). 0 when there is no question yet. */
int dh_ui_question_start(dh_ui *ui, const dh_drill *d);
void dh_ui_draw_question(dh_ui *ui, const dh_drill *d);
/* The station's own questions under its decisions; returns the y after. */
int dh_ui_station_questions(dh_ui *ui, const dh_drill *d, int x, int y, int w, int bottom);
int dh_ui_question_key(dh_ui *ui, const dh_drill *d, SDL_Keycode k, Uint16 mod,
                       dh_ui_apply_fn apply);
int dh_ui_question_text(dh_ui *ui, const dh_drill *d, const char *txt);

#endif
