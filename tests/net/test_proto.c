/* test_proto.c — every message of docs/protocol.md parses to its struct and
 * encodes back; hostile frames are refused with the right reason. */
#include "dh_test.h"
#include "dh_proto.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static dh_status parse(const char *s, dh_pdir dir, dh_pmsg *m, dh_prefuse_reason *why, char *err)
{
    return dh_proto_parse(s, strlen(s), dir, DH_LANG_EN, m, why, err, 256);
}

static void hello_with_pending_parses(void **state)
{
    (void)state;
    dh_pmsg m;
    dh_prefuse_reason why;
    char err[256];
    const char *s = "{\"type\":\"hello\",\"proto\":1,\"code\":\"k7qx-m2pa-9f\",\"last\":12,"
                    "\"lang\":\"vi\",\"pending\":[{\"type\":\"choose\",\"ref\":\"s1-3\","
                    "\"decision\":\"isolate\",\"option\":\"now\"}],\"extra\":[1,2]}";
    assert_int_equal(parse(s, DH_PDIR_TO_SERVER, &m, &why, err), DH_OK);
    assert_int_equal(m.type, DH_P_HELLO);
    assert_int_equal(m.hello.last, 12);
    assert_string_equal(m.hello.lang, "vi");
    assert_int_equal(m.hello.npending, 1);
    assert_string_equal(m.hello.pending[0].ref, "s1-3");
    assert_string_equal(m.hello.pending[0].option, "now");
    char code[16];
    assert_int_equal(dh_proto_code_normalise(m.hello.code, code, sizeof code), 10);
    assert_string_equal(code, "K7QXM2PA9F");
    dh_pmsg_free(&m);
}

