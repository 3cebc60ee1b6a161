/* dh_serving.c — serving a session to stations: codes, certificate, server. */
#define _POSIX_C_SOURCE 200809L
#include "dh_serving.h"
#include "dh_args.h"
#include "dh_assets.h"
#include "dh_csv.h"
#include "dh_output.h"
#include "dh_web.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int64_t dh_serving_wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* "[HOST:]PORT" → host (NULL: every address) and port. */
static int parse_listen(const char *s, char *host, size_t hostlen, int *port)
{
    const char *colon = strrchr(s, ':');
    const char *p = colon ? colon + 1 : s;
    unsigned long long v;
    if (dh_parse_u64(p, &v) || v > 65535 || (colon && colon == s) ||
        (colon && (size_t)(colon - s) >= hostlen))
        return dh_fail(2, dh_msg(A_SERVE_LISTEN_BAD), s);
    *port = (int)v;
    if (colon) snprintf(host, hostlen, "%.*s", (int)(colon - s), s);
    else host[0] = 0;
    return 0;
}

static void log_line(void *ctx, const char *line)
{
    (void)ctx;
    dh_term_printf(stderr, "drillhall: %s\n", line);
}

static int64_t input_count(void *ctx)
{
    dh_session *s = ctx;
    dh_record_progress p;
    char err[128];
    if (!s->record || dh_record_read_progress(s->record, &p, err, sizeof err)) return 0;
    return p.ninputs;
}

/* The evaluators sheet: id,name,teams (team ids separated by spaces). */
static int load_evaluators(dh_serving *v, const char *path, const dh_roster *ro, size_t *nev,
                           dh_csv *csv)
{
    dh_diags diags;
    dh_diags_init(&diags);
    static const char *const header[] = {"id", "name", "teams"};
    dh_status st = dh_csv_read_file(path, csv, &diags);
    if (!st && !dh_csv_check_header(csv, header, 3, &diags)) st = DH_EINPUT;
    for (size_t i = 1; !st && i < csv->nrows; i++) {
        const dh_csv_row *r = &csv->rows[i];
        if (r->nfields != 3) {
            dh_diags_add(&diags, DH_ERROR, path, r->line, dh_msg(A_EVAL_FIELDS), r->nfields);
            continue;
        }
        if (!dh_id_valid(r->fields[0]))
            dh_diags_add(&diags, DH_ERROR, path, r->line, dh_msg(A_EVAL_ID), r->fields[0]);
        if (!r->fields[1][0]) dh_diags_add(&diags, DH_ERROR, path, r->line, "%s", dh_msg(A_EVAL_NAME));
        /* the same limit as a roster's names: the record keeps the name, and
         * what is written here must read back on resume */
        else if (dh_team_name_problem(r->fields[1]))
            dh_diags_add(&diags, DH_ERROR, path, r->line, "%s", dh_msg(A_EVAL_NAME_LONG));
        for (size_t k = 1; k < i; k++)
            if (!strcmp(csv->rows[k].fields[0], r->fields[0]))
                dh_diags_add(&diags, DH_ERROR, path, r->line, dh_msg(A_EVAL_DUP), r->fields[0],
                             csv->rows[k].line);
        char *teams = r->fields[2];
        size_t n = 0;
        for (char *t = teams; *t;) {
            size_t len = strcspn(t, " ");
            if (len) {
                char id[80];
                snprintf(id, sizeof id, "%.*s", (int)(len < 79 ? len : 79), t);
                if (dh_roster_find(ro, id) < 0)
                    dh_diags_add(&diags, DH_ERROR, path, r->line, dh_msg(A_EVAL_TEAM), id);
                n++;
            }
            t += len;
            while (*t == ' ') t++;
        }
        if (!n) dh_diags_add(&diags, DH_ERROR, path, r->line, "%s", dh_msg(A_EVAL_NO_TEAMS));
    }
    dh_print_diags(&diags);
    int bad = st || diags.errors;
    dh_diags_free(&diags);
    (void)v;
    *nev = bad ? 0 : csv->nrows - 1;
    return bad ? 2 : 0;
}

/* One evaluator, from the sheet or from the record's codes. */
typedef struct evaluator_row {
    const char *id, *name, *teams;
} evaluator_row;

/* Teams, evaluators (from --evaluators, else the ones the record already has
 * codes for, so a resumed drill's evaluators keep joining) and the observers. */
