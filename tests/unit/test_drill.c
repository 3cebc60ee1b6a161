/* test_drill.c — delivery, decisions, timeliness, timeouts, triggers, inputs
 * and ranking, on a scenario built in C (the script layer has its own suite). */
#include "dh_test.h"
#include "dh_buf.h"
#include "dh_autoplay.h"
#include "dh_drill.h"
#include "dh_eventlog.h"
#include "dh_rank.h"

#include <stdlib.h>

#include <string.h>

typedef struct fixture {
    dh_scenario *sc;
    dh_roster roster;
    dh_drill *d;
    dh_buf log;
    int when_calls;
    int refuse_inputs;
} fixture;

static void sink(void *ctx, const dh_logrec *r) { dh_eventlog_format(&((fixture *)ctx)->log, r); }

/* the "when" of inject `ransom`: deliver only to teams whose flag `spread` is set */
static int when_spread(void *ctx, dh_drill *d, int ref, int team, int inject)
{
    fixture *f = ctx;
    f->when_calls++;
    int name = dh_intern_find(dh_drill_names(d), "spread");
    const dh_value *v = name >= 0 ? dh_drill_flag_get(d, team, name) : NULL;
    return v && v->type == DH_VAL_BOOL && v->as.b;
}

static int gate(void *ctx, const dh_drill *d, const dh_input *in) { return ((fixture *)ctx)->refuse_inputs; }

static void text(dh_text *t, const char *s) { assert_int_equal(dh_text_set_neutral(t, s), 0); }

/* phish at 0:05 opens `first` (15m, timeliness 5m→15m floor 0.5, timeout `wait`);
 * `wait` sets spread and triggers `ransom` 10m later; ransom has a when. */
