/* dh_proto_parse.c — parse one frame of the station protocol into a checked
 * dh_pmsg (cJSON, every field's type, range and length checked), and free it.
 * The edge of STYLE.md 7: nothing past it reads raw bytes. See dh_proto.h. */
#include "dh_proto.h"
#include "dh_proto_impl.h"

#include "dh_msg.h"
#include "dh_scenario.h"
#include "dh_utf8.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct owned {
    cJSON *root;
    void **blocks;
    size_t n, cap;
} owned;

typedef struct pctx {
    owned *own;
    dh_lang lang;
    const char *type;      /* the message's type, for messages */
    char *err;
    size_t errlen;
    int failed, nomem;
} pctx;

static void fail_field(pctx *c, const char *field)
{
    if (c->failed) return;
    c->failed = 1;
    snprintf(c->err, c->errlen, dh_tr(c->lang, E_NET_FIELD), c->type, field);
}

static void *alloc_block(pctx *c, size_t count, size_t size)
{
    if (c->failed) return NULL;
    if (count == 0) count = 1;
    if (c->own->n == c->own->cap) {
        size_t cap = c->own->cap ? c->own->cap * 2 : 8;
        void **b = realloc(c->own->blocks, cap * sizeof *b);
        if (!b) goto oom;
        c->own->blocks = b;
        c->own->cap = cap;
    }
    void *p = calloc(count, size);
    if (!p) goto oom;
    c->own->blocks[c->own->n++] = p;
    return p;
oom:
    c->failed = c->nomem = 1;
    snprintf(c->err, c->errlen, "%s", dh_status_str(DH_ENOMEM));
    return NULL;
}

enum { S_TEXT, S_ID, S_REF, S_CODE };

/* A string field: NULL when absent and not required (or on failure). Text is
 * bounded by maxlen bytes and free of NUL (cJSON would cut at a \u0000). */
static const char *get_str(pctx *c, const cJSON *o, const char *key, int required, int kind,
                           size_t maxlen)
{
    if (c->failed) return NULL;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v || cJSON_IsNull(v)) {
        if (required) fail_field(c, key);
        return NULL;
    }
    if (!cJSON_IsString(v) || !v->valuestring) {
        fail_field(c, key);
        return NULL;
    }
    const char *s = v->valuestring;
    size_t n = strlen(s);
    int ok = n <= maxlen && !dh_utf8_invalid(s, n);
    if (ok && kind == S_ID) ok = dh_id_valid(s);
    if (ok && kind == S_REF) ok = dh_proto_ref_valid(s);
    if (ok && kind == S_CODE) ok = n > 0 && n <= 32;
    if (!ok) {
        fail_field(c, key);
        return NULL;
    }
    return s;
}

/* An integer field within [lo, hi]; JSON numbers are doubles in cJSON, so only
 * integral values of magnitude below 2^53 are exact and accepted. */
static int get_int(pctx *c, const cJSON *o, const char *key, int required, int64_t lo, int64_t hi,
                   int64_t *out)
{
    if (c->failed) return 0;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v) {
        if (required) fail_field(c, key);
        return 0;
    }
    double d = v->valuedouble;
    if (!cJSON_IsNumber(v) || !isfinite(d) || d != floor(d) || fabs(d) > 9007199254740991.0 ||
        d < (double)lo || d > (double)hi) {
        fail_field(c, key);
        return 0;
    }
    *out = (int64_t)d;
    return 1;
}

#define MAX_SAFE ((int64_t)9007199254740991)

static int get_bool(pctx *c, const cJSON *o, const char *key, int *out)
{
    if (c->failed) return 0;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v) return 0;
    if (!cJSON_IsBool(v)) {
        fail_field(c, key);
        return 0;
    }
    *out = cJSON_IsTrue(v);
    return 1;
}

/* A bilingual text: {"en": …, "vi": …} (either may be missing) or a plain
 * string (the same in every language). */
