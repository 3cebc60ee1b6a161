/* dh_report_plan.c — the improvement plan: its rows, the table the report
 * shows, the sheet the agency fills in, and last year's plan read back. */
#include "dh_report_plan.h"
#include "dh_csv_write.h"
#include "dh_html.h"
#include "dh_quality.h"
#include "dh_msg.h"
#include "dh_report.h"
#include "dh_report_eval.h"

#include <stdlib.h>
#include <string.h>

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

static const dh_msg_id status_words[DH_PLAN_STATUS_COUNT] = {R_PLAN_OPEN, R_PLAN_IN_PROGRESS,
                                                             R_PLAN_DONE, R_PLAN_DROPPED};

size_t dh_report_plan_items(const dh_aar *a, dh_plan_item *out)
{
    const dh_scenario *sc = dh_drill_scenario(a->d);
    const dh_plan *p = dh_drill_plan(a->d);
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < sc->ndecisions; k++) {
            const dh_plan_row *r = dh_plan_find(p, sc->decisions[k].id);
            int area = a->decisions[k].finding == DH_FIND_IMPROVE;
            if (pass == 0 ? !area : area || !r) continue;
            out[n++] = (dh_plan_item){.decision = (int)k, .filled = r};
        }
    return n;
}

void dh_report_plan_capability(dh_buf *b, const dh_aar *a, int k, dh_lang lang)
{
    const dh_scenario *sc = dh_drill_scenario(a->d);
    const dh_decision *de = &sc->decisions[k];
    int any = 0;
    for (size_t j = 0; j < de->nobjectives; j++) {
        int o = de->objectives[j];
        if (o < 0 || sc->objectives[o].category < 0) continue;
        if (any++) dh_buf_adds(b, ", ");
        dh_buf_adds(b, dh_text_get(&sc->categories[sc->objectives[o].category].name, lang));
    }
    if (any || !de->noptions) {
        if (!any) dh_buf_adds(b, "–");
        return;
    }
    const dh_option *best = &de->options[a->decisions[k].best_option];
    int c = -1;
    for (size_t i = 0; i < sc->ncategories; i++)
        if (best->points && best->points[i] > 0 && (c < 0 || best->points[i] > best->points[c]))
            c = (int)i;
    dh_buf_adds(b, c >= 0 ? dh_text_get(&sc->categories[c].name, lang) : "–");
}

/* Whether objective o is already in the first n entries. */
static int listed(const int *v, size_t n, int o)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == o) return 1;
    return 0;
}

/* The objectives a decision evidences, its own then its options', once each;
 * returns how many (out has room for DH_MAX_LIST). */
static size_t decision_objectives(const dh_scenario *sc, int k, int *out)
{
    const dh_decision *de = &sc->decisions[k];
    size_t n = 0;
    for (size_t j = 0; j < de->nobjectives && n < DH_MAX_LIST; j++)
        if (de->objectives[j] >= 0 && !listed(out, n, de->objectives[j])) out[n++] = de->objectives[j];
    for (size_t i = 0; i < de->noptions; i++)
        for (size_t j = 0; j < de->options[i].nobjectives && n < DH_MAX_LIST; j++) {
            int o = de->options[i].objectives[j];
            if (o >= 0 && !listed(out, n, o)) out[n++] = o;
        }
    return n;
}

void dh_report_plan_objective_ids(dh_buf *b, const dh_scenario *sc, int k)
{
    int obj[DH_MAX_LIST];
    size_t n = decision_objectives(sc, k, obj);
    for (size_t i = 0; i < n; i++) {
        if (i) dh_buf_addc(b, ' ');
        dh_buf_adds(b, sc->objectives[obj[i]].id);
    }
}

/* The corrective action: what the agency wrote, else the best option's text. */
static const char *action_of(const dh_aar *a, const dh_plan_item *it, dh_lang lang)
{
    if (it->filled && it->filled->action[0]) return it->filled->action;
    const dh_decision *de = &dh_drill_scenario(a->d)->decisions[it->decision];
    return de->noptions ? dh_text_get(&de->options[a->decisions[it->decision].best_option].text, lang)
                        : "";
}

