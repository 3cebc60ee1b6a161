/* test_option_order.c — a station shows a decision's options in an order
 * shuffled from the drill's seed, the decision's id and the team's id: a
 * permutation, the same on every replay, different from team to team, one
 * that does not keep the written (often best-first) order, and one that keeps
 * pinned options ("none of the above") in their place for every team. */
#include "dh_test.h"
#include "dh_scenario.h"

#include <stdio.h>
#include <string.h>

static dh_decision decision_of(char *id, dh_option *opts, size_t n)
{
    dh_decision d;
    memset(&d, 0, sizeof d);
    d.id = id;
    d.options = opts;
    d.noptions = n;
    return d;
}

static void the_order_is_a_permutation_and_repeats(void **state)
{
    (void)state;
    dh_option opts[5];
    memset(opts, 0, sizeof opts);
    dh_decision d = decision_of("first-action", opts, 5);
    int a[5], b[5], seen[5] = {0};
    dh_decision_option_order(&d, 2026, "hn", a);
    dh_decision_option_order(&d, 2026, "hn", b);
    assert_memory_equal(a, b, sizeof a); /* same seed, decision and team: same order */
    for (int i = 0; i < 5; i++) {
        assert_true(a[i] >= 0 && a[i] < 5);
        seen[a[i]]++;
    }
    for (int i = 0; i < 5; i++) assert_int_equal(seen[i], 1);
}

static void the_written_first_option_is_first_only_by_chance(void **state)
{
    (void)state;
    dh_option opts[4];
    memset(opts, 0, sizeof opts);
    dh_decision d = decision_of("triage", opts, 4);
    int first_at[4] = {0}, order[4], differs = 0, prev[4];
    for (uint64_t seed = 1; seed <= 4000; seed++) {
        dh_decision_option_order(&d, seed, "hn", order);
        for (int p = 0; p < 4; p++)
            if (order[p] == 0) first_at[p]++;
        if (seed > 1 && memcmp(order, prev, sizeof order)) differs++;
        memcpy(prev, order, sizeof order);
    }
    /* uniform: each place holds the written-first option about 1,000 times */
    for (int p = 0; p < 4; p++) assert_in_range(first_at[p], 850, 1150);
    assert_true(differs > 3000); /* seeds change the order */
}

static void decisions_of_one_drill_are_shuffled_apart(void **state)
{
    (void)state;
    dh_option opts[6];
    memset(opts, 0, sizeof opts);
    dh_decision a = decision_of("a", opts, 6), b = decision_of("b", opts, 6);
    int oa[6], ob[6];
    dh_decision_option_order(&a, 7, "hn", oa);
    dh_decision_option_order(&b, 7, "hn", ob);
    assert_memory_not_equal(oa, ob, sizeof oa);
}

/* The old order was one per drill: teams side by side saw the same screen. */
static void two_teams_of_one_drill_see_different_orders(void **state)
{
    (void)state;
    dh_option opts[4];
    memset(opts, 0, sizeof opts);
    dh_decision d = decision_of("triage", opts, 4);
    int hn[4], hcm[4];
    dh_decision_option_order(&d, 2026, "hn", hn);
    dh_decision_option_order(&d, 2026, "hcm", hcm);
    assert_memory_not_equal(hn, hcm, sizeof hn);
    /* and over 35 teams (the annual drill) the written-first option is first
     * for about a quarter of them, not for all or none */
    int first = 0;
    for (int t = 0; t < 35; t++) {
        char id[16];
        snprintf(id, sizeof id, "team-%02d", t);
        dh_decision_option_order(&d, 2026, id, hn);
        first += hn[0] == 0;
    }
    assert_in_range(first, 2, 20);
}

static void pinned_options_keep_their_place_for_every_team(void **state)
{
    (void)state;
    dh_option opts[6];
    memset(opts, 0, sizeof opts);
    opts[1].place = DH_PLACE_LAST;   /* "none of the above", written second */
    opts[4].place = DH_PLACE_FIRST;
    opts[5].place = DH_PLACE_LAST;
    dh_decision d = decision_of("contain", opts, 6);
    int moved = 0, order[6], prev[6];
    for (int t = 0; t < 200; t++) {
        char id[16];
        snprintf(id, sizeof id, "t%d", t);
        dh_decision_option_order(&d, 99, id, order);
        assert_int_equal(order[0], 4);
        assert_int_equal(order[4], 1);   /* pinned last, in written order */
        assert_int_equal(order[5], 5);
        int seen[6] = {0};
        for (int p = 0; p < 6; p++) seen[order[p]]++;
        for (int o = 0; o < 6; o++) assert_int_equal(seen[o], 1);
        if (t && memcmp(order, prev, sizeof order)) moved++;
        memcpy(prev, order, sizeof order);
    }
    assert_true(moved > 100);   /* the unpinned three still move between teams */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_order_is_a_permutation_and_repeats),
        cmocka_unit_test(the_written_first_option_is_first_only_by_chance),
        cmocka_unit_test(decisions_of_one_drill_are_shuffled_apart),
        cmocka_unit_test(two_teams_of_one_drill_see_different_orders),
        cmocka_unit_test(pinned_options_keep_their_place_for_every_team),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
