/* dh_drill.c — running a drill: delivery, decisions, scoring, inputs. */
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

static void free_hotwash(dh_drill *d);

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

static void emit_simple(dh_drill *d, dh_evtype type, int team, const char *id)
{
    dh_logrec r = {.type = type, .team = team, .id = id};
    emit(d, &r);
}

void dh_drill_emit(dh_drill *d, dh_logrec *r) { emit(d, r); }

static void run_hooks(dh_drill *d, dh_hook_event ev, int team, const char *a, const char *b)
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
static dh_status choose(dh_drill *d, int team, int di, int oi, dh_input_source src)
{
    dh_decision_state *st = &d->dec[(size_t)team * d->ndec + (size_t)di];
    st->status = DH_DEC_ANSWERED;
    dh_status res = apply_option(d, team, di, oi, DH_EV_CHOICE, dh_input_source_name(src));
    if (res) return res;
    const dh_decision *dec = &d->sc->decisions[di];
    run_hooks(d, DH_HOOK_CHOICE, team, dec->id, dec->options[oi].id);
    return d->failed;
}

static dh_status expire(dh_drill *d, int team, int di)
{
    const dh_decision *dec = &d->sc->decisions[di];
    dh_decision_state *st = &d->dec[(size_t)team * d->ndec + (size_t)di];
    if (st->status != DH_DEC_OPEN) return DH_OK;
    st->status = DH_DEC_EXPIRED;
    dh_status res = apply_option(d, team, di, dec->timeout, DH_EV_EXPIRE, NULL);
    if (res) return res;
    run_hooks(d, DH_HOOK_EXPIRE, team, dec->id,
              dec->timeout >= 0 ? dec->options[dec->timeout].id : NULL);
    return d->failed;
}

/* --- delivery ------------------------------------------------------------------- */

static dh_status deliver(dh_drill *d, int team, int ii, int check_when)
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
        emit_simple(d, DH_EV_WITHHELD, team, in->id);
        return d->failed;
    }
    d->delivered_at[k] = d->now;
    emit_simple(d, DH_EV_INJECT, team, in->id);
    for (size_t i = 0; i < in->ndecisions; i++) {
        dh_status st = open_decision(d, team, in->decisions[i]);
        if (st) return st;
    }
    if (d->q && d->ext->x_deliver(d, team, ii)) return d->failed ? d->failed : DH_ENOMEM;
    run_hooks(d, DH_HOOK_INJECT, team, in->id, NULL);
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

/* --- adjustments and notes ------------------------------------------------------ */

/* by: the evaluator's name, or NULL */
static dh_status adjust_by(dh_drill *d, int team, int category, int64_t milli, const char *reason,
                           int by_script, const char *by)
{
    dh_adjustment *a = dh_vec_push(&d->adjustments, &d->nadjustments, sizeof *a);
    if (!a) return stop(d, DH_ENOMEM);
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
        return stop(d, DH_ENOMEM);
    }
    int64_t *p = &d->points[(size_t)team * d->ncat + (size_t)category];
    *p = dh_points_add(*p, milli);
    d->totals[team] = dh_points_add(d->totals[team], milli);
    dh_logrec r = {.type = DH_EV_ADJUST, .team = team,
                   .category = d->sc->categories[category].id, .amount = milli,
                   .reason = a->reason,
                   .by = a->by ? a->by : by_script ? "script" : "evaluator"};
    emit(d, &r);
    return DH_OK;
}

dh_status dh_drill_adjust(dh_drill *d, int team, int category, int64_t milli,
                          const char *reason, int by_script)
{
    return adjust_by(d, team, category, milli, reason, by_script, NULL);
}

