/* dh_expect.c — playing a scripted path and checking what followed. */
#include "dh_expect.h"
#include "dh_alloc.h"
#include "dh_msg.h"
#include "dh_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dh_expect_case_free(dh_expect_case *c)
{
    free(c->name);
    free(c->role);
    free(c->peer_role);
    free(c->file);
    free(c->scenario);
    for (size_t i = 0; i < c->nchoices; i++) {
        free(c->choices[i].decision);
        free(c->choices[i].option);
    }
    for (size_t i = 0; i < c->npeer_choices; i++) {
        free(c->peer_choices[i].decision);
        free(c->peer_choices[i].option);
    }
    free(c->peer_choices);
    free(c->choices);
    for (size_t i = 0; i < c->ndelivered; i++) free(c->delivered[i].id);
    free(c->delivered);
    for (size_t i = 0; i < c->nwithheld; i++) free(c->withheld[i].id);
    free(c->withheld);
    for (size_t i = 0; i < c->nscores; i++) free(c->scores[i].category);
    free(c->scores);
    for (size_t i = 0; i < c->nflags; i++) {
        free(c->flags[i].name);
        free(c->flags[i].str);
    }
    free(c->flags);
    memset(c, 0, sizeof *c);
}

void dh_expect_suite_free(dh_expect_suite *s)
{
    for (size_t i = 0; i < s->ncases; i++) dh_expect_case_free(&s->cases[i]);
    free(s->cases);
    memset(s, 0, sizeof *s);
}

static void resolve_choices(const dh_expect_case *c, const dh_expect_choice *list, size_t n,
                            const dh_scenario *sc, dh_diags *diags)
{
    for (size_t i = 0; i < n; i++) {
        const dh_expect_choice *ch = &list[i];
        int d = dh_scenario_find_decision(sc, ch->decision);
        if (d < 0) {
            dh_diags_add(diags, DH_ERROR, c->file, ch->line,
                         "test \"%s\": %s has no decision \"%s\"", c->name, sc->file,
                         ch->decision);
            continue;
        }
        if (dh_decision_find_option(&sc->decisions[d], ch->option) < 0)
            dh_diags_add(diags, DH_ERROR, c->file, ch->line,
                         "test \"%s\": decision \"%s\" has no option \"%s\"", c->name,
                         ch->decision, ch->option);
        for (size_t j = 0; j < i; j++)
            if (!strcmp(list[j].decision, ch->decision)) {
                dh_diags_add(diags, DH_ERROR, c->file, ch->line,
                             "test \"%s\": decision \"%s\" is already answered at line %d",
                             c->name, ch->decision, list[j].line);
                break;
            }
        if (ch->at != DH_MS_NEVER && ch->at > sc->duration)
            dh_diags_add(diags, DH_ERROR, c->file, ch->line,
                         "test \"%s\": the choice for \"%s\" is after the scenario ends",
                         c->name, ch->decision);
    }
}

dh_status dh_expect_resolve(const dh_expect_case *c, const dh_scenario *sc, dh_diags *diags)
{
    size_t before = diags->errors;
    resolve_choices(c, c->choices, c->nchoices, sc, diags);
    resolve_choices(c, c->peer_choices, c->npeer_choices, sc, diags);
    const dh_expect_name *lists[2] = {c->delivered, c->withheld};
    size_t counts[2] = {c->ndelivered, c->nwithheld};
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; i < counts[l]; i++)
            if (dh_scenario_find_inject(sc, lists[l][i].id) < 0)
                dh_diags_add(diags, DH_ERROR, c->file, lists[l][i].line,
                             "test \"%s\": %s has no inject \"%s\"", c->name, sc->file,
                             lists[l][i].id);
    for (size_t i = 0; i < c->nscores; i++)
        if (strcmp(c->scores[i].category, "total") &&
            dh_scenario_find_category(sc, c->scores[i].category) < 0)
            dh_diags_add(diags, DH_ERROR, c->file, c->scores[i].line,
                         "test \"%s\": %s has no category \"%s\" (nor is it \"total\")",
                         c->name, sc->file, c->scores[i].category);
    return diags->errors > before ? DH_EINPUT : DH_OK;
}

