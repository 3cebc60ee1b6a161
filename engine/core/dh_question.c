/* dh_question.c — the open question's model: building, checking, rubric points,
 * and the rule for answer text. The drill's side is dh_question_run.c. */
#include "dh_question.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_text.h"
#include "dh_utf8.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const dh_scenario_ext question_ext = {dh_questions_free, dh_questions_finalize,
                                             &dh_question_drill_ext};

dh_question *dh_scenario_add_question(dh_scenario *sc)
{
    dh_question *q = dh_vec_push(&sc->questions, &sc->nquestions, sizeof *q);
    sc->ext = &question_ext;
    if (q) {
        q->on = -1;
        q->within = DH_MS_NEVER;
    }
    return q;
}

dh_rubric_item *dh_question_add_item(dh_question *q)
{
    return dh_vec_push(&q->rubric, &q->nrubric, sizeof *q->rubric);
}

dh_score_entry *dh_rubric_item_add_score(dh_rubric_item *it)
{
    return dh_vec_push(&it->score, &it->nscore, sizeof *it->score);
}

int dh_question_add_objective(dh_question *q, const char *id)
{
    char *copy = dh_strdup(id);
    int *slot = copy ? dh_vec_push(&q->objectives, &(size_t){q->nobjectives}, sizeof *slot)
                     : NULL;
    char **p = slot ? dh_vec_push(&q->objective_ids, &q->nobjectives, sizeof *p) : NULL;
    if (!p) {
        free(copy);
        return -1;
    }
    *slot = -1;
    *p = copy;
    return 0;
}

int dh_scenario_find_question(const dh_scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->nquestions; i++)
        if (sc->questions[i].id && !strcmp(sc->questions[i].id, id)) return (int)i;
    return -1;
}

int dh_question_find_item(const dh_question *q, const char *id)
{
    for (size_t i = 0; i < q->nrubric; i++)
        if (q->rubric[i].id && !strcmp(q->rubric[i].id, id)) return (int)i;
    return -1;
}

void dh_questions_free(dh_scenario *sc)
{
    for (size_t i = 0; i < sc->nquestions; i++) {
        dh_question *q = &sc->questions[i];
        free(q->id);
        free(q->on_id);
        dh_text_free(&q->prompt);
        dh_text_free(&q->guidance);
        for (size_t j = 0; j < q->nrubric; j++) {
            dh_rubric_item *it = &q->rubric[j];
            free(it->id);
            dh_text_free(&it->text);
            for (size_t k = 0; k < it->nscore; k++) free(it->score[k].category_id);
            free(it->score);
            free(it->points);
        }
        free(q->rubric);
        for (size_t j = 0; j < q->nobjectives; j++) free(q->objective_ids[j]);
        free(q->objective_ids);
        free(q->objectives);
        for (size_t j = 0; j < q->nroles; j++) free(q->roles[j]);
        free(q->roles);
    }
    free(sc->questions);
    sc->questions = NULL;
    sc->nquestions = 0;
}

static void resolve_item(dh_scenario *sc, dh_question *q, dh_rubric_item *it, dh_diags *diags,
                         int *oom)
{
    it->points = dh_calloc(sc->ncategories ? sc->ncategories : 1, sizeof *it->points);
    if (!it->points) {
        *oom = 1;
        return;
    }
    it->total = 0;
    for (size_t k = 0; k < it->nscore; k++) {
        dh_score_entry *e = &it->score[k];
        e->category = dh_scenario_find_category(sc, e->category_id);
        if (e->category < 0) {
            dh_diags_add(diags, DH_ERROR, sc->file,
                         dh_scenario_field_line(sc, q->line, NULL, "rubric"),
                         dh_msg(E_Q_UNKNOWN_CATEGORY), q->id, it->id, e->category_id);
            continue;
        }
        it->points[e->category] += e->milli;
        it->total += e->milli;
    }
}

