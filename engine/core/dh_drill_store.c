/* dh_drill_store.c — storing what people put into a drill: adjustments, notes,
 * rating overrides, written messages, feedback and the improvement plan, each
 * kept in the drill and (but the plan) emitted as an event. A failure to store
 * stops the drill (dh_drill_stop). */
#include "dh_drill_impl.h"
#include "dh_alloc.h"
#include "dh_plan.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- adjustments and notes ------------------------------------------------------ */

/* by: the evaluator's name, or NULL */
dh_status dh_drill_adjust_by(dh_drill *d, int team, int category, int64_t milli, const char *reason,
                             int by_script, const char *by)
{
    dh_adjustment *a = dh_vec_push(&d->adjustments, &d->nadjustments, sizeof *a);
    if (!a) return dh_drill_stop(d, DH_ENOMEM);
    a->team = team;
    a->category = category;
    a->t = d->now;
    a->milli = milli;
    a->by_script = by_script;
    a->reason = dh_strdup(reason ? reason : "");
    a->by = by ? dh_strdup(by) : NULL;
    if (!a->reason || (by && !a->by)) {
        free(a->reason);
        free(a->by);
        d->nadjustments--;
        return dh_drill_stop(d, DH_ENOMEM);
    }
    int64_t *p = &d->points[(size_t)team * d->ncat + (size_t)category];
    *p = dh_points_add(*p, milli);
    d->totals[team] = dh_points_add(d->totals[team], milli);
    dh_logrec r = {.type = DH_EV_ADJUST, .team = team,
                   .category = d->sc->categories[category].id, .amount = milli,
                   .reason = a->reason,
                   .by = a->by ? a->by : by_script ? "script" : "evaluator"};
    dh_drill_emit(d, &r);
    return DH_OK;
}

dh_status dh_drill_adjust(dh_drill *d, int team, int category, int64_t milli,
                          const char *reason, int by_script)
{
    return dh_drill_adjust_by(d, team, category, milli, reason, by_script, NULL);
}

dh_status dh_drill_add_note(dh_drill *d, int team, const char *text, const char *by)
{
    dh_note *n = dh_vec_push(&d->notes, &d->nnotes, sizeof *n);
    if (!n) return dh_drill_stop(d, DH_ENOMEM);
    n->team = team;
    n->t = d->now;
    n->text = dh_strdup(text ? text : "");
    n->by = by ? dh_strdup(by) : NULL;
    if (!n->text || (by && !n->by)) {
        free(n->text);
        free(n->by);
        d->nnotes--;
        return dh_drill_stop(d, DH_ENOMEM);
    }
    dh_logrec r = {.type = DH_EV_CONTROL, .team = team, .action = "note", .reason = n->text,
                   .by = n->by};
    dh_drill_emit(d, &r);
    return DH_OK;
}

dh_status dh_drill_add_override(dh_drill *d, const dh_input *in)
{
    dh_rating_override *o = dh_vec_push(&d->overrides, &d->noverrides, sizeof *o);
    if (!o) return dh_drill_stop(d, DH_ENOMEM);
    *o = (dh_rating_override){.team = in->team, .objective = in->decision,
                              .rating = (dh_rating)in->milli, .t = d->now,
                              .reason = dh_strdup(in->text),
                              .by = in->by ? dh_strdup(in->by) : NULL};
    if (!o->reason || (in->by && !o->by)) {
        free(o->reason);
        free(o->by);
        d->noverrides--;
        return dh_drill_stop(d, DH_ENOMEM);
    }
    dh_logrec r = {.type = DH_EV_CONTROL, .team = in->team, .action = "rate",
                   .id = d->sc->objectives[in->decision].id,
                   .option = dh_rating_letter(o->rating), .reason = o->reason, .by = o->by};
    dh_drill_emit(d, &r);
    return DH_OK;
}

/* --- free-text injects and feedback: what people wrote in their own words --- */

/* Each stores its input and fills *r with the event to emit (borrowing what was
 * stored; num holds a rating's digits). DH_ENOMEM: nothing stored. */
dh_status dh_drill_store_message(dh_drill *d, const dh_input *in, dh_logrec *r)
{
    const char *nl = strchr(in->text, '\n');
    size_t tn = nl ? (size_t)(nl - in->text) : strlen(in->text);
    dh_message *m = dh_vec_push(&d->messages, &d->nmessages, sizeof *m);
    if (!m) return DH_ENOMEM;
    *m = (dh_message){.team = in->team, .t = d->now, .title = malloc(tn + 1),
                      .body = dh_strdup(nl ? nl + 1 : "")};
    if (!m->title || !m->body) {
        free(m->title);
        free(m->body);
        d->nmessages--;
        return DH_ENOMEM;
    }
    memcpy(m->title, in->text, tn);
    m->title[tn] = 0;
    *r = (dh_logrec){.type = DH_EV_CONTROL, .team = in->team, .action = "message",
                     .reason = in->text};
    return DH_OK;
}

dh_status dh_drill_store_feedback(dh_drill *d, const dh_input *in, dh_logrec *r, char num[8])
{
    const dh_fb_question *q = &d->sc->feedback[in->decision];
    dh_feedback *f = dh_vec_push(&d->feedback, &d->nfeedback, sizeof *f);
    if (!f) return DH_ENOMEM;
    int rating = q->kind == DH_FB_RATING;
    *f = (dh_feedback){.team = in->team, .question = in->decision, .t = d->now,
                       .rating = rating ? (int)in->milli : 0,
                       .text = rating ? NULL : dh_strdup(in->text)};
    if (!rating && !f->text) {
        d->nfeedback--;
        return DH_ENOMEM;
    }
    snprintf(num, 8, "%d", f->rating);
    *r = (dh_logrec){.type = DH_EV_CONTROL, .team = in->team, .action = "feedback", .id = q->id,
                     .option = rating ? num : NULL, .reason = f->text};
    return DH_OK;
}

dh_status dh_drill_set_plan(dh_drill *d, const dh_input *in)
{
    dh_plan p;
    char why[160];
    if (dh_plan_parse(&p, in->text, why, sizeof why)) return dh_drill_stop(d, DH_ENOMEM);
    dh_plan_free(&d->plan);
    d->plan = p;
    d->plan_imports++;
    return DH_OK;
}
