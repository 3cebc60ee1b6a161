/* dh_drill.c — a drill's state and the steps a run is made of: its names, its
 * life (create, destroy, sinks), emitting events, scheduling them, decisions
 * opened, chosen and expired, injects delivered, flags. What runs those steps —
 * the timeline and the inputs — is dh_drill_run.c; what stores an input,
 * dh_drill_store.c. */
#include "dh_drill_impl.h"
#include "dh_alloc.h"
#include "dh_clock.h"
#include "dh_msg.h"
#include "dh_plan.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const evtype_names[DH_EV_COUNT] = {
    "start", "inject", "withheld", "open", "choice", "expire", "adjust", "control", "end",
    "question", "answer", "score", "unanswered"};
static const char *const input_names[DH_IN_COUNT] = {
    "choice", "adjust", "note", "pause", "resume", "speed", "deliver", "end", "jump", "rate",
    "plan", "message", "feedback", "answer", "score", "settle"};
static const char *const source_names[] = {"console", "responses", "bot"};

const char *dh_evtype_name(dh_evtype t) { return evtype_names[t]; }
const char *dh_input_kind_name(dh_input_kind k) { return input_names[k]; }
const char *dh_input_source_name(dh_input_source s) { return source_names[s]; }

static const char *const rating_letters[DH_RATE_COUNT] = {"P", "S", "M", "U"};
const char *dh_rating_letter(dh_rating r) { return r < DH_RATE_COUNT ? rating_letters[r] : "?"; }
int dh_rating_parse(const char *s)
{
    for (int i = 0; i < DH_RATE_COUNT; i++)
        if (s && (s[0] == rating_letters[i][0] || s[0] == rating_letters[i][0] + 32) && !s[1])
            return i;
    return -1;
}

/* --- lifetime -------------------------------------------------------------- */

dh_drill *dh_drill_create(const dh_drill_config *cfg)
{
    const dh_scenario *sc = cfg->scenario;
    dh_drill *d = dh_calloc(1, sizeof *d);
    if (!d) return NULL;
    static atomic_uint_fast64_t next_serial = 1;
    d->serial = (uint64_t)atomic_fetch_add(&next_serial, 1);
    d->sc = sc;
    d->roster = cfg->roster;
    d->seed = cfg->seed;
    d->script = cfg->script;
    d->nteams = cfg->roster->nteams;
    d->ncat = sc->ncategories;
    d->ndec = sc->ndecisions;
    d->ninj = sc->ninjects;
    d->speed_milli = 1000;
    dh_timeline_init(&d->tl);
    dh_intern_init(&d->names);
    dh_diags_init(&d->warnings);
    size_t nt = d->nteams ? d->nteams : 1;
    d->points = dh_calloc(nt * (d->ncat ? d->ncat : 1), sizeof *d->points);
    d->totals = dh_calloc(nt, sizeof *d->totals);
    d->decision_time = dh_calloc(nt, sizeof *d->decision_time);
    d->dec = dh_calloc(nt * (d->ndec ? d->ndec : 1), sizeof *d->dec);
    d->delivered_at = dh_malloc(nt * (d->ninj ? d->ninj : 1) * sizeof *d->delivered_at);
    d->withheld = dh_calloc(nt * (d->ninj ? d->ninj : 1), 1);
    d->by_hand = dh_calloc(nt * (d->ninj ? d->ninj : 1), 1);
    d->ended_at = DH_MS_NEVER;
    d->flags = dh_calloc(nt, sizeof *d->flags);
    d->nflags = dh_calloc(nt, sizeof *d->nflags);
    d->rng = dh_malloc(nt * sizeof *d->rng);
    d->scratch = dh_malloc((d->ncat ? d->ncat : 1) * sizeof *d->scratch);
    const char **cats = dh_malloc((d->ncat ? d->ncat : 1) * sizeof *cats);
    d->category_ids = cats;
    if (!d->points || !d->totals || !d->decision_time || !d->dec || !d->delivered_at ||
        !d->withheld || !d->by_hand || !d->flags || !d->nflags || !d->rng || !cats || !d->scratch ||
        dh_intern_copy(&d->names, &sc->names)) {
        dh_drill_destroy(d);
        return NULL;
    }
    for (size_t i = 0; i < d->ncat; i++) cats[i] = sc->categories[i].id;
    for (size_t i = 0; i < d->nteams * d->ninj; i++) d->delivered_at[i] = DH_MS_NEVER;
    for (size_t i = 0; i < d->nteams * d->ndec; i++) {
        d->dec[i].option = -1;
        d->dec[i].deadline = DH_MS_NEVER;
    }
    for (size_t t = 0; t < d->nteams; t++)
        dh_rng_seed_for(&d->rng[t], d->seed, d->roster->teams[t].id, 1);
    d->ext = sc->ext ? sc->ext->drill : NULL;
    if (d->ext && d->ext->x_create(d)) {
        dh_drill_destroy(d);
        return NULL;
    }
    return d;
}

