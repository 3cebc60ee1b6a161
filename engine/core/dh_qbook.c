/* dh_qbook.c — a station's book of open questions (dh_qbook.h). */
#include "dh_qbook.h"
#include "dh_alloc.h"
#include "dh_question.h"
#include "dh_vec.h"

#include <stdlib.h>
#include <string.h>

struct dh_qbook {
    dh_qbook_item *v;
    size_t n;
};

dh_qbook *dh_qbook_create(void) { return dh_calloc(1, sizeof(dh_qbook)); }

static void free_item(dh_qbook_item *it)
{
    free(it->team);
    free(it->id);
    dh_text_free(&it->prompt);
    dh_text_free(&it->guidance);
    for (size_t i = 0; i < it->nrubric; i++) {
        free(it->rubric_ids[i]);
        dh_text_free(&it->rubric_text[i]);
    }
    free(it->rubric_ids);
    free(it->rubric_text);
    free(it->answer);
    for (size_t i = 0; i < it->nscores; i++) {
        free(it->scores[i].by);
        free(it->scores[i].items);
        free(it->scores[i].comment);
    }
    free(it->scores);
    free(it->draft);
}

void dh_qbook_destroy(dh_qbook *b)
{
    if (!b) return;
    for (size_t i = 0; i < b->n; i++) free_item(&b->v[i]);
    free(b->v);
    free(b);
}

size_t dh_qbook_count(const dh_qbook *b) { return b ? b->n : 0; }
const dh_qbook_item *dh_qbook_at(const dh_qbook *b, size_t i) { return &b->v[i]; }

int dh_qbook_find(const dh_qbook *b, const char *team, const char *id)
{
    for (size_t i = 0; b && team && id && i < b->n; i++)
        if (!strcmp(b->v[i].team, team) && !strcmp(b->v[i].id, id)) return (int)i;
    return -1;
}

int dh_qbook_scored_by(const dh_qbook_item *it, const char *by)
{
    for (size_t i = 0; i < it->nscores; i++) {
        const char *a = it->scores[i].by;
        if ((!a && !by) || (a && by && !strcmp(a, by))) return 1;
    }
    return 0;
}

static int set_texts(dh_text *t, const char *const *s)
{
    for (int l = 0; s && l < DH_LANG_COUNT; l++)
        if (s[l] && dh_text_set(t, (dh_lang)l, s[l])) return -1;
    return 0;
}

dh_status dh_qbook_open(dh_qbook *b, const char *team, const char *id, dh_ms t, dh_ms deadline,
                        const char *const *prompt, const char *const *guidance,
                        const char *const *rubric_ids, const char *const *rubric_texts,
                        size_t nrubric)
{
    if (!team || !id || nrubric > 32) return DH_EINPUT;
    if (dh_qbook_find(b, team, id) >= 0) return DH_OK;   /* a catch-up repeats it */
    if (b->n >= DH_QBOOK_MAX) return DH_EINPUT;
    dh_qbook_item *it = dh_vec_push(&b->v, &b->n, sizeof *it);
    if (!it) return DH_ENOMEM;
    memset(it, 0, sizeof *it);
    it->opened = t;
    it->deadline = deadline;
    it->team = dh_strdup(team);
    it->id = dh_strdup(id);
    int bad = !it->team || !it->id || set_texts(&it->prompt, prompt) ||
              set_texts(&it->guidance, guidance);
    if (!bad && nrubric) {
        it->rubric_ids = dh_calloc(nrubric, sizeof *it->rubric_ids);
        it->rubric_text = dh_calloc(nrubric, sizeof *it->rubric_text);
        bad = !it->rubric_ids || !it->rubric_text;
        if (!bad) it->nrubric = nrubric;
        for (size_t i = 0; !bad && i < nrubric; i++) {
            it->rubric_ids[i] = dh_strdup(rubric_ids[i] ? rubric_ids[i] : "?");
            bad = !it->rubric_ids[i] ||
                  set_texts(&it->rubric_text[i], rubric_texts + i * DH_LANG_COUNT);
        }
    }
    if (bad) {
        free_item(it);
        b->n--;
        return DH_ENOMEM;
    }
    return DH_OK;
}

dh_status dh_qbook_answered(dh_qbook *b, const char *team, const char *id, const char *text)
{
    int i = dh_qbook_find(b, team, id);
    if (i < 0) return DH_EINPUT;
    dh_qbook_item *it = &b->v[i];
    if (it->status != DH_QB_OPEN) return DH_OK;
    if (text && !(it->answer = dh_strdup(text))) return DH_ENOMEM;
    it->status = text ? DH_QB_ANSWERED : DH_QB_UNANSWERED;
    free(it->draft);
    it->draft = NULL;
    return DH_OK;
}