static const char *status_word(const dh_plan_item *it, dh_lang lang)
{
    return dh_tr(lang, status_words[it->filled ? it->filled->status : DH_PLAN_OPEN]);
}

/* A team's share: the rows where it did not choose a best option. */
static int team_has(const dh_aar *a, int team, int k)
{
    const dh_decision_state *st = dh_drill_decision(a->d, team, k);
    if (st->status == DH_DEC_CLOSED) return 0;
    return st->status != DH_DEC_ANSWERED ||
           dh_quality_of(&dh_drill_scenario(a->d)->decisions[k], st->option) != DH_Q_GOOD;
}

void dh_report_plan(dh_buf *b, const dh_aar *a, dh_lang lang, int team)
{
    const dh_scenario *sc = dh_drill_scenario(a->d);
    dh_buf_printf(b, "<h2 id=\"improvement-plan\">%s</h2>\n<p class=\"muted\">%s</p>\n",
                  dh_tr(lang, R_IMPROVEMENT_PLAN),
                  dh_tr(lang, team >= 0 ? R_PLAN_TEAM_NOTE
                              : dh_drill_plan(a->d) ? R_PLAN_FILLED_NOTE : R_PLAN_NOTE));
    dh_plan_item *items = malloc((sc->ndecisions + 1) * sizeof *items);
    if (!items) {
        b->failed = 1;
        return;
    }
    size_t n = dh_report_plan_items(a, items);
    int rows = 0;
    dh_buf cap;
    dh_buf_init(&cap);
    for (size_t i = 0; i < n; i++) {
        const dh_plan_item *it = &items[i];
        if (team >= 0 && !team_has(a, team, it->decision)) continue;
        const dh_decision *de = &sc->decisions[it->decision];
        if (!rows++)
            dh_buf_printf(b, "<table class=\"plan\"><thead><tr><th>%s</th><th>%s</th><th>%s</th>"
                             "<th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
                          dh_tr(lang, R_PLAN_AREA), dh_tr(lang, R_PLAN_ACTION),
                          dh_tr(lang, R_CAPABILITY), dh_tr(lang, R_PLAN_UNIT),
                          dh_tr(lang, R_PLAN_POC), dh_tr(lang, R_PLAN_DUE),
                          dh_tr(lang, R_PLAN_STATUS));
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&de->prompt, lang));
        dh_buf_adds(b, "</td><td>");
        esc(b, action_of(a, it, lang));
        dh_buf_adds(b, "</td><td>");
        dh_buf_reset(&cap);
        dh_report_plan_capability(&cap, a, it->decision, lang);
        esc(b, dh_buf_cstr(&cap));
        dh_buf_adds(b, "</td><td>");
        if (it->filled) esc(b, it->filled->unit);
        dh_buf_adds(b, "</td><td>");
        if (it->filled) esc(b, it->filled->poc);
        dh_buf_adds(b, "</td><td class=\"due\">");
        if (it->filled) esc(b, it->filled->due);
        dh_buf_printf(b, "</td><td class=\"st%d\">%s</td></tr>\n",
                      it->filled ? (int)it->filled->status : 0, status_word(it, lang));
    }
    if (cap.failed) b->failed = 1;
    dh_buf_free(&cap);
    free(items);
    if (rows) dh_buf_adds(b, "</tbody></table>\n");
    else dh_buf_printf(b, "<p class=\"muted\">%s</p>\n", dh_tr(lang, R_PLAN_EMPTY));
}

