/* dh_report_questions.h — the open questions in the after-action report:
 * answers, evaluators' rubric scores and comments, agreement, settlement. */
#ifndef DH_REPORT_QUESTIONS_H
#define DH_REPORT_QUESTIONS_H

#include "dh_buf.h"
#include "dh_drill.h"
#include "dh_text.h"

/* 1 when the drill's scenario asks open questions. */
int dh_report_has_questions(const dh_drill *d);
/* The section for the whole drill: each question, every team's answer with its
 * scores; nothing when there are no questions. */
void dh_report_questions_html(dh_buf *b, const dh_drill *d, dh_lang lang);
/* A team's own answers and scores, for its page. */
void dh_report_team_questions_html(dh_buf *b, const dh_drill *d, dh_lang lang, int team);
/* `"questions":[...]` for the JSON report (no separator around it). */
void dh_report_questions_json(dh_buf *b, const dh_drill *d);
/* One row per evaluator's score (or the settlement, or the answer alone when
 * nobody scored it): team, name, question, status, seconds_to_answer, answer,
 * evaluator, items, evaluator_points, comment, points. */
dh_status dh_report_csv_questions(dh_buf *out, const dh_drill *d);

#endif