/* --- playing ------------------------------------------------------------------- */

typedef struct player {
    const dh_expect_case *c;
    const dh_scenario *sc;
    int *choice_of;          /* [decision] index into c->choices, -1 */
    unsigned char *refused;  /* [choice] already reported: it came before the opening */
    dh_rng rng;
    dh_diags *failures;
    dh_rng peer_rng;
} player;

static void respond(void *ctx, dh_drill *d, int team, int dec)
{
    player *p = ctx;
    if (team != 0) {
        /* a peer: what the test team's scripts may count with team:sector */
        for (size_t i = 0; i < p->c->npeer_choices; i++) {
            const dh_expect_choice *ch = &p->c->peer_choices[i];
            if (strcmp(ch->decision, p->sc->decisions[dec].id)) continue;
            dh_ms t = ch->at != DH_MS_NEVER ? ch->at : dh_drill_now(d) + ch->after;
            if (t < dh_drill_now(d)) t = dh_drill_now(d);
            dh_drill_schedule_choice(d, team, dec, dh_decision_find_option(&p->sc->decisions[dec], ch->option),
                                     t, DH_SRC_RESPONSES);
            return;
        }
        if (p->c->peer_bots == DH_BOT_NONE) return;
        int opt;
        dh_ms delay;
        dh_bot_pick(p->c->peer_bots, &p->sc->decisions[dec], DH_LANG_EN, &p->peer_rng, &opt, &delay);
        dh_drill_schedule_choice(d, team, dec, opt, dh_drill_now(d) + delay, DH_SRC_BOT);
        return;
    }
    int ci = p->choice_of[dec];
    if (ci >= 0) {
        const dh_expect_choice *ch = &p->c->choices[ci];
        int opt = dh_decision_find_option(&p->sc->decisions[dec], ch->option);
        dh_ms t = ch->at != DH_MS_NEVER ? ch->at : dh_drill_now(d) + ch->after;
        if (t < dh_drill_now(d)) {
            char a[32], b[32];
            dh_time_format_clock(t, a, sizeof a);
            dh_time_format_clock(dh_drill_now(d), b, sizeof b);
            dh_diags_add(p->failures, DH_ERROR, p->c->file, ch->line,
                         "the choice of \"%s\" at %s comes before decision \"%s\" opens at %s",
                         ch->option, a, ch->decision, b);
            p->refused[ci] = 1;
            return;
        }
        dh_drill_schedule_choice(d, team, dec, opt, t, DH_SRC_RESPONSES);
        return;
    }
    if (p->c->others == DH_BOT_NONE) return;
    int opt;
    dh_ms delay;
    /* a test reads the same whatever the reader's language */
    dh_bot_pick(p->c->others, &p->sc->decisions[dec], DH_LANG_EN, &p->rng, &opt, &delay);
    dh_drill_schedule_choice(d, team, dec, opt, dh_drill_now(d) + delay, DH_SRC_BOT);
}

