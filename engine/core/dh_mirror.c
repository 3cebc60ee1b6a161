/* dh_mirror.c — a station's copy of a drill that runs somewhere else.
 *
 * The mirror owns one scenario that grows as definitions arrive, a roster built
 * from the welcome, and a dh_drill sized for the scenario as it is. A drill's
 * per-team arrays are sized by the number of injects and decisions, so a new one
 * means a new drill: the state of the old one is copied across (indexes stay:
 * definitions are only ever appended) and the old one is destroyed. The drill is
 * never started or advanced; the setters here write its state as the server
 * reported it, which is why this file is in core (struct dh_drill is core's). */
#include "dh_mirror.h"
#include "dh_alloc.h"
#include "dh_clock.h"
#include "dh_drill_impl.h"
#include "dh_msg.h"
#include "dh_vec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dh_mirror {
    int welcomed;
    dh_mirror_role role;
    char *id, *scenario_id;
    int show_points;
    int own_team;
    dh_scenario *sc;
    dh_roster roster;
    dh_drill *d;
    int dirty;          /* definitions added that the drill is not sized for yet */
    uint64_t last_seq;
    int64_t carry;      /* wall µs × speed below one exercise ms */
    /* what each scored answer gives the team's totals now (dh_mirror_scored) */
    struct qgiven { int team; char *question; int64_t *given; size_t ncat; } *qg;
    size_t nqg;
};

static dh_status fail(char *err, size_t errlen, dh_status st, const char *fmt, ...)
{
    if (err && errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return st;
}

/* An id as a message may show it: short, and only the id alphabet. */
static const char *shown_id(const char *s)
{
    return s && dh_id_valid(s) ? s : "?";
}

dh_mirror *dh_mirror_create(void)
{
    dh_mirror *m = dh_calloc(1, sizeof *m);
    if (!m) return NULL;
    dh_roster_init(&m->roster);
    m->own_team = -1;
    return m;
}

static void reset(dh_mirror *m)
{
    dh_drill_destroy(m->d);
    m->d = NULL;
    dh_scenario_destroy(m->sc);
    m->sc = NULL;
    dh_roster_free(&m->roster);
    dh_roster_init(&m->roster);
    free(m->id);
    free(m->scenario_id);
    m->id = m->scenario_id = NULL;
    m->welcomed = 0;
    m->own_team = -1;
    m->dirty = 0;
    m->last_seq = 0;
    m->carry = 0;
    for (size_t i = 0; i < m->nqg; i++) {
        free(m->qg[i].question);
        free(m->qg[i].given);
    }
    free(m->qg);
    m->qg = NULL;
    m->nqg = 0;
}

void dh_mirror_destroy(dh_mirror *m)
{
    if (!m) return;
    reset(m);
    free(m);
}

const dh_drill *dh_mirror_drill(const dh_mirror *m) { return m->welcomed ? m->d : NULL; }
dh_mirror_role dh_mirror_role_of(const dh_mirror *m) { return m->role; }
int dh_mirror_show_points(const dh_mirror *m) { return m->show_points; }
int dh_mirror_own_team(const dh_mirror *m) { return m->own_team; }
uint64_t dh_mirror_last_seq(const dh_mirror *m) { return m->last_seq; }

/* --- copying what the server said ---------------------------------------------- */

/* Copies each language the server sent that is valid UTF-8 (others are left
 * out: a view never draws bytes it cannot decode). -1 out of memory. */
static int set_text(dh_text *t, const dh_mirror_text *mt)
{
    for (int l = 0; l < DH_LANG_COUNT; l++) {
        const char *s = mt->s[l];
        if (!s || dh_utf8_invalid(s, strlen(s))) continue;
        if (dh_text_set(t, (dh_lang)l, s)) return -1;
    }
    return 0;
}

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Builds the drill again for the scenario as it is now and moves the state of
 * the old one into it. On failure the old drill stays (consistent with itself:
 * it only knows fewer definitions) and the next call tries again. */
static dh_status rebuild(dh_mirror *m)
{
    dh_drill_config cfg = {.scenario = m->sc, .roster = &m->roster, .seed = 0};
    dh_drill *nd = dh_drill_create(&cfg);
    if (!nd) {
        m->dirty = 1;
        return DH_ENOMEM;
    }
    nd->options_as_sent = 1;   /* the server sends each team its own order */
    dh_drill *od = m->d;
    if (od) {
        for (size_t t = 0; t < od->nteams; t++) {
            for (size_t i = 0; i < od->ninj; i++) {
                nd->delivered_at[t * nd->ninj + i] = od->delivered_at[t * od->ninj + i];
                nd->withheld[t * nd->ninj + i] = od->withheld[t * od->ninj + i];
            }
            for (size_t i = 0; i < od->ndec; i++) nd->dec[t * nd->ndec + i] = od->dec[t * od->ndec + i];
            for (size_t c = 0; c < od->ncat; c++) nd->points[t * nd->ncat + c] = od->points[t * od->ncat + c];
            nd->totals[t] = od->totals[t];
            nd->decision_time[t] = od->decision_time[t];
        }
        nd->adjustments = od->adjustments;
        nd->nadjustments = od->nadjustments;
        nd->notes = od->notes;
        nd->nnotes = od->nnotes;
        od->adjustments = NULL;
        od->nadjustments = 0;
        od->notes = NULL;
        od->nnotes = 0;
        nd->now = od->now;
        nd->started = od->started;
        nd->ended = od->ended;
        nd->paused = od->paused;
        nd->speed_milli = od->speed_milli;
        nd->nevents = od->nevents;
        dh_drill_destroy(od);
    }
    m->d = nd;
    m->dirty = 0;
    return DH_OK;
}

static dh_status named_list(dh_named *(*add)(dh_scenario *), dh_scenario *sc,
                            const dh_mirror_named *items, size_t n, const char *what, char *err,
                            size_t errlen)
{
    if (n > DH_MAX_LIST) return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_TOO_MANY), DH_MAX_LIST);
    for (size_t i = 0; i < n; i++) {
        const char *id = items[i].id;
        if (!id || !dh_id_valid(id)) return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_ID));
        if ((add == dh_scenario_add_category ? dh_scenario_find_category(sc, id)
                                             : dh_scenario_find_stage(sc, id)) >= 0)
            continue;
        dh_named *nm = add(sc);
        if (!nm || !(nm->id = dh_strdup(id)) || set_text(&nm->name, &items[i].name))
            return DH_ENOMEM;
        if (dh_text_empty(&nm->name) && dh_text_set_neutral(&nm->name, id)) return DH_ENOMEM;
    }
    return DH_OK;
}