static dh_status add_note(dh_drill *d, int team, const char *text, const char *by)
{
    dh_note *n = dh_vec_push(&d->notes, &d->nnotes, sizeof *n);
    if (!n) return stop(d, DH_ENOMEM);
    n->team = team;
    n->t = d->now;
    n->text = dh_strdup(text ? text : "");
    n->by = by ? dh_strdup(by) : NULL;
    if (!n->text || (by && !n->by)) {
        free(n->text);
        free(n->by);
        d->nnotes--;
        return stop(d, DH_ENOMEM);
    }
    dh_logrec r = {.type = DH_EV_CONTROL, .team = team, .action = "note", .reason = n->text,
                   .by = n->by};
    emit(d, &r);
    return DH_OK;
}

static dh_status add_override(dh_drill *d, const dh_input *in)
{
    dh_rating_override *o = dh_vec_push(&d->overrides, &d->noverrides, sizeof *o);
    if (!o) return stop(d, DH_ENOMEM);
    *o = (dh_rating_override){.team = in->team, .objective = in->decision,
                              .rating = (dh_rating)in->milli, .t = d->now,
                              .reason = dh_strdup(in->text),
                              .by = in->by ? dh_strdup(in->by) : NULL};
    if (!o->reason || (in->by && !o->by)) {
        free(o->reason);
        free(o->by);
        d->noverrides--;
        return stop(d, DH_ENOMEM);
    }
    dh_logrec r = {.type = DH_EV_CONTROL, .team = in->team, .action = "rate",
                   .id = d->sc->objectives[in->decision].id,
                   .option = dh_rating_letter(o->rating), .reason = o->reason, .by = o->by};
    emit(d, &r);
    return DH_OK;
}

/* --- free-text injects and feedback: what people wrote in their own words --- */

/* Each stores its input and fills *r with the event to emit (borrowing what was
 * stored; num holds a rating's digits). DH_ENOMEM: nothing stored. */
static dh_status store_message(dh_drill *d, const dh_input *in, dh_logrec *r)
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

static dh_status store_feedback(dh_drill *d, const dh_input *in, dh_logrec *r, char num[8])
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

/* --- running ------------------------------------------------------------------- */

dh_status dh_drill_start(dh_drill *d)
{
    if (d->started) return DH_ESTATE;
    d->started = 1;
    emit_simple(d, DH_EV_START, -1, d->sc->id);
    for (size_t i = 0; i < d->ninj; i++)
        if (d->sc->injects[i].at != DH_MS_NEVER &&
            push(d, d->sc->injects[i].at, EVK_DELIVER_ALL, -1, (int)i, 0, 0, NULL))
            return DH_ENOMEM;
    for (size_t t = 0; t < d->nteams && !d->failed; t++)
        run_hooks(d, DH_HOOK_START, (int)t, NULL, NULL);
    return d->failed;
}

/* Expires what is open and runs the end hooks. When the timeouts' effects could
 * not all be stored the drill has stopped (d->failed) without an `end`: its
 * results would be wrong. */
static dh_status end_drill(dh_drill *d)
{
    if (d->ended) return DH_OK;
    for (size_t t = 0; t < d->nteams; t++)
        for (size_t i = 0; i < d->ndec; i++)
            if (expire(d, (int)t, (int)i)) return d->failed;
    if (d->q && d->ext->x_end(d)) return d->failed;
    for (size_t t = 0; t < d->nteams; t++) run_hooks(d, DH_HOOK_END, (int)t, NULL, NULL);
    if (d->failed) return d->failed;
    emit_simple(d, DH_EV_END, -1, NULL);
    d->ended = 1;
    d->ended_at = d->now;
    dh_timeline_clear(&d->tl);
    return DH_OK;
}

