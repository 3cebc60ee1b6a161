/* test_report.c — the report layer on a drill built in the test: evaluator
 * adjustments and notes reach every format, text is escaped, per-decision
 * points add up to the engine's totals, findings follow the rule. */
#include "dh_test.h"
#include "dh_aar.h"
#include "dh_autoplay.h"
#include "dh_report.h"
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

static const dh_report_meta meta = {"t.drill", 1764000000000000, "abc123", "test", DH_LANG_VI, NULL};

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(html_carries_adjustments_notes_and_escapes_text),
        cmocka_unit_test(json_and_csv_carry_the_engines_figures),
        cmocka_unit_test(decision_points_add_up_to_the_totals),
        cmocka_unit_test(best_bots_make_strengths),
        cmocka_unit_test(extreme_points_keep_the_report_small),
        cmocka_unit_test(console_and_report_agree_on_a_late_best_answer),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
