#define _POSIX_C_SOURCE 200809L
/* cmd_simulate.c — `drillhall simulate SCENARIO`: Monte Carlo play with bots.
 *
 * Each worker thread loads its own copy of the scenario (a Lua state serves one
 * thread) from the text the main thread read, and plays every step-th drill;
 * the stats are merged at the end, so the figures do not depend on the number
 * of threads, only the rate does. */
#include "commands.h"
#include "dh_args.h"
#include "dh_output.h"
#include "dh_session.h"
#include "dh_simulate.h"
#include "dh_simview.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

typedef struct worker {
    const char *path;       /* names the scenario in messages */
    const char *text;       /* its source, borrowed from the main thread's script */
    size_t len;
    dh_sim_config cfg;
    dh_roster roster;
    size_t first, step, count;
    dh_sim_stats stats;
    dh_diags warnings;
    dh_status status;
    atomic_size_t *done;
    atomic_int *finished;   /* workers that have returned, failed or not */
    int keep_categories;    /* for the page's histograms by category */
} worker;

static void on_progress(void *ctx, size_t n) { atomic_fetch_add((atomic_size_t *)ctx, n); }

static int work(void *arg)
{
    worker *w = arg;
    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, w->cfg.seed);
    dh_scenario *sc = NULL;
    w->status = s ? dh_script_load_buffer(s, w->path, w->text, w->len, &sc, &diags) : DH_ENOMEM;
    if (!w->status) w->status = dh_sim_stats_init(&w->stats, sc);
    if (!w->status) w->stats.keep_categories = w->keep_categories;
    if (!w->status) {
        w->cfg.sc = sc;
        w->cfg.script = dh_script_iface_for(s);
        w->cfg.roster = &w->roster;
        w->cfg.progress = on_progress;
        w->cfg.progress_ctx = w->done;
        w->status = dh_sim_run(&w->cfg, w->first, w->step, w->count, &w->stats, &w->warnings);
    }
    dh_diags_free(&diags);
    dh_script_destroy(s);
    atomic_fetch_add(w->finished, 1);
    return 0;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void pts(char *buf, size_t len, int64_t milli) { dh_sim_points_text(buf, len, milli); }

static void progress_bar(size_t done, size_t total)
{
    int width = 40, filled = total ? (int)((double)done / (double)total * width) : width;
    printf("\r  [");
    for (int i = 0; i < width; i++) putchar(i < filled ? '#' : '.');
    printf("] %zu/%zu", done, total);
    fflush(stdout);
}

/* One policy, one team, one drill: the totals a policy reaches. */
static dh_status policy_points(dh_script *s, const dh_scenario *sc, dh_bot_policy p,
                               uint64_t seed, int64_t *points, int64_t *total)
{
    dh_roster r;
    dh_status st = dh_roster_generate(&r, 1);
    dh_sim_stats ss;
    if (!st && (st = dh_sim_assign_roles(&r, sc))) dh_roster_free(&r);
    if (st) return st;
    if ((st = dh_sim_stats_init(&ss, sc))) {
        dh_roster_free(&r);
        return st;
    }
    dh_sim_config cfg = {sc, dh_script_iface_for(s), &r, p, seed, NULL, NULL, DH_LANG_EN};
    st = dh_sim_run(&cfg, 0, 1, 1, &ss, NULL);
    if (!st) {
        memcpy(points, ss.cat_sum, sc->ncategories * sizeof *points);
        *total = ss.totals[0];
    }
    dh_sim_stats_free(&ss);
    dh_roster_free(&r);
    return st;
}

/* The mean total of each policy over the same drills: how far a team that
 * games the scoring (longest text) or guesses (random) gets beside the best. */
enum { MEAN_RUNS = 1000 };
static const dh_bot_policy mean_policies[] = {DH_BOT_BEST, DH_BOT_LONGEST, DH_BOT_RANDOM,
                                              DH_BOT_FIRST, DH_BOT_WORST};