static void free_hotwash(dh_drill *d)
{
    for (size_t i = 0; i < d->nmessages; i++) {
        free(d->messages[i].title);
        free(d->messages[i].body);
    }
    free(d->messages);
    for (size_t i = 0; i < d->nfeedback; i++) free(d->feedback[i].text);
    free(d->feedback);
}

void dh_drill_destroy(dh_drill *d)
{
    if (!d) return;
    if (d->ext) d->ext->x_destroy(d);
    free(d->points);
    free(d->totals);
    free(d->decision_time);
    free(d->dec);
    free(d->delivered_at);
    free(d->withheld);
    free(d->by_hand);
    free(d->controls);
    for (size_t i = 0; i < d->noverrides; i++) {
        free(d->overrides[i].reason);
        free(d->overrides[i].by);
    }
    free(d->overrides);
    dh_plan_free(&d->plan);
    if (d->flags)
        for (size_t t = 0; t < d->nteams; t++) free(d->flags[t]);
    free(d->flags);
    free(d->nflags);
    free(d->rng);
    free((void *)d->category_ids);
    free(d->scratch);
    for (size_t i = 0; i < d->nadjustments; i++) {
        free(d->adjustments[i].reason);
        free(d->adjustments[i].by);
    }
    free(d->adjustments);
    for (size_t i = 0; i < d->nnotes; i++) {
        free(d->notes[i].text);
        free(d->notes[i].by);
    }
    free(d->notes);
    free_hotwash(d);
    dh_timeline_free(&d->tl);
    dh_intern_free(&d->names);
    dh_diags_free(&d->warnings);
    free(d);
}

int dh_drill_add_sink(dh_drill *d, dh_sink_fn fn, void *ctx)
{
    if (d->nsinks == sizeof d->sinks / sizeof d->sinks[0]) return -1;
    d->sinks[d->nsinks].fn = fn;
    d->sinks[d->nsinks].ctx = ctx;
    d->nsinks++;
    return 0;
}

void dh_drill_set_gate(dh_drill *d, dh_gate_fn fn, void *ctx)
{
    d->gate = fn;
    d->gate_ctx = ctx;
}

void dh_drill_set_responder(dh_drill *d, dh_responder_fn fn, void *ctx)
{
    d->responder = fn;
    d->responder_ctx = ctx;
}

void dh_drill_warn(dh_drill *d, const char *file, int line, const char *msg)
{
    dh_diags_add(&d->warnings, DH_WARNING, file, line, "%s", msg);
}

/* --- emitting ---------------------------------------------------------------- */

static void emit(dh_drill *d, dh_logrec *r)
{
    r->t = d->now;
    r->team_id = r->team >= 0 ? d->roster->teams[r->team].id : NULL;
    r->categories = d->category_ids;
    d->nevents++;
    for (size_t i = 0; i < d->nsinks; i++) d->sinks[i].fn(d->sinks[i].ctx, r);
}

void dh_drill_emit_simple(dh_drill *d, dh_evtype type, int team, const char *id)
{
    dh_logrec r = {.type = type, .team = team, .id = id};
    emit(d, &r);
}

void dh_drill_emit(dh_drill *d, dh_logrec *r) { emit(d, r); }

void dh_drill_run_hooks(dh_drill *d, dh_hook_event ev, int team, const char *a, const char *b)
{
    if (!d->script.hook) return;
    for (size_t i = 0; i < d->sc->nhooks; i++)
        if (d->sc->hooks[i].event == ev)
            d->script.hook(d->script.ctx, d, d->sc->hooks[i].ref, ev, team, a, b);
}

/* --- scheduling -------------------------------------------------------------- */

/* Something the drill had to keep could not be stored: the drill stops here
 * (advance and apply return the status from now on) instead of running on
 * without a deadline, trigger, flag or score it owed. Returns st. */
static dh_status stop(dh_drill *d, dh_status st)
{
    if (st == DH_ENOMEM && !d->failed) d->failed = DH_ENOMEM;
    return st;
}

