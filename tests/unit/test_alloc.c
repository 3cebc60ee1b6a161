/* test_alloc.c — allocation failure over the core's paths (STYLE.md pattern 8).
 *
 * One path, as a headless drill takes it: build and finalize a scenario model,
 * lint it, make a roster and a responses list, create the drill, attach bots and
 * responses, start it, apply facilitator inputs (note, adjustment, pause, resume,
 * speed, an early delivery, a jump), run it to the end with hooks that set flags,
 * add points and deliver injects while ignoring what those calls return (as a
 * script's pcall would), write the event log and rank the teams.
 *
 * The path runs once with no failure for the reference. Then for n = 1, 2, …
 * the n-th allocation fails, in two modes: persistent (every later allocation
 * fails too: memory is gone) and once (only the n-th: the path must not go on
 * as if nothing happened). Every run must end either in DH_ENOMEM (or a NULL
 * from a create) or, when it reports success, with exactly the reference's
 * event log, lint count and ranking: a lost deadline, trigger, flag or score
 * would change them. The loop ends at the first n the path never reaches. Under
 * the sanitizer build a leak or a bad access on any of those paths fails too. */
#include "dh_test.h"
#include "dh_alloc.h"
#include "dh_autoplay.h"
#include "dh_buf.h"
#include "dh_drill_impl.h"
#include "dh_eventlog.h"
#include "dh_lint.h"
#include "dh_rank.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { REF_WHEN_SPREAD = 7, REF_ON_INJECT = 1, REF_ON_CHOICE = 2, REF_ON_END = 3 };

/* --- the scenario, built through the core's model API ----------------------- */

#define NEED(x)                                                                           \
    do {                                                                                  \
        if (!(x)) goto fail;                                                              \
    } while (0)

static int named(dh_named *n, const char *id, const char *name)
{
    return n && (n->id = dh_strdup(id)) && dh_text_set_neutral(&n->name, name) == 0;
}

/* phish (0:05) opens `first` (15 min, timeout `wait`); `wait` sets `spread` and
 * triggers `ransom` 10 min later, which is delivered only where `spread` is set
 * and opens `second` (10 min, timeout `pay`); `status` arrives at 0:40. */
