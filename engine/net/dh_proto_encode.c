/* dh_proto_encode.c — encode a dh_pmsg as one JSON text frame, written by hand
 * so integers stay exact and field order is fixed. See dh_proto.h. */
#include "dh_proto.h"
#include "dh_proto_impl.h"

#include <string.h>

typedef struct jw {
    dh_buf *b;
    int first;
} jw;

static void key(jw *w, const char *k)
{
    if (!w->first) dh_buf_addc(w->b, ',');
    w->first = 0;
    dh_buf_add_json_str(w->b, k);
    dh_buf_addc(w->b, ':');
}

static void put_str(jw *w, const char *k, const char *v)
{
    if (!v) return;
    key(w, k);
    dh_buf_add_json_str(w->b, v);
}

static void put_int(jw *w, const char *k, int64_t v)
{
    key(w, k);
    dh_buf_add_i64(w->b, v);
}

static void put_text(jw *w, const char *k, const dh_ptext *t)
{
    int any = 0;
    for (int i = 0; i < DH_LANG_COUNT; i++) any |= t->s[i] != NULL;
    if (!any) return;
    key(w, k);
    jw in = {w->b, 1};
    dh_buf_addc(w->b, '{');
    for (int i = 0; i < DH_LANG_COUNT; i++) put_str(&in, dh_lang_code((dh_lang)i), t->s[i]);
    dh_buf_addc(w->b, '}');
}

static void put_points(jw *w, const dh_ppoints *p)
{
    if (!p->has) return;
    key(w, "points");
    jw in = {w->b, 1};
    dh_buf_addc(w->b, '{');
    for (size_t i = 0; i < p->n; i++) put_int(&in, p->v[i].category, p->v[i].milli);
    dh_buf_addc(w->b, '}');
}

static void open_obj(jw *w, const char *k, jw *in)
{
    if (k) key(w, k);
    else if (!w->first) dh_buf_addc(w->b, ',');
    w->first = 0;
    dh_buf_addc(w->b, '{');
    in->b = w->b;
    in->first = 1;
}

static void close_obj(jw *in) { dh_buf_addc(in->b, '}'); }

static void put_choose(jw *w, const dh_pchoose *c, int with_type)
{
    if (with_type) put_str(w, "type", "choose");
    put_str(w, "ref", c->ref);
    put_str(w, "decision", c->decision);
    put_str(w, "option", c->option);
}

static void put_named(jw *w, const char *k, const dh_pnamed *v, size_t n)
{
    key(w, k);
    jw arr = {w->b, 1};
    dh_buf_addc(w->b, '[');
    for (size_t i = 0; i < n; i++) {
        jw o;
        open_obj(&arr, NULL, &o);
        put_str(&o, "id", v[i].id);
        put_text(&o, "name", &v[i].name);
        close_obj(&o);
    }
    dh_buf_addc(w->b, ']');
}