static void get_text(pctx *c, const cJSON *o, const char *key, int required, dh_ptext *out)
{
    memset(out, 0, sizeof *out);
    if (c->failed) return;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v || cJSON_IsNull(v)) {
        if (required) fail_field(c, key);
        return;
    }
    if (cJSON_IsString(v)) {
        const char *s = get_str(c, o, key, 1, S_TEXT, DH_PROTO_MAX_MSG);
        for (int i = 0; i < DH_LANG_COUNT; i++) out->s[i] = s;
        return;
    }
    if (!cJSON_IsObject(v)) {
        fail_field(c, key);
        return;
    }
    for (int i = 0; i < DH_LANG_COUNT; i++)
        out->s[i] = get_str(c, v, dh_lang_code((dh_lang)i), 0, S_TEXT, DH_PROTO_MAX_MSG);
    if (c->failed) {
        c->failed = 0;   /* name the outer field, not the language */
        c->err[0] = 0;
        fail_field(c, key);
    }
}

/* An array field: its items, at most max; NULL with *n = 0 when absent. */
static const cJSON *get_array(pctx *c, const cJSON *o, const char *key, int required, size_t max,
                              size_t *n)
{
    *n = 0;
    if (c->failed) return NULL;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v || cJSON_IsNull(v)) {
        if (required) fail_field(c, key);
        return NULL;
    }
    if (!cJSON_IsArray(v)) {
        fail_field(c, key);
        return NULL;
    }
    size_t k = 0;
    for (const cJSON *it = v->child; it; it = it->next) {
        if (++k > max) {
            c->failed = 1;
            snprintf(c->err, c->errlen, dh_tr(c->lang, E_NET_TOO_MANY), c->type, key, (int)max);
            return NULL;
        }
        if (!cJSON_IsObject(it)) {
            fail_field(c, key);
            return NULL;
        }
    }
    *n = k;
    return v;
}

/* A required object field. */
static const cJSON *get_object(pctx *c, const cJSON *o, const char *key)
{
    if (c->failed) return NULL;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsObject(v)) {
        fail_field(c, key);
        return NULL;
    }
    return v;
}

static void get_points(pctx *c, const cJSON *o, dh_ppoints *out)
{
    memset(out, 0, sizeof *out);
    if (c->failed) return;
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "points");
    if (!v || cJSON_IsNull(v)) return;
    if (!cJSON_IsObject(v)) {
        fail_field(c, "points");
        return;
    }
    size_t n = 0;
    for (const cJSON *it = v->child; it; it = it->next) n++;
    if (n > DH_PROTO_MAX_LIST) {
        fail_field(c, "points");
        return;
    }
    dh_ppoint *p = alloc_block(c, n, sizeof *p);
    if (!p) return;
    size_t k = 0;
    for (const cJSON *it = v->child; it && !c->failed; it = it->next, k++) {
        if (!it->string || !dh_id_valid(it->string)) {
            fail_field(c, "points");
            return;
        }
        p[k].category = it->string;
        get_int(c, v, it->string, 1, -MAX_SAFE, MAX_SAFE, &p[k].milli);
    }
    out->has = 1;
    out->v = p;
    out->n = n;
}

static void parse_choose_obj(pctx *c, const cJSON *o, dh_pchoose *ch)
{
    ch->ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
    ch->decision = get_str(c, o, "decision", 1, S_ID, 64);
    ch->option = get_str(c, o, "option", 1, S_ID, 64);
}

static void parse_hello(pctx *c, const cJSON *o, dh_phello *h)
{
    get_int(c, o, "proto", 1, INT32_MIN, INT32_MAX, &h->proto);
    if (c->failed || h->proto != DH_PROTO_VERSION) return;   /* the caller refuses */
    h->code = get_str(c, o, "code", 1, S_CODE, 32);
    get_int(c, o, "last", 0, 0, MAX_SAFE, &h->last);
    h->client = get_str(c, o, "client", 0, S_TEXT, 128);
    h->lang = get_str(c, o, "lang", 0, S_TEXT, 16);
    size_t n;
    const cJSON *a = get_array(c, o, "pending", 0, DH_PROTO_MAX_PENDING, &n);
    if (!a || !n) return;
    dh_pchoose *p = alloc_block(c, n, sizeof *p);
    if (!p) return;
    size_t k = 0;
    for (const cJSON *it = a->child; it && !c->failed; it = it->next, k++) {
        const char *t = get_str(c, it, "type", 0, S_TEXT, 16);
        if (t && strcmp(t, "choose")) fail_field(c, "pending");
        parse_choose_obj(c, it, &p[k]);
    }
    h->pending = p;
    h->npending = n;
}

