/* dh_explore.c — bot teams down every branch, and the scripts that failed on the way. */
#include "dh_explore.h"
#include "dh_alloc.h"
#include "dh_autoplay.h"
#include "dh_buf.h"
#include "dh_msg.h"
#include "dh_rng.h"
#include "dh_simulate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the purpose tag of the explorer's streams (1 scripts, 2 bots, 3 load, 4 option order) */
#define DH_RNG_EXPLORE 5

/* One (decision, outcome) a path is made to take: outcome < noptions is that
 * option, outcome == noptions the missed deadline. */
typedef struct forced { int decision, outcome; } forced;

typedef struct explorer {
    const dh_scenario *sc;
    dh_script_iface real;
    forced *pairs; size_t npairs;
    size_t nroles;                /* 1 when the scenario names none */
    dh_rng *rng;                  /* [team] */
    dh_diags *found;
    size_t failures;
    const dh_explore_config *cfg;
    int capped;                   /* past max_work: no script runs any more */
} explorer;

/* Past the bound on work: scripts stop here (a `when` counts as false). */
static int over(explorer *x)
{
    if (!x->capped && x->cfg->work && x->cfg->work(x->cfg->work_ctx) >= x->cfg->max_work) x->capped = 1;
    return x->capped;
}

size_t dh_explore_outcomes(const dh_decision *dec)
{
    return dec->noptions + (dec->within != DH_MS_NEVER);
}

/* Path p's forced pair: teams are laid out role-fastest (the roles
 * dh_sim_assign_roles gives take turns), so every pair is played by every role. */
static const forced *forced_of(const explorer *x, int team)
{
    if (!x->npairs) return NULL;
    return &x->pairs[((size_t)team / x->nroles) % x->npairs];
}

static void respond(void *ctx, dh_drill *d, int team, int decision)
{
    explorer *x = ctx;
    const dh_decision *dec = &x->sc->decisions[decision];
    const forced *f = forced_of(x, team);
    int outcome;
    if (f && f->decision == decision) outcome = f->outcome;
    else outcome = (int)dh_rng_range(&x->rng[team], 0, (int64_t)dh_explore_outcomes(dec) - 1);
    if (outcome >= (int)dec->noptions) return;   /* missed: let the deadline pass */
    int unused;
    dh_ms delay;
    dh_bot_pick(DH_BOT_RANDOM, dec, DH_LANG_EN, &x->rng[team], &unused, &delay);
    dh_drill_schedule_choice(d, team, decision, outcome, dh_drill_now(d) + delay, DH_SRC_BOT);
}

typedef struct step { dh_ms at; int decision; } step;

static int by_time(const void *a, const void *b)
{
    const step *x = a, *y = b;
    if (x->at != y->at) return (x->at > y->at) - (x->at < y->at);
    return (x->decision > y->decision) - (x->decision < y->decision);
}

/* "triage=forward, contain: missed": the team's decisions closed so far, in
 * the order they closed. */
static void describe_path(const explorer *x, const dh_drill *d, int team, dh_buf *b)
{
    size_t n = 0, nd = x->sc->ndecisions;
    step *steps = dh_malloc((nd ? nd : 1) * sizeof *steps);
    if (!steps) return;
    for (size_t k = 0; k < nd; k++) {
        const dh_decision_state *ds = dh_drill_decision(d, team, (int)k);
        if (ds->status == DH_DEC_ANSWERED || ds->status == DH_DEC_EXPIRED)
            steps[n++] = (step){ds->answered_at, (int)k};
    }
    qsort(steps, n, sizeof *steps, by_time);
    for (size_t i = 0; i < n; i++) {
        const dh_decision *dec = &x->sc->decisions[steps[i].decision];
        const dh_decision_state *ds = dh_drill_decision(d, team, steps[i].decision);
        char one[300];
        if (ds->status == DH_DEC_EXPIRED) snprintf(one, sizeof one, dh_msg(E_EXPLORE_MISSED), dec->id);
        else snprintf(one, sizeof one, "%s=%s", dec->id, dec->options[ds->option].id);
        if (i) dh_buf_adds(b, ", ");
        dh_buf_adds(b, one);
    }
    free(steps);
}

static int known_place(const dh_diags *found, const dh_diag *w)
{
    for (size_t i = 0; i < found->count; i++) {
        const dh_diag *f = &found->items[i];
        if (f->line == w->line && !f->file == !w->file && (!f->file || !strcmp(f->file, w->file)))
            return 1;
    }
    return 0;
}

/* Keeps the warnings a script call added (from index `before` on) that are at
 * a file:line not yet found, with the team's path. */
static void keep_new(explorer *x, dh_drill *d, int team, size_t before)
{
    const dh_diags *w = dh_drill_warnings(d);
    for (size_t i = before; i < w->count; i++) {
        const dh_diag *it = &w->items[i];
        if (!it->file || known_place(x->found, it)) continue;
        dh_buf path;
        dh_buf_init(&path);
        describe_path(x, d, team, &path);
        const char *role = dh_roster_team_role(dh_drill_roster(d), (size_t)team);
        if (path.len && *role)
            dh_diags_add(x->found, DH_ERROR, it->file, it->line, dh_msg(E_EXPLORE_AFTER_ROLE),
                         it->message, dh_buf_cstr(&path), role);
        else if (path.len)
            dh_diags_add(x->found, DH_ERROR, it->file, it->line, dh_msg(E_EXPLORE_AFTER),
                         it->message, dh_buf_cstr(&path));
        else
            dh_diags_add(x->found, DH_ERROR, it->file, it->line, dh_msg(E_EXPLORE_BEFORE),
                         it->message);
        dh_buf_free(&path);
        x->failures++;
    }
}

