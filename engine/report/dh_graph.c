/* dh_graph.c — the scenario map: injects, decisions, options, triggers and
 * conditions on the exercise timeline, as one SVG (see dh_graph.h). */
#include "dh_graph.h"
#include "dh_html.h"
#include "dh_msg.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    MARGIN_L = 170,  /* lane names */
    TOP = 108,       /* title, legend and time axis above the lanes */
    BLOCK_W = 200,   /* an inject and the decisions under it */
    GAP = 14,        /* between blocks in one row, and between rows */
    LINE = 14,       /* one line of small text */
    INJ_H = 36,      /* an inject's time, id and title */
    DEC_HEAD = 18,   /* a decision's id and window */
    MAX_CHARS = 30,  /* code points of text that fit in a block */
    WHEN_CHARS = 120 /* of a condition's text before it is cut */
};

/* What the map knows about each inject beyond the model. */
typedef struct node {
    dh_ms earliest;   /* earliest exercise time it can reach a team, DH_MS_NEVER: never */
    int lane;
    int row;
    double x, y, h;
    char *when;       /* the condition's text, or NULL */
    int *reads;       /* what its `when` names: decision d as d, inject i as ndecisions + i */
    size_t nreads;
} node;

typedef struct graph {
    const dh_scenario *sc;
    const dh_graph_source *src;
    dh_lang lang;
    node *n;
    double pxm;       /* pixels per exercise minute */
    double end_x;     /* x of the end of the drill */
    double width, height;
    size_t nlanes;
    double *lane_y, *lane_h;
} graph;

static void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

/* s cut to max code points, with "…" when cut, escaped */
static void esc_cut(dh_buf *b, const char *s, size_t max)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
    size_t cps = 0;
    while (p < end && cps < max) {
        unsigned cp;
        size_t k = dh_utf8_next(p, end, &cp);
        if (!k) k = 1;
        p += k;
        cps++;
    }
    if (p >= end) {
        esc(b, s);
        return;
    }
    char *cut = malloc((size_t)(p - (const unsigned char *)s) + 1);
    if (!cut) {
        b->failed = 1;
        return;
    }
    memcpy(cut, s, (size_t)(p - (const unsigned char *)s));
    cut[p - (const unsigned char *)s] = 0;
    esc(b, cut);
    dh_buf_adds(b, "…");
    free(cut);
}

static double time_x(const graph *g, dh_ms t)
{
    return MARGIN_L + (double)t / DH_MS_MINUTE * g->pxm;
}

static int reachable(const graph *g, size_t i)
{
    return g->n[i].earliest <= g->sc->duration;
}

static int script_delivers(const graph *g, size_t i)
{
    return g->src && g->src->script_delivers && g->src->script_delivers[i];
}

static int dec_opens(const graph *g, const dh_decision *d)
{
    return d->on >= 0 && reachable(g, (size_t)d->on);
}

/* The earliest time each inject can arrive: its `at`, or the earliest opening
 * of a decision one of whose options triggers it plus `after` (answering at
 * once). A fixpoint over the triggers: each pass can only lower a time, and a
 * chain is at most ninjects long. */
static void earliest_times(graph *g)
{
    const dh_scenario *sc = g->sc;
    for (size_t i = 0; i < sc->ninjects; i++) g->n[i].earliest = sc->injects[i].at;
    for (size_t pass = 0; pass <= sc->ninjects; pass++) {
        int changed = 0;
        for (size_t d = 0; d < sc->ndecisions; d++) {
            const dh_decision *dec = &sc->decisions[d];
            if (dec->on < 0) continue;
            dh_ms open = g->n[dec->on].earliest;
            if (open == DH_MS_NEVER) continue;
            for (size_t o = 0; o < dec->noptions; o++)
                for (size_t t = 0; t < dec->options[o].ntriggers; t++) {
                    const dh_trigger *tr = &dec->options[o].triggers[t];
                    if (tr->inject < 0) continue;
                    dh_ms at = open + tr->after;
                    if (at < g->n[tr->inject].earliest) {
                        g->n[tr->inject].earliest = at;
                        changed = 1;
                    }
                }
        }
        if (!changed) break;
    }
}

