/* bench_record.c — the drill record: durable inputs per second (each committed
 * and synced before it returns), resuming a 100-team drill recorded to its end
 * (open, read, rebuild through every recorded input), and writing the HTML
 * after-action report of that drill.
 *
 * usage: bench_record SCENARIO [RUNS]   prints "name value unit" lines (medians).
 * Files go to the current directory, which should be on the disk drills use. */
#include "dh_autoplay.h"
#include "dh_journal.h"
#include "dh_record.h"
#include "dh_report.h"
#include "dh_script.h"

#include "bench_clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void die(const char *what, const char *err)
{
    fprintf(stderr, "bench_record: %s: %s\n", what, err);
    exit(1);
}

/* One drill over `teams` random-bot teams, recorded to its end at `path`,
 * signed by `signer` (or not: NULL). */
static void record_drill(const char *scenario, size_t teams, const char *path,
                         const dh_signer *signer)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, 7);
    dh_scenario *sc;
    if (!s || dh_script_load(s, scenario, &sc, &diags)) die(scenario, "cannot load");
    dh_diags_free(&diags);
    dh_roster roster;
    dh_roster_init(&roster);
    dh_roster_generate(&roster, teams);
    dh_record_header h;
    dh_record_header_init(&h);
    size_t len;
    h.engine_version = "bench";
    h.scenario_file = (char *)scenario;
    h.scenario_id = sc->id;
    h.scenario_source = (char *)dh_script_source(s, &len);
    h.scenario_len = len;
    h.seed = 7;
    strcpy(h.lang, "vi");
    strcpy(h.bots, "random");
    h.roster = roster;
    char err[512];
    dh_record *r;
    dh_record_remove(path);
    if (dh_record_create_signed(&r, path, &h, signer, err, sizeof err)) die(path, err);
    dh_drill_config cfg = {sc, &roster, 7, dh_script_iface_for(s)};
    dh_drill *d = dh_drill_create(&cfg);
    dh_journal j;
    dh_journal_init(&j, NULL, 0, r);
    dh_drill_set_gate(d, dh_journal_gate, &j);
    dh_autoplay ap;
    dh_drill_start(d);
    dh_autoplay_attach(&ap, d, DH_BOT_RANDOM, NULL);
    if (dh_drill_run_to_end(d)) die(path, j.why);
    dh_record_set_progress(r, d->now, 1, err, sizeof err);
    dh_autoplay_free(&ap);
    dh_drill_destroy(d);
    dh_record_close(r);
    dh_roster_free(&roster);
    dh_script_destroy(s);
}

typedef struct rebuilt {
    dh_record *r;
    dh_record_header h;
    dh_record_input *in;
    size_t n;
    dh_script *s;
    dh_scenario *sc;
    dh_drill *d;
    dh_autoplay ap;
    dh_journal j;
} rebuilt;

/* What `drillhall resume` does before it runs on: open (locked), verify the
 * chain and checkpoint, read, rebuild. */
static void rebuild(rebuilt *b, const char *path)
{
    char err[512];
    memset(b, 0, sizeof *b);
    dh_record_progress p;
    dh_verify_result res;
    if (dh_record_open(&b->r, path, 1, err, sizeof err) ||
        dh_record_verify(b->r, &res, err, sizeof err) ||
        dh_record_read_header(b->r, &b->h, err, sizeof err) ||
        dh_record_read_inputs(b->r, &b->in, &b->n, err, sizeof err) ||
        dh_record_read_progress(b->r, &p, err, sizeof err))
        die(path, err);
    if (res.problem) die(path, res.what);
    dh_diags diags;
    dh_diags_init(&diags);
    b->s = dh_script_create(NULL, b->h.seed);
    if (dh_script_load_buffer(b->s, b->h.scenario_file, b->h.scenario_source, b->h.scenario_len,
                              &b->sc, &diags))
        die(path, "scenario");
    dh_diags_free(&diags);
    dh_drill_config cfg = {b->sc, &b->h.roster, b->h.seed, dh_script_iface_for(b->s)};
    b->d = dh_drill_create(&cfg);
    dh_journal_init(&b->j, b->in, b->n, b->r);
    dh_drill_set_gate(b->d, dh_journal_gate, &b->j);
    dh_drill_start(b->d);
    dh_autoplay_attach(&b->ap, b->d, DH_BOT_RANDOM, NULL);
    if (dh_journal_replay(&b->j, b->d, p.now, err, sizeof err)) die(path, err);
    if (!b->d->ended || b->j.next != b->n) die(path, "did not reach the end");
}

