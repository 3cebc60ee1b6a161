/* test_record.c — the .drill file: round trip, durability contract, chain checks
 * and the files it must refuse without touching them. */
#include "dh_test.h"
#include "dh_record.h"

#include <sqlite3.h>
#include <stdio.h>
#include "record_header.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path[256];

static void make_header(dh_record_header *h)
{
    test_header(h);
    assert_int_equal(dh_roster_add(&h->roster, "hn", "BHXH TP. Hà Nội", "north", 0), DH_OK);
    assert_int_equal(dh_roster_add(&h->roster, "hcm", "BHXH TP. Hồ Chí Minh", "south", 0), DH_OK);
}

/* A record with n inputs: choices, an adjustment with a reason, a note. */
static void make_record(int n)
{
    snprintf(path, sizeof path, "test-record-%d.drill", (int)getpid());
    remove(path);
    dh_record_header h;
    make_header(&h);
    dh_record *r;
    char err[512];
    assert_int_equal(dh_record_create(&r, path, &h, err, sizeof err), DH_OK);
    dh_roster_free(&h.roster);
    for (int i = 0; i < n; i++) {
        dh_input in = {.kind = i % 3 == 1 ? DH_IN_ADJUST : i % 3 == 2 ? DH_IN_NOTE : DH_IN_CHOICE,
                       .source = i % 3 ? DH_SRC_CONSOLE : DH_SRC_BOT,
                       .t = 1000 * i, .team = i % 2, .decision = i, .option = 1,
                       .milli = -2500, .text = i % 3 ? "chậm báo cáo, \"quote\"" : NULL};
        assert_int_equal(dh_record_append(r, &in, err, sizeof err), DH_OK);
    }
    dh_record_close(r);
}

static void tamper(const char *sql)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

static dh_verify_result verify(void)
{
    dh_record *r;
    char err[512];
    dh_verify_result res;
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_verify(r, &res, err, sizeof err), DH_OK);
    dh_record_close(r);
    return res;
}

static void header_and_inputs_round_trip(void **state)
{
    (void)state;
    make_record(10);
    dh_record *r;
    char err[512];
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    dh_record_header h;
    assert_int_equal(dh_record_read_header(r, &h, err, sizeof err), DH_OK);
    assert_string_equal(h.scenario_source, test_source);
    assert_int_equal(h.seed, 42);
    assert_string_equal(h.lang, "vi");
    assert_string_equal(h.bots, "random");
    assert_int_equal(h.roster.nteams, 2);
    assert_string_equal(h.roster.teams[1].name, "BHXH TP. Hồ Chí Minh");
    assert_int_equal(strlen(h.scenario_sha256), 64);
    dh_record_header_free(&h);
    dh_record_input *v;
    size_t n;
    assert_int_equal(dh_record_read_inputs(r, &v, &n, err, sizeof err), DH_OK);
    assert_int_equal(n, 10);
    assert_int_equal(v[4].seq, 5);
    assert_int_equal(v[4].in.kind, DH_IN_ADJUST);
    assert_int_equal(v[4].in.milli, -2500);
    assert_string_equal(v[4].in.text, "chậm báo cáo, \"quote\"");
    assert_null(v[3].in.text);
    dh_record_progress p;
    assert_int_equal(dh_record_read_progress(r, &p, err, sizeof err), DH_OK);
    assert_int_equal(p.ninputs, 10);
    assert_int_equal(p.now, 9000);
    dh_record_inputs_free(v, n);
    dh_record_close(r);
    assert_int_equal(verify().problem, DH_VERIFY_OK);
    remove(path);
}

/* An evaluator's rating is an input like any other: it goes into the existing
 * columns (decision = the objective, milli = the rating, text = the reason), reads
 * back as it was and is chained (altering it is found). */