static dh_status build(dh_scenario **out)
{
    *out = NULL;
    dh_scenario *sc = dh_scenario_create("alloc.lua");
    if (!sc) return DH_ENOMEM;
    dh_diags diags;
    dh_diags_init(&diags);
    sc->line = 1;
    sc->duration = DH_MS_HOUR;
    NEED(sc->id = dh_strdup("alloc"));
    NEED(dh_text_set_neutral(&sc->title, "Allocation failure") == 0);
    NEED(named(dh_scenario_add_category(sc), "detect", "Detect"));
    NEED(named(dh_scenario_add_category(sc), "contain", "Contain"));

    static const struct { const char *id; dh_ms at; int when; } injects[] = {
        {"phish", 5 * DH_MS_MINUTE, DH_NOREF},
        {"ransom", DH_MS_NEVER, REF_WHEN_SPREAD},
        {"status", 40 * DH_MS_MINUTE, DH_NOREF},
    };
    for (size_t i = 0; i < 3; i++) {
        dh_inject *in = dh_scenario_add_inject(sc);
        NEED(in);
        in->line = 2 + (int)i;
        in->at = injects[i].at;
        in->when_ref = injects[i].when;
        NEED(in->id = dh_strdup(injects[i].id));
        NEED(dh_text_set_neutral(&in->title, injects[i].id) == 0);
    }

    dh_decision *d = dh_scenario_add_decision(sc);
    NEED(d);
    d->line = 10;
    d->within = 15 * DH_MS_MINUTE;
    d->speed = (dh_speed){1, 5 * DH_MS_MINUTE, 15 * DH_MS_MINUTE, 500};
    NEED(d->id = dh_strdup("first"));
    NEED(d->on_id = dh_strdup("phish"));
    NEED(d->timeout_id = dh_strdup("wait"));
    NEED(dh_text_set_neutral(&d->prompt, "Phishing reported: what now?") == 0);
    dh_option *o = dh_decision_add_option(d);
    NEED(o);
    NEED(o->id = dh_strdup("isolate"));
    NEED(dh_text_set_neutral(&o->text, "Isolate") == 0);
    dh_score_entry *e = dh_option_add_score(o);
    NEED(e && (e->category_id = dh_strdup("contain")));
    e->milli = 10000;
    NEED((e = dh_option_add_score(o)) && (e->category_id = dh_strdup("detect")));
    e->milli = -2000;
    NEED(o = dh_decision_add_option(d));
    NEED(o->id = dh_strdup("wait"));
    NEED(dh_text_set_neutral(&o->text, "Wait") == 0);
    dh_flag_set *fs = dh_option_add_set(o);
    NEED(fs);
    fs->flag = dh_intern_add(&sc->names, "spread");
    NEED(fs->flag >= 0);
    fs->value = (dh_value){.type = DH_VAL_BOOL, .as.b = 1};
    dh_trigger *tr = dh_option_add_trigger(o);
    NEED(tr && (tr->inject_id = dh_strdup("ransom")));
    tr->after = 10 * DH_MS_MINUTE;

    NEED(d = dh_scenario_add_decision(sc));
    d->line = 20;
    d->within = 10 * DH_MS_MINUTE;
    d->speed = (dh_speed){1, 2 * DH_MS_MINUTE, 10 * DH_MS_MINUTE, 200};
    NEED(d->id = dh_strdup("second"));
    NEED(d->on_id = dh_strdup("ransom"));
    NEED(d->timeout_id = dh_strdup("pay"));
    NEED(dh_text_set_neutral(&d->prompt, "Files encrypted: restore or pay?") == 0);
    NEED(o = dh_decision_add_option(d));
    NEED(o->id = dh_strdup("restore"));
    NEED(dh_text_set_neutral(&o->text, "Restore") == 0);
    NEED((e = dh_option_add_score(o)) && (e->category_id = dh_strdup("contain")));
    e->milli = 5000;
    NEED(fs = dh_option_add_set(o));
    fs->flag = dh_intern_add(&sc->names, "restored");
    NEED(fs->flag >= 0);
    int yes = dh_intern_add(&sc->names, "yes");
    NEED(yes >= 0);
    fs->value = (dh_value){.type = DH_VAL_STR, .as.str = yes};
    NEED(o = dh_decision_add_option(d));
    NEED(o->id = dh_strdup("pay"));
    NEED(dh_text_set_neutral(&o->text, "Pay") == 0);
    NEED((e = dh_option_add_score(o)) && (e->category_id = dh_strdup("contain")));
    e->milli = -3000;

    static const struct { dh_hook_event ev; int ref; } hooks[] = {
        {DH_HOOK_INJECT, REF_ON_INJECT}, {DH_HOOK_CHOICE, REF_ON_CHOICE}, {DH_HOOK_END, REF_ON_END}};
    for (size_t i = 0; i < 3; i++) {
        dh_hook *h = dh_scenario_add_hook(sc);
        NEED(h);
        h->event = hooks[i].ev;
        h->ref = hooks[i].ref;
        h->line = 30 + (int)i;
    }
    NEED(dh_intern_add(&sc->names, "seen") >= 0);

    dh_status st = dh_scenario_finalize(sc, &diags);
    dh_diags_free(&diags);
    if (st) {
        dh_scenario_destroy(sc);
        return st;
    }
    *out = sc;
    return DH_OK;
fail:
    dh_diags_free(&diags);
    dh_scenario_destroy(sc);
    return DH_ENOMEM;
}

/* --- what scripts would do, in C ----------------------------------------------- */

static int when_spread(void *ctx, dh_drill *d, int ref, int team, int inject)
{
    int name = dh_intern_find(&d->names, "spread");
    const dh_value *v = name >= 0 ? dh_drill_flag_get(d, team, name) : NULL;
    return v && v->type == DH_VAL_BOOL && v->as.b;
}

/* Like a script under pcall, the hooks ignore what the drill returns: a failure
 * to store must stop the drill by itself. */
static void hook(void *ctx, dh_drill *d, int ref, dh_hook_event ev, int team, const char *a,
                 const char *b)
{
    switch (ref) {
    case REF_ON_INJECT: {
        int seen = dh_intern_find(&d->names, "seen");
        (void)dh_drill_flag_set(d, team, seen,
                                (dh_value){.type = DH_VAL_NUM, .as.num = (double)d->now});
        if (a && !strcmp(a, "status") && team == 4)  /* team:inject("ransom", 60) */
            (void)dh_drill_schedule_inject(d, team, 1, DH_MS_MINUTE);
        break;
    }
    case REF_ON_CHOICE:
        (void)dh_drill_adjust(d, team, 0, 500, "answered", 1);
        break;
    case REF_ON_END:
        (void)dh_drill_adjust(d, team, 1, team * 100, "closing", 1);
        break;
    }
}