dh_status dh_report_csv_plan(dh_buf *b, const dh_drill *d, dh_lang lang)
{
    dh_aar a;
    if (dh_aar_compute(&a, d)) return DH_ENOMEM;
    const dh_scenario *sc = dh_drill_scenario(d);
    dh_plan_item *items = malloc((sc->ndecisions + 1) * sizeof *items);
    if (!items) {
        dh_aar_free(&a);
        return DH_ENOMEM;
    }
    size_t n = dh_report_plan_items(&a, items);
    dh_buf_adds(b, DH_PLAN_CSV_COLUMNS "\r\n");
    dh_buf cell;
    dh_buf_init(&cell);
    char reason[256];
    for (size_t i = 0; i < n; i++) {
        const dh_plan_item *it = &items[i];
        const dh_decision *de = &sc->decisions[it->decision];
        dh_csv_add_field(b, de->id);
        dh_buf_addc(b, ',');
        dh_buf_reset(&cell);
        dh_report_plan_objective_ids(&cell, sc, it->decision);
        dh_csv_add_field(b, dh_buf_cstr(&cell));
        dh_buf_addc(b, ',');
        dh_buf_reset(&cell);
        dh_report_plan_capability(&cell, &a, it->decision, lang);
        dh_csv_add_field(b, dh_buf_cstr(&cell));
        dh_buf_addc(b, ',');
        dh_buf_reset(&cell);
        dh_buf_adds(&cell, dh_text_get(&de->prompt, lang));
        if (a.decisions[it->decision].finding == DH_FIND_IMPROVE) {
            dh_aar_finding_reason(&a, it->decision, lang, reason, sizeof reason);
            dh_buf_printf(&cell, " — %s", reason);
        }
        dh_csv_add_field(b, dh_buf_cstr(&cell));
        dh_buf_addc(b, ',');
        dh_csv_add_field(b, action_of(&a, it, lang));
        const dh_plan_row *r = it->filled;
        const char *rest[] = {r ? r->unit : "", r ? r->poc : "", r ? r->due : "",
                              dh_plan_status_name(r ? r->status : DH_PLAN_OPEN)};
        for (size_t k = 0; k < 4; k++) {
            dh_buf_addc(b, ',');
            dh_csv_add_field(b, rest[k]);
        }
        dh_buf_adds(b, "\r\n");
    }
    if (cell.failed) b->failed = 1;
    dh_buf_free(&cell);
    free(items);
    dh_aar_free(&a);
    return b->failed ? DH_ENOMEM : DH_OK;
}

void dh_report_plan_json(dh_buf *b, const dh_aar *a)
{
    const dh_scenario *sc = dh_drill_scenario(a->d);
    dh_plan_item *items = malloc((sc->ndecisions + 1) * sizeof *items);
    if (!items) {
        b->failed = 1;
        return;
    }
    size_t n = dh_report_plan_items(a, items);
    dh_buf_printf(b, "\"plan\":{\"imports\":%zu,\"rows\":[", dh_drill_plan_imports(a->d));
    for (size_t i = 0; i < n; i++) {
        const dh_plan_item *it = &items[i];
        const dh_plan_row *r = it->filled;
        int obj[DH_MAX_LIST];
        size_t no = decision_objectives(sc, it->decision, obj);
        dh_buf_adds(b, i ? ",{\"decision\":" : "{\"decision\":");
        dh_buf_add_json_str(b, sc->decisions[it->decision].id);
        dh_buf_adds(b, ",\"objectives\":[");
        for (size_t j = 0; j < no; j++) {
            if (j) dh_buf_addc(b, ',');
            dh_buf_add_json_str(b, sc->objectives[obj[j]].id);
        }
        /* the action the agency wrote, or null: the report then proposes the best option */
        const dh_decision *de = &sc->decisions[it->decision];
        dh_buf_printf(b, "],\"area_for_improvement\":%s,\"best_option\":",
                      a->decisions[it->decision].finding == DH_FIND_IMPROVE ? "true" : "false");
        if (de->noptions) dh_buf_add_json_str(b, de->options[a->decisions[it->decision].best_option].id);
        else dh_buf_adds(b, "null");
        dh_buf_adds(b, ",\"action\":");
        if (r && r->action[0]) dh_buf_add_json_str(b, r->action);
        else dh_buf_adds(b, "null");
        const char *f[][2] = {{"unit", r ? r->unit : ""}, {"contact", r ? r->poc : ""},
                              {"due", r ? r->due : ""},
                              {"status", dh_plan_status_name(r ? r->status : DH_PLAN_OPEN)}};
        for (size_t k = 0; k < 4; k++) {
            dh_buf_printf(b, ",\"%s\":", f[k][0]);
            dh_buf_add_json_str(b, f[k][1]);
        }
        dh_buf_addc(b, '}');
    }
    dh_buf_adds(b, "]}");
    free(items);
}

