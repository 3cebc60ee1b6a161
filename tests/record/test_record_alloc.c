/* test_record_alloc.c — allocation failure over the record's paths (STYLE.md
 * pattern 8).
 *
 * SQLite's allocator is routed through the core's failure hook
 * (sqlite3_config(SQLITE_CONFIG_MALLOC)), so one sequence counts SQLite's
 * allocations and the core's (the record's header, roster and inputs use the
 * core's). The path: create a record, append inputs (a choice, an adjustment
 * and a note with text, a pause, the end), note progress, close; then open it
 * read-only, read the header, the inputs and the progress, verify the chain.
 *
 * For n = 1, 2, … the n-th allocation fails (persistent, then once). A step
 * may fail only with DH_ENOMEM (SQLite's own out of memory included) or
 * DH_EIO, never with DH_EINPUT — that would call a good record damaged, or
 * tampered with — and whatever was written before the failure must
 * still be a record whose chain holds. A run that reports success must read
 * back exactly what was written. */
#include "dh_test.h"
#include "dh_alloc.h"
#include "dh_record.h"

#include <sqlite3.h>
#include <stdio.h>
#include "record_header.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static sqlite3_mem_methods real;

static void *fail_malloc(int n) { return dh_alloc_hook_fails() ? NULL : real.xMalloc(n); }
static void *fail_realloc(void *p, int n)
{
    return dh_alloc_hook_fails() ? NULL : real.xRealloc(p, n);
}

static char path[256];
static const dh_input inputs[] = {
    {.kind = DH_IN_CHOICE, .source = DH_SRC_BOT, .t = 1000, .team = 0, .decision = 0, .option = 1},
    {.kind = DH_IN_ADJUST, .source = DH_SRC_CONSOLE, .t = 2000, .team = 1, .category = 0,
     .milli = -2500, .text = "chậm báo cáo"},
    {.kind = DH_IN_NOTE, .source = DH_SRC_CONSOLE, .t = 3000, .team = -1, .text = "note"},
    {.kind = DH_IN_PAUSE, .source = DH_SRC_CONSOLE, .t = 4000},
    {.kind = DH_IN_END, .source = DH_SRC_CONSOLE, .t = 5000},
};
enum { NINPUTS = sizeof inputs / sizeof inputs[0] };

typedef struct outcome {
    dh_status st;
    const char *step;
    char err[512];
    size_t appended;   /* inputs made durable */
} outcome;

#define STEP(name, expr)                                                                  \
    do {                                                                                  \
        o->step = name;                                                                   \
        if ((o->st = (expr)) != DH_OK) goto done;                                         \
    } while (0)

static void write_path(outcome *o)
{
    dh_record_header h;
    test_header(&h);
    dh_record *r = NULL;
    STEP("roster", dh_roster_add(&h.roster, "hn", "BHXH TP. Hà Nội", "north", 0));
    STEP("roster", dh_roster_add(&h.roster, "hcm", "BHXH TP. Hồ Chí Minh", "south", 0));
    STEP("create", dh_record_create(&r, path, &h, o->err, sizeof o->err));
    for (size_t i = 0; i < NINPUTS; i++) {
        STEP("append", dh_record_append(r, &inputs[i], o->err, sizeof o->err));
        o->appended++;
    }
    STEP("progress", dh_record_set_progress(r, 5000, 1, o->err, sizeof o->err));
done:
    dh_record_close(r);
    dh_roster_free(&h.roster);
}

/* Reads the record back; with `expect` inputs, checks that they are the ones
 * written and that the chain holds. */
static void read_path(outcome *o, size_t expect)
{
    dh_record *r = NULL;
    dh_record_header h;
    dh_record_header_init(&h);
    dh_record_input *items = NULL;
    size_t n = 0;
    STEP("open", dh_record_open(&r, path, 0, o->err, sizeof o->err));
    STEP("header", dh_record_read_header(r, &h, o->err, sizeof o->err));
    STEP("inputs", dh_record_read_inputs(r, &items, &n, o->err, sizeof o->err));
    dh_record_progress p;
    STEP("progress", dh_record_read_progress(r, &p, o->err, sizeof o->err));
    dh_verify_result res;
    STEP("verify", dh_record_verify(r, &res, o->err, sizeof o->err));
    if (res.problem != DH_VERIFY_OK) {
        /* a verify that blames the record for a failed allocation */
        o->st = DH_EINPUT;
        snprintf(o->err, sizeof o->err, "chain reported broken: %.400s", res.what);
        goto done;
    }
    o->step = "checked";
    int same = n == expect && h.roster.nteams == 2 &&
               !strcmp(h.roster.teams[1].name, "BHXH TP. Hồ Chí Minh") &&
               h.scenario_len == sizeof test_source - 1 &&
               !memcmp(h.scenario_source, test_source, sizeof test_source - 1);
    size_t differs = n;
    for (size_t i = 0; same && i < n; i++)
        if (!(same = dh_input_same(&items[i].in, &inputs[i]))) differs = i;
    if (!same) {
        o->st = DH_EINPUT;
        if (differs < n)
            snprintf(o->err, sizeof o->err, "input #%zu read back as %s, text %s%.100s%s",
                     differs + 1, dh_input_kind_name(items[differs].in.kind),
                     items[differs].in.text ? "\"" : "", items[differs].in.text
                     ? items[differs].in.text : "NULL", items[differs].in.text ? "\"" : "");
        else
            snprintf(o->err, sizeof o->err, "read back %zu inputs, %zu were made durable%s", n,
                     expect, n == expect ? " (the header differs)" : "");
    }
done:
    dh_record_inputs_free(items, n);
    dh_record_header_free(&h);
    dh_record_close(r);
}