static int welcome_matches(const dh_mirror *m, const dh_mirror_welcome *w)
{
    if (!m->welcomed || m->role != w->role || !same_str(m->id, w->id) ||
        !same_str(m->scenario_id, w->scenario_id) || m->roster.nteams != w->nteams)
        return 0;
    for (size_t i = 0; i < w->nteams; i++)
        if (!w->teams[i].id || strcmp(m->roster.teams[i].id, w->teams[i].id)) return 0;
    return 1;
}

static dh_status build_welcome(dh_mirror *m, const dh_mirror_welcome *w, char *err, size_t errlen)
{
    if (!w->scenario_id || !dh_id_valid(w->scenario_id))
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_ID));
    if (w->duration <= 0 || w->duration == DH_MS_NEVER)
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_NO_DURATION));
    if (!w->nteams || w->nteams > DH_MAX_TEAMS)
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_NO_TEAMS));
    if (w->role == DH_MIRROR_TEAM && !(w->id && dh_id_valid(w->id)))
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_ID));
    m->role = w->role;
    m->show_points = w->show_points;
    if (w->id && !(m->id = dh_strdup(w->id))) return DH_ENOMEM;
    if (!(m->scenario_id = dh_strdup(w->scenario_id))) return DH_ENOMEM;
    if (!(m->sc = dh_scenario_create("server"))) return DH_ENOMEM;
    m->sc->line = 1;
    m->sc->version = 1;
    m->sc->duration = w->duration;
    if (!(m->sc->id = dh_strdup(w->scenario_id)) || set_text(&m->sc->title, &w->title))
        return DH_ENOMEM;
    if (dh_text_empty(&m->sc->title) && dh_text_set_neutral(&m->sc->title, w->scenario_id))
        return DH_ENOMEM;
    dh_status st = named_list(dh_scenario_add_category, m->sc, w->categories, w->ncategories,
                              "categories", err, errlen);
    if (!st)
        st = named_list(dh_scenario_add_stage, m->sc, w->stages, w->nstages, "stages", err, errlen);
    if (st) return st;
    for (size_t i = 0; i < w->nfeedback && i < DH_FB_MAX_QUESTIONS; i++) {
        const dh_mirror_question *q = &w->feedback[i];
        if (!q->id || !dh_id_valid(q->id) || dh_scenario_find_feedback(m->sc, q->id) >= 0)
            return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_ID));
        dh_fb_question *fq = dh_scenario_add_feedback(m->sc);
        if (!fq || !(fq->id = dh_strdup(q->id)) || set_text(&fq->text, &q->question)) return DH_ENOMEM;
        fq->kind = q->text ? DH_FB_TEXT : DH_FB_RATING;
        if (dh_text_empty(&fq->text) && dh_text_set_neutral(&fq->text, q->id)) return DH_ENOMEM;
    }
    for (size_t i = 0; i < w->nteams; i++) {
        const dh_mirror_team *t = &w->teams[i];
        if (!t->id || dh_team_id_problem(t->id))
            return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_ID));
        const char *name = t->name && !dh_utf8_invalid(t->name, strlen(t->name)) ? t->name : t->id;
        const char *bracket = t->bracket && !dh_utf8_invalid(t->bracket, strlen(t->bracket)) ? t->bracket : "";
        st = dh_roster_add(&m->roster, t->id, name, bracket, 0);
        if (st == DH_EINPUT)
            return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_TEAM_TWICE), t->id);
        /* a role that is no id is dropped: the team is ranked with the others */
        if (!st && t->role && dh_id_valid(t->role))
            st = dh_roster_set_role(&m->roster, m->roster.nteams - 1, t->role);
        if (st == DH_EINPUT) st = DH_OK;
        if (st) return st;
    }
    if (w->role == DH_MIRROR_TEAM) {
        m->own_team = dh_roster_find(&m->roster, w->id);
        if (m->own_team < 0)
            return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_NOT_OWN), shown_id(w->id));
    }
    if ((st = rebuild(m))) return st;
    m->welcomed = 1;
    return DH_OK;
}