static dh_status push(dh_drill *d, dh_ms t, int kind, int team, int a, int b, int c,
                      dh_event_handle *out)
{
    dh_event ev = {.t = t, .kind = kind, .team = team, .a = a, .b = b, .c = c};
    dh_event_handle h = dh_timeline_push(&d->tl, &ev);
    if (!h) return stop(d, DH_ENOMEM);
    if (out) *out = h;
    return DH_OK;
}

dh_status dh_drill_push(dh_drill *d, dh_ms t, int kind, int team, int a, int b, int c,
                        dh_event_handle *out)
{
    return push(d, t, kind, team, a, b, c, out);
}

dh_status dh_drill_stop(dh_drill *d, dh_status st) { return stop(d, st); }

dh_status dh_drill_schedule_choice(dh_drill *d, int team, int decision, int option, dh_ms t,
                                   dh_input_source src)
{
    if (t < d->now) t = d->now;
    return push(d, t, EVK_CHOICE, team, decision, option, (int)src, NULL);
}

dh_status dh_drill_schedule_inject(dh_drill *d, int team, int inject, dh_ms after)
{
    if (d->ended) return DH_ESTATE;
    return push(d, d->now + (after > 0 ? after : 0), EVK_DELIVER, team, inject, 0, 0, NULL);
}

/* --- decisions ----------------------------------------------------------------- */

static dh_status open_decision(dh_drill *d, int team, int di)
{
    const dh_decision *dec = &d->sc->decisions[di];
    dh_decision_state *st = &d->dec[(size_t)team * d->ndec + (size_t)di];
    if (st->status != DH_DEC_CLOSED) return DH_OK;
    /* a decision for other roles is not this team's to make: it stays closed */
    if (!dh_roles_admit(dec->roles, dec->nroles, dh_roster_team_role(d->roster, (size_t)team)))
        return DH_OK;
    st->status = DH_DEC_OPEN;
    st->opened_at = d->now;
    st->deadline = dec->within == DH_MS_NEVER ? DH_MS_NEVER : d->now + dec->within;
    dh_logrec r = {.type = DH_EV_OPEN, .team = team, .id = dec->id, .deadline = st->deadline};
    emit(d, &r);
    if (st->deadline != DH_MS_NEVER &&
        push(d, st->deadline, EVK_DEADLINE, team, di, 0, 0, &st->deadline_event))
        return DH_ENOMEM;
    /* a responder schedules through dh_drill_schedule_choice: a choice it could
     * not schedule has stopped the drill (d->failed) */
    if (d->responder) d->responder(d->responder_ctx, d, team, di);
    return d->failed;
}

/* Applies an option's points (timeliness on positive points), flags and triggers. */
static dh_status apply_option(dh_drill *d, int team, int di, int oi, dh_evtype type,
                         const char *by)
{
    const dh_decision *dec = &d->sc->decisions[di];
    dh_decision_state *st = &d->dec[(size_t)team * d->ndec + (size_t)di];
    const dh_option *opt = oi >= 0 ? &dec->options[oi] : NULL;
    dh_ms elapsed = d->now - st->opened_at;
    int factor = dh_speed_factor(&dec->speed, elapsed);
    int64_t *pts = d->scratch, sum = 0;
    dh_option_points(dec, oi, factor, d->ncat, pts);
    for (size_t c = 0; c < d->ncat; c++) {
        int64_t *total = &d->points[(size_t)team * d->ncat + c];
        *total = dh_points_add(*total, pts[c]);
        sum = dh_points_add(sum, pts[c]);
    }
    d->totals[team] = dh_points_add(d->totals[team], sum);
    d->decision_time[team] += elapsed;
    st->option = oi;
    st->factor = factor;
    st->points = sum;
    st->answered_at = d->now;
    dh_timeline_cancel(&d->tl, st->deadline_event);
    st->deadline_event = 0;

    dh_logrec r = {.type = type, .team = team, .id = dec->id,
                   .option = opt ? opt->id : NULL, .points = pts, .npoints = d->ncat,
                   .factor = factor, .elapsed = elapsed, .by = by};
    emit(d, &r);
    if (!opt) return DH_OK;
    for (size_t i = 0; i < opt->nset; i++) {
        dh_value v = opt->set[i].value; /* scenario intern ids equal drill intern ids */
        if (dh_drill_flag_set(d, team, opt->set[i].flag, v)) return d->failed;
    }
    for (size_t i = 0; i < opt->ntriggers; i++) {
        dh_status st2 = dh_drill_schedule_inject(d, team, opt->triggers[i].inject,
                                                 opt->triggers[i].after);
        if (st2 == DH_ENOMEM) return st2;
    }
    return DH_OK;
}

