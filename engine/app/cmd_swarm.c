/* cmd_swarm.c — `drillhall swarm URL --codes F.csv`: one headless station per
 * code, all in one process and one network context: the rehearsal and load tool.
 *
 * With --out DIR it keeps DIR/ID.jsonl (every message each station received, in
 * order, as received) and DIR/acked.csv (every choice the server acknowledged,
 * with its input number), which a test compares with the record. It stops when
 * the drill has ended for every station still connected (or on Ctrl-C) and
 * prints a summary. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include "cmd_join_station.h"
#include "cmd_join_question.h"
#include "commands.h"
#include "dh_args.h"
#include "dh_csv.h"
#include "dh_output.h"
#include "dh_session.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* --stats: samples (µs) kept for percentiles */
typedef struct samples {
    int64_t *v;
    size_t n, cap;
} samples;

static void sample_add(samples *s, int64_t x)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        int64_t *v = realloc(s->v, cap * sizeof *v);
        if (!v) return;   /* a figure short of a sample, never a failed swarm */
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = x;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* "name_p50 V ms" and "name_p99 V ms" (nearest rank), as `make bench` lines */
static void print_percentiles(const char *name, samples *s)
{
    if (!s->n) return;
    qsort(s->v, s->n, sizeof *s->v, cmp_i64);
    static const int pct[] = {50, 99};
    for (int i = 0; i < 2; i++) {
        size_t k = (s->n * (size_t)pct[i] + 99) / 100;
        printf("%s_p%d %.2f ms\n", name, pct[i], (double)s->v[k ? k - 1 : 0] / 1000.0);
    }
    printf("%s_samples %zu\n", name, s->n);
}

static int64_t real_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Delivery latency of one inject time: the latest station to have it. */
typedef struct due_group {
    dh_ms t;
    int64_t worst_us;
    size_t n;                  /* deliveries at this time */
} due_group;

typedef struct member {
    char id[80], team[80], role[16];   /* id: unique in this swarm (its file's name) */
    dh_pclock clock;           /* the last clock received (--stats) */
    int64_t lost_us;           /* when its connection dropped (--stats), 0 online */
    FILE *jsonl;
    dh_station_bot bot;
    dh_station_qbot qbot;      /* open questions: a team's canned answers */
    dh_station *st;
    int told;                  /* its refusal was printed */
} member;

typedef struct swarm {
    member *v;
    size_t n;
    FILE *acked;
    int write_failed;
    int stats;                 /* --stats: measure and print the figures */
    samples delivery, ack, back;
    due_group *groups;
    size_t ngroups, capgroups;
} swarm;

/* --stats: how late a live inject arrived after it fell due on the server's clock */
static void note_delivery(swarm *s, member *m, const dh_pmsg *msg)
{
    const dh_pclock *c = &m->clock;
    if (!dh_station_get_stats(m->st).ready || !c->wall || c->speed <= 0 ||
        c->state != DH_PCLOCK_RUNNING)
        return;
    int64_t due = c->wall + (int64_t)((double)(msg->ev.t - c->now) * 1e6 / (double)c->speed);
    int64_t late = real_us() - due;
    if (late < 0) late = 0;
    sample_add(&s->delivery, late);
    size_t g = 0;
    while (g < s->ngroups && s->groups[g].t != msg->ev.t) g++;
    if (g == s->ngroups) {
        if (s->ngroups == s->capgroups) {
            size_t cap = s->capgroups ? s->capgroups * 2 : 64;
            due_group *v = realloc(s->groups, cap * sizeof *v);
            if (!v) return;
            s->groups = v;
            s->capgroups = cap;
        }
        s->groups[s->ngroups++] = (due_group){msg->ev.t, 0, 0};
    }
    s->groups[g].n++;
    if (late > s->groups[g].worst_us) s->groups[g].worst_us = late;
}

