/* test_journal.c — rebuilding a drill from its record: the same log byte for
 * byte, console inputs included; a resumed drill equal to an uninterrupted one;
 * a drill that does not reproduce its record is refused. */
#include "dh_test.h"
#include "dh_autoplay.h"
#include "dh_eventlog.h"
#include "dh_journal.h"
#include "dh_record.h"
#include "dh_script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SCENARIO DH_SOURCE_DIR "/scenarios/ransomware-contributions.lua"

static void log_sink(void *ctx, const dh_logrec *r) { dh_eventlog_format(ctx, r); }

/* One drill with its script, roster, bots and log. */
typedef struct live {
    dh_script *script;
    dh_scenario *sc;
    dh_roster roster;
    dh_responses responses;
    dh_drill *drill;
    dh_autoplay ap;
    dh_buf log;
    dh_record *rec;
    dh_record_header header;
    dh_record_input *inputs;
    size_t ninputs;
    dh_journal j;
} live;

static void live_start(live *l, dh_bot_policy bots)
{
    dh_drill_config cfg = {l->sc, &l->roster, 7, dh_script_iface_for(l->script)};
    l->drill = dh_drill_create(&cfg);
    assert_non_null(l->drill);
    dh_buf_init(&l->log);
    dh_drill_add_sink(l->drill, log_sink, &l->log);
    dh_drill_set_gate(l->drill, dh_journal_gate, &l->j);
    assert_int_equal(dh_drill_start(l->drill), DH_OK);
    assert_int_equal(dh_autoplay_attach(&l->ap, l->drill, bots, &l->responses), DH_OK);
}

/* A new drill recording into `path`: 6 teams, random bots, two responses. */
static void live_new(live *l, const char *path)
{
    memset(l, 0, sizeof *l);
    dh_diags diags;
    dh_diags_init(&diags);
    l->script = dh_script_create(NULL, 7);
    assert_int_equal(dh_script_load(l->script, SCENARIO, &l->sc, &diags), DH_OK);
    dh_diags_free(&diags);
    dh_roster_init(&l->roster);
    assert_int_equal(dh_roster_generate(&l->roster, 6), DH_OK);
    /* the scenario's injects and decisions are for roles: two IT Centres, four
     * provinces (teams 0 and 3 answer the provincial triage below) */
    for (size_t t = 0; t < 6; t++)
        assert_int_equal(dh_roster_set_role(&l->roster, t, t == 1 || t == 4 ? "central" : "provincial"),
                         DH_OK);
    l->responses.items = calloc(2, sizeof *l->responses.items);
    l->responses.count = 2;
    l->responses.items[0] = (dh_response){0, 0, 1, 12 * DH_MS_MINUTE, 2};
    l->responses.items[1] = (dh_response){3, 0, 0, 9 * DH_MS_MINUTE, 3};
    dh_record_header h;
    dh_record_header_init(&h);
    size_t len;
    h.engine_version = "test";
    h.scenario_file = SCENARIO;
    h.scenario_id = l->sc->id;
    h.scenario_source = (char *)dh_script_source(l->script, &len);
    h.scenario_len = len;
    h.seed = 7;
    strcpy(h.lang, "en");
    strcpy(h.bots, "random");
    h.roster = l->roster;
    h.responses = l->responses;
    char err[512];
    remove(path);
    assert_int_equal(dh_record_create(&l->rec, path, &h, err, sizeof err), DH_OK);
    dh_journal_init(&l->j, NULL, 0, l->rec);
    live_start(l, DH_BOT_RANDOM);
}

/* A drill rebuilt from the record at `path` (writable: resumed). */
static dh_status live_from(live *l, const char *path, int writable, dh_bot_policy bots,
                           dh_ms until, char *err, size_t errlen)
{
    memset(l, 0, sizeof *l);
    assert_int_equal(dh_record_open(&l->rec, path, writable, err, errlen), DH_OK);
    assert_int_equal(dh_record_read_header(l->rec, &l->header, err, errlen), DH_OK);
    assert_int_equal(dh_record_read_inputs(l->rec, &l->inputs, &l->ninputs, err, errlen), DH_OK);
    dh_diags diags;
    dh_diags_init(&diags);
    l->script = dh_script_create(NULL, l->header.seed);
    assert_int_equal(dh_script_load_buffer(l->script, "recorded.lua", l->header.scenario_source,
                                           l->header.scenario_len, &l->sc, &diags),
                     DH_OK);
    dh_diags_free(&diags);
    l->roster = l->header.roster;
    dh_roster_init(&l->header.roster);
    l->responses = l->header.responses;
    memset(&l->header.responses, 0, sizeof l->header.responses);
    dh_journal_init(&l->j, l->inputs, l->ninputs, writable ? l->rec : NULL);
    live_start(l, bots);
    return dh_journal_replay(&l->j, l->drill, until, err, errlen);
}

