/* test_join_sink.c — what a person does at a station's window becomes a message
 * for the server, or a refusal that says why: the station's input sink
 * (cmd_join_station.c). The station here never reaches a server (port 1), so
 * its mirror is filled by hand and its choices wait as pending. */
#include "dh_test.h"
#include "cmd_join_station.h"
#include "dh_msg.h"
#include "dh_offscreen.h"
#include "dh_ui.h"

#include <stdio.h>
#include <string.h>

static const char *const frames[] = {
    "{\"type\":\"welcome\",\"proto\":1,\"role\":\"team\",\"id\":\"hanoi\",\"name\":\"H\",\"show_points\":false,"
    "\"scenario\":{\"id\":\"s\",\"title\":{\"en\":\"S\"},\"duration\":1000000,"
    "\"categories\":[{\"id\":\"contain\",\"name\":{\"en\":\"Contain\"}}],\"stages\":[]},"
    "\"teams\":[{\"id\":\"hanoi\",\"name\":\"H\"}]}",
    "{\"seq\":1,\"type\":\"start\",\"t\":0}",
    "{\"seq\":2,\"type\":\"inject\",\"t\":1000,\"team\":\"hanoi\",\"inject\":{\"id\":\"a\",\"title\":{\"en\":\"A\"}}}",
    "{\"seq\":3,\"type\":\"open\",\"t\":1000,\"team\":\"hanoi\",\"deadline\":null,\"decision\":{\"id\":\"isolate\","
    "\"inject\":\"a\",\"prompt\":{\"en\":\"Isolate?\"},\"options\":[{\"id\":\"now\",\"text\":{\"en\":\"Now\"}},"
    "{\"id\":\"wait\",\"text\":{\"en\":\"Wait\"}}]}}",
};

static void station_with_a_drill(dh_station_net **net, dh_station **st)
{
    char err[300];
    *net = dh_station_net_create(err, sizeof err);
    assert_non_null(*net);
    dh_station_config cfg = {.url = "wss://127.0.0.1:1", .code = "X"};
    *st = dh_station_add(*net, &cfg, err, sizeof err);
    assert_non_null(*st);
    for (size_t i = 0; i < sizeof frames / sizeof frames[0]; i++) {
        dh_pmsg m;
        dh_prefuse_reason why;
        assert_int_equal(dh_proto_parse(frames[i], strlen(frames[i]), DH_PDIR_TO_STATION, DH_LANG_EN, &m, &why, err,
                                        sizeof err), DH_OK);
        assert_int_equal(dh_station_apply(dh_station_mirror(*st), &m, err, sizeof err), DH_OK);
        dh_pmsg_free(&m);
    }
}

static void a_choice_goes_to_the_server_once(void **state)
{
    (void)state;
    dh_station_net *net;
    dh_station *st;
    station_with_a_drill(&net, &st);
    dh_input_sink sink = dh_station_input_sink(st);
    dh_input in = {.kind = DH_IN_CHOICE, .team = 0, .decision = 0, .option = 1};
    char err[300] = "";
    assert_int_equal(sink.fn(sink.ctx, &in, err, sizeof err), DH_OK);
    assert_true(dh_station_choice_pending(st, "isolate"));
    assert_int_equal(dh_station_get_stats(st).pending, 1);
    /* a second answer while the first waits for the server is refused, with why */
    in.option = 0;
    assert_int_equal(sink.fn(sink.ctx, &in, err, sizeof err), DH_ESTATE);
    assert_string_equal(err, dh_msg(A_JOIN_ALREADY_SENT));
    assert_int_equal(dh_station_get_stats(st).pending, 1);
    /* an index out of range never becomes a message */
    in.decision = 7;
    assert_int_equal(sink.fn(sink.ctx, &in, err, sizeof err), DH_EINPUT);
    dh_station_net_destroy(net);
}

static void the_facilitators_actions_are_refused_at_a_station(void **state)
{
    (void)state;
    dh_station_net *net;
    dh_station *st;
    station_with_a_drill(&net, &st);
    dh_input_sink sink = dh_station_input_sink(st);
    char err[300] = "";
    dh_input_kind kinds[] = {DH_IN_PAUSE, DH_IN_RESUME, DH_IN_SPEED, DH_IN_DELIVER, DH_IN_END, DH_IN_JUMP};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        dh_input in = {.kind = kinds[i], .team = -1};
        err[0] = 0;
        assert_int_equal(sink.fn(sink.ctx, &in, err, sizeof err), DH_ESTATE);
        assert_string_equal(err, dh_msg(A_JOIN_FACILITATOR_ONLY));
    }
    /* a note is about one team; an adjustment offline is not sent and says so */
    dh_input note = {.kind = DH_IN_NOTE, .team = -1, .text = "x"};
    assert_int_equal(sink.fn(sink.ctx, &note, err, sizeof err), DH_ESTATE);
    assert_string_equal(err, dh_msg(A_JOIN_NOTE_TEAM));
    dh_input adj = {.kind = DH_IN_ADJUST, .team = 0, .category = 0, .milli = 5000, .text = "good call"};
    assert_int_equal(sink.fn(sink.ctx, &adj, err, sizeof err), DH_ESTATE);
    assert_string_equal(err, dh_msg(A_JOIN_NOT_SENT));
    dh_station_net_destroy(net);
}

