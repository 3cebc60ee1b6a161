/* test_option_order.c — a station shows a decision's options in an order
 * shuffled from the drill's seed and the decision's id: the same for every
 * team and every replay, a permutation, and one that does not keep the
 * written (often best-first) order. */
#include "dh_test.h"
#include "dh_scenario.h"

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
    dh_decision_option_order(&d, 2026, a);
    dh_decision_option_order(&d, 2026, b);
    assert_memory_equal(a, b, sizeof a); /* same seed, same decision: same order */
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
        dh_decision_option_order(&d, seed, order);
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
    dh_decision_option_order(&a, 7, oa);
    dh_decision_option_order(&b, 7, ob);
    assert_memory_not_equal(oa, ob, sizeof oa);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_order_is_a_permutation_and_repeats),
        cmocka_unit_test(the_written_first_option_is_first_only_by_chance),
        cmocka_unit_test(decisions_of_one_drill_are_shuffled_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
