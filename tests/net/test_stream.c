#define _POSIX_C_SOURCE 200809L
/* test_stream.c — what the server sends each team when a decision opens: the
 * options in the team's own order (two teams of one drill differ), a pinned
 * option in its place for every team, the evaluator's copy in written order,
 * and the same bytes again when the drill is played again (a replay). */
#include "dh_test.h"
#include "dh_drill.h"
#include "dh_stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void text(dh_text *t, const char *s) { assert_int_equal(dh_text_set_neutral(t, s), 0); }

/* One inject at 0:01 opening `contain`, whose five options are written best
 * first; `none` ("none of the above") is pinned last. */
static dh_scenario *build(void)
{
    dh_scenario *sc = dh_scenario_create("order.lua");
    sc->line = 1;
    sc->id = dh_strdup("order");
    text(&sc->title, "Order");
    sc->duration = DH_MS_HOUR;
    dh_named *c = dh_scenario_add_category(sc);
    c->id = dh_strdup("contain");
    text(&c->name, "Contain");
    dh_inject *in = dh_scenario_add_inject(sc);
    in->id = dh_strdup("alert");
    in->line = 2;
    in->at = DH_MS_MINUTE;
    text(&in->title, "Alert");
    dh_decision *d = dh_scenario_add_decision(sc);
    d->id = dh_strdup("contain");
    d->line = 3;
    d->on_id = dh_strdup("alert");
    d->within = 10 * DH_MS_MINUTE;
    text(&d->prompt, "?");
    static const char *const ids[] = {"isolate", "reimage", "monitor", "none", "wait"};
    for (size_t i = 0; i < 5; i++) {
        dh_option *o = dh_decision_add_option(d);
        o->id = dh_strdup(ids[i]);
        text(&o->text, ids[i]);
        o->place = i == 3 ? DH_PLACE_LAST : DH_PLACE_ANY;
        dh_score_entry *e = dh_option_add_score(o);
        e->category_id = dh_strdup("contain");
        e->milli = (int64_t)(5 - i) * 1000;
    }
    dh_diags diags;
    dh_diags_init(&diags);
    assert_int_equal(dh_scenario_finalize(sc, &diags), DH_OK);
    dh_diags_free(&diags);
    return sc;
}

static void keep(void *ctx, const dh_logrec *r)
{
    dh_stream *s = ctx;
    assert_true(dh_stream_add(s, r, dh_drill_event_count(s->d)) >= 0);
}

/* The option ids of the open event for `team` in view v, in the order sent,
 * joined by spaces into out. */
static void sent_order(const dh_stream *s, int team, dh_view v, char *out, size_t len)
{
    out[0] = 0;
    for (size_t i = 0; i < s->n; i++) {
        const dh_sev *e = &s->v[i];
        if (e->team != team || !e->enc[v]) continue;
        char *json = strndup((const char *)e->enc[v] + s->pre, e->len[v]);
        assert_non_null(json);
        const char *at = strstr(json, "\"options\":[");
        for (at = at ? at + 11 : NULL; at && (at = strstr(at, "{\"id\":\"")); ) {
            at += 7;
            int n = (int)strcspn(at, "\"");
            size_t used = strlen(out);
            snprintf(out + used, len - used, "%.*s ", n, at);
        }
        free(json);
    }
}

typedef struct played {
    dh_drill *d;
    dh_stream s;
} played;

static void play(played *p, const dh_scenario *sc, const dh_roster *r, uint64_t seed)
{
    dh_drill_config cfg = {sc, r, seed, {NULL, NULL, NULL}};
    p->d = dh_drill_create(&cfg);
    assert_non_null(p->d);
    dh_stream_init(&p->s, p->d, 0, 0);
    dh_drill_add_sink(p->d, keep, &p->s);
    assert_int_equal(dh_drill_start(p->d), DH_OK);
    assert_int_equal(dh_drill_advance(p->d, 2 * DH_MS_MINUTE), DH_OK);
}

static void unplay(played *p)
{
    dh_stream_free(&p->s);
    dh_drill_destroy(p->d);
}

static void each_team_is_sent_its_own_order_and_a_replay_the_same(void **state)
{
    (void)state;
    dh_scenario *sc = build();
    dh_roster r;
    dh_roster_init(&r);
    static const char *const teams[] = {"hn", "hcm", "dn", "ct", "hp", "qn"};
    for (size_t t = 0; t < 6; t++) assert_int_equal(dh_roster_add(&r, teams[t], teams[t], "", 0), DH_OK);
    played a, b;
    play(&a, sc, &r, 2026);
    play(&b, sc, &r, 2026);   /* the same drill again: what a replay derives */
    char first[256], mine[256], again[256], eval[256];
    size_t differ = 0;
    for (int t = 0; t < 6; t++) {
        sent_order(&a.s, t, DH_VIEW_TEAM, mine, sizeof mine);
        sent_order(&b.s, t, DH_VIEW_TEAM, again, sizeof again);
        assert_string_equal(mine, again);
        /* the order the station draws is the order the drill gives this team */
        int order[5];
        dh_drill_option_order(a.d, t, 0, order);
        char want[256] = "";
        for (int p = 0; p < 5; p++) {
            strcat(want, sc->decisions[0].options[order[p]].id);
            strcat(want, " ");
        }
        assert_string_equal(mine, want);
        /* "none of the above" stays last for every team */
        assert_non_null(strstr(mine, "none "));
        assert_string_equal(strstr(mine, "none "), "none ");
        if (t == 0) memcpy(first, mine, sizeof first);
        else differ += strcmp(first, mine) != 0;
        sent_order(&a.s, t, DH_VIEW_EVAL, eval, sizeof eval);
        assert_string_equal(eval, "isolate reimage monitor none wait ");
    }
    assert_true(differ >= 3);   /* not one order for the whole drill */
    unplay(&a);
    unplay(&b);
    dh_roster_free(&r);
    dh_scenario_destroy(sc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(each_team_is_sent_its_own_order_and_a_replay_the_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
