/* dh_responses.c — reading a responses file (`team,decision,option,at`). */
#include "dh_responses.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_question.h"
#include "dh_csv.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdlib.h>
#include <string.h>

/* A row `team,feedback:QUESTION,ANSWER,`: a rating 1–5 or the team's words;
 * checked as the drill will check it. Problems go to diags; -1 out of memory. */
static int feedback_row(dh_responses *out, const char *path, int line, const dh_scenario *sc,
                        int team, char **f, dh_diags *diags)
{
    const char *qid = f[1] + 9;
    int q = dh_scenario_find_feedback(sc, qid);
    if (q < 0) {
        dh_diags_add(diags, DH_ERROR, path, line, dh_msg(E_RESP_FEEDBACK_Q), qid);
        return 0;
    }
    if (f[3][0]) {
        dh_diags_add(diags, DH_ERROR, path, line, dh_msg(E_RESP_FEEDBACK_AT), f[3]);
        return 0;
    }
    int rating = 0;
    const char *text = f[2];
    if (sc->feedback[q].kind == DH_FB_RATING) {
        /* one digit: "4"; anything else is not a rating */
        rating = f[2][0] >= '0' && f[2][0] <= '9' && !f[2][1] ? f[2][0] - '0' : -1;
        text = NULL;
    }
    char err[200];
    if (dh_feedback_check(sc, q, rating, text, err, sizeof err)) {
        dh_diags_add(diags, DH_ERROR, path, line, "%s", err);
        return 0;
    }
    for (size_t i = 0; i < out->nfeedback; i++)
        if (out->feedback[i].team == team && out->feedback[i].question == q) {
            dh_diags_add(diags, DH_ERROR, path, line, dh_msg(E_RESP_TWICE), f[0], f[1],
                         out->feedback[i].line);
            return 0;
        }
    dh_response_feedback *r = dh_vec_push(&out->feedback, &out->nfeedback, sizeof *r);
    if (!r) return -1;
    *r = (dh_response_feedback){.team = team, .question = q, .rating = rating, .line = line,
                                .text = text ? dh_strdup(text) : NULL};
    if (text && !r->text) {
        out->nfeedback--;
        return -1;
    }
    return 0;
}

/* A row answering an open question: team,question,text,at. The text is held
 * to the answer rule (dh_answer_check); a second answer from the same team is
 * an error, as a second choice is. */
static dh_status dh_responses_add_answer(dh_responses *out, const char *path, int line, int team,
                                         int qi, char **f, const dh_scenario *sc,
                                         dh_diags *diags)
{
    const char *why = dh_answer_check(f[2]);
    if (why) {
        dh_diags_add(diags, DH_ERROR, path, line, "%s", why);
        return DH_OK;
    }
    dh_ms at;
    char err[160];
    if (dh_time_parse_clock(f[3], &at, err, sizeof err)) {
        dh_diags_add(diags, DH_ERROR, path, line, "%s", err);
        return DH_OK;
    }
    if (at > sc->duration) {
        dh_diags_add(diags, DH_ERROR, path, line, dh_msg(E_RESP_PAST_END), f[3]);
        return DH_OK;
    }
    for (size_t i = 0; i < out->nanswers; i++)
        if (out->answers[i].team == team && out->answers[i].question == qi) {
            dh_diags_add(diags, DH_ERROR, path, line, dh_msg(E_RESP_TWICE), f[0], f[1],
                         out->answers[i].line);
            return DH_OK;
        }
    char *text = dh_strdup(f[2]);
    dh_response_answer *a = text ? dh_vec_push(&out->answers, &out->nanswers, sizeof *a) : NULL;
    if (!a) {
        free(text);
        return DH_ENOMEM;
    }
    *a = (dh_response_answer){team, qi, text, at, line};
    return DH_OK;
}

dh_status dh_responses_load(dh_responses *out, const char *path, const dh_scenario *sc,
                            const dh_roster *roster, dh_diags *diags)
{
    static const char *const header[] = {"team", "decision", "option", "at"};
    memset(out, 0, sizeof *out);
    size_t errors = diags->errors;
    dh_csv csv;
    out->file = dh_strdup(path);
    if (!out->file) return DH_ENOMEM;
    dh_status st = dh_csv_read_file(path, &csv, diags);
    if (st) {
        dh_responses_free(out);
        return st;
    }
    int *first_line = NULL;
    if (!dh_csv_check_header(&csv, header, 4, diags)) goto done;
    first_line = dh_calloc(roster->nteams * (sc->ndecisions ? sc->ndecisions : 1),
                        sizeof *first_line);
    if (!first_line) {
        st = DH_ENOMEM;
        goto done;
    }
    for (size_t i = 1; i < csv.nrows; i++) {
        const dh_csv_row *row = &csv.rows[i];
        if (row->nfields != 4) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         dh_msg(E_RESP_FIELDS),
                         row->nfields);
            continue;
        }
        char **f = row->fields;
        int team = dh_roster_find(roster, f[0]);
        if (team < 0) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_RESP_TEAM), f[0]);
            continue;
        }
        if (!strncmp(f[1], "feedback:", 9)) {
            if (feedback_row(out, path, row->line, sc, team, f, diags)) {
                st = DH_ENOMEM;
                break;
            }
            continue;
        }
        int qi = dh_scenario_find_question(sc, f[1]);
        if (qi >= 0) {
            st = dh_responses_add_answer(out, path, row->line, team, qi, f, sc, diags);
            if (st) break;
            continue;
        }
        int dec = dh_scenario_find_decision(sc, f[1]);
        if (dec < 0) {
            dh_diags_add(diags, DH_ERROR, path, row->line, dh_msg(E_RESP_DECISION), f[1]);
            continue;
        }
        int opt = dh_decision_find_option(&sc->decisions[dec], f[2]);
        if (opt < 0) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         dh_msg(E_RESP_OPTION), f[1], f[2]);
            continue;
        }
        dh_ms at;
        char err[160];
        if (dh_time_parse_clock(f[3], &at, err, sizeof err)) {
            dh_diags_add(diags, DH_ERROR, path, row->line, "%s", err);
            continue;
        }
        if (at > sc->duration) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         dh_msg(E_RESP_PAST_END), f[3]);
            continue;
        }
        int *first = &first_line[(size_t)team * sc->ndecisions + (size_t)dec];
        if (*first) {
            dh_diags_add(diags, DH_ERROR, path, row->line,
                         dh_msg(E_RESP_TWICE), f[0], f[1],
                         *first);
            continue;
        }
        *first = row->line;
        dh_response *r = dh_vec_push(&out->items, &out->count, sizeof *r);
        if (!r) {
            st = DH_ENOMEM;
            break;
        }
        *r = (dh_response){team, dec, opt, at, row->line};
    }
done:
    free(first_line);
    dh_csv_free(&csv);
    if (st == DH_OK && diags->errors > errors) st = DH_EINPUT;
    if (st) dh_responses_free(out);
    return st;
}
