/* test_mirror.c — a station's copy of a remote drill answers the view's questions
 * as the server described it, and nothing a server sends can break it. */
#include "dh_test.h"
#include "dh_mirror.h"
#include "dh_snapshot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const dh_mirror_named cats[] = {{"detect", {{"Detect", "Phát hiện"}}},
                                       {"contain", {{"Contain", "Ngăn chặn"}}}};
static const dh_mirror_named stages[] = {{"initial-access", {{"Initial access", NULL}}}};
static const dh_mirror_team teams[] = {{"hanoi", "Hà Nội", "north", "provincial"},
                                       {"hue", "Huế", "central", NULL}};

static dh_mirror_welcome welcome(dh_mirror_role role, const char *id)
{
    return (dh_mirror_welcome){.role = role, .id = id, .show_points = 1,
                               .scenario_id = "ransomware", .title = {{"Ransomware", "Mã độc"}},
                               .duration = 3 * 3600 * 1000, .categories = cats, .ncategories = 2,
                               .stages = stages, .nstages = 1, .teams = teams, .nteams = 2};
}

static const dh_mirror_inject_def alert = {.id = "first-alert", .title = {{"Alert", "Cảnh báo"}},
                                       .body = {{"A host beacons", NULL}}, .severity = "high",
                                       .stage = "initial-access", .attack = "T1566"};
static const dh_mirror_inject_def note2 = {.id = "ransom-note", .title = {{"Ransom note", NULL}}};

static const dh_mirror_points now_pts[] = {{"contain", 10000}, {"detect", 5000}};
static const dh_mirror_option opts[] = {{.id = "now", .text = {{"Isolate now", NULL}}, .points = now_pts, .npoints = 2},
                                        {.id = "wait", .text = {{"Wait", NULL}}}};
static const dh_mirror_decision_def isolate = {.id = "isolate", .inject = "first-alert",
                                           .prompt = {{"Isolate the host?", NULL}},
                                           .options = opts, .noptions = 2, .timeout = "wait"};

static dh_mirror *welcomed(dh_mirror_role role, const char *id)
{
    dh_mirror *m = dh_mirror_create();
    assert_non_null(m);
    dh_mirror_welcome w = welcome(role, id);
    char err[200];
    assert_int_equal(dh_mirror_welcome_set(m, &w, err, sizeof err), DH_OK);
    return m;
}

static void nothing_to_draw_before_the_welcome(void **state)
{
    (void)state;
    dh_mirror *m = dh_mirror_create();
    char err[200] = "";
    assert_null(dh_mirror_drill(m));
    assert_int_equal(dh_mirror_inject(m, 1, 0, "hanoi", &alert, err, sizeof err), DH_ESTATE);
    assert_true(strlen(err) > 0);
    dh_mirror_destroy(m);
}

static void the_welcome_gives_teams_categories_and_title(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hue");
    const dh_drill *d = dh_mirror_drill(m);
    assert_non_null(d);
    assert_int_equal(dh_drill_team_count(d), 2);
    assert_int_equal(dh_drill_category_count(d), 2);
    assert_int_equal(dh_mirror_own_team(m), 1);
    assert_string_equal(dh_text_get(&dh_drill_scenario(d)->title, DH_LANG_VI), "Mã độc");
    assert_string_equal(dh_drill_roster(d)->teams[0].name, "Hà Nội");
    /* roles rank like with like, on a station as on the server */
    assert_string_equal(dh_roster_team_role(dh_drill_roster(d), 0), "provincial");
    assert_string_equal(dh_roster_team_role(dh_drill_roster(d), 1), "");
    assert_int_equal(dh_snap_state(d), DH_RUN_WAITING);
    assert_int_equal(dh_drill_inject_count(d), 0);
    dh_mirror_destroy(m);
}