static int x_when(void *ctx, dh_drill *d, int ref, int team, int inject)
{
    explorer *x = ctx;
    if (over(x)) return 0;
    size_t before = dh_drill_warnings(d)->count;
    int r = x->real.when ? x->real.when(x->real.ctx, d, ref, team, inject) : 1;
    if (dh_drill_warnings(d)->count > before) keep_new(x, d, team, before);
    return r;
}

static void x_hook(void *ctx, dh_drill *d, int ref, dh_hook_event ev, int team, const char *a,
                   const char *b)
{
    explorer *x = ctx;
    if (over(x)) return;
    size_t before = dh_drill_warnings(d)->count;
    if (x->real.hook) x->real.hook(x->real.ctx, d, ref, ev, team, a, b);
    if (dh_drill_warnings(d)->count > before) keep_new(x, d, team, before);
}

/* Every (decision, outcome) pair, in written order. */
static dh_status list_pairs(explorer *x)
{
    size_t n = 0;
    for (size_t k = 0; k < x->sc->ndecisions; k++) n += dh_explore_outcomes(&x->sc->decisions[k]);
    x->pairs = dh_malloc((n ? n : 1) * sizeof *x->pairs);
    if (!x->pairs) return DH_ENOMEM;
    for (size_t k = 0; k < x->sc->ndecisions; k++)
        for (size_t o = 0; o < dh_explore_outcomes(&x->sc->decisions[k]); o++)
            x->pairs[x->npairs++] = (forced){(int)k, (int)o};
    return DH_OK;
}

/* The roster of one round: a team per (role, pair), roles taking turns as
 * dh_sim_assign_roles gives them (team t has role t % nroles). */
static dh_status round_roster(explorer *x, dh_roster *r)
{
    /* how many roles the scenario names: as many as a large roster takes */
    dh_roster probe;
    dh_status st = dh_roster_generate(&probe, DH_MAX_LIST);
    if (!st) st = dh_sim_assign_roles(&probe, x->sc);
    if (!st && probe.nroles > 1) x->nroles = probe.nroles;
    dh_roster_free(&probe);
    if (st) return st;
    st = dh_roster_generate(r, (x->npairs ? x->npairs : 1) * x->nroles);
    return st ? st : dh_sim_assign_roles(r, x->sc);
}

dh_status dh_explore_run(const dh_explore_config *cfg, dh_explore_result *out, dh_diags *found)
{
    memset(out, 0, sizeof *out);
    explorer x = {cfg->sc, cfg->script, NULL, 0, 1, NULL, found, 0, cfg, 0};
    dh_roster r;
    dh_roster_init(&r);
    dh_sim_stats reach;
    memset(&reach, 0, sizeof reach);
    dh_status st = list_pairs(&x);
    if (!st) st = round_roster(&x, &r);
    if (!st) st = dh_sim_stats_init(&reach, cfg->sc);
    if (!st && !(x.rng = dh_malloc(r.nteams * sizeof *x.rng))) st = DH_ENOMEM;
    size_t rounds = r.nteams && cfg->paths > r.nteams ? cfg->paths / r.nteams : 1;
    uint64_t *missed = dh_calloc(cfg->sc->ndecisions ? cfg->sc->ndecisions : 1, sizeof *missed);
    if (!st && !missed) st = DH_ENOMEM;
    dh_script_iface wrap = {&x, x_when, x_hook};
    for (size_t round = 0; !st && round < rounds; round++) {
        dh_drill_config dc = {cfg->sc, &r, dh_sim_drill_seed(cfg->seed, round), wrap};
        dh_drill *d = dh_drill_create(&dc);
        if (!d) {
            st = DH_ENOMEM;
            break;
        }
        dh_drill_set_warning_limit(d, 0);
        for (size_t t = 0; t < r.nteams; t++)
            dh_rng_seed_for(&x.rng[t], dc.seed, r.teams[t].id, DH_RNG_EXPLORE);
        dh_drill_set_responder(d, respond, &x);
        st = dh_drill_start(d);
        if (!st) st = dh_drill_run_to_end(d);
        if (!st && x.capped) { /* a round cut short is not counted as played */
            dh_drill_destroy(d);
            break;
        }
        if (!st) st = dh_sim_record(&reach, d);
        for (size_t t = 0; !st && t < r.nteams; t++)
            for (size_t k = 0; k < cfg->sc->ndecisions; k++)
                missed[k] += dh_drill_decision(d, (int)t, (int)k)->status == DH_DEC_EXPIRED;
        dh_drill_destroy(d);
        out->paths += r.nteams;
    }
    if (!st) {
        for (size_t k = 0; k < cfg->sc->ndecisions; k++) {
            const dh_decision *dec = &cfg->sc->decisions[k];
            out->outcomes += dh_explore_outcomes(dec);
            /* an expired decision's timeout option counts as applied, not chosen */
            for (size_t o = 0; o < dec->noptions; o++) {
                uint64_t n = reach.chosen[reach.option_base[k] + o];
                if ((int)o == dec->timeout) n = n > missed[k] ? 1 : 0;
                out->reached += n > 0;
            }
            out->reached += dec->within != DH_MS_NEVER && missed[k] > 0;
        }
        out->failures = x.failures;
        out->planned = rounds * r.nteams;
        out->capped = x.capped;
    }
    free(missed);
    dh_sim_stats_free(&reach);
    free(x.rng);
    free(x.pairs);
    dh_roster_free(&r);
    return st;
}
