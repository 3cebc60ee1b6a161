/* dh_serve_loop.c — the headless server's loop. */
#define _POSIX_C_SOURCE 200809L
#include "dh_serve_loop.h"
#include "dh_args.h"
#include "dh_clock.h"
#include "dh_output.h"
#include "dh_feedback.h"
#include "dh_pace.h"

#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t interrupts, terminated;

static void on_int(int sig)
{
    (void)sig;
    interrupts++;
}

static void on_term(int sig)
{
    (void)sig;
    terminated = 1;
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* the wall clock, µs since the epoch: what stations on other machines compare with */
static int64_t real_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* "write all|TEAM TITLE | BODY": an inject the facilitator writes on the spot,
 * recorded like the console's (W), to every team or one. */
static void write_inject(dh_serving *v, char *s)
{
    char *sp = strchr(s, ' ');
    int team = -1;
    if (sp) *sp = 0;
    if (strcmp(s, "all")) {
        const dh_roster *r = &v->session->roster;
        for (size_t i = 0; i < r->nteams && team < 0; i++)
            if (!strcmp(r->teams[i].id, s)) team = (int)i;
        if (team < 0) {
            dh_term_printf(stderr, dh_msg(A_SERVE_WRITE_TEAM), s);
            return;
        }
    }
    static char text[DH_MESSAGE_MAX + 8];
    const char *title = sp ? sp + 1 : "";
    const char *bar = strstr(title, " | ");
    if (bar) snprintf(text, sizeof text, "%.*s\n%s", (int)(bar - title), title, bar + 3);
    else snprintf(text, sizeof text, "%s", title);
    char err[256];
    dh_drill *d = v->session->drill;
    dh_input in = {.kind = DH_IN_MESSAGE, .source = DH_SRC_CONSOLE, .t = dh_drill_now(d), .team = team,
                   .decision = -1, .option = -1, .category = -1, .inject = -1, .text = text};
    if (dh_message_check(text, err, sizeof err) || dh_drill_apply(d, &in, err, sizeof err))
        dh_term_printf(stderr, "drillhall: %s\n", err);
    else
        dh_term_printf(stderr, dh_msg(A_SERVE_WRITTEN), s);
}

/* A facilitator action from the terminal, recorded like the console's. Returns
 * an exit code when the drill cannot go on; *err says why an input was refused. */
static int act(dh_session *s, dh_input_kind kind, int64_t speed_milli, char *err, size_t errlen)
{
    dh_input in = {.kind = kind, .source = DH_SRC_CONSOLE, .t = dh_drill_now(s->drill), .team = -1,
                   .decision = -1, .option = -1, .category = -1, .inject = -1,
                   .speed_milli = speed_milli};
    err[0] = 0;
    dh_status st = dh_drill_apply(s->drill, &in, err, errlen);
    if (st && st != DH_ESTATE) return dh_session_stopped(s, st);
    if (!st) err[0] = 0;
    return 0;
}

/* The one-line echo after a command: what the drill is doing now. */
static void echo(dh_drill *d, const char *fmt)
{
    char when[32], speed[32];
    dh_time_format_clock(dh_drill_now(d), when, sizeof when);
    int64_t m = dh_drill_speed(d);
    if (m % 1000 == 0) snprintf(speed, sizeof speed, "%lld", (long long)(m / 1000));
    else snprintf(speed, sizeof speed, "%.3g", (double)m / 1000.0);
    dh_term_printf(stderr, fmt, when, speed);
}

/* "speed N": the same numbers an input may carry (0.001× to 1000×). */
static int parse_speed(const char *s, int64_t *milli)
{
    char *end = NULL;
    double x = 0;
    if (*s && strspn(s, "0123456789.") == strlen(s)) x = strtod(s, &end);
    if (!end || *end || !(x * 1000 + 0.5 >= DH_SPEED_INPUT_MIN && x * 1000 <= DH_SPEED_INPUT_MAX)) return -1;
    *milli = (int64_t)(x * 1000 + 0.5);
    return 0;
}

/* The terminal's lines, once the drill runs: pause, resume, speed N, end (asks
 * again), write, reissue, help; every command answers in one line. Each action
 * goes through dh_drill_apply as a console input, so it is recorded. Sets
 * *rc when the drill cannot go on. */
static void command(dh_serving *v, char *s, int *confirm_end, int *rc)
{
    dh_session *ss = v->session;
    dh_drill *d = ss->drill;
    char err[512] = "";
    int was_confirming = *confirm_end;
    *confirm_end = 0;
    if (was_confirming && strcmp(s, "end")) echo(d, dh_msg(A_SERVE_END_CANCELLED));
    if (!strncmp(s, "reissue ", 8)) {
        char shown[16];
        dh_serving_reissue(v, s + 8, shown);
    } else if (!strncmp(s, "write ", 6)) {
        write_inject(v, s + 6);
    } else if (!strcmp(s, "pause")) {
        if (dh_drill_paused(d)) echo(d, dh_msg(A_SERVE_ALREADY_PAUSED));
        else if (!(*rc = act(ss, DH_IN_PAUSE, 0, err, sizeof err)))
            echo(d, dh_msg(err[0] ? A_SERVE_NOT_DONE : A_SERVE_PAUSED_NOW));
    } else if (!strcmp(s, "resume")) {
        if (!dh_drill_paused(d)) echo(d, dh_msg(A_SERVE_RUNNING));
        else if (!(*rc = act(ss, DH_IN_RESUME, 0, err, sizeof err)))
            echo(d, dh_msg(err[0] ? A_SERVE_NOT_DONE : A_SERVE_RESUMED));
    } else if (!strncmp(s, "speed ", 6) || !strcmp(s, "speed")) {
        int64_t milli;
        if (parse_speed(s[5] ? s + 6 : "", &milli))
            dh_term_printf(stderr, dh_msg(A_SERVE_SPEED_BAD), s[5] ? s + 6 : "");
        else if (!(*rc = act(ss, DH_IN_SPEED, milli, err, sizeof err)))
            echo(d, dh_msg(err[0] ? A_SERVE_NOT_DONE : A_SERVE_SPEED_NOW));
    } else if (!strcmp(s, "end")) {
        if (!was_confirming) {
            *confirm_end = 1;
            echo(d, dh_msg(A_SERVE_END_ASK));
        } else if (!(*rc = act(ss, DH_IN_END, 0, err, sizeof err))) {
            echo(d, dh_msg(err[0] ? A_SERVE_NOT_DONE : A_SERVE_ENDED));
        }
    } else {
        if (strcmp(s, "help")) dh_term_printf(stderr, dh_msg(A_SERVE_UNKNOWN), s);
        dh_term_write(stderr, dh_msg(A_SERVE_KEYS), strlen(dh_msg(A_SERVE_KEYS)));
    }
    if (err[0] && !*rc && strncmp(s, "reissue ", 8) && strncmp(s, "write ", 6))
        dh_term_printf(stderr, "drillhall: %s\n", err);
}

/* The terminal's lines: Enter (an empty line) starts the drill, or resumes it
 * when paused; other lines are commands once it has started (command()).
 * Returns 1 when an empty line (or the end of input) came. */
static int read_terminal(dh_serving *v, int *eof, int *rc)
{
    static char line[DH_MESSAGE_MAX + 64];
    static size_t len;
    static int confirm_end;
    int enter = 0;
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    while (!*eof && !*rc && poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP))) {
        char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n <= 0) {
            *eof = 1;
            return 1;
        }
        if (c != '\n') {
            if (len + 1 < sizeof line) line[len++] = c;
            continue;
        }
        line[len] = 0;
        len = 0;
        char *s = line;
        while (*s == ' ' || *s == '\r') s++;
        size_t end = strlen(s);
        while (end && (s[end - 1] == ' ' || s[end - 1] == '\r')) s[--end] = 0;
        if (!*s) {
            enter = 1;
            if (confirm_end) {
                confirm_end = 0;
                echo(v->session->drill, dh_msg(A_SERVE_END_CANCELLED));
            }
        } else if (dh_drill_started(v->session->drill) && !dh_drill_ended(v->session->drill)) {
            command(v, s, &confirm_end, rc);
        } else if (!strncmp(s, "reissue ", 8)) {
            char shown[16];
            dh_serving_reissue(v, s + 8, shown);
        } else {
            dh_term_write(stderr, dh_msg(A_SERVE_KEYS), strlen(dh_msg(A_SERVE_KEYS)));
        }
    }
    return enter;
}