static void on_state(void *ctx, dh_station *st, dh_station_state state)
{
    swarm *s = ctx;
    member *m = dh_station_user(st);
    if (!s->stats) return;
    if (state == DH_ST_RECONNECTING && !m->lost_us) m->lost_us = real_us();
    if (state == DH_ST_ONLINE && m->lost_us) {
        sample_add(&s->back, real_us() - m->lost_us);
        m->lost_us = 0;
    }
}

static void on_message(void *ctx, dh_station *st, const char *raw, size_t len, const dh_pmsg *msg)
{
    swarm *s = ctx;
    member *m = dh_station_user(st);
    if (s->stats && msg) {
        if (msg->type == DH_P_CLOCK) m->clock = msg->clock;
        else if (msg->type == DH_P_EV_INJECT) note_delivery(s, m, msg);
    }
    /* flushed per message: the files are read while the swarm runs, and what
     * arrived before a crash is kept */
    if (m->jsonl && (fwrite(raw, 1, len, m->jsonl) != len || fputc('\n', m->jsonl) == EOF || fflush(m->jsonl)))
        s->write_failed = 1;
}

static void on_ack(void *ctx, dh_station *st, const char *ref, const char *decision, const char *option,
                   int64_t input)
{
    swarm *s = ctx;
    member *m = dh_station_user(st);
    (void)ref;
    int64_t rtt = dh_station_ack_rtt_us(st);
    /* an answer to an open question (option NULL) is not a choice: not in these */
    if (s->stats && decision && option && rtt >= 0) sample_add(&s->ack, rtt);
    if (!s->acked || !decision || !option) return;
    dh_buf b;
    dh_buf_init(&b);
    dh_csv_add_field(&b, m->team);
    dh_buf_addc(&b, ',');
    dh_csv_add_field(&b, decision);
    dh_buf_addc(&b, ',');
    dh_csv_add_field(&b, option);
    dh_buf_printf(&b, ",%lld\n", (long long)input);
    if (b.failed || fwrite(b.data, 1, b.len, s->acked) != b.len || fflush(s->acked)) s->write_failed = 1;
    dh_buf_free(&b);
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Reads the code sheet (role,id,name,code, as `drillhall codes --format csv`
 * writes it). Returns 0 or an exit status (printed). */
static int read_codes(const char *path, dh_csv *csv)
{
    dh_diags diags;
    dh_diags_init(&diags);
    static const char *const header[] = {"role", "id", "name", "code"};
    dh_status st = dh_csv_read_file(path, csv, &diags);
    if (!st && !dh_csv_check_header(csv, header, 4, &diags)) st = DH_EINPUT;
    for (size_t i = 1; !st && i < csv->nrows; i++) {
        const dh_csv_row *r = &csv->rows[i];
        if (r->nfields != 4 || dh_role_parse(r->fields[0]) < 0 || !dh_id_valid(r->fields[1]) || !*r->fields[3]) {
            dh_diags_add(&diags, DH_ERROR, path, r->line, dh_msg(A_SWARM_BAD_ROW));
            st = DH_EINPUT;
        }
    }
    if (!st && csv->nrows < 2) {
        dh_diags_add(&diags, DH_ERROR, path, 1, dh_msg(A_SWARM_NO_CODES));
        st = DH_EINPUT;
    }
    dh_print_diags(&diags);
    dh_diags_free(&diags);
    if (st) dh_csv_free(csv);
    return st == DH_OK ? 0 : st == DH_EIO ? 1 : 2;
}

/* DIR/NAME, made new. */
static FILE *open_out(const char *dir, const char *name, const char *ext)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s%s", dir, name, ext) >= sizeof path) return NULL;
    FILE *f = fopen(path, "w");
    if (!f) dh_fail(1, dh_msg(A_SWARM_CANNOT_WRITE), path, strerror(errno));
    return f;
}