static int build_principals(dh_serving *v, const dh_session *s, const char *evaluators)
{
    const dh_roster *ro = &s->roster;
    dh_csv csv = {0};
    dh_record_code *rows = NULL;
    size_t nev = 0, nrows = 0;
    evaluator_row *ev = NULL;
    int rc = 0;
    char err[512];
    if (evaluators) {
        if (load_evaluators(v, evaluators, ro, &nev, &csv)) {
            dh_csv_free(&csv);
            return 2;
        }
    } else {
        dh_status st = dh_record_read_codes(s->record, &rows, &nrows, err, sizeof err);
        if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", s->record_path, err);
        for (size_t i = 0; i < nrows; i++) nev += !strcmp(rows[i].role, "evaluator");
    }
    ev = calloc(nev + 1, sizeof *ev);
    if (!ev) goto nomem;
    if (evaluators) {
        for (size_t i = 0; i < nev; i++)
            ev[i] = (evaluator_row){csv.rows[i + 1].fields[0], csv.rows[i + 1].fields[1], csv.rows[i + 1].fields[2]};
    } else {
        for (size_t i = 0, k = 0; i < nrows; i++)
            if (!strcmp(rows[i].role, "evaluator")) ev[k++] = (evaluator_row){rows[i].id, rows[i].name, rows[i].teams};
    }
    size_t nt = ro->nteams, slots = nt;
    for (size_t i = 0; i < nev; i++) slots += ro->nteams;
    v->nprincipals = nt + nev + 1;
    v->principals = calloc(v->nprincipals, sizeof *v->principals);
    v->team_storage = calloc(slots + 1, sizeof *v->team_storage);
    size_t names = 16;
    for (size_t i = 0; i < nev; i++) names += strlen(ev[i].id) + strlen(ev[i].name) + 2;
    v->name_storage = malloc(names);
    if (!v->principals || !v->team_storage || !v->name_storage) goto nomem;
    int *ts = v->team_storage;
    char *ns = v->name_storage;
    for (size_t i = 0; i < nt; i++) {
        *ts = (int)i;
        v->principals[i] = (dh_principal){DH_ROLE_TEAM, ro->teams[i].id, ro->teams[i].name, ts++, 1, 0};
    }
    for (size_t e = 0; e < nev; e++) {
        dh_principal *p = &v->principals[nt + e];
        p->role = DH_ROLE_EVALUATOR;
        p->id = strcpy(ns, ev[e].id);
        ns += strlen(ns) + 1;
        p->name = strcpy(ns, ev[e].name);
        ns += strlen(ns) + 1;
        p->teams = ts;
        for (const char *t = ev[e].teams; *t;) {
            size_t len = strcspn(t, " ");
            if (len) {
                char id[80];
                snprintf(id, sizeof id, "%.*s", (int)(len < 79 ? len : 79), t);
                int ti = dh_roster_find(ro, id);
                int seen = ti < 0;   /* a record's team that is gone: skipped */
                for (size_t k = 0; k < p->nteams; k++) seen |= p->teams[k] == ti;
                if (!seen) ts[p->nteams++] = ti;
            }
            t += len;
            while (*t == ' ') t++;
        }
        ts += p->nteams;
    }
    v->principals[nt + nev] = (dh_principal){DH_ROLE_OBSERVER, "observer", dh_msg(A_OBSERVERS), NULL, 0, 0};
    goto done;
nomem:
    rc = dh_fail(1, "%s", dh_msg(E_NOMEM));
done:
    /* the principals' strings are copies (name_storage) or the roster's */
    free(ev);
    dh_csv_free(&csv);
    dh_record_codes_free(rows, nrows);
    return rc;
}

/* Every principal has its row in the record: a new one gets generation 0 and
 * the salted hash of its code; an existing one keeps its generation, and its
 * hash must match the code the secret derives (else the secret is not this
 * record's). */