/* The decisions and injects condition i names as quoted literals. */
static int read_condition(graph *g, size_t i)
{
    node *nd = &g->n[i];
    const char *w = g->src->when_text[i];
    nd->reads = calloc(g->sc->ndecisions + g->sc->ninjects + 1, sizeof *nd->reads);
    nd->when = dh_strdup(w);
    if (!nd->reads || !nd->when) return -1;
    for (size_t k = 0; k < g->sc->ndecisions + g->sc->ninjects; k++) {
        const char *id = k < g->sc->ndecisions ? g->sc->decisions[k].id
                                               : g->sc->injects[k - g->sc->ndecisions].id;
        size_t n = strlen(id);
        for (const char *p = strstr(w, id); p; p = strstr(p + 1, id)) {
            if (p > w && (p[-1] == '"' || p[-1] == '\'') && p[n] == p[-1]) {
                nd->reads[nd->nreads++] = (int)k;
                break;
            }
        }
    }
    return 0;
}

static double decision_height(const dh_decision *d)
{
    return DEC_HEAD + (double)d->noptions * LINE + 6;
}

static double block_height(const graph *g, size_t i)
{
    const dh_inject *in = &g->sc->injects[i];
    double h = INJ_H;
    if (in->when_ref != DH_NOREF) h += 2 * LINE;
    if (!reachable(g, i)) h += LINE;
    for (size_t d = 0; d < in->ndecisions; d++)
        h += 4 + decision_height(&g->sc->decisions[in->decisions[d]]);
    return h + 4;
}

static int lane_of(const graph *g, size_t i)
{
    int s = g->sc->injects[i].stage;
    return s >= 0 ? s : (int)g->sc->nstages;
}

/* Places blocks: x from the earliest time (an inject that never arrives in a
 * column after the end), then in each lane, by x, into the first row free
 * there. */
static int layout(graph *g)
{
    const dh_scenario *sc = g->sc;
    dh_ms dur = sc->duration > 0 ? sc->duration : DH_MS_HOUR;
    double minutes = (double)dur / DH_MS_MINUTE;
    g->pxm = 2600.0 / minutes;
    if (g->pxm > 16) g->pxm = 16;
    if (g->pxm < 3) g->pxm = 3;
    g->end_x = time_x(g, dur);
    double never_x = g->end_x + 40;
    g->nlanes = sc->nstages + 1;
    g->lane_y = calloc(g->nlanes, sizeof *g->lane_y);
    g->lane_h = calloc(g->nlanes, sizeof *g->lane_h);
    size_t *order = malloc((sc->ninjects + 1) * sizeof *order);
    double *row_end = malloc((sc->ninjects + 1) * sizeof *row_end);
    double *row_h = malloc((sc->ninjects + 1) * sizeof *row_h);
    if (!g->lane_y || !g->lane_h || !order || !row_end || !row_h) {
        free(order);
        free(row_end);
        free(row_h);
        return -1;
    }
    double y = TOP;
    double right = never_x + BLOCK_W;
    for (size_t lane = 0; lane < g->nlanes; lane++) {
        size_t n = 0;
        for (size_t i = 0; i < sc->ninjects; i++) {
            if (lane_of(g, i) != (int)lane) continue;
            node *nd = &g->n[i];
            nd->x = reachable(g, i) ? time_x(g, nd->earliest) : never_x;
            nd->h = block_height(g, i);
            order[n++] = i;
        }
        /* insertion sort by x, then by definition order: stable and small */
        for (size_t k = 1; k < n; k++) {
            size_t v = order[k], j = k;
            while (j > 0 && g->n[order[j - 1]].x > g->n[v].x) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = v;
        }
        size_t rows = 0;
        for (size_t k = 0; k < n; k++) {
            node *nd = &g->n[order[k]];
            size_t r = 0;
            while (r < rows && row_end[r] > nd->x - GAP) r++;
            if (r == rows) {
                row_h[rows] = 0;
                rows++;
            }
            row_end[r] = nd->x + BLOCK_W;
            if (nd->h > row_h[r]) row_h[r] = nd->h;
            nd->row = (int)r;
            nd->lane = (int)lane;
            if (nd->x + BLOCK_W > right) right = nd->x + BLOCK_W;
        }
        double ry = y + GAP;
        for (size_t k = 0; k < n; k++) {
            node *nd = &g->n[order[k]];
            double off = 0;
            for (int r = 0; r < nd->row; r++) off += row_h[r] + GAP;
            nd->y = ry + off;
        }
        double h = GAP;
        for (size_t r = 0; r < rows; r++) h += row_h[r] + GAP;
        if (!rows) h = lane < sc->nstages ? 40 : 0;
        g->lane_y[lane] = y;
        g->lane_h[lane] = h;
        y += h;
    }
    g->width = right + 30;
    g->height = y + 30;
    free(order);
    free(row_end);
    free(row_h);
    return 0;
}