static dh_scenario *build(void)
{
    dh_scenario *sc = dh_scenario_create("t.lua");
    sc->line = 1;
    sc->id = dh_strdup("t");
    text(&sc->title, "T");
    sc->duration = DH_MS_HOUR;
    dh_named *c = dh_scenario_add_category(sc);
    c->id = dh_strdup("detect");
    text(&c->name, "Detect");
    c = dh_scenario_add_category(sc);
    c->id = dh_strdup("contain");
    text(&c->name, "Contain");
    dh_inject *in = dh_scenario_add_inject(sc);
    in->id = dh_strdup("phish");
    in->line = 2;
    in->at = 5 * DH_MS_MINUTE;
    text(&in->title, "Phish");
    in = dh_scenario_add_inject(sc);
    in->id = dh_strdup("ransom");
    in->line = 3;
    in->when_ref = 7;
    text(&in->title, "Ransom note");
    dh_decision *d = dh_scenario_add_decision(sc);
    d->id = dh_strdup("first");
    d->line = 4;
    d->on_id = dh_strdup("phish");
    d->within = 15 * DH_MS_MINUTE;
    d->speed = (dh_speed){1, 5 * DH_MS_MINUTE, 15 * DH_MS_MINUTE, 500};
    d->timeout_id = dh_strdup("wait");
    text(&d->prompt, "?");
    dh_option *o = dh_decision_add_option(d);
    o->id = dh_strdup("isolate");
    text(&o->text, "Isolate");
    dh_score_entry *e = dh_option_add_score(o);
    e->category_id = dh_strdup("contain");
    e->milli = 10000;
    e = dh_option_add_score(o);
    e->category_id = dh_strdup("detect");
    e->milli = -2000;
    o = dh_decision_add_option(d);
    o->id = dh_strdup("wait");
    text(&o->text, "Wait");
    dh_flag_set *fs = dh_option_add_set(o);
    fs->flag = dh_intern_add(&sc->names, "spread");
    fs->value = (dh_value){.type = DH_VAL_BOOL, .as.b = 1};
    dh_trigger *tr = dh_option_add_trigger(o);
    tr->inject_id = dh_strdup("ransom");
    tr->after = 10 * DH_MS_MINUTE;
    dh_diags diags;
    dh_diags_init(&diags);
    assert_int_equal(dh_scenario_finalize(sc, &diags), DH_OK);
    dh_diags_free(&diags);
    return sc;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->sc = build();
    dh_roster_init(&f->roster);
    dh_roster_add(&f->roster, "hn", "Hà Nội", "north", 2);
    dh_roster_add(&f->roster, "hcm", "TP. Hồ Chí Minh", "south", 3);
    dh_roster_add(&f->roster, "dn", "Đà Nẵng", "central", 4);
    dh_drill_config cfg = {f->sc, &f->roster, 1, {f, when_spread, NULL}};
    f->d = dh_drill_create(&cfg);
    assert_non_null(f->d);
    dh_buf_init(&f->log);
    dh_drill_add_sink(f->d, sink, f);
    dh_drill_set_gate(f->d, gate, f);
    assert_int_equal(dh_drill_start(f->d), DH_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    dh_drill_destroy(f->d);
    dh_roster_free(&f->roster);
    dh_scenario_destroy(f->sc);
    dh_buf_free(&f->log);
    free(f);
    return 0;
}

static dh_status choose(fixture *f, int team, const char *opt)
{
    char err[128];
    dh_input in = {.kind = DH_IN_CHOICE, .t = dh_drill_now(f->d), .team = team, .decision = 0,
                   .option = dh_decision_find_option(&f->sc->decisions[0], opt)};
    return dh_drill_apply(f->d, &in, err, sizeof err);
}

static void injects_reach_every_team_in_roster_order(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 5 * DH_MS_MINUTE);
    assert_string_equal(dh_buf_cstr(&f->log),
                        "{\"t\":0,\"type\":\"start\",\"id\":\"t\"}\n"
                        "{\"t\":300000,\"type\":\"inject\",\"team\":\"hn\",\"id\":\"phish\"}\n"
                        "{\"t\":300000,\"type\":\"open\",\"team\":\"hn\",\"id\":\"first\",\"deadline\":1200000}\n"
                        "{\"t\":300000,\"type\":\"inject\",\"team\":\"hcm\",\"id\":\"phish\"}\n"
                        "{\"t\":300000,\"type\":\"open\",\"team\":\"hcm\",\"id\":\"first\",\"deadline\":1200000}\n"
                        "{\"t\":300000,\"type\":\"inject\",\"team\":\"dn\",\"id\":\"phish\"}\n"
                        "{\"t\":300000,\"type\":\"open\",\"team\":\"dn\",\"id\":\"first\",\"deadline\":1200000}\n");
    assert_int_equal(dh_drill_delivered_at(f->d, 2, 0), 5 * DH_MS_MINUTE);
}

static void a_prompt_answer_earns_full_points_and_negatives_stay_whole(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 8 * DH_MS_MINUTE); /* 3 minutes after opening: inside `full` */
    assert_int_equal(choose(f, 0, "isolate"), DH_OK);
    assert_int_equal(dh_drill_points(f->d, 0, 1), 10000);
    assert_int_equal(dh_drill_points(f->d, 0, 0), -2000);
    assert_int_equal(dh_drill_team_total(f->d, 0), 8000);
    assert_int_equal(dh_drill_decision_time(f->d, 0), 3 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_decision(f->d, 0, 0)->status, DH_DEC_ANSWERED);
}

static void a_late_answer_earns_the_timeliness_share(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 15 * DH_MS_MINUTE); /* 10m after opening: halfway 5m→15m */
    assert_int_equal(choose(f, 1, "isolate"), DH_OK);
    assert_int_equal(dh_drill_decision(f->d, 1, 0)->factor, 750);
    assert_int_equal(dh_drill_points(f->d, 1, 1), 7500);
    assert_int_equal(dh_drill_points(f->d, 1, 0), -2000); /* penalties are not discounted */
}

