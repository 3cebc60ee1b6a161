/* test_report.c — the report layer on a drill built in the test: evaluator
 * adjustments and notes reach every format, text is escaped, per-decision
 * points add up to the engine's totals, findings follow the rule. */
#include "dh_test.h"
#include "dh_aar.h"
#include "dh_autoplay.h"
#include "dh_quality.h"
#include "dh_report.h"
#include "dh_report_eval.h"
#include "dh_script.h"
#include "dh_snapshot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct fx {
    dh_script *script;
    dh_scenario *sc;
    dh_roster roster;
    dh_drill *d;
    dh_autoplay ap;
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    dh_diags diags;
    dh_diags_init(&diags);
    f->script = dh_script_create(NULL, 3);
    assert_int_equal(dh_script_load(f->script, DH_SOURCE_DIR "/tests/cli/tour.lua", &f->sc, &diags),
                     DH_OK);
    dh_diags_free(&diags);
    dh_roster_init(&f->roster);
    dh_roster_add(&f->roster, "hn", "Hà Nội <HQ> & \"co\"", "north", 0);
    dh_roster_add(&f->roster, "hcm", "Hồ Chí Minh", "south", 0);
    dh_roster_add(&f->roster, "dn", "Đà Nẵng", "south", 0);
    dh_drill_config cfg = {f->sc, &f->roster, 3, dh_script_iface_for(f->script)};
    f->d = dh_drill_create(&cfg);
    assert_int_equal(dh_drill_start(f->d), DH_OK);
    assert_int_equal(dh_autoplay_attach(&f->ap, f->d, DH_BOT_BEST, NULL), DH_OK);
    char err[256];
    assert_int_equal(dh_drill_advance(f->d, 20 * DH_MS_MINUTE), DH_OK);
    dh_input adj = {.kind = DH_IN_ADJUST, .t = dh_drill_now(f->d), .team = 1, .category = 1,
                    .milli = -2500, .text = "báo cáo chậm <b>"};
    assert_int_equal(dh_drill_apply(f->d, &adj, err, sizeof err), DH_OK);
    dh_input note = {.kind = DH_IN_NOTE, .t = dh_drill_now(f->d), .team = 0, .text = "gọi đúng quy trình"};
    assert_int_equal(dh_drill_apply(f->d, &note, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_run_to_end(f->d), DH_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    dh_autoplay_free(&f->ap);
    dh_drill_destroy(f->d);
    dh_roster_free(&f->roster);
    dh_script_destroy(f->script);
    free(f);
    return 0;
}

static const dh_report_meta meta = {"t.drill", 1764000000000000, "abc123", "test", DH_LANG_VI, NULL, NULL};

static void html_carries_adjustments_notes_and_escapes_text(void **state)
{
    fx *f = *state;
    dh_buf b;
    dh_buf_init(&b);
    assert_int_equal(dh_report_html(&b, f->d, &meta), DH_OK);
    const char *s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "báo cáo chậm &lt;b&gt;"));
    assert_non_null(strstr(s, "gọi đúng quy trình"));
    assert_non_null(strstr(s, "Hà Nội &lt;HQ&gt; &amp; &quot;co&quot;"));
    assert_null(strstr(s, "<HQ>"));
    assert_non_null(strstr(s, "<html lang=\"vi\">"));
    assert_non_null(strstr(s, "abc123"));
    assert_non_null(strstr(s, "id=\"team-hcm\""));
    dh_buf_free(&b);
}

static void json_and_csv_carry_the_engines_figures(void **state)
{
    fx *f = *state;
    dh_buf b;
    dh_buf_init(&b);
    assert_int_equal(dh_report_json(&b, f->d, &meta), DH_OK);
    const char *s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "\"reason\":\"báo cáo chậm <b>\""));
    assert_non_null(strstr(s, "\"points\":-2.5"));
    dh_buf_reset(&b);
    assert_int_equal(dh_report_csv_scoreboard(&b, f->d), DH_OK);
    s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "\"Hà Nội <HQ> & \"\"co\"\"\""));
    dh_buf_free(&b);
}

