/* test_lint.c — each lint rule warns at the definition's line, stays silent on
 * a clean scenario, and never turns a warning into an error. */
#include "script_fixture.h"
#include "dh_buf.h"
#include "dh_lint.h"
#include "dh_scan.h"

#include <stdio.h>
#include <string.h>

#define CLEAN_HEAD \
    "scenario { id = 's', duration = '1:00',\n"                                  /* 1 */ \
    "  title = { en = 'T', vi = 'T vi' },\n" \
    "  categories = { { 'contain', en = 'Contain', vi = 'Ngăn chặn' } },\n" \
    "  stages = { 'access' } }\n"
#define TXT(s) "{ en = '" s "', vi = '" s " vi' }"

static const char clean[] =
    CLEAN_HEAD
    "local a = inject { id = 'a', at = '0:05', stage = 'access', title = " TXT("A") ",\n" /* 5 */
    "  notes = " TXT("N") " }\n"
    "decision { id = 'd', on = a, within = '10m', prompt = " TXT("P") ",\n"     /* 7 */
    "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 5 }, set = { f = true },\n"
    "                triggers = { 'b' } },\n"
    "              { id = 'y', text = " TXT("Y") ", score = { contain = 2 } } } }\n"
    "inject { id = 'b', stage = 'access', title = " TXT("B") ", notes = " TXT("N") ",\n" /* 11 */
    "  when = function(team) return team.flags.f end }\n";

/* Lints src and returns the diagnostics (errors from loading included). */
static sfx *lint(const char *src)
{
    sfx *f = sfx_load(src);
    assert_int_equal(f->status, DH_OK);
    dh_scan *scan = dh_scan_create(dh_script_source(f->script, NULL));
    assert_non_null(scan);
    dh_lint_refs refs = dh_scan_refs(scan);
    assert_int_equal(dh_lint_scenario(f->sc, &refs, &f->diags), DH_OK);
    dh_scan_destroy(scan);
    assert_int_equal(f->diags.errors, 0);
    return f;
}

static void expect_warning(const char *src, int line, const char *needle)
{
    sfx *f = lint(src);
    char buf[1200];
    int found = 0;
    for (size_t i = 0; i < f->diags.count && !found; i++) {
        dh_diag_format(&f->diags.items[i], buf, sizeof buf);
        found = f->diags.items[i].severity == DH_WARNING && f->diags.items[i].line == line &&
                strstr(buf, needle) != NULL;
    }
    if (!found) {
        for (size_t i = 0; i < f->diags.count; i++) {
            dh_diag_format(&f->diags.items[i], buf, sizeof buf);
            print_error("  got: %s\n", buf);
        }
        fail_msg("expected a warning at line %d containing \"%s\"", line, needle);
    }
    sfx_free(f);
}

static void clean_scenario_has_no_warnings(void **state)
{
    (void)state;
    sfx *f = lint(clean);
    for (size_t i = 0; i < f->diags.count; i++) print_error("%s\n", f->diags.items[i].message);
    assert_int_equal(f->diags.count, 0);
    sfx_free(f);
}

static void untriggered_inject(void **state)
{
    (void)state;
    char src[4096];
    snprintf(src, sizeof src, "%s", clean);
    char *t = strstr(src, "triggers = { 'b' }");
    memcpy(t, "                  ", 18);
    expect_warning(src, 11, "inject \"b\" is never delivered: it has no `at`, is never "
                            "triggered by any option");
}

static void inject_named_by_a_hook_is_reachable(void **state)
{
    (void)state;
    char src[4096];
    snprintf(src, sizeof src, "%s", clean);
    char *t = strstr(src, "triggers = { 'b' }");
    memcpy(t, "                  ", 18);
    strcat(src, "on('end', function(team) team:inject('b') end)\n");
    sfx *f = lint(src);
    for (size_t i = 0; i < f->diags.count; i++)
        assert_null(strstr(f->diags.items[i].message, "never delivered"));
    sfx_free(f);
}