/* This drill's objective with the id `id`, or -1. */
static int objective_by_id(const dh_scenario *sc, const char *id)
{
    for (size_t o = 0; o < sc->nobjectives; o++)
        if (sc->objectives[o].named && !strcmp(sc->objectives[o].id, id)) return (int)o;
    return -1;
}

void dh_report_previous_plan(dh_buf *b, const dh_aar *a, const dh_aar *prev, dh_lang lang,
                             const char *heading, int idx)
{
    const dh_scenario *sc = dh_drill_scenario(a->d), *psc = dh_drill_scenario(prev->d);
    if (heading) dh_buf_printf(b, "<h2 id=\"plan-%d\">", idx);
    else dh_buf_adds(b, "<h2 id=\"previous-plan\">");
    esc(b, heading ? heading : dh_tr(lang, R_PREV_PLAN));
    dh_buf_printf(b, "</h2>\n<p class=\"muted\">%s</p>\n",
                  dh_tr(lang, dh_drill_plan(prev->d) ? R_PREV_PLAN_NOTE : R_PREV_PLAN_UNFILLED));
    dh_plan_item *items = malloc((psc->ndecisions + 1) * sizeof *items);
    if (!items) {
        b->failed = 1;
        return;
    }
    size_t n = dh_report_plan_items(prev, items);
    if (!n) dh_buf_printf(b, "<p class=\"muted\">%s</p>\n", dh_tr(lang, R_PLAN_EMPTY));
    else
        dh_buf_printf(b, "<table class=\"plan\"><thead><tr><th>%s</th><th>%s</th><th>%s</th>"
                         "<th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
                      dh_tr(lang, R_PLAN_AREA), dh_tr(lang, R_PLAN_ACTION),
                      dh_tr(lang, R_PLAN_UNIT), dh_tr(lang, R_PLAN_DUE),
                      dh_tr(lang, R_PLAN_STATUS), dh_tr(lang, R_PREV_NOW));
    for (size_t i = 0; i < n; i++) {
        const dh_plan_item *it = &items[i];
        dh_buf_adds(b, "<tr><td>");
        esc(b, dh_text_get(&psc->decisions[it->decision].prompt, lang));
        dh_buf_adds(b, "</td><td>");
        esc(b, action_of(prev, it, lang));
        dh_buf_adds(b, "</td><td>");
        if (it->filled) esc(b, it->filled->unit);
        dh_buf_adds(b, "</td><td class=\"due\">");
        if (it->filled) esc(b, it->filled->due);
        dh_buf_printf(b, "</td><td class=\"st%d\">%s</td><td>",
                      it->filled ? (int)it->filled->status : 0, status_word(it, lang));
        int obj[DH_MAX_LIST];
        size_t no = decision_objectives(psc, it->decision, obj);
        if (!no) dh_buf_printf(b, "<span class=\"muted\">%s</span>", dh_tr(lang, R_PREV_NO_OBJECTIVE));
        for (size_t j = 0; j < no; j++) {
            const dh_objective *po = &psc->objectives[obj[j]];
            int o = po->named ? objective_by_id(sc, po->id) : -1;
            if (j) dh_buf_adds(b, "<br>");
            if (o < 0) {
                dh_buf_adds(b, "<span class=\"muted\">");
                dh_buf_printf(b, "%s ", dh_tr(lang, R_PREV_NO_COUNTERPART));
                esc(b, dh_text_get(&po->text, lang));
                dh_buf_adds(b, "</span>");
                continue;
            }
            dh_report_badge(b, a->objectives[o].rating, lang);
            dh_buf_adds(b, " ");
            esc(b, dh_text_get(&sc->objectives[o].text, lang));
        }
        dh_buf_adds(b, "</td></tr>\n");
    }
    if (n) dh_buf_adds(b, "</tbody></table>\n");
    free(items);
}