dh_status dh_mirror_welcome_set(dh_mirror *m, const dh_mirror_welcome *w, char *err, size_t errlen)
{
    if (welcome_matches(m, w)) {
        m->show_points = w->show_points;
        return DH_OK;
    }
    reset(m);
    dh_status st = build_welcome(m, w, err, errlen);
    if (st) reset(m);
    return st;
}

/* --- definitions ------------------------------------------------------------------ */

static dh_status need_drill(const dh_mirror *m, char *err, size_t errlen)
{
    if (!m->welcomed) return fail(err, errlen, DH_ESTATE, dh_msg(E_MIRROR_BEFORE_WELCOME));
    return DH_OK;
}

static dh_status team_of(const dh_mirror *m, const char *team, int *out, char *err, size_t errlen)
{
    *out = team ? dh_roster_find(&m->roster, team) : -1;
    if (*out < 0) return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_UNKNOWN_TEAM), shown_id(team));
    return DH_OK;
}

/* Room for one more definition (DH_MIRROR_MAX_CELLS)? */
static int room(const dh_mirror *m)
{
    return (m->sc->ninjects + m->sc->ndecisions + 1) * m->roster.nteams <= DH_MIRROR_MAX_CELLS;
}

static char *copy_printable(const char *s, size_t max)
{
    if (!s) return NULL;
    size_t n = strlen(s);
    if (n == 0 || n > max) return NULL;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f) return NULL;
    return dh_strdup(s);
}

