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

typedef struct member {
    char id[80], team[80], role[16];   /* id: unique in this swarm (its file's name) */
    FILE *jsonl;
    dh_station_bot bot;
    dh_station *st;
    int told;                  /* its refusal was printed */
} member;

typedef struct swarm {
    member *v;
    size_t n;
    FILE *acked;
    int write_failed;
} swarm;

static void on_message(void *ctx, dh_station *st, const char *raw, size_t len, const dh_pmsg *msg)
{
    swarm *s = ctx;
    member *m = dh_station_user(st);
    (void)msg;
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
    if (!s->acked || !decision) return;
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
    int want_help = 0;
    const char *codes = NULL, *pin = NULL, *bots = NULL, *out = NULL, *seed_opt = NULL;
    dh_opt opts[] = {{"--help", DH_OPT_FLAG, &want_help, NULL, H_HELP},
                     {"--codes", DH_OPT_INPUT, &codes, "FILE.csv", H_SWARM_CODES},
                     {"--pin", DH_OPT_STRING, &pin, "FINGERPRINT", H_JOIN_PIN},
                     {"--bots", DH_OPT_STRING, &bots, "POLICY", H_JOIN_BOTS},
                     {"--out", DH_OPT_STRING, &out, "DIR", H_SWARM_OUT},
                     {"--seed", DH_OPT_STRING, &seed_opt, "S", H_JOIN_SEED},
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
        if (out && !(m->jsonl = open_out(out, m->id, ".jsonl"))) {
            rc = 1;
            break;
        }
        dh_station_config cfg = {.url = a.pos[0], .code = r->fields[3], .lang = dh_lang_code(dh_msg_lang()),
                                 .pin = pin ? fp : NULL, .user = m,
                                 .hooks = {.ctx = &s, .message = on_message, .ack = on_ack}};
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
    dh_station_net_destroy(net);
    for (size_t i = 0; i < s.n; i++) {
        if (s.v[i].jsonl && fclose(s.v[i].jsonl)) s.write_failed = 1;
        dh_station_bot_free(&s.v[i].bot);
    }
    if (s.acked && fclose(s.acked)) s.write_failed = 1;
    if (s.write_failed && !rc) rc = dh_fail(1, dh_msg(A_SWARM_WRITE_FAILED), out ? out : "");
    free(s.v);
    return rc;
}