#define NMEANS (sizeof mean_policies / sizeof *mean_policies)

/* The policy of the main run takes its mean from there (main_mean); the others
 * play after it: random over up to MEAN_RUNS playthroughs, the rest (which vary
 * only with a scenario's own math.random) over a tenth of that. */
static dh_status policy_means(dh_script *s, const dh_scenario *sc, uint64_t seed, dh_lang lang,
                              size_t runs, dh_bot_policy main, int64_t main_mean, int64_t *mean)
{
    dh_roster r;
    dh_status st = DH_OK;
    for (size_t i = 0; !st && i < NMEANS; i++) {
        if (mean_policies[i] == main) {
            mean[i] = main_mean;
            continue;
        }
        size_t n = mean_policies[i] == DH_BOT_RANDOM ? MEAN_RUNS : MEAN_RUNS / 10;
        if (n > runs) n = runs;
        size_t teams = n < 100 ? n : 100, ndrills = (n + teams - 1) / teams;
        if ((st = dh_roster_generate(&r, teams)) || (st = dh_sim_assign_roles(&r, sc))) {
            dh_roster_free(&r);
            break;
        }
        dh_sim_stats ss;
        if ((st = dh_sim_stats_init(&ss, sc))) break;
        dh_sim_config cfg = {sc, dh_script_iface_for(s), &r, mean_policies[i], seed, NULL, NULL,
                             lang};
        st = dh_sim_run(&cfg, 0, 1, ndrills, &ss, NULL);
        dh_sim_summary sm;
        if (!st) st = dh_sim_summarize(&ss, &sm);
        if (!st) mean[i] = sm.mean;
        dh_sim_stats_free(&ss);
        dh_roster_free(&r);
    }
    return st;
}

static int64_t summary_mean(dh_sim_stats *st)
{
    dh_sim_summary sm;
    return dh_sim_summarize(st, &sm) ? 0 : sm.mean;
}

static void print_means(const int64_t *mean, dh_lang lang)
{
    printf("\n");
    dh_term_printf(stdout, dh_msg(A_SIM_MEANS), dh_lang_code(lang));
    printf("\n ");
    for (size_t i = 0; i < NMEANS; i++) {
        char a[32];
        pts(a, sizeof a, mean[i]);
        printf(" %s %s%s", dh_bot_policy_name(mean_policies[i]), a, i + 1 < NMEANS ? "  ·" : "\n");
    }
    /* best is mean[0]; a gap of under a quarter of best's lead over worst is "near" */
    int64_t span = mean[0] - mean[NMEANS - 1], quarter = span / 4;
    if (span > 0 && (mean[0] - mean[1] < quarter || mean[0] - mean[2] < quarter))
        dh_term_printf(stdout, "%s\n", dh_msg(A_SIM_MEANS_NOTE));
}

static void print_distribution(dh_sim_stats *st)
{
    dh_sim_summary sm;
    if (dh_sim_summarize(st, &sm)) return;
    char a[32], b[32], c[32], d[32], e[32], f[32];
    pts(a, sizeof a, sm.min), pts(b, sizeof b, sm.q1), pts(c, sizeof c, sm.median);
    pts(d, sizeof d, sm.q3), pts(e, sizeof e, sm.max), pts(f, sizeof f, sm.mean);
    printf("\nTotal score\n  min %s   q1 %s   median %s   q3 %s   max %s   mean %s\n\n", a, b, c,
           d, e, f);
    enum { NBINS = 12, BAR = 40 };
    uint64_t counts[NBINS], most = 1;
    int64_t lo, width;
    dh_sim_histogram(st, NBINS, counts, &lo, &width);
    size_t last = NBINS;
    while (last > 1 && !counts[last - 1]) last--;
    for (size_t i = 0; i < last; i++)
        if (counts[i] > most) most = counts[i];
    for (size_t i = 0; i < last; i++) {
        pts(a, sizeof a, lo + (int64_t)i * width);
        pts(b, sizeof b, lo + (int64_t)(i + 1) * width);
        int n = (int)((counts[i] * BAR + most - 1) / most);
        printf("  %7s .. <%-7s |", a, b);
        for (int k = 0; k < n; k++) putchar('#');
        printf(" %llu\n", (unsigned long long)counts[i]);
    }
}