static void live_free(live *l)
{
    dh_autoplay_free(&l->ap);
    dh_drill_destroy(l->drill);
    dh_buf_free(&l->log);
    dh_record_close(l->rec);
    dh_record_inputs_free(l->inputs, l->ninputs);
    dh_record_header_free(&l->header);
    dh_responses_free(&l->responses);
    dh_roster_free(&l->roster);
    dh_script_destroy(l->script);
}

/* Facilitator actions between advances, as the console applies them. */
static void console(live *l, dh_ms from, dh_ms to)
{
    static const struct { dh_ms t; dh_input in; } acts[] = {
        {10 * DH_MS_MINUTE + 500, {.kind = DH_IN_NOTE, .team = 2, .text = "gọi nhầm số"}},
        {20 * DH_MS_MINUTE, {.kind = DH_IN_PAUSE}},
        {20 * DH_MS_MINUTE, {.kind = DH_IN_RESUME}},
        {31 * DH_MS_MINUTE, {.kind = DH_IN_ADJUST, .team = 1, .category = 2, .milli = 3000,
                             .text = "isolated the share early"}},
        {33 * DH_MS_MINUTE, {.kind = DH_IN_MESSAGE, .team = 2,
                             .text = "Báo chí gọi điện\nPhóng viên hỏi về sự cố: trả lời thế nào?"}},
        {34 * DH_MS_MINUTE, {.kind = DH_IN_MESSAGE, .team = -1, .text = "Power cut in the data centre"}},
        {47 * DH_MS_MINUTE, {.kind = DH_IN_DELIVER, .team = 4, .inject = 3}},
        {47 * DH_MS_MINUTE, {.kind = DH_IN_SPEED, .speed_milli = 2000}},
        {95 * DH_MS_MINUTE + 1, {.kind = DH_IN_ADJUST, .team = 5, .category = 0, .milli = -1500,
                                 .text = "missed the brief"}},
        {100 * DH_MS_MINUTE, {.kind = DH_IN_JUMP, .milli = 118 * DH_MS_MINUTE}},
        {150 * DH_MS_MINUTE, {.kind = DH_IN_NOTE, .team = -1, .text = "all teams at lunch"}},
    };
    char err[256];
    for (size_t i = 0; i < sizeof acts / sizeof acts[0]; i++) {
        if (acts[i].t <= from || acts[i].t > to) continue;
        assert_int_equal(dh_drill_advance(l->drill, acts[i].t), DH_OK);
        dh_input in = acts[i].in;
        in.t = acts[i].t;
        assert_int_equal(dh_drill_apply(l->drill, &in, err, sizeof err), DH_OK);
    }
    assert_int_equal(dh_drill_advance(l->drill, to), DH_OK);
}

static char path[256];

static void a_replay_reproduces_the_log_byte_for_byte(void **state)
{
    (void)state;
    live a, b;
    live_new(&a, path);
    console(&a, -1, DH_MS_NEVER);
    assert_true(dh_drill_ended(a.drill));
    char err[512];
    assert_int_equal(live_from(&b, path, 0, DH_BOT_RANDOM, DH_MS_NEVER, err, sizeof err), DH_OK);
    assert_true(b.ninputs > 20);
    assert_int_equal(b.j.next, b.ninputs);
    assert_true(dh_drill_ended(b.drill));
    assert_int_equal(a.log.len, b.log.len);
    assert_memory_equal(a.log.data, b.log.data, a.log.len);
    assert_non_null(strstr(dh_buf_cstr(&b.log),
                           "{\"t\":6000000,\"type\":\"control\",\"action\":\"jump\",\"to\":7080000}"));
    live_free(&a);
    live_free(&b);
    dh_record_remove(path);
}

