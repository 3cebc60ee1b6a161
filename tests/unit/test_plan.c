/* test_plan.c — the improvement plan's canonical text (what a record holds):
 * it survives a round trip with any text in its fields, and anything else is
 * refused with the line, never half-read. */
#include "dh_test.h"
#include "dh_buf.h"
#include "dh_plan.h"

#include <stdlib.h>
#include <string.h>

static void round_trip_keeps_every_field(void **state)
{
    (void)state;
    dh_plan p, q;
    dh_plan_init(&p);
    assert_int_equal(dh_plan_add(&p, "triage", DH_PLAN_IN_PROGRESS, "2027-06-30",
                                 "Cô lập máy\tgiữ chứng cứ\nrồi báo cáo \\ ngay", "Trung tâm CNTT",
                                 "Nguyễn Văn An"), DH_OK);
    assert_int_equal(dh_plan_add(&p, "notify", DH_PLAN_DROPPED, "", "", "", ""), DH_OK);
    dh_buf b;
    dh_buf_init(&b);
    dh_plan_format(&p, &b);
    char err[160];
    assert_int_equal(dh_plan_parse(&q, dh_buf_cstr(&b), err, sizeof err), DH_OK);
    assert_int_equal(q.nrows, 2);
    assert_string_equal(q.rows[0].action, p.rows[0].action);
    assert_string_equal(q.rows[0].poc, "Nguyễn Văn An");
    assert_int_equal(q.rows[0].status, DH_PLAN_IN_PROGRESS);
    assert_string_equal(q.rows[1].due, "");
    assert_int_equal(q.rows[1].status, DH_PLAN_DROPPED);
    assert_non_null(dh_plan_find(&q, "notify"));
    assert_null(dh_plan_find(&q, "nope"));
    dh_buf_free(&b);
    dh_plan_free(&p);
    dh_plan_free(&q);
}

static void bad_text_is_refused_at_its_line(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"", "line 1: "},
        {"drillhall-plan 2\n", "line 1: "},
        {"drillhall-plan 1\nd\topen\t\ta\tu\n", "line 2: a row has fewer"},
        {"drillhall-plan 1\nd\topen\t\ta\tu\tp\tx\n", "line 2: a row has more"},
        {"drillhall-plan 1\nd\topen\t\ta\tu\tp\n\tdone\t\ta\tu\tp\n", "line 3: a row names no"},
        {"drillhall-plan 1\nd\tlater\t\ta\tu\tp\n", "line 2: unknown status"},
        {"drillhall-plan 1\nd\topen\t2027-02-29\ta\tu\tp\n", "line 2: the due date"},
        {"drillhall-plan 1\nd\topen\t\ta\\x\tu\tp\n", "line 2: a field is too long or badly"},
        {"drillhall-plan 1\nd\topen\t\ta\tu\tp\nd\tdone\t\ta\tu\tp\n", "line 3: a decision has two"},
        {"drillhall-plan 1\nd\topen\t\ta\tu\tp", "line 2: the last line has no end"},
        {"drillhall-plan 1\nd\topen\t\ta\x01\tu\tp\n", "line 2: "},
        {"drillhall-plan 1\nd\topen\t\t\xff\tu\tp\n", "line 1: not UTF-8"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dh_plan p;
        char err[160] = "";
        assert_int_equal(dh_plan_parse(&p, cases[i][0], err, sizeof err), DH_EINPUT);
        assert_int_equal(p.nrows, 0);
        if (strstr(err, cases[i][1]) != err) fail_msg("case %zu: got \"%s\"", i, err);
    }
    /* a field one byte over the bound */
    char *big = malloc(DH_PLAN_FIELD_MAX + 64);
    assert_non_null(big);
    strcpy(big, "drillhall-plan 1\nd\topen\t\t");
    size_t n = strlen(big);
    memset(big + n, 'a', DH_PLAN_FIELD_MAX + 1);
    strcpy(big + n + DH_PLAN_FIELD_MAX + 1, "\tu\tp\n");
    dh_plan p;
    char err[160];
    assert_int_equal(dh_plan_parse(&p, big, err, sizeof err), DH_EINPUT);
    free(big);
}

static void statuses_and_dates(void **state)
{
    (void)state;
    assert_int_equal(dh_plan_status_parse(" In-Progress "), DH_PLAN_IN_PROGRESS);
    assert_int_equal(dh_plan_status_parse("DONE"), DH_PLAN_DONE);
    assert_int_equal(dh_plan_status_parse("finished"), -1);
    assert_int_equal(dh_plan_status_parse(""), -1);
    assert_true(dh_plan_date_ok("2028-02-29"));
    assert_false(dh_plan_date_ok("2027-02-29"));
    assert_false(dh_plan_date_ok("2027-13-01"));
    assert_false(dh_plan_date_ok("27-01-01"));
    assert_false(dh_plan_date_ok("2027-1-011"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip_keeps_every_field),
        cmocka_unit_test(bad_text_is_refused_at_its_line),
        cmocka_unit_test(statuses_and_dates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