static void decision_points_add_up_to_the_totals(void **state)
{
    fx *f = *state;
    int64_t pts[8];
    for (size_t t = 0; t < dh_drill_team_count(f->d); t++) {
        int64_t sum = 0;
        for (size_t k = 0; k < dh_drill_decision_count(f->d); k++) {
            dh_aar_decision_points(f->d, (int)t, (int)k, pts);
            for (size_t c = 0; c < dh_drill_category_count(f->d); c++) sum += pts[c];
        }
        for (size_t i = 0; i < dh_drill_adjustment_count(f->d); i++)
            if (dh_drill_adjustment_at(f->d, i)->team == (int)t) sum += dh_drill_adjustment_at(f->d, i)->milli;
        assert_int_equal(sum, dh_drill_team_total(f->d, t));
    }
}

static void best_bots_make_strengths(void **state)
{
    fx *f = *state;
    dh_aar a;
    assert_int_equal(dh_aar_compute(&a, f->d), DH_OK);
    int triage = dh_scenario_find_decision(f->sc, "triage");
    assert_int_equal(a.decisions[triage].opened, 3);
    assert_int_equal(a.decisions[triage].best, 3);
    assert_int_equal(a.decisions[triage].finding, DH_FIND_STRENGTH);
    assert_int_equal(a.rk.order[0] >= 0, 1);
    assert_int_equal(a.teams[1].answered, a.teams[1].opened);
    dh_aar_free(&a);
}

/* Points far out of any real range (an adjustment of -1e9 points, and totals
 * saturated at the engine's limit) must not make the report's axis longer:
 * the report's size, and so its time, does not depend on point values. */
static size_t report_size_with_adjustments(const int64_t *milli, size_t n)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *script = dh_script_create(NULL, 3);
    dh_scenario *sc;
    assert_int_equal(dh_script_load(script, DH_SOURCE_DIR "/tests/cli/tour.lua", &sc, &diags),
                     DH_OK);
    dh_diags_free(&diags);
    dh_roster roster;
    dh_roster_init(&roster);
    /* ten teams: sums of saturated totals over all of them must not overflow */
    for (int t = 0; t < 10; t++) {
        char id[8];
        snprintf(id, sizeof id, "t%d", t);
        dh_roster_add(&roster, id, id, "all", 0);
    }
    dh_drill_config cfg = {sc, &roster, 3, dh_script_iface_for(script)};
    dh_drill *d = dh_drill_create(&cfg);
    assert_int_equal(dh_drill_start(d), DH_OK);
    assert_int_equal(dh_drill_advance(d, 20 * DH_MS_MINUTE), DH_OK);
    char err[256];
    for (size_t i = 0; i < n; i++)
        for (int t = 0; t < 10; t++) {
            dh_input adj = {.kind = DH_IN_ADJUST, .t = dh_drill_now(d), .team = t,
                            .category = (int)(i % 2), .milli = milli[i], .text = "extreme"};
            assert_int_equal(dh_drill_apply(d, &adj, err, sizeof err), DH_OK);
        }
    assert_int_equal(dh_drill_run_to_end(d), DH_OK);
    dh_buf b;
    dh_buf_init(&b);
    assert_int_equal(dh_report_html(&b, d, &meta), DH_OK);
    size_t len = b.len;
    assert_non_null(strstr(dh_buf_cstr(&b), "extreme"));
    /* the other formats print the same numbers */
    dh_buf_reset(&b);
    assert_int_equal(dh_report_json(&b, d, &meta), DH_OK);
    assert_true(b.len < 2 * len);
    dh_buf_reset(&b);
    assert_int_equal(dh_report_csv_scoreboard(&b, d), DH_OK);
    assert_int_equal(dh_report_csv_decisions(&b, d), DH_OK);
    assert_true(b.len < len);
    dh_buf_free(&b);
    dh_drill_destroy(d);
    dh_roster_free(&roster);
    dh_script_destroy(script);
    return len;
}

