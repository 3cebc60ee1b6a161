/* test_join_sink.c — what a person does at a station's window becomes a message
 * for the server, or a refusal that says why: the station's input sink
 * (cmd_join_station.c). The station here never reaches a server (port 1), so
 * its mirror is filled by hand and its choices wait as pending. */
#include "dh_test.h"
#include "cmd_join_station.h"
#include "dh_msg.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_choice_goes_to_the_server_once),
        cmocka_unit_test(the_facilitators_actions_are_refused_at_a_station),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