static void a_delivery_is_in_the_inbox_and_survives_new_definitions(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200];
    assert_int_equal(dh_mirror_start(m, 1, 0), DH_OK);
    assert_int_equal(dh_mirror_inject(m, 4, 300000, "hanoi", &alert, err, sizeof err), DH_OK);
    uint64_t serial = dh_drill_serial(dh_mirror_drill(m));
    assert_int_equal(dh_mirror_inject(m, 9, 600000, "hanoi", &note2, err, sizeof err), DH_OK);
    const dh_drill *d = dh_mirror_drill(m);
    assert_true(dh_drill_serial(d) != serial);  /* a new definition is a new drill */
    int order[8];
    assert_int_equal(dh_snap_delivered(d, 0, order, 8), 2);
    assert_int_equal(dh_drill_delivered_at(d, 0, order[0]), 300000);
    assert_string_equal(dh_text_get(&dh_drill_scenario(d)->injects[order[0]].title, DH_LANG_EN), "Alert");
    assert_int_equal(dh_drill_scenario(d)->injects[order[0]].stage, 0);
    assert_int_equal(dh_drill_scenario(d)->injects[order[0]].severity, DH_SEV_HIGH);
    assert_int_equal(dh_drill_delivered_at(d, 1, order[0]), DH_MS_NEVER);
    assert_int_equal(dh_drill_now(d), 600000);
    assert_int_equal(dh_mirror_last_seq(m), 9);
    /* the schedule is the server's: no MSEL lane, no next inject */
    assert_int_equal(dh_snap_next_timed_inject(d, 0, NULL), -1);
    dh_mirror_destroy(m);
}

static void a_decision_opens_closes_and_scores(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200];
    dh_mirror_start(m, 1, 0);
    dh_mirror_inject(m, 4, 300000, "hanoi", &alert, err, sizeof err);
    assert_int_equal(dh_mirror_open(m, 5, 300000, "hanoi", 1200000, &isolate, err, sizeof err), DH_OK);
    const dh_drill *d = dh_mirror_drill(m);
    int open[4];
    assert_int_equal(dh_snap_open_decisions(d, 0, open, 4), 1);
    const dh_decision *dec = &dh_drill_scenario(d)->decisions[open[0]];
    assert_int_equal(dec->noptions, 2);
    assert_string_equal(dh_text_get(&dec->options[1].text, DH_LANG_VI), "Wait");
    assert_int_equal(dh_drill_decision(d, 0, open[0])->deadline, 1200000);
    assert_int_equal(dh_decision_best_option(dec), 0);

    static const dh_mirror_points got[] = {{"contain", 8000}, {"detect", 4000}};
    assert_int_equal(dh_mirror_closed(m, 9, 420000, "hanoi", "isolate", "now", 0, 800, got, 2, err, sizeof err),
                     DH_OK);
    d = dh_mirror_drill(m);
    assert_int_equal(dh_snap_open_decisions(d, 0, open, 4), 0);
    assert_int_equal(dh_snap_closed_decisions(d, 0, open, 4), 1);
    const dh_decision_state *st = dh_drill_decision(d, 0, open[0]);
    assert_int_equal(st->status, DH_DEC_ANSWERED);
    assert_int_equal(st->option, 0);
    assert_int_equal(st->factor, 800);
    assert_int_equal(st->points, 12000);
    assert_int_equal(dh_drill_team_total(d, 0), 12000);
    assert_int_equal(dh_drill_points(d, 0, 1), 8000);
    assert_int_equal(dh_drill_decision_time(d, 0), 120000);
    assert_int_equal(dh_snap_quality(d, 0, open[0]), DH_Q_GOOD);
    dh_mirror_destroy(m);
}

/* The server sends a team its own order of the options; the station draws
 * them as sent and never shuffles them again (a second shuffle would show the
 * team an order nobody chose, and a different one on every rebuild). */
static void a_station_keeps_the_options_in_the_order_sent(void **state)
{
    (void)state;
    static const dh_mirror_option sent[] = {{.id = "wait", .text = {{"Wait", NULL}}},
                                            {.id = "scan", .text = {{"Scan", NULL}}},
                                            {.id = "now", .text = {{"Isolate now", NULL}}},
                                            {.id = "call", .text = {{"Call", NULL}}},
                                            {.id = "none", .text = {{"None of these", NULL}}}};
    dh_mirror_decision_def five = isolate;
    five.options = sent;
    five.noptions = 5;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200];
    dh_mirror_start(m, 1, 0);
    dh_mirror_inject(m, 4, 300000, "hanoi", &alert, err, sizeof err);
    assert_int_equal(dh_mirror_open(m, 5, 300000, "hanoi", 1200000, &five, err, sizeof err), DH_OK);
    /* a later definition rebuilds the mirror's drill: the order stays */
    assert_int_equal(dh_mirror_inject(m, 9, 600000, "hanoi", &note2, err, sizeof err), DH_OK);
    const dh_drill *d = dh_mirror_drill(m);
    int open[4], order[5];
    assert_int_equal(dh_snap_open_decisions(d, 0, open, 4), 1);
    const dh_decision *dec = &dh_drill_scenario(d)->decisions[open[0]];
    dh_drill_option_order(d, 0, open[0], order);
    for (int p = 0; p < 5; p++) assert_string_equal(dec->options[order[p]].id, sent[p].id);
    dh_mirror_destroy(m);
}