static void sink(void *ctx, const dh_logrec *r) { dh_eventlog_format(ctx, r); }

/* --- the path ---------------------------------------------------------------------- */

typedef struct outcome {
    dh_status st;
    const char *step;   /* where it stopped */
    dh_buf text;        /* event log, then lint count and ranking */
} outcome;

static dh_status apply(dh_drill *d, dh_input in)
{
    char err[256];
    in.t = d->now;
    return dh_drill_apply(d, &in, err, sizeof err);
}

#define STEP(name, expr)                                                                  \
    do {                                                                                  \
        o->step = name;                                                                   \
        if ((o->st = (expr)) != DH_OK) goto done;                                         \
    } while (0)

static void run_path(outcome *o)
{
    memset(o, 0, sizeof *o);
    dh_buf_init(&o->text);
    dh_scenario *sc = NULL;
    dh_roster roster;
    dh_roster_init(&roster);
    dh_responses rs = {0};
    dh_drill *d = NULL;
    dh_autoplay ap = {0};
    dh_ranking rk = {0};
    dh_diags lint;
    dh_diags_init(&lint);

    STEP("build", build(&sc));
    STEP("lint", dh_lint_scenario(sc, NULL, &lint));
    static const char *const teams[][3] = {{"hn", "Hà Nội", "north"}, {"hp", "Hải Phòng", "north"},
                                           {"dn", "Đà Nẵng", "central"}, {"hcm", "TP. HCM", "south"},
                                           {"ct", "Cần Thơ", "south"}};
    for (size_t i = 0; i < 5; i++)
        STEP("roster", dh_roster_add(&roster, teams[i][0], teams[i][1], teams[i][2], 2 + (int)i));
    for (size_t i = 0; i < 5; i++)
        STEP("role", dh_roster_set_role(&roster, i, i ? "provincial" : "central"));
    STEP("responses", (rs.file = dh_strdup("alloc.csv")) ? DH_OK : DH_ENOMEM);
    /* dn answers after its deadline (0:20): the timeout applies, and the late
     * response is ignored with a warning */
    static const dh_response answers[] = {{0, 0, 0, 6 * DH_MS_MINUTE, 2},
                                          {1, 0, 1, 19 * DH_MS_MINUTE, 3},
                                          {1, 1, 0, 31 * DH_MS_MINUTE, 4},
                                          {2, 0, 0, 25 * DH_MS_MINUTE, 5}};
    for (size_t i = 0; i < sizeof answers / sizeof answers[0]; i++) {
        dh_response *r = dh_vec_push(&rs.items, &rs.count, sizeof *r);
        STEP("responses", r ? DH_OK : DH_ENOMEM);
        *r = answers[i];
    }
    dh_drill_config cfg = {sc, &roster, 42, {NULL, when_spread, hook}};
    STEP("create", (d = dh_drill_create(&cfg)) ? DH_OK : DH_ENOMEM);
    assert_int_equal(dh_drill_add_sink(d, sink, &o->text), 0);
    STEP("attach", dh_autoplay_attach(&ap, d, DH_BOT_RANDOM, &rs));
    STEP("start", dh_drill_start(d));
    STEP("advance", dh_drill_advance(d, 10 * DH_MS_MINUTE));
    STEP("note", apply(d, (dh_input){.kind = DH_IN_NOTE, .team = -1, .text = "phones down"}));
    STEP("adjust", apply(d, (dh_input){.kind = DH_IN_ADJUST, .team = 2, .category = 1,
                                       .milli = 1500, .text = "good call"}));
    STEP("pause", apply(d, (dh_input){.kind = DH_IN_PAUSE}));
    STEP("resume", apply(d, (dh_input){.kind = DH_IN_RESUME}));
    STEP("speed", apply(d, (dh_input){.kind = DH_IN_SPEED, .speed_milli = 2000}));
    STEP("deliver", apply(d, (dh_input){.kind = DH_IN_DELIVER, .team = 3, .inject = 2}));
    STEP("jump", apply(d, (dh_input){.kind = DH_IN_JUMP, .milli = 45 * DH_MS_MINUTE}));
    STEP("run", dh_drill_run_to_end(d));
    assert_true(d->ended);
    STEP("rank", dh_rank_compute(d, &rk));
    o->step = "done";
    dh_buf_printf(&o->text, "lint warnings: %zu\n", lint.warnings);
    for (size_t i = 0; i < rk.nteams; i++) {
        int t = rk.order[i];
        dh_buf_printf(&o->text, "%s rank %d bracket %d role %d total %lld time %lld\n",
                    roster.teams[t].id, rk.rank[t], rk.bracket_rank[t], rk.role_rank[t],
                    (long long)d->totals[t],
                    (long long)d->decision_time[t]);
    }
    /* a log that could not be written is a clean failure too: the session's
     * flush reports it (dh_eventlog_flush) */
    if (o->text.failed) {
        o->st = DH_ENOMEM;
        o->step = "log";
    }
done:
    dh_ranking_free(&rk);
    dh_autoplay_free(&ap);
    dh_drill_destroy(d);
    dh_responses_free(&rs);
    dh_roster_free(&roster);
    dh_scenario_destroy(sc);
    dh_diags_free(&lint);
}