/* Out of memory reported as anything but DH_ENOMEM or DH_EIO: each distinct
 * one is printed once; nbad counts them and every failed read-back. */
static char seen[32][600];
static size_t nseen, nbad;

static void assert_clean(const outcome *o, long n, int persistent)
{
    if (o->st == DH_OK || o->st == DH_ENOMEM || o->st == DH_EIO) return;
    char what[600];
    snprintf(what, sizeof what, "%s: %s", o->step, o->err);
    for (size_t i = 0; i < nseen; i++)
        if (!strcmp(seen[i], what)) return;
    if (nseen < 32) strcpy(seen[nseen++], what);
    nbad++;
    fprintf(stderr, "n=%ld (%s): out of memory reported as status %d at %s\n", n,
            persistent ? "persistent" : "once", (int)o->st, what);
}

static long walk(int persistent, uint64_t *allocs)
{
    for (long n = 1;; n++) {
        dh_record_remove(path);
        outcome w = {0}, rd = {0};
        dh_alloc_fail_at(n, persistent);
        write_path(&w);
        if (w.st == DH_OK) read_path(&rd, NINPUTS);
        dh_alloc_counts c = dh_alloc_counts_get();
        dh_alloc_fail_at(0, 0);
        assert_clean(&w, n, persistent);
        assert_clean(&rd, n, persistent);
        if (w.st || rd.st) assert_true(c.failed > 0);
        /* whatever a failed write left behind is a record whose chain holds and
         * that holds exactly the inputs that were made durable */
        if (w.st && access(path, F_OK) == 0 && strcmp(w.step, "create") != 0) {
            outcome again = {0};
            read_path(&again, w.appended);
            if (again.st) {
                fprintf(stderr, "n=%ld (%s): after %s failed (%s), reading back: %s: %s\n", n,
                        persistent ? "persistent" : "once", w.step, w.err, again.step,
                        again.err);
                nbad++;
            }
        }
        if (c.failed == 0) {
            assert_int_equal(w.st, DH_OK);
            assert_int_equal(rd.st, DH_OK);
            *allocs = c.calls;
            return n;
        }
    }
}

static void every_allocation_failure_on_the_record_path_ends_clean(void **state)
{
    snprintf(path, sizeof path, "test-record-alloc-%d.drill", (int)getpid());
    outcome w = {0}, rd = {0};
    dh_record_remove(path);
    write_path(&w);
    assert_int_equal(w.st, DH_OK);
    read_path(&rd, NINPUTS);
    assert_int_equal(rd.st, DH_OK);

    dh_alloc_forget_sites();
    uint64_t allocs = 0, allocs_once = 0;
    long runs = walk(1, &allocs);
    long runs_once = walk(0, &allocs_once);
    dh_alloc_counts c = dh_alloc_counts_get();
    printf("alloc failure, record path: %llu allocations (SQLite's and the core's) from %llu "
           "call sites; %ld runs persistent + %ld runs once: no crash or leak, %zu "
           "misreports of out of memory\n",
           (unsigned long long)allocs, (unsigned long long)c.sites, runs, runs_once, nbad);
    assert_true(allocs > 100);
    dh_record_remove(path);
    assert_int_equal(nbad, 0);
}

int main(void)
{
    /* SQLite takes a new allocator only while it is not initialized */
    sqlite3_shutdown();
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real) != SQLITE_OK) return 1;
    sqlite3_mem_methods hooked = real;
    hooked.xMalloc = fail_malloc;
    hooked.xRealloc = fail_realloc;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &hooked) != SQLITE_OK) return 1;
    /* lookaside would serve small allocations without asking the allocator */
    sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
    if (sqlite3_initialize() != SQLITE_OK) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_allocation_failure_on_the_record_path_ends_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