static void print_categories(const dh_scenario *sc, const dh_sim_stats *st,
                             const int64_t *best, const int64_t *worst, int64_t best_total,
                             int64_t worst_total)
{
    printf("\n%-16s %11s %12s %9s %9s %9s\n", "Category", "best policy", "worst policy",
           "min", "max", "mean");
    char a[32], b[32], c[32], d[32], e[32];
    for (size_t i = 0; i < sc->ncategories; i++) {
        pts(a, sizeof a, best[i]), pts(b, sizeof b, worst[i]);
        pts(c, sizeof c, st->cat_min[i]), pts(d, sizeof d, st->cat_max[i]);
        pts(e, sizeof e, st->cat_sum[i] / (int64_t)(st->playthroughs ? st->playthroughs : 1));
        printf("  %-14s %11s %12s %9s %9s %9s\n", sc->categories[i].id, a, b, c, d, e);
    }
    pts(a, sizeof a, best_total), pts(b, sizeof b, worst_total);
    printf("  %-14s %11s %12s\n", "total", a, b);
}

static void share(const char *what, size_t hit, size_t n)
{
    printf("  %-18s %zu/%zu (%.0f %%)\n", what, hit, n, n ? 100.0 * (double)hit / (double)n : 100.0);
}

static void print_coverage(const dh_scenario *sc, const dh_sim_stats *st)
{
    printf("\nCoverage\n");
    dh_sim_coverage cv;
    dh_sim_coverage_of(sc, st, &cv);
    share("injects delivered", cv.injects, cv.ninjects);
    for (size_t i = 0; i < sc->ninjects; i++)
        if (!st->delivered[i])
            printf("    never delivered: inject \"%s\" (line %d)\n", sc->injects[i].id,
                   sc->injects[i].line);
    share("options chosen", cv.options, cv.noptions);
    for (size_t d = 0; d < sc->ndecisions; d++)
        for (size_t o = 0; o < sc->decisions[d].noptions; o++)
            if (!st->chosen[st->option_base[d] + o])
                printf("    never chosen: decision \"%s\" option \"%s\" (line %d)%s\n",
                       sc->decisions[d].id, sc->decisions[d].options[o].id,
                       sc->decisions[d].line, st->opened[d] ? "" : " — the decision never opened");
    share("branches taken", cv.branches, cv.nbranches);
    for (size_t i = 0; i < sc->ninjects; i++) {
        const dh_inject *in = &sc->injects[i];
        if (!dh_sim_is_branch(in)) continue;
        if (!st->delivered[i])
            printf("    never taken: inject \"%s\" (line %d)\n", in->id, in->line);
        else if (in->when_ref != DH_NOREF && !st->withheld[i] && in->at != DH_MS_NEVER)
            printf("    never withheld: inject \"%s\" (line %d): its `when` was always true\n",
                   in->id, in->line);
    }
}

/* What each decision does to the final score, widest spread first, then the
 * habits that give answers away. */
