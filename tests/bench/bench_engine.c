/* bench_engine.c — the headless engine on the reference scenario with 1,000
 * random-bot teams: events per second with and without the JSON Lines log, and
 * the whole drill from loading the scenario to the final ranking.
 *
 * usage: bench_engine SCENARIO [TEAMS] [RUNS]   prints "name value unit" lines
 * (medians over RUNS runs). */
#include "dh_autoplay.h"
#include "dh_eventlog.h"
#include "dh_rank.h"
#include "dh_script.h"

#include "bench_clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct result { double ms; uint64_t events; } result;

/* One drill: load (when `load`), teams, bots, run, rank. */
static result one(const char *path, size_t teams, FILE *log, int load_inside, dh_script *pre,
                  dh_scenario *pre_sc)
{
    double t0 = now_ms();
    dh_script *s = pre;
    dh_scenario *sc = pre_sc;
    dh_diags diags;
    dh_diags_init(&diags);
    if (load_inside) {
        s = dh_script_create(NULL, 1);
        if (!s || dh_script_load(s, path, &sc, &diags)) {
            fprintf(stderr, "bench_engine: cannot load %s\n", path);
            exit(2);
        }
    }
    dh_roster roster;
    dh_roster_generate(&roster, teams);
    dh_drill_config cfg = {sc, &roster, 7, dh_script_iface_for(s)};
    dh_drill *d = dh_drill_create(&cfg);
    dh_eventlog el;
    if (log) {
        dh_eventlog_init(&el, log);
        dh_drill_add_sink(d, dh_eventlog_sink, &el);
    }
    dh_autoplay ap;
    dh_drill_start(d);
    dh_autoplay_attach(&ap, d, DH_BOT_RANDOM, NULL);
    dh_drill_run_to_end(d);
    if (log) {
        dh_eventlog_flush(&el);
        dh_eventlog_free(&el);
    }
    dh_ranking rk;
    dh_rank_compute(d, &rk);
    result r = {now_ms() - t0, dh_drill_event_count(d)};
    dh_ranking_free(&rk);
    dh_autoplay_free(&ap);
    dh_drill_destroy(d);
    dh_roster_free(&roster);
    if (load_inside) dh_script_destroy(s);
    dh_diags_free(&diags);
    return r;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_engine SCENARIO [TEAMS] [RUNS]\n");
        return 2;
    }
    const char *path = argv[1];
    size_t teams = argc > 2 ? (size_t)atoi(argv[2]) : 1000;
    int runs = argc > 3 ? atoi(argv[3]) : 21;
    double *plain = calloc((size_t)runs, sizeof *plain), *logged = calloc((size_t)runs, sizeof *logged),
           *whole = calloc((size_t)runs, sizeof *whole);
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, 1);
    dh_scenario *sc;
    if (!s || dh_script_load(s, path, &sc, &diags)) {
        fprintf(stderr, "bench_engine: cannot load %s\n", path);
        return 2;
    }
    FILE *log = tmpfile();
    uint64_t events = 0;
    for (int i = 0; i < runs; i++) {
        result a = one(path, teams, NULL, 0, s, sc);
        events = a.events;
        plain[i] = (double)a.events / (a.ms / 1e3);
        rewind(log);
        result b = one(path, teams, log, 0, s, sc);
        logged[i] = (double)b.events / (b.ms / 1e3);
        whole[i] = one(path, teams, NULL, 1, NULL, NULL).ms;
    }
    printf("engine_events %llu events\n", (unsigned long long)events);
    printf("engine_events_per_s %.0f events/s\n", median(plain, runs));
    printf("engine_events_per_s_with_log %.0f events/s\n", median(logged, runs));
    printf("engine_%zu_teams_start_to_finish %.2f ms\n", teams, median(whole, runs));
    fclose(log);
    dh_script_destroy(s);
    dh_diags_free(&diags);
    free(plain);
    free(logged);
    free(whole);
    return 0;
}
