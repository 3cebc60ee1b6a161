/* dh_record_read.c — reading a .drill file: header, inputs, progress.
 *
 * This is the record's edge: every value is read through a checked accessor
 * that refuses a wrong storage class (typeof) and a number out of its range, so
 * what leaves this file is a checked struct and nothing past it sees a raw row. */
#include "dh_record_impl.h"
#include "dh_clock.h"
#include "dh_msg.h"
#include "dh_text.h"
#include "dh_vec.h"

#include <limits.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- header ------------------------------------------------------------------ */

void dh_record_header_init(dh_record_header *h)
{
    memset(h, 0, sizeof *h);
    dh_roster_init(&h->roster);
}

void dh_record_header_free(dh_record_header *h)
{
    free(h->engine_version);
    free(h->scenario_file);
    free(h->scenario_id);
    free(h->scenario_source);
    dh_roster_free(&h->roster);
    dh_responses_free(&h->responses);
    dh_record_header_init(h);
}

/* --- checked columns --------------------------------------------------------- */

/* One row being read: the first problem found is kept in err. */
typedef struct row {
    sqlite3_stmt *s;
    char where[48];               /* "input #9", "response #2", "the drill row" */
    char *err;
    size_t errlen;
    int bad;
} row;

static const char *type_name(int t)
{
    switch (t) {
    case SQLITE_INTEGER: return "an integer";
    case SQLITE_FLOAT: return "a real number";
    case SQLITE_TEXT: return "text";
    case SQLITE_BLOB: return "a blob";
    default: return "null";
    }
}

static int wrong_type(row *w, int col, int want)
{
    if (w->bad) return 1;
    int t = sqlite3_column_type(w->s, col);
    if (t == want) return 0;
    snprintf(w->err, w->errlen, dh_msg(E_REC_FIELD_TYPE), w->where,
             sqlite3_column_name(w->s, col), type_name(t), type_name(want));
    w->bad = DH_EINPUT;
    return 1;
}

static int64_t get_int(row *w, int col, int64_t lo, int64_t hi)
{
    if (wrong_type(w, col, SQLITE_INTEGER)) return lo;
    int64_t v = sqlite3_column_int64(w->s, col);
    if (v < lo || v > hi) {
        snprintf(w->err, w->errlen, dh_msg(E_REC_FIELD_RANGE),
                 w->where, sqlite3_column_name(w->s, col), (long long)v, (long long)lo,
                 (long long)hi);
        w->bad = DH_EINPUT;
        return lo;
    }
    return v;
}

/* Text of at most maxlen bytes with no NUL inside; NULL when refused. */
static const char *get_text(row *w, int col, size_t maxlen)
{
    if (wrong_type(w, col, SQLITE_TEXT)) return NULL;
    const char *t = (const char *)sqlite3_column_text(w->s, col);
    size_t n = (size_t)sqlite3_column_bytes(w->s, col);
    /* text that is there but comes back NULL: SQLite ran out of memory, which
     * says nothing about the record (w->bad holds the status, not just a flag) */
    if (!t && (sqlite3_errcode(sqlite3_db_handle(w->s)) & 0xff) == SQLITE_NOMEM) {
        snprintf(w->err, w->errlen, "out of memory");
        w->bad = DH_ENOMEM;
        return NULL;
    }
    if (!t || n > maxlen || strlen(t) != n) {
        snprintf(w->err, w->errlen, dh_msg(E_REC_FIELD_BAD), w->where,
                 sqlite3_column_name(w->s, col),
                 t && n > maxlen ? "too long" : "not readable text");
        w->bad = DH_EINPUT;
        return NULL;
    }
    return t;
}

static int is_hex64(const char *s)
{
    if (!s || strlen(s) != 64) return 0;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f'))) return 0;
    return 1;
}

static char *dup_or_fail(row *w, const char *t, dh_status *st)
{
    if (!t || w->bad) return NULL;
    char *p = dh_strdup(t);
    if (!p) *st = DH_ENOMEM;
    return p;
}

static int parse_name(const char *s, const char *(*name)(int), int n)
{
    for (int i = 0; s && i < n; i++)
        if (!strcmp(s, name(i))) return i;
    return -1;
}
static const char *kind_name(int i) { return dh_input_kind_name((dh_input_kind)i); }
static const char *source_name(int i) { return dh_input_source_name((dh_input_source)i); }