static void an_evaluators_rating_is_recorded_and_chained(void **state)
{
    (void)state;
    make_record(3);
    dh_record *r;
    char err[512];
    assert_int_equal(dh_record_open(&r, path, 1, err, sizeof err), DH_OK);
    dh_input rate = {.kind = DH_IN_RATE, .source = DH_SRC_CONSOLE, .t = 5000, .team = 1,
                     .decision = 2, .milli = DH_RATE_M, .text = "báo cáo qua điện thoại"};
    assert_int_equal(dh_record_append(r, &rate, err, sizeof err), DH_OK);
    dh_record_close(r);
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    dh_record_input *v;
    size_t n;
    assert_int_equal(dh_record_read_inputs(r, &v, &n, err, sizeof err), DH_OK);
    assert_int_equal(n, 4);
    assert_int_equal(v[3].in.kind, DH_IN_RATE);
    assert_int_equal(v[3].in.team, 1);
    assert_int_equal(v[3].in.decision, 2);
    assert_int_equal(v[3].in.milli, DH_RATE_M);
    assert_string_equal(v[3].in.text, "báo cáo qua điện thoại");
    dh_record_inputs_free(v, n);
    dh_record_close(r);
    assert_int_equal(verify().problem, DH_VERIFY_OK);
    tamper("UPDATE inputs SET milli = 0 WHERE kind = 'rate'");
    assert_int_equal(verify().problem, DH_VERIFY_ALTERED);
    remove(path);
}

/* schema 3: a station's ref and an evaluator's name are recorded, read back and
 * chained (changing either breaks verify); join codes keep one row per role/id */