static void print_balance(const dh_scenario *sc, dh_sim_stats *st)
{
    dh_sim_balance bal;
    if (dh_sim_balance_compute(sc, st, &bal)) return;
    size_t n = sc->ndecisions;
    int *order = malloc((n ? n : 1) * sizeof *order);
    dh_sim_finding *found = NULL;
    size_t nfound = order ? 0 : (size_t)-1;
    if (order) {
        dh_sim_balance_order(&bal, n, order);
        nfound = dh_sim_findings(sc, st, &bal, order, &found);
    }
    if (nfound == (size_t)-1) {
        free(order);
        dh_sim_balance_free(&bal);
        return;
    }
    char a[32];
    putchar('\n');
    dh_term_printf(stdout, "%s\n", dh_msg(A_SIM_BAL_HEAD));
    for (size_t k = 0; k < n; k++) {
        size_t d = (size_t)order[k];
        const dh_decision *dec = &sc->decisions[d];
        if (!st->opened[d]) continue;
        pts(a, sizeof a, bal.dec[d].spread);
        dh_term_printf(stdout, dh_msg(A_SIM_BAL_DEC), dec->id, dec->line, a);
        putchar('\n');
        int best = dh_decision_best_option(dec);
        for (size_t o = 0; o < dec->noptions; o++) {
            uint64_t c = st->chosen[st->option_base[d] + o];
            pts(a, sizeof a, dh_sim_option_mean(st, d, o));
            char tags[80] = "";
            if ((int)o == best) snprintf(tags, sizeof tags, "%s", dh_msg(A_SIM_TAG_BEST));
            if ((int)o == dec->timeout)
                snprintf(tags + strlen(tags), sizeof tags - strlen(tags), "%s", dh_msg(A_SIM_TAG_TIMEOUT));
            dh_term_printf(stdout, dh_msg(A_SIM_BAL_OPT), dec->options[o].id,
                           100.0 * (double)c / (double)st->opened[d], c ? a : "-", tags);
            putchar('\n');
        }
    }
    putchar('\n');
    dh_term_printf(stdout, "%s\n", dh_msg(A_SIM_BAL_TITLE));
    for (size_t i = 0; i < nfound; i++) dh_term_printf(stdout, "%s\n", found[i].text);
    if (!nfound)
        dh_term_printf(stdout, "%s\n", dh_msg(dh_sim_place_judged(&bal) ? A_SIM_BAL_NONE : A_SIM_BAL_NONE_UNJUDGED));
    dh_sim_findings_free(found, nfound);
    free(order);
    dh_sim_balance_free(&bal);
}