/* Walks n = 1… in one mode; returns how many runs it took. */
static long walk(const outcome *ref, int persistent, uint64_t *allocs)
{
    long n;
    for (n = 1;; n++) {
        outcome o;
        dh_alloc_fail_at(n, persistent);
        run_path(&o);
        dh_alloc_counts c = dh_alloc_counts_get();
        dh_alloc_fail_at(0, 0);
        if (o.st != DH_OK) {
            if (o.st != DH_ENOMEM) {
                fprintf(stderr, "n=%ld (%s): status %d at %s, expected DH_ENOMEM\n", n,
                        persistent ? "persistent" : "once", (int)o.st, o.step);
                fail();
            }
            assert_true(c.failed > 0);  /* only a failed allocation may stop the path */
        } else if (o.text.len != ref->text.len ||
                   memcmp(o.text.data, ref->text.data, ref->text.len)) {
            fprintf(stderr, "n=%ld (%s): reported success with another outcome:\n%s\n---\n%s",
                    n, persistent ? "persistent" : "once", dh_buf_cstr(&o.text),
                    dh_buf_cstr((dh_buf *)&ref->text));
            fail();
        }
        dh_buf_free(&o.text);
        if (c.failed == 0) {      /* the path never reached the n-th allocation */
            assert_int_equal(o.st, DH_OK);
            *allocs = c.calls;
            return n;
        }
    }
}

static void every_allocation_failure_on_the_drill_path_ends_clean(void **state)
{
    outcome ref;
    run_path(&ref);
    assert_int_equal(ref.st, DH_OK);
    assert_string_equal(ref.step, "done");
    if (getenv("DH_TEST_VERBOSE")) fputs(dh_buf_cstr(&ref.text), stderr);
    /* the path does what it claims: bots, responses, triggers, hooks, inputs */
    const char *log = dh_buf_cstr(&ref.text);
    assert_non_null(strstr(log, "\"type\":\"inject\",\"team\":\"hp\",\"id\":\"ransom\""));
    assert_non_null(strstr(log, "\"by\":\"responses\""));
    assert_non_null(strstr(log, "\"by\":\"bot\""));
    assert_non_null(strstr(log, "\"type\":\"expire\""));
    assert_non_null(strstr(log, "\"reason\":\"answered\""));
    assert_non_null(strstr(log, "\"reason\":\"closing\""));
    assert_non_null(strstr(log, "\"action\":\"jump\""));
    assert_non_null(strstr(log, "\"type\":\"end\""));

    dh_alloc_forget_sites();
    uint64_t allocs = 0, allocs_once = 0;
    long runs = walk(&ref, 1, &allocs);
    long runs_once = walk(&ref, 0, &allocs_once);
    dh_alloc_counts c = dh_alloc_counts_get();
    assert_int_equal(allocs, allocs_once);
    assert_true(allocs > 50);
    printf("alloc failure, drill path: %llu allocations from %llu call sites; %ld runs "
           "persistent + %ld runs once, each ended clean\n",
           (unsigned long long)allocs, (unsigned long long)c.sites, runs, runs_once);
    dh_buf_free(&ref.text);
}