static void inject_handle_used_by_a_hook_is_reachable(void **state)
{
    (void)state;
    static const char src[] =
        CLEAN_HEAD
        "local a = inject { id = 'a', at = '0:05', stage = 'access', title = " TXT("A") ",\n"
        "  notes = " TXT("N") " }\n"
        "local late = inject { id = 'late', title = " TXT("L") ", notes = " TXT("N") " }\n"
        "on('inject', function(team, id) if id == 'a' then team:inject(late) end end)\n";
    sfx *f = lint(src);
    for (size_t i = 0; i < f->diags.count; i++)
        assert_null(strstr(f->diags.items[i].message, "never delivered"));
    sfx_free(f);
}

static void trigger_chain_from_unreachable_decision(void **state)
{
    (void)state;
    static const char src[] =
        CLEAN_HEAD
        "inject { id = 'a', stage = 'access', title = " TXT("A") ", notes = " TXT("N") " }\n" /* 5 */
        "decision { id = 'd', on = 'a', within = '10m', prompt = " TXT("P") ",\n"          /* 6 */
        "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 1 }, triggers = { 'b' } },\n"
        "              { id = 'y', text = " TXT("Y") " } } }\n"
        "inject { id = 'b', stage = 'access', title = " TXT("B") ", notes = " TXT("N") " }\n"; /* 9 */
    expect_warning(src, 9, "only options of decisions that can never open trigger it");
    expect_warning(src, 6, "decision \"d\" can never open");
}

static void flat_scores(void **state)
{
    (void)state;
    char src[4096];
    snprintf(src, sizeof src, "%s", clean);
    char *t = strstr(src, "score = { contain = 5 }");
    t[20] = '0';
    t = strstr(src, "score = { contain = 2 }");
    t[20] = '0';
    expect_warning(src, 7, "decision \"d\": all 2 options score the same");
}

/* The best answer written longest by half again as much as any other, or the
 * only one worth points, is flagged; a balance_reason silences both; 1.4× is
 * not "by far". */
static void answers_found_by_length_or_as_the_only_positive(void **state)
{
    (void)state;
    char src[4096];
    snprintf(src, sizeof src, "%s", clean);
    char *t = strstr(src, "score = { contain = 2 }");
    memcpy(t, "score = { contain =-2 }", 23);
    expect_warning(src, 7, "decision \"d\": only its best option \"x\" scores above zero");
    /* X vi is 4 characters, Y vi 4: lengthen x's English to 14 against Y's 1 */
    snprintf(src, sizeof src, "%s", clean);
    char *x = strstr(src, "en = 'X'");
    char buf[4096];
    snprintf(buf, sizeof buf, "%.*sen = 'Xxxxxxxxxxxxxx'%s", (int)(x - src), src, x + 8);
    expect_warning(buf, 7, "its best option \"x\" is also its longest text by far (14 characters "
                           "in en against 1 for the next)");
    /* both, and a written reason quiets them */
    char *y = strstr(buf, "contain = 2");
    y[10] = '0';
    char quiet[4096];
    char *at = strstr(buf, "prompt = ");
    snprintf(quiet, sizeof quiet, "%.*sbalance_reason = 'Only one lawful answer.', %s",
             (int)(at - buf), buf, at);
    sfx *f = lint(quiet);
    for (size_t i = 0; i < f->diags.count; i++) print_error("%s\n", f->diags.items[i].message);
    assert_int_equal(f->diags.count, 0);
    sfx_free(f);
    /* 3 characters against 2 is 1.5×; 'Xx vi' (5) against 'Y vi' (4) is not */
    snprintf(src, sizeof src, "%s", clean);
    x = strstr(src, "{ en = 'X', vi = 'X vi' }");
    snprintf(buf, sizeof buf, "%.*s{ en = 'Xxx', vi = 'Xx vi' }%s", (int)(x - src), src, x + 25);
    y = strstr(buf, "{ en = 'Y', vi = 'Y vi' }");
    memcpy(y, "{ en = 'YY', vi = 'Yvi' }", 25);
    expect_warning(buf, 7, "(3 characters in en against 2 for the next)");
}

/* A decision for roles its inject never reaches never opens; a role spelt like
 * a more common one is a typo. */
