/* test_roster.c — rosters from CSV and generated; brackets in first-seen order. */
#include "dh_test.h"
#include "dh_roster_csv.h"

#include <stdio.h>
#include <string.h>

static const char *write_tmp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/dh-roster-test-%d.csv", (int)sizeof(path));
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    return path;
}

static void a_roster_loads_with_brackets(void **state)
{
    (void)state;
    const char *p = write_tmp("id,name,bracket\n"
                              "tw,Trung tâm CNTT,hq\nhanoi,\"BHXH TP. Hà Nội\",north\n"
                              "hue,BHXH TP. Huế,central\nlao-cai,BHXH tỉnh Lào Cai,north\n"
                              "x,No bracket,\n");
    dh_roster r;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_roster_load(&r, p, &d), DH_OK);
    assert_int_equal(r.nteams, 5);
    assert_string_equal(r.teams[1].name, "BHXH TP. Hà Nội");
    assert_int_equal(r.teams[3].line, 5);
    assert_int_equal(dh_roster_find(&r, "lao-cai"), 3);
    assert_int_equal(r.nbrackets, 4);
    assert_int_equal(r.bracket_of[3], r.bracket_of[1]);
    assert_string_equal(r.teams[4].bracket, "all"); /* empty bracket means everyone's */
    dh_roster_free(&r);
    dh_diags_free(&d);
    remove(p);
}

/* Columns are found by their names, in any order; role is optional and an
 * empty cell is no role; a role that is not an id is refused at its line. */
static void a_role_column_is_read_by_name(void **state)
{
    (void)state;
    const char *p = write_tmp("role,bracket,id,name\ncentral,hq,tw,Trung tâm\n"
                              "provincial,north,hanoi,Hà Nội\n,north,x,No role\n"
                              "provincial,south,hcm,HCM\n");
    dh_roster r;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_roster_load(&r, p, &d), DH_OK);
    assert_int_equal(r.nteams, 4);
    assert_string_equal(r.teams[1].name, "Hà Nội");
    assert_string_equal(r.teams[1].bracket, "north");
    assert_int_equal(r.nroles, 2);
    assert_string_equal(dh_roster_team_role(&r, 0), "central");
    assert_string_equal(dh_roster_team_role(&r, 3), "provincial");
    assert_int_equal(r.teams[1].role, r.teams[3].role);
    assert_int_equal(r.teams[2].role, -1);
    assert_string_equal(dh_roster_team_role(&r, 2), "");
    dh_roster_free(&r);
    p = write_tmp("id,name,bracket,role\na,A,b,prov ince\nb,B,b,x,extra\n");
    assert_int_equal(dh_roster_load(&r, p, &d), DH_EINPUT);
    assert_int_equal(d.errors, 2);
    assert_int_equal(d.items[0].line, 2);
    assert_non_null(strstr(d.items[0].message, "role \"prov ince\""));
    assert_int_equal(d.items[1].line, 3);
    assert_string_equal(d.items[1].message, "expected 4 fields (id,name,bracket,role), found 5");
    dh_diags_free(&d);
    dh_diags_init(&d);
    p = write_tmp("id,name,bracket,team\na,A,b,c\n");
    assert_int_equal(dh_roster_load(&r, p, &d), DH_EINPUT);
    assert_int_equal(d.items[0].line, 1);
    assert_non_null(strstr(d.items[0].message, "wrong header"));
    dh_diags_free(&d);
    remove(p);
}

static void every_problem_of_a_roster_is_listed(void **state)
{
    (void)state;
    const char *p = write_tmp("id,name,bracket\nhn,,north\nhn,A,b\nhn,B,b\nbad id,C,d\n");
    dh_roster r;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_roster_load(&r, p, &d), DH_EINPUT);
    assert_int_equal(d.errors, 3);
    assert_int_equal(d.items[0].line, 2); /* empty name */
    assert_int_equal(d.items[1].line, 4); /* duplicate of line 3 */
    assert_int_equal(d.items[2].line, 5); /* bad id */
    assert_int_equal(r.nteams, 0);
    dh_diags_free(&d);
    remove(p);
}

static void generated_teams_sort_by_id(void **state)
{
    (void)state;
    dh_roster r;
    assert_int_equal(dh_roster_generate(&r, 1000), DH_OK);
    assert_string_equal(r.teams[0].id, "team-0001");
    assert_string_equal(r.teams[999].id, "team-1000");
    assert_true(strcmp(r.teams[8].id, r.teams[9].id) < 0);
    dh_roster_free(&r);
}

/* A name or bracket of more than 200 characters is refused where the roster is
 * read, before a drill records it (a record refuses texts past its own limit). */
static void an_over_long_name_or_bracket_is_refused(void **state)
{
    (void)state;
    char text[4096] = "id,name,bracket\nok,";
    for (int i = 0; i < DH_TEAM_TEXT_MAX; i++) strcat(text, "\xC3\xA0");   /* 200 × "à" fits */
    strcat(text, ",b\nlong,");
    for (int i = 0; i <= DH_TEAM_TEXT_MAX; i++) strcat(text, "N");
    strcat(text, ",b\nwide,W,");
    for (int i = 0; i <= DH_TEAM_TEXT_MAX; i++) strcat(text, "B");
    strcat(text, "\n");
    const char *p = write_tmp(text);
    dh_roster r;
    dh_diags d;
    dh_diags_init(&d);
    assert_int_equal(dh_roster_load(&r, p, &d), DH_EINPUT);
    assert_int_equal(d.errors, 2);
    assert_int_equal(d.items[0].line, 3);
    assert_string_equal(d.items[0].message, "name is longer than 200 characters");
    assert_int_equal(d.items[1].line, 4);
    assert_string_equal(d.items[1].message, "bracket is longer than 200 characters");
    dh_diags_free(&d);
    remove(p);
    dh_roster_init(&r);
    assert_int_equal(dh_roster_add(&r, "a", text + 16, "b", 0), DH_EINPUT);
    assert_int_equal(r.nteams, 0);
    dh_roster_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_roster_loads_with_brackets),
        cmocka_unit_test(a_role_column_is_read_by_name),
        cmocka_unit_test(every_problem_of_a_roster_is_listed),
        cmocka_unit_test(generated_teams_sort_by_id),
        cmocka_unit_test(an_over_long_name_or_bracket_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