/* The inject's index, adding its definition when it is new. */
static dh_status define_inject(dh_mirror *m, const dh_mirror_inject_def *in, int *out, char *err,
                               size_t errlen)
{
    if (!in || !in->id || !dh_id_valid(in->id)) return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_ID));
    *out = dh_scenario_find_inject(m->sc, in->id);
    if (*out >= 0) return DH_OK;
    if (dh_scenario_find_decision(m->sc, in->id) >= 0)
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_ID_CLASH), in->id);
    if (m->sc->ninjects >= DH_MAX_INJECTS || !room(m))
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_TOO_MANY), DH_MAX_INJECTS);
    dh_inject *inj = dh_scenario_add_inject(m->sc);
    if (!inj) return DH_ENOMEM;
    inj->at = DH_MS_NEVER;   /* a station never knows the schedule */
    inj->stage = in->stage && dh_id_valid(in->stage) ? dh_scenario_find_stage(m->sc, in->stage) : -1;
    int sev = in->severity ? dh_severity_parse(in->severity) : -1;
    inj->severity = sev >= 0 ? (dh_inject_severity)sev : DH_SEV_MEDIUM;
    inj->when_ref = DH_NOREF;
    if (!(inj->id = dh_strdup(in->id))) return DH_ENOMEM;
    if (in->attack && dh_attack_id_valid(in->attack) && !(inj->attack = dh_strdup(in->attack)))
        return DH_ENOMEM;
    inj->channel = copy_printable(in->channel, 64);
    if (set_text(&inj->title, &in->title) ||
        set_text(&inj->body, &in->body) || set_text(&inj->from, &in->from) ||
        set_text(&inj->notes, &in->notes))
        return DH_ENOMEM;
    if (dh_text_empty(&inj->title) && dh_text_set_neutral(&inj->title, in->id)) return DH_ENOMEM;
    *out = (int)m->sc->ninjects - 1;
    m->dirty = 1;
    return DH_OK;
}

static dh_option *add_option(dh_mirror *m, dh_decision *dec, const dh_mirror_option *o)
{
    if (dec->noptions >= DH_MAX_OPTIONS || !o->id || !dh_id_valid(o->id) ||
        dh_decision_find_option(dec, o->id) >= 0)
        return NULL;
    dh_option *opt = dh_decision_add_option(dec);
    if (!opt) return NULL;
    size_t ncat = m->sc->ncategories;
    opt->points = dh_calloc(ncat ? ncat : 1, sizeof *opt->points);
    opt->id = dh_strdup(o->id);
    if (!opt->points || !opt->id || set_text(&opt->text, &o->text) || set_text(&opt->notes, &o->notes) ||
        (dh_text_empty(&opt->text) && dh_text_set_neutral(&opt->text, o->id)))
        return NULL;
    for (size_t k = 0; k < o->npoints && k < DH_MAX_LIST; k++) {
        const char *cid = o->points[k].category;
        int c = cid ? dh_scenario_find_category(m->sc, cid) : -1;
        if (c < 0) continue;
        opt->points[c] = dh_points_add(opt->points[c], o->points[k].milli);
        opt->total = dh_points_add(opt->total, o->points[k].milli);
    }
    return opt;
}

/* Fills a decision's options when it has none yet (it may first have been known
 * by its id alone). */
static dh_status fill_options(dh_mirror *m, dh_decision *dec, const dh_mirror_decision_def *in)
{
    if (dec->noptions || !in->noptions) return DH_OK;
    for (size_t i = 0; i < in->noptions && i < DH_MAX_OPTIONS; i++) {
        size_t before = dec->noptions;
        if (!add_option(m, dec, &in->options[i]) && dec->noptions > before) return DH_ENOMEM;
    }
    if (in->timeout && dh_id_valid(in->timeout)) {
        dec->timeout = dh_decision_find_option(dec, in->timeout);
        if (dec->timeout >= 0 && !(dec->timeout_id = dh_strdup(in->timeout))) return DH_ENOMEM;
    }
    return DH_OK;
}