static void roles_that_meet_nobody(void **state)
{
    (void)state;
    char src[2048];
    snprintf(src, sizeof src, "%s", clean);
    char *a = strstr(src, "notes = ");
    char buf[4096];
    snprintf(buf, sizeof buf, "%.*sroles = { 'central' }, %s", (int)(a - src), src, a);
    char *p = strstr(buf, "prompt = ");
    snprintf(src, sizeof src, "%.*sroles = { 'provincial' }, %s", (int)(p - buf), buf, p);
    expect_warning(src, 7, "decision \"d\" never opens: its roles and those of inject \"a\"");
    snprintf(buf, sizeof buf,
             "%sinject { id = 'c', at = '0:09', stage = 'access', title = " TXT("C") ",\n"
             "  notes = " TXT("N") ", roles = { 'provincial' } }\n"
             "inject { id = 'e', at = '0:09', stage = 'access', title = " TXT("E") ",\n"
             "  notes = " TXT("N") ", roles = { 'provincal' } }\n", src);
    expect_warning(buf, 16, "role \"provincal\" is named 1 time(s) here; did you mean \"provincial\"?");
}

static void one_language_and_plain_strings(void **state)
{
    (void)state;
    static const char src[] =
        CLEAN_HEAD
        "local a = inject { id = 'a', at = '0:05', stage = 'access', title = { en = 'A' },\n" /* 5 */
        "  body = 'plain', from = 'Sender', notes = { vi = 'N' } }\n"
        "decision { id = 'd', on = a, within = '10m', prompt = " TXT("P") ",\n"          /* 7 */
        "  options = { { id = 'x', text = 'X', score = { contain = 5 } },\n"
        "              { id = 'y', text = " TXT("Y") " } } }\n";
    expect_warning(src, 5, "inject \"a\": title has only en; add vi");
    expect_warning(src, 5, "inject \"a\": notes has only vi; add en");
    expect_warning(src, 5, "inject \"a\": body is one plain string");
    expect_warning(src, 7, "option \"x\": text is one plain string");
    sfx *f = lint(src);
    for (size_t i = 0; i < f->diags.count; i++)
        assert_null(strstr(f->diags.items[i].message, "from"));
    sfx_free(f);
}

static void missing_notes(void **state)
{
    (void)state;
    static const char src[] =
        CLEAN_HEAD
        "inject { id = 'a', at = '0:05', stage = 'access', title = " TXT("A") " }\n";
    expect_warning(src, 5, "inject \"a\" has no notes");
}

/* A trigger that fires after the end was told "teams lose the end of their
 * window" about the decision its inject opens: the inject never arrives at all. */
static void trigger_past_the_end(void **state)
{
    (void)state;
    static const char src[] =
        CLEAN_HEAD
        "local a = inject { id = 'a', at = '0:50', stage = 'access', title = " TXT("A") ",\n"
        "  notes = " TXT("N") " }\n"
        "decision { id = 'd', on = a, within = '5m', prompt = " TXT("P") ",\n"           /* 7 */
        "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 5 },\n"
        "    triggers = { { 'b', after = '20m' } } }, { id = 'y', text = " TXT("Y") " } } }\n"
        "inject { id = 'b', stage = 'access', title = " TXT("B") ", notes = " TXT("N") " }\n"
        "decision { id = 'e', on = 'b', within = '5m', prompt = " TXT("P") ",\n"          /* 11 */
        "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 5 } },\n"
        "              { id = 'y', text = " TXT("Y") " } } }\n";
    expect_warning(src, 9, "inject \"b\" arrives at 1:10:00 at the earliest (decision \"d\", "
                           "option \"x\" triggers it 0:20:00 after the decision opens at 0:50:00), "
                           "after the drill ends at 1:00:00: no team ever receives it");
    expect_warning(src, 11, "decision \"e\" can never open: inject \"b\" can only arrive after "
                            "the drill ends");
    sfx *f = lint(src);
    for (size_t i = 0; i < f->diags.count; i++)
        assert_null(strstr(f->diags.items[i].message, "lose the end of their window"));
    sfx_free(f);
}

