/* dh_report_feedback.h — the report's participant feedback section (engine/report
 * internal; the CSV writer is public in dh_report.h). */
#ifndef DH_REPORT_FEEDBACK_H
#define DH_REPORT_FEEDBACK_H

#include "dh_report.h"

/* The HTML section in `lang`: the ratings' means and distributions, then each
 * text question with every team's answer, teams in `order` (rank order; NULL:
 * roster order). Everything a team wrote is escaped. */
void dh_report_feedback_html(dh_buf *b, const dh_drill *d, const int *order, dh_lang lang);
/* The JSON value of "feedback": the questions (ratings with mean and
 * distribution) and every answer that stands, team by team. */
void dh_report_feedback_json(dh_buf *b, const dh_drill *d, dh_lang lang);
/* Team t's own answers, question by question, for its own page: no other team's
 * answer and no sector figure that one team's answer could be read from.
 * Nothing when the team gave none. */
void dh_report_feedback_team_html(dh_buf *b, const dh_drill *d, int t, dh_lang lang);
/* The injects the facilitator wrote on the spot (DH_IN_MESSAGE) that reached team
 * t — sent to it or to every team — in order, each labelled as written by the
 * facilitator; nothing when there are none. Text escaped. */
void dh_report_team_messages(dh_buf *b, const dh_drill *d, dh_lang lang, int t);

#endif