int dh_cmd_simulate(int argc, char **argv)
{
    int want_help = 0, allow_errors = 0;
    const char *runs_s = NULL, *teams_s = NULL, *policy_s = NULL, *seed_s = NULL,
               *threads_s = NULL, *bots_s = NULL, *lang_s = NULL, *format = "text", *out = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--runs", DH_OPT_STRING, &runs_s, "N", H_SIM_RUNS},
                     {"--teams", DH_OPT_STRING, &teams_s, "T", H_SIM_TEAMS},
                     {"--policy", DH_OPT_STRING, &policy_s, "P", H_SIM_POLICY},
                     {"--bots", DH_OPT_STRING, &bots_s, "P", H_SIM_BOTS},
                     {"--lang", DH_OPT_STRING, &lang_s, "en|vi", H_SIM_LANG},
                     {"--seed", DH_OPT_STRING, &seed_s, "S", H_SIM_SEED},
                     {"--threads", DH_OPT_STRING, &threads_s, "N", H_SIM_THREADS},
                     {"--allow-script-errors", DH_OPT_FLAG, &allow_errors, NULL,
                      H_SIM_ALLOW_ERRORS},
                     {"--format", DH_OPT_STRING, &format, "text|html", H_SIM_FORMAT},
                     {"-o", DH_OPT_OUTPUT, &out, "F.html", H_SIM_OUT},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_SIM_USAGE, H_SIM_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_SIM_NO_FILE));
    int html = !strcmp(format, "html");
    if (!html && strcmp(format, "text")) return dh_fail(2, dh_msg(A_SIM_FORMAT), format);
    if (out && !html) return dh_fail(2, "%s", dh_msg(A_SIM_OUT_TEXT));
    unsigned long long runs = 10000, teams = 100, seed = 1, threads = 0;
    if (runs_s && (dh_parse_u64(runs_s, &runs) || runs < 1 || runs > 10000000ull))
        return dh_fail(2, dh_msg(A_SIM_RUNS), runs_s);
    if (teams_s && (dh_parse_u64(teams_s, &teams) || teams < 1 || teams > 10000))
        return dh_fail(2, dh_msg(A_SIM_TEAMS), teams_s);
    if (seed_s && dh_parse_u64(seed_s, &seed))
        return dh_fail(2, dh_msg(A_SEED_BAD), seed_s);
    if (threads_s && (dh_parse_u64(threads_s, &threads) || threads < 1 || threads > 256))
        return dh_fail(2, dh_msg(A_SIM_THREADS), threads_s);
    /* the page's histograms by category keep every playthrough's points by
     * category: 8 bytes per category per playthrough */
    if (html && runs > 1000000ull) return dh_fail(2, dh_msg(A_SIM_HTML_RUNS), runs);
    dh_bot_policy policy = DH_BOT_RANDOM;
    const char *flag = bots_s ? "--bots" : "--policy";
    if (bots_s && policy_s && strcmp(bots_s, policy_s))
        return dh_fail(2, dh_msg(A_SIM_POLICY), flag, bots_s);
    if (bots_s) policy_s = bots_s;
    dh_lang lang;
    int lrc = dh_lang_choose(lang_s, &lang);
    if (lrc) return lrc;
    if (policy_s) {
        int p = dh_bot_policy_parse(policy_s);
        if (p <= 0) return dh_fail(2, dh_msg(A_SIM_POLICY), flag, policy_s);
        policy = (dh_bot_policy)p;
    }
    const char *path = a.pos[0];

    dh_diags diags;
    dh_diags_init(&diags);
    dh_script *s = dh_script_create(NULL, seed);
    if (!s) return dh_fail(1, dh_msg(E_NOMEM));
    dh_scenario *sc;
    dh_status st = dh_script_load(s, path, &sc, &diags);
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    if (st) {
        dh_script_destroy(s);
        return st == DH_ENOMEM ? dh_fail(1, dh_msg(E_NOMEM)) : 2;
    }
    if (teams > runs) teams = runs;
    size_t ndrills = (size_t)((runs + teams - 1) / teams);
    if (!threads) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? (unsigned long long)n : 1;
    }
    if (threads > ndrills) threads = ndrills;
    size_t total = ndrills * (size_t)teams;

    int64_t *best = calloc(sc->ncategories + 1, sizeof *best);
    int64_t *worst = calloc(sc->ncategories + 1, sizeof *worst);
    worker *w = calloc((size_t)threads, sizeof *w);
    thrd_t *tid = calloc((size_t)threads, sizeof *tid);
    atomic_size_t done;
    atomic_int finished;
    atomic_init(&done, 0);
    atomic_init(&finished, 0);
    int64_t best_total = 0, worst_total = 0, means[NMEANS];
    int rc = 0;
    if (!best || !worst || !w || !tid ||
        policy_points(s, sc, DH_BOT_BEST, seed, best, &best_total) ||
        policy_points(s, sc, DH_BOT_WORST, seed, worst, &worst_total)) {
        rc = dh_fail(1, dh_msg(E_NOMEM));
        goto out;
    }

    /* a page written to standard output is all that goes there */
    int text = !html || (out && strcmp(out, "-"));
    char summary[300];
    snprintf(summary, sizeof summary, "%s: %zu playthroughs (%zu drills × %llu teams), policy %s, seed %llu",
             sc->id, total, ndrills, teams, dh_bot_policy_name(policy), seed);
    if (text) dh_term_printf(stdout, "%s\n", summary);
    fflush(stdout);
    int tty = text && isatty(STDOUT_FILENO);
    double t0 = now_s();
    size_t started = 0;
    for (size_t i = 0; i < threads; i++) {
        w[i].path = path;
        w[i].text = dh_script_source(s, &w[i].len);
        w[i].cfg.policy = policy;
        w[i].cfg.lang = lang;
        w[i].cfg.seed = seed;
        w[i].first = i, w[i].step = (size_t)threads, w[i].count = ndrills;
        w[i].done = &done;
        w[i].finished = &finished;
        w[i].keep_categories = html;
        dh_diags_init(&w[i].warnings);
        dh_roster_init(&w[i].roster);
        w[i].status = dh_roster_generate(&w[i].roster, (size_t)teams);
        /* generated teams take the scenario's roles in turn, so every role plays */
        if (!w[i].status) w[i].status = dh_sim_assign_roles(&w[i].roster, sc);
        if (w[i].status || thrd_create(&tid[i], work, &w[i]) != thrd_success) break;
        started++;
    }
    /* Scripts that use their whole budget make every drill slow: once the first
     * drills are done, a long wait is said up front, not found out at the end. */
    int estimated = 0;
    while (started == threads && atomic_load(&finished) < (int)threads) {
        size_t n = atomic_load(&done);
        if (!estimated && n >= teams) {
            double left = (now_s() - t0) / (double)n * (double)(total - n);
            if (left >= 10) {
                if (tty) printf("\r%79s\r", "");
                fflush(stdout);
                char line[256];
                snprintf(line, sizeof line, dh_msg(A_SIM_ESTIMATE), left < 60 ? 1 : left / 60);
                fprintf(stderr, "drillhall: %s\n", line);
            }
            estimated = 1;
        }
        if (tty) progress_bar(n, total);
        thrd_sleep(&(struct timespec){.tv_nsec = 100000000}, NULL);
    }
    for (size_t i = 0; i < started; i++) thrd_join(tid[i], NULL);
    double secs = now_s() - t0;
    if (tty) printf("\r%79s\r", "");

    dh_sim_stats all;
    memset(&all, 0, sizeof all);
    st = started == threads ? dh_sim_stats_init(&all, sc) : DH_ENOMEM;
    all.keep_categories = html;
    dh_diags warns;
    dh_diags_init(&warns);
    for (size_t i = 0; i < threads && !st; i++) {
        st = w[i].status;
        if (!st) st = dh_sim_stats_merge(&all, &w[i].stats);
        dh_sim_keep_warnings(&warns, &w[i].warnings);
    }
    fflush(stdout);
    dh_print_diags(&warns);
    size_t script_failures = warns.count;
    dh_diags_free(&warns);
    if (st) {
        rc = dh_fail(1, dh_msg(A_SIM_FAILED), dh_status_str(st));
    } else if ((st = policy_means(s, sc, seed, lang, (size_t)runs, policy, summary_mean(&all),
                                  means))) {
        rc = dh_fail(1, dh_msg(A_SIM_FAILED), dh_status_str(st));
    } else {
        if (text) {
            print_distribution(&all);
            print_categories(sc, &all, best, worst, best_total, worst_total);
            print_means(means, lang);
            print_coverage(sc, &all);
            print_balance(sc, &all);
            printf("\n%.0f playthroughs/s (%llu thread%s, %.2f s)\n",
                   secs > 0 ? (double)all.playthroughs / secs : 0.0, threads,
                   threads == 1 ? "" : "s", secs);
        }
        if (fflush(stdout)) rc = dh_fail(1, dh_msg(A_WRITE_OUTPUT));
        /* the figures of a scenario whose scripts failed are not the scenario's:
         * a failed `when` is false, a failed hook adds nothing */
        else if (script_failures && !allow_errors)
            rc = dh_fail(1, dh_msg(A_SIM_SCRIPT_ERRORS), script_failures);
        else if (html)
            rc = dh_sim_write_page(out ? out : "-", sc, &all, summary, lang);
    }
    dh_sim_stats_free(&all);
out:
    for (size_t i = 0; w && i < threads; i++) {
        dh_sim_stats_free(&w[i].stats);
        dh_diags_free(&w[i].warnings);
        dh_roster_free(&w[i].roster);
    }
    free(w);
    free(tid);
    free(best);
    free(worst);
    dh_script_destroy(s);
    return rc;
}