static void deadline_past_the_end(void **state)
{
    (void)state;
    static const char src[] =
        CLEAN_HEAD
        "local a = inject { id = 'a', at = '0:55', stage = 'access', title = " TXT("A") ",\n"
        "  notes = " TXT("N") " }\n"
        "decision { id = 'd', on = a, within = '10m', prompt = " TXT("P") ",\n"          /* 7 */
        "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 5 },\n"
        "    triggers = { { 'b', after = '4m30s' } } }, { id = 'y', text = " TXT("Y") " } } }\n"
        "inject { id = 'b', stage = 'access', title = " TXT("B") ", notes = " TXT("N") " }\n"
        "decision { id = 'e', on = 'b', within = '1m', prompt = " TXT("P") ",\n"         /* 11 */
        "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 5 } },\n"
        "              { id = 'y', text = " TXT("Y") " } } }\n";
    expect_warning(src, 7, "decision \"d\": its deadline 1:05:00 (inject \"a\" at 0:55:00, + "
                           "within 0:10:00) is after the drill ends at 1:00:00");
    expect_warning(src, 11, "decision \"e\": its deadline 1:00:30 (inject \"b\" at the earliest "
                            "0:59:30, + within 0:01:00)");
}

static void unread_flag(void **state)
{
    (void)state;
    char src[4096];
    snprintf(src, sizeof src, "%s", clean);
    char *t = strstr(src, "team.flags.f");
    memcpy(t, "true        ", 12);
    expect_warning(src, 7, "flag \"f\" is set (decision \"d\", option \"x\") but nothing reads it");
}

static void flag_read_by_subscript(void **state)
{
    (void)state;
    char src[4096];
    const char *t = strstr(clean, "team.flags.f");
    snprintf(src, sizeof src, "%.*steam.flags['f']%s", (int)(t - clean), clean, t + 12);
    sfx *f = lint(src);
    assert_int_equal(f->diags.count, 0);
    sfx_free(f);
    assert_int_equal(dh_scan_reads_flag("x = team.flags [ \"f\" ]", "f"), 1);
    assert_int_equal(dh_scan_reads_flag("x = team.flags.ff", "f"), 0);
    assert_int_equal(dh_scan_reads_flag("x = myflags.f", "f"), 0);
}

static void misspelt_flag_read(void **state)
{
    (void)state;
    char src[4096];
    const char *t = strstr(clean, "team.flags.f");
    snprintf(src, sizeof src, "%.*steam.flags.f or team.flags.ff%s", (int)(t - clean), clean,
             t + 12);
    strcat(src, "on('choice', function(team)\n"
                "  team.flags.seen = true\n"                  /* 14: assigned by a hook */
                "  if team.flags.seen then team:add('contain', 1, 'again') end\n"
                "end)\n");
    expect_warning(src, 12, "flag \"ff\" is read here but no option sets it and no script "
                            "assigns it");
    sfx *f = lint(src);
    for (size_t i = 0; i < f->diags.count; i++) {
        assert_null(strstr(f->diags.items[i].message, "\"seen\""));
        assert_null(strstr(f->diags.items[i].message, "flag \"f\" is read"));
    }
    sfx_free(f);
}

static void empty_stage(void **state)
{
    (void)state;
    static const char src[] =
        "scenario { id = 's', duration = '1:00', title = " TXT("T") ",\n"
        "  categories = { 'contain' }, stages = { 'access', 'lull' } }\n"
        "inject { id = 'a', at = '0:05', stage = 'access', title = " TXT("A") ", notes = " TXT("N") " }\n";
    expect_warning(src, 1, "stage \"lull\" has no injects");
}

/* An objective with an id is there to be rated: one that nothing names cannot
 * be, and check says so; one an option names, and a bare text, do not warn. */