static void check_choices(player *p, const dh_drill *d)
{
    const dh_expect_case *c = p->c;
    for (size_t i = 0; i < c->nchoices; i++) {
        const dh_expect_choice *ch = &c->choices[i];
        if (p->refused[i]) continue;
        int dec = dh_scenario_find_decision(p->sc, ch->decision);
        const dh_decision *de = &p->sc->decisions[dec];
        int opt = dh_decision_find_option(de, ch->option);
        const dh_decision_state *st = dh_drill_decision(d, 0, dec);
        char t[32];
        if (st->status == DH_DEC_CLOSED) {
            dh_diags_add(p->failures, DH_ERROR, c->file, ch->line,
                         "decision \"%s\" never opened (inject \"%s\" was not delivered), so "
                         "\"%s\" could not be chosen", ch->decision, p->sc->injects[de->on].id,
                         ch->option);
        } else if (st->status == DH_DEC_EXPIRED) {
            dh_time_format_clock(st->deadline, t, sizeof t);
            dh_diags_add(p->failures, DH_ERROR, c->file, ch->line,
                         "decision \"%s\" expired at %s before \"%s\" was chosen",
                         ch->decision, t, ch->option);
        } else if (st->option != opt) {
            dh_diags_add(p->failures, DH_ERROR, c->file, ch->line,
                         "decision \"%s\" was answered with \"%s\", not \"%s\"", ch->decision,
                         de->options[st->option].id, ch->option);
        }
    }
}

static void check_deliveries(player *p, const dh_drill *d)
{
    const dh_expect_case *c = p->c;
    for (size_t i = 0; i < c->ndelivered; i++) {
        int in = dh_scenario_find_inject(p->sc, c->delivered[i].id);
        if (dh_drill_delivered_at(d, 0, in) != DH_MS_NEVER) continue;
        dh_diags_add(p->failures, DH_ERROR, c->file, c->delivered[i].line,
                     "inject \"%s\" should have been delivered, but %s", c->delivered[i].id,
                     dh_drill_withheld(d, 0, in) ? "its `when` withheld it" : "nothing delivered it");
    }
    for (size_t i = 0; i < c->nwithheld; i++) {
        int in = dh_scenario_find_inject(p->sc, c->withheld[i].id);
        dh_ms at = dh_drill_delivered_at(d, 0, in);
        if (at == DH_MS_NEVER) continue;
        char t[32];
        dh_time_format_clock(at, t, sizeof t);
        dh_diags_add(p->failures, DH_ERROR, c->file, c->withheld[i].line,
                     "inject \"%s\" should not have been delivered, but it was at %s",
                     c->withheld[i].id, t);
    }
}

static void check_scores(player *p, const dh_drill *d)
{
    static const char *const ops[] = {"", "at least ", "at most "};
    const dh_expect_case *c = p->c;
    for (size_t i = 0; i < c->nscores; i++) {
        const dh_expect_score *e = &c->scores[i];
        int cat = dh_scenario_find_category(p->sc, e->category);
        int64_t got = cat < 0 ? dh_drill_team_total(d, 0) : dh_drill_points(d, 0, cat);
        int ok = e->cmp == DH_CMP_EQ ? got == e->milli
                 : e->cmp == DH_CMP_GE ? got >= e->milli
                                       : got <= e->milli;
        if (ok) continue;
        dh_buf want, have;
        dh_buf_init(&want);
        dh_buf_init(&have);
        dh_buf_add_milli(&want, e->milli);
        dh_buf_add_milli(&have, got);
        dh_diags_add(p->failures, DH_ERROR, c->file, e->line, dh_msg(E_TEST_SHOULD_BE),
                     e->category, ops[e->cmp], dh_buf_cstr(&want), dh_buf_cstr(&have));
        dh_buf_free(&want);
        dh_buf_free(&have);
    }
}

static void describe(const dh_drill *d, const dh_value *v, char *buf, size_t len)
{
    if (!v) snprintf(buf, len, "unset");
    else if (v->type == DH_VAL_BOOL) snprintf(buf, len, "%s", v->as.b ? "true" : "false");
    else if (v->type == DH_VAL_NUM) snprintf(buf, len, "%g", v->as.num);
    else if (v->type == DH_VAL_STR) snprintf(buf, len, "\"%s\"", dh_intern_str(dh_drill_names(d), v->as.str));
    else snprintf(buf, len, "unset");
}