static void num(dh_buf *b, double v) { dh_buf_printf(b, "%.1f", v); }

static void text_at(dh_buf *b, double x, double y, const char *cls)
{
    dh_buf_adds(b, "<text x=\"");
    num(b, x);
    dh_buf_adds(b, "\" y=\"");
    num(b, y);
    dh_buf_adds(b, "\" class=\"");
    dh_buf_adds(b, cls);
    dh_buf_adds(b, "\">");
}

static void rect(dh_buf *b, double x, double y, double w, double h, const char *cls)
{
    dh_buf_adds(b, "<rect x=\"");
    num(b, x);
    dh_buf_adds(b, "\" y=\"");
    num(b, y);
    dh_buf_adds(b, "\" width=\"");
    num(b, w);
    dh_buf_adds(b, "\" height=\"");
    num(b, h);
    dh_buf_adds(b, "\" rx=\"4\" class=\"");
    dh_buf_adds(b, cls);
    dh_buf_adds(b, "\"/>");
}

static const char css[] =
    "text{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;font-size:11px;fill:#1d2733}"
    ".h1{font-size:18px;font-weight:700}.sub{fill:#5b6875}.tick{fill:#5b6875;font-size:10px}"
    ".lane{fill:#f4f6f8}.lane2{fill:#ffffff}.lname{font-weight:700;fill:#34424f}"
    ".grid{stroke:#dde3e9;stroke-width:1}.end{stroke:#c62828;stroke-width:1.5;stroke-dasharray:6 4}"
    ".inj{fill:#e8f1fb;stroke:#1f5f9e;stroke-width:1.2}"
    ".inj.cond{stroke-dasharray:5 3}.inj.trig{fill:#fff6e0;stroke:#b07d00}"
    ".inj.dead{fill:#fdecea;stroke:#c62828;stroke-width:2}"
    ".dec{fill:#fff;stroke:#5b6875}.dec.branch{stroke:#b07d00;stroke-dasharray:4 2}"
    ".dec.dead{fill:#fdecea;stroke:#c62828;stroke-width:2}"
    ".iid{font-weight:700}.time{fill:#1f5f9e;font-weight:700}.when{fill:#6a3d9a;font-size:10px;"
    "font-family:'DejaVu Sans Mono',monospace}"
    ".did{font-weight:700}.best{font-weight:700;fill:#2e7d32}.neg{fill:#c62828}"
    ".noeffect{fill:#8a96a3;font-style:italic}.mark{fill:#c62828;font-weight:700}"
    ".trigger{fill:none;stroke:#b07d00;stroke-width:1.4;opacity:.85}"
    ".trigger.late{stroke:#c62828;stroke-dasharray:5 3}"
    ".reads{fill:none;stroke:#6a3d9a;stroke-width:1;stroke-dasharray:2 3;opacity:.8}"
    ".after{fill:#8a5a00;font-size:10px}.option{font-size:10.5px}";