/* When the option's effects could not all be stored the drill has stopped, and
 * its hooks do not run. */
dh_status dh_drill_choose(dh_drill *d, int team, int di, int oi, dh_input_source src)
{
    dh_decision_state *st = &d->dec[(size_t)team * d->ndec + (size_t)di];
    st->status = DH_DEC_ANSWERED;
    dh_status res = apply_option(d, team, di, oi, DH_EV_CHOICE, dh_input_source_name(src));
    if (res) return res;
    const dh_decision *dec = &d->sc->decisions[di];
    dh_drill_run_hooks(d, DH_HOOK_CHOICE, team, dec->id, dec->options[oi].id);
    return d->failed;
}

dh_status dh_drill_expire(dh_drill *d, int team, int di)
{
    const dh_decision *dec = &d->sc->decisions[di];
    dh_decision_state *st = &d->dec[(size_t)team * d->ndec + (size_t)di];
    if (st->status != DH_DEC_OPEN) return DH_OK;
    st->status = DH_DEC_EXPIRED;
    dh_status res = apply_option(d, team, di, dec->timeout, DH_EV_EXPIRE, NULL);
    if (res) return res;
    dh_drill_run_hooks(d, DH_HOOK_EXPIRE, team, dec->id,
              dec->timeout >= 0 ? dec->options[dec->timeout].id : NULL);
    return d->failed;
}

/* --- delivery ------------------------------------------------------------------- */

dh_status dh_drill_deliver(dh_drill *d, int team, int ii, int check_when)
{
    const dh_inject *in = &d->sc->injects[ii];
    size_t k = (size_t)team * d->ninj + (size_t)ii;
    if (d->delivered_at[k] != DH_MS_NEVER) return DH_OK; /* an inject reaches a team once */
    /* an inject for other roles never reaches this team, and says nothing: it
     * was not written for it (a `when` that says no is logged as withheld) */
    if (!dh_roles_admit(in->roles, in->nroles, dh_roster_team_role(d->roster, (size_t)team)))
        return DH_OK;
    if (check_when && in->when_ref != DH_NOREF && d->script.when &&
        !d->script.when(d->script.ctx, d, in->when_ref, team, ii)) {
        d->withheld[k] = 1;
        dh_drill_emit_simple(d, DH_EV_WITHHELD, team, in->id);
        return d->failed;
    }
    d->delivered_at[k] = d->now;
    dh_drill_emit_simple(d, DH_EV_INJECT, team, in->id);
    for (size_t i = 0; i < in->ndecisions; i++) {
        dh_status st = open_decision(d, team, in->decisions[i]);
        if (st) return st;
    }
    if (d->q && d->ext->x_deliver(d, team, ii)) return d->failed ? d->failed : DH_ENOMEM;
    dh_drill_run_hooks(d, DH_HOOK_INJECT, team, in->id, NULL);
    return d->failed;
}

/* --- flags --------------------------------------------------------------------- */

const dh_value *dh_drill_flag_get(const dh_drill *d, int team, int name)
{
    const dh_flag *f = d->flags[team];
    for (size_t i = 0; i < d->nflags[team]; i++)
        if (f[i].name == name) return &f[i].value;
    return NULL;
}

dh_status dh_drill_flag_set(dh_drill *d, int team, int name, dh_value v)
{
    dh_flag *f = d->flags[team];
    size_t n = d->nflags[team];
    for (size_t i = 0; i < n; i++)
        if (f[i].name == name) {
            if (v.type == DH_VAL_NIL) {
                f[i] = f[n - 1];
                d->nflags[team]--;
            } else {
                f[i].value = v;
            }
            return DH_OK;
        }
    if (v.type == DH_VAL_NIL) return DH_OK;
    dh_flag *nf = dh_vec_push(&d->flags[team], &d->nflags[team], sizeof *nf);
    if (!nf) return stop(d, DH_ENOMEM);
    nf->name = name;
    nf->value = v;
    return DH_OK;
}

/* The view's accessors this file uses itself (the rest are in dh_drill_view.c). */
const dh_decision_state *dh_drill_decision(const dh_drill *d, int team, int dec)
{
    return &d->dec[(size_t)team * d->ndec + (size_t)dec];
}

dh_ms dh_drill_delivered_at(const dh_drill *d, int team, int inject)
{
    return d->delivered_at[(size_t)team * d->ninj + (size_t)inject];
}

int64_t dh_drill_points(const dh_drill *d, int team, int cat)
{
    return d->points[(size_t)team * d->ncat + (size_t)cat];
}