static void a_resumed_drill_equals_an_uninterrupted_one(void **state)
{
    (void)state;
    live whole, part, rest;
    char other[280];
    snprintf(other, sizeof other, "%s-whole", path);
    live_new(&whole, other);
    console(&whole, -1, DH_MS_NEVER);

    dh_ms crash = 47 * DH_MS_MINUTE; /* between the two console inputs at 0:47 */
    live_new(&part, path);
    console(&part, -1, crash - 1);
    assert_int_equal(dh_drill_advance(part.drill, crash), DH_OK);
    dh_input deliver = {.kind = DH_IN_DELIVER, .t = crash, .team = 4, .inject = 3};
    char err[512];
    assert_int_equal(dh_drill_apply(part.drill, &deliver, err, sizeof err), DH_OK);
    live_free(&part); /* the process dies here */

    assert_int_equal(live_from(&rest, path, 1, DH_BOT_RANDOM, crash, err, sizeof err), DH_OK);
    dh_input speed = {.kind = DH_IN_SPEED, .t = crash, .speed_milli = 2000};
    assert_int_equal(dh_drill_apply(rest.drill, &speed, err, sizeof err), DH_OK);
    console(&rest, crash, DH_MS_NEVER);
    assert_int_equal(whole.log.len, rest.log.len);
    assert_memory_equal(whole.log.data, rest.log.data, whole.log.len);
    /* the record now holds the whole drill, and it still verifies */
    dh_verify_result res;
    assert_int_equal(dh_record_verify(rest.rec, &res, err, sizeof err), DH_OK);
    assert_int_equal(res.problem, DH_VERIFY_OK);
    assert_true(res.ninputs > (int64_t)rest.ninputs);
    live_free(&whole);
    live_free(&rest);
    dh_record_remove(path);
    dh_record_remove(other);
}

/* The hot wash: answers given after the end, at the console or from a
 * responses file, are recorded, chained and replayed; none is taken before. */