static void objective_nothing_evidences(void **state)
{
    (void)state;
    static const char src[] =
        "scenario { id = 's', duration = '1:00', title = " TXT("T") ",\n"
        "  categories = { 'contain' }, objectives = {\n"
        "    { id = 'isolate-fast', category = 'contain', text = " TXT("Isolate") " },\n"
        "    { id = 'tell-press', text = " TXT("Press") " }, " TXT("Bare") " } }\n"
        "inject { id = 'a', at = '0:05', title = " TXT("A") ", notes = " TXT("N") " }\n"
        "decision { id = 'd', on = 'a', prompt = " TXT("P") ",\n"
        "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 1 }, objectives = { 'isolate-fast' } },\n"
        "              { id = 'y', text = " TXT("Y") ", score = { contain = -1 } } } }\n";
    /* at the objective's own line (4), not the scenario's */
    expect_warning(src, 4, "objective \"tell-press\": no decision names it");
    sfx *f = lint(src);
    for (size_t i = 0; i < f->diags.count; i++) {
        assert_null(strstr(f->diags.items[i].message, "isolate-fast"));
        assert_null(strstr(f->diags.items[i].message, "objective \"3\""));
    }
    sfx_free(f);
}

/* Lint's questions cost a lookup each, not a pass over the source each: 2,000
 * unreachable injects and a 49 MB comment took 24 s, one pass per inject. */
/* A declared category nothing scores ends at 0 for every team: said once; a
 * hook's team:add naming it (or computing its category) scores it. */
static void a_category_nothing_scores_is_flagged(void **state)
{
    (void)state;
    static const char head[] =
        "scenario { id = 's', duration = '1:00', title = " TXT("T") ",\n"
        "  categories = { 'contain', 'recover' }, stages = { 'access' } }\n";
    static const char rest[] =
        "local a = inject { id = 'a', at = '0:05', stage = 'access', title = " TXT("A") ", notes = " TXT("N") " }\n"
        "decision { id = 'd', on = a, within = '10m', prompt = " TXT("P") ",\n"
        "  options = { { id = 'x', text = " TXT("X") ", score = { contain = 5 } },\n"
        "              { id = 'y', text = " TXT("Y") ", score = { contain = 2 } } } }\n";
    char src[2048];
    snprintf(src, sizeof src, "%s%s", head, rest);
    expect_warning(src, 2, "category \"recover\" is declared, but no option, rubric or script scores it");
    const char *hooks[] = {"on('choice', function(team) team:add('recover', 1, 'r') end)\n",
                           "on('choice', function(team, d) team:add(d == 'd' and 'recover' or 'contain', 1, 'r') end)\n"};
    for (size_t h = 0; h < 2; h++) {
        snprintf(src, sizeof src, "%s%s%s", head, rest, hooks[h]);
        sfx *f = lint(src);
        for (size_t i = 0; i < f->diags.count; i++)
            assert_null(strstr(f->diags.items[i].message, "is declared, but no option"));
        sfx_free(f);
    }
}

/* Once a title states its story time, every title does, the same in both
 * languages, and the story clock never runs backwards between scheduled injects. */