static void a_decision_takes_one_answer(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 6 * DH_MS_MINUTE);
    assert_int_equal(choose(f, 0, "isolate"), DH_OK);
    size_t len = f->log.len;
    assert_int_equal(choose(f, 0, "wait"), DH_ESTATE);
    assert_int_equal(f->log.len, len);
    assert_int_equal(dh_drill_team_total(f->d, 0), 8000);
}

static void the_timeout_applies_its_option_flags_and_triggers_per_team(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 6 * DH_MS_MINUTE);
    assert_int_equal(choose(f, 0, "isolate"), DH_OK); /* hn answers; the others time out */
    dh_drill_advance(f->d, 20 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_decision(f->d, 1, 0)->status, DH_DEC_EXPIRED);
    assert_int_equal(dh_drill_decision(f->d, 1, 0)->option, 1);
    assert_non_null(strstr(dh_buf_cstr(&f->log),
                           "{\"t\":1200000,\"type\":\"expire\",\"team\":\"hcm\",\"id\":\"first\","
                           "\"option\":\"wait\",\"elapsed\":900000,\"factor\":0.5,\"points\":{}}"));
    dh_drill_advance(f->d, 30 * DH_MS_MINUTE); /* the ransom note: 10m after the timeout */
    assert_int_equal(dh_drill_delivered_at(f->d, 1, 1), 30 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_delivered_at(f->d, 2, 1), 30 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_delivered_at(f->d, 0, 1), DH_MS_NEVER); /* never triggered */
    assert_int_equal(f->when_calls, 2);
}

static void a_false_when_withholds(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 6 * DH_MS_MINUTE);
    dh_drill_schedule_inject(f->d, 0, 1, 0); /* hn has no `spread` flag */
    dh_drill_advance(f->d, 7 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_delivered_at(f->d, 0, 1), DH_MS_NEVER);
    assert_non_null(strstr(dh_buf_cstr(&f->log),
                           "{\"t\":360000,\"type\":\"withheld\",\"team\":\"hn\",\"id\":\"ransom\"}"));
}

static void a_facilitator_delivery_ignores_when(void **state)
{
    fixture *f = *state;
    char err[128];
    dh_drill_advance(f->d, 2 * DH_MS_MINUTE);
    dh_input in = {.kind = DH_IN_DELIVER, .t = dh_drill_now(f->d), .team = 2, .inject = 1};
    assert_int_equal(dh_drill_apply(f->d, &in, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_delivered_at(f->d, 2, 1), 2 * DH_MS_MINUTE);
    assert_int_equal(dh_drill_delivered_at(f->d, 0, 1), DH_MS_NEVER);
    assert_int_equal(f->when_calls, 0);
}

static void a_refused_gate_changes_nothing(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 6 * DH_MS_MINUTE);
    f->refuse_inputs = 1;
    size_t len = f->log.len;
    assert_int_equal(choose(f, 0, "isolate"), DH_EIO);
    assert_int_equal(f->log.len, len);
    assert_int_equal(dh_drill_decision(f->d, 0, 0)->status, DH_DEC_OPEN);
    assert_int_equal(dh_drill_team_total(f->d, 0), 0);
}

static void a_refused_scheduled_input_stops_the_drill(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 5 * DH_MS_MINUTE);
    dh_drill_schedule_choice(f->d, 1, 0, 0, 7 * DH_MS_MINUTE, DH_SRC_BOT);
    f->refuse_inputs = 1;
    assert_int_equal(dh_drill_advance(f->d, 30 * DH_MS_MINUTE), DH_EIO);
    assert_int_equal(dh_drill_now(f->d), 7 * DH_MS_MINUTE); /* stopped at the refused input */
    assert_int_equal(dh_drill_decision(f->d, 1, 0)->status, DH_DEC_OPEN);
    assert_int_equal(dh_drill_advance(f->d, 40 * DH_MS_MINUTE), DH_EIO);
}

