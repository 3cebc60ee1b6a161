/* cmd_join_question.c — open questions at headless stations: bots and the
 * terminal lines (cmd_join_question.h). */
#include "cmd_join_question.h"
#include "dh_msg.h"
#include "dh_output.h"

#include <stdlib.h>
#include <string.h>

void dh_station_qbot_init(dh_station_qbot *b, dh_bot_policy policy, uint64_t seed)
{
    memset(b, 0, sizeof *b);
    b->policy = policy;
    dh_rng_seed_for(&b->rng, seed, "questions", 0x71626f74);
    b->text = dh_msg(S_Q_BOT_ANSWER);
}

void dh_station_qbot_free(dh_station_qbot *b)
{
    free(b->done);
    memset(b, 0, sizeof *b);
}

int dh_station_qbot_step(dh_station_qbot *b, dh_station *st)
{
    dh_mirror *m = dh_station_mirror(st);
    const dh_drill *d = dh_mirror_drill(m);
    dh_qbook *qb = dh_station_questions(st);
    size_t n = dh_qbook_count(qb);
    if (b->policy == DH_BOT_NONE || !d || dh_drill_ended(d) || !n) return 0;
    if (dh_station_get_state(st) != DH_ST_ONLINE) return 0;
    if (n > b->cap) {
        uint8_t *nd = realloc(b->done, n);
        if (!nd) return -1;
        memset(nd + b->cap, 0, n - b->cap);
        b->done = nd;
        b->cap = n;
    }
    dh_mirror_role role = dh_mirror_role_of(m);
    for (size_t i = 0; i < n; i++) {
        const dh_qbook_item *it = dh_qbook_at(qb, i);
        if (b->done[i]) continue;
        if (role == DH_MIRROR_TEAM && it->status == DH_QB_OPEN) {
            if (!dh_station_answer(st, it->id, b->text, NULL)) b->done[i] = 1;
        } else if (role == DH_MIRROR_EVALUATOR && it->status == DH_QB_ANSWERED) {
            char items[32 * 65] = "";
            size_t len = 0;
            uint64_t r = dh_rng_next(&b->rng);
            for (size_t k = 0; k < it->nrubric; k++) {
                int tick = b->policy == DH_BOT_WORST    ? 0
                           : b->policy == DH_BOT_RANDOM ? (int)((r >> k) & 1u)
                                                        : 1;
                if (!tick) continue;
                int w = snprintf(items + len, sizeof items - len, "%s%s", len ? "," : "",
                                 it->rubric_ids[k]);
                if (w > 0 && (size_t)w < sizeof items - len) len += (size_t)w;
            }
            if (!dh_station_score(st, it->team, it->id, items, dh_msg(S_Q_BOT_COMMENT)))
                b->done[i] = 1;
        }
    }
    return 0;
}

int dh_station_print_question(FILE *f, dh_station *st, const dh_pmsg *msg, dh_lang lang,
                              const char *pre)
{
    if (msg->type != DH_P_EV_QUESTION && msg->type != DH_P_EV_ANSWERED &&
        msg->type != DH_P_EV_SCORED)
        return 0;
    const dh_pevent *e = &msg->ev;
    char t[32], team[80] = "";
    dh_time_format_clock(e->t, t, sizeof t);
    if (e->team && dh_mirror_role_of(dh_station_mirror(st)) != DH_MIRROR_TEAM)
        snprintf(team, sizeof team, "[%s] ", e->team);
    switch (msg->type) {
    case DH_P_EV_QUESTION:
        dh_term_printf(f, dh_tr(lang, A_JOIN_EV_QUESTION), pre, t, team,
                       e->question.id ? e->question.id : "",
                       dh_ptext_get(&e->question.prompt, lang));
        return 1;
    case DH_P_EV_ANSWERED:
        if (e->how == DH_PCLOSE_TIMEOUT)
            dh_term_printf(f, dh_tr(lang, A_JOIN_EV_UNANSWERED), pre, t, team,
                           e->decision_id ? e->decision_id : "");
        else
            dh_term_printf(f, dh_tr(lang, A_JOIN_EV_ANSWERED), pre, t, team,
                           e->decision_id ? e->decision_id : "", dh_utf8_len(e->text ? e->text : ""));
        return 1;
    case DH_P_EV_SCORED:
        if (!e->by) { /* a team is told that its answer was scored, not by whom */
            dh_term_printf(f, dh_tr(lang, A_JOIN_EV_SCORED_TEAM), pre, t, team,
                           e->decision_id ? e->decision_id : "");
            return 1;
        }
        dh_term_printf(f, dh_tr(lang, A_JOIN_EV_SCORED), pre, t, team,
                       e->decision_id ? e->decision_id : "", e->by ? e->by : "",
                       e->option ? e->option : "");
        return 1;
    default:
        return 0;
    }
}
