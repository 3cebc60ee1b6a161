/* dh_record_read.c — reading a .drill file: header, inputs, progress. */
#include "dh_record_impl.h"
#include "dh_text.h"
#include "dh_vec.h"

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

/* --- reading ----------------------------------------------------------------- */

static char *col_dup(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? dh_strdup((const char *)t) : NULL;
}

dh_status dh_record_read_header(dh_record *r, dh_record_header *h, char *err, size_t errlen)
{
    dh_record_header_init(h);
    sqlite3_stmt *s = NULL;
    dh_status st = DH_OK;
    if (sqlite3_prepare_v2(r->db,
                           "SELECT engine_version, scenario_file, scenario_id, scenario_version,"
                           " scenario_source, scenario_sha256, seed, lang, bots, created_us"
                           " FROM drill WHERE id = 1",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    if (sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_finalize(s);
        return dh_record_fail(err, errlen, DH_EINPUT, "damaged record: no drill row%s", NULL);
    }
    h->engine_version = col_dup(s, 0);
    h->scenario_file = col_dup(s, 1);
    h->scenario_id = col_dup(s, 2);
    h->scenario_version = sqlite3_column_int(s, 3);
    int n = sqlite3_column_bytes(s, 4);
    const void *src = sqlite3_column_blob(s, 4);
    h->scenario_source = malloc((size_t)n + 1);
    if (h->scenario_source) {
        if (n) memcpy(h->scenario_source, src, (size_t)n);
        h->scenario_source[n] = 0;
        h->scenario_len = (size_t)n;
    }
    const char *sha = (const char *)sqlite3_column_text(s, 5);
    const char *seed = (const char *)sqlite3_column_text(s, 6);
    const char *lang = (const char *)sqlite3_column_text(s, 7);
    const char *bots = (const char *)sqlite3_column_text(s, 8);
    h->created_us = sqlite3_column_int64(s, 9);
    if (!h->engine_version || !h->scenario_file || !h->scenario_id || !h->scenario_source ||
        !sha || !seed || !lang || !bots)
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: incomplete drill row%s", NULL);
    if (!st) {
        snprintf(h->scenario_sha256, sizeof h->scenario_sha256, "%s", sha);
        h->seed = strtoull(seed, NULL, 10);
        snprintf(h->lang, sizeof h->lang, "%s", lang);
        snprintf(h->bots, sizeof h->bots, "%s", bots);
    }
    sqlite3_finalize(s);
    s = NULL;
    if (!st && sqlite3_prepare_v2(r->db, "SELECT id, name, bracket FROM teams ORDER BY idx", -1,
                                  &s, NULL) != SQLITE_OK)
        st = dh_record_db_fail(r, err, errlen, "damaged record");
    while (!st && sqlite3_step(s) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(s, 0);
        const char *name = (const char *)sqlite3_column_text(s, 1);
        const char *br = (const char *)sqlite3_column_text(s, 2);
        if (!id || !name || !br || dh_roster_find(&h->roster, id) >= 0)
            st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: bad team row%s", NULL);
        else if (dh_roster_add(&h->roster, id, name, br, 0))
            st = DH_ENOMEM;
    }
    sqlite3_finalize(s);
    s = NULL;
    if (!st && h->roster.nteams == 0)
        st = dh_record_fail(err, errlen, DH_EINPUT, "damaged record: no teams%s", NULL);
    if (!st && sqlite3_prepare_v2(r->db,
                                  "SELECT team, decision, option, at, line FROM responses"
                                  " ORDER BY idx",
                                  -1, &s, NULL) != SQLITE_OK)
        st = dh_record_db_fail(r, err, errlen, "damaged record");
    while (!st && sqlite3_step(s) == SQLITE_ROW) {
        dh_response *p = dh_vec_push(&h->responses.items, &h->responses.count, sizeof *p);
        if (!p) {
            st = DH_ENOMEM;
            break;
        }
        *p = (dh_response){sqlite3_column_int(s, 0), sqlite3_column_int(s, 1),
                           sqlite3_column_int(s, 2), sqlite3_column_int64(s, 3),
                           sqlite3_column_int(s, 4)};
    }
    sqlite3_finalize(s);
    if (st == DH_ENOMEM) snprintf(err, errlen, "out of memory");
    if (st) dh_record_header_free(h);
    return st;
}

static int parse_name(const char *s, const char *(*name)(int), int n)
{
    for (int i = 0; s && i < n; i++)
        if (!strcmp(s, name(i))) return i;
    return -1;
}
static const char *kind_name(int i) { return dh_input_kind_name((dh_input_kind)i); }
static const char *source_name(int i) { return dh_input_source_name((dh_input_source)i); }

void dh_record_inputs_free(dh_record_input *items, size_t n)
{
    for (size_t i = 0; i < n; i++) free(items[i].text);
    free(items);
}

dh_status dh_record_read_inputs(dh_record *r, dh_record_input **items, size_t *n, char *err,
                                size_t errlen)
{
    *items = NULL;
    *n = 0;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(r->db,
                           "SELECT seq,t,wall_us,kind,source,team,decision,option,category,"
                           "inject,milli,speed_milli,text,hash FROM inputs ORDER BY seq",
                           -1, &s, NULL) != SQLITE_OK)
        return dh_record_db_fail(r, err, errlen, "damaged record");
    dh_record_input *v = NULL;
    size_t count = 0;
    dh_status st = DH_OK;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        /* a row counts from here: one that fails part-way is freed with the rest */
        dh_record_input *ri = dh_vec_push(&v, &count, sizeof *v);
        if (!ri) {
            st = dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
            break;
        }
        ri->seq = sqlite3_column_int64(s, 0);
        ri->in.t = sqlite3_column_int64(s, 1);
        ri->wall_us = sqlite3_column_int64(s, 2);
        int kind = parse_name((const char *)sqlite3_column_text(s, 3), kind_name, DH_IN_COUNT);
        int src = parse_name((const char *)sqlite3_column_text(s, 4), source_name, 3);
        const char *hash = (const char *)sqlite3_column_text(s, 13);
        if (kind < 0 || src < 0 || !hash || strlen(hash) != 64) {
            snprintf(err, errlen, "damaged record: input #%lld is unreadable",
                     (long long)ri->seq);
            st = DH_EINPUT;
            break;
        }
        ri->in.kind = (dh_input_kind)kind;
        ri->in.source = (dh_input_source)src;
        ri->in.team = sqlite3_column_int(s, 5);
        ri->in.decision = sqlite3_column_int(s, 6);
        ri->in.option = sqlite3_column_int(s, 7);
        ri->in.category = sqlite3_column_int(s, 8);
        ri->in.inject = sqlite3_column_int(s, 9);
        ri->in.milli = sqlite3_column_int64(s, 10);
        ri->in.speed_milli = sqlite3_column_int64(s, 11);
        memcpy(ri->hash, hash, DH_HASH_HEX);
        if (sqlite3_column_type(s, 12) != SQLITE_NULL) {
            ri->text = col_dup(s, 12);
            if (!ri->text) {
                st = dh_record_fail(err, errlen, DH_ENOMEM, "out of memory%s", NULL);
                break;
            }
        }
        ri->in.text = ri->text;
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
    if (!a->text || !b->text) return !a->text && !b->text;
    return !strcmp(a->text, b->text);
}