static void extreme_points_keep_the_report_small(void **state)
{
    (void)state;
    const int64_t normal[] = {-2500, 1500, -7000, 3000};
    size_t base = report_size_with_adjustments(normal, 4);
    const int64_t big[] = {-1000000000000LL, 1000000000000LL, -1000000000000LL, 5}; /* ±1e9 points */
    const int64_t huge[] = {INT64_MIN, INT64_MIN, INT64_MIN, INT64_MIN}; /* saturate */
    const int64_t mixed[] = {INT64_MIN, 7, INT64_MAX, 3};
    size_t sizes[] = {report_size_with_adjustments(big, 4), report_size_with_adjustments(huge, 4),
                      report_size_with_adjustments(mixed, 4)};
    /* a few ticks and labels more or less, never one per step of the range */
    for (size_t i = 0; i < 3; i++) {
        print_message("report: %zu bytes (ordinary points: %zu)\n", sizes[i], base);
        assert_true(sizes[i] < base + 16384);
    }
}

/* A team that chooses the best option late: the console's mark and the report's
 * tag must say the same thing about it (the console used to judge the late,
 * factor-reduced points and showed "mixed" where the report said "best"). */
static void console_and_report_agree_on_a_late_best_answer(void **state)
{
    (void)state;
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *script = dh_script_create(NULL, 3);
    dh_scenario *sc = NULL;
    assert_int_equal(dh_script_load(script, DH_SOURCE_DIR "/tests/cli/tour.lua", &sc, &diags),
                     DH_OK);
    dh_diags_free(&diags);
    dh_roster roster;
    dh_roster_init(&roster);
    dh_roster_add(&roster, "hn", "Hà Nội", "north", 0);
    dh_drill_config cfg = {sc, &roster, 3, dh_script_iface_for(script)};
    dh_drill *d = dh_drill_create(&cfg);
    assert_int_equal(dh_drill_start(d), DH_OK);
    int dec = dh_scenario_find_decision(sc, "triage");
    int best = dh_decision_best_option(&sc->decisions[dec]);
    /* opens at 0:05; full points end 2 minutes later, answer after 8 */
    assert_int_equal(dh_drill_advance(d, 13 * DH_MS_MINUTE), DH_OK);
    dh_input in = {.kind = DH_IN_CHOICE, .t = dh_drill_now(d), .team = 0, .decision = dec,
                  .option = best};
    char err[256];
    assert_int_equal(dh_drill_apply(d, &in, err, sizeof err), DH_OK);
    const dh_decision_state *st = dh_drill_decision(d, 0, dec);
    assert_true(st->factor < 1000); /* it was late: fewer than the option's full points */
    assert_true(st->points < sc->decisions[dec].options[best].total * 3 / 4);
    assert_int_equal(dh_snap_quality(d, 0, dec), DH_Q_GOOD);
    assert_int_equal(dh_drill_run_to_end(d), DH_OK);

    dh_buf b;
    dh_buf_init(&b);
    dh_report_meta m = meta;
    m.lang = DH_LANG_EN;
    assert_int_equal(dh_report_html(&b, d, &m), DH_OK);
    assert_non_null(strstr(dh_buf_cstr(&b), "<span class=\"tag best\">best option</span>"));
    dh_buf_free(&b);
    dh_drill_destroy(d);
    dh_roster_free(&roster);
    dh_script_destroy(script);
}

/* --- the annual evaluation: objectives, ratings, the control log, an early end -- */

typedef struct evfx {
    dh_script *script;
    dh_scenario *sc;
    dh_roster roster;
    dh_drill *d;
} evfx;

static void apply_at(dh_drill *d, dh_ms t, dh_input in)
{
    char err[256];
    if (t > dh_drill_now(d)) assert_int_equal(dh_drill_advance(d, t), DH_OK);
    in.t = dh_drill_now(d);
    assert_int_equal(dh_drill_apply(d, &in, err, sizeof err), DH_OK);
}

/* hn answers both with the best option; hcm gets `spread` by hand at 0:12,
 * forwards the mail and isolates; dn answers nothing. The facilitator pauses,
 * speeds up and ends the drill at 0:25; an evaluator rates dn's reporting M. */