static dh_status define_decision(dh_mirror *m, const dh_mirror_decision_def *in, int *out, char *err,
                                 size_t errlen)
{
    if (!in || !in->id || !dh_id_valid(in->id)) return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_ID));
    *out = dh_scenario_find_decision(m->sc, in->id);
    if (*out >= 0) return fill_options(m, &m->sc->decisions[*out], in);
    if (dh_scenario_find_inject(m->sc, in->id) >= 0)
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_ID_CLASH), in->id);
    if (m->sc->ndecisions >= DH_MAX_DECISIONS || !room(m))
        return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_TOO_MANY), DH_MAX_DECISIONS);
    dh_decision *dec = dh_scenario_add_decision(m->sc);
    if (!dec) return DH_ENOMEM;
    dec->within = DH_MS_NEVER;
    dec->timeout = -1;
    dec->on = in->inject && dh_id_valid(in->inject) ? dh_scenario_find_inject(m->sc, in->inject) : -1;
    if (!(dec->id = dh_strdup(in->id))) return DH_ENOMEM;
    if (dec->on >= 0 && !(dec->on_id = dh_strdup(in->inject))) return DH_ENOMEM;
    if (set_text(&dec->prompt, &in->prompt) || set_text(&dec->notes, &in->notes)) return DH_ENOMEM;
    if (dh_text_empty(&dec->prompt) && dh_text_set_neutral(&dec->prompt, in->id)) return DH_ENOMEM;
    *out = (int)m->sc->ndecisions - 1;
    m->dirty = 1;
    return fill_options(m, dec, in);
}

/* --- events -------------------------------------------------------------------------- */

static int seen(const dh_mirror *m, uint64_t seq) { return seq && seq <= m->last_seq; }

/* After an event: the drill is sized for every definition, its clock is not
 * behind the event, views know something changed. */
static dh_status applied(dh_mirror *m, uint64_t seq, dh_ms t)
{
    if (seq > m->last_seq) m->last_seq = seq;
    if (m->dirty) {
        dh_status st = rebuild(m);
        if (st) return st;
    }
    if (t > m->d->now && t != DH_MS_NEVER) m->d->now = t < m->sc->duration ? t : m->sc->duration;
    m->d->nevents++;
    return DH_OK;
}

#define BEGIN_EVENT(m, seq, err, errlen)                 \
    do {                                                 \
        dh_status st_ = need_drill(m, err, errlen);      \
        if (st_) return st_;                             \
        if (seen(m, seq)) return DH_OK;                  \
        if (m->dirty && (st_ = rebuild(m))) return st_;  \
    } while (0)

dh_status dh_mirror_start(dh_mirror *m, uint64_t seq, dh_ms t)
{
    BEGIN_EVENT(m, seq, NULL, 0);
    m->d->started = 1;
    return applied(m, seq, t);
}

dh_status dh_mirror_end(dh_mirror *m, uint64_t seq, dh_ms t)
{
    BEGIN_EVENT(m, seq, NULL, 0);
    m->d->started = 1;
    m->d->ended = 1;
    return applied(m, seq, t);
}

dh_status dh_mirror_inject(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                           const dh_mirror_inject_def *in, char *err, size_t errlen)
{
    BEGIN_EVENT(m, seq, err, errlen);
    int ti = -1, ii = -1;
    dh_status st = team_of(m, team, &ti, err, errlen);
    if (!st) st = define_inject(m, in, &ii, err, errlen);
    if (st) {
        if (st == DH_EINPUT && seq > m->last_seq) m->last_seq = seq;
        return st;
    }
    if (m->dirty && (st = rebuild(m))) return st;
    dh_ms *at = &m->d->delivered_at[(size_t)ti * m->d->ninj + (size_t)ii];
    if (*at == DH_MS_NEVER) *at = t;
    m->d->started = 1;
    return applied(m, seq, t);
}