static void parse_named(pctx *c, const cJSON *o, const char *key, const dh_pnamed **out, size_t *nout)
{
    size_t n;
    const cJSON *a = get_array(c, o, key, 0, DH_PROTO_MAX_LIST, &n);
    if (!a || !n) return;
    dh_pnamed *p = alloc_block(c, n, sizeof *p);
    if (!p) return;
    size_t k = 0;
    for (const cJSON *it = a->child; it && !c->failed; it = it->next, k++) {
        p[k].id = get_str(c, it, "id", 1, S_ID, 64);
        get_text(c, it, "name", 0, &p[k].name);
    }
    *out = p;
    *nout = n;
}

/* The feedback form: [{ "id", "kind": "rating"|"text", "text": {…} }, …]. */
static void parse_form(pctx *c, const cJSON *o, dh_pwelcome *w)
{
    size_t n;
    const cJSON *a = get_array(c, o, "feedback", 0, DH_FB_MAX_QUESTIONS, &n);
    if (!a || !n) return;
    dh_pfbq *q = alloc_block(c, n, sizeof *q);
    if (!q) return;
    size_t k = 0;
    for (const cJSON *it = a->child; it && !c->failed; it = it->next, k++) {
        q[k].id = get_str(c, it, "id", 1, S_ID, 64);
        const char *kind = get_str(c, it, "kind", 1, S_TEXT, 16);
        if (kind && strcmp(kind, "rating") && strcmp(kind, "text")) fail_field(c, "kind");
        q[k].text = kind && !strcmp(kind, "text");
        get_text(c, it, "text", 0, &q[k].question);
    }
    w->feedback = q;
    w->nfeedback = n;
}

static void parse_welcome(pctx *c, const cJSON *o, dh_pwelcome *w)
{
    get_int(c, o, "proto", 1, INT32_MIN, INT32_MAX, &w->proto);
    const char *role = get_str(c, o, "role", 1, S_TEXT, 16);
    if (role) {
        int r = dh_role_parse(role);
        if (r < 0) fail_field(c, "role");
        else w->role = (dh_role)r;
    }
    w->id = get_str(c, o, "id", 0, S_ID, 64);
    w->name = get_str(c, o, "name", 0, S_TEXT, 1024);
    get_bool(c, o, "show_points", &w->show_points);
    const cJSON *s = get_object(c, o, "scenario");
    if (s) {
        w->scenario_id = get_str(c, s, "id", 1, S_ID, 64);
        get_text(c, s, "title", 0, &w->title);
        get_int(c, s, "duration", 1, 0, MAX_SAFE, &w->duration);
        parse_named(c, s, "categories", &w->categories, &w->ncategories);
        parse_named(c, s, "stages", &w->stages, &w->nstages);
        parse_form(c, s, w);
    }
    size_t n;
    const cJSON *a = get_array(c, o, "teams", 0, DH_PROTO_MAX_LIST, &n);
    if (!a || !n) return;
    dh_pteam *t = alloc_block(c, n, sizeof *t);
    if (!t) return;
    size_t k = 0;
    for (const cJSON *it = a->child; it && !c->failed; it = it->next, k++) {
        t[k].id = get_str(c, it, "id", 1, S_ID, 64);
        t[k].name = get_str(c, it, "name", 0, S_TEXT, 1024);
        t[k].bracket = get_str(c, it, "bracket", 0, S_TEXT, 1024);
        t[k].role = get_str(c, it, "role", 0, S_ID, 64);
    }
    w->teams = t;
    w->nteams = n;
}