static void a_repeated_catch_up_changes_nothing(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200];
    dh_mirror_start(m, 1, 0);
    dh_mirror_inject(m, 4, 300000, "hanoi", &alert, err, sizeof err);
    dh_mirror_open(m, 5, 300000, "hanoi", 1200000, &isolate, err, sizeof err);
    static const dh_mirror_points got[] = {{"contain", 10000}};
    dh_mirror_closed(m, 9, 420000, "hanoi", "isolate", "now", 0, 1000, got, 1, err, sizeof err);
    dh_mirror_adjust(m, 12, 600000, "hanoi", "contain", -5000, "wrong host", err, sizeof err);
    /* a reconnect: the same welcome keeps everything, then the server repeats */
    dh_mirror_welcome w = welcome(DH_MIRROR_TEAM, "hanoi");
    assert_int_equal(dh_mirror_welcome_set(m, &w, err, sizeof err), DH_OK);
    dh_mirror_closed(m, 9, 420000, "hanoi", "isolate", "now", 0, 1000, got, 1, err, sizeof err);
    dh_mirror_adjust(m, 12, 600000, "hanoi", "contain", -5000, "wrong host", err, sizeof err);
    const dh_drill *d = dh_mirror_drill(m);
    assert_int_equal(dh_drill_team_total(d, 0), 5000);
    assert_int_equal(dh_drill_adjustment_count(d), 1);
    assert_string_equal(dh_drill_adjustment_at(d, 0)->reason, "wrong host");
    assert_int_equal(dh_mirror_last_seq(m), 12);
    dh_mirror_destroy(m);
}

/* A scored answer moves the totals to what it gives now: a second score (the
 * mean moved), a repeat after a reconnect, and a score a team is not shown
 * points for leave the totals where the server has them. */
static void question_points_count_on_the_scoreboard(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_EVALUATOR, "ev-1");
    char err[200];
    dh_mirror_start(m, 1, 0);
    static const dh_mirror_points first[] = {{"contain", 4000}, {"detect", 2000}};
    static const dh_mirror_points mean[] = {{"contain", 2000}, {"detect", 1000}};
    assert_int_equal(dh_mirror_scored(m, 5, 600000, "hanoi", "notify", first, 2, err, sizeof err), DH_OK);
    const dh_drill *d = dh_mirror_drill(m);
    assert_int_equal(dh_drill_team_total(d, 0), 6000);
    assert_int_equal(dh_mirror_scored(m, 6, 700000, "hanoi", "notify", mean, 2, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_team_total(d, 0), 3000);
    assert_int_equal(dh_drill_team_points(d, 0)[0], 1000);   /* detect */
    /* the server repeats it after a reconnect */
    assert_int_equal(dh_mirror_scored(m, 6, 700000, "hanoi", "notify", mean, 2, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_team_total(d, 0), 3000);
    /* points of no category of the scenario are refused and change nothing */
    static const dh_mirror_points bad[] = {{"morale", 9000}};
    assert_int_equal(dh_mirror_scored(m, 7, 800000, "hanoi", "notify", bad, 1, err, sizeof err), DH_EINPUT);
    assert_int_equal(dh_drill_team_total(d, 0), 3000);
    /* no points field (a team not shown points) */
    assert_int_equal(dh_mirror_scored(m, 8, 800000, "hanoi", "notify", NULL, 0, err, sizeof err), DH_OK);
    assert_int_equal(dh_drill_team_total(d, 0), 3000);
    dh_mirror_destroy(m);
}

static void another_welcome_starts_afresh(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200];
    dh_mirror_inject(m, 4, 300000, "hanoi", &alert, err, sizeof err);
    dh_mirror_welcome w = welcome(DH_MIRROR_TEAM, "hue");
    assert_int_equal(dh_mirror_welcome_set(m, &w, err, sizeof err), DH_OK);
    assert_int_equal(dh_mirror_last_seq(m), 0);
    assert_int_equal(dh_drill_inject_count(dh_mirror_drill(m)), 0);
    assert_int_equal(dh_mirror_own_team(m), 1);
    dh_mirror_destroy(m);
}