/* The hook itself: the n-th fails, earlier ones do not, disarmed nothing fails. */
static void the_hook_fails_exactly_the_nth_allocation(void **state)
{
    dh_alloc_fail_at(3, 0);
    void *a = dh_malloc(8), *b = dh_calloc(1, 8), *c = dh_realloc(NULL, 8), *e = dh_malloc(8);
    dh_alloc_counts k = dh_alloc_counts_get();
    dh_alloc_fail_at(0, 0);
    assert_non_null(a);
    assert_non_null(b);
    assert_null(c);
    assert_non_null(e);
    assert_int_equal(k.calls, 4);
    assert_int_equal(k.failed, 1);
    dh_alloc_fail_at(2, 1);
    void *f = dh_malloc(8), *g = dh_malloc(8), *h = dh_malloc(8);
    dh_alloc_fail_at(0, 0);
    assert_non_null(f);
    assert_null(g);
    assert_null(h);
    void *i = dh_malloc(8);
    assert_non_null(i);
    free(a), free(b), free(e), free(f), free(i);
}

/* A deadline that cannot be scheduled stops the drill with DH_ENOMEM; before,
 * push()'s status was dropped and the decision stayed open forever. */
static void a_lost_deadline_stops_the_drill(void **state)
{
    dh_scenario *sc;
    assert_int_equal(build(&sc), DH_OK);
    dh_roster roster;
    dh_roster_init(&roster);
    assert_int_equal(dh_roster_add(&roster, "hn", "Hà Nội", "north", 2), DH_OK);
    assert_int_equal(dh_roster_add(&roster, "hp", "Hải Phòng", "north", 3), DH_OK);
    dh_drill_config cfg = {sc, &roster, 1, {NULL, NULL, NULL}};
    dh_drill *d = dh_drill_create(&cfg);
    assert_non_null(d);
    assert_int_equal(dh_drill_start(d), DH_OK);
    /* fill the timeline to its capacity: popping `phish` at 0:05 frees one slot,
     * which hn's deadline takes; hp's deadline needs the timeline to grow */
    while (d->tl.nslots < d->tl.cap)
        assert_int_equal(dh_drill_schedule_inject(d, 0, 2, 50 * DH_MS_MINUTE), DH_OK);
    dh_alloc_fail_at(1, 1);
    dh_status st = dh_drill_advance(d, 6 * DH_MS_MINUTE);
    dh_alloc_counts c = dh_alloc_counts_get();
    dh_alloc_fail_at(0, 0);
    assert_true(c.failed > 0);
    assert_int_equal(st, DH_ENOMEM);
    assert_int_equal(dh_drill_decision(d, 1, 0)->status, DH_DEC_OPEN);
    assert_int_equal(dh_drill_decision(d, 1, 0)->deadline_event, 0);
    /* stopped for good: no more events, and no inputs */
    uint64_t events = d->nevents;
    assert_int_equal(dh_drill_run_to_end(d), DH_ENOMEM);
    assert_int_equal(d->nevents, events);
    assert_false(d->ended);
    char err[128];
    dh_input in = {.kind = DH_IN_NOTE, .team = -1, .t = d->now, .text = "x"};
    assert_int_equal(dh_drill_apply(d, &in, err, sizeof err), DH_ENOMEM);
    dh_drill_destroy(d);
    dh_roster_free(&roster);
    dh_scenario_destroy(sc);
}

/* A flag a script sets that cannot be stored stops the drill even when the
 * script ignores the error (its own pcall). */
