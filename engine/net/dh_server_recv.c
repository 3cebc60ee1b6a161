/* dh_server_recv.c — messages from a station: a frame gathered and parsed, the
 * hello (codes, rate of wrong ones) and each input checked against who sent it,
 * then handed to the drill once and answered (ack or refused). */
#include "dh_server_impl.h"
#include "dh_msg.h"
#include "dh_question.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void answer_input(dh_server *s, conn *c, dh_input *in, const char *ref)
{
    char key[1200];
    dh_pmsg m = {0};
    in->ref = ref;
    int64_t done =
        dh_server_ref_key(s->drill, in, key, sizeof key) ? dh_server_ref_find(s, key) : 0;
    if (done) {
        m.type = DH_P_ACK;
        m.ack.ref = ref;
        m.ack.input = done;
        dh_server_enqueue(s, c, &m);
        return;
    }
    char err[512] = "";
    dh_status st = s->cfg.inputs.fn(s->cfg.inputs.ctx, in, err, sizeof err);
    if (st == DH_OK) {
        int64_t input = s->cfg.input_count ? s->cfg.input_count(s->cfg.input_count_ctx) : 0;
        if (dh_server_note_input(s, in, input)) dh_server_say(s, "%s", dh_msg(N_STREAM_NOMEM));
        m.type = DH_P_ACK;
        m.ack.ref = ref;
        m.ack.input = input;
    } else {
        m.type = DH_P_REFUSED;
        m.refused.ref = ref;
        m.refused.reason = err[0] ? err : dh_status_str(st);
    }
    dh_server_enqueue(s, c, &m);
}

static void refused_input(dh_server *s, conn *c, const char *ref, const char *reason)
{
    dh_pmsg m = {.type = DH_P_REFUSED};
    m.refused.ref = ref;
    m.refused.reason = reason;
    dh_server_enqueue(s, c, &m);
}

static void on_choose(dh_server *s, conn *c, const dh_pchoose *ch)
{
    const principal *p = dh_server_who(s, c);
    char why[300];
    if (p->role != DH_ROLE_TEAM) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOURS), dh_role_name(p->role), "choose");
        refused_input(s, c, ch->ref, why);
        return;
    }
    const dh_scenario *sc = dh_drill_scenario(s->drill);
    int di = dh_scenario_find_decision(sc, ch->decision);
    int oi = di >= 0 ? dh_decision_find_option(&sc->decisions[di], ch->option) : -1;
    if (di < 0 || oi < 0) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_SUCH_CHOICE), ch->decision, ch->option);
        refused_input(s, c, ch->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_CHOICE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = p->teams[0], .decision = di, .option = oi, .category = -1, .inject = -1};
    answer_input(s, c, &in, ch->ref);
}

/* A team's answer to the feedback form, after the end: the drill checks it
 * (dh_feedback_check) and records it like any input. */
static void on_feedback(dh_server *s, conn *c, const dh_pfeedback *f)
{
    const principal *p = dh_server_who(s, c);
    char why[300];
    if (p->role != DH_ROLE_TEAM) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOURS), dh_role_name(p->role), "feedback");
        refused_input(s, c, f->ref, why);
        return;
    }
    int q = dh_scenario_find_feedback(dh_drill_scenario(s->drill), f->question);
    if (q < 0) {
        snprintf(why, sizeof why, dh_tr(c->lang, E_RESP_FEEDBACK_Q), f->question);
        refused_input(s, c, f->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_FEEDBACK, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = p->teams[0], .decision = q, .option = -1, .category = -1, .inject = -1,
                   .milli = f->rating, .text = f->text};
    answer_input(s, c, &in, f->ref);
}

static int team_of_evaluator(dh_server *s, conn *c, const char *ref, const char *team_id)
{
    const principal *p = dh_server_who(s, c);
    char why[300];
    int t = team_id ? dh_roster_find(dh_drill_roster(s->drill), team_id) : -1;
    if (p->role != DH_ROLE_EVALUATOR || t < 0 || !dh_server_evaluates(p, t)) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOUR_TEAM), team_id ? team_id : "");
        refused_input(s, c, ref, why);
        return -1;
    }
    return t;
}

static void on_adjust(dh_server *s, conn *c, const dh_padjust *a)
{
    int t = team_of_evaluator(s, c, a->ref, a->team);
    if (t < 0) return;
    int cat = dh_scenario_find_category(dh_drill_scenario(s->drill), a->category);
    if (cat < 0) {
        char why[300];
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_CATEGORY), a->category);
        refused_input(s, c, a->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_ADJUST, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = t, .decision = -1, .option = -1, .category = cat, .inject = -1,
                   .milli = a->milli, .text = a->reason, .by = dh_server_who(s, c)->name};
    answer_input(s, c, &in, a->ref);
}