dh_status dh_mirror_open(dh_mirror *m, uint64_t seq, dh_ms t, const char *team, dh_ms deadline,
                         const dh_mirror_decision_def *dec, char *err, size_t errlen)
{
    BEGIN_EVENT(m, seq, err, errlen);
    int ti = -1, di = -1;
    dh_status st = team_of(m, team, &ti, err, errlen);
    if (!st) st = define_decision(m, dec, &di, err, errlen);
    if (st) {
        if (st == DH_EINPUT && seq > m->last_seq) m->last_seq = seq;
        return st;
    }
    if (m->dirty && (st = rebuild(m))) return st;
    dh_decision *def = &m->sc->decisions[di];
    if (deadline != DH_MS_NEVER && deadline >= t && def->within == DH_MS_NEVER) def->within = deadline - t;
    dh_decision_state *ds = &m->d->dec[(size_t)ti * m->d->ndec + (size_t)di];
    if (ds->status == DH_DEC_CLOSED) {
        ds->status = DH_DEC_OPEN;
        ds->opened_at = t;
        ds->deadline = deadline != DH_MS_NEVER && deadline < t ? t : deadline;
        ds->option = -1;
    }
    m->d->started = 1;
    return applied(m, seq, t);
}

dh_status dh_mirror_closed(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                           const char *decision, const char *option, int timeout, int factor,
                           const dh_mirror_points *points, size_t npoints, char *err,
                           size_t errlen)
{
    BEGIN_EVENT(m, seq, err, errlen);
    int ti;
    dh_status st = team_of(m, team, &ti, err, errlen);
    int di = st || !decision ? -1 : dh_scenario_find_decision(m->sc, decision);
    if (!st && di < 0) st = fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_UNKNOWN_DECISION), shown_id(decision));
    dh_decision *def = di >= 0 ? &m->sc->decisions[di] : NULL;
    int oi = -1;
    if (!st && option) {
        oi = dh_decision_find_option(def, option);
        if (oi < 0) {
            /* an observer knows a decision by its id only: the option joins it by its id */
            dh_mirror_option o = {.id = option};
            if (!add_option(m, def, &o))
                st = fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_UNKNOWN_OPTION), shown_id(option), def->id);
            else
                oi = (int)def->noptions - 1;
        }
    }
    if (st) {
        if (st == DH_EINPUT && seq > m->last_seq) m->last_seq = seq;
        return st;
    }
    dh_drill *d = m->d;
    dh_decision_state *ds = &d->dec[(size_t)ti * d->ndec + (size_t)di];
    if (ds->status == DH_DEC_ANSWERED || ds->status == DH_DEC_EXPIRED) return applied(m, seq, t);
    if (ds->status == DH_DEC_CLOSED) {
        ds->opened_at = t;
        ds->deadline = DH_MS_NEVER;
    }
    int64_t sum = 0;
    for (size_t k = 0; k < npoints && k < DH_MAX_LIST; k++) {
        int c = points[k].category ? dh_scenario_find_category(m->sc, points[k].category) : -1;
        if (c < 0) continue;
        int64_t *p = &d->points[(size_t)ti * d->ncat + (size_t)c];
        *p = dh_points_add(*p, points[k].milli);
        sum = dh_points_add(sum, points[k].milli);
    }
    d->totals[ti] = dh_points_add(d->totals[ti], sum);
    /* as the drill counts it: from opening to the answer, the deadline or the end */
    d->decision_time[ti] += t > ds->opened_at ? t - ds->opened_at : 0;
    ds->status = timeout ? DH_DEC_EXPIRED : DH_DEC_ANSWERED;
    ds->option = oi;
    ds->factor = factor < 0 ? 0 : factor > 1000 ? 1000 : factor;
    ds->answered_at = t;
    ds->points = sum;
    return applied(m, seq, t);
}