static void put_event(jw *w, dh_ptype type, const dh_pevent *e)
{
    put_int(w, "t", e->t);
    put_str(w, "team", e->team);
    jw o, arr;
    switch (type) {
    case DH_P_EV_INJECT:
        open_obj(w, "inject", &o);
        put_str(&o, "id", e->inject.id);
        put_text(&o, "title", &e->inject.title);
        put_text(&o, "body", &e->inject.body);
        put_text(&o, "from", &e->inject.from);
        put_str(&o, "channel", e->inject.channel);
        put_str(&o, "severity", e->inject.severity);
        put_str(&o, "stage", e->inject.stage);
        put_str(&o, "attack", e->inject.attack);
        put_text(&o, "notes", &e->inject.notes);
        close_obj(&o);
        break;
    case DH_P_EV_OPEN:
        key(w, "deadline");
        if (e->deadline == DH_MS_NEVER) dh_buf_adds(w->b, "null");
        else dh_buf_add_i64(w->b, e->deadline);
        open_obj(w, "decision", &o);
        put_str(&o, "id", e->decision.id);
        put_str(&o, "inject", e->decision.inject);
        put_text(&o, "prompt", &e->decision.prompt);
        key(&o, "options");
        arr = (jw){o.b, 1};
        dh_buf_addc(o.b, '[');
        for (size_t i = 0; i < e->decision.noptions; i++) {
            jw op;
            open_obj(&arr, NULL, &op);
            put_str(&op, "id", e->decision.options[i].id);
            put_text(&op, "text", &e->decision.options[i].text);
            put_points(&op, &e->decision.options[i].points);
            close_obj(&op);
        }
        dh_buf_addc(o.b, ']');
        put_str(&o, "timeout", e->decision.timeout);
        put_text(&o, "notes", &e->decision.notes);
        close_obj(&o);
        break;
    case DH_P_EV_CLOSED:
        put_str(w, "decision", e->decision_id);
        key(w, "option");
        if (e->option) dh_buf_add_json_str(w->b, e->option);
        else dh_buf_adds(w->b, "null");
        put_str(w, "how", e->how == DH_PCLOSE_TIMEOUT ? "timeout" : "choice");
        put_int(w, "factor", e->factor);
        put_points(w, &e->points);
        break;
    case DH_P_EV_ADJUST:
        put_str(w, "category", e->category);
        put_int(w, "milli", e->milli);
        put_str(w, "reason", e->reason);
        put_str(w, "by", e->by);
        break;
    case DH_P_EV_QUESTION:
        key(w, "deadline");
        if (e->deadline == DH_MS_NEVER) dh_buf_adds(w->b, "null");
        else dh_buf_add_i64(w->b, e->deadline);
        open_obj(w, "question", &o);
        put_str(&o, "id", e->question.id);
        put_text(&o, "prompt", &e->question.prompt);
        put_text(&o, "guidance", &e->question.guidance);
        if (e->question.nrubric) {
            key(&o, "rubric");
            arr = (jw){o.b, 1};
            dh_buf_addc(o.b, '[');
            for (size_t i = 0; i < e->question.nrubric; i++) {
                jw it;
                open_obj(&arr, NULL, &it);
                put_str(&it, "id", e->question.rubric[i].id);
                put_text(&it, "text", &e->question.rubric[i].text);
                put_points(&it, &e->question.rubric[i].points);
                close_obj(&it);
            }
            dh_buf_addc(o.b, ']');
        }
        close_obj(&o);
        break;
    case DH_P_EV_ANSWERED:
        put_str(w, "question", e->decision_id);
        put_str(w, "text", e->text);
        put_str(w, "how", e->how == DH_PCLOSE_TIMEOUT ? "timeout" : "answer");
        break;
    case DH_P_EV_SCORED:
        put_str(w, "question", e->decision_id);
        put_str(w, "items", e->option ? e->option : "");
        put_str(w, "comment", e->text);
        put_str(w, "by", e->by);
        put_points(w, &e->points);
        break;
    case DH_P_EV_CONTROL:
        put_str(w, "action", e->action);
        if (e->action && !strcmp(e->action, "speed")) put_int(w, "speed", e->speed);
        if (e->action && !strcmp(e->action, "jump")) put_int(w, "to", e->to);
        put_str(w, "inject", e->inject_id);
        put_str(w, "text", e->text);
        break;
    default:
        break;
    }
}