static dh_status done(sqlite3_stmt *s, int rc, row *w, dh_record *r, char *err, size_t errlen,
                      dh_status st)
{
    if (!st && w->bad) st = (dh_status)w->bad;
    if (!st && rc != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "damaged record");
    sqlite3_finalize(s);
    return st;
}

/* --- reading ----------------------------------------------------------------- */

static dh_status read_drill_row(dh_record *r, dh_record_header *h, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(r->db,
                           "SELECT engine_version, scenario_file, scenario_id, scenario_version,"
                           " scenario_source, scenario_sha256, seed, lang, bots, created_us,"
                           " signer FROM drill WHERE id = 1",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        /* only a step that ran and found nothing means the row is missing */
        dh_status st = rc == SQLITE_DONE
                           ? dh_record_fail(err, errlen, DH_EINPUT, "damaged record: no drill row%s", NULL)
                           : dh_record_db_fail(r, err, errlen, "damaged record");
        sqlite3_finalize(s);
        return st;
    }
    row w = {.s = s, .where = "the drill row", .err = err, .errlen = errlen};
    dh_status st = DH_OK;
    h->engine_version = dup_or_fail(&w, get_text(&w, 0, 64), &st);
    h->scenario_file = dup_or_fail(&w, get_text(&w, 1, 4096), &st);
    h->scenario_id = dup_or_fail(&w, get_text(&w, 2, 256), &st);
    h->scenario_version = (int)get_int(&w, 3, INT_MIN, INT_MAX);
    /* the text's bytes, as the blob the writer stores: text (what an edit with
     * sqlite3 leaves) is refused like any value of another type */
    if (!wrong_type(&w, 4, SQLITE_BLOB)) {
        const void *src = sqlite3_column_blob(s, 4);
        int n = sqlite3_column_bytes(s, 4);
        h->scenario_source = n && !src ? NULL : malloc((size_t)n + 1);
        if (!h->scenario_source) {
            st = DH_ENOMEM;
        } else {
            if (n) memcpy(h->scenario_source, src, (size_t)n);
            h->scenario_source[n] = 0;
            h->scenario_len = (size_t)n;
        }
    }
    const char *sha = get_text(&w, 5, 64);
    const char *seed = get_text(&w, 6, 20);
    const char *lang = get_text(&w, 7, 2);
    const char *bots = get_text(&w, 8, sizeof h->bots - 1);
    h->created_us = get_int(&w, 9, 0, INT64_MAX);
    const char *signer = get_text(&w, 10, 64);
    if (!w.bad && !is_hex64(sha))
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: the scenario hash is not a SHA-256%s", NULL);
    char *end = NULL;
    if (!st && !w.bad) {
        h->seed = strtoull(seed, &end, 10);
        if (!*seed || *end || *seed == '-')
            st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: seed \"%s\" is not a whole number", seed);
    }
    if (!st && !w.bad && dh_lang_parse(lang) < 0)
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: unknown language \"%s\"", lang);
    if (!st && !w.bad && dh_bot_policy_parse(bots) < 0)
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: unknown bot policy \"%s\"", bots);
    if (!st && !w.bad && *signer && !is_hex64(signer))
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: the signer is not a public key%s", NULL);
    if (!st && !w.bad) {
        snprintf(h->scenario_sha256, sizeof h->scenario_sha256, "%s", sha);
        snprintf(h->lang, sizeof h->lang, "%s", lang);
        snprintf(h->bots, sizeof h->bots, "%s", bots);
        snprintf(h->signer, sizeof h->signer, "%s", signer);
    }
    return done(s, SQLITE_DONE, &w, r, err, errlen, st);
}

/* Whether bracket `br` was already given a display name other than `bname` by
 * an earlier team ("" and no name agree). */
static int bracket_name_differs(const dh_roster *r, const char *br, const char *bname)
{
    for (size_t t = 0; t < r->nteams; t++) {
        if (strcmp(r->teams[t].bracket, br)) continue;
        return strcmp(dh_record_bracket_display(r, t), bname) != 0;
    }
    return 0;
}