static void legend(dh_buf *b, const graph *g)
{
    dh_lang L = g->lang;
    struct {
        const char *cls;
        dh_msg_id text;
    } items[] = {{"inj", R_GRAPH_LEGEND_TIMED},       {"inj cond", R_GRAPH_LEGEND_WHEN},
                 {"inj trig", R_GRAPH_LEGEND_TRIGGERED}, {"inj dead", R_GRAPH_LEGEND_DEAD},
                 {"dec branch", R_GRAPH_LEGEND_BRANCH}};
    double x = MARGIN_L;
    for (size_t k = 0; k < sizeof items / sizeof items[0]; k++) {
        rect(b, x, 52, 22, 12, items[k].cls);
        text_at(b, x + 28, 62, "sub");
        esc(b, dh_tr(L, items[k].text));
        dh_buf_adds(b, "</text>");
        x += 40 + 6.2 * (double)dh_utf8_len(dh_tr(L, items[k].text));
    }
    dh_buf_adds(b, "<path d=\"M");
    num(b, x);
    dh_buf_adds(b, " 58 h28\" class=\"trigger\" marker-end=\"url(#arrow)\"/>");
    text_at(b, x + 34, 62, "sub");
    esc(b, dh_tr(L, R_GRAPH_LEGEND_TRIGGER));
    dh_buf_adds(b, "</text>");
}

static void axis(dh_buf *b, const graph *g)
{
    dh_ms dur = g->sc->duration;
    dh_ms step = dur <= 90 * DH_MS_MINUTE ? 10 * DH_MS_MINUTE : 15 * DH_MS_MINUTE;
    for (dh_ms t = 0; t <= dur; t += step) {
        double x = time_x(g, t);
        dh_buf_adds(b, "<line x1=\"");
        num(b, x);
        dh_buf_adds(b, "\" x2=\"");
        num(b, x);
        dh_buf_printf(b, "\" y1=\"%d\" y2=\"", TOP - 8);
        num(b, g->height - 30);
        dh_buf_adds(b, "\" class=\"grid\"/>");
        char s[32];
        dh_time_format_short(t, s, sizeof s);
        text_at(b, x - 10, TOP - 12, "tick");
        esc(b, s);
        dh_buf_adds(b, "</text>");
    }
    dh_buf_adds(b, "<line x1=\"");
    num(b, g->end_x);
    dh_buf_adds(b, "\" x2=\"");
    num(b, g->end_x);
    dh_buf_printf(b, "\" y1=\"%d\" y2=\"", TOP - 24);
    num(b, g->height - 30);
    dh_buf_adds(b, "\" class=\"end\"/>");
    char s[32];
    dh_time_format_short(dur, s, sizeof s);
    text_at(b, g->end_x + 4, TOP - 26, "mark");
    dh_buf_printf(b, dh_tr(g->lang, R_GRAPH_END), s);
    dh_buf_adds(b, "</text>");
}

static void lanes(dh_buf *b, const graph *g)
{
    for (size_t l = 0; l < g->nlanes; l++) {
        if (g->lane_h[l] <= 0) continue;
        rect(b, 4, g->lane_y[l], g->width - 8, g->lane_h[l], l % 2 ? "lane2" : "lane");
        text_at(b, 12, g->lane_y[l] + 20, "lname");
        if (l < g->sc->nstages) {
            esc_cut(b, dh_text_get(&g->sc->stages[l].name, g->lang), 24);
            dh_buf_adds(b, "</text>");
            text_at(b, 12, g->lane_y[l] + 34, "tick");
            esc_cut(b, g->sc->stages[l].id, 26);
        } else {
            esc(b, dh_tr(g->lang, R_GRAPH_NO_STAGE));
        }
        dh_buf_adds(b, "</text>");
    }
}