static void parse_inject(pctx *c, const cJSON *o, dh_pinject *in)
{
    in->id = get_str(c, o, "id", 1, S_ID, 64);
    get_text(c, o, "title", 0, &in->title);
    get_text(c, o, "body", 0, &in->body);
    get_text(c, o, "from", 0, &in->from);
    get_text(c, o, "notes", 0, &in->notes);
    in->channel = get_str(c, o, "channel", 0, S_TEXT, 256);
    in->severity = get_str(c, o, "severity", 0, S_TEXT, 64);
    in->stage = get_str(c, o, "stage", 0, S_TEXT, 64);
    in->attack = get_str(c, o, "attack", 0, S_TEXT, 64);
}

static void parse_decision(pctx *c, const cJSON *o, dh_pdecision *d)
{
    d->id = get_str(c, o, "id", 1, S_ID, 64);
    d->inject = get_str(c, o, "inject", 0, S_ID, 64);
    get_text(c, o, "prompt", 0, &d->prompt);
    get_text(c, o, "notes", 0, &d->notes);
    d->timeout = get_str(c, o, "timeout", 0, S_ID, 64);
    size_t n;
    const cJSON *a = get_array(c, o, "options", 0, DH_PROTO_MAX_LIST, &n);
    if (!a || !n) return;
    dh_poption *p = alloc_block(c, n, sizeof *p);
    if (!p) return;
    size_t k = 0;
    for (const cJSON *it = a->child; it && !c->failed; it = it->next, k++) {
        p[k].id = get_str(c, it, "id", 1, S_ID, 64);
        get_text(c, it, "text", 0, &p[k].text);
        get_points(c, it, &p[k].points);
    }
    d->options = p;
    d->noptions = n;
}

static void parse_event(pctx *c, const cJSON *o, dh_ptype type, dh_pevent *e)
{
    e->deadline = DH_MS_NEVER;
    get_int(c, o, "seq", 1, 1, MAX_SAFE, &e->seq);
    get_int(c, o, "t", 1, 0, MAX_SAFE, &e->t);
    e->team = get_str(c, o, "team", 0, S_ID, 64);
    const cJSON *v;
    switch (type) {
    case DH_P_EV_INJECT:
        v = get_object(c, o, "inject");
        if (v) parse_inject(c, v, &e->inject);
        break;
    case DH_P_EV_OPEN:
        if (!cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "deadline")))
            get_int(c, o, "deadline", 0, 0, MAX_SAFE, &e->deadline);
        v = get_object(c, o, "decision");
        if (v) parse_decision(c, v, &e->decision);
        break;
    case DH_P_EV_CLOSED: {
        e->decision_id = get_str(c, o, "decision", 1, S_ID, 64);
        e->option = get_str(c, o, "option", 0, S_ID, 64);
        const char *how = get_str(c, o, "how", 1, S_TEXT, 16);
        if (how && !strcmp(how, "choice")) e->how = DH_PCLOSE_CHOICE;
        else if (how && !strcmp(how, "timeout")) e->how = DH_PCLOSE_TIMEOUT;
        else fail_field(c, "how");
        get_int(c, o, "factor", 0, 0, 1000000, &e->factor);
        get_points(c, o, &e->points);
        break;
    }
    case DH_P_EV_ADJUST:
        e->category = get_str(c, o, "category", 1, S_ID, 64);
        get_int(c, o, "milli", 1, -MAX_SAFE, MAX_SAFE, &e->milli);
        e->reason = get_str(c, o, "reason", 0, S_TEXT, DH_PROTO_MAX_MSG);
        e->by = get_str(c, o, "by", 0, S_TEXT, 1024);
        break;
    case DH_P_EV_QUESTION: {
        if (!cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(o, "deadline")))
            get_int(c, o, "deadline", 0, 0, MAX_SAFE, &e->deadline);
        v = get_object(c, o, "question");
        if (!v) break;
        e->question.id = get_str(c, v, "id", 1, S_ID, 64);
        get_text(c, v, "prompt", 0, &e->question.prompt);
        get_text(c, v, "guidance", 0, &e->question.guidance);
        size_t n;
        const cJSON *a = get_array(c, v, "rubric", 0, 32, &n);
        dh_poption *p = a && n ? alloc_block(c, n, sizeof *p) : NULL;
        size_t k = 0;
        for (const cJSON *it = p ? a->child : NULL; it && !c->failed; it = it->next, k++) {
            p[k].id = get_str(c, it, "id", 1, S_ID, 64);
            get_text(c, it, "text", 0, &p[k].text);
            get_points(c, it, &p[k].points);
        }
        e->question.rubric = p;
        e->question.nrubric = p ? n : 0;
        break;
    }
    case DH_P_EV_ANSWERED: {
        e->decision_id = get_str(c, o, "question", 1, S_ID, 64);
        e->text = get_str(c, o, "text", 0, S_TEXT, DH_PROTO_MAX_MSG);
        const char *how = get_str(c, o, "how", 1, S_TEXT, 16);
        if (how && !strcmp(how, "answer")) e->how = DH_PCLOSE_CHOICE;
        else if (how && !strcmp(how, "timeout")) e->how = DH_PCLOSE_TIMEOUT;
        else fail_field(c, "how");
        break;
    }
    case DH_P_EV_SCORED:
        e->decision_id = get_str(c, o, "question", 1, S_ID, 64);
        e->option = get_str(c, o, "items", 1, S_TEXT, 4096);
        e->text = get_str(c, o, "comment", 0, S_TEXT, DH_PROTO_MAX_MSG);
        e->by = get_str(c, o, "by", 0, S_TEXT, 1024);
        get_points(c, o, &e->points);
        break;
    case DH_P_EV_CONTROL:
        e->action = get_str(c, o, "action", 1, S_ID, 16);
        get_int(c, o, "speed", 0, 0, MAX_SAFE, &e->speed);
        get_int(c, o, "to", 0, 0, MAX_SAFE, &e->to);
        e->inject_id = get_str(c, o, "inject", 0, S_ID, 64);
        e->text = get_str(c, o, "text", 0, S_TEXT, DH_PROTO_MAX_MSG);
        break;
    default:
        break;
    }
}