int dh_cmd_swarm(int argc, char **argv)
{
    int want_help = 0, stats = 0;
    const char *codes = NULL, *pin = NULL, *bots = NULL, *out = NULL, *seed_opt = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--codes", DH_OPT_INPUT, &codes, "FILE.csv", H_SWARM_CODES},
                     {"--pin", DH_OPT_STRING, &pin, "FINGERPRINT", H_JOIN_PIN},
                     {"--bots", DH_OPT_STRING, &bots, "POLICY", H_JOIN_BOTS},
                     {"--out", DH_OPT_STRING, &out, "DIR", H_SWARM_OUT},
                     {"--seed", DH_OPT_STRING, &seed_opt, "S", H_JOIN_SEED},
                     {"--stats", DH_OPT_FLAG, &stats, NULL, H_SWARM_STATS},
                     {0}};
    dh_args a;
    if (dh_args_parse(argc, argv, opts, &a)) return 2;
    if (want_help) return dh_args_help(opts, H_SWARM_USAGE, H_SWARM_ABOUT);
    if (a.npos != 1) return dh_fail(2, dh_msg(A_JOIN_NO_URL));
    if (!codes) return dh_fail(2, dh_msg(A_SWARM_NO_CODES_FLAG));
    char err[700];
    if (dh_station_url_check(a.pos[0], err, sizeof err)) return dh_fail(2, "%s", err);
    uint8_t fp[DH_STATION_FP_LEN];
    if (pin && dh_station_parse_pin(pin, fp)) return dh_fail(2, dh_msg(A_JOIN_PIN_BAD), pin);
    int policy = DH_BOT_NONE;
    if (bots && (policy = dh_bot_policy_parse(bots)) < 0) return dh_fail(2, dh_msg(A_BOTS_BAD), bots);
    unsigned long long seed = 1;
    if (seed_opt && dh_parse_u64(seed_opt, &seed)) return dh_fail(2, dh_msg(A_JOIN_SEED_BAD), seed_opt);
    dh_csv csv;
    int rc = read_codes(codes, &csv);
    if (rc) return rc;
    if (out && mkdir(out, 0777) && errno != EEXIST) {
        rc = dh_fail(1, dh_msg(A_SWARM_CANNOT_WRITE), out, strerror(errno));
        dh_csv_free(&csv);
        return rc;
    }

    swarm s = {0};
    s.stats = stats;
    s.v = calloc(csv.nrows, sizeof *s.v);
    dh_station_net *net = s.v ? dh_station_net_create(err, sizeof err) : NULL;
    if (!net) rc = dh_fail(1, "%s", s.v ? err : dh_msg(E_NOMEM));
    if (!rc && out && !(s.acked = open_out(out, "acked", ".csv"))) rc = 1;
    if (s.acked) fputs("team,decision,option,input\n", s.acked);
    for (size_t i = 1; !rc && i < csv.nrows; i++) {
        const dh_csv_row *r = &csv.rows[i];
        member *m = &s.v[s.n];
        snprintf(m->role, sizeof m->role, "%s", r->fields[0]);
        snprintf(m->id, sizeof m->id, "%s", r->fields[1]);
        snprintf(m->team, sizeof m->team, "%s", r->fields[1]);
        /* an id twice in the sheet (one station per row) still gets its own file */
        for (size_t k = 0, dup = 1; k < s.n; k++)
            if (!strcmp(s.v[k].id, m->id)) {
                snprintf(m->id, sizeof m->id, "%.60s-%zu", r->fields[1], ++dup);
                k = (size_t)-1;
            }
        dh_station_bot_init(&m->bot, strcmp(m->role, "team") ? DH_BOT_NONE : (dh_bot_policy)policy, seed);
        dh_station_qbot_init(&m->qbot, strcmp(m->role, "team") ? DH_BOT_NONE : (dh_bot_policy)policy, seed);
        if (out && !(m->jsonl = open_out(out, m->id, ".jsonl"))) {
            rc = 1;
            break;
        }
        dh_station_config cfg = {.url = a.pos[0], .code = r->fields[3], .lang = dh_lang_code(dh_msg_lang()),
                                 .pin = pin ? fp : NULL, .user = m,
                                 .hooks = {.ctx = &s, .message = on_message, .ack = on_ack,
                                           .state = on_state}};
        if (!(m->st = dh_station_add(net, &cfg, err, sizeof err))) rc = dh_fail(1, "%s", err);
        s.n++;
    }
    dh_csv_free(&csv);

    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    int64_t ended_at = 0;
    while (!rc && !interrupted) {
        dh_station_net_service(net, 20);
        size_t live = 0, ended = 0, pending = 0;
        for (size_t i = 0; i < s.n && !rc; i++) {
            member *m = &s.v[i];
            if (dh_station_get_state(m->st) == DH_ST_REFUSED) {
                if (!m->told) dh_term_printf(stderr, dh_msg(A_SWARM_REFUSED), m->id, dh_station_refusal(m->st));
                m->told = 1;
                continue;
            }
            live++;
            if (dh_station_qbot_step(&m->qbot, m->st)) rc = dh_fail(1, dh_msg(E_NOMEM));
            if (dh_station_bot_step(&m->bot, m->st))
                rc = dh_fail(2, dh_msg(A_JOIN_BOTS_POINTS), dh_bot_policy_name((dh_bot_policy)policy));
            const dh_drill *d = dh_mirror_drill(dh_station_mirror(m->st));
            if (d && dh_drill_ended(d)) ended++;
            pending += dh_station_get_stats(m->st).pending;
        }
        if (rc) break;
        if (!live) {
            rc = dh_fail(1, dh_msg(A_SWARM_ALL_REFUSED));
            break;
        }
        if (ended == live) {
            /* everyone saw the end: answers still in flight get a moment */
            if (!ended_at) ended_at = mono_ms();
            if (!pending || mono_ms() - ended_at > 3000) break;
        }
    }
    if (!rc && interrupted) rc = 1;

    dh_station_stats tot = {0};
    size_t refused = 0;
    for (size_t i = 0; i < s.n; i++) {
        dh_station_stats st = dh_station_get_stats(s.v[i].st);
        tot.messages += st.messages;
        tot.acks += st.acks;
        tot.refused += st.refused;
        tot.reconnects += st.reconnects;
        refused += dh_station_get_state(s.v[i].st) == DH_ST_REFUSED;
    }
    dh_term_printf(stdout, dh_msg(A_SWARM_SUMMARY), s.n, refused, (unsigned long long)tot.messages,
                   (unsigned long long)tot.acks, (unsigned long long)tot.refused,
                   (unsigned long long)tot.reconnects);
    if (stats) {
        print_percentiles("swarm_delivery", &s.delivery);
        /* the injects every team station received at the same time (the timed ones):
         * when the last of them had it */
        size_t teams = 0;
        for (size_t i = 0; i < s.n; i++) teams += !strcmp(s.v[i].role, "team");
        samples worst = {0};
        for (size_t g = 0; g < s.ngroups; g++)
            if (teams && s.groups[g].n >= teams) sample_add(&worst, s.groups[g].worst_us);
        print_percentiles("swarm_delivery_all_stations", &worst);
        print_percentiles("swarm_ack_round_trip", &s.ack);
        print_percentiles("swarm_back_after_loss", &s.back);
        free(worst.v);
    }
    free(s.delivery.v);
    free(s.ack.v);
    free(s.back.v);
    free(s.groups);
    dh_station_net_destroy(net);
    for (size_t i = 0; i < s.n; i++) {
        if (s.v[i].jsonl && fclose(s.v[i].jsonl)) s.write_failed = 1;
        dh_station_bot_free(&s.v[i].bot);
        dh_station_qbot_free(&s.v[i].qbot);
    }
    if (s.acked && fclose(s.acked)) s.write_failed = 1;
    if (s.write_failed && !rc) rc = dh_fail(1, dh_msg(A_SWARM_WRITE_FAILED), out ? out : "");
    free(s.v);
    return rc;
}
