/* dh_history.c — year-over-year comparison of drills of one scenario. */
#include "dh_history.h"
#include "dh_aar.h"
#include "dh_csv_write.h"
#include "dh_history_trends.h"
#include "dh_report_plan.h"
#include "dh_html.h"
#include "dh_intern.h"
#include "dh_msg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct cell {
    int present, rank;
    int64_t total;
    dh_ms median;
} cell;

typedef struct hist {
    size_t n, nteams;
    dh_intern ids;               /* team id → row, rows in first-seen order */
    const char **names;          /* borrowed from the rosters */
    cell *cells;                 /* [team * n + drill] */
    char (*labels)[48];
} hist;

static dh_status build(hist *h, const dh_history_entry *e, size_t n, dh_aar *aars)
{
    size_t cap = 0;
    for (size_t k = 0; k < n; k++) cap += dh_drill_team_count(e[k].d);
    h->n = n;
    h->names = calloc(cap ? cap : 1, sizeof *h->names);
    h->cells = calloc((cap ? cap : 1) * n, sizeof *h->cells);
    h->labels = calloc(n ? n : 1, sizeof *h->labels);
    if (!h->names || !h->cells || !h->labels) return DH_ENOMEM;
    /* the last drill's ranking first, then earlier drills' teams, newest first */
    for (size_t k = n; k-- > 0;) {
        const dh_drill *d = e[k].d;
        for (size_t r = 0; r < dh_drill_team_count(d); r++) {
            int t = aars[k].rk.order[r];
            const dh_team_info *ti = &dh_drill_roster(d)->teams[t];
            int i = dh_intern_add(&h->ids, ti->id);
            if (i < 0) return DH_ENOMEM;
            if ((size_t)i == h->nteams) h->names[h->nteams++] = ti->name;
            cell *c = &h->cells[(size_t)i * n + k];
            c->present = 1;
            c->rank = aars[k].rk.rank[t];
            c->total = dh_drill_team_total(d, t);
            c->median = aars[k].teams[t].median_decide;
        }
    }
    /* a column is labelled by its date, numbered when two drills share one */
    char (*dates)[11] = malloc((n ? n : 1) * sizeof *dates);
    if (!dates) return DH_ENOMEM;
    for (size_t k = 0; k < n; k++) {
        char full[64];
        dh_report_date(e[k].meta->created_us, full, sizeof full);
        snprintf(dates[k], sizeof dates[k], "%.10s", full); /* YYYY-MM-DD */
    }
    for (size_t k = 0; k < n; k++) {
        int dup = 0;
        for (size_t j = 0; j < n && !dup; j++) dup = j != k && !strcmp(dates[k], dates[j]);
        if (dup)
            snprintf(h->labels[k], sizeof h->labels[k], "%s #%zu", dates[k], k + 1);
        else
            snprintf(h->labels[k], sizeof h->labels[k], "%s", dates[k]);
        /* a drill whose record failed verify is marked in every column of it */
        if (e[k].meta->unverified) {
            size_t l = strlen(h->labels[k]);
            snprintf(h->labels[k] + l, sizeof h->labels[k] - l, " " DH_NOT_VERIFIED);
        }
    }
    free(dates);
    return DH_OK;
}

static void hist_free(hist *h)
{
    dh_intern_free(&h->ids);
    free(h->names);
    free(h->cells);
    free(h->labels);
}

/* The change from the previous drill the team took part in. */
static const cell *previous(const hist *h, size_t team, const cell **last)
{
    const cell *row = &h->cells[team * h->n];
    *last = NULL;
    for (size_t k = h->n; k-- > 0;) {
        if (!row[k].present) continue;
        if (!*last) {
            *last = &row[k];
            continue;
        }
        return &row[k];
    }
    return NULL;
}

/* Cells of one row as strings: name, then per drill total/rank/median, then
 * the three changes. */
