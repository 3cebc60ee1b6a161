/* dh_graph.c — the scenario map: injects, decisions, options, triggers and
 * conditions on the exercise timeline, as one SVG (see dh_graph.h): the page,
 * its legend, lanes and axis, and the blocks; the arrows between them are
 * dh_graph_edges.c, the geometry dh_graph_layout.c. */
#include "dh_graph.h"
#include "dh_graph_draw.h"
#include "dh_graph_layout.h"
#include "dh_html.h"
#include "dh_intern.h"
#include "dh_msg.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
    ".after{fill:#8a5a00;font-size:10px}.option{font-size:10.5px}"
    ".flag{fill:none;stroke:#00796b;stroke-width:1.2;stroke-dasharray:1 3;stroke-linecap:round}"
    ".flagname{fill:#00796b;font-size:10px}"
    ".sector{fill:none;stroke:#6a3d9a;stroke-width:1.2;stroke-dasharray:6 3}"
    ".sectorname{fill:#6a3d9a;font-size:10px}"
    ".hook{fill:#f3eefa;stroke:#6a3d9a;stroke-width:1.2}.hookedge{fill:none;stroke:#6a3d9a;stroke-width:1.2}"
    ".role{fill:#ffffff;font-size:9.5px;font-weight:700}.rolebox{fill:#34424f}";

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
    x += 48 + 6.2 * (double)dh_utf8_len(dh_tr(L, R_GRAPH_LEGEND_TRIGGER));
    double ly = 58;
    if (x + 40 + 6.2 * (double)dh_utf8_len(dh_tr(L, R_GRAPH_LEGEND_FLAG)) > g->width) {
        x = MARGIN_L; /* a narrow picture: on a line of its own */
        ly = 74;
    }
    dh_buf_adds(b, "<path d=\"M");
    num(b, x);
    dh_buf_adds(b, " ");
    num(b, ly);
    dh_buf_adds(b, " h28\" class=\"flag\"/>");
    text_at(b, x + 34, ly + 4, "sub");
    esc(b, dh_tr(L, R_GRAPH_LEGEND_FLAG));
    dh_buf_adds(b, "</text>");
}