static void story_time_in_titles(void **state)
{
    (void)state;
#define STORY(at, id, en, vi) \
    "inject { id = '" id "', at = '" at "', stage = 'access', notes = " TXT("n") ",\n" \
    "  title = { en = '" en "', vi = '" vi "' } }\n"
    static const char ok[] = CLEAN_HEAD
        STORY("0:05", "a", "Day 1, 08:10 — A", "Ngày 1, 08:10 — A vi")
        STORY("0:10", "b", "Day 1, 23:50 – B", "Ngày 1, 23:50 – B vi")
        STORY("0:20", "c", "Day 2, 07:00 — C", "Ngày 2, 07:00 — C vi");
    sfx *f = lint(ok);
    /* no decision scores CLEAN_HEAD's category: that warning is not this test's */
    size_t others = 0;
    for (size_t i = 0; i < f->diags.count; i++)
        if (!strstr(f->diags.items[i].message, "is declared, but no option")) {
            print_error("%s\n", f->diags.items[i].message);
            others++;
        }
    assert_int_equal(others, 0);
    sfx_free(f);
    /* the titles of a, b and c are on lines 6, 8 and 10 */
    expect_warning(CLEAN_HEAD
        STORY("0:05", "a", "Day 1, 08:10 — A", "Ngày 1, 08:10 — A vi")
        STORY("0:10", "b", "B", "Ngày 1, 08:20 — B vi"),
        8, "inject \"b\": other titles state their story time, this one does not in en");
    expect_warning(CLEAN_HEAD
        STORY("0:05", "a", "Day 1, 08:10 — A", "Ngày 1, 08:10 — A vi")
        STORY("0:10", "b", "Day 1, 08:20 — B", "B vi"),
        8, "this one does not in vi");
    expect_warning(CLEAN_HEAD
        STORY("0:05", "a", "Day 1, 08:10 — A", "Ngày 1, 08:15 — A vi"),
        4 + 2, "the English title says Day 1, 08:10, the Vietnamese another time (Day 1, 08:15)");
    expect_warning(CLEAN_HEAD
        STORY("0:05", "a", "Day 2, 08:10 — A", "Ngày 2, 08:10 — A vi")
        STORY("0:10", "b", "Day 1, 09:00 — B", "Ngày 1, 09:00 — B vi")
        STORY("0:20", "c", "Day 2, 09:00 — C", "Ngày 2, 09:00 — C vi"),
        8, "inject \"b\" at T+0:10:00 says Day 1, 09:00, earlier than inject \"a\"");
    /* no title states a story time: nothing to say */
    f = lint(CLEAN_HEAD STORY("0:05", "a", "A", "A vi") STORY("0:10", "b", "B", "B vi"));
    others = 0;
    for (size_t i = 0; i < f->diags.count; i++)
        others += strstr(f->diags.items[i].message, "is declared, but no option") == NULL;
    assert_int_equal(others, 0);
    sfx_free(f);
#undef STORY
}

static void lint_reads_the_source_once_whatever_the_injects(void **state)
{
    (void)state;
    enum { N = 500, COMMENT = 200000 };
    dh_buf b;
    dh_buf_init(&b);
    dh_buf_adds(&b, clean);
    for (int i = 0; i < N; i++)
        dh_buf_printf(&b, "do local h%d = inject { id = 'u%d', stage = 'access', title = "
                      TXT("U") ", notes = " TXT("N") " } end\n", i, i);
    dh_buf_adds(&b, "--[[ ");
    for (int i = 0; i < COMMENT / 7; i++) dh_buf_adds(&b, "inject ");
    dh_buf_adds(&b, "]]\n");
    assert_false(b.failed);
    sfx *f = sfx_load(dh_buf_cstr(&b));
    assert_int_equal(f->status, DH_OK);
    dh_scan *scan = dh_scan_create(dh_script_source(f->script, NULL));
    assert_non_null(scan);
    dh_lint_refs refs = dh_scan_refs(scan);
    assert_int_equal(dh_lint_scenario(f->sc, &refs, &f->diags), DH_OK);
    assert_int_equal(f->diags.warnings, N);   /* each unreachable inject, nothing else */
    assert_true(strstr(f->diags.items[0].message, "is never delivered") != NULL);
    assert_true(dh_scan_scanned(scan) <= 2 * b.len);
    dh_scan_destroy(scan);
    sfx_free(f);
    dh_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_scenario_has_no_warnings),
        cmocka_unit_test(untriggered_inject),
        cmocka_unit_test(trigger_past_the_end),
        cmocka_unit_test(inject_named_by_a_hook_is_reachable),
        cmocka_unit_test(inject_handle_used_by_a_hook_is_reachable),
        cmocka_unit_test(trigger_chain_from_unreachable_decision),
        cmocka_unit_test(flat_scores),
        cmocka_unit_test(answers_found_by_length_or_as_the_only_positive),
        cmocka_unit_test(roles_that_meet_nobody),
        cmocka_unit_test(one_language_and_plain_strings),
        cmocka_unit_test(missing_notes),
        cmocka_unit_test(deadline_past_the_end),
        cmocka_unit_test(unread_flag),
        cmocka_unit_test(flag_read_by_subscript),
        cmocka_unit_test(misspelt_flag_read),
        cmocka_unit_test(empty_stage),
        cmocka_unit_test(objective_nothing_evidences),
        cmocka_unit_test(a_category_nothing_scores_is_flagged),
        cmocka_unit_test(story_time_in_titles),
        cmocka_unit_test(lint_reads_the_source_once_whatever_the_injects),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
