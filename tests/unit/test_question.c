/* test_question.c — open questions in a drill built in C: opening and expiry,
 * the answer rule, two evaluators' scores (mean points, a later score replacing
 * the evaluator's own), a settlement, timeliness on gains, refusals. */
#include "dh_test.h"
#include "dh_drill.h"
#include "dh_question.h"

#include <stdlib.h>
#include <string.h>

static void text(dh_text *t, const char *s) { assert_int_equal(dh_text_set_neutral(t, s), 0); }

static void item(dh_question *q, const char *id, const char *cat, int64_t milli)
{
    dh_rubric_item *it = dh_question_add_item(q);
    it->id = dh_strdup(id);
    text(&it->text, id);
    dh_score_entry *e = dh_rubric_item_add_score(it);
    e->category_id = dh_strdup(cat);
    e->milli = milli;
}

/* phish at 0:05 opens `notify` (20m; full points up to 5m, half from 15m) with
 * items lead (+4 comm), dpo (+4 comm), guess (-2 comm) */
static dh_scenario *build(void)
{
    dh_scenario *sc = dh_scenario_create("q.lua");
    sc->line = 1;
    sc->id = dh_strdup("q");
    sc->duration = DH_MS_HOUR;
    dh_named *c = dh_scenario_add_category(sc);
    c->id = dh_strdup("comm");
    dh_inject *in = dh_scenario_add_inject(sc);
    in->id = dh_strdup("phish");
    in->line = 2;
    in->at = 5 * DH_MS_MINUTE;
    in->when_ref = DH_NOREF;
    dh_question *q = dh_scenario_add_question(sc);
    q->id = dh_strdup("notify");
    q->line = 3;
    q->on_id = dh_strdup("phish");
    q->within = 20 * DH_MS_MINUTE;
    q->speed = (dh_speed){1, 5 * DH_MS_MINUTE, 15 * DH_MS_MINUTE, 500};
    text(&q->prompt, "Who do you notify?");
    item(q, "lead", "comm", 4000);
    item(q, "dpo", "comm", 4000);
    item(q, "guess", "comm", -2000);
    dh_diags diags;
    dh_diags_init(&diags);
    assert_int_equal(dh_scenario_finalize(sc, &diags), DH_OK);
    dh_diags_free(&diags);
    return sc;
}