static void on_note(dh_server *s, conn *c, const dh_pnote *n)
{
    int t = team_of_evaluator(s, c, n->ref, n->team);
    if (t < 0) return;
    dh_input in = {.kind = DH_IN_NOTE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = t, .decision = -1, .option = -1, .category = -1, .inject = -1,
                   .text = n->text, .by = dh_server_who(s, c)->name};
    answer_input(s, c, &in, n->ref);
}

/* An answer to an open question: the team's own, text held to the answer rule
 * by the drill (a refusal names why). Exactly once by its ref, like a choice. */
static void on_answer(dh_server *s, conn *c, const dh_panswer *a)
{
    const principal *p = dh_server_who(s, c);
    char why[300];
    if (p->role != DH_ROLE_TEAM) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NOT_YOURS), dh_role_name(p->role), "answer");
        refused_input(s, c, a->ref, why);
        return;
    }
    int qi = dh_scenario_find_question(dh_drill_scenario(s->drill), a->question);
    if (qi < 0) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_SUCH_QUESTION), a->question);
        refused_input(s, c, a->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_ANSWER, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = p->teams[0], .decision = qi, .option = -1, .category = -1,
                   .inject = -1, .text = a->text};
    answer_input(s, c, &in, a->ref);
}

/* An evaluator's rubric score of an answer by one of its teams. */
static void on_score(dh_server *s, conn *c, const dh_pscore_in *sc_in)
{
    int t = team_of_evaluator(s, c, sc_in->ref, sc_in->team);
    if (t < 0) return;
    const dh_scenario *sc = dh_drill_scenario(s->drill);
    int qi = dh_scenario_find_question(sc, sc_in->question);
    char why[300];
    uint32_t ticks = 0;
    int bad = qi < 0;
    for (const char *p = sc_in->items; !bad && *p;) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char id[65];
        int k = -1;
        if (n && n < sizeof id) {
            memcpy(id, p, n);
            id[n] = 0;
            k = dh_question_find_item(&sc->questions[qi], id);
        }
        if (k < 0 || k >= DH_MAX_RUBRIC) bad = 1;
        else ticks |= 1u << k;
        p += n + (end ? 1 : 0);
    }
    if (bad) {
        snprintf(why, sizeof why, dh_tr(c->lang, N_NO_SUCH_QUESTION), sc_in->question);
        refused_input(s, c, sc_in->ref, why);
        return;
    }
    dh_input in = {.kind = DH_IN_SCORE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill),
                   .team = t, .decision = qi, .option = -1, .category = -1, .inject = -1,
                   .milli = (int64_t)ticks, .text = sc_in->comment,
                   .by = dh_server_who(s, c)->name};
    answer_input(s, c, &in, sc_in->ref);
}

static addr_rate *rate_of(dh_server *s, const char *addr)
{
    for (size_t i = 0; i < s->nrates; i++)
        if (!strcmp(s->rates[i].addr, addr)) return &s->rates[i];
    if (!s->rates) s->rates = calloc(MAX_RATES, sizeof *s->rates);
    if (!s->rates) return NULL;
    size_t i = s->nrates < MAX_RATES ? s->nrates++ : 0;
    /* full: reuse the oldest window */
    if (i == 0 && s->nrates == MAX_RATES)
        for (size_t k = 1; k < MAX_RATES; k++)
            if (s->rates[k].window_ms < s->rates[i].window_ms) i = k;
    memset(&s->rates[i], 0, sizeof s->rates[i]);
    snprintf(s->rates[i].addr, sizeof s->rates[i].addr, "%s", addr);
    s->rates[i].window_ms = s->now_ms;
    return &s->rates[i];
}

