/* test_timeline.c — events fire by (time, sequence); cancelled ones never fire. */
#include "dh_test.h"
#include "dh_timeline.h"

static dh_event_handle at(dh_timeline *tl, dh_ms t, int tag)
{
    dh_event ev = {.t = t, .a = tag};
    dh_event_handle h = dh_timeline_push(tl, &ev);
    assert_true(h != 0);
    return h;
}

static void events_fire_in_time_order(void **state)
{
    (void)state;
    dh_timeline tl;
    dh_timeline_init(&tl);
    at(&tl, 300, 3);
    at(&tl, 100, 1);
    at(&tl, 200, 2);
    dh_event ev;
    for (int want = 1; want <= 3; want++) {
        assert_true(dh_timeline_pop(&tl, 1000, &ev));
        assert_int_equal(ev.a, want);
    }
    assert_false(dh_timeline_pop(&tl, 1000, &ev));
    dh_timeline_free(&tl);
}

static void equal_times_fire_in_insertion_order(void **state)
{
    (void)state;
    dh_timeline tl;
    dh_timeline_init(&tl);
    for (int i = 0; i < 100; i++) at(&tl, 50, i);
    dh_event ev;
    for (int i = 0; i < 100; i++) {
        assert_true(dh_timeline_pop(&tl, 50, &ev));
        assert_int_equal(ev.a, i);
    }
    dh_timeline_free(&tl);
}

static void events_after_until_stay(void **state)
{
    (void)state;
    dh_timeline tl;
    dh_timeline_init(&tl);
    at(&tl, 500, 1);
    dh_event ev;
    assert_false(dh_timeline_pop(&tl, 499, &ev));
    assert_int_equal(dh_timeline_peek(&tl), 500);
    assert_true(dh_timeline_pop(&tl, 500, &ev));
    assert_int_equal(dh_timeline_peek(&tl), DH_MS_NEVER);
    dh_timeline_free(&tl);
}

static void cancelled_events_never_fire(void **state)
{
    (void)state;
    dh_timeline tl;
    dh_timeline_init(&tl);
    at(&tl, 10, 1);
    dh_event_handle h = at(&tl, 20, 2);
    at(&tl, 30, 3);
    dh_timeline_cancel(&tl, h);
    dh_event ev;
    assert_true(dh_timeline_pop(&tl, 100, &ev));
    assert_int_equal(ev.a, 1);
    assert_true(dh_timeline_pop(&tl, 100, &ev));
    assert_int_equal(ev.a, 3);
    assert_false(dh_timeline_pop(&tl, 100, &ev));
    dh_timeline_free(&tl);
}

static void stale_handles_do_not_cancel_reused_slots(void **state)
{
    (void)state;
    dh_timeline tl;
    dh_timeline_init(&tl);
    dh_event_handle old = at(&tl, 10, 1);
    dh_event ev;
    assert_true(dh_timeline_pop(&tl, 10, &ev)); /* fired: its slot is free again */
    at(&tl, 20, 2);                             /* reuses the slot */
    dh_timeline_cancel(&tl, old);
    assert_true(dh_timeline_pop(&tl, 20, &ev));
    assert_int_equal(ev.a, 2);
    dh_timeline_free(&tl);
}

static void many_random_events_come_out_sorted(void **state)
{
    (void)state;
    dh_timeline tl;
    dh_timeline_init(&tl);
    uint32_t x = 12345;
    for (int i = 0; i < 5000; i++) {
        x = x * 1103515245u + 12345u;
        at(&tl, (dh_ms)(x >> 20), i);
    }
    dh_event ev, prev = {.t = -1};
    int n = 0;
    while (dh_timeline_pop(&tl, DH_MS_NEVER - 1, &ev)) {
        assert_true(ev.t > prev.t || (ev.t == prev.t && ev.seq > prev.seq));
        prev = ev;
        n++;
    }
    assert_int_equal(n, 5000);
    dh_timeline_free(&tl);
}

/* The way a drill uses it: events scheduled while others are taken off, never
 * earlier than now, with many equal times (every team's deadline at once) and
 * half the deadlines cancelled. Out they come in (time, seq) order, each live
 * one exactly once. */
static void interleaved_pushes_pops_and_cancels_keep_the_order(void **state)
{
    (void)state;
    enum { N = 20000 };
    static dh_event_handle h[N];
    static unsigned char cancelled[N], fired[N];
    dh_timeline tl;
    dh_timeline_init(&tl);
    uint32_t x = 777;
    int pushed = 0, live = 0, n = 0;
    dh_event ev, prev = {.t = -1};
    dh_ms now = 0;
    while (pushed < N || dh_timeline_peek(&tl) != DH_MS_NEVER) {
        for (int k = 0; k < 3 && pushed < N; k++, pushed++) {
            x = x * 1103515245u + 12345u;
            h[pushed] = at(&tl, now + (dh_ms)((x >> 16) % 4) * 1000, pushed);
            live++;
            if ((x >> 8) % 2 && pushed > 0 && !cancelled[pushed - 1] && !fired[pushed - 1]) {
                dh_timeline_cancel(&tl, h[pushed - 1]);
                cancelled[pushed - 1] = 1;
                live--;
            }
        }
        if (!dh_timeline_pop(&tl, DH_MS_NEVER - 1, &ev)) continue;
        assert_false(cancelled[ev.a]);
        assert_false(fired[ev.a]);
        fired[ev.a] = 1;
        assert_true(ev.t > prev.t || (ev.t == prev.t && ev.seq > prev.seq));
        prev = ev;
        now = ev.t;
        n++;
    }
    assert_int_equal(n, live);
    dh_timeline_free(&tl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(events_fire_in_time_order),
        cmocka_unit_test(equal_times_fire_in_insertion_order),
        cmocka_unit_test(events_after_until_stay),
        cmocka_unit_test(cancelled_events_never_fire),
        cmocka_unit_test(stale_handles_do_not_cancel_reused_slots),
        cmocka_unit_test(many_random_events_come_out_sorted),
        cmocka_unit_test(interleaved_pushes_pops_and_cancels_keep_the_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