static dh_status read_teams(dh_record *r, dh_record_header *h, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(r->db, "SELECT idx, id, name, bracket, role, bracket_name FROM teams ORDER BY idx", -1,
                           &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    row w = {.s = s, .err = err, .errlen = errlen};
    dh_status st = DH_OK;
    int rc;
    while (!st && !w.bad && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        size_t i = h->roster.nteams;
        snprintf(w.where, sizeof w.where, "team #%zu", i + 1);
        if (i >= DH_MAX_TEAMS) {
            st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: more than %s teams", "100000");
            break;
        }
        /* rows are numbered 0, 1, 2 …: responses and inputs point at them by number */
        get_int(&w, 0, (int64_t)i, (int64_t)i);
        const char *id = get_text(&w, 1, 64);
        /* a code point takes at most 4 bytes: the record holds whatever a roster may */
        const char *name = get_text(&w, 2, 4 * DH_TEAM_TEXT_MAX);
        const char *br = get_text(&w, 3, 4 * DH_TEAM_TEXT_MAX);
        const char *role = get_text(&w, 4, 64); /* "" = none */
        const char *bname = get_text(&w, 5, 4 * DH_TEAM_TEXT_MAX); /* "" = none */
        if (w.bad) break;
        /* the same rules as a roster file's */
        const char *why = dh_team_id_problem(id);
        if (!why) why = dh_team_name_problem(name);
        if (!why) why = dh_team_bracket_problem(br);
        if (!why && *role && !dh_id_valid(role)) why = "its role is not an id";
        if (!why) why = dh_team_bracket_problem(bname);
        /* one bracket, one display name: every team of it carries the same */
        if (!why && bracket_name_differs(&h->roster, br, bname))
            why = "its bracket's display name differs from an earlier team's";
        if (why || dh_roster_find(&h->roster, id) >= 0) {
            snprintf(err, errlen, dh_msg(E_REC_DAMAGED_AT), w.where,
                     why ? why : "its id is a duplicate");
            w.bad = DH_EINPUT;
        } else if (dh_roster_add(&h->roster, id, name, br, 0) ||
                   (*role && dh_roster_set_role(&h->roster, i, role)) ||
                   (*bname && dh_roster_set_bracket_name(&h->roster,
                                                         (size_t)h->roster.bracket_of[i], bname))) {
            st = DH_ENOMEM;
        }
    }
    if (w.bad || st) rc = SQLITE_DONE;
    st = done(s, rc, &w, r, err, errlen, st);
    if (!st && h->roster.nteams == 0)
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: no teams%s", NULL);
    return st;
}

static dh_status read_responses(dh_record *r, dh_record_header *h, char *err, size_t errlen)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(r->db, "SELECT idx, team, decision, option, at, line FROM responses"
                                  " ORDER BY idx",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    row w = {.s = s, .err = err, .errlen = errlen};
    dh_status st = DH_OK;
    int rc;
    int64_t nteams = (int64_t)h->roster.nteams;
    while (!st && !w.bad && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        size_t i = h->responses.count;
        snprintf(w.where, sizeof w.where, "response #%zu", i + 1);
        if (i >= (size_t)DH_MAX_TEAMS * DH_MAX_DECISIONS) {
            st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: too many responses%s", NULL);
            break;
        }
        dh_response p;
        get_int(&w, 0, (int64_t)i, (int64_t)i);
        p.team = (int)get_int(&w, 1, 0, nteams - 1);
        /* decision and option are checked against the scenario once it is loaded
         * (dh_record_check_model); here only that they are indexes at all */
        p.decision = (int)get_int(&w, 2, 0, DH_MAX_DECISIONS - 1);
        p.option = (int)get_int(&w, 3, 0, DH_MAX_OPTIONS - 1);
        p.at = get_int(&w, 4, 0, INT64_MAX / 2);
        p.line = (int)get_int(&w, 5, 0, INT_MAX);
        if (w.bad) break;
        dh_response *q = dh_vec_push(&h->responses.items, &h->responses.count, sizeof *q);
        if (!q)
            st = DH_ENOMEM;
        else
            *q = p;
    }
    if (w.bad || st) rc = SQLITE_DONE;
    return done(s, rc, &w, r, err, errlen, st);
}

dh_status dh_record_read_header(dh_record *r, dh_record_header *h, char *err, size_t errlen)
{
    dh_record_header_init(h);
    dh_status st = read_drill_row(r, h, err, errlen);
    if (!st) st = read_teams(r, h, err, errlen);
    if (!st) st = read_responses(r, h, err, errlen);
    if (st == DH_ENOMEM) snprintf(err, errlen, dh_msg(E_NOMEM));
    if (st) dh_record_header_free(h);
    return st;
}

void dh_record_inputs_free(dh_record_input *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(items[i].text);
        free(items[i].ref);
        free(items[i].by);
    }
    free(items);
}