static size_t row_cells(const hist *h, size_t t, char cells[][48], int head, dh_lang lang)
{
    size_t m = 0;
    if (head) {
        snprintf(cells[m++], 48, "%s", dh_tr(lang, R_TEAM));
        for (size_t k = 0; k < h->n; k++) {
            snprintf(cells[m++], 48, "%s", h->labels[k]);
            snprintf(cells[m++], 48, "#");
            snprintf(cells[m++], 48, "%s", dh_tr(lang, R_HIST_MEDIAN));
        }
        snprintf(cells[m++], 48, "%s", dh_tr(lang, R_HIST_DTOTAL));
        snprintf(cells[m++], 48, "%s", dh_tr(lang, R_HIST_DRANK));
        snprintf(cells[m++], 48, "%s", dh_tr(lang, R_HIST_DMEDIAN));
        return m;
    }
    snprintf(cells[m], 48, "%.47s", h->names[t]);
    /* a cell is one line: a newline in a name never starts a row of its own */
    for (char *p = cells[m++]; *p; p++)
        if (*p == '\n' || *p == '\r') *p = '?';
    for (size_t k = 0; k < h->n; k++) {
        const cell *c = &h->cells[t * h->n + k];
        if (!c->present) {
            for (int i = 0; i < 3; i++) snprintf(cells[m++], 48, "–");
            continue;
        }
        dh_fmt_tenths(cells[m++], 48, c->total, DH_TENTHS_KEEP_ZERO);
        snprintf(cells[m++], 48, "%d", c->rank);
        dh_time_format_elapsed(c->median, cells[m++], 48);
    }
    const cell *last, *prev = previous(h, t, &last);
    if (!prev) {
        for (int i = 0; i < 3; i++) snprintf(cells[m++], 48, "%s", i ? "" : (dh_tr(lang, R_NEW)));
        return m;
    }
    dh_fmt_tenths(cells[m++], 48, last->total - prev->total,
                  DH_TENTHS_KEEP_ZERO | DH_TENTHS_PLUS);
    int up = prev->rank - last->rank; /* positive: moved up */
    snprintf(cells[m++], 48, up > 0 ? "▲%d" : up < 0 ? "▼%d" : "=", up > 0 ? up : -up);
    if (last->median >= 0 && prev->median >= 0) {
        dh_ms dm = last->median - prev->median;
        char s[32];
        dh_time_format_elapsed(dm < 0 ? -dm : dm, s, sizeof s);
        snprintf(cells[m++], 48, "%s%s", dm < 0 ? "-" : dm > 0 ? "+" : "", s);
    } else {
        snprintf(cells[m++], 48, "–");
    }
    return m;
}

dh_status dh_history_write_plans_csv(dh_buf *b, const dh_history_entry *e, size_t n, dh_lang lang)
{
    dh_aar *aars = calloc(n ? n : 1, sizeof *aars);
    hist h = {0};
    dh_status st = aars ? DH_OK : DH_ENOMEM;
    size_t done = 0;
    for (; !st && done < n; done++)
        if (dh_aar_compute(&aars[done], e[done].d)) {
            st = DH_ENOMEM;
            break;
        }
    if (!st) st = build(&h, e, n, aars);
    if (!st) {
        dh_buf_adds(b, "drill," DH_PREV_PLAN_CSV_COLUMNS "\r\n");
        for (size_t k = 0; k < n; k++)
            dh_report_plan_rows_csv(b, k + 1 < n ? &aars[k + 1] : NULL, &aars[k], lang, h.labels[k]);
    }
    hist_free(&h);
    for (size_t k = 0; k < done; k++) dh_aar_free(&aars[k]);
    free(aars);
    if (!st && b->failed) st = DH_ENOMEM;
    return st;
}