static void parse_body(pctx *c, const cJSON *o, dh_pmsg *m)
{
    size_t n, k = 0;
    const cJSON *a;
    switch (m->type) {
    case DH_P_HELLO: parse_hello(c, o, &m->hello); break;
    case DH_P_CHOOSE: parse_choose_obj(c, o, &m->choose); break;
    case DH_P_ADJUST:
        m->adjust.ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
        m->adjust.team = get_str(c, o, "team", 1, S_ID, 64);
        m->adjust.category = get_str(c, o, "category", 1, S_ID, 64);
        get_int(c, o, "milli", 1, -1000000000, 1000000000, &m->adjust.milli);
        m->adjust.reason = get_str(c, o, "reason", 1, S_TEXT, DH_PROTO_MAX_TEXT);
        break;
    case DH_P_NOTE:
        m->note.ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
        m->note.team = get_str(c, o, "team", 0, S_ID, 64);
        m->note.text = get_str(c, o, "text", 1, S_TEXT, DH_PROTO_MAX_TEXT);
        break;
    case DH_P_FEEDBACK:
        m->feedback.ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
        m->feedback.question = get_str(c, o, "question", 1, S_ID, 64);
        m->feedback.text = get_str(c, o, "text", 0, S_TEXT, DH_PROTO_MAX_TEXT);
        get_int(c, o, "rating", 0, DH_FB_RATING_MIN, DH_FB_RATING_MAX, &m->feedback.rating);
        break;
    case DH_P_ANSWER:
        m->answer.ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
        m->answer.question = get_str(c, o, "question", 1, S_ID, 64);
        m->answer.text = get_str(c, o, "text", 1, S_TEXT, DH_PROTO_MAX_MSG);
        break;
    case DH_P_SCORE:
        m->score.ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
        m->score.team = get_str(c, o, "team", 1, S_ID, 64);
        m->score.question = get_str(c, o, "question", 1, S_ID, 64);
        m->score.items = get_str(c, o, "items", 1, S_TEXT, 4096);
        m->score.comment = get_str(c, o, "comment", 0, S_TEXT, DH_PROTO_MAX_TEXT);
        break;
    case DH_P_WELCOME: parse_welcome(c, o, &m->welcome); break;
    case DH_P_REFUSE: {
        const char *r = get_str(c, o, "reason", 1, S_TEXT, 32);
        int ri = dh_prefuse_parse(r);
        /* a later server may have reasons this one does not know: bad-message */
        m->refuse.reason = ri > 0 ? (dh_prefuse_reason)ri : DH_PR_BAD_MESSAGE;
        m->refuse.message = get_str(c, o, "message", 0, S_TEXT, DH_PROTO_MAX_MSG);
        break;
    }
    case DH_P_READY: get_int(c, o, "seq", 1, 0, MAX_SAFE, &m->ready_seq); break;
    case DH_P_CLOCK: {
        get_int(c, o, "now", 1, 0, MAX_SAFE, &m->clock.now);
        get_int(c, o, "speed", 1, 0, MAX_SAFE, &m->clock.speed);
        get_int(c, o, "wall", 0, 0, MAX_SAFE, &m->clock.wall);
        const char *s = get_str(c, o, "state", 1, S_TEXT, 16);
        int found = 0;
        for (int i = 0; s && i < 4; i++)
            if (!strcmp(s, dh_pclock_name((dh_pclock_state)i))) m->clock.state = (dh_pclock_state)i, found = 1;
        if (s && !found) fail_field(c, "state");
        break;
    }
    case DH_P_ACK:
        m->ack.ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
        get_int(c, o, "input", 1, 1, MAX_SAFE, &m->ack.input);
        break;
    case DH_P_REFUSED:
        m->refused.ref = get_str(c, o, "ref", 1, S_REF, DH_PROTO_MAX_REF);
        m->refused.reason = get_str(c, o, "reason", 1, S_TEXT, DH_PROTO_MAX_MSG);
        break;
    case DH_P_SCORES: {
        a = get_array(c, o, "teams", 1, DH_PROTO_MAX_LIST, &n);
        dh_pscore *s = a && n ? alloc_block(c, n, sizeof *s) : NULL;
        for (const cJSON *it = s ? a->child : NULL; it && !c->failed; it = it->next, k++) {
            s[k].id = get_str(c, it, "id", 1, S_ID, 64);
            get_int(c, it, "total", 1, -MAX_SAFE, MAX_SAFE, &s[k].total);
            get_int(c, it, "rank", 1, 1, MAX_SAFE, &s[k].rank);
        }
        m->scores.v = s;
        m->scores.n = s ? n : 0;
        break;
    }
    case DH_P_PRESENCE: {
        a = get_array(c, o, "teams", 1, DH_PROTO_MAX_LIST, &n);
        dh_ppresence_team *p = a && n ? alloc_block(c, n, sizeof *p) : NULL;
        for (const cJSON *it = p ? a->child : NULL; it && !c->failed; it = it->next, k++) {
            p[k].id = get_str(c, it, "id", 1, S_ID, 64);
            get_int(c, it, "online", 1, 0, MAX_SAFE, &p[k].online);
            get_int(c, it, "since", 1, 0, MAX_SAFE, &p[k].since);
        }
        m->presence.v = p;
        m->presence.n = p ? n : 0;
        break;
    }
    default:
        parse_event(c, o, m->type, &m->ev);
        break;
    }
}