static evfx *eval_drill(void)
{
    evfx *f = calloc(1, sizeof *f);
    dh_diags diags;
    dh_diags_init(&diags);
    f->script = dh_script_create(NULL, 3);
    assert_int_equal(dh_script_load(f->script, DH_SOURCE_DIR "/tests/report/fixtures/objectives.lua",
                                    &f->sc, &diags), DH_OK);
    dh_diags_free(&diags);
    dh_roster_init(&f->roster);
    dh_roster_add(&f->roster, "hn", "Hà Nội", "north", 0);
    dh_roster_add(&f->roster, "hcm", "Hồ Chí Minh", "south", 0);
    dh_roster_add(&f->roster, "dn", "Đà Nẵng", "south", 0);
    dh_drill_config cfg = {f->sc, &f->roster, 3, dh_script_iface_for(f->script)};
    f->d = dh_drill_create(&cfg);
    dh_drill *d = f->d;
    assert_int_equal(dh_drill_start(d), DH_OK);
    int triage = dh_scenario_find_decision(f->sc, "triage");
    int contain = dh_scenario_find_decision(f->sc, "contain");
    int spread = dh_scenario_find_inject(f->sc, "spread");
    apply_at(d, 6 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_CHOICE, .team = 0, .decision = triage, .option = 0});
    apply_at(d, 7 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_CHOICE, .team = 1, .decision = triage, .option = 1});
    apply_at(d, 8 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_PAUSE, .team = -1});
    apply_at(d, 8 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_RESUME, .team = -1});
    apply_at(d, 9 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_SPEED, .team = -1, .speed_milli = 2000});
    apply_at(d, 12 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_DELIVER, .team = 1, .inject = spread});
    apply_at(d, 13 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_CHOICE, .team = 1, .decision = contain, .option = 0});
    apply_at(d, 21 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_CHOICE, .team = 0, .decision = contain, .option = 0});
    apply_at(d, 22 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_RATE, .team = 2, .decision = 0,
                                              .milli = DH_RATE_M, .text = "báo cáo qua điện thoại"});
    apply_at(d, 25 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_END, .team = -1});
    return f;
}

static void eval_free(evfx *f)
{
    dh_drill_destroy(f->d);
    dh_roster_free(&f->roster);
    dh_script_destroy(f->script);
    free(f);
}

static void an_early_end_is_reported_as_such(void **state)
{
    (void)state;
    evfx *f = eval_drill();
    assert_true(dh_drill_ended(f->d));
    assert_true(dh_drill_ended_early(f->d));
    assert_int_equal(dh_drill_end_time(f->d), 25 * DH_MS_MINUTE);
    dh_buf b;
    dh_buf_init(&b);
    dh_report_meta m = meta;
    m.lang = DH_LANG_EN;
    assert_int_equal(dh_report_html(&b, f->d, &m), DH_OK);
    const char *s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "T+1:00:00<b> — ended early by the facilitator at T+0:25:00</b>"));
    assert_non_null(strstr(s, "class=\"ended-early\""));
    /* the control log, in order */
    const char *log = strstr(s, "id=\"control-log\"");
    assert_non_null(log);
    const char *p1 = strstr(log, "paused"), *p2 = strstr(log, "resumed"),
               *p3 = strstr(log, "speed set to 2×"), *p4 = strstr(log, "sent by hand to Hồ Chí Minh: Malware spreads"),
               *p5 = strstr(log, "ended early by the facilitator (scenario duration T+1:00:00)");
    assert_true(p1 && p2 && p3 && p4 && p5 && p1 < p2 && p2 < p3 && p3 < p4 && p4 < p5);
    dh_buf_reset(&b);
    assert_int_equal(dh_report_json(&b, f->d, &m), DH_OK);
    s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "\"ended\":true,\"ended_early\":true,\"ended_ms\":1500000"));
    assert_non_null(strstr(s, "{\"t_ms\":720000,\"action\":\"deliver\",\"inject\":\"spread\",\"team\":\"hcm\"}"));
    dh_buf_free(&b);
    eval_free(f);
}

/* The scenario delivered `spread` at 0:20; hcm had it by hand at 0:12. The
 * timeline's "first delivery" is the scenario's, the hand delivery apart. */