static void feedback_after_the_end_is_recorded_and_replayed(void **state)
{
    (void)state;
    live a, b;
    live_new(&a, path);
    char err[512];
    dh_input early = {.kind = DH_IN_FEEDBACK, .t = 0, .team = 0, .decision = 0, .milli = 4};
    assert_int_equal(dh_drill_apply(a.drill, &early, err, sizeof err), DH_ESTATE);
    assert_non_null(strstr(err, "after the drill has ended"));
    console(&a, -1, DH_MS_NEVER);
    assert_true(dh_drill_ended(a.drill));
    const dh_scenario *sc = dh_drill_scenario(a.drill);
    int realism = dh_scenario_find_feedback(sc, "realism"), worked = dh_scenario_find_feedback(sc, "worked");
    assert_true(realism >= 0 && worked >= 0);  /* the default form */
    dh_ms end = dh_drill_now(a.drill);
    dh_input answers[] = {
        {.kind = DH_IN_FEEDBACK, .source = DH_SRC_CONSOLE, .t = end, .team = 1, .decision = realism, .milli = 4},
        {.kind = DH_IN_FEEDBACK, .source = DH_SRC_RESPONSES, .t = end, .team = 2, .decision = worked,
         .text = "Cô lập nhanh <b>máy chủ</b>\nrồi báo cáo"},
        {.kind = DH_IN_FEEDBACK, .source = DH_SRC_CONSOLE, .t = end, .team = 1, .decision = realism, .milli = 5},
    };
    for (size_t i = 0; i < sizeof answers / sizeof answers[0]; i++)
        assert_int_equal(dh_drill_apply(a.drill, &answers[i], err, sizeof err), DH_OK);
    /* out of range, the wrong kind, no words: refused, nothing recorded */
    dh_input bad[] = {
        {.kind = DH_IN_FEEDBACK, .t = end, .team = 0, .decision = realism, .milli = 6},
        {.kind = DH_IN_FEEDBACK, .t = end, .team = 0, .decision = realism, .milli = 3, .text = "x"},
        {.kind = DH_IN_FEEDBACK, .t = end, .team = 0, .decision = worked, .text = " \n "},
        {.kind = DH_IN_FEEDBACK, .t = end, .team = 0, .decision = worked, .text = "\x1b[2J"},
        {.kind = DH_IN_FEEDBACK, .t = end, .team = 0, .decision = 99, .milli = 3},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(dh_drill_apply(a.drill, &bad[i], err, sizeof err), DH_ESTATE);
    assert_int_equal(dh_drill_feedback_find(a.drill, 1, realism)->rating, 5);
    assert_int_equal(dh_drill_feedback_count(a.drill), 3);

    assert_int_equal(live_from(&b, path, 0, DH_BOT_RANDOM, DH_MS_NEVER, err, sizeof err), DH_OK);
    assert_int_equal(b.j.next, b.ninputs);
    assert_int_equal(a.log.len, b.log.len);
    assert_memory_equal(a.log.data, b.log.data, a.log.len);
    assert_int_equal(dh_drill_feedback_count(b.drill), 3);
    assert_string_equal(dh_drill_feedback_find(b.drill, 2, worked)->text,
                        "Cô lập nhanh <b>máy chủ</b>\nrồi báo cáo");
    assert_int_equal(dh_drill_message_count(b.drill), 2);
    assert_string_equal(dh_drill_message_at(b.drill, 0)->title, "Báo chí gọi điện");
    assert_string_equal(dh_drill_message_at(b.drill, 0)->body, "Phóng viên hỏi về sự cố: trả lời thế nào?");
    assert_int_equal(dh_drill_message_at(b.drill, 1)->team, -1);
    assert_non_null(strstr(dh_buf_cstr(&b.log),
                           "\"action\":\"message\",\"text\":\"Báo chí gọi điện\\nPhóng viên"));
    dh_verify_result res;
    assert_int_equal(dh_record_verify(b.rec, &res, err, sizeof err), DH_OK);
    assert_int_equal(res.problem, DH_VERIFY_OK);
    assert_int_equal(res.ninputs, (int64_t)b.ninputs);
    live_free(&a);
    live_free(&b);
    dh_record_remove(path);
}

/* A free-text inject is bounded and clean: a title first, valid UTF-8, no
 * control characters; anything else is refused before it is recorded. */
static void a_written_inject_is_checked_before_it_is_recorded(void **state)
{
    (void)state;
    live a;
    live_new(&a, path);
    char err[512], long_title[DH_MESSAGE_TITLE_MAX + 2];
    memset(long_title, 'x', sizeof long_title - 1);
    long_title[sizeof long_title - 1] = 0;
    static char huge[DH_MESSAGE_MAX + 2];
    memset(huge, 'y', sizeof huge - 1);
    huge[0] = 'T', huge[1] = '\n';
    const char *bad[] = {"", "\nbody without a title", "  \nbody", long_title, huge,
                         "Tiêu đề\x1b]0;pwn\x07", "bad \xff utf-8", NULL};
    for (int i = 0; i < 8; i++) {
        dh_input in = {.kind = DH_IN_MESSAGE, .t = 0, .team = -1, .text = bad[i]};
        assert_int_equal(dh_drill_apply(a.drill, &in, err, sizeof err), DH_ESTATE);
    }
    dh_input to_nobody = {.kind = DH_IN_MESSAGE, .t = 0, .team = 6, .text = "x"};
    assert_int_equal(dh_drill_apply(a.drill, &to_nobody, err, sizeof err), DH_ESTATE);
    dh_input ok = {.kind = DH_IN_MESSAGE, .t = 0, .team = 0, .text = "Tiêu đề\n\tNội dung"};
    assert_int_equal(dh_drill_apply(a.drill, &ok, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_message_count(a.drill), 1);
    assert_int_equal(dh_record_read_progress(a.rec, &(dh_record_progress){0}, err, sizeof err), DH_OK);
    dh_record_input *v;
    size_t n;
    assert_int_equal(dh_record_read_inputs(a.rec, &v, &n, err, sizeof err), DH_OK);
    assert_int_equal(n, 1);   /* only the one that was taken */
    assert_int_equal(v[0].in.kind, DH_IN_MESSAGE);
    dh_record_inputs_free(v, n);
    live_free(&a);
    dh_record_remove(path);
}

static void other_bots_do_not_reproduce_the_record(void **state)
{
    (void)state;
    live a, b;
    live_new(&a, path);
    console(&a, -1, DH_MS_NEVER);
    char err[512];
    assert_int_equal(live_from(&b, path, 0, DH_BOT_BEST, DH_MS_NEVER, err, sizeof err),
                     DH_EINPUT);
    assert_non_null(strstr(err, "does not reproduce its record"));
    live_free(&a);
    live_free(&b);
    dh_record_remove(path);
}

int main(void)
{
    snprintf(path, sizeof path, "test-journal-%d.drill", (int)getpid());
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_replay_reproduces_the_log_byte_for_byte),
        cmocka_unit_test(a_resumed_drill_equals_an_uninterrupted_one),
        cmocka_unit_test(other_bots_do_not_reproduce_the_record),
        cmocka_unit_test(feedback_after_the_end_is_recorded_and_replayed),
        cmocka_unit_test(a_written_inject_is_checked_before_it_is_recorded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