/* 1 when a JSON string in data holds the escape \u0000: cJSON would cut the
 * string there, so "a\u0000b" would pass for "a". */
static int has_nul_escape(const char *data, size_t len)
{
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '"') in = !in;
        else if (in && data[i] == '\\' && i + 1 < len) {
            if (data[i + 1] == 'u' && i + 5 < len && !memcmp(data + i + 2, "0000", 4)) return 1;
            i++;
        }
    }
    return 0;
}

/* The type string as it may be shown: printable ASCII, at most 32 bytes. */
static void shown(char *out, size_t n, const char *s)
{
    size_t k = 0;
    for (; s && *s && k + 1 < n && k < 32; s++)
        out[k++] = (*s >= 0x20 && *s < 0x7F) ? *s : '?';
    out[k] = 0;
}

dh_status dh_proto_parse(const char *data, size_t len, dh_pdir dir, dh_lang lang, dh_pmsg *out,
                         dh_prefuse_reason *reason, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    *reason = DH_PR_BAD_MESSAGE;
    if (errlen) err[0] = 0;
    if (len > DH_PROTO_MAX_MSG) {
        *reason = DH_PR_TOO_LARGE;
        snprintf(err, errlen, dh_tr(lang, E_NET_TOO_LARGE), len, DH_PROTO_MAX_MSG);
        return DH_EINPUT;
    }
    const char *bad = dh_utf8_invalid(data, len);
    if (bad) {
        snprintf(err, errlen, dh_tr(lang, E_NET_NOT_UTF8), (size_t)(bad - data));
        return DH_EINPUT;
    }
    owned *own = calloc(1, sizeof *own);
    if (!own) {
        snprintf(err, errlen, "%s", dh_status_str(DH_ENOMEM));
        return DH_ENOMEM;
    }
    const char *end = NULL;
    own->root = cJSON_ParseWithLengthOpts(data, len, &end, 0);
    int trailing = 0;
    if (own->root && end)
        for (const char *p = end; p < data + len; p++)
            if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\t') trailing = 1;
    pctx c = {.own = own, .lang = lang, .type = "?", .err = err, .errlen = errlen};
    if (!cJSON_IsObject(own->root) || trailing || has_nul_escape(data, len)) {
        snprintf(err, errlen, "%s", dh_tr(lang, E_NET_NOT_JSON));
        goto refuse;
    }
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(own->root, "type");
    if (!cJSON_IsString(t) || !t->valuestring) {
        snprintf(err, errlen, "%s", dh_tr(lang, E_NET_NO_TYPE));
        goto refuse;
    }
    dh_ptype type = DH_P_NONE;
    /* "adjust" is a station's request to a server and the server's event to a
     * station: the direction tells them apart */
    int lo = dir == DH_PDIR_TO_SERVER ? DH_P_HELLO : DH_P_WELCOME;
    int hi = dir == DH_PDIR_TO_SERVER ? DH_P_SCORE : DH_P_COUNT - 1;
    for (int i = lo; i <= hi; i++)
        if (!strcmp(t->valuestring, dh_ptype_name((dh_ptype)i))) type = (dh_ptype)i;
    if (type == DH_P_NONE) {
        char s[40];
        shown(s, sizeof s, t->valuestring);
        snprintf(err, errlen, dh_tr(lang, E_NET_UNKNOWN_TYPE), s);
        goto refuse;
    }
    out->type = type;
    c.type = dh_ptype_name(type);
    parse_body(&c, own->root, out);
    if (!c.failed && type == DH_P_HELLO && out->hello.proto != DH_PROTO_VERSION) {
        *reason = DH_PR_PROTO;
        snprintf(err, errlen, dh_tr(lang, E_NET_PROTO_VERSION), (long long)out->hello.proto,
                 DH_PROTO_VERSION);
        goto refuse;
    }
    if (c.failed) {
        dh_status st = c.nomem ? DH_ENOMEM : DH_EINPUT;
        out->owned_ = own;
        dh_pmsg_free(out);
        return st;
    }
    out->owned_ = own;
    *reason = DH_PR_NONE;
    return DH_OK;
refuse:
    out->owned_ = own;
    dh_pmsg_free(out);
    return DH_EINPUT;
}

void dh_pmsg_free(dh_pmsg *m)
{
    owned *own = m->owned_;
    if (own) {
        for (size_t i = 0; i < own->n; i++) free(own->blocks[i]);
        free(own->blocks);
        cJSON_Delete(own->root);
        free(own);
    }
    memset(m, 0, sizeof *m);
}