/* This year's objective matching last year's objective po (by id), or -1. */
static int counterpart(const dh_scenario *sc, const dh_objective *po)
{
    return po->named ? objective_by_id(sc, po->id) : -1;
}

void dh_report_previous_plan_json(dh_buf *b, const dh_aar *a, const dh_aar *prev, dh_lang lang)
{
    const dh_scenario *sc = dh_drill_scenario(a->d), *psc = dh_drill_scenario(prev->d);
    dh_plan_item *items = malloc((psc->ndecisions + 1) * sizeof *items);
    if (!items) {
        b->failed = 1;
        return;
    }
    size_t n = dh_report_plan_items(prev, items);
    dh_buf_printf(b, "\"previous_plan\":{\"filled\":%s,\"imports\":%zu,\"rows\":[",
                  dh_drill_plan(prev->d) ? "true" : "false", dh_drill_plan_imports(prev->d));
    for (size_t i = 0; i < n; i++) {
        const dh_plan_item *it = &items[i];
        const dh_plan_row *r = it->filled;
        dh_buf_adds(b, i ? ",{\"decision\":" : "{\"decision\":");
        dh_buf_add_json_str(b, psc->decisions[it->decision].id);
        dh_buf_adds(b, ",\"action\":");
        dh_buf_add_json_str(b, action_of(prev, it, lang));
        const char *f[][2] = {{"unit", r ? r->unit : ""}, {"contact", r ? r->poc : ""},
                              {"due", r ? r->due : ""},
                              {"status", dh_plan_status_name(r ? r->status : DH_PLAN_OPEN)}};
        for (size_t k = 0; k < 4; k++) {
            dh_buf_printf(b, ",\"%s\":", f[k][0]);
            dh_buf_add_json_str(b, f[k][1]);
        }
        /* each objective the row evidenced, and this drill's rating of it */
        dh_buf_adds(b, ",\"objectives\":[");
        int obj[DH_MAX_LIST];
        size_t no = decision_objectives(psc, it->decision, obj);
        for (size_t j = 0; j < no; j++) {
            const dh_objective *po = &psc->objectives[obj[j]];
            int o = counterpart(sc, po);
            dh_buf_adds(b, j ? ",{\"id\":" : "{\"id\":");
            if (po->named) dh_buf_add_json_str(b, po->id);
            else dh_buf_adds(b, "null");
            dh_buf_printf(b, ",\"counterpart\":%s,\"rating\":", o >= 0 ? "true" : "false");
            if (o >= 0 && a->objectives[o].rating >= 0)
                dh_buf_printf(b, "\"%s\"", dh_rating_letter((dh_rating)a->objectives[o].rating));
            else
                dh_buf_adds(b, "null");
            dh_buf_addc(b, '}');
        }
        dh_buf_adds(b, "]}");
    }
    dh_buf_adds(b, "]}");
    free(items);
}