static int option_no_effect(const dh_option *o)
{
    for (size_t s = 0; s < o->nscore; s++)
        if (o->score[s].milli) return 0;
    return !o->nset && !o->ntriggers;
}

/* y of option o's row in decision d's box starting at dy */
static double option_y(double dy, size_t o) { return dy + DEC_HEAD + (double)o * LINE + 10; }

static void decision_box(dh_buf *b, const graph *g, size_t di, double x, double y)
{
    const dh_scenario *sc = g->sc;
    const dh_decision *d = &sc->decisions[di];
    dh_lang L = g->lang;
    int opens = dec_opens(g, d);
    const dh_inject *on = d->on >= 0 ? &sc->injects[d->on] : NULL;
    int branch = on && (on->at == DH_MS_NEVER || on->when_ref != DH_NOREF);
    dh_buf_adds(b, "<g class=\"decision\" data-id=\"");
    esc(b, d->id);
    dh_buf_adds(b, "\"");
    if (!opens) dh_buf_adds(b, " data-dead=\"never-opens\"");
    else if (branch) dh_buf_adds(b, " data-branch=\"1\"");
    dh_buf_printf(b, " data-line=\"%d\">", d->line);
    rect(b, x + 8, y, BLOCK_W - 12, decision_height(d), !opens ? "dec dead" : branch ? "dec branch" : "dec");
    text_at(b, x + 14, y + 13, "did");
    dh_buf_adds(b, "◆ ");
    esc_cut(b, d->id, 20);
    dh_buf_adds(b, "</text>");
    /* window, right-aligned */
    dh_buf_adds(b, "<text text-anchor=\"end\" x=\"");
    num(b, x + BLOCK_W - 8);
    dh_buf_adds(b, "\" y=\"");
    num(b, y + 13);
    dh_buf_adds(b, !opens ? "\" class=\"mark\">" : "\" class=\"sub\">");
    if (!opens) {
        esc(b, dh_tr(L, R_GRAPH_NEVER_OPENS));
    } else if (d->within != DH_MS_NEVER) {
        char s[32];
        dh_time_format_duration(d->within, s, sizeof s);
        esc(b, s);
    }
    dh_buf_adds(b, "</text>");
    int best = dh_decision_best_option(d);
    for (size_t o = 0; o < d->noptions; o++) {
        const dh_option *op = &d->options[o];
        int dead = option_no_effect(op);
        dh_buf_adds(b, "<text x=\"");
        num(b, x + 18);
        dh_buf_adds(b, "\" y=\"");
        num(b, option_y(y, o));
        dh_buf_adds(b, "\" class=\"option");
        if ((int)o == best) dh_buf_adds(b, " best");
        else if (dead) dh_buf_adds(b, " noeffect");
        else if (op->total < 0) dh_buf_adds(b, " neg");
        dh_buf_adds(b, "\" data-decision=\"");
        esc(b, d->id);
        dh_buf_adds(b, "\" data-option=\"");
        esc(b, op->id);
        dh_buf_adds(b, dead ? "\" data-dead=\"no-effect\">" : "\">");
        esc_cut(b, op->id, 16);
        dh_buf_adds(b, " ");
        char pts[32];
        dh_fmt_tenths(pts, sizeof pts, op->total, DH_TENTHS_PLUS);
        esc(b, pts);
        if ((int)o == d->timeout) {
            dh_buf_adds(b, " · ");
            esc(b, dh_tr(L, R_GRAPH_TIMEOUT));
        }
        if (dead) {
            dh_buf_adds(b, " · ");
            esc(b, dh_tr(L, R_GRAPH_NO_EFFECT));
        } else if (op->nset) {
            dh_buf_adds(b, " ⚑");
            const char *flag = dh_intern_str(&sc->names, op->set[0].flag);
            esc_cut(b, flag ? flag : "", 8);
            if (op->nset > 1) dh_buf_adds(b, "…");
        }
        dh_buf_adds(b, "</text>");
    }
    dh_buf_adds(b, "</g>");
}

