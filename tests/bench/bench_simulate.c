/* bench_simulate.c — Monte Carlo playthroughs per second on the reference
 * scenario: random bots, 100 teams per drill, on one thread and on two (each
 * thread with its own script state, as `drillhall simulate` does).
 *
 * usage: bench_simulate SCENARIO [PLAYTHROUGHS] [RUNS]   prints "name value unit"
 * lines (medians over RUNS runs). */
#include "dh_script.h"
#include "dh_simulate.h"

#include <stdio.h>
#include <stdlib.h>
#include <threads.h>
#include <time.h>

enum { TEAMS = 100 };

typedef struct job {
    dh_script *s;
    dh_scenario *sc;
    dh_roster roster;
    size_t first, step, count;
    dh_sim_stats st;
} job;

static double now_s(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int play(void *arg)
{
    job *j = arg;
    dh_sim_config cfg = {j->sc, dh_script_iface_for(j->s), &j->roster, DH_BOT_RANDOM, 1,
                         NULL, NULL, DH_LANG_EN};
    return dh_sim_run(&cfg, j->first, j->step, j->count, &j->st, NULL) != DH_OK;
}

/* Playthroughs per second with `nthreads` threads over `drills` drills. */
static double rate(job *jobs, int nthreads, size_t drills)
{
    thrd_t t[2];
    double t0 = now_s();
    for (int i = 0; i < nthreads; i++) {
        jobs[i].first = (size_t)i, jobs[i].step = (size_t)nthreads, jobs[i].count = drills;
        dh_sim_stats_free(&jobs[i].st);
        dh_sim_stats_init(&jobs[i].st, jobs[i].sc);
        if (thrd_create(&t[i], play, &jobs[i]) != thrd_success) exit(1);
    }
    uint64_t n = 0;
    for (int i = 0; i < nthreads; i++) {
        int failed;
        thrd_join(t[i], &failed);
        if (failed) exit(1);
        n += jobs[i].st.playthroughs;
    }
    return (double)n / (now_s() - t0);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_simulate SCENARIO [PLAYTHROUGHS] [RUNS]\n");
        return 2;
    }
    size_t drills = (argc > 2 ? (size_t)atol(argv[2]) : 100000) / TEAMS;
    int runs = argc > 3 ? atoi(argv[3]) : 7;
    if (drills < 1 || runs < 1) return 2;
    job jobs[2] = {0};
    for (int i = 0; i < 2; i++) {
        dh_diags diags;
        dh_diags_init(&diags);
        jobs[i].s = dh_script_create(NULL, 1);
        if (!jobs[i].s || dh_script_load(jobs[i].s, argv[1], &jobs[i].sc, &diags) ||
            dh_roster_generate(&jobs[i].roster, TEAMS)) {
            fprintf(stderr, "bench_simulate: cannot load %s\n", argv[1]);
            return 2;
        }
        dh_diags_free(&diags);
    }
    double one[64], two[64];
    if (runs > 64) runs = 64;
    for (int r = 0; r < runs; r++) {
        one[r] = rate(jobs, 1, drills);
        two[r] = rate(jobs, 2, drills);
    }
    qsort(one, (size_t)runs, sizeof *one, cmp_double);
    qsort(two, (size_t)runs, sizeof *two, cmp_double);
    printf("simulate_playthroughs_per_s_1_thread %.0f playthroughs/s\n", one[runs / 2]);
    printf("simulate_playthroughs_per_s_2_threads %.0f playthroughs/s\n", two[runs / 2]);
    for (int i = 0; i < 2; i++) {
        dh_sim_stats_free(&jobs[i].st);
        dh_roster_free(&jobs[i].roster);
        dh_script_destroy(jobs[i].s);
    }
    return 0;
}
