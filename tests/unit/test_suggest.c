/* test_suggest.c — "did you mean" picks the id an author meant, and nothing
 * when no known id is close. */
#include "dh_test.h"
#include "dh_suggest.h"

#include <string.h>

static const char *best_of(const char *word, const char *const *known)
{
    dh_suggest sg;
    dh_suggest_init(&sg, word);
    for (; *known; known++) dh_suggest_offer(&sg, *known);
    return sg.best;
}

static void typos_find_the_meant_id(void **state)
{
    (void)state;
    static const char *const ids[] = {"account-action", "insider-tipped", "more-edits",
                                      "recover", "contain", NULL};
    assert_string_equal(best_of("acount-action", ids), "account-action");  /* a letter left out */
    assert_string_equal(best_of("insider-tiped", ids), "insider-tipped");
    assert_string_equal(best_of("more-edit", ids), "more-edits");
    assert_string_equal(best_of("contian", ids), "contain");               /* two letters swapped */
    assert_string_equal(best_of("Contain", ids), "contain");
}

static void nothing_close_suggests_nothing(void **state)
{
    (void)state;
    static const char *const ids[] = {"detect", "contain", "communicate", NULL};
    assert_null(best_of("recovery", ids));
    assert_null(best_of("x", ids));
    assert_null(best_of("detect", ids)); /* a known id is not a typo of itself */
}

static void distance_counts_edits(void **state)
{
    (void)state;
    assert_int_equal(dh_suggest_distance("kitten", "sitting"), 3);
    assert_int_equal(dh_suggest_distance("ab", "ba"), 1);
    assert_int_equal(dh_suggest_distance("", "abc"), 3);
    char long_id[DH_SUGGEST_MAX + 2];
    memset(long_id, 'a', sizeof long_id - 1);
    long_id[sizeof long_id - 1] = 0;
    assert_true(dh_suggest_distance(long_id, "a") > 100); /* too long to compare: never close */
}

static void ties_keep_the_first_offered(void **state)
{
    (void)state;
    static const char *const ids[] = {"cat", "car", NULL};
    assert_string_equal(best_of("cab", ids), "cat");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(typos_find_the_meant_id),
        cmocka_unit_test(nothing_close_suggests_nothing),
        cmocka_unit_test(distance_counts_edits),
        cmocka_unit_test(ties_keep_the_first_offered),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