static void inject_block(dh_buf *b, const graph *g, size_t i)
{
    const dh_scenario *sc = g->sc;
    const dh_inject *in = &sc->injects[i];
    const node *nd = &g->n[i];
    dh_lang L = g->lang;
    int live = reachable(g, i);
    int cond = in->when_ref != DH_NOREF;
    int trig = in->at == DH_MS_NEVER;
    const char *cls = !live ? "inj dead" : trig ? (cond ? "inj trig cond" : "inj trig")
                                               : (cond ? "inj cond" : "inj");
    double x = nd->x, y = nd->y;
    dh_buf_adds(b, "<g class=\"inject\" data-id=\"");
    esc(b, in->id);
    dh_buf_adds(b, "\"");
    if (!live) {
        dh_buf_adds(b, in->at == DH_MS_NEVER && !script_delivers(g, i) && nd->earliest == DH_MS_NEVER
                           ? " data-dead=\"never-delivered\""
                           : nd->earliest == DH_MS_NEVER ? " data-dead=\"script-only\""
                                                         : " data-dead=\"after-end\"");
    }
    dh_buf_printf(b, " data-line=\"%d\">", in->line);
    double ih = INJ_H + (cond ? 2 * LINE : 0) + (live ? 0 : LINE);
    rect(b, x, y, BLOCK_W, ih, cls);
    text_at(b, x + 6, y + 14, "time");
    if (live) {
        char s[32];
        dh_time_format_short(nd->earliest, s, sizeof s);
        if (trig) dh_buf_adds(b, "≥ ");
        esc(b, s);
    } else {
        dh_buf_adds(b, "—");
    }
    dh_buf_adds(b, "</text>");
    text_at(b, x + 52, y + 14, "iid");
    esc_cut(b, in->id, 22);
    dh_buf_adds(b, "</text>");
    text_at(b, x + 6, y + 28, "");
    esc_cut(b, dh_text_get(&in->title, L), MAX_CHARS);
    dh_buf_adds(b, "</text>");
    double ly = y + 28;
    if (cond) {
        const char *w = nd->when;
        ly += LINE;
        text_at(b, x + 6, ly, "when");
        dh_buf_adds(b, "<title>");
        esc(b, w ? w : "when");
        dh_buf_adds(b, "</title>when ");
        if (w) {
            size_t len = dh_utf8_len(w);
            esc_cut(b, w, 30);
            if (len > 30) {
                dh_buf_adds(b, "</text>");
                text_at(b, x + 6, ly + LINE, "when");
                /* the rest, from the 31st code point */
                const unsigned char *p = (const unsigned char *)w, *end = p + strlen(w);
                for (size_t k = 0; k < 30 && p < end; k++) {
                    unsigned cp;
                    size_t n = dh_utf8_next(p, end, &cp);
                    p += n ? n : 1;
                }
                esc_cut(b, (const char *)p, 29);
            }
        }
        dh_buf_adds(b, "</text>");
        ly += LINE;
    }
    if (!live) {
        ly += LINE;
        text_at(b, x + 6, ly, "mark");
        esc(b, dh_tr(L, nd->earliest != DH_MS_NEVER ? R_GRAPH_AFTER_END
                        : script_delivers(g, i)     ? R_GRAPH_SCRIPT_ONLY
                                                    : R_GRAPH_NEVER_DELIVERED));
        dh_buf_adds(b, "</text>");
    }
    double dy = y + ih + 4;
    for (size_t k = 0; k < in->ndecisions; k++) {
        size_t di = (size_t)in->decisions[k];
        decision_box(b, g, di, x, dy);
        dy += decision_height(&sc->decisions[di]) + 4;
    }
    dh_buf_adds(b, "</g>");
}

