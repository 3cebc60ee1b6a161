/* test_replay.c — instant replay: the recorded drill at any moment, scrubbed back
 * and forth, is exactly what a fresh rebuild to that moment gives, and the record
 * is never changed. */
#define _POSIX_C_SOURCE 200809L
#include "dh_test.h"
#include "dh_replay.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SCENARIO DH_SOURCE_DIR "/scenarios/ransomware-contributions.lua"

static char path[256];

/* What a moment of a drill is, for comparing: time, events so far, team totals. */
typedef struct moment {
    dh_ms now;
    uint64_t nevents;
    int64_t totals[12];
} moment;

static moment at(const dh_drill *d)
{
    moment m = {dh_drill_now(d), dh_drill_event_count(d), {0}};
    for (size_t t = 0; t < dh_drill_team_count(d) && t < 12; t++) m.totals[t] = dh_drill_team_total(d, t);
    return m;
}

static void same(const moment *a, const moment *b)
{
    assert_int_equal(a->now, b->now);
    assert_int_equal(a->nevents, b->nevents);
    assert_memory_equal(a->totals, b->totals, sizeof a->totals);
}

static int record_drill(void **state)
{
    (void)state;
    snprintf(path, sizeof path, "test_replay-%d.drill", (int)getpid());
    remove(path);
    dh_session_opts o = {.scenario = SCENARIO, .teams = "12", .bots = "random", .seed = "5",
                         .record = path};
    dh_session s;
    assert_int_equal(dh_session_open(&s, &o), 0);
    assert_int_equal(dh_session_start(&s), 0);
    assert_int_equal(dh_drill_run_to_end(s.drill), DH_OK);
    assert_int_equal(dh_session_finish(&s, 1), 0);
    dh_session_close(&s);
    return 0;
}

static void scrubbing_back_and_forth_shows_each_moment_exactly(void **state)
{
    (void)state;
    struct stat before, after;
    assert_int_equal(stat(path, &before), 0);

    dh_replay r;
    assert_int_equal(dh_replay_open(&r, path, "en"), 0);
    assert_int_equal(dh_replay_seek(&r, 90 * DH_MS_MINUTE), 0);
    moment late = at(r.s.drill);
    assert_int_equal(late.now, 90 * DH_MS_MINUTE);
    assert_int_equal(dh_replay_seek(&r, 30 * DH_MS_MINUTE), 0);   /* back */
    moment early = at(r.s.drill);
    assert_int_equal(early.now, 30 * DH_MS_MINUTE);
    assert_true(early.nevents < late.nevents);
    assert_int_equal(dh_replay_seek(&r, 90 * DH_MS_MINUTE), 0);   /* forth again */
    moment again = at(r.s.drill);
    same(&late, &again);
    assert_int_equal(dh_replay_seek(&r, DH_MS_NEVER), 0);         /* clamped to the end */
    assert_true(dh_drill_ended(r.s.drill));
    assert_int_equal(dh_drill_now(r.s.drill), r.end);
    dh_replay_close(&r);

    /* a fresh rebuild straight to 0:30 agrees with the one reached by scrubbing */
    dh_replay fresh;
    assert_int_equal(dh_replay_open(&fresh, path, "en"), 0);
    assert_int_equal(dh_replay_seek(&fresh, 30 * DH_MS_MINUTE), 0);
    moment direct = at(fresh.s.drill);
    same(&early, &direct);
    dh_replay_close(&fresh);

    assert_int_equal(stat(path, &after), 0);
    assert_int_equal(before.st_size, after.st_size);
    assert_int_equal(before.st_mtime, after.st_mtime);
}

static int cleanup(void **state)
{
    (void)state;
    dh_record_remove(path);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scrubbing_back_and_forth_shows_each_moment_exactly),
    };
    return cmocka_run_group_tests(tests, record_drill, cleanup);
}
