/* test_console_questions.c — room mode at the console: the facilitator types a
 * team's answer to an open question, scores it, and settles it against an
 * evaluator; every one is an input of the record, the record verifies, and a
 * rebuild from it reproduces the drill exactly. */
#include "dh_test.h"
#include "dh_offscreen.h"
#include "dh_question.h"
#include "dh_record.h"
#include "dh_session.h"
#include "dh_ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SCENARIO DH_SOURCE_DIR "/scenarios/personal-data-leak.lua"

static dh_ui *ui_;
static dh_drill *d_;

static void key(SDL_Keycode k, Uint16 mod)
{
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = k;
    ev.key.keysym.mod = mod;
    assert_int_equal(SDL_PushEvent(&ev), 1);
}

static void typed(const char *s)
{
    size_t n = strlen(s);
    while (n) {
        SDL_Event ev = {.type = SDL_TEXTINPUT};
        size_t k = n < sizeof ev.text.text - 1 ? n : sizeof ev.text.text - 1;
        while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
        memcpy(ev.text.text, s, k);
        ev.text.text[k] = 0;
        assert_int_equal(SDL_PushEvent(&ev), 1);
        s += k;
        n -= k;
    }
}

static void pump(void)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
        dh_ui_event(ui_, d_, &ev);
        dh_ui_draw(ui_, d_);
    }
}

static void typed_answer_score_and_settlement_are_recorded_and_replay(void **state)
{
    (void)state;
    char path[256], err[1200], fonts[1024];
    snprintf(path, sizeof path, "test_console_questions-%d.drill", (int)getpid());
    dh_record_remove(path);
    dh_session_opts o = {.scenario = SCENARIO, .teams = "3", .seed = "7", .record = path, .lang = "en"};
    dh_session s;
    assert_int_equal(dh_session_open(&s, &o), 0);
    assert_int_equal(dh_session_start(&s), 0);
    d_ = s.drill;
    int q = dh_scenario_find_question(dh_drill_scenario(d_), "a05-notice-content");
    assert_true(q >= 0);
    /* to the moment the question is open for the first team */
    for (int i = 1; i < 400 && dh_drill_question(d_, 0, q)->status != DH_Q_OPEN; i++)
        assert_int_equal(dh_drill_advance(d_, i * 30 * DH_MS_SECOND), DH_OK);
    assert_int_equal(dh_drill_question(d_, 0, q)->status, DH_Q_OPEN);

    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    dh_offscreen off;
    if (dh_offscreen_open(&off, 1280, 720, err, sizeof err)) fail_msg("%s", err);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", DH_SOURCE_DIR);
    dh_ui_config cfg = {off.renderer, fonts, DH_LANG_EN, DH_VIEW_CONSOLE, -1, 0, 0, 0, dh_drill_input_sink(d_)};
    ui_ = dh_ui_create(&cfg, err, sizeof err);
    assert_non_null(ui_);
    dh_ui_draw(ui_, d_);
    key(SDLK_q, 0);
    typed("Kính gửi A05: ngày 12/3 phát hiện lộ dữ liệu của 1.200 người;");
    key(SDLK_RETURN, 0);
    typed("đã thu hẹp API. Sẽ bổ sung sau. Liên hệ: anh Minh.");
    key(SDLK_RETURN, KMOD_CTRL);
    pump();
    const dh_question_state *st = dh_drill_question(d_, 0, q);
    assert_int_equal(st->status, DH_Q_ANSWERED);
    assert_string_equal(st->answer, "Kính gửi A05: ngày 12/3 phát hiện lộ dữ liệu của 1.200 người;\n"
                                    "đã thu hẹp API. Sẽ bổ sung sau. Liên hệ: anh Minh.");
    key(SDLK_1, KMOD_CTRL);
    key(SDLK_3, KMOD_CTRL);
    typed("Đủ ý chính");
    key(SDLK_RETURN, KMOD_CTRL);
    pump();
    assert_int_equal(st->nscores, 1);
    assert_null(st->scores[0].by);
    assert_int_equal(st->scores[0].ticks, 5u);
    /* an evaluator ticks differently; the facilitator settles */
    dh_input lan = {.kind = DH_IN_SCORE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(d_), .team = 0,
                    .decision = q, .milli = 1, .text = "", .by = "Lan"};
    assert_int_equal(dh_drill_apply(d_, &lan, err, sizeof err), DH_OK);
    dh_ui_draw(ui_, d_);
    typed("Có nêu biện pháp");
    key(SDLK_s, KMOD_CTRL);
    pump();
    assert_true(st->settled);
    assert_int_equal(st->settled_ticks, 5u);
    assert_string_equal(st->settle_reason, "Có nêu biện pháp");
    int64_t points = st->points;
    assert_true(points > 0);

    dh_ui_destroy(ui_);
    dh_offscreen_close(&off);
    assert_int_equal(dh_drill_run_to_end(d_), DH_OK);
    uint64_t nevents = dh_drill_event_count(d_);
    int64_t total = dh_drill_team_total(d_, 0);
    assert_int_equal(dh_session_finish(&s, 1), 0);
    dh_session_close(&s);

    /* the record's chain holds */
    dh_record *r;
    dh_verify_result res;
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_verify_key(r, NULL, &res, err, sizeof err), DH_OK);
    dh_record_close(r);
    assert_false(res.problem);
    assert_true(res.ended);
    /* and a rebuild from it is the same drill */
    dh_session_opts ro = {.from = path, .lang = "en"};
    dh_session s2;
    assert_int_equal(dh_session_open(&s2, &ro), 0);
    assert_int_equal(dh_session_start(&s2), 0);
    assert_int_equal(dh_session_catch_up(&s2, DH_MS_NEVER), 0);
    assert_int_equal(dh_drill_run_to_end(s2.drill), DH_OK);
    const dh_question_state *st2 = dh_drill_question(s2.drill, 0, q);
    assert_int_equal(st2->status, DH_Q_ANSWERED);
    assert_true(st2->settled);
    assert_int_equal(st2->points, points);
    assert_int_equal(dh_drill_event_count(s2.drill), nevents);
    assert_int_equal(dh_drill_team_total(s2.drill, 0), total);
    dh_session_close(&s2);
    dh_record_remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(typed_answer_score_and_settlement_are_recorded_and_replay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