static int sync_codes(dh_serving *v, dh_session *s)
{
    char err[512];
    dh_record_code *rows = NULL;
    size_t nrows = 0;
    dh_status st = dh_record_read_codes(s->record, &rows, &nrows, err, sizeof err);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s: %s", s->record_path, err);
    int rc = 0;
    for (size_t i = 0; !rc && i < v->nprincipals; i++) {
        dh_principal *p = &v->principals[i];
        const char *role = dh_role_name(p->role);
        const dh_record_code *row = NULL;
        for (size_t k = 0; k < nrows; k++)
            if (!strcmp(rows[k].role, role) && !strcmp(rows[k].id, p->id)) row = &rows[k];
        char code[DH_CODE_LEN + 1];
        if (row) {
            p->generation = row->generation;
            dh_codes_derive(&v->secret, role, p->id, p->generation, code);
            if (!dh_codes_match(code, row->hash)) rc = dh_fail(2, dh_msg(A_SERVE_SECRET_MISMATCH), s->record_path);
            continue;
        }
        dh_codes_derive(&v->secret, role, p->id, 0, code);
        char hash[DH_CODE_HASH_MAX];
        if (dh_codes_hash(code, hash)) {
            rc = dh_fail(1, "%s", dh_msg(E_NOMEM));
            break;
        }
        dh_record_code c = {(char *)role, (char *)p->id, (char *)p->name, (char *)"", hash, 0};
        /* every team, never cut short: the reader takes up to DH_CODE_TEAMS_MAX
         * (team ids are at most 64 bytes, each with its separator) */
        size_t tlen = 1;
        for (size_t k = 0; p->role == DH_ROLE_EVALUATOR && k < p->nteams; k++)
            tlen += strlen(s->roster.teams[p->teams[k]].id) + 1;
        char *teams = malloc(tlen);
        if (!teams) {
            rc = dh_fail(1, "%s", dh_msg(E_NOMEM));
            break;
        }
        teams[0] = 0;
        for (size_t k = 0, used = 0; p->role == DH_ROLE_EVALUATOR && k < p->nteams; k++)
            used += (size_t)snprintf(teams + used, tlen - used, "%s%s", k ? " " : "", s->roster.teams[p->teams[k]].id);
        c.teams = teams;
        st = dh_record_put_code(s->record, &c, err, sizeof err);
        free(teams);
        if (st) rc = dh_fail(1, "%s: %s", s->record_path, err);
    }
    dh_record_codes_free(rows, nrows);
    return rc;
}

int dh_serving_open(dh_serving *v, dh_session *s, const dh_serving_opts *o)
{
    memset(v, 0, sizeof *v);
    v->session = s;
    char host[256], err[512];
    int port = 0;
    if (parse_listen(o->listen, host, sizeof host, &port)) return 2;
    if (!o->cert != !o->key) return dh_fail(2, "%s", dh_msg(A_SERVE_CERT_PAIR));
    unsigned long long max = 2000;
    if (o->max_stations && (dh_parse_u64(o->max_stations, &max) || max < 1 || max > 100000))
        return dh_fail(2, dh_msg(A_SERVE_MAX_BAD), o->max_stations);
    if (!s->record) return dh_fail(2, "%s", dh_msg(A_SERVE_NEEDS_RECORD));
    int rc = build_principals(v, s, o->evaluators);
    if (rc) return rc;
    dh_status st = dh_codes_secret_load(s->record_path, 1, &v->secret, err, sizeof err);
    if (st) return dh_fail(st == DH_EINPUT ? 2 : 1, "%s", err);
    rc = sync_codes(v, s);
    if (rc) return rc;
    char cert[4200], key[4200];
    if (o->cert) {
        snprintf(cert, sizeof cert, "%s", o->cert);
        snprintf(key, sizeof key, "%s", o->key);
    } else {
        int made;
        st = dh_tls_self_signed(s->record_path, host, cert, sizeof cert, key, sizeof key, &made, err,
                                sizeof err);
        if (st) return dh_fail(1, "%s", err);
    }
    st = dh_tls_fingerprint(cert, v->fingerprint, err, sizeof err);
    if (st) return dh_fail(2, "%s", err);
    /* the browser station's page: a server without it still serves native stations */
    char web_dir[4096];
    dh_assets_web_dir(web_dir, sizeof web_dir);
    if (dh_web_create(web_dir, &v->web, err, sizeof err) != DH_OK) {
        dh_term_printf(stderr, dh_msg(A_SERVE_NO_PAGE), err);
        v->web = NULL;
    }
    dh_server_config cfg = {
        .host = host[0] ? host : NULL, .port = port, .cert_path = cert, .key_path = key,
        .drill = s->drill, .inputs = dh_drill_input_sink(s->drill), .input_count = input_count,
        .input_count_ctx = s, .secret = &v->secret, .principals = v->principals,
        .nprincipals = v->nprincipals, .show_points = o->show_points, .max_stations = (int)max,
        .log = log_line, .web = v->web};
    st = dh_server_create(&v->server, &cfg, dh_serving_wall_ms(), err, sizeof err);
    if (st) {
        dh_web_destroy(v->web);   /* not every caller closes a serving that failed to open */
        v->web = NULL;
        return dh_fail(1, "%s", err);
    }
    char shown[256];
    if (!host[0] || !strcmp(host, "0.0.0.0")) {
        if (gethostname(shown, sizeof shown) != 0) snprintf(shown, sizeof shown, "localhost");
        shown[sizeof shown - 1] = 0;
    } else {
        snprintf(shown, sizeof shown, "%s", host);
    }
    snprintf(v->url, sizeof v->url, "wss://%s:%d%s", shown, dh_server_port(v->server), DH_PROTO_PATH);
    st = dh_record_set_served(s->record, v->url, v->fingerprint, err, sizeof err);
    if (st) return dh_fail(1, "%s: %s", s->record_path, err);
    dh_term_printf(stderr, dh_msg(A_SERVE_LISTENING), v->url);
    dh_term_printf(stderr, dh_msg(A_SERVE_FINGERPRINT), v->fingerprint);
    if (v->web) dh_term_printf(stderr, dh_msg(A_SERVE_PAGE), shown, dh_server_port(v->server));
    dh_term_printf(stderr, dh_msg(A_SERVE_CODES_HINT), s->record_path);
    return 0;
}