static void station_ref_and_evaluator_are_recorded_and_chained(void **state)
{
    (void)state;
    make_record(0);
    dh_record *w;
    char err[512];
    assert_int_equal(dh_record_open(&w, path, 1, err, sizeof err), DH_OK);
    dh_input a = {.kind = DH_IN_CHOICE, .t = 5, .team = 1, .decision = 0, .option = 1, .ref = "s1-4"};
    dh_input b = {.kind = DH_IN_ADJUST, .t = 6, .team = 0, .category = 0, .milli = -500,
                  .text = "late", .by = "Trần Minh", .ref = "e2-1"};
    assert_int_equal(dh_record_append(w, &a, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_append(w, &b, err, sizeof err), DH_OK);
    dh_record_code c = {.role = "team", .id = "hn", .name = "Hà Nội", .teams = "", .hash = "aa$bb"};
    assert_int_equal(dh_record_put_code(w, &c, err, sizeof err), DH_OK);
    c.generation = 1;
    c.hash = "cc$dd";
    assert_int_equal(dh_record_put_code(w, &c, err, sizeof err), DH_OK);
    dh_record_code e = {.role = "evaluator", .id = "e1", .name = "Trần Minh", .teams = "hn hcm",
                        .hash = "ee$ff"};
    assert_int_equal(dh_record_put_code(w, &e, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_set_served(w, "wss://127.0.0.1:8443/ws", "AB:CD", err, sizeof err), DH_OK);
    dh_record_close(w);
    dh_record *r;
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    dh_record_input *v;
    size_t n;
    assert_int_equal(dh_record_read_inputs(r, &v, &n, err, sizeof err), DH_OK);
    assert_int_equal(n, 2);
    assert_string_equal(v[0].in.ref, "s1-4");
    assert_null(v[0].in.by);
    assert_string_equal(v[1].in.by, "Trần Minh");
    assert_true(dh_input_same(&v[1].in, &b));
    assert_false(dh_input_same(&v[0].in, &b));
    dh_record_inputs_free(v, n);
    dh_record_code *codes;
    assert_int_equal(dh_record_read_codes(r, &codes, &n, err, sizeof err), DH_OK);
    assert_int_equal(n, 2);
    assert_string_equal(codes[0].id, "hn");
    assert_int_equal(codes[0].generation, 1);
    assert_string_equal(codes[0].hash, "cc$dd");
    assert_string_equal(codes[1].teams, "hn hcm");
    dh_record_codes_free(codes, n);
    char url[128], fp[128];
    assert_int_equal(dh_record_read_served(r, url, sizeof url, fp, sizeof fp, err, sizeof err), DH_OK);
    assert_string_equal(url, "wss://127.0.0.1:8443/ws");
    dh_record_close(r);
    assert_int_equal(verify().problem, DH_VERIFY_OK);
    tamper("UPDATE inputs SET ref = 's1-5' WHERE seq = 1");
    assert_int_equal(verify().problem, DH_VERIFY_ALTERED);
    tamper("UPDATE inputs SET ref = 's1-4' WHERE seq = 1; UPDATE inputs SET \"by\" = 'X' WHERE seq = 2");
    assert_int_equal(verify().problem, DH_VERIFY_ALTERED);
    remove(path);
}

static void an_input_is_on_disk_when_append_returns(void **state)
{
    (void)state;
    make_record(0);
    dh_record *w;
    char err[512];
    assert_int_equal(dh_record_open(&w, path, 1, err, sizeof err), DH_OK);
    dh_input in = {.kind = DH_IN_PAUSE, .t = 5};
    assert_int_equal(dh_record_append(w, &in, err, sizeof err), DH_OK);
    /* another connection sees it while the writer is still open: committed */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM inputs", -1, &s, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(s, 0), 1);
    sqlite3_finalize(s);
    sqlite3_close(db);
    dh_record_close(w);
    remove(path);
}

static void create_refuses_an_existing_file(void **state)
{
    (void)state;
    make_record(1);
    dh_record_header h;
    make_header(&h);
    dh_record *r;
    char err[512];
    assert_int_equal(dh_record_create(&r, path, &h, err, sizeof err), DH_EINPUT);
    assert_non_null(strstr(err, "already exists"));
    dh_roster_free(&h.roster);
    assert_int_equal(verify().ninputs, 1);
    remove(path);
}

static void verify_names_an_altered_input(void **state)
{
    (void)state;
    make_record(12);
    tamper("UPDATE inputs SET milli = 2500 WHERE seq = 5");
    dh_verify_result res = verify();
    assert_int_equal(res.problem, DH_VERIFY_ALTERED);
    assert_int_equal(res.seq, 5);
    remove(path);
}

static void verify_names_a_removed_input(void **state)
{
    (void)state;
    make_record(12);
    tamper("DELETE FROM inputs WHERE seq = 7");
    dh_verify_result res = verify();
    assert_int_equal(res.problem, DH_VERIFY_REMOVED);
    assert_int_equal(res.seq, 7);
    remove(path);
}

static void verify_names_reordered_inputs(void **state)
{
    (void)state;
    make_record(12);
    tamper("UPDATE inputs SET seq = -1 WHERE seq = 3; UPDATE inputs SET seq = 3 WHERE seq = 4;"
           "UPDATE inputs SET seq = 4 WHERE seq = -1");
    dh_verify_result res = verify();
    assert_int_equal(res.problem, DH_VERIFY_REORDERED);
    assert_int_equal(res.seq, 3);
    remove(path);
}

static void verify_notices_a_removed_tail_and_a_changed_roster(void **state)
{
    (void)state;
    make_record(12);
    tamper("DELETE FROM inputs WHERE seq = 12");
    assert_int_equal(verify().problem, DH_VERIFY_COUNT);
    make_record(3);
    tamper("UPDATE teams SET name = 'Someone else' WHERE idx = 0");
    assert_int_equal(verify().problem, DH_VERIFY_HEADER);
    make_record(3);
    tamper("UPDATE drill SET scenario_source = CAST('scenario { id = ''y'' }' AS BLOB)");
    assert_int_equal(verify().problem, DH_VERIFY_HEADER);
    remove(path);
}

static void refuses_newer_and_foreign_files(void **state)
{
    (void)state;
    char err[512];
    dh_record *r;
    make_record(2);
    tamper("PRAGMA user_version = 9");
    assert_int_equal(dh_record_open(&r, path, 1, err, sizeof err), DH_EINPUT);
    assert_non_null(strstr(err, "newer drillhall"));
    remove(path);
    tamper("CREATE TABLE t(a)");
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_EINPUT);
    assert_non_null(strstr(err, "another program"));
    remove(path);
    FILE *f = fopen(path, "wb");
    fclose(f);
    assert_int_equal(dh_record_open(&r, path, 1, err, sizeof err), DH_EINPUT);
    assert_non_null(strstr(err, "empty file"));
    remove(path);
}

/* One writer: a second writable open (another open file description, as in
 * another process) is refused at once and names this process; readers still
 * read; once the writer closes, the record can be opened for writing again. */
static void a_second_writer_is_refused_while_readers_read(void **state)
{
    (void)state;
    make_record(3);
    char err[512], want[128];
    dh_record *w, *w2, *rd;
    assert_int_equal(dh_record_open(&w, path, 1, err, sizeof err), DH_OK);
    dh_input in = {.kind = DH_IN_NOTE, .source = DH_SRC_CONSOLE, .t = 5000, .team = -1,
                   .text = "noted"};
    assert_int_equal(dh_record_append(w, &in, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_open(&w2, path, 1, err, sizeof err), DH_ESTATE);
    assert_null(w2);
    snprintf(want, sizeof want, "is being recorded by another drillhall (pid %d on ", (int)getpid());
    assert_non_null(strstr(err, want));
    assert_int_equal(dh_record_open(&rd, path, 0, err, sizeof err), DH_OK);
    dh_verify_result res;
    assert_int_equal(dh_record_verify(rd, &res, err, sizeof err), DH_OK);
    assert_int_equal(res.problem, DH_VERIFY_OK);
    assert_int_equal(res.ninputs, 4);
    dh_record_close(rd);
    dh_record_close(w);
    assert_int_equal(dh_record_open(&w2, path, 1, err, sizeof err), DH_OK);
    dh_record_close(w2);
    dh_record_remove(path);
}

/* A signed record verifies against its key, not against another; resuming it
 * needs the same key; a checkpoint changed after signing is caught. */
static void signed_checkpoints_prove_the_writer(void **state)
{
    (void)state;
    char err[512], key[64], pub[64], key2[64], pub2[64];
    snprintf(key, sizeof key, "test-record-%d.key", (int)getpid());
    snprintf(pub, sizeof pub, "test-record-%d.pub", (int)getpid());
    snprintf(key2, sizeof key2, "test-record-%d-2.key", (int)getpid());
    snprintf(pub2, sizeof pub2, "test-record-%d-2.pub", (int)getpid());
    remove(key), remove(pub), remove(key2), remove(pub2);
    assert_int_equal(dh_sign_keygen(key, pub, err, sizeof err), DH_OK);
    assert_int_equal(dh_sign_keygen(key2, pub2, err, sizeof err), DH_OK);
    assert_int_equal(dh_sign_keygen(key, pub, err, sizeof err), DH_EINPUT); /* never overwritten */
    dh_signer *sg, *sg2;
    assert_int_equal(dh_signer_load(&sg, key, err, sizeof err), DH_OK);
    assert_int_equal(dh_signer_load(&sg2, key2, err, sizeof err), DH_OK);
    char p1[DH_PUBKEY_HEX], p2[DH_PUBKEY_HEX];
    assert_int_equal(dh_sign_load_public(pub, p1, err, sizeof err), DH_OK);
    assert_int_equal(dh_sign_load_public(pub2, p2, err, sizeof err), DH_OK);
    assert_string_equal(p1, dh_signer_public(sg));
    assert_int_equal(dh_sign_load_public(key, p2, err, sizeof err), DH_EINPUT); /* a private key */

    snprintf(path, sizeof path, "test-record-%d.drill", (int)getpid());
    dh_record_remove(path);
    dh_record_header h;
    make_header(&h);
    dh_record *r;
    assert_int_equal(dh_record_create_signed(&r, path, &h, sg, err, sizeof err), DH_OK);
    dh_roster_free(&h.roster);
    dh_input in = {.kind = DH_IN_PAUSE, .source = DH_SRC_CONSOLE, .t = 1000, .team = -1};
    assert_int_equal(dh_record_append(r, &in, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_set_progress(r, 9000, 1, err, sizeof err), DH_OK);
    dh_record_close(r);

    dh_verify_result res;
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_verify_key(r, p1, &res, err, sizeof err), DH_OK);
    assert_int_equal(res.problem, DH_VERIFY_OK);
    assert_string_equal(res.signer, p1);
    assert_int_equal(res.now, 9000);
    assert_int_equal(res.ended, 1);
    assert_int_equal(dh_record_verify_key(r, dh_signer_public(sg2), &res, err, sizeof err), DH_OK);
    assert_int_equal(res.problem, DH_VERIFY_KEY);
    dh_record_close(r);

    /* resuming: the same key only */
    assert_int_equal(dh_record_open(&r, path, 1, err, sizeof err), DH_OK);
    assert_int_equal(dh_record_set_signer(r, NULL, err, sizeof err), DH_EINPUT);
    assert_int_equal(dh_record_append(r, &in, err, sizeof err), DH_ESTATE);
    assert_int_equal(dh_record_set_signer(r, sg2, err, sizeof err), DH_EINPUT);
    assert_int_equal(dh_record_set_signer(r, sg, err, sizeof err), DH_OK);
    dh_record_close(r);

    /* a checkpoint edited after it was signed */
    tamper("UPDATE progress SET ended = 0");
    assert_int_equal(verify().problem, DH_VERIFY_PROGRESS);
    dh_signer_free(sg);
    dh_signer_free(sg2);
    dh_record_remove(path);
    remove(key), remove(pub), remove(key2), remove(pub2);
}

/* What the writer takes, the reader reads: a name or an input's text longer than
 * the reader accepts is refused when written, and the record stays readable (a
 * 5,000-byte evaluator name once made codes and resume call it damaged). */
static void the_writer_refuses_what_the_reader_would_not_read(void **state)
{
    (void)state;
    make_record(0);
    dh_record *w;
    char err[512];
    assert_int_equal(dh_record_open(&w, path, 1, err, sizeof err), DH_OK);
    char *big = malloc(5001);
    assert_non_null(big);
    memset(big, 'a', 5000);
    big[5000] = 0;
    dh_record_code e = {.role = "evaluator", .id = "e1", .name = big, .teams = "hn", .hash = "ee$ff"};
    assert_int_equal(dh_record_put_code(w, &e, err, sizeof err), DH_EINPUT);
    dh_input b = {.kind = DH_IN_ADJUST, .t = 6, .team = 0, .category = 0, .milli = -500, .text = "late", .by = big};
    assert_int_equal(dh_record_append(w, &b, err, sizeof err), DH_EINPUT);
    /* at the limit: 200 four-byte characters, read back whole */
    big[0] = 0;
    for (int i = 0; i < 200; i++) strcat(big, "\xf0\x9f\x98\x80");
    e.name = big;
    assert_int_equal(dh_record_put_code(w, &e, err, sizeof err), DH_OK);
    dh_record_close(w);
    dh_record *r;
    assert_int_equal(dh_record_open(&r, path, 0, err, sizeof err), DH_OK);
    dh_record_code *codes;
    size_t n;
    assert_int_equal(dh_record_read_codes(r, &codes, &n, err, sizeof err), DH_OK);
    assert_int_equal(n, 1);
    assert_string_equal(codes[0].name, big);
    dh_record_codes_free(codes, n);
    dh_record_input *v;
    assert_int_equal(dh_record_read_inputs(r, &v, &n, err, sizeof err), DH_OK);
    assert_int_equal(n, 0);
    dh_record_inputs_free(v, n);
    dh_record_close(r);
    free(big);
    remove(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(header_and_inputs_round_trip),
        cmocka_unit_test(an_evaluators_rating_is_recorded_and_chained),
        cmocka_unit_test(an_input_is_on_disk_when_append_returns),
        cmocka_unit_test(station_ref_and_evaluator_are_recorded_and_chained),
        cmocka_unit_test(the_writer_refuses_what_the_reader_would_not_read),
        cmocka_unit_test(create_refuses_an_existing_file),
        cmocka_unit_test(verify_names_an_altered_input),
        cmocka_unit_test(verify_names_a_removed_input),
        cmocka_unit_test(verify_names_reordered_inputs),
        cmocka_unit_test(verify_notices_a_removed_tail_and_a_changed_roster),
        cmocka_unit_test(refuses_newer_and_foreign_files),
        cmocka_unit_test(a_second_writer_is_refused_while_readers_read),
        cmocka_unit_test(signed_checkpoints_prove_the_writer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