static void a_hand_sent_inject_is_not_the_first_delivery(void **state)
{
    (void)state;
    evfx *f = eval_drill();
    int spread = dh_scenario_find_inject(f->sc, "spread");
    assert_true(dh_drill_delivered_by_hand(f->d, 1, spread));
    assert_false(dh_drill_delivered_by_hand(f->d, 0, spread));
    dh_buf b;
    dh_buf_init(&b);
    dh_report_meta m = meta;
    m.lang = DH_LANG_EN;
    assert_int_equal(dh_report_html(&b, f->d, &m), DH_OK);
    const char *s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "Malware spreads — T+0:20:00, 2/3 teams</title>"));
    assert_non_null(strstr(s, "Malware spreads — T+0:12:00, sent by hand</title>"));
    assert_null(strstr(s, "Malware spreads — T+0:12:00, 3/3"));
    dh_buf_free(&b);
    eval_free(f);
}

static void objectives_are_rated_by_the_rule_and_an_evaluator_can_override(void **state)
{
    (void)state;
    evfx *f = eval_drill();
    dh_aar a;
    assert_int_equal(dh_aar_compute(&a, f->d), DH_OK);
    /* report-fast (triage): hn best → P; hcm another option → M; dn missed → U, rated M */
    assert_int_equal(a.rating[0 * 4 + 0], DH_RATE_P);
    assert_int_equal(a.rating[1 * 4 + 0], DH_RATE_M);
    assert_int_equal(a.computed[2 * 4 + 0], DH_RATE_U);
    assert_int_equal(a.rating[2 * 4 + 0], DH_RATE_M);
    assert_non_null(a.override[2 * 4 + 0]);
    /* contain-spread (triage, contain): hn P; hcm 1 best of 2, none missed → S; dn U */
    assert_int_equal(a.rating[0 * 4 + 1], DH_RATE_P);
    assert_int_equal(a.rating[1 * 4 + 1], DH_RATE_S);
    assert_int_equal(a.rating[2 * 4 + 1], DH_RATE_U);
    /* the bare-text objective has no evidence: not rated */
    assert_int_equal(a.rating[0 * 4 + 2], -1);
    /* overall: the median team rating (P, M, M → M; P, S, U → S) */
    assert_int_equal(a.objectives[0].rating, DH_RATE_M);
    assert_int_equal(a.objectives[1].rating, DH_RATE_S);
    assert_int_equal(a.objectives[0].count[DH_RATE_M], 2);
    assert_int_equal(a.objectives[2].rating, -1);
    /* escalate is named by options: report (hn) meets it, forward (hcm) does not */
    assert_int_equal(a.rating[0 * 4 + 3], DH_RATE_P);
    assert_int_equal(a.rating[1 * 4 + 3], DH_RATE_M);
    assert_int_equal(a.rating[2 * 4 + 3], DH_RATE_U);
    dh_aar_free(&a);
    /* where options name the objective they say what meets it (call, not the
     * best option, does; forward does not); where only the decision names it,
     * the best option does */
    const dh_decision *tri = &f->sc->decisions[dh_scenario_find_decision(f->sc, "triage")];
    int met = -1;
    assert_true(dh_decision_evidences(tri, 3, 2, &met));
    assert_true(met);
    assert_true(dh_decision_evidences(tri, 3, 1, &met));
    assert_false(met);
    assert_true(dh_decision_evidences(tri, 0, 0, &met)); /* report-fast: the best option */
    assert_true(met);
    assert_false(dh_decision_evidences(tri, 2, 0, &met)); /* the bare text: nothing names it */
    assert_int_equal(dh_aar_rate(2, 2, 0), DH_RATE_P);
    assert_int_equal(dh_aar_rate(1, 2, 0), DH_RATE_S);
    assert_int_equal(dh_aar_rate(1, 2, 1), DH_RATE_M);
    assert_int_equal(dh_aar_rate(0, 0, 2), DH_RATE_U);
    assert_int_equal(dh_aar_rate(0, 0, 0), -1);

    dh_buf b;
    dh_buf_init(&b);
    dh_report_meta m = meta;
    m.lang = DH_LANG_VI;
    assert_int_equal(dh_report_html(&b, f->d, &m), DH_OK);
    const char *s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "id=\"executive-summary\""));
    assert_non_null(strstr(s, "Đánh giá (HSEEP)"));     /* the rule, written */
    assert_non_null(strstr(s, "id=\"improvement-plan\""));
    assert_non_null(strstr(s, "báo cáo qua điện thoại")); /* the override's reason */
    assert_non_null(strstr(s, "<td class=\"n\">1 / 0 / 2 / 0</td>"));
    dh_buf_reset(&b);
    assert_int_equal(dh_report_json(&b, f->d, &m), DH_OK);
    s = dh_buf_cstr(&b);
    assert_non_null(strstr(s, "\"report-fast\":{\"rating\":\"M\",\"computed\":\"U\",\"override\":"));
    assert_non_null(strstr(s, "{\"id\":\"contain-spread\",\"overall\":{\"rating\":\"S\""));
    dh_buf_free(&b);
    eval_free(f);
}