static void a_lost_flag_stops_the_drill_whatever_the_script_does(void **state)
{
    dh_scenario *sc;
    assert_int_equal(build(&sc), DH_OK);
    dh_roster roster;
    dh_roster_init(&roster);
    assert_int_equal(dh_roster_add(&roster, "hn", "Hà Nội", "north", 2), DH_OK);
    dh_drill_config cfg = {sc, &roster, 1, {NULL, when_spread, hook}};
    dh_drill *d = dh_drill_create(&cfg);
    assert_non_null(d);
    assert_int_equal(dh_drill_start(d), DH_OK);
    assert_int_equal(dh_drill_advance(d, 4 * DH_MS_MINUTE), DH_OK);
    /* at 0:05 the inject hook's flag_set is the only allocation (the team has
     * no flags yet; the deadline fits in the timeline) */
    dh_alloc_fail_at(1, 0);
    dh_status st = dh_drill_advance(d, 6 * DH_MS_MINUTE);
    dh_alloc_counts c = dh_alloc_counts_get();
    dh_alloc_fail_at(0, 0);
    assert_int_equal(c.calls, 1);
    assert_int_equal(c.failed, 1);
    assert_int_equal(st, DH_ENOMEM);
    assert_null(dh_drill_flag_get(d, 0, dh_intern_find(&d->names, "seen")));
    assert_int_equal(dh_drill_run_to_end(d), DH_ENOMEM);
    dh_drill_destroy(d);
    dh_roster_free(&roster);
    dh_scenario_destroy(sc);
}

/* A roster add that runs out of memory leaves the roster as it was: before,
 * the id was interned first, so after a failed add dh_roster_find named a team
 * past the end, every later add failed, and the copies leaked. */
static void a_failed_roster_add_leaves_the_roster_as_it_was(void **state)
{
    for (long n = 1;; n++) {
        dh_roster r;
        dh_roster_init(&r);
        assert_int_equal(dh_roster_add(&r, "hn", "Hà Nội", "north", 2), DH_OK);
        dh_alloc_fail_at(n, 0);
        dh_status st = dh_roster_add(&r, "hcm", "TP. HCM", "south", 3);
        dh_alloc_counts c = dh_alloc_counts_get();
        dh_alloc_fail_at(0, 0);
        if (st == DH_OK) {
            assert_int_equal(c.failed, 0);
            assert_int_equal(dh_roster_find(&r, "hcm"), 1);
            dh_roster_free(&r);
            break;
        }
        assert_int_equal(st, DH_ENOMEM);
        assert_int_equal(r.nteams, 1);
        assert_int_equal(dh_roster_find(&r, "hcm"), -1);
        assert_int_equal(r.nbrackets, 1);
        assert_int_equal(dh_roster_add(&r, "dn", "Đà Nẵng", "central", 4), DH_OK);
        assert_int_equal(dh_roster_find(&r, "dn"), 1);
        assert_string_equal(r.brackets[r.bracket_of[1]], "central");
        dh_roster_free(&r);
    }
    dh_roster r;
    dh_roster_init(&r);
    assert_int_equal(dh_roster_add(&r, "hn", "Hà Nội", "north", 2), DH_OK);
    assert_int_equal(dh_roster_add(&r, "hn", "again", "north", 3), DH_EINPUT);
    dh_roster_free(&r);
}

/* A role that could not be stored leaves the team without one and the roster's
 * roles as they were; the next try succeeds. */
static void a_failed_role_leaves_the_roster_as_it_was(void **state)
{
    (void)state;
    for (long n = 1;; n++) {
        dh_roster r;
        dh_roster_init(&r);
        assert_int_equal(dh_roster_add(&r, "hn", "Hà Nội", "north", 2), DH_OK);
        dh_alloc_fail_at(n, 0);
        dh_status st = dh_roster_set_role(&r, 0, "provincial");
        dh_alloc_counts c = dh_alloc_counts_get();
        dh_alloc_fail_at(0, 0);
        if (st == DH_OK) {
            assert_int_equal(c.failed, 0);
            assert_string_equal(dh_roster_team_role(&r, 0), "provincial");
            dh_roster_free(&r);
            break;
        }
        assert_int_equal(st, DH_ENOMEM);
        assert_int_equal(r.nroles, 0);
        assert_int_equal(r.teams[0].role, -1);
        assert_int_equal(dh_roster_set_role(&r, 0, "provincial"), DH_OK);
        assert_int_equal(r.nroles, 1);
        dh_roster_free(&r);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_hook_fails_exactly_the_nth_allocation),
        cmocka_unit_test(a_lost_deadline_stops_the_drill),
        cmocka_unit_test(a_lost_flag_stops_the_drill_whatever_the_script_does),
        cmocka_unit_test(a_failed_role_leaves_the_roster_as_it_was),
        cmocka_unit_test(a_failed_roster_add_leaves_the_roster_as_it_was),
        cmocka_unit_test(every_allocation_failure_on_the_drill_path_ends_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