static void axis(dh_buf *b, const graph *g)
{
    dh_ms dur = g->sc->duration;
    dh_ms step = dur <= 90 * DH_MS_MINUTE ? 10 * DH_MS_MINUTE : 15 * DH_MS_MINUTE;
    for (dh_ms t = 0; t <= dur; t += step) {
        double x = dh_graph_time_x(g, t);
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

/* roles joined by ", " into b (escaped), cut to max code points */
static void roles_text(dh_buf *b, char *const *roles, size_t n, size_t max)
{
    dh_buf t;
    dh_buf_init(&t);
    for (size_t r = 0; r < n; r++) {
        if (r) dh_buf_adds(&t, ", ");
        dh_buf_adds(&t, roles[r]);
    }
    if (t.failed) b->failed = 1;
    else esc_cut(b, dh_buf_cstr(&t), max);
    dh_buf_free(&t);
}

static void roles_attr(dh_buf *b, char *const *roles, size_t n)
{
    if (!n) return;
    dh_buf_adds(b, " data-roles=\"");
    for (size_t r = 0; r < n; r++) {
        if (r) dh_buf_addc(b, ' ');
        esc(b, roles[r]);
    }
    dh_buf_adds(b, "\"");
}

/* A dark badge with the roles, its right edge at rx, baseline y. */
static void roles_badge(dh_buf *b, char *const *roles, size_t n, double rx, double y)
{
    size_t len = 0;
    for (size_t r = 0; r < n; r++) len += dh_utf8_len(roles[r]) + (r ? 2 : 0);
    if (len > 16) len = 16;
    double w = 8 + 5.8 * (double)len;
    rect(b, rx - w, y - 10, w, 13, "rolebox");
    dh_buf_adds(b, "<text text-anchor=\"end\" x=\"");
    num(b, rx - 4);
    dh_buf_adds(b, "\" y=\"");
    num(b, y);
    dh_buf_adds(b, "\" class=\"role\">");
    roles_text(b, roles, n, 16);
    dh_buf_adds(b, "</text>");
}

/* the same roles, in any order (a decision's badge only when they differ from its inject's) */
static int same_roles(char *const *a, size_t na, char *const *b, size_t nb)
{
    if (na != nb) return 0;
    for (size_t i = 0; i < na; i++) {
        size_t j = 0;
        while (j < nb && strcmp(a[i], b[j])) j++;
        if (j == nb) return 0;
    }
    return 1;
}

static int option_no_effect(const dh_option *o)
{
    for (size_t s = 0; s < o->nscore; s++)
        if (o->score[s].milli) return 0;
    return !o->nset && !o->ntriggers;
}

static void decision_box(dh_buf *b, const graph *g, size_t di, double x, double y)
{
    const dh_scenario *sc = g->sc;
    const dh_decision *d = &sc->decisions[di];
    dh_lang L = g->lang;
    int opens = dh_graph_opens(g, d);
    const dh_inject *on = d->on >= 0 ? &sc->injects[d->on] : NULL;
    int branch = on && (on->at == DH_MS_NEVER || on->when_ref != DH_NOREF);
    dh_buf_adds(b, "<g class=\"decision\" data-id=\"");
    esc(b, d->id);
    dh_buf_adds(b, "\"");
    if (!opens) dh_buf_adds(b, " data-dead=\"never-opens\"");
    else if (branch) dh_buf_adds(b, " data-branch=\"1\"");
    roles_attr(b, d->roles, d->nroles);
    dh_buf_printf(b, " data-line=\"%d\">", d->line);
    rect(b, x + 8, y, BLOCK_W - 12, dh_graph_decision_height(d), !opens ? "dec dead" : branch ? "dec branch" : "dec");
    text_at(b, x + 14, y + 13, "did");
    dh_buf_adds(b, "◆ ");
    int own_roles = d->nroles && !(on && same_roles(on->roles, on->nroles, d->roles, d->nroles));
    esc_cut(b, d->id, own_roles ? 10 : 20);
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
    if (own_roles && opens) {
        /* left of the window */
        double ww = d->within != DH_MS_NEVER ? 30 : 0;
        roles_badge(b, d->roles, d->nroles, x + BLOCK_W - 10 - ww, y + 13);
    }
    int best = dh_decision_best_option(d);
    for (size_t o = 0; o < d->noptions; o++) {
        const dh_option *op = &d->options[o];
        int dead = option_no_effect(op);
        dh_buf_adds(b, "<text x=\"");
        num(b, x + 18);
        dh_buf_adds(b, "\" y=\"");
        num(b, dh_graph_option_y(y, o));
        dh_buf_adds(b, "\" class=\"option");
        if ((int)o == best) dh_buf_adds(b, " best");
        else if (dead) dh_buf_adds(b, " noeffect");
        else if (op->total < 0) dh_buf_adds(b, " neg");
        dh_buf_adds(b, "\" data-decision=\"");
        esc(b, d->id);
        dh_buf_adds(b, "\" data-option=\"");
        esc(b, op->id);
        dh_buf_adds(b, dead ? "\" data-dead=\"no-effect\">" : "\">");
        /* "id +10 · timeout ⚑flag", cut as a whole to what the box holds */
        dh_buf label;
        dh_buf_init(&label);
        dh_buf_adds(&label, op->id);
        char pts[32];
        dh_fmt_tenths(pts, sizeof pts, op->total, DH_TENTHS_PLUS);
        dh_buf_addc(&label, ' ');
        dh_buf_adds(&label, pts);
        if ((int)o == d->timeout) {
            dh_buf_adds(&label, " · ");
            dh_buf_adds(&label, dh_tr(L, R_GRAPH_TIMEOUT));
        }
        if (dead) {
            dh_buf_adds(&label, " · ");
            dh_buf_adds(&label, dh_tr(L, R_GRAPH_NO_EFFECT));
        } else if (op->nset) {
            const char *flag = dh_intern_str(&sc->names, op->set[0].flag);
            dh_buf_adds(&label, " ⚑");
            dh_buf_adds(&label, flag ? flag : "");
            if (op->nset > 1) dh_buf_adds(&label, " …");
        }
        if (label.failed) b->failed = 1;
        else esc_cut(b, dh_buf_cstr(&label), (int)o == best ? OPTION_CHARS - 3 : OPTION_CHARS);
        dh_buf_free(&label);
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
    int live = dh_graph_reachable(g, i);
    int cond = in->when_ref != DH_NOREF;
    int trig = in->at == DH_MS_NEVER;
    const char *cls = !live ? "inj dead" : trig ? (cond ? "inj trig cond" : "inj trig")
                                               : (cond ? "inj cond" : "inj");
    double x = nd->x, y = nd->y;
    dh_buf_adds(b, "<g class=\"inject\" data-id=\"");
    esc(b, in->id);
    dh_buf_adds(b, "\"");
    if (!live) {
        dh_buf_adds(b, in->at == DH_MS_NEVER && !dh_graph_script_delivers(g, i) && nd->earliest == DH_MS_NEVER
                           ? " data-dead=\"never-delivered\""
                           : nd->earliest == DH_MS_NEVER ? " data-dead=\"script-only\""
                                                         : " data-dead=\"after-end\"");
    }
    roles_attr(b, in->roles, in->nroles);
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
    esc_cut(b, in->id, in->nroles ? 10 : 22);
    dh_buf_adds(b, "</text>");
    if (in->nroles) roles_badge(b, in->roles, in->nroles, x + BLOCK_W - 4, y + 14);
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
            esc_cut(b, w, WHEN_LINE);
            if (len > WHEN_LINE) {
                dh_buf_adds(b, "</text>");
                text_at(b, x + 6, ly + LINE, "when");
                /* the rest, on a second line */
                const unsigned char *p = (const unsigned char *)w, *end = p + strlen(w);
                for (size_t k = 0; k < WHEN_LINE && p < end; k++) {
                    unsigned cp;
                    size_t n = dh_utf8_next(p, end, &cp);
                    p += n ? n : 1;
                }
                esc_cut(b, (const char *)p, WHEN_LINE - 1);
            }
        }
        dh_buf_adds(b, "</text>");
        ly += LINE;
    }
    if (!live) {
        ly += LINE;
        text_at(b, x + 6, ly, "mark");
        esc(b, dh_tr(L, nd->earliest != DH_MS_NEVER ? R_GRAPH_AFTER_END
                        : dh_graph_script_delivers(g, i)     ? R_GRAPH_SCRIPT_ONLY
                                                    : R_GRAPH_NEVER_DELIVERED));
        dh_buf_adds(b, "</text>");
    }
    double dy = y + ih + 4;
    for (size_t k = 0; k < in->ndecisions; k++) {
        size_t di = (size_t)in->decisions[k];
        decision_box(b, g, di, x, dy);
        dy += dh_graph_decision_height(&sc->decisions[di]) + 4;
    }
    dh_buf_adds(b, "</g>");
}

static void header(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    text_at(b, 12, 26, "h1");
    esc(b, dh_tr(g->lang, R_GRAPH_TITLE));
    esc(b, dh_text_get(&sc->title, g->lang));
    dh_buf_adds(b, "</text>");
    size_t dead = 0, never = 0, noeff = 0;
    for (size_t i = 0; i < sc->ninjects; i++) dead += !dh_graph_reachable(g, i);
    for (size_t d = 0; d < sc->ndecisions; d++) {
        never += !dh_graph_opens(g, &sc->decisions[d]);
        for (size_t o = 0; o < sc->decisions[d].noptions; o++)
            noeff += option_no_effect(&sc->decisions[d].options[o]);
    }
    text_at(b, 12, 44, "sub");
    esc(b, sc->file ? sc->file : "");
    dh_buf_adds(b, " · ");
    dh_buf_printf(b, dh_tr(g->lang, R_GRAPH_COUNTS), sc->ninjects, sc->ndecisions, dead, never, noeff);
    dh_buf_adds(b, "</text>");
}

dh_status dh_graph_svg(dh_buf *out, const dh_scenario *sc, const dh_graph_source *source,
                       dh_lang lang)
{
    graph g;
    if (dh_graph_build(&g, sc, source ? source->when_text : NULL,
                       source ? source->script_delivers : NULL, source ? source->hook_edges : NULL,
                       source ? source->nhook_edges : 0, lang))
        return DH_ENOMEM;
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
    dh_graph_edges(out, &g);
    dh_buf_adds(out, "\n</svg>\n");
    dh_graph_free(&g);
    return out->failed ? DH_ENOMEM : DH_OK;
}