void dh_serving_abandon(dh_session *s)
{
    if (!s->record || !s->record_path) return;
    char path[4096];
    snprintf(path, sizeof path, "%s", s->record_path);
    dh_record_close(s->record);
    s->record = NULL;
    dh_record_remove(path);
    static const char *const beside[] = {".codes", ".cert.pem", ".key.pem"};
    for (size_t i = 0; i < 3; i++) {
        char p[4200];
        snprintf(p, sizeof p, "%s%s", path, beside[i]);
        remove(p);
    }
}

int dh_serving_resumed(dh_serving *v)
{
    const dh_session *s = v->session;
    for (size_t i = 0; i < s->ninputs; i++)
        if (s->inputs[i].in.ref && dh_server_note_input(v->server, &s->inputs[i].in, s->inputs[i].seq))
            return dh_fail(1, "%s", dh_msg(E_NOMEM));
    return 0;
}

int dh_serving_reissue(dh_serving *v, const char *id, char shown[16])
{
    const dh_principal *p = NULL;
    for (size_t i = 0; i < v->nprincipals; i++)
        if (!strcmp(v->principals[i].id, id)) p = &v->principals[i];
    if (!p) return dh_fail(2, dh_msg(A_REISSUE_UNKNOWN), id);
    int64_t gen;
    char code[DH_CODE_LEN + 1], hash[DH_CODE_HASH_MAX], err[512];
    if (dh_server_reissue(v->server, p->role, p->id, &gen, code)) return dh_fail(2, dh_msg(A_REISSUE_UNKNOWN), id);
    if (dh_codes_hash(code, hash)) return dh_fail(1, "%s", dh_msg(E_NOMEM));
    dh_record_code c = {(char *)dh_role_name(p->role), (char *)p->id, (char *)p->name, (char *)"", hash, gen};
    char teams[4096] = "";
    for (size_t k = 0; p->role == DH_ROLE_EVALUATOR && k < p->nteams; k++) {
        size_t used = strlen(teams);
        snprintf(teams + used, sizeof teams - used, "%s%s", k ? " " : "", v->session->roster.teams[p->teams[k]].id);
    }
    c.teams = teams;
    dh_status st = dh_record_put_code(v->session->record, &c, err, sizeof err);
    if (st) return dh_fail(1, "%s: %s", v->session->record_path, err);
    dh_codes_format(code, shown, 16);
    dh_term_printf(stderr, dh_msg(A_REISSUED), dh_role_name(p->role), p->id, shown);
    return 0;
}

void dh_serving_service(dh_serving *v, int wait_ms)
{
    dh_server_service(v->server, dh_serving_wall_ms(), wait_ms);
}

void dh_serving_close(dh_serving *v)
{
    dh_server_destroy(v->server);
    dh_web_destroy(v->web);   /* after the server: it borrowed the page */
    free(v->principals);
    free(v->team_storage);
    free(v->name_storage);
    memset(v, 0, sizeof *v);
}