static void the_clock_moves_by_wall_time_times_speed_between_clock_messages(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_OBSERVER, NULL);
    assert_int_equal(dh_mirror_tick(m, 1000000), 0);   /* waiting: stands still */
    dh_mirror_clock(m, 421337, DH_RUN_RUNNING, 2000);
    assert_int_equal(dh_mirror_tick(m, 1500000), 424337);
    for (int i = 0; i < 3; i++) dh_mirror_tick(m, 333);  /* fractions carry over */
    assert_int_equal(dh_drill_now(dh_mirror_drill(m)), 424338);
    dh_mirror_clock(m, 500000, DH_RUN_PAUSED, 2000);
    assert_int_equal(dh_mirror_tick(m, 5000000), 500000);
    assert_int_equal(dh_snap_state(dh_mirror_drill(m)), DH_RUN_PAUSED);
    dh_mirror_clock(m, 3 * 3600 * 1000 - 10, DH_RUN_RUNNING, 60000);
    assert_int_equal(dh_mirror_tick(m, 10000000), 3 * 3600 * 1000);  /* never past the duration */
    char err[200];
    dh_mirror_control(m, 40, 3 * 3600 * 1000, "pause", 0, 0, NULL, NULL, err, sizeof err);
    assert_true(dh_drill_paused(dh_mirror_drill(m)));
    dh_mirror_control(m, 41, 3 * 3600 * 1000, "speed", 5000, 0, NULL, NULL, err, sizeof err);
    assert_int_equal(dh_drill_speed(dh_mirror_drill(m)), 5000);
    dh_mirror_end(m, 42, 3 * 3600 * 1000);
    assert_int_equal(dh_snap_state(dh_mirror_drill(m)), DH_RUN_ENDED);
    dh_mirror_destroy(m);
}

static void an_observer_learns_options_by_their_ids(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_OBSERVER, NULL);
    char err[200];
    static const dh_mirror_decision_def bare = {.id = "isolate"};
    assert_int_equal(dh_mirror_open(m, 5, 300000, "hue", DH_MS_NEVER, &bare, err, sizeof err), DH_OK);
    static const dh_mirror_points got[] = {{"detect", 3000}};
    assert_int_equal(dh_mirror_closed(m, 6, 400000, "hue", "isolate", "now", 0, 1000, got, 1, err, sizeof err),
                     DH_OK);
    assert_int_equal(dh_mirror_closed(m, 7, 400000, "hanoi", "isolate", NULL, 1, 0, NULL, 0, err, sizeof err),
                     DH_OK);
    const dh_drill *d = dh_mirror_drill(m);
    assert_int_equal(dh_drill_team_total(d, 1), 3000);
    assert_int_equal(dh_drill_points(d, 1, 0), 3000);
    assert_string_equal(dh_drill_scenario(d)->decisions[0].options[0].id, "now");
    assert_int_equal(dh_drill_decision(d, 0, 0)->status, DH_DEC_EXPIRED);
    assert_int_equal(dh_drill_decision(d, 0, 0)->option, -1);
    dh_mirror_destroy(m);
}

static void notes_are_kept_per_team(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_EVALUATOR, "ev1");
    char err[200];
    assert_int_equal(dh_mirror_control(m, 3, 1000, "note", 0, 0, "hue", "called at 09:12", err, sizeof err), DH_OK);
    assert_int_equal(dh_mirror_control(m, 4, 2000, "note", 0, 0, NULL, "whole drill", err, sizeof err), DH_OK);
    const dh_drill *d = dh_mirror_drill(m);
    assert_int_equal(dh_drill_note_count(d), 2);
    assert_int_equal(dh_drill_note_at(d, 0)->team, 1);
    assert_int_equal(dh_drill_note_at(d, 1)->team, -1);
    assert_string_equal(dh_drill_note_at(d, 0)->text, "called at 09:12");
    dh_mirror_destroy(m);
}