static void dispatch(dh_drill *d, const dh_event *ev)
{
    /* a failure to store stops the drill (d->failed); the loop checks it */
    switch (ev->kind) {
    case EVK_DELIVER_ALL:
        for (size_t t = 0; t < d->nteams; t++)
            if (deliver(d, (int)t, ev->a, 1)) return;
        break;
    case EVK_DELIVER:
        deliver(d, ev->team, ev->a, 1);
        break;
    case EVK_DEADLINE:
        expire(d, ev->team, ev->a);
        break;
    case EVK_CHOICE: {
        const dh_decision_state *st = dh_drill_decision(d, ev->team, ev->a);
        if (st->status != DH_DEC_OPEN) {
            if (ev->c == DH_SRC_RESPONSES) {
                char msg[256], at[32];
                dh_time_format(d->now, at, sizeof at);
                snprintf(msg, sizeof msg,
                         dh_msg(E_RESPONSE_IGNORED), d->sc->decisions[ev->a].id, d->roster->teams[ev->team].id, at);
                dh_drill_warn(d, NULL, 0, msg);
            }
            break;
        }
        dh_input in = {.kind = DH_IN_CHOICE, .source = (dh_input_source)ev->c, .t = d->now,
                       .team = ev->team, .decision = ev->a, .option = ev->b};
        char err[256];
        /* a refused gate means the input could not be made durable: stop rather
         * than run on without it */
        if (dh_drill_apply(d, &in, err, sizeof err) == DH_EIO) d->gate_failed = 1;
        break;
    }
    case EVK_QDEADLINE:
    case EVK_ANSWER:
        if (d->q) d->ext->x_dispatch(d, ev->kind, ev->team, ev->a, ev->b, ev->c);
        break;
    }
}

dh_status dh_drill_advance(dh_drill *d, dh_ms until)
{
    if (!d->started) return DH_ESTATE;
    if (d->gate_failed) return DH_EIO;
    if (d->failed) return d->failed;
    if (d->ended || until <= d->now) return DH_OK;
    dh_ms limit = until < d->sc->duration ? until : d->sc->duration;
    dh_event ev;
    d->in_dispatch = 1;
    while (!d->ended && !d->gate_failed && !d->failed && dh_timeline_pop(&d->tl, limit, &ev)) {
        d->now = ev.t;
        dispatch(d, &ev);
    }
    d->in_dispatch = 0;
    if (d->gate_failed) return DH_EIO;
    if (d->failed) return d->failed;
    if (d->ended) return DH_OK;
    d->now = limit;
    if (limit >= d->sc->duration) return end_drill(d);
    return DH_OK;
}

dh_ms dh_drill_next_time(dh_drill *d)
{
    if (d->ended || d->failed) return DH_MS_NEVER;
    dh_ms t = dh_timeline_peek(&d->tl);
    return t < d->sc->duration ? t : d->sc->duration;
}

dh_status dh_drill_run_to_end(dh_drill *d) { return dh_drill_advance(d, d->sc->duration); }

/* --- inputs ------------------------------------------------------------------- */

static dh_status refuse(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return DH_ESTATE;
}

/* A plan must parse and name only the scenario's decisions. */
static dh_status check_plan(const dh_drill *d, const dh_input *in, char *err, size_t errlen)
{
    dh_plan p;
    char why[160];
    dh_status st = dh_plan_parse(&p, in->text ? in->text : "", why, sizeof why);
    if (st == DH_ENOMEM) {
        snprintf(err, errlen, "%s", dh_msg(E_DRILL_NOMEM));
        return DH_ENOMEM;
    }
    if (st) {
        snprintf(err, errlen, dh_msg(E_PLAN_INPUT), why);
        return DH_ESTATE;
    }
    for (size_t i = 0; i < p.nrows && !st; i++) {
        size_t k = 0;
        while (k < d->ndec && strcmp(d->sc->decisions[k].id, p.rows[i].decision)) k++;
        if (k == d->ndec) {
            snprintf(err, errlen, dh_msg(E_PLAN_UNKNOWN_DECISION), p.rows[i].decision);
            st = DH_ESTATE;
        }
    }
    dh_plan_free(&p);
    return st;
}

static dh_status set_plan(dh_drill *d, const dh_input *in)
{
    dh_plan p;
    char why[160];
    if (dh_plan_parse(&p, in->text, why, sizeof why)) return stop(d, DH_ENOMEM);
    dh_plan_free(&d->plan);
    d->plan = p;
    d->plan_imports++;
    return DH_OK;
}

