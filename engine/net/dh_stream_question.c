/* dh_stream_question.c — open questions' events as each view receives them
 * (docs/protocol.md): the server decides here what a team and an evaluator
 * may see of a question, an answer and its scores. */
#include "dh_proto.h"
#include "dh_question.h"
#include "dh_stream.h"

#include <stdlib.h>
#include <string.h>

int dh_stream_question(dh_stream *s, dh_sev *e, const dh_logrec *r)
{
    const dh_scenario *sc = dh_drill_scenario(s->d);
    int qi = r->id ? dh_scenario_find_question(sc, r->id) : -1;
    if (qi < 0) return 0;
    const dh_question *q = &sc->questions[qi];
    size_t ncat = sc->ncategories ? sc->ncategories : 1;
    dh_poption *items = calloc(q->nrubric ? q->nrubric : 1, sizeof *items);
    dh_ppoint *pbuf = calloc((q->nrubric + 1) * ncat, sizeof *pbuf);
    int rc = -1;
    if (!items || !pbuf) goto done;
    for (int v = DH_VIEW_TEAM; v <= DH_VIEW_EVAL; v++) {
        dh_pmsg m;
        memset(&m, 0, sizeof m);
        m.ev.seq = (int64_t)e->seq;
        m.ev.t = r->t;
        m.ev.team = r->team_id;
        m.ev.deadline = DH_MS_NEVER;
        int eval = v == DH_VIEW_EVAL;
        switch (r->type) {
        case DH_EV_QUESTION:
            m.type = DH_P_EV_QUESTION;
            m.ev.deadline = r->deadline;
            m.ev.question.id = q->id;
            m.ev.question.prompt = dh_ptext_of(&q->prompt);
            if (eval) {
                m.ev.question.guidance = dh_ptext_of(&q->guidance);
                for (size_t i = 0; i < q->nrubric; i++) {
                    items[i].id = q->rubric[i].id;
                    items[i].text = dh_ptext_of(&q->rubric[i].text);
                    dh_ppoints p = {.has = 1, .v = pbuf + i * ncat};
                    for (size_t c = 0; q->rubric[i].points && c < sc->ncategories; c++)
                        if (q->rubric[i].points[c])
                            pbuf[i * ncat + p.n++] =
                                (dh_ppoint){sc->categories[c].id, q->rubric[i].points[c]};
                    items[i].points = p;
                }
                m.ev.question.rubric = items;
                m.ev.question.nrubric = q->nrubric;
            }
            break;
        case DH_EV_ANSWER:
        case DH_EV_UNANSWERED:
            m.type = DH_P_EV_ANSWERED;
            m.ev.decision_id = q->id;
            m.ev.text = r->type == DH_EV_ANSWER ? r->reason : NULL;
            m.ev.how = r->type == DH_EV_ANSWER ? DH_PCLOSE_CHOICE : DH_PCLOSE_TIMEOUT;
            break;
        case DH_EV_SCORE: {
            /* a team learns its answer was scored, and its points when they are
             * shown; the evaluators' ticks and comments are theirs */
            m.type = DH_P_EV_SCORED;
            m.ev.decision_id = q->id;
            m.ev.option = eval ? r->option : "";
            m.ev.text = eval ? r->reason : NULL;
            m.ev.by = eval ? r->by : NULL;
            if (eval || s->show_points) {
                dh_ppoints p = {.has = 1, .v = pbuf + q->nrubric * ncat};
                for (size_t c = 0; r->points && c < r->npoints; c++)
                    if (r->points[c]) pbuf[q->nrubric * ncat + p.n++] =
                                          (dh_ppoint){r->categories[c], r->points[c]};
                m.ev.points = p;
            }
            break;
        }
        default:
            rc = 0;
            goto done;
        }
        if (dh_stream_keep(s, e, (dh_view)v, &m)) goto done;
    }
    rc = 0;
done:
    free(items);
    free(pbuf);
    return rc;
}