/* y of the top of decision di's box, under its inject */
static double decision_y(const graph *g, size_t di)
{
    const dh_scenario *sc = g->sc;
    const dh_decision *d = &sc->decisions[di];
    const dh_inject *in = &sc->injects[d->on];
    const node *nd = &g->n[d->on];
    double y = nd->y + INJ_H + (in->when_ref != DH_NOREF ? 2 * LINE : 0) +
               (reachable(g, (size_t)d->on) ? 0 : LINE) + 4;
    for (size_t k = 0; k < in->ndecisions && (size_t)in->decisions[k] != di; k++)
        y += decision_height(&sc->decisions[in->decisions[k]]) + 4;
    return y;
}

static void curve(dh_buf *b, double sx, double sy, double tx, double ty)
{
    double bend = 40 + (tx > sx ? (tx - sx) / 4 : (sx - tx) / 3 + 60);
    if (bend > 160) bend = 160;
    dh_buf_adds(b, "M");
    num(b, sx);
    dh_buf_adds(b, " ");
    num(b, sy);
    dh_buf_adds(b, " C");
    num(b, sx + bend);
    dh_buf_adds(b, " ");
    num(b, sy);
    dh_buf_adds(b, " ");
    num(b, tx - bend);
    dh_buf_adds(b, " ");
    num(b, ty);
    dh_buf_adds(b, " ");
    num(b, tx);
    dh_buf_adds(b, " ");
    num(b, ty);
}

static void trigger_edges(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        if (d->on < 0) continue;
        double dy = decision_y(g, di);
        double sx = g->n[d->on].x + BLOCK_W - 4;
        for (size_t o = 0; o < d->noptions; o++) {
            const dh_option *op = &d->options[o];
            for (size_t t = 0; t < op->ntriggers; t++) {
                const dh_trigger *tr = &op->triggers[t];
                if (tr->inject < 0) continue;
                const node *to = &g->n[tr->inject];
                int late = dec_opens(g, d) && g->n[d->on].earliest + tr->after > sc->duration;
                double sy = option_y(dy, o) - 4;
                dh_buf_adds(b, "<path class=\"trigger");
                if (late) dh_buf_adds(b, " late");
                dh_buf_adds(b, "\" data-from=\"");
                esc(b, d->id);
                dh_buf_adds(b, "/");
                esc(b, op->id);
                dh_buf_adds(b, "\" data-to=\"");
                esc(b, sc->injects[tr->inject].id);
                dh_buf_adds(b, "\" d=\"");
                curve(b, sx, sy, to->x, to->y + 10);
                dh_buf_adds(b, "\" marker-end=\"url(#arrow)\"/>");
                if (tr->after > 0) { /* at the arrow's head: labels of one option's arrows never meet */
                    char s[32];
                    dh_time_format_duration(tr->after, s, sizeof s);
                    dh_buf_adds(b, "<text text-anchor=\"end\" x=\"");
                    num(b, to->x - 10);
                    dh_buf_adds(b, "\" y=\"");
                    num(b, to->y + 4);
                    dh_buf_adds(b, "\" class=\"after\">");
                    dh_buf_adds(b, "+");
                    esc(b, s);
                    dh_buf_adds(b, "</text>");
                }
            }
        }
    }
}

static void read_edges(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    for (size_t i = 0; i < sc->ninjects; i++) {
        const node *nd = &g->n[i];
        for (size_t r = 0; r < nd->nreads; r++) {
            int code = nd->reads[r];
            double sx, sy;
            const char *from;
            if (code < (int)sc->ndecisions) {
                const dh_decision *d = &sc->decisions[code];
                if (d->on < 0) continue;
                sx = g->n[d->on].x + BLOCK_W / 2.0;
                sy = decision_y(g, (size_t)code) + decision_height(d);
                from = d->id;
            } else {
                size_t j = (size_t)code - sc->ndecisions;
                sx = g->n[j].x + BLOCK_W / 2.0;
                sy = g->n[j].y + INJ_H;
                from = sc->injects[j].id;
            }
            dh_buf_adds(b, "<path class=\"reads\" data-from=\"");
            esc(b, from);
            dh_buf_adds(b, "\" data-to=\"");
            esc(b, sc->injects[i].id);
            dh_buf_adds(b, "\" d=\"");
            curve(b, sx, sy, nd->x, nd->y + INJ_H + LINE);
            dh_buf_adds(b, "\"/>");
        }
    }
}