dh_status dh_mirror_adjust(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                           const char *category, int64_t milli, const char *reason, char *err,
                           size_t errlen)
{
    BEGIN_EVENT(m, seq, err, errlen);
    int ti;
    dh_status st = team_of(m, team, &ti, err, errlen);
    int c = st || !category ? -1 : dh_scenario_find_category(m->sc, category);
    if (!st && c < 0) st = fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_UNKNOWN_CATEGORY), shown_id(category));
    if (!st && m->d->nadjustments >= DH_MIRROR_MAX_RECORDS)
        st = fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_TOO_MANY), DH_MIRROR_MAX_RECORDS);
    if (st) {
        if (st == DH_EINPUT && seq > m->last_seq) m->last_seq = seq;
        return st;
    }
    dh_drill *d = m->d;
    const char *r = reason && !dh_utf8_invalid(reason, strlen(reason)) ? reason : "";
    char *copy = dh_strdup(r);
    dh_adjustment *a = copy ? dh_vec_push(&d->adjustments, &d->nadjustments, sizeof *a) : NULL;
    if (!a) {
        free(copy);
        return DH_ENOMEM;
    }
    *a = (dh_adjustment){.team = ti, .category = c, .t = t, .milli = milli, .reason = copy};
    int64_t *p = &d->points[(size_t)ti * d->ncat + (size_t)c];
    *p = dh_points_add(*p, milli);
    d->totals[ti] = dh_points_add(d->totals[ti], milli);
    return applied(m, seq, t);
}

dh_status dh_mirror_scored(dh_mirror *m, uint64_t seq, dh_ms t, const char *team,
                          const char *question, const dh_mirror_points *points, size_t npoints,
                          char *err, size_t errlen)
{
    BEGIN_EVENT(m, seq, err, errlen);
    int ti;
    dh_status st = team_of(m, team, &ti, err, errlen);
    if (!st && (!question || !dh_id_valid(question)))
        st = fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_UNKNOWN_DECISION), shown_id(question));
    dh_drill *d = m->d;
    size_t nc = d->ncat;
    int64_t *now = st ? NULL : dh_calloc(nc ? nc : 1, sizeof *now);
    if (!st && !now) return DH_ENOMEM;
    for (size_t i = 0; !st && points && i < npoints; i++) {
        int c = points[i].category ? dh_scenario_find_category(m->sc, points[i].category) : -1;
        if (c < 0 || (size_t)c >= nc)
            st = fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_UNKNOWN_CATEGORY), shown_id(points[i].category));
        else
            now[c] = dh_points_add(now[c], points[i].milli);
    }
    struct qgiven *g = NULL;
    for (size_t i = 0; !st && i < m->nqg && !g; i++)
        if (m->qg[i].team == ti && !strcmp(m->qg[i].question, question)) g = &m->qg[i];
    if (!st && !g && m->nqg >= DH_MIRROR_MAX_RECORDS)
        st = fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_TOO_MANY), DH_MIRROR_MAX_RECORDS);
    if (st) {
        free(now);
        if (st == DH_EINPUT && seq > m->last_seq) m->last_seq = seq;
        return st;
    }
    if (!points) {   /* a team not shown points: its totals stay */
        free(now);
        return applied(m, seq, t);
    }
    if (!g) {
        char *q = dh_strdup(question);
        int64_t *given = dh_calloc(nc ? nc : 1, sizeof *given);
        g = q && given ? dh_vec_push(&m->qg, &m->nqg, sizeof *g) : NULL;
        if (!g) {
            free(q);
            free(given);
            free(now);
            return DH_ENOMEM;
        }
        *g = (struct qgiven){ti, q, given, nc};
    }
    for (size_t c = 0; c < nc && c < g->ncat; c++) {
        int64_t delta = now[c] - g->given[c];
        int64_t *p = &d->points[(size_t)ti * nc + c];
        *p = dh_points_add(*p, delta);
        d->totals[ti] = dh_points_add(d->totals[ti], delta);
        g->given[c] = now[c];
    }
    free(now);
    return applied(m, seq, t);
}