dh_status dh_history_write(dh_buf *b, const dh_history_entry *e, size_t n, dh_history_format fmt,
                           dh_lang lang)
{
    dh_aar *aars = calloc(n ? n : 1, sizeof *aars);
    hist h = {0};
    dh_status st = aars ? DH_OK : DH_ENOMEM;
    size_t done = 0;
    for (; !st && done < n; done++)
        if (dh_aar_compute(&aars[done], e[done].d)) {
            st = DH_ENOMEM;
            break;
        }
    if (!st) st = build(&h, e, n, aars);
    size_t ncol = 1 + 3 * n + 3;
    char (*cells)[48] = st ? NULL : calloc(ncol, sizeof *cells);
    size_t *w = st ? NULL : calloc(ncol, sizeof *w);
    if (!st && (!cells || !w)) st = DH_ENOMEM;
    const dh_scenario *sc = n ? dh_drill_scenario(e[n - 1].d) : NULL;
    if (!st && fmt == DH_HISTORY_TEXT) {
        for (size_t t = 0; t <= h.nteams; t++) {
            size_t m = row_cells(&h, t ? t - 1 : 0, cells, !t, lang);
            for (size_t i = 0; i < m; i++)
                if (dh_utf8_len(cells[i]) > w[i]) w[i] = dh_utf8_len(cells[i]);
        }
        dh_buf_printf(b, "%s — %s (%zu %s)\n\n", dh_text_get(&sc->title, lang),
                      dh_tr(lang, R_HIST_TITLE), n,
                      dh_tr(lang, n == 1 ? R_HIST_DRILL : R_HIST_DRILLS));
        for (size_t k = 0; k < n; k++)
            if (e[k].meta->unverified)
                dh_buf_printf(b, DH_NOT_VERIFIED ": %s: %s\n\n", e[k].meta->source,
                              e[k].meta->unverified);
        for (size_t t = 0; t <= h.nteams; t++) {
            size_t m = row_cells(&h, t ? t - 1 : 0, cells, !t, lang);
            for (size_t i = 0; i < m; i++) {
                if (i) dh_buf_adds(b, i % 3 == 1 || i == m - 3 ? "   " : "  ");
                dh_buf_add_padded(b, cells[i], w[i], i > 0);
            }
            dh_buf_addc(b, '\n');
        }
        /* each drill's plan with its status, beside the next drill's ratings */
        for (size_t k = 0; k < n; k++) {
            dh_buf_addc(b, '\n');
            if (k + 1 < n) dh_buf_printf(b, dh_tr(lang, R_HIST_PLAN_OF), h.labels[k], h.labels[k + 1]);
            else dh_buf_printf(b, dh_tr(lang, R_HIST_PLAN_LAST), h.labels[k]);
            dh_buf_addc(b, '\n');
            dh_report_plan_rows_text(b, k + 1 < n ? &aars[k + 1] : NULL, &aars[k], lang);
        }
    } else if (!st && fmt == DH_HISTORY_CSV) {
        dh_buf_adds(b, "team,name");
        for (size_t k = 0; k < n; k++) {
            const char *lab = h.labels[k];
            dh_buf_printf(b, ",total %s,rank %s,median_seconds %s", lab, lab, lab);
        }
        dh_buf_adds(b, ",change_total,change_rank\r\n");
        for (size_t t = 0; t < h.nteams; t++) {
            dh_csv_add_field(b, dh_intern_str(&h.ids, (int)t));
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, h.names[t]);
            for (size_t k = 0; k < n; k++) {
                const cell *c = &h.cells[t * n + k];
                if (!c->present) {
                    dh_buf_adds(b, ",,,");
                    continue;
                }
                dh_buf_addc(b, ',');
                dh_buf_add_milli(b, c->total);
                dh_buf_printf(b, ",%d,", c->rank);
                if (c->median >= 0) dh_buf_add_milli(b, c->median);
            }
            const cell *last, *prev = previous(&h, t, &last);
            if (prev) {
                dh_buf_addc(b, ',');
                dh_buf_add_milli(b, last->total - prev->total);
                dh_buf_printf(b, ",%d\r\n", prev->rank - last->rank);
            } else {
                dh_buf_adds(b, ",,\r\n");
            }
        }
    } else if (!st) {
        dh_buf_printf(b,
                      "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<title>",
                      dh_lang_code(lang));
        dh_html_escape(b, dh_text_get(&sc->title, lang));
        dh_buf_adds(b,
                    "</title>\n<style>body{font:14px/1.45 'Noto Sans','DejaVu Sans',Arial,"
                    "sans-serif;color:#1d2733;margin:32px}h1{font-size:22px;color:#12324f}"
                    "table{border-collapse:collapse}th,td{padding:4px 9px;border-bottom:1px "
                    "solid #dde3e9;text-align:right;white-space:nowrap}th{background:#f1f4f7}"
                    "td:first-child,th:first-child{text-align:left}.up{color:#1b5e20}"
                    ".down{color:#b3261e}h2{font-size:17px;color:#12324f;margin:26px 0 8px;"
                    "border-bottom:2px solid #12324f}td:first-child{white-space:normal;"
                    "max-width:460px}.muted{color:#6b7885;font-size:12px}.id{color:#6b7885;"
                    "font-size:11px}svg.trend{width:100%;max-width:900px;height:auto;display:block}"
                    "b.rP{color:#2e7d32}b.rS{color:#7c9a1e}b.rM{color:#e06c00}b.rU{color:#c62828}"
                    "span.rate{display:inline-block;min-width:16px;padding:0 4px;color:#fff;"
                    "font-weight:700;text-align:center;border-radius:3px}span.rP{background:#2e7d32}"
                    "span.rS{background:#7c9a1e}span.rM{background:#e06c00}span.rU{background:#c62828}"
                    "span.rate.none{background:#8a94a0}table.plan td{white-space:normal;text-align:left;"
                    "vertical-align:top;max-width:320px}table.plan td.due{white-space:nowrap}"
                    "dl.glossary{display:grid;grid-template-columns:140px 1fr;gap:3px 12px}"
                    "dl.glossary dt{font-weight:600}dl.glossary dd{margin:0}"
                    "@page{size:A4 landscape;margin:12mm}</style>\n"
                    "</head>\n<body>\n<h1>");
        dh_html_escape(b, dh_text_get(&sc->title, lang));
        dh_buf_printf(b, " — %s</h1>\n", dh_tr(lang, R_HIST_TITLE_HTML));
        for (size_t k = 0; k < n; k++) {
            if (!e[k].meta->unverified) continue;
            dh_buf_adds(b, "<p style=\"background:#b3261e;color:#fff;font-weight:700;"
                           "padding:8px 12px\">" DH_NOT_VERIFIED " — ");
            dh_html_escape(b, e[k].meta->source);
            dh_buf_adds(b, ": ");
            dh_html_escape(b, e[k].meta->unverified);
            dh_buf_adds(b, "</p>\n");
        }
        dh_history_trends(b, aars, n, (const char(*)[48])h.labels, lang);
        dh_buf_printf(b, "<h2>%s</h2>\n", dh_tr(lang, R_HIST_TEAMS));
        dh_buf_adds(b, "<table class=\"teams\"><thead><tr>");
        size_t m = row_cells(&h, 0, cells, 1, lang);
        for (size_t i = 0; i < m; i++) {
            dh_buf_adds(b, "<th>");
            dh_html_escape(b, cells[i]);
            dh_buf_adds(b, "</th>");
        }
        dh_buf_adds(b, "</tr></thead><tbody>\n");
        for (size_t t = 0; t < h.nteams; t++) {
            m = row_cells(&h, t, cells, 0, lang);
            dh_buf_adds(b, "<tr>");
            for (size_t i = 0; i < m; i++) {
                const char *cls = i < m - 3 ? "" : cells[i][0] == '+' || !strncmp(cells[i], "▲", 3) ? " class=\"up\""
                                  : cells[i][0] == '-' || !strncmp(cells[i], "▼", 3) ? " class=\"down\"" : "";
                if (i == m - 1) cls = ""; /* a longer median is neither good nor bad here */
                dh_buf_printf(b, "<td%s>", cls);
                dh_html_escape(b, cells[i]);
                dh_buf_adds(b, "</td>");
            }
            dh_buf_adds(b, "</tr>\n");
        }
        dh_buf_adds(b, "</tbody></table>\n");
        dh_history_glossary(b, lang);
        dh_buf_adds(b, "</body>\n</html>\n");
    }
    free(cells);
    free(w);
    hist_free(&h);
    for (size_t k = 0; k < done; k++) dh_aar_free(&aars[k]);
    free(aars);
    if (!st && b->failed) st = DH_ENOMEM;
    return st;
}