static void header(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    text_at(b, 12, 26, "h1");
    esc(b, dh_tr(g->lang, R_GRAPH_TITLE));
    esc(b, dh_text_get(&sc->title, g->lang));
    dh_buf_adds(b, "</text>");
    size_t dead = 0, never = 0, noeff = 0;
    for (size_t i = 0; i < sc->ninjects; i++) dead += !reachable(g, i);
    for (size_t d = 0; d < sc->ndecisions; d++) {
        never += !dec_opens(g, &sc->decisions[d]);
        for (size_t o = 0; o < sc->decisions[d].noptions; o++)
            noeff += option_no_effect(&sc->decisions[d].options[o]);
    }
    text_at(b, 12, 44, "sub");
    esc(b, sc->file ? sc->file : "");
    dh_buf_adds(b, " · ");
    dh_buf_printf(b, dh_tr(g->lang, R_GRAPH_COUNTS), sc->ninjects, sc->ndecisions, dead, never, noeff);
    dh_buf_adds(b, "</text>");
}

static void free_graph(graph *g)
{
    if (g->n)
        for (size_t i = 0; i < g->sc->ninjects; i++) {
            free(g->n[i].when);
            free(g->n[i].reads);
        }
    free(g->n);
    free(g->lane_y);
    free(g->lane_h);
}

dh_status dh_graph_svg(dh_buf *out, const dh_scenario *sc, const dh_graph_source *source,
                       dh_lang lang)
{
    graph g = {0};
    g.sc = sc;
    g.src = source;
    g.lang = lang;
    g.n = calloc(sc->ninjects + 1, sizeof *g.n);
    if (!g.n) return DH_ENOMEM;
    earliest_times(&g);
    if (source && source->when_text)
        for (size_t i = 0; i < sc->ninjects; i++) {
            if (sc->injects[i].when_ref == DH_NOREF || !source->when_text[i]) continue;
            if (read_condition(&g, i)) {
                free_graph(&g);
                return DH_ENOMEM;
            }
        }
    if (layout(&g)) {
        free_graph(&g);
        return DH_ENOMEM;
    }
    dh_buf_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    dh_buf_adds(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"");
    num(out, g.width);
    dh_buf_adds(out, "\" height=\"");
    num(out, g.height);
    dh_buf_adds(out, "\" viewBox=\"0 0 ");
    num(out, g.width);
    dh_buf_adds(out, " ");
    num(out, g.height);
    dh_buf_adds(out, "\" data-scenario=\"");
    esc(out, sc->id ? sc->id : "");
    dh_buf_printf(out, "\" lang=\"%s\">\n<style>", dh_lang_code(lang));
    dh_buf_adds(out, css);
    dh_buf_adds(out, "</style>\n<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" "
                     "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                     "<path d=\"M0 0 L10 5 L0 10 z\" fill=\"#b07d00\"/></marker></defs>\n");
    dh_buf_adds(out, "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    header(out, &g);
    legend(out, &g);
    lanes(out, &g);
    axis(out, &g);
    dh_buf_addc(out, '\n');
    for (size_t i = 0; i < sc->ninjects; i++) {
        inject_block(out, &g, i);
        dh_buf_addc(out, '\n');
    }
    trigger_edges(out, &g);
    read_edges(out, &g);
    dh_buf_adds(out, "\n</svg>\n");
    free_graph(&g);
    return out->failed ? DH_ENOMEM : DH_OK;
}