/* The number of teams, which bounds an input's team. A count that could not be
 * taken is a failure, never 0 teams: every input would then name a team out of
 * range, calling a sound record damaged. */
static dh_status count_teams(dh_record *r, int64_t *n, char *err, size_t errlen)
{
    sqlite3_stmt *s;
    *n = 0;
    if (sqlite3_prepare_v2(r->db, "SELECT count(*) FROM teams", -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    dh_status st = DH_OK;
    if (sqlite3_step(s) == SQLITE_ROW)
        *n = sqlite3_column_int64(s, 0);
    else
        st = dh_record_db_fail(r, err, errlen, "damaged record");
    sqlite3_finalize(s);
    return st;
}

dh_status dh_record_read_inputs(dh_record *r, dh_record_input **items, size_t *n, char *err,
                                size_t errlen)
{
    *items = NULL;
    *n = 0;
    int64_t nteams;
    dh_status cst = count_teams(r, &nteams, err, errlen);
    if (cst) return cst;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db,
                           "SELECT seq,t,wall_us,kind,source,team,decision,option,category,"
                           "inject,milli,speed_milli,text,ref,\"by\",hash FROM inputs ORDER BY seq",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    dh_record_input *v = NULL;
    size_t count = 0;
    dh_status st = DH_OK;
    row w = {.s = s, .err = err, .errlen = errlen};
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        /* a row counts from here: one that fails part-way is freed with the rest */
        dh_record_input *ri = dh_vec_push(&v, &count, sizeof *v);
        if (!ri) {
            st = dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
            break;
        }
        snprintf(w.where, sizeof w.where, "input row %zu", count);
        ri->seq = get_int(&w, 0, 1, INT64_MAX);
        if (!w.bad) snprintf(w.where, sizeof w.where, "input #%lld", (long long)ri->seq);
        ri->in.t = get_int(&w, 1, 0, INT64_MAX / 2);
        ri->wall_us = get_int(&w, 2, 0, INT64_MAX);
        int kind = parse_name(get_text(&w, 3, 16), kind_name, DH_IN_COUNT);
        int src = parse_name(get_text(&w, 4, 16), source_name, 3);
        /* -1 is "none" (a note about the whole drill, an inject to every team) */
        ri->in.team = (int)get_int(&w, 5, -1, nteams - 1);
        ri->in.decision = (int)get_int(&w, 6, -1, DH_MAX_DECISIONS - 1);
        ri->in.option = (int)get_int(&w, 7, -1, DH_MAX_OPTIONS - 1);
        ri->in.category = (int)get_int(&w, 8, -1, DH_MAX_LIST - 1);
        ri->in.inject = (int)get_int(&w, 9, -1, DH_MAX_INJECTS - 1);
        ri->in.milli = get_int(&w, 10, -INT64_MAX / 2, INT64_MAX / 2);
        ri->in.speed_milli = get_int(&w, 11, 0, DH_SPEED_INPUT_MAX);
        const char *hash = get_text(&w, 15, 64);
        if (!w.bad && (kind < 0 || src < 0 || !is_hex64(hash))) {
            snprintf(err, errlen, dh_msg(E_REC_DAMAGED_AT), w.where,
                     kind < 0 ? "unknown kind" : src < 0 ? "unknown source" : "the hash is not a SHA-256");
            w.bad = DH_EINPUT;
        }
        if (w.bad) {
            st = (dh_status)w.bad;
            break;
        }
        ri->in.kind = (dh_input_kind)kind;
        ri->in.source = (dh_input_source)src;
        memcpy(ri->hash, hash, DH_HASH_HEX);
        if (sqlite3_column_type(s, 12) != SQLITE_NULL) {
            const char *text = get_text(&w, 12, DH_RECORD_TEXT_MAX);
            if (w.bad) {
                st = (dh_status)w.bad;
                break;
            }
            ri->text = dh_strdup(text);
            if (!ri->text) {
                st = dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
                break;
            }
        }
        ri->in.text = ri->text;
        /* the station's ref and the evaluator's name (schema 3) */
        char **own[2] = {&ri->ref, &ri->by};
        size_t limit[2] = {DH_RECORD_REF_MAX, DH_RECORD_BY_MAX};
        for (int k = 0; k < 2 && !st; k++) {
            if (sqlite3_column_type(s, 13 + k) == SQLITE_NULL) continue;
            const char *val = get_text(&w, 13 + k, limit[k]);
            if (w.bad) {
                st = (dh_status)w.bad;
            } else if (!(*own[k] = dh_strdup(val))) {
                st = dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
            }
        }
        if (st) break;
        ri->in.ref = ri->ref;
        ri->in.by = ri->by;
    }
    if (!st && rc != SQLITE_DONE) st = dh_record_db_fail(r, err, errlen, "damaged record");
    sqlite3_finalize(s);
    if (st) {
        dh_record_inputs_free(v, count);
        return st;
    }
    *items = v;
    *n = count;
    return DH_OK;
}

dh_status dh_record_load_progress(dh_record *r, char *err, size_t errlen)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db,
                           "SELECT p.now, p.ended, p.ninputs, p.head, p.checkpoint, p.signature,"
                           " d.signer FROM progress p, drill d WHERE p.id = 1 AND d.id = 1",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        /* only a step that ran and found nothing means the row is missing */
        dh_status st = rc == SQLITE_DONE
                           ? dh_record_fail(err, errlen, DH_EINPUT, "damaged record: no progress row%s", NULL)
                           : dh_record_db_fail(r, err, errlen, "damaged record");
        sqlite3_finalize(s);
        return st;
    }
    row w = {.s = s, .where = "the progress row", .err = err, .errlen = errlen};
    r->prog.now = get_int(&w, 0, 0, INT64_MAX / 2);
    r->prog.ended = (int)get_int(&w, 1, 0, 1);
    r->prog.ninputs = get_int(&w, 2, 0, INT64_MAX / 2);
    const char *head = get_text(&w, 3, 64);
    const char *cp = get_text(&w, 4, 64);
    const char *sig = get_text(&w, 5, DH_SIG_HEX - 1);
    snprintf(w.where, sizeof w.where, "the drill row");
    const char *signer = get_text(&w, 6, 64);
    dh_status st = DH_OK;
    if (!w.bad && (!is_hex64(head) || !is_hex64(cp)))
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: the progress row holds no hash%s", NULL);
    /* the signer is the drill row's: named as read_drill_row names it */
    if (!st && !w.bad && *signer && !is_hex64(signer))
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: the signer is not a public key%s", NULL);
    if (!st && !w.bad) {
        memcpy(r->head, head, DH_HASH_HEX);
        memcpy(r->checkpoint, cp, DH_HASH_HEX);
        snprintf(r->signature, sizeof r->signature, "%s", sig);
        snprintf(r->signer_pub, sizeof r->signer_pub, "%s", signer);
    }
    return done(s, SQLITE_DONE, &w, r, err, errlen, st);
}

dh_status dh_record_read_progress(dh_record *r, dh_record_progress *p, char *err, size_t errlen)
{
    (void)err, (void)errlen;
    *p = r->prog;
    return DH_OK;
}

int dh_input_same(const dh_input *a, const dh_input *b)
{
    if (a->kind != b->kind || a->source != b->source || a->t != b->t || a->team != b->team ||
        a->decision != b->decision || a->option != b->option || a->category != b->category ||
        a->inject != b->inject || a->milli != b->milli || a->speed_milli != b->speed_milli)
        return 0;
    const char *as[3] = {a->text, a->ref, a->by}, *bs[3] = {b->text, b->ref, b->by};
    for (int i = 0; i < 3; i++) {
        if (!as[i] || !bs[i]) {
            if (as[i] || bs[i]) return 0;
        } else if (strcmp(as[i], bs[i])) {
            return 0;
        }
    }
    return 1;
}
