/* station_peer.c — a scripted drill server for the station commands' tests
 * (join, swarm) on 127.0.0.1: not drillhall's server, just enough of the
 * protocol to drive a station from outside.
 *
 * usage: station_peer PORT CERT KEY SCRIPT.jsonl SPEED ACKS.csv
 *
 * A code names its team (the code "HANOI" is team "hanoi"). SCRIPT's first line
 * is the welcome and the others are stream events in order, each with its
 * exercise time `t`; "@TEAM@" in any line is the team's id. The script plays at
 * SPEED exercise ms per wall ms from the moment the peer starts; each station
 * gets what is due after the `last` of its hello, `ready` after its catch-up, a
 * `clock` five times a second. Every choice (in hello.pending too) is acknowledged
 * once per (team, ref), with an input number from 1, and logged to ACKS.csv as
 * team,decision,option,input. */
#define _POSIX_C_SOURCE 200809L
#include "dh_proto.h"

#include <libwebsockets.h>

#include <ctype.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXLINES 512
#define MAXACKS 4096

static char *lines[MAXLINES];
static long long line_t[MAXLINES], line_seq[MAXLINES];
static size_t nlines;
static double speed;
static long long start_ms, end_t = -1;
static FILE *acklog;
static long long next_input;
static struct { char team[64], ref[80]; long long input; } acks[MAXACKS];
static size_t nacks;
static volatile sig_atomic_t stop;

typedef struct session {
    char team[64];
    long long last;
    size_t next;              /* next script line to consider */
    int hello, ready;
    long long last_clock_ms;
    char *out[256];
    size_t nout;
} session;

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static long long exercise_now(void)
{
    long long t = (long long)((double)(now_ms() - start_ms) * speed);
    return end_t >= 0 && t > end_t ? end_t : t;
}

static void queue(session *s, struct lws *wsi, const char *text)
{
    if (s->nout < 256) s->out[s->nout++] = strdup(text);
    lws_callback_on_writable(wsi);
}

/* The line with @TEAM@ replaced. */
static void expand(const char *line, const char *team, char *out, size_t n)
{
    size_t o = 0;
    for (const char *p = line; *p && o + 1 < n;) {
        if (!strncmp(p, "@TEAM@", 6)) {
            o += (size_t)snprintf(out + o, n - o, "%s", team);
            p += 6;
        } else {
            out[o++] = *p++;
        }
    }
    out[o < n ? o : n - 1] = 0;
}

static void ack(session *s, struct lws *wsi, const char *ref, const char *decision, const char *option)
{
    long long input = 0;
    for (size_t i = 0; i < nacks; i++)
        if (!strcmp(acks[i].team, s->team) && !strcmp(acks[i].ref, ref)) input = acks[i].input;
    if (!input && nacks < MAXACKS) {
        input = ++next_input;
        snprintf(acks[nacks].team, sizeof acks[nacks].team, "%s", s->team);
        snprintf(acks[nacks].ref, sizeof acks[nacks].ref, "%s", ref);
        acks[nacks++].input = input;
        fprintf(acklog, "%s,%s,%s,%lld\n", s->team, decision, option, input);
        fflush(acklog);
    }
    char msg[300];
    snprintf(msg, sizeof msg, "{\"type\":\"ack\",\"ref\":\"%s\",\"input\":%lld}", ref, input);
    queue(s, wsi, msg);
}

/* What is due for this station now. */
static void pump(session *s, struct lws *wsi)
{
    if (!s->hello) return;
    long long t = exercise_now();
    char buf[70000];
    while (s->next < nlines && line_t[s->next] <= t) {
        if (line_seq[s->next] > s->last) {
            expand(lines[s->next], s->team, buf, sizeof buf);
            queue(s, wsi, buf);
        }
        s->next++;
    }
    if (!s->ready) {
        snprintf(buf, sizeof buf, "{\"type\":\"ready\",\"seq\":%lld}", s->next ? line_seq[s->next - 1] : 0);
        queue(s, wsi, buf);
        s->ready = 1;
    }
    if (now_ms() - s->last_clock_ms >= 200) {
        snprintf(buf, sizeof buf, "{\"type\":\"clock\",\"now\":%lld,\"state\":\"%s\",\"speed\":%lld}", t,
                 s->next == nlines ? "ended" : "running", (long long)(speed * 1000));
        queue(s, wsi, buf);
        s->last_clock_ms = now_ms();
    }
}