static void on_hello(dh_server *s, conn *c, const dh_phello *h)
{
    if (h->lang && dh_lang_parse(h->lang) >= 0) c->lang = (dh_lang)dh_lang_parse(h->lang);
    char why[300];
    addr_rate *r = rate_of(s, c->addr);
    int limit = (int)dh_server_default_int(s->cfg.wrong_codes_per_min, 5);
    if (r && s->now_ms - r->window_ms >= 60000) {
        r->window_ms = s->now_ms;
        r->wrong = 0;
    }
    if (r && r->wrong >= limit) {
        snprintf(why, sizeof why, "%s", dh_tr(c->lang, N_RATE));
        dh_server_refuse(s, c, DH_PR_RATE, why);
        return;
    }
    char code[40];
    int found = -1;
    if (dh_proto_code_normalise(h->code, code, sizeof code) == DH_CODE_LEN)
        for (size_t i = 0; i < s->npr; i++)
            if (!memcmp(s->pr[i].code, code, DH_CODE_LEN)) found = (int)i;
    if (found < 0) {
        if (r) r->wrong++;
        snprintf(why, sizeof why, "%s", dh_tr(c->lang, N_BAD_CODE));
        dh_server_refuse(s, c, DH_PR_CODE, why);
        return;
    }
    c->principal = found;
    /* the backstop set at connection was for the hello: a joined station stays */
    lws_set_timeout(c->wsi, NO_PENDING_TIMEOUT, 0);
    s->nstations++;
    c->counted = 1;
    dh_server_count_in(s, c, +1);
    dh_server_send_welcome(s, c);
    c->cursor = dh_stream_after(&s->stream, (uint64_t)h->last);
    c->ready_index = s->stream.n;
    c->ready_seq = dh_drill_event_count(s->drill);
    for (size_t i = 0; i < h->npending; i++) on_choose(s, c, &h->pending[i]);
    dh_server_wake(c);
}

static void on_frame(dh_server *s, conn *c, const char *data, size_t len)
{
    dh_pmsg m;
    dh_prefuse_reason why;
    char err[300];
    if (dh_proto_parse(data, len, DH_PDIR_TO_SERVER, c->lang, &m, &why, err, sizeof err)) {
        dh_server_refuse(s, c, why, err);
        return;
    }
    if (c->principal < 0 && m.type != DH_P_HELLO) {
        snprintf(err, sizeof err, "%s", dh_tr(c->lang, N_HELLO_FIRST));
        dh_server_refuse(s, c, DH_PR_BAD_MESSAGE, err);
    } else if (c->principal >= 0 && m.type == DH_P_HELLO) {
        snprintf(err, sizeof err, "%s", dh_tr(c->lang, N_HELLO_TWICE));
        dh_server_refuse(s, c, DH_PR_BAD_MESSAGE, err);
    } else if (m.type == DH_P_HELLO) {
        on_hello(s, c, &m.hello);
    } else if (m.type == DH_P_CHOOSE) {
        on_choose(s, c, &m.choose);
    } else if (m.type == DH_P_ADJUST) {
        on_adjust(s, c, &m.adjust);
    } else if (m.type == DH_P_NOTE) {
        on_note(s, c, &m.note);
    } else if (m.type == DH_P_FEEDBACK) {
        on_feedback(s, c, &m.feedback);
    } else if (m.type == DH_P_ANSWER) {
        on_answer(s, c, &m.answer);
    } else if (m.type == DH_P_SCORE) {
        on_score(s, c, &m.score);
    }
    dh_pmsg_free(&m);
}

void dh_server_on_receive(dh_server *s, conn *c, const void *in, size_t len)
{
    if (c->closing || c->dropped) return;
    if (lws_is_first_fragment(c->wsi)) {
        c->rxlen = 0;
        c->rx_refused = 0;
    }
    if (c->rx_refused) return;
    char err[300];
    if (lws_frame_is_binary(c->wsi)) {
        c->rx_refused = 1;
        snprintf(err, sizeof err, "%s", dh_tr(c->lang, N_BINARY));
        dh_server_refuse(s, c, DH_PR_BAD_MESSAGE, err);
        return;
    }
    if (c->rxlen + len > DH_PROTO_MAX_MSG) {
        c->rx_refused = 1;
        snprintf(err, sizeof err, dh_tr(c->lang, E_NET_TOO_LARGE), c->rxlen + len, DH_PROTO_MAX_MSG);
        dh_server_refuse(s, c, DH_PR_TOO_LARGE, err);
        return;
    }
    /* grown as frames need it: a thousand quiet stations hold little */
    if (c->rxlen + len > c->rxcap) {
        size_t cap = c->rxcap ? c->rxcap : 1024;
        while (cap < c->rxlen + len) cap *= 2;
        char *nb = realloc(c->rx, cap);
        if (!nb) return;
        c->rx = nb;
        c->rxcap = cap;
    }
    memcpy(c->rx + c->rxlen, in, len);
    c->rxlen += len;
    if (lws_is_final_fragment(c->wsi) && !lws_remaining_packet_payload(c->wsi)) {
        size_t n = c->rxlen;
        c->rxlen = 0;
        on_frame(s, c, c->rx, n);
    }
}