static void adjustments_and_notes_are_logged(void **state)
{
    fixture *f = *state;
    char err[128];
    dh_drill_advance(f->d, 60000);
    dh_input adj = {.kind = DH_IN_ADJUST, .t = dh_drill_now(f->d), .team = 2, .category = 0,
                    .milli = 2500, .text = "called the hotline"};
    assert_int_equal(dh_drill_apply(f->d, &adj, err, sizeof err), DH_OK);
    dh_input note = {.kind = DH_IN_NOTE, .t = dh_drill_now(f->d), .team = -1, .text = "Phòng họp B"};
    assert_int_equal(dh_drill_apply(f->d, &note, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_team_total(f->d, 2), 2500);
    assert_non_null(strstr(dh_buf_cstr(&f->log),
                           "{\"t\":60000,\"type\":\"adjust\",\"team\":\"dn\",\"category\":\"detect\","
                           "\"points\":2.5,\"reason\":\"called the hotline\",\"by\":\"evaluator\"}\n"
                           "{\"t\":60000,\"type\":\"control\",\"action\":\"note\",\"text\":\"Phòng họp B\"}\n"));
}

static void the_end_expires_what_is_open_and_stops_time(void **state)
{
    fixture *f = *state;
    char err[128];
    dh_drill_advance(f->d, 6 * DH_MS_MINUTE);
    dh_input end = {.kind = DH_IN_END, .t = dh_drill_now(f->d)};
    assert_int_equal(dh_drill_apply(f->d, &end, err, sizeof err), DH_OK);
    assert_true(dh_drill_ended(f->d));
    for (int t = 0; t < 3; t++)
        assert_int_equal(dh_drill_decision(f->d, t, 0)->status, DH_DEC_EXPIRED);
    const char *log = dh_buf_cstr(&f->log);
    assert_non_null(strstr(log, "{\"t\":360000,\"type\":\"control\",\"action\":\"end\"}\n"));
    assert_non_null(strstr(log, "{\"t\":360000,\"type\":\"end\"}\n"));
    size_t len = f->log.len;
    dh_drill_advance(f->d, DH_MS_HOUR);
    assert_int_equal(f->log.len, len);
    assert_int_equal(choose(f, 0, "isolate"), DH_ESTATE);
}

static void points_saturate_instead_of_overflowing(void **state)
{
    fixture *f = *state;
    char err[128];
    for (int i = 0; i < 3; i++) {
        dh_input adj = {.kind = DH_IN_ADJUST, .t = dh_drill_now(f->d), .team = 0, .category = 0,
                        .milli = DH_POINTS_MAX / 2 + 1, .text = "big"};
        assert_int_equal(dh_drill_apply(f->d, &adj, err, sizeof err), DH_OK);
    }
    assert_true(dh_drill_team_total(f->d, 0) == DH_POINTS_MAX);
    assert_true(dh_drill_points(f->d, 0, 0) == DH_POINTS_MAX);
    assert_true(dh_points_add(-DH_POINTS_MAX, -5) == -DH_POINTS_MAX);
}

static void ranking_orders_by_total_then_time(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 7 * DH_MS_MINUTE);
    assert_int_equal(choose(f, 2, "isolate"), DH_OK); /* dn: 8 points after 2m */
    dh_drill_advance(f->d, 9 * DH_MS_MINUTE);
    assert_int_equal(choose(f, 0, "isolate"), DH_OK); /* hn: 8 points after 4m */
    assert_int_equal(choose(f, 1, "wait"), DH_OK);    /* hcm: 0 points */
    dh_drill_run_to_end(f->d);
    dh_ranking rk;
    assert_int_equal(dh_rank_compute(f->d, &rk), DH_OK);
    assert_int_equal(rk.order[0], 2);
    assert_int_equal(rk.order[1], 0);
    assert_int_equal(rk.order[2], 1);
    assert_int_equal(rk.bracket_rank[1], 1); /* alone in its bracket */
    assert_int_equal(rk.rank[2], 1);
    assert_int_equal(rk.rank[0], 2);
    assert_int_equal(rk.rank[1], 3);
    assert_true(dh_rank_podium(&rk, 1));
    dh_ranking_free(&rk);
}