void dh_questions_finalize(dh_scenario *sc, dh_diags *diags, int *oom)
{
    for (size_t i = 0; i < sc->nquestions && !*oom; i++) {
        dh_question *q = &sc->questions[i];
        const char *id = q->id ? q->id : "?";
        int dup = -1;
        if ((dup = dh_scenario_find_inject(sc, id)) >= 0 ||
            (dup = dh_scenario_find_decision(sc, id)) >= 0)
            dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_Q_DUP_ID), id);
        for (size_t j = 0; j < i; j++)
            if (!strcmp(sc->questions[j].id, id)) {
                dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_SC_DUP_ID), id,
                             sc->questions[j].line);
                break;
            }
        if (!q->on_id) {
            dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_Q_NO_ON), id);
        } else if ((q->on = dh_scenario_find_inject(sc, q->on_id)) < 0) {
            dh_diags_add(diags, DH_ERROR, sc->file,
                         dh_scenario_field_line(sc, q->line, NULL, "on"),
                         dh_msg(E_Q_UNKNOWN_ON), id, q->on_id);
        }
        if (q->nrubric == 0)
            dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_Q_NO_RUBRIC), id);
        for (size_t j = 0; j < q->nrubric; j++) {
            for (size_t k = 0; k < j; k++)
                if (!strcmp(q->rubric[k].id, q->rubric[j].id)) {
                    dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_Q_DUP_ITEM), id,
                                 q->rubric[j].id);
                    break;
                }
            resolve_item(sc, q, &q->rubric[j], diags, oom);
        }
        for (size_t j = 0; j < q->nobjectives; j++) {
            q->objectives[j] = dh_scenario_find_objective(sc, q->objective_ids[j]);
            if (q->objectives[j] < 0)
                dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_Q_UNKNOWN_OBJECTIVE),
                             id, q->objective_ids[j]);
        }
        for (size_t j = 0; j < q->nroles; j++)
            if (!dh_id_valid(q->roles[j]))
                dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_SC_ROLE_ID), id,
                             q->roles[j]);
        if (q->speed.present && q->speed.zero <= q->speed.full)
            dh_diags_add(diags, DH_ERROR, sc->file, q->line, dh_msg(E_Q_SPEED), id);
    }
}

/* --- rubric points ------------------------------------------------------------ */

int64_t dh_rubric_points(const dh_question *q, uint32_t ticks, int factor, size_t ncat,
                         int64_t *out)
{
    int64_t sum = 0;
    for (size_t c = 0; c < ncat; c++) {
        int64_t v = 0;
        for (size_t i = 0; i < q->nrubric && i < DH_MAX_RUBRIC; i++)
            if ((ticks >> i) & 1u && q->rubric[i].points) v += q->rubric[i].points[c];
        if (v > 0) v = v * factor / 1000; /* timeliness scales gains, never losses */
        out[c] = v;
        sum += v;
    }
    return sum;
}

uint32_t dh_rubric_all(const dh_question *q)
{
    size_t n = q->nrubric < DH_MAX_RUBRIC ? q->nrubric : DH_MAX_RUBRIC;
    return n == 32 ? 0xffffffffu : (uint32_t)((1u << n) - 1u);
}

void dh_rubric_format(const dh_question *q, uint32_t ticks, char *out, size_t outlen)
{
    size_t len = 0;
    if (outlen) out[0] = '\0';
    for (size_t i = 0; i < q->nrubric && i < DH_MAX_RUBRIC; i++) {
        if (!((ticks >> i) & 1u)) continue;
        int n = snprintf(out + len, outlen > len ? outlen - len : 0, "%s%s", len ? "," : "",
                         q->rubric[i].id);
        if (n < 0 || (size_t)n >= outlen - len) break;
        len += (size_t)n;
    }
}

/* --- answer text --------------------------------------------------------------- */

const char *dh_answer_check(const char *text)
{
    if (!text) return dh_msg(E_Q_ANSWER_EMPTY);
    size_t n = strlen(text);
    if (n > DH_ANSWER_MAX_BYTES || dh_utf8_invalid(text, n)) return dh_msg(E_Q_ANSWER_TEXT);
    if (dh_utf8_len(text) > DH_ANSWER_MAX_CHARS) return dh_msg(E_Q_ANSWER_LONG);
    if (dh_text_has_controls(text, n, DH_ESC_KEEP_NL | DH_ESC_KEEP_TAB))
        return dh_msg(E_Q_ANSWER_CONTROLS);
    const char *p = text;
    while (*p == ' ' || *p == '\n' || *p == '\t') p++;
    if (!*p) return dh_msg(E_Q_ANSWER_EMPTY);
    return NULL;
}

void dh_answer_clean(const char *text, char *out, size_t outlen)
{
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)text, *end = p + strlen(text);
    while (p < end && o + 1 < outlen) {
        unsigned cp;
        size_t len = dh_utf8_next(p, end, &cp);
        if (!len) { /* not UTF-8: dropped */
            p++;
            continue;
        }
        int keep = cp == '\n' || cp == '\t' || (cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0));
        if (keep) {
            if (o + len >= outlen) break;   /* a whole character or none */
            memcpy(out + o, p, len);
            o += len;
        }
        p += len;
    }
    if (outlen) out[o < outlen ? o : outlen - 1] = '\0';
}