/* A written inject reaches a team station's mirror as the drill keeps it: title
 * and body, to this team or every team; one the drill would not take is refused. */
static void written_injects_reach_the_mirror(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200];
    assert_int_equal(dh_mirror_control(m, 3, 60000, "message", 0, 0, "hanoi",
                                       "Báo chí gọi\nPhóng viên hỏi về sự cố", err, sizeof err), DH_OK);
    assert_int_equal(dh_mirror_control(m, 4, 90000, "message", 0, 0, NULL, "Mất điện", err, sizeof err),
                     DH_OK);
    assert_int_equal(dh_mirror_control(m, 5, 1, "message", 0, 0, "saigon", "x", err, sizeof err), DH_EINPUT);
    assert_int_equal(dh_mirror_control(m, 6, 1, "message", 0, 0, NULL, "\nno title", err, sizeof err), DH_EINPUT);
    assert_int_equal(dh_mirror_control(m, 7, 1, "message", 0, 0, NULL, "bad \xff", err, sizeof err), DH_EINPUT);
    const dh_drill *d = dh_mirror_drill(m);
    assert_int_equal(dh_drill_message_count(d), 2);
    assert_int_equal(dh_drill_message_at(d, 0)->team, 0);
    assert_string_equal(dh_drill_message_at(d, 0)->title, "Báo chí gọi");
    assert_string_equal(dh_drill_message_at(d, 0)->body, "Phóng viên hỏi về sự cố");
    assert_int_equal(dh_drill_message_at(d, 1)->team, -1);
    assert_string_equal(dh_drill_message_at(d, 1)->body, "");
    dh_mirror_destroy(m);
}

/* what a broken or hostile server may send: each refused with a message, nothing changed */
static void hostile_events_are_refused_and_change_nothing(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200];
    dh_mirror_inject(m, 4, 300000, "hanoi", &alert, err, sizeof err);
    uint64_t events = dh_drill_event_count(dh_mirror_drill(m));
    err[0] = 0;
    assert_int_equal(dh_mirror_inject(m, 5, 1, "saigon", &alert, err, sizeof err), DH_EINPUT);
    assert_non_null(strstr(err, "saigon"));
    dh_mirror_inject_def bad = alert;
    bad.id = "../../etc/passwd";
    assert_int_equal(dh_mirror_inject(m, 6, 1, "hanoi", &bad, err, sizeof err), DH_EINPUT);
    bad.id = NULL;
    assert_int_equal(dh_mirror_inject(m, 7, 1, "hanoi", &bad, err, sizeof err), DH_EINPUT);
    dh_mirror_decision_def clash = isolate;
    clash.id = "first-alert";
    assert_int_equal(dh_mirror_open(m, 8, 1, "hanoi", DH_MS_NEVER, &clash, err, sizeof err), DH_EINPUT);
    assert_int_equal(dh_mirror_closed(m, 9, 1, "hanoi", "nope", "now", 0, 1000, NULL, 0, err, sizeof err),
                     DH_EINPUT);
    assert_int_equal(dh_mirror_adjust(m, 10, 1, "hanoi", "morale", 5000, "x", err, sizeof err), DH_EINPUT);
    assert_int_equal(dh_mirror_control(m, 11, 1, "note", 0, 0, "saigon", "x", err, sizeof err), DH_EINPUT);
    /* invalid UTF-8 text is left out, never drawn */
    dh_mirror_inject_def odd = {.id = "odd", .title = {{"\xff\xfe", NULL}}};
    assert_int_equal(dh_mirror_inject(m, 12, 2, "hanoi", &odd, err, sizeof err), DH_OK);
    const dh_drill *d = dh_mirror_drill(m);
    assert_int_equal(dh_drill_inject_count(d), 2);
    assert_string_equal(dh_text_get(&dh_drill_scenario(d)->injects[1].title, DH_LANG_EN), "odd");
    assert_int_equal(dh_drill_team_total(d, 0), 0);
    assert_int_equal(dh_drill_note_count(d), 0);
    assert_int_equal(dh_drill_event_count(d), events + 1);
    /* refused events still count as seen: a reconnect does not ask for them forever */
    assert_int_equal(dh_mirror_last_seq(m), 12);
    /* a welcome that does not hold together leaves no drill */
    dh_mirror_welcome w = welcome(DH_MIRROR_TEAM, "saigon");
    assert_int_equal(dh_mirror_welcome_set(m, &w, err, sizeof err), DH_EINPUT);
    assert_null(dh_mirror_drill(m));
    w = welcome(DH_MIRROR_TEAM, "hanoi");
    w.duration = 0;
    assert_int_equal(dh_mirror_welcome_set(m, &w, err, sizeof err), DH_EINPUT);
    dh_mirror_destroy(m);
}