static void hostile_frames_are_refused_with_reasons(void **state)
{
    (void)state;
    dh_pmsg m;
    dh_prefuse_reason why;
    char err[256];
    static const struct { const char *s; dh_prefuse_reason why; const char *says; } cases[] = {
        {"{\"type\":\"hello\",\"proto\":0,\"code\":\"X\"}", DH_PR_PROTO, "version 0"},
        {"{\"type\":\"hello\",\"proto\":2}", DH_PR_PROTO, "version 2"},
        {"{\"type\":\"launch\"}", DH_PR_BAD_MESSAGE, "unknown message type \"launch\""},
        {"{\"type\":\"welcome\"}", DH_PR_BAD_MESSAGE, "unknown message type"},
        {"{\"proto\":1}", DH_PR_BAD_MESSAGE, "no \"type\""},
        {"[1,2]", DH_PR_BAD_MESSAGE, "JSON object"},
        {"{\"type\":\"choose\"} x", DH_PR_BAD_MESSAGE, "JSON object"},
        {"{\"type\":\"choose\",\"ref\":\"a b\",\"decision\":\"d\",\"option\":\"o\"}", DH_PR_BAD_MESSAGE,
         "field \"ref\""},
        {"{\"type\":\"choose\",\"ref\":\"r\",\"decision\":\"d\\u0000x\",\"option\":\"o\"}",
         DH_PR_BAD_MESSAGE, "JSON object"},
        {"{\"type\":\"adjust\",\"ref\":\"r\",\"team\":\"t\",\"category\":\"c\",\"milli\":1.5,"
         "\"reason\":\"x\"}", DH_PR_BAD_MESSAGE, "field \"milli\""},
        {"{\"type\":\"hello\",\"proto\":1,\"code\":\"AB\",\"last\":-1}", DH_PR_BAD_MESSAGE, "\"last\""},
        {"{\"type\":\"hello\",\"proto\":1,\"code\":\"AB\",\"last\":1e300}", DH_PR_BAD_MESSAGE, "\"last\""},
        {"{\"type\":\"ch\xc3\x28\"}", DH_PR_BAD_MESSAGE, "UTF-8"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (parse(cases[i].s, DH_PDIR_TO_SERVER, &m, &why, err) != DH_EINPUT)
            fail_msg("case %zu accepted", i);
        if (why != cases[i].why || !strstr(err, cases[i].says))
            fail_msg("case %zu: reason %s, message %s", i, dh_prefuse_name(why), err);
        assert_int_equal(m.type, DH_P_NONE);
    }
    /* 65 pending choices: more than a station may send */
    char *big = malloc(20000);
    int n = sprintf(big, "{\"type\":\"hello\",\"proto\":1,\"code\":\"AB\",\"pending\":[");
    for (int i = 0; i < 65; i++)
        n += sprintf(big + n, "%s{\"ref\":\"r%d\",\"decision\":\"d\",\"option\":\"o\"}", i ? "," : "", i);
    sprintf(big + n, "]}");
    assert_int_equal(parse(big, DH_PDIR_TO_SERVER, &m, &why, err), DH_EINPUT);
    assert_non_null(strstr(err, "more than 64"));
    free(big);
    /* one byte over 64 KiB, whatever it holds */
    size_t len = DH_PROTO_MAX_MSG + 1;
    big = malloc(len);
    memset(big, ' ', len);
    memcpy(big, "{\"type\":\"choose\"}", 17);
    assert_int_equal(dh_proto_parse(big, len, DH_PDIR_TO_SERVER, DH_LANG_EN, &m, &why, err, sizeof err),
                     DH_EINPUT);
    assert_int_equal(why, DH_PR_TOO_LARGE);
    free(big);
}

static void refusals_speak_vietnamese(void **state)
{
    (void)state;
    dh_pmsg m;
    dh_prefuse_reason why;
    char err[256];
    const char *s = "{\"type\":\"hello\",\"proto\":0,\"code\":\"X\"}";
    assert_int_equal(dh_proto_parse(s, strlen(s), DH_PDIR_TO_SERVER, DH_LANG_VI, &m, &why, err, sizeof err),
                     DH_EINPUT);
    assert_non_null(strstr(err, "phiên bản 0"));
}

/* encode → parse → encode gives the same bytes for every server message */
static void server_messages_round_trip(void **state)
{
    (void)state;
    static const char *msgs[] = {
        "{\"type\":\"welcome\",\"proto\":1,\"role\":\"evaluator\",\"id\":\"e1\",\"name\":\"Trần Minh\","
        "\"show_points\":true,\"scenario\":{\"id\":\"s\",\"title\":{\"en\":\"T\",\"vi\":\"Tê\"},"
        "\"duration\":10800000,\"categories\":[{\"id\":\"contain\",\"name\":{\"en\":\"C\"}}],"
        "\"stages\":[]},\"teams\":[{\"id\":\"hanoi\",\"name\":\"Hà Nội\",\"bracket\":\"north\"}]}",
        "{\"type\":\"refuse\",\"reason\":\"rate\",\"message\":\"wait\"}",
        "{\"seq\":4,\"type\":\"inject\",\"t\":300000,\"team\":\"hanoi\",\"inject\":{\"id\":\"a\","
        "\"title\":{\"en\":\"A\",\"vi\":\"Á\"},\"channel\":\"email\",\"notes\":{\"en\":\"n\"}}}",
        "{\"seq\":5,\"type\":\"open\",\"t\":300000,\"team\":\"hanoi\",\"deadline\":null,\"decision\":"
        "{\"id\":\"d\",\"inject\":\"a\",\"prompt\":{\"en\":\"p\"},\"options\":[{\"id\":\"x\","
        "\"text\":{\"en\":\"X\"},\"points\":{\"contain\":10000}}],\"timeout\":\"x\"}}",
        "{\"seq\":9,\"type\":\"closed\",\"t\":420000,\"team\":\"hanoi\",\"decision\":\"d\",\"option\":null,"
        "\"how\":\"timeout\",\"factor\":0}",
        "{\"seq\":12,\"type\":\"adjust\",\"t\":600000,\"team\":\"hanoi\",\"category\":\"contain\","
        "\"milli\":-5000,\"reason\":\"r\",\"by\":\"Trần Minh\"}",
        "{\"seq\":15,\"type\":\"control\",\"t\":900000,\"action\":\"speed\",\"speed\":2000}",
        "{\"seq\":40,\"type\":\"end\",\"t\":10800000}",
        "{\"type\":\"ready\",\"seq\":40}",
        "{\"type\":\"clock\",\"now\":421337,\"state\":\"paused\",\"speed\":1000}",
        "{\"type\":\"ack\",\"ref\":\"s1-4\",\"input\":17}",
        "{\"type\":\"refused\",\"ref\":\"s1-5\",\"reason\":\"no\"}",
        "{\"type\":\"scores\",\"teams\":[{\"id\":\"hanoi\",\"total\":42000,\"rank\":1}]}",
        "{\"type\":\"presence\",\"teams\":[{\"id\":\"hanoi\",\"online\":2,\"since\":1764489600000}]}",
    };
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++) {
        dh_pmsg m;
        dh_prefuse_reason why;
        char err[256];
        if (parse(msgs[i], DH_PDIR_TO_STATION, &m, &why, err) != DH_OK) fail_msg("%zu: %s", i, err);
        dh_buf b;
        dh_buf_init(&b);
        dh_proto_encode(&m, &b);
        assert_string_equal(dh_buf_cstr(&b), msgs[i]);
        dh_buf_free(&b);
        dh_pmsg_free(&m);
    }
    /* the same bytes as a station's message are not accepted by a server */
    dh_pmsg m;
    dh_prefuse_reason why;
    char err[256];
    assert_int_equal(parse(msgs[10], DH_PDIR_TO_SERVER, &m, &why, err), DH_EINPUT);
}

static void an_open_decision_for_a_team_has_no_points(void **state)
{
    (void)state;
    dh_poption opt = {.id = "now", .text = {{"Isolate", "Cô lập"}}};
    dh_pmsg m = {.type = DH_P_EV_OPEN};
    m.ev.seq = 5;
    m.ev.t = 1000;
    m.ev.team = "hanoi";
    m.ev.deadline = 2000;
    m.ev.decision.id = "isolate";
    m.ev.decision.options = &opt;
    m.ev.decision.noptions = 1;
    dh_buf b;
    dh_buf_init(&b);
    dh_proto_encode(&m, &b);
    assert_string_equal(dh_buf_cstr(&b),
                        "{\"seq\":5,\"type\":\"open\",\"t\":1000,\"team\":\"hanoi\",\"deadline\":2000,"
                        "\"decision\":{\"id\":\"isolate\",\"options\":[{\"id\":\"now\",\"text\":"
                        "{\"en\":\"Isolate\",\"vi\":\"Cô lập\"}}]}}");
    dh_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hello_with_pending_parses),
        cmocka_unit_test(hostile_frames_are_refused_with_reasons),
        cmocka_unit_test(refusals_speak_vietnamese),
        cmocka_unit_test(server_messages_round_trip),
        cmocka_unit_test(an_open_decision_for_a_team_has_no_points),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