void dh_report_plan_rows_csv(dh_buf *b, const dh_aar *now, const dh_aar *prev, dh_lang lang,
                             const char *label)
{
    const dh_scenario *sc = now ? dh_drill_scenario(now->d) : NULL, *psc = dh_drill_scenario(prev->d);
    dh_plan_item *items = malloc((psc->ndecisions + 1) * sizeof *items);
    if (!items) {
        b->failed = 1;
        return;
    }
    size_t n = dh_report_plan_items(prev, items);
    for (size_t i = 0; i < n; i++) {
        const dh_plan_item *it = &items[i];
        const dh_plan_row *r = it->filled;
        int obj[DH_MAX_LIST];
        size_t no = decision_objectives(psc, it->decision, obj);
        /* one line per objective the row evidenced; a row with none still has its line */
        for (size_t j = 0; j < (no ? no : 1); j++) {
            if (label) {
                dh_csv_add_field(b, label);
                dh_buf_addc(b, ',');
            }
            const char *cells[] = {psc->decisions[it->decision].id, action_of(prev, it, lang),
                                   r ? r->unit : "", r ? r->poc : "", r ? r->due : "",
                                   dh_plan_status_name(r ? r->status : DH_PLAN_OPEN)};
            for (size_t k = 0; k < sizeof cells / sizeof *cells; k++) {
                dh_csv_add_field(b, cells[k]);
                dh_buf_addc(b, ',');
            }
            const dh_objective *po = no ? &psc->objectives[obj[j]] : NULL;
            int o = po && sc ? counterpart(sc, po) : -1;
            dh_csv_add_field(b, po && po->named ? po->id : "");
            dh_buf_printf(b, ",%s,%s\r\n", !po || !now ? "" : o >= 0 ? "yes" : "no",
                          o >= 0 && now->objectives[o].rating >= 0
                              ? dh_rating_letter((dh_rating)now->objectives[o].rating)
                              : "");
        }
    }
    free(items);
}

void dh_report_plan_rows_text(dh_buf *b, const dh_aar *now, const dh_aar *prev, dh_lang lang)
{
    const dh_scenario *sc = now ? dh_drill_scenario(now->d) : NULL, *psc = dh_drill_scenario(prev->d);
    dh_plan_item *items = malloc((psc->ndecisions + 1) * sizeof *items);
    if (!items) {
        b->failed = 1;
        return;
    }
    size_t n = dh_report_plan_items(prev, items);
    if (!n) dh_buf_printf(b, "  %s\n", dh_tr(lang, R_PLAN_EMPTY));
    for (size_t i = 0; i < n; i++) {
        const dh_plan_item *it = &items[i];
        const dh_plan_row *r = it->filled;
        dh_buf_printf(b, "  %s [%s] %s", psc->decisions[it->decision].id, status_word(it, lang),
                      action_of(prev, it, lang));
        if (r && r->unit[0]) dh_buf_printf(b, " · %s", r->unit);
        if (r && r->due[0]) dh_buf_printf(b, " · %s", r->due);
        int obj[DH_MAX_LIST];
        size_t no = decision_objectives(psc, it->decision, obj);
        for (size_t j = 0; now && j < no; j++) {
            const dh_objective *po = &psc->objectives[obj[j]];
            int o = counterpart(sc, po);
            dh_buf_printf(b, "%s%s ", j ? ", " : " → ", po->named ? po->id : "?");
            if (o < 0) dh_buf_adds(b, dh_tr(lang, R_HIST_NO_COUNTERPART));
            else dh_buf_adds(b, now->objectives[o].rating >= 0
                                    ? dh_rating_letter((dh_rating)now->objectives[o].rating)
                                    : "–");
        }
        dh_buf_addc(b, '\n');
    }
    free(items);
}

dh_status dh_report_csv_previous_plan(dh_buf *b, const dh_drill *d, const dh_drill *previous,
                                      dh_lang lang)
{
    dh_aar a, prev;
    if (dh_aar_compute(&a, d)) return DH_ENOMEM;
    if (dh_aar_compute(&prev, previous)) {
        dh_aar_free(&a);
        return DH_ENOMEM;
    }
    dh_buf_adds(b, DH_PREV_PLAN_CSV_COLUMNS "\r\n");
    dh_report_plan_rows_csv(b, &a, &prev, lang, NULL);
    dh_aar_free(&prev);
    dh_aar_free(&a);
    return b->failed ? DH_ENOMEM : DH_OK;
}