int dh_serve_loop_run(dh_session *s, dh_serving *v, const dh_serve_loop_opts *o)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_int;
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_term;
    sigaction(SIGTERM, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);
    interrupts = terminated = 0;
    int eof = 0, rc = 0;
    if (o->wait) {
        dh_term_printf(stderr, "%s", dh_msg(A_SERVE_WAITING));
        while (!terminated && !interrupts && !read_terminal(v, &eof, &rc)) dh_serving_service(v, 50);
        if (terminated || interrupts) return 0;
    }
    rc = dh_session_start(s);
    if (!rc && s->progress.now + (dh_ms)s->ninputs > 0) {
        dh_ms at = dh_session_recorded_now(s);
        rc = dh_session_catch_up(s, at);
        if (!rc) rc = dh_serving_resumed(v);
        if (!rc) {
            char when[32];
            dh_time_format_clock(at, when, sizeof when);
            dh_term_printf(stderr, dh_msg(A_RESUME_AT), s->record_path,
                           dh_msg(s->progress.ended ? A_ALREADY_ENDED : A_RESUMING), when, s->ninputs);
        }
    }
    dh_drill *d = s->drill;
    char err[512];
    if (!rc && o->speed_milli && o->speed_milli != dh_drill_speed(d) && !dh_drill_ended(d))
        rc = act(s, DH_IN_SPEED, o->speed_milli, err, sizeof err);
    if (!rc) echo(d, dh_msg(A_SERVE_RUNNING));
    int64_t wall0 = mono_ms(), noted = wall0, asked = 0;
    dh_ms ex0 = dh_drill_now(d);
    int64_t speed = dh_drill_speed(d);
    int paused = dh_drill_paused(d);
    if (v->server) dh_server_set_pace(v->server, real_us(), ex0, paused ? 0 : speed);
    while (!rc && !dh_drill_ended(d) && !terminated) {
        if (interrupts >= 2) break;
        if (interrupts == 1 && !asked) {
            asked = 1;
            if (!dh_drill_paused(d)) rc = act(s, DH_IN_PAUSE, 0, err, sizeof err);
            char when[32];
            dh_time_format_clock(dh_drill_now(d), when, sizeof when);
            dh_term_printf(stderr, dh_msg(A_SERVE_PAUSED), when);
        }
        /* Enter resumes a pause, whether Ctrl-C or "pause" made it */
        if (read_terminal(v, &eof, &rc) && !eof && !rc) {
            asked = 0;
            interrupts = 0;
            if (dh_drill_paused(d)) {
                rc = act(s, DH_IN_RESUME, 0, err, sizeof err);
                if (!rc) echo(d, dh_msg(A_SERVE_RESUMED));
            } else if (!dh_drill_ended(d)) {
                echo(d, dh_msg(A_SERVE_RUNNING));
            }
        }
        int64_t now = mono_ms();
        /* a pause or a speed change re-anchors the pace */
        if (dh_drill_paused(d) != paused || dh_drill_speed(d) != speed) {
            paused = dh_drill_paused(d);
            speed = dh_drill_speed(d);
            wall0 = now;
            ex0 = dh_drill_now(d);
            if (v->server) dh_server_set_pace(v->server, real_us(), ex0, paused ? 0 : speed);
        }
        int wait = 50;
        if (!paused && speed > 0) {
            dh_ms ex = ex0 + (dh_ms)((double)(now - wall0) * (double)speed / 1000.0);
            if (ex > dh_drill_now(d)) {
                dh_status st = dh_drill_advance(d, ex);
                if (st) {
                    rc = dh_session_stopped(s, st);
                    break;
                }
            }
            dh_ms next = dh_drill_next_time(d);
            int64_t due = wall0 + (int64_t)((double)(next - ex0) * 1000.0 / (double)speed);
            if (due - now < wait) wait = due - now < 0 ? 0 : (int)(due - now);
        }
        dh_serving_service(v, wait);
        if (now - noted >= 500) {
            dh_session_note_progress(s);
            noted = now;
        }
    }
    if (rc) return rc;
    if (!dh_drill_ended(d)) {
        char when[32];
        dh_time_format_clock(dh_drill_now(d), when, sizeof when);
        dh_session_note_progress(s);
        dh_term_printf(stderr, dh_msg(A_SERVE_STOPPED), when, s->record_path);
        dh_session_finish(s, 1);
        return 0;
    }
    /* the end reaches every station before the server goes; with --hot-wash
     * the teams' stations give their feedback until Enter or Ctrl-C */
    if (o->hot_wash) {
        dh_term_printf(stderr, "%s", dh_msg(A_SERVE_HOT_WASH));
        interrupts = 0;
        while (!terminated && !interrupts && !read_terminal(v, &eof, &rc)) dh_serving_service(v, 50);
    }
    for (int64_t until = mono_ms() + 1500; mono_ms() < until && !terminated && interrupts < 2;)
        dh_serving_service(v, 50);
    return dh_pace_finish(s);
}