static void rebuilt_free(rebuilt *b)
{
    dh_autoplay_free(&b->ap);
    dh_drill_destroy(b->d);
    dh_script_destroy(b->s);
    dh_record_inputs_free(b->in, b->n);
    dh_record_header_free(&b->h);
    dh_record_close(b->r);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: bench_record SCENARIO [RUNS]\n", stderr);
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 7;
    if (runs < 1) runs = 1;
    double *v = malloc((size_t)runs * sizeof *v);
    char err[512];

    /* durable inputs: each append is its own synced transaction; signed, each
     * also signs its checkpoint (Ed25519) */
    const int n = 1000;
    const char *path = "bench-inputs.drill";
    dh_signer *signer = NULL;
    dh_sign_keygen("bench-control.key", "bench-control.pub", err, sizeof err);
    if (dh_signer_load(&signer, "bench-control.key", err, sizeof err)) die("key", err);
    for (int signed_ = 0; signed_ < 2; signed_++) {
        for (int k = 0; k < runs; k++) {
            record_drill(argv[1], 1, path, signed_ ? signer : NULL);
            dh_record *r;
            if (dh_record_open(&r, path, 1, err, sizeof err) ||
                dh_record_set_signer(r, signed_ ? signer : NULL, err, sizeof err))
                die(path, err);
            dh_input in = {.kind = DH_IN_NOTE, .source = DH_SRC_CONSOLE, .team = 0,
                           .text = "ghi chú của đánh giá viên"};
            double t0 = now_ms();
            for (int i = 0; i < n; i++) {
                in.t = i;
                if (dh_record_append(r, &in, err, sizeof err)) die(path, err);
            }
            v[k] = n / ((now_ms() - t0) / 1e3);
            dh_record_close(r);
        }
        printf("record_durable_inputs_per_s%s %.0f inputs/s\n", signed_ ? "_signed" : "",
               median(v, runs));
    }
    dh_record_remove(path);
    dh_signer_free(signer);
    remove("bench-control.key");
    remove("bench-control.pub");

    path = "bench-100.drill";
    record_drill(argv[1], 100, path, NULL);
    size_t ninputs = 0;
    for (int k = 0; k < runs; k++) {
        double t0 = now_ms();
        rebuilt b;
        rebuild(&b, path);
        v[k] = now_ms() - t0;
        ninputs = b.n;
        rebuilt_free(&b);
    }
    printf("resume_100_teams_ms %.1f ms\n", median(v, runs));
    printf("resume_100_teams_inputs %zu inputs\n", ninputs);

    rebuilt b;
    rebuild(&b, path);
    dh_report_meta meta = {path, dh_record_wall_us(), dh_record_head(b.r), "bench", DH_LANG_VI,
                           NULL};
    size_t bytes = 0;
    for (int k = 0; k < runs; k++) {
        dh_buf out;
        dh_buf_init(&out);
        double t0 = now_ms();
        if (dh_report_html(&out, b.d, &meta)) die("report", "out of memory");
        v[k] = now_ms() - t0;
        bytes = out.len;
        dh_buf_free(&out);
    }
    printf("report_html_100_teams_ms %.1f ms\n", median(v, runs));
    printf("report_html_100_teams_size %.0f KiB\n", bytes / 1024.0);
    rebuilt_free(&b);
    dh_record_remove(path);
    free(v);
    return 0;
}