/* Headline figures keep the count: one decimal under 10 %, never 100 % or 0 %
 * for a share that is not all or none. */
/* contain's third option is worth as much as its first: choosing it is a good
 * answer on the console and meets the objective in the report, the same as the
 * first best option does (it used to rate S, as if it were a lesser answer). */
static void an_equal_best_option_meets_the_objective(void **state)
{
    (void)state;
    evfx *f = calloc(1, sizeof *f);
    dh_diags diags;
    dh_diags_init(&diags);
    f->script = dh_script_create(NULL, 3);
    assert_int_equal(dh_script_load(f->script, DH_SOURCE_DIR "/tests/report/fixtures/objectives.lua",
                                    &f->sc, &diags), DH_OK);
    dh_diags_free(&diags);
    dh_roster_init(&f->roster);
    dh_roster_add(&f->roster, "hn", "Hà Nội", "north", 0);
    dh_roster_add(&f->roster, "hcm", "Hồ Chí Minh", "south", 0);
    dh_drill_config cfg = {f->sc, &f->roster, 2, dh_script_iface_for(f->script)};
    f->d = dh_drill_create(&cfg);
    assert_int_equal(dh_drill_start(f->d), DH_OK);
    int triage = dh_scenario_find_decision(f->sc, "triage");
    int contain = dh_scenario_find_decision(f->sc, "contain");
    const dh_decision *de = &f->sc->decisions[contain];
    int unplug = 2;
    assert_string_equal(de->options[unplug].id, "unplug");
    assert_int_equal(de->options[unplug].total, de->options[dh_decision_best_option(de)].total);
    assert_int_not_equal(unplug, dh_decision_best_option(de));
    assert_int_equal(dh_quality_of(de, unplug), DH_Q_GOOD);
    for (int t = 0; t < 2; t++)
        apply_at(f->d, 6 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_CHOICE, .team = t, .decision = triage});
    apply_at(f->d, 21 * DH_MS_MINUTE, (dh_input){.kind = DH_IN_CHOICE, .team = 0, .decision = contain, .option = 0});
    apply_at(f->d, 21 * DH_MS_MINUTE,
             (dh_input){.kind = DH_IN_CHOICE, .team = 1, .decision = contain, .option = unplug});
    assert_int_equal(dh_drill_run_to_end(f->d), DH_OK);
    int met = 0;
    assert_true(dh_decision_evidences(de, 1, unplug, &met));
    assert_true(met);
    assert_true(dh_decision_evidences(de, 1, 1, &met));
    assert_false(met);
    dh_aar a;
    assert_int_equal(dh_aar_compute(&a, f->d), DH_OK);
    /* contain-spread (objective 1): both teams chose a best option twice → P */
    assert_int_equal(a.rating[0 * 4 + 1], DH_RATE_P);
    assert_int_equal(a.rating[1 * 4 + 1], DH_RATE_P);
    assert_int_equal(a.decisions[contain].best, 2);
    dh_aar_free(&a);
    /* the timeline marks both answers green, the colour of a best option */
    dh_buf b;
    dh_buf_init(&b);
    dh_report_meta m = meta;
    m.lang = DH_LANG_EN;
    assert_int_equal(dh_report_html(&b, f->d, &m), DH_OK);
    const char *green = "fill=\"#2e7d32\"><title>contain</title>", *s = dh_buf_cstr(&b);
    assert_null(strstr(s, "fill=\"#e0a000\"><title>contain</title>"));
    s = strstr(s, green);
    assert_non_null(s);
    assert_non_null(strstr(s + 1, green));
    dh_buf_free(&b);
    eval_free(f);
}