void dh_proto_encode(const dh_pmsg *m, dh_buf *out)
{
    jw w = {out, 1};
    jw o, arr;
    dh_buf_addc(out, '{');
    if (dh_ptype_is_event(m->type)) put_int(&w, "seq", m->ev.seq);
    put_str(&w, "type", dh_ptype_name(m->type));
    switch (m->type) {
    case DH_P_HELLO:
        put_int(&w, "proto", m->hello.proto);
        put_str(&w, "code", m->hello.code);
        put_int(&w, "last", m->hello.last);
        put_str(&w, "client", m->hello.client);
        put_str(&w, "lang", m->hello.lang);
        if (m->hello.npending) {
            key(&w, "pending");
            arr = (jw){out, 1};
            dh_buf_addc(out, '[');
            for (size_t i = 0; i < m->hello.npending; i++) {
                open_obj(&arr, NULL, &o);
                put_choose(&o, &m->hello.pending[i], 1);
                close_obj(&o);
            }
            dh_buf_addc(out, ']');
        }
        break;
    case DH_P_CHOOSE: put_choose(&w, &m->choose, 0); break;
    case DH_P_ADJUST:
        put_str(&w, "ref", m->adjust.ref);
        put_str(&w, "team", m->adjust.team);
        put_str(&w, "category", m->adjust.category);
        put_int(&w, "milli", m->adjust.milli);
        put_str(&w, "reason", m->adjust.reason);
        break;
    case DH_P_NOTE:
        put_str(&w, "ref", m->note.ref);
        put_str(&w, "team", m->note.team);
        put_str(&w, "text", m->note.text);
        break;
    case DH_P_FEEDBACK:
        put_str(&w, "ref", m->feedback.ref);
        put_str(&w, "question", m->feedback.question);
        if (m->feedback.text) put_str(&w, "text", m->feedback.text);
        if (m->feedback.rating) put_int(&w, "rating", m->feedback.rating);
        break;
    case DH_P_ANSWER:
        put_str(&w, "ref", m->answer.ref);
        put_str(&w, "question", m->answer.question);
        put_str(&w, "text", m->answer.text);
        break;
    case DH_P_SCORE:
        put_str(&w, "ref", m->score.ref);
        put_str(&w, "team", m->score.team);
        put_str(&w, "question", m->score.question);
        put_str(&w, "items", m->score.items);
        put_str(&w, "comment", m->score.comment);
        break;
    case DH_P_WELCOME:
        put_int(&w, "proto", m->welcome.proto);
        put_str(&w, "role", dh_role_name(m->welcome.role));
        put_str(&w, "id", m->welcome.id);
        put_str(&w, "name", m->welcome.name);
        key(&w, "show_points");
        dh_buf_adds(out, m->welcome.show_points ? "true" : "false");
        open_obj(&w, "scenario", &o);
        put_str(&o, "id", m->welcome.scenario_id);
        put_text(&o, "title", &m->welcome.title);
        put_int(&o, "duration", m->welcome.duration);
        put_named(&o, "categories", m->welcome.categories, m->welcome.ncategories);
        put_named(&o, "stages", m->welcome.stages, m->welcome.nstages);
        if (m->welcome.nfeedback) {
            key(&o, "feedback");
            jw fa = {out, 1}, q;
            dh_buf_addc(out, '[');
            for (size_t i = 0; i < m->welcome.nfeedback; i++) {
                open_obj(&fa, NULL, &q);
                put_str(&q, "id", m->welcome.feedback[i].id);
                put_str(&q, "kind", m->welcome.feedback[i].text ? "text" : "rating");
                put_text(&q, "text", &m->welcome.feedback[i].question);
                close_obj(&q);
            }
            dh_buf_addc(out, ']');
        }
        close_obj(&o);
        key(&w, "teams");
        arr = (jw){out, 1};
        dh_buf_addc(out, '[');
        for (size_t i = 0; i < m->welcome.nteams; i++) {
            open_obj(&arr, NULL, &o);
            put_str(&o, "id", m->welcome.teams[i].id);
            put_str(&o, "name", m->welcome.teams[i].name);
            put_str(&o, "bracket", m->welcome.teams[i].bracket);
            if (m->welcome.teams[i].role) put_str(&o, "role", m->welcome.teams[i].role);
            close_obj(&o);
        }
        dh_buf_addc(out, ']');
        break;
    case DH_P_REFUSE:
        put_str(&w, "reason", dh_prefuse_name(m->refuse.reason));
        put_str(&w, "message", m->refuse.message);
        break;
    case DH_P_READY: put_int(&w, "seq", m->ready_seq); break;
    case DH_P_CLOCK:
        put_int(&w, "now", m->clock.now);
        put_str(&w, "state", dh_pclock_name(m->clock.state));
        put_int(&w, "speed", m->clock.speed);
        if (m->clock.wall) put_int(&w, "wall", m->clock.wall);
        break;
    case DH_P_ACK:
        put_str(&w, "ref", m->ack.ref);
        put_int(&w, "input", m->ack.input);
        break;
    case DH_P_REFUSED:
        put_str(&w, "ref", m->refused.ref);
        put_str(&w, "reason", m->refused.reason);
        break;
    case DH_P_SCORES:
        key(&w, "teams");
        arr = (jw){out, 1};
        dh_buf_addc(out, '[');
        for (size_t i = 0; i < m->scores.n; i++) {
            open_obj(&arr, NULL, &o);
            put_str(&o, "id", m->scores.v[i].id);
            put_int(&o, "total", m->scores.v[i].total);
            put_int(&o, "rank", m->scores.v[i].rank);
            close_obj(&o);
        }
        dh_buf_addc(out, ']');
        break;
    case DH_P_PRESENCE:
        key(&w, "teams");
        arr = (jw){out, 1};
        dh_buf_addc(out, '[');
        for (size_t i = 0; i < m->presence.n; i++) {
            open_obj(&arr, NULL, &o);
            put_str(&o, "id", m->presence.v[i].id);
            put_int(&o, "online", m->presence.v[i].online);
            put_int(&o, "since", m->presence.v[i].since);
            close_obj(&o);
        }
        dh_buf_addc(out, ']');
        break;
    default:
        if (dh_ptype_is_event(m->type)) put_event(&w, m->type, &m->ev);
        break;
    }
    dh_buf_addc(out, '}');
}