static int cb(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len)
{
    session *s = user;
    switch (reason) {
    case LWS_CALLBACK_ESTABLISHED:
        memset(s, 0, sizeof *s);
        lws_set_timer_usecs(wsi, 5000);
        break;
    case LWS_CALLBACK_TIMER:
        pump(s, wsi);
        lws_set_timer_usecs(wsi, 5000);
        break;
    case LWS_CALLBACK_RECEIVE: {
        dh_pmsg m;
        dh_prefuse_reason why;
        char err[200];
        if (dh_proto_parse(in, len, DH_PDIR_TO_SERVER, DH_LANG_EN, &m, &why, err, sizeof err)) return -1;
        if (m.type == DH_P_HELLO && !s->hello) {
            char code[64];
            dh_proto_code_normalise(m.hello.code, code, sizeof code);
            for (char *p = code; *p; p++) *p = (char)tolower((unsigned char)*p);
            snprintf(s->team, sizeof s->team, "%s", code);
            s->last = m.hello.last;
            s->hello = 1;
            char buf[70000];
            expand(lines[0], s->team, buf, sizeof buf);
            queue(s, wsi, buf);
            for (size_t i = 0; i < m.hello.npending; i++)
                ack(s, wsi, m.hello.pending[i].ref, m.hello.pending[i].decision, m.hello.pending[i].option);
            pump(s, wsi);
        } else if (m.type == DH_P_CHOOSE && s->hello) {
            ack(s, wsi, m.choose.ref, m.choose.decision, m.choose.option);
        }
        dh_pmsg_free(&m);
        break;
    }
    case LWS_CALLBACK_SERVER_WRITEABLE:
        if (s->nout) {
            char *t = s->out[0];
            size_t n = strlen(t);
            unsigned char *b = malloc(LWS_PRE + n);
            memcpy(b + LWS_PRE, t, n);
            int w = lws_write(wsi, b + LWS_PRE, n, LWS_WRITE_TEXT);
            free(b);
            free(t);
            memmove(s->out, s->out + 1, --s->nout * sizeof s->out[0]);
            if (w < (int)n) return -1;
            if (s->nout) lws_callback_on_writable(wsi);
        }
        break;
    case LWS_CALLBACK_CLOSED:
        for (size_t i = 0; i < s->nout; i++) free(s->out[i]);
        s->nout = 0;
        break;
    default:
        break;
    }
    return 0;
}

static const struct lws_protocols protocols[] = {
    {"http", lws_callback_http_dummy, 0, 0, 0, NULL, 0},
    {DH_PROTO_SUBPROTOCOL, cb, sizeof(session), 1 << 17, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0}};

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: station_peer PORT CERT KEY SCRIPT.jsonl SPEED ACKS.csv\n");
        return 2;
    }
    FILE *f = fopen(argv[4], "r");
    if (!f) return 1;
    static char buf[70000];
    while (nlines < MAXLINES && fgets(buf, sizeof buf, f)) {
        buf[strcspn(buf, "\n")] = 0;
        if (!*buf) continue;
        const char *t = strstr(buf, "\"t\":"), *q = strstr(buf, "\"seq\":");
        line_t[nlines] = nlines && t ? atoll(t + 4) : 0;
        line_seq[nlines] = nlines && q ? atoll(q + 6) : 0;
        if (strstr(buf, "\"type\":\"end\"")) end_t = line_t[nlines];
        lines[nlines++] = strdup(buf);
    }
    fclose(f);
    speed = atof(argv[5]);
    acklog = fopen(argv[6], "a");
    if (!acklog || nlines < 2) return 1;
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    lws_set_log_level(0, NULL);
    struct lws_context_creation_info info;
    memset(&info, 0, sizeof info);
    info.port = atoi(argv[1]);
    info.iface = "127.0.0.1";
    info.protocols = protocols;
    info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
    info.ssl_cert_filepath = argv[2];
    info.ssl_private_key_filepath = argv[3];
    info.gid = -1;
    info.uid = -1;
    struct lws_context *ctx = lws_create_context(&info);
    if (!ctx) return 1;
    start_ms = now_ms();
    printf("listening\n");
    fflush(stdout);
    while (!stop) lws_service(ctx, 0);
    lws_context_destroy(ctx);
    fclose(acklog);
    for (size_t i = 0; i < nlines; i++) free(lines[i]);
    return 0;
}