dh_status dh_drill_apply(dh_drill *d, const dh_input *in, char *err, size_t errlen)
{
    /* feedback is the hot wash: after the end, and only then; the improvement plan
     * is filled in after the drill too, and an evaluator may rate an objective
     * after it (drillhall rate) */
    if (in->kind == DH_IN_FEEDBACK && d->started && !d->ended)
        return refuse(err, errlen, dh_msg(E_FEEDBACK_AFTER_END));
    if (!d->started || (d->ended && in->kind != DH_IN_PLAN && in->kind != DH_IN_FEEDBACK &&
                        in->kind != DH_IN_RATE))
        return refuse(err, errlen, dh_msg(E_DRILL_NOT_RUNNING));
    if (d->failed) {
        snprintf(err, errlen, "%s", dh_msg(E_DRILL_NOMEM));
        return d->failed;
    }
    if (in->t != d->now) return refuse(err, errlen, dh_msg(E_INPUT_TIME));
    int team_ok = in->team >= 0 && (size_t)in->team < d->nteams;
    switch (in->kind) {
    case DH_IN_CHOICE: {
        if (!team_ok || in->decision < 0 || (size_t)in->decision >= d->ndec)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_DECISION));
        const dh_decision *dec = &d->sc->decisions[in->decision];
        if (in->option < 0 || (size_t)in->option >= dec->noptions)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_OPTION_IN));
        const dh_decision_state *st = dh_drill_decision(d, in->team, in->decision);
        if (st->status != DH_DEC_OPEN) {
            snprintf(err, errlen, dh_msg(E_DECISION_NOT_OPEN), dec->id,
                     d->roster->teams[in->team].id);
            return DH_ESTATE;
        }
        break;
    }
    case DH_IN_ADJUST:
        if (!team_ok || in->category < 0 || (size_t)in->category >= d->ncat)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_CATEGORY));
        break;
    case DH_IN_NOTE:
        if (in->team >= 0 && !team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        break;
    case DH_IN_SPEED:
        if (in->speed_milli < DH_SPEED_INPUT_MIN || in->speed_milli > DH_SPEED_INPUT_MAX)
            return refuse(err, errlen, dh_msg(E_SPEED_RANGE));
        break;
    case DH_IN_DELIVER:
        if (in->inject < 0 || (size_t)in->inject >= d->ninj || (in->team >= 0 && !team_ok))
            return refuse(err, errlen, dh_msg(E_UNKNOWN_INJECT_TEAM));
        break;
    case DH_IN_JUMP:
        if (d->in_dispatch) return refuse(err, errlen, dh_msg(E_JUMP_IN_EVENT));
        if (in->milli <= d->now || in->milli > d->sc->duration)
            return refuse(err, errlen, dh_msg(E_JUMP_FORWARD));
        break;
    case DH_IN_RATE:
        if (in->team >= 0 && !team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        if (in->decision < 0 || (size_t)in->decision >= d->sc->nobjectives)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_OBJECTIVE_IN));
        if (in->milli < 0 || in->milli >= DH_RATE_COUNT)
            return refuse(err, errlen, dh_msg(E_UNKNOWN_RATING_IN));
        if (!in->text || !in->text[0]) return refuse(err, errlen, dh_msg(E_RATING_NEEDS_REASON));
        break;
    case DH_IN_PLAN: {
        dh_status st = check_plan(d, in, err, errlen);
        if (st) return st;
        break;
    }
    case DH_IN_MESSAGE:
        if (in->team >= 0 && !team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        if (dh_message_check(in->text, err, errlen)) return DH_ESTATE;
        break;
    case DH_IN_FEEDBACK:
        if (!team_ok) return refuse(err, errlen, dh_msg(E_UNKNOWN_TEAM_IN));
        if (dh_feedback_check(d->sc, in->decision, in->milli, in->text, err, errlen))
            return DH_ESTATE;
        break;
    case DH_IN_ANSWER:
    case DH_IN_SCORE:
    case DH_IN_SETTLE: {
        if (!d->q) return refuse(err, errlen, dh_msg(E_Q_UNKNOWN_IN));
        dh_status qs = d->ext->x_check(d, in, err, errlen);
        if (qs) return qs;
        break;
    }
    case DH_IN_PAUSE:
    case DH_IN_RESUME:
    case DH_IN_END:
        break;
    default:
        return refuse(err, errlen, dh_msg(E_UNKNOWN_INPUT));
    }
    if (d->gate && d->gate(d->gate_ctx, d, in)) {
        snprintf(err, errlen, "%s", dh_msg(E_INPUT_NOT_RECORDED));
        return DH_EIO;
    }
    if (in->kind != DH_IN_CHOICE && in->kind != DH_IN_ADJUST && in->kind != DH_IN_NOTE &&
        in->kind != DH_IN_RATE && in->kind != DH_IN_PLAN && in->kind != DH_IN_FEEDBACK &&
        in->kind != DH_IN_ANSWER && in->kind != DH_IN_SCORE && in->kind != DH_IN_SETTLE) {
        dh_control *c = dh_vec_push(&d->controls, &d->ncontrols, sizeof *c);
        if (!c) return stop(d, DH_ENOMEM);
        *c = (dh_control){.kind = in->kind, .t = d->now, .team = in->team, .inject = in->inject,
                          .value = in->kind == DH_IN_SPEED     ? in->speed_milli
                                   : in->kind == DH_IN_MESSAGE ? (int64_t)d->nmessages
                                                               : in->milli};
    }
    dh_logrec r = {.type = DH_EV_CONTROL, .team = -1};
    switch (in->kind) {
    case DH_IN_RATE:
        return add_override(d, in);
    case DH_IN_PLAN:
        return set_plan(d, in);
    case DH_IN_MESSAGE:
    case DH_IN_FEEDBACK: {
        char num[8];
        dh_status st = in->kind == DH_IN_MESSAGE ? store_message(d, in, &r)
                                                 : store_feedback(d, in, &r, num);
        if (st) return stop(d, st);
        emit(d, &r);
        return DH_OK;
    }
    case DH_IN_ANSWER:
    case DH_IN_SCORE:
    case DH_IN_SETTLE:
        return d->ext->x_apply(d, in);
    case DH_IN_CHOICE:
        return choose(d, in->team, in->decision, in->option, in->source);
    case DH_IN_ADJUST:
        return adjust_by(d, in->team, in->category, in->milli, in->text, 0, in->by);
    case DH_IN_NOTE:
        return add_note(d, in->team, in->text, in->by);
    case DH_IN_PAUSE:
    case DH_IN_RESUME:
        d->paused = in->kind == DH_IN_PAUSE;
        r.action = d->paused ? "pause" : "resume";
        emit(d, &r);
        return DH_OK;
    case DH_IN_SPEED:
        d->speed_milli = in->speed_milli;
        r.action = "speed";
        r.speed_milli = in->speed_milli;
        emit(d, &r);
        return DH_OK;
    case DH_IN_DELIVER:
        r.action = "deliver";
        r.team = in->team;
        r.id = d->sc->injects[in->inject].id;
        emit(d, &r);
        for (size_t t = 0; t < d->nteams; t++) {
            if (in->team >= 0 && (int)t != in->team) continue;
            size_t k = t * d->ninj + (size_t)in->inject;
            /* marked first: hooks run inside the delivery may read it */
            if (d->delivered_at[k] == DH_MS_NEVER) d->by_hand[k] = 1;
            dh_status st = deliver(d, (int)t, in->inject, 0);
            if (st) return st;
        }
        return DH_OK;
    case DH_IN_END:
        d->ended_early = d->now < d->sc->duration;
        r.action = "end";
        emit(d, &r);
        return end_drill(d);
    case DH_IN_JUMP:
        /* everything due on the way happens, at its own time */
        r.action = "jump";
        r.to = in->milli;
        emit(d, &r);
        return dh_drill_advance(d, in->milli);
    default:
        return DH_OK;
    }
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
