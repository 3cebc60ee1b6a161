/* dh_station_question.c — what a station does with the server's open-question
 * events: into its book (dh_qbook.h), for the views and the bots. */
#include "dh_station_question.h"

#include <stdlib.h>

void dh_station_feed_questions(dh_qbook *b, const dh_pmsg *msg)
{
    const dh_pevent *e = &msg->ev;
    if (!b || !e->team) return;
    switch (msg->type) {
    case DH_P_EV_QUESTION: {
        const dh_pquestion *q = &e->question;
        size_t n = q->nrubric <= 32 ? q->nrubric : 32;
        const char *ids[32];
        const char *texts[32 * DH_LANG_COUNT];
        for (size_t i = 0; i < n; i++) {
            ids[i] = q->rubric[i].id;
            for (int l = 0; l < DH_LANG_COUNT; l++)
                texts[i * DH_LANG_COUNT + (size_t)l] = q->rubric[i].text.s[l];
        }
        dh_qbook_open(b, e->team, q->id, e->t, e->deadline, q->prompt.s, q->guidance.s, ids,
                      texts, n);
        break;
    }
    case DH_P_EV_ANSWERED:
        dh_qbook_answered(b, e->team, e->decision_id,
                          e->how == DH_PCLOSE_TIMEOUT ? NULL : (e->text ? e->text : ""));
        break;
    case DH_P_EV_SCORED:
        dh_qbook_scored(b, e->team, e->decision_id, e->by, e->option, e->text);
        break;
    default:
        break;
    }
}