static void check_flags(player *p, const dh_drill *d)
{
    const dh_expect_case *c = p->c;
    for (size_t i = 0; i < c->nflags; i++) {
        const dh_expect_flag *f = &c->flags[i];
        int name = dh_intern_find(dh_drill_names(d), f->name);
        const dh_value *v = name >= 0 ? dh_drill_flag_get(d, 0, name) : NULL;
        if (v && v->type == DH_VAL_NIL) v = NULL;
        int ok;
        switch (f->type) {
        case DH_VAL_NIL: ok = !v; break;
        case DH_VAL_BOOL: ok = v && v->type == DH_VAL_BOOL && !v->as.b == !f->b; break;
        case DH_VAL_NUM: ok = v && v->type == DH_VAL_NUM && v->as.num == f->num; break;
        default:
            ok = v && v->type == DH_VAL_STR && !strcmp(dh_intern_str(dh_drill_names(d), v->as.str), f->str);
        }
        if (ok) continue;
        char want[160], have[160];
        dh_value w = {.type = f->type};
        if (f->type == DH_VAL_BOOL) w.as.b = f->b;
        if (f->type == DH_VAL_NUM) w.as.num = f->num;
        if (f->type == DH_VAL_STR) snprintf(want, sizeof want, "\"%s\"", f->str);
        else describe(d, f->type == DH_VAL_NIL ? NULL : &w, want, sizeof want);
        describe(d, v, have, sizeof have);
        dh_diags_add(p->failures, DH_ERROR, c->file, f->line, dh_msg(E_TEST_FLAG_SHOULD_BE),
                     f->name, want, have);
    }
}

dh_status dh_expect_run(const dh_expect_case *c, const dh_scenario *sc,
                        dh_script_iface script, dh_diags *failures)
{
    dh_roster roster;
    dh_roster_init(&roster);
    player p = {c, sc, NULL, NULL, {{0}}, failures, {{0}}};
    dh_drill *d = NULL;
    dh_status st = dh_roster_add(&roster, "test", "Test team", "all", 0);
    if (!st && c->role) st = dh_roster_set_role(&roster, 0, c->role);
    for (size_t i = 0; !st && i < c->npeers; i++) {
        char id[32];
        snprintf(id, sizeof id, "peer-%zu", i + 1);
        st = dh_roster_add(&roster, id, id, "all", (int)i + 1);
        if (!st) st = dh_roster_set_role(&roster, i + 1, c->peer_role);
    }
    p.choice_of = dh_malloc((sc->ndecisions ? sc->ndecisions : 1) * sizeof *p.choice_of);
    p.refused = dh_calloc(c->nchoices ? c->nchoices : 1, 1);
    if (st || !p.choice_of || !p.refused) {
        st = DH_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < sc->ndecisions; i++) p.choice_of[i] = -1;
    for (size_t i = 0; i < c->nchoices; i++)
        p.choice_of[dh_scenario_find_decision(sc, c->choices[i].decision)] = (int)i;
    dh_rng_seed_for(&p.rng, c->seed, "test", 2);
    dh_rng_seed_for(&p.peer_rng, c->seed, "peers", 3);
    dh_drill_config cfg = {sc, &roster, c->seed, script};
    d = dh_drill_create(&cfg);
    if (!d) {
        st = DH_ENOMEM;
        goto done;
    }
    dh_drill_set_responder(d, respond, &p);
    if ((st = dh_drill_start(d)) || (st = dh_drill_run_to_end(d))) goto done;
    for (size_t i = 0; i < dh_drill_warnings(d)->count; i++)
        dh_diags_add(failures, DH_WARNING, dh_drill_warnings(d)->items[i].file, dh_drill_warnings(d)->items[i].line,
                     "%s", dh_drill_warnings(d)->items[i].message);
    check_choices(&p, d);
    check_deliveries(&p, d);
    check_scores(&p, d);
    check_flags(&p, d);
done:
    dh_drill_destroy(d);
    free(p.choice_of);
    free(p.refused);
    dh_roster_free(&roster);
    return st;
}