dh_status dh_mirror_control(dh_mirror *m, uint64_t seq, dh_ms t, const char *action,
                            int64_t speed_milli, dh_ms to, const char *team, const char *text,
                            char *err, size_t errlen)
{
    BEGIN_EVENT(m, seq, err, errlen);
    dh_drill *d = m->d;
    if (!action) action = "";
    if (!strcmp(action, "pause")) {
        d->paused = 1;
    } else if (!strcmp(action, "resume")) {
        d->paused = 0;
    } else if (!strcmp(action, "speed")) {
        if (speed_milli >= DH_SPEED_INPUT_MIN && speed_milli <= DH_SPEED_INPUT_MAX) d->speed_milli = speed_milli;
    } else if (!strcmp(action, "jump")) {
        if (to > t && to != DH_MS_NEVER) t = to;
    } else if (!strcmp(action, "note") && text) {
        int ti = team ? dh_roster_find(&m->roster, team) : -1;
        if (team && ti < 0) {
            if (seq > m->last_seq) m->last_seq = seq;
            return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_UNKNOWN_TEAM), shown_id(team));
        }
        if (d->nnotes >= DH_MIRROR_MAX_RECORDS) {
            if (seq > m->last_seq) m->last_seq = seq;
            return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_TOO_MANY), DH_MIRROR_MAX_RECORDS);
        }
        char *copy = dh_strdup(dh_utf8_invalid(text, strlen(text)) ? "" : text);
        dh_note *n = copy ? dh_vec_push(&d->notes, &d->nnotes, sizeof *n) : NULL;
        if (!n) {
            free(copy);
            return DH_ENOMEM;
        }
        *n = (dh_note){.team = ti, .t = t, .text = copy};
    } else if (!strcmp(action, "message") && text) {
        /* a written inject: kept as the drill keeps it, if it is one the drill
         * would have taken (a title line, bounded, clean) */
        int ti = team ? dh_roster_find(&m->roster, team) : -1;
        char why[160];
        if ((team && ti < 0) || dh_message_check(text, why, sizeof why) ||
            d->nmessages >= DH_MIRROR_MAX_RECORDS) {
            if (seq > m->last_seq) m->last_seq = seq;
            return fail(err, errlen, DH_EINPUT, dh_msg(E_MIRROR_BAD_MESSAGE), shown_id(team ? team : ""));
        }
        const char *nl = strchr(text, '\n');
        size_t tn = nl ? (size_t)(nl - text) : strlen(text);
        char *title = malloc(tn + 1), *body = dh_strdup(nl ? nl + 1 : "");
        dh_message *msg = title && body ? dh_vec_push(&d->messages, &d->nmessages, sizeof *msg) : NULL;
        if (!msg) {
            free(title);
            free(body);
            return DH_ENOMEM;
        }
        memcpy(title, text, tn);
        title[tn] = 0;
        *msg = (dh_message){.team = ti, .t = t, .title = title, .body = body};
    }
    d->started = 1;
    return applied(m, seq, t);
}

/* --- the clock ----------------------------------------------------------------------- */

void dh_mirror_clock(dh_mirror *m, dh_ms now, dh_run_state state, int64_t speed_milli)
{
    if (!m->welcomed) return;
    dh_drill *d = m->d;
    if (now < 0) now = 0;
    if (now > m->sc->duration) now = m->sc->duration;
    d->now = now;
    d->started = state != DH_RUN_WAITING;
    d->paused = state == DH_RUN_PAUSED;
    if (state == DH_RUN_ENDED) d->ended = 1;
    if (speed_milli >= DH_SPEED_INPUT_MIN && speed_milli <= DH_SPEED_INPUT_MAX) d->speed_milli = speed_milli;
    m->carry = 0;
}

dh_ms dh_mirror_tick(dh_mirror *m, int64_t wall_us)
{
    if (!m->welcomed) return 0;
    dh_drill *d = m->d;
    if (!d->started || d->paused || d->ended || wall_us <= 0) return d->now;
    /* an hour of wall time at most per tick keeps the product in range */
    if (wall_us > (int64_t)3600 * 1000000) wall_us = (int64_t)3600 * 1000000;
    m->carry += wall_us * d->speed_milli;
    dh_ms step = m->carry / 1000000;
    m->carry %= 1000000;
    d->now = d->now + step < m->sc->duration ? d->now + step : m->sc->duration;
    return d->now;
}