/* Equal points and equal time to decide: the teams share a rank and the next
 * one skips (1, 2, 2), whatever their ids. */
static void tied_teams_share_a_rank(void **state)
{
    fixture *f = *state;
    dh_drill_advance(f->d, 7 * DH_MS_MINUTE);
    assert_int_equal(choose(f, 2, "isolate"), DH_OK); /* dn alone on top */
    dh_drill_advance(f->d, 9 * DH_MS_MINUTE);
    assert_int_equal(choose(f, 1, "wait"), DH_OK);    /* hcm and hn: 0 points after 4m */
    assert_int_equal(choose(f, 0, "wait"), DH_OK);
    dh_drill_run_to_end(f->d);
    dh_ranking rk;
    assert_int_equal(dh_rank_compute(f->d, &rk), DH_OK);
    assert_int_equal(rk.rank[2], 1);
    assert_int_equal(rk.rank[0], 2);
    assert_int_equal(rk.rank[1], 2);
    assert_int_equal(rk.tied[0], 2);
    assert_int_equal(rk.tied[2], 1);
    dh_ranking_free(&rk);
}

/* Nobody answered: every team ties at rank 1, and there is no podium. */
static void a_drill_where_all_tie_has_no_podium(void **state)
{
    fixture *f = *state;
    dh_drill_run_to_end(f->d);
    dh_ranking rk;
    assert_int_equal(dh_rank_compute(f->d, &rk), DH_OK);
    for (int t = 0; t < 3; t++) {
        assert_int_equal(rk.rank[t], 1);
        assert_int_equal(rk.bracket_rank[t], 1);
        assert_false(dh_rank_podium(&rk, t));
    }
    dh_ranking_free(&rk);
}

/* Responses read back from a damaged record (fuzz_record found decision 960000
 * in crashes/record/) made attach write far outside its table. */
static void responses_that_point_nowhere_are_refused(void **state)
{
    fixture *f = *state;
    static const dh_response bad[] = {{0, 960000, 0, 0, 2}, {999999, 0, 0, 0, 2},
                                      {-1, 0, 0, 0, 2}, {0, 0, 7, 0, 2}, {0, -3, 0, 0, 2}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dh_response items[2] = {{1, 0, 1, 6 * DH_MS_MINUTE, 1}, bad[i]};
        dh_responses rs = {.items = items, .count = 2};
        dh_autoplay ap;
        assert_int_equal(dh_autoplay_attach(&ap, f->d, DH_BOT_BEST, &rs), DH_EINPUT);
        dh_autoplay_free(&ap);
    }
    dh_response good = {1, 0, 1, 6 * DH_MS_MINUTE, 1};
    dh_responses rs = {.items = &good, .count = 1};
    dh_autoplay ap;
    assert_int_equal(dh_autoplay_attach(&ap, f->d, DH_BOT_BEST, &rs), DH_OK);
    dh_autoplay_free(&ap);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(injects_reach_every_team_in_roster_order),
        T(a_prompt_answer_earns_full_points_and_negatives_stay_whole),
        T(a_late_answer_earns_the_timeliness_share),
        T(a_decision_takes_one_answer),
        T(the_timeout_applies_its_option_flags_and_triggers_per_team),
        T(a_false_when_withholds),
        T(a_facilitator_delivery_ignores_when),
        T(a_refused_gate_changes_nothing),
        T(a_refused_scheduled_input_stops_the_drill),
        T(adjustments_and_notes_are_logged),
        T(the_end_expires_what_is_open_and_stops_time),
        T(points_saturate_instead_of_overflowing),
        T(ranking_orders_by_total_then_time),
        T(tied_teams_share_a_rank),
        T(a_drill_where_all_tie_has_no_podium),
        T(responses_that_point_nowhere_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