dh_status dh_qbook_scored(dh_qbook *b, const char *team, const char *id, const char *by,
                          const char *items, const char *comment)
{
    int i = dh_qbook_find(b, team, id);
    if (i < 0) return DH_EINPUT;
    dh_qbook_item *it = &b->v[i];
    dh_qbook_score *s = NULL;
    for (size_t k = 0; k < it->nscores && !s; k++) {
        const char *a = it->scores[k].by;
        if ((!a && !by) || (a && by && !strcmp(a, by))) s = &it->scores[k];
    }
    if (!s) {
        if (it->nscores >= DH_QBOOK_MAX_SCORES) return DH_EINPUT;
        s = dh_vec_push(&it->scores, &it->nscores, sizeof *s);
        if (!s) return DH_ENOMEM;
        memset(s, 0, sizeof *s);
    }
    char *nb = by ? dh_strdup(by) : NULL, *ni = dh_strdup(items ? items : ""),
         *nc = dh_strdup(comment ? comment : "");
    if ((by && !nb) || !ni || !nc) {
        free(nb);
        free(ni);
        free(nc);
        return DH_ENOMEM;
    }
    free(s->by);
    free(s->items);
    free(s->comment);
    s->by = nb;
    s->items = ni;
    s->comment = nc;
    return DH_OK;
}

dh_status dh_qbook_set_draft(dh_qbook *b, size_t i, const char *text)
{
    if (i >= b->n) return DH_EINPUT;
    char *d = text ? dh_strdup(text) : NULL;
    if (text && !d) return DH_ENOMEM;
    free(b->v[i].draft);
    b->v[i].draft = d;
    return DH_OK;
}

dh_status dh_qbook_sync(dh_qbook *b, const dh_drill *d)
{
    const dh_scenario *sc = dh_drill_scenario(d);
    size_t nq = dh_drill_question_count(d), nt = dh_drill_team_count(d);
    for (size_t t = 0; t < nt; t++) {
        const char *team = dh_drill_roster(d)->teams[t].id;
        for (size_t q = 0; q < nq; q++) {
            const dh_question_state *st = dh_drill_question(d, (int)t, (int)q);
            if (!st || st->status == DH_Q_CLOSED) continue;
            const dh_question *qu = &sc->questions[q];
            int i = dh_qbook_find(b, team, qu->id);
            if (i < 0) {
                const char *ids[DH_MAX_RUBRIC], *texts[DH_MAX_RUBRIC * DH_LANG_COUNT];
                size_t n = qu->nrubric <= DH_MAX_RUBRIC ? qu->nrubric : DH_MAX_RUBRIC;
                for (size_t k = 0; k < n; k++) {
                    ids[k] = qu->rubric[k].id;
                    for (int l = 0; l < DH_LANG_COUNT; l++)
                        texts[k * DH_LANG_COUNT + (size_t)l] = qu->rubric[k].text.s[l];
                }
                dh_status s = dh_qbook_open(b, team, qu->id, st->opened_at, st->deadline,
                                            (const char *const *)qu->prompt.s,
                                            (const char *const *)qu->guidance.s, ids, texts, n);
                if (s) return s;
                i = dh_qbook_find(b, team, qu->id);
            }
            dh_qbook_item *it = &b->v[i];
            if (it->status == DH_QB_OPEN && st->status != DH_Q_OPEN) {
                dh_status s = dh_qbook_answered(b, team, qu->id,
                                                st->status == DH_Q_ANSWERED ? st->answer : NULL);
                if (s) return s;
            }
            /* scores: only what changed (a count, or an evaluator's newer items) */
            size_t want = st->nscores + (st->settled ? 1 : 0);
            int stale = it->nscores != want;
            char items[DH_MAX_RUBRIC * 72];
            for (size_t k = 0; !stale && k < st->nscores; k++) {
                dh_rubric_format(qu, st->scores[k].ticks, items, sizeof items);
                stale = strcmp(items, it->scores[k].items) != 0;
            }
            for (size_t k = 0; stale && k < st->nscores; k++) {
                const dh_answer_score *sc_ = &st->scores[k];
                dh_rubric_format(qu, sc_->ticks, items, sizeof items);
                dh_status s = dh_qbook_scored(b, team, qu->id, sc_->by ? sc_->by : "facilitator",
                                              items, sc_->comment);
                if (s) return s;
            }
            if (stale && st->settled) {
                dh_rubric_format(qu, st->settled_ticks, items, sizeof items);
                dh_status s = dh_qbook_scored(b, team, qu->id, NULL, items, st->settle_reason);
                if (s) return s;
            }
        }
    }
    return DH_OK;
}