static void injects_past_the_limit_are_refused(void **state)
{
    (void)state;
    dh_mirror *m = welcomed(DH_MIRROR_TEAM, "hanoi");
    char err[200], id[32];
    dh_status st = DH_OK;
    int i = 0;
    for (; i <= DH_MAX_INJECTS && st == DH_OK; i++) {
        snprintf(id, sizeof id, "i%d", i);
        dh_mirror_inject_def in = {.id = id};
        st = dh_mirror_inject(m, (uint64_t)i + 1, i, "hanoi", &in, err, sizeof err);
    }
    assert_int_equal(st, DH_EINPUT);
    assert_int_equal(i, DH_MAX_INJECTS + 1);
    assert_int_equal(dh_drill_inject_count(dh_mirror_drill(m)), DH_MAX_INJECTS);
    dh_mirror_destroy(m);
}

/* thousands of definitions for thousands of teams would make every new one
 * rebuild a huge drill: past DH_MIRROR_MAX_CELLS they are refused */
static void definitions_times_teams_are_bounded(void **state)
{
    (void)state;
    enum { NT = 5000 };
    static dh_mirror_team many[NT];
    static char ids[NT][16];
    for (int i = 0; i < NT; i++) {
        snprintf(ids[i], sizeof ids[i], "t%d", i);
        many[i] = (dh_mirror_team){ids[i], NULL, NULL, NULL};
    }
    dh_mirror *m = dh_mirror_create();
    dh_mirror_welcome w = welcome(DH_MIRROR_OBSERVER, NULL);
    w.teams = many;
    w.nteams = NT;
    char err[200], id[32];
    assert_int_equal(dh_mirror_welcome_set(m, &w, err, sizeof err), DH_OK);
    dh_status st = DH_OK;
    int i = 0;
    for (; st == DH_OK && i < 1000; i++) {
        snprintf(id, sizeof id, "i%d", i);
        dh_mirror_inject_def in = {.id = id};
        st = dh_mirror_inject(m, (uint64_t)i + 1, i, "t0", &in, err, sizeof err);
    }
    assert_int_equal(st, DH_EINPUT);
    assert_int_equal(dh_drill_inject_count(dh_mirror_drill(m)), DH_MIRROR_MAX_CELLS / NT);
    dh_mirror_destroy(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nothing_to_draw_before_the_welcome),
        cmocka_unit_test(the_welcome_gives_teams_categories_and_title),
        cmocka_unit_test(a_delivery_is_in_the_inbox_and_survives_new_definitions),
        cmocka_unit_test(a_decision_opens_closes_and_scores),
        cmocka_unit_test(a_station_keeps_the_options_in_the_order_sent),
        cmocka_unit_test(a_repeated_catch_up_changes_nothing),
        cmocka_unit_test(question_points_count_on_the_scoreboard),
        cmocka_unit_test(another_welcome_starts_afresh),
        cmocka_unit_test(the_clock_moves_by_wall_time_times_speed_between_clock_messages),
        cmocka_unit_test(an_observer_learns_options_by_their_ids),
        cmocka_unit_test(notes_are_kept_per_team),
        cmocka_unit_test(written_injects_reach_the_mirror),
        cmocka_unit_test(hostile_events_are_refused_and_change_nothing),
        cmocka_unit_test(injects_past_the_limit_are_refused),
        cmocka_unit_test(definitions_times_teams_are_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