static void key(SDL_Keycode k, Uint16 mod)
{
    SDL_Event ev = {.type = SDL_KEYDOWN};
    ev.key.keysym.sym = k;
    ev.key.keysym.mod = mod;
    assert_int_equal(SDL_PushEvent(&ev), 1);
}

static void typed(const char *s)
{
    SDL_Event ev = {.type = SDL_TEXTINPUT};
    assert_true(strlen(s) < sizeof ev.text.text);
    snprintf(ev.text.text, sizeof ev.text.text, "%s", s);
    assert_int_equal(SDL_PushEvent(&ev), 1);
}

static void pump(dh_ui *ui, const dh_drill *d)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
        dh_ui_event(ui, d, &ev);
        dh_ui_draw(ui, d);
    }
}

static dh_ui *window(dh_offscreen *off, dh_station *st, dh_view view, int team, int station)
{
    char err[1200], fonts[1024];
    assert_int_equal(SDL_InitSubSystem(SDL_INIT_EVENTS), 0);
    if (dh_offscreen_open(off, 1280, 720, err, sizeof err)) fail_msg("%s", err);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", DH_SOURCE_DIR);
    dh_ui_config cfg = {off->renderer, fonts, DH_LANG_EN, view, team, station, 0, 0, dh_station_input_sink(st)};
    dh_ui *ui = dh_ui_create(&cfg, err, sizeof err);
    if (!ui) fail_msg("%s", err);
    dh_ui_set_questions(ui, dh_station_questions(st));
    return ui;
}

static void open_notify(dh_station *st, const char *team)
{
    const char *prompt[DH_LANG_COUNT] = {"Who do you notify?"};
    const char *ids[] = {"director", "dpo"};
    const char *texts[2 * DH_LANG_COUNT] = {"Director first"};
    texts[DH_LANG_COUNT] = "The DPO within the hour";
    assert_int_equal(dh_qbook_open(dh_station_questions(st), team, "notify", 1000, DH_MS_NEVER, prompt, NULL,
                                   ids, texts, 2), DH_OK);
}

/* A team types at its window while the link is down: the draft stays in the
 * station's book, Ctrl+Enter makes it an answer that waits to be sent after
 * the next welcome (once: a second Ctrl+Enter says it was sent). */
static void a_typed_answer_outlives_a_dropped_link_and_is_kept_to_send(void **state)
{
    (void)state;
    dh_station_net *net;
    dh_station *st;
    station_with_a_drill(&net, &st);
    open_notify(st, "hanoi");
    dh_offscreen off;
    const dh_drill *d = dh_mirror_drill(dh_station_mirror(st));
    dh_ui *ui = window(&off, st, DH_VIEW_TEAM, dh_mirror_own_team(dh_station_mirror(st)), 1);
    key(SDLK_q, 0);
    typed("Báo giám đốc, ");
    pump(ui, d);
    /* the link is down: the station tries port 1 and is refused */
    for (int i = 0; i < 5; i++) dh_station_net_service(net, 20);
    assert_int_not_equal(dh_station_get_state(st), DH_ST_ONLINE);
    typed("rồi DPO");
    pump(ui, d);
    const dh_qbook_item *it = dh_qbook_at(dh_station_questions(st), 0);
    assert_string_equal(it->draft, "Báo giám đốc, rồi DPO");
    key(SDLK_RETURN, KMOD_CTRL);
    pump(ui, d);
    assert_true(dh_station_choice_pending(st, "notify"));
    assert_int_equal(dh_station_get_stats(st).pending, 1);
    key(SDLK_RETURN, KMOD_CTRL);
    pump(ui, d);
    assert_int_equal(dh_station_get_stats(st).pending, 1);
    assert_string_equal(dh_ui_status(ui), dh_msg(A_JOIN_ALREADY_SENT));
    dh_ui_destroy(ui);
    dh_offscreen_close(&off);
    dh_station_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_choice_goes_to_the_server_once),
        cmocka_unit_test(the_facilitators_actions_are_refused_at_a_station),
        cmocka_unit_test(a_typed_answer_outlives_a_dropped_link_and_is_kept_to_send),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