typedef struct fx {
    dh_scenario *sc;
    dh_roster roster;
    dh_drill *d;
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    f->sc = build();
    dh_roster_init(&f->roster);
    assert_int_equal(dh_roster_add(&f->roster, "hn", "Hà Nội", "all", 1), DH_OK);
    assert_int_equal(dh_roster_add(&f->roster, "hcm", "TP HCM", "all", 2), DH_OK);
    dh_drill_config cfg = {.scenario = f->sc, .roster = &f->roster, .seed = 1};
    f->d = dh_drill_create(&cfg);
    assert_non_null(f->d);
    assert_int_equal(dh_drill_start(f->d), DH_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    dh_drill_destroy(f->d);
    dh_roster_free(&f->roster);
    dh_scenario_destroy(f->sc);
    free(f);
    return 0;
}

static dh_status in(fx *f, dh_input_kind k, int team, int64_t ticks, const char *txt, const char *by)
{
    char err[256];
    dh_input i = {.kind = k, .source = DH_SRC_CONSOLE, .t = dh_drill_now(f->d), .team = team,
                  .decision = 0, .option = -1, .category = -1, .inject = -1, .milli = ticks,
                  .text = txt, .by = by};
    return dh_drill_apply(f->d, &i, err, sizeof err);
}

static void answers_scores_settles(void **state)
{
    fx *f = *state;
    assert_int_equal(in(f, DH_IN_ANSWER, 0, 0, "too early", NULL), DH_ESTATE);   /* not open */
    assert_int_equal(dh_drill_advance(f->d, 7 * DH_MS_MINUTE), DH_OK);
    const dh_question_state *st = dh_drill_question(f->d, 0, 0);
    assert_int_equal(st->status, DH_Q_OPEN);
    assert_int_equal(st->deadline, 25 * DH_MS_MINUTE);
    assert_int_equal(in(f, DH_IN_SCORE, 0, 1, NULL, "An"), DH_ESTATE);         /* nothing to score */
    assert_int_equal(in(f, DH_IN_ANSWER, 0, 0, "Gọi lãnh đạo\nrồi DPO", NULL), DH_OK);
    assert_int_equal(st->status, DH_Q_ANSWERED);
    assert_int_equal(st->factor, 1000);
    assert_int_equal(in(f, DH_IN_ANSWER, 0, 0, "again", NULL), DH_ESTATE);      /* exactly once */
    assert_int_equal(dh_drill_team_total(f->d, 0), 0);                          /* unscored: none */
    assert_int_equal(in(f, DH_IN_SCORE, 0, 1 << 3, NULL, "An"), DH_ESTATE);       /* no 4th item */
    assert_int_equal(in(f, DH_IN_SCORE, 0, 3, "both", "An"), DH_OK);             /* lead+dpo: 8 */
    assert_int_equal(dh_drill_team_total(f->d, 0), 8000);
    assert_int_equal(in(f, DH_IN_SCORE, 0, 1, "lead only", "Bình"), DH_OK);       /* 4: mean 6 */
    assert_int_equal(dh_drill_team_total(f->d, 0), 6000);
    assert_int_equal(st->nscores, 2);
    assert_false(dh_question_agreed(st));
    assert_int_equal(in(f, DH_IN_SCORE, 0, 3, "on reflection", "Bình"), DH_OK);   /* replaces */
    assert_int_equal(st->nscores, 2);
    assert_true(dh_question_agreed(st));
    assert_int_equal(dh_drill_team_total(f->d, 0), 8000);
    assert_int_equal(in(f, DH_IN_SETTLE, 0, 5, "", NULL), DH_ESTATE);             /* needs a reason */
    assert_int_equal(in(f, DH_IN_SETTLE, 0, 5, "the guess was stated as fact", NULL), DH_OK);
    assert_int_equal(dh_drill_team_total(f->d, 0), 2000);                        /* 4 - 2 */
    assert_int_equal(in(f, DH_IN_SCORE, 0, 3, "late", "Chi"), DH_OK);            /* settled stays */
    assert_int_equal(dh_drill_team_total(f->d, 0), 2000);
    /* team 1 never answers: unanswered at the deadline, no points */
    assert_int_equal(dh_drill_advance(f->d, DH_MS_HOUR), DH_OK);
    assert_int_equal(dh_drill_question(f->d, 1, 0)->status, DH_Q_EXPIRED);
    assert_null(dh_drill_question(f->d, 1, 0)->answer);
    assert_int_equal(dh_drill_team_total(f->d, 1), 0);
}

static void timeliness_scales_gains_only(void **state)
{
    fx *f = *state;
    assert_int_equal(dh_drill_advance(f->d, 15 * DH_MS_MINUTE), DH_OK);   /* 10m after opening */
    assert_int_equal(in(f, DH_IN_ANSWER, 1, 0, "late-ish", NULL), DH_OK);
    const dh_question_state *st = dh_drill_question(f->d, 1, 0);
    assert_int_equal(st->factor, 750);
    /* per category, as an option's points: +4 +4 -2 = +6 in comm, a gain: × 0.75 */
    assert_int_equal(in(f, DH_IN_SCORE, 1, 7, NULL, "An"), DH_OK);
    assert_int_equal(dh_drill_team_total(f->d, 1), 4500);
    /* only the guess: a loss, never reduced */
    assert_int_equal(in(f, DH_IN_SCORE, 1, 4, NULL, "An"), DH_OK);
    assert_int_equal(dh_drill_team_total(f->d, 1), -2000);
}

static void answer_rule(void **state)
{
    (void)state;
    char big[4 * DH_ANSWER_MAX_CHARS + 8];
    memset(big, 'a', DH_ANSWER_MAX_CHARS);
    big[DH_ANSWER_MAX_CHARS] = 0;
    assert_null(dh_answer_check(big));
    strcpy(big + DH_ANSWER_MAX_CHARS, "b");
    assert_non_null(dh_answer_check(big));
    /* 10,000 Vietnamese characters of three bytes each are fine */
    for (int i = 0; i < DH_ANSWER_MAX_CHARS; i++) memcpy(big + 3 * i, "\xe1\xbb\x87", 3);  /* ệ */
    big[3 * DH_ANSWER_MAX_CHARS] = 0;
    assert_null(dh_answer_check(big));
    assert_non_null(dh_answer_check("bell \a"));
    assert_non_null(dh_answer_check("csi \xc2\x9b"));     /* C1 */
    assert_non_null(dh_answer_check("bad \xff"));
    assert_non_null(dh_answer_check(" \n\t "));
    assert_null(dh_answer_check("line\n\ttab"));
    char out[64];
    dh_answer_clean("a\x1b[2Jb\r\nc\xc2\x85\xff" "d", out, sizeof out);
    assert_string_equal(out, "a[2Jb\nc" "d");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(answers_scores_settles, setup, teardown),
        cmocka_unit_test_setup_teardown(timeliness_scales_gains_only, setup, teardown),
        cmocka_unit_test(answer_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