static void fractions_keep_the_count(void **state)
{
    (void)state;
    char f[64];
    dh_report_fraction(f, sizeof f, 7, 420);
    assert_string_equal(f, "7/420 (1.7%)");
    dh_report_fraction(f, sizeof f, 419, 420);
    assert_string_equal(f, "419/420 (99%)");
    dh_report_fraction(f, sizeof f, 1, 5000);
    assert_string_equal(f, "1/5000 (0.1%)");
    dh_report_fraction(f, sizeof f, 42, 420);
    assert_string_equal(f, "42/420 (10%)");
    dh_report_fraction(f, sizeof f, 0, 0);
    assert_string_equal(f, "0/0");
}

/* A rating is refused without a reason, for an unknown objective or letter. */
static void a_rating_needs_a_known_objective_a_letter_and_a_reason(void **state)
{
    (void)state;
    evfx *f = calloc(1, sizeof *f);
    dh_diags diags;
    dh_diags_init(&diags);
    f->script = dh_script_create(NULL, 3);
    assert_int_equal(dh_script_load(f->script, DH_SOURCE_DIR "/tests/report/fixtures/objectives.lua",
                                    &f->sc, &diags), DH_OK);
    dh_diags_free(&diags);
    dh_roster_init(&f->roster);
    dh_roster_add(&f->roster, "hn", "Hà Nội", "north", 0);
    dh_drill_config cfg = {f->sc, &f->roster, 3, dh_script_iface_for(f->script)};
    f->d = dh_drill_create(&cfg);
    assert_int_equal(dh_drill_start(f->d), DH_OK);
    char err[256];
    dh_input bad[] = {
        {.kind = DH_IN_RATE, .team = 0, .decision = 0, .milli = DH_RATE_S, .text = ""},
        {.kind = DH_IN_RATE, .team = 0, .decision = 9, .milli = DH_RATE_S, .text = "x"},
        {.kind = DH_IN_RATE, .team = 0, .decision = 0, .milli = 4, .text = "x"},
        {.kind = DH_IN_RATE, .team = 5, .decision = 0, .milli = 0, .text = "x"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(dh_drill_apply(f->d, &bad[i], err, sizeof err), DH_ESTATE);
    assert_int_equal(dh_drill_override_count(f->d), 0);
    dh_input ok = {.kind = DH_IN_RATE, .team = -1, .decision = 1, .milli = DH_RATE_P, .text = "x"};
    assert_int_equal(dh_drill_apply(f->d, &ok, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_override_count(f->d), 1);
    assert_int_equal(dh_rating_parse("s"), DH_RATE_S);
    assert_int_equal(dh_rating_parse("X"), -1);
    eval_free(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(html_carries_adjustments_notes_and_escapes_text),
        cmocka_unit_test(json_and_csv_carry_the_engines_figures),
        cmocka_unit_test(decision_points_add_up_to_the_totals),
        cmocka_unit_test(best_bots_make_strengths),
        cmocka_unit_test(extreme_points_keep_the_report_small),
        cmocka_unit_test(console_and_report_agree_on_a_late_best_answer),
        cmocka_unit_test(an_early_end_is_reported_as_such),
        cmocka_unit_test(a_hand_sent_inject_is_not_the_first_delivery),
        cmocka_unit_test(objectives_are_rated_by_the_rule_and_an_evaluator_can_override),
        cmocka_unit_test(a_rating_needs_a_known_objective_a_letter_and_a_reason),
        cmocka_unit_test(fractions_keep_the_count),
        cmocka_unit_test(an_equal_best_option_meets_the_objective),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
