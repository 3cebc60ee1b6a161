/* dh_graph_edges.c — the scenario map's arrows: from an option to what it
 * triggers, from a condition to what it reads, from a flag's setter to its
 * readers, from counted decisions, and from hooks to the injects they deliver;
 * each an SVG path drawn from the layout (dh_graph_layout.h). */
#include "dh_graph_draw.h"
#include "dh_graph_layout.h"
#include "dh_intern.h"
#include "dh_msg.h"

#include <stdint.h>
#include <string.h>

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
    /* delay labels already at each inject's head: the next one goes under them */
    unsigned *stack = calloc(sc->ninjects + 1, sizeof *stack);
    if (!stack) {
        b->failed = 1;
        return;
    }
    for (size_t di = 0; di < sc->ndecisions; di++) {
        const dh_decision *d = &sc->decisions[di];
        if (d->on < 0) continue;
        double dy = dh_graph_decision_y(g, di);
        double sx = g->n[d->on].x + BLOCK_W - 4;
        for (size_t o = 0; o < d->noptions; o++) {
            const dh_option *op = &d->options[o];
            for (size_t t = 0; t < op->ntriggers; t++) {
                const dh_trigger *tr = &op->triggers[t];
                if (tr->inject < 0) continue;
                const node *to = &g->n[tr->inject];
                int late = dh_graph_opens(g, d) && g->n[d->on].earliest + tr->after > sc->duration;
                double sy = dh_graph_option_y(dy, o) - 4;
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
                if (tr->after > 0) { /* at the arrow's head, stacked when several meet there */
                    char s[32];
                    dh_time_format_duration(tr->after, s, sizeof s);
                    dh_buf_adds(b, "<text text-anchor=\"end\" x=\"");
                    num(b, to->x - 10);
                    dh_buf_adds(b, "\" y=\"");
                    num(b, to->y + 4 + 11.0 * stack[tr->inject]++);
                    dh_buf_adds(b, "\" class=\"after\">");
                    dh_buf_adds(b, "+");
                    esc(b, s);
                    dh_buf_adds(b, "</text>");
                }
            }
        }
    }
    free(stack);
}

static void read_edges(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    for (size_t i = 0; i < sc->ninjects; i++) {
        const node *nd = &g->n[i];
        /* a few lines show where a condition looks; its text names them all */
        for (size_t r = 0; r < nd->nreads && r < MAX_READ_LINES; r++) {
            int code = nd->reads[r];
            double sx, sy;
            const char *from;
            if (code < (int)sc->ndecisions) {
                const dh_decision *d = &sc->decisions[code];
                if (d->on < 0) continue;
                sx = g->n[d->on].x + BLOCK_W / 2.0;
                sy = dh_graph_decision_y(g, (size_t)code) + dh_graph_decision_height(d);
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

static void label_mid(dh_buf *b, double sx, double sy, double tx, double ty, const char *cls,
                      const char *prefix, const char *name)
{
    text_at(b, (sx + tx) / 2 - 10, (sy + ty) / 2 - 3, cls);
    dh_buf_adds(b, prefix);
    esc_cut(b, name, 32);
    dh_buf_adds(b, "</text>");
}

/* From every option that sets a flag to every condition that reads it. */
static void flag_edges(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    for (size_t i = 0; i < sc->ninjects; i++) {
        const node *nd = &g->n[i];
        int labels = 0; /* one per flag and value at the head, stacked */
        for (size_t f = 0; f < nd->nflags; f++) {
            int seen_true = 0, seen_other = 0;
            const char *flag = dh_intern_str(&sc->names, nd->flags[f]);
            for (size_t di = 0; di < sc->ndecisions; di++) {
                const dh_decision *d = &sc->decisions[di];
                /* an answer to the inject itself comes after its condition was read */
                if (d->on < 0 || (size_t)d->on == i) continue;
                for (size_t o = 0; o < d->noptions; o++) {
                    const dh_option *op = &d->options[o];
                    size_t k = 0;
                    while (k < op->nset && op->set[k].flag != nd->flags[f]) k++;
                    if (k == op->nset) continue;
                    double sx = g->n[d->on].x + BLOCK_W - 4;
                    double sy = dh_graph_option_y(dh_graph_decision_y(g, di), o) - 4;
                    double tx = nd->x, ty = nd->y + INJ_H + LINE - 4;
                    dh_buf_adds(b, "<path class=\"flag\" data-from=\"");
                    esc(b, d->id);
                    dh_buf_adds(b, "/");
                    esc(b, op->id);
                    dh_buf_adds(b, "\" data-to=\"");
                    esc(b, sc->injects[i].id);
                    dh_buf_adds(b, "\" data-flag=\"");
                    esc(b, flag);
                    dh_buf_adds(b, "\" d=\"");
                    curve(b, sx, sy, tx, ty);
                    dh_buf_adds(b, "\"/>");
                    /* "⚑name" when it sets true, else "⚑name = value" */
                    const dh_value *v = &op->set[k].value;
                    dh_buf lab;
                    dh_buf_init(&lab);
                    dh_buf_adds(&lab, flag);
                    if (v->type == DH_VAL_BOOL && !v->as.b) dh_buf_adds(&lab, " = false");
                    else if (v->type == DH_VAL_NUM) dh_buf_printf(&lab, " = %g", v->as.num);
                    else if (v->type == DH_VAL_STR) dh_buf_printf(&lab, " = \"%s\"", dh_intern_str(&sc->names, v->as.str));
                    else if (v->type == DH_VAL_NIL) dh_buf_adds(&lab, " = nil");
                    if (lab.failed) b->failed = 1;
                    else {
                        int plain = v->type == DH_VAL_BOOL && v->as.b;
                        if (plain ? !seen_true++ : !seen_other++) {
                            dh_buf_adds(b, "<text text-anchor=\"end\" x=\"");
                            num(b, tx - 6);
                            dh_buf_adds(b, "\" y=\"");
                            num(b, ty + 10 + 11.0 * labels++);
                            dh_buf_adds(b, "\" class=\"flagname\">⚑");
                            esc_cut(b, dh_buf_cstr(&lab), 32);
                            dh_buf_adds(b, "</text>");
                        }
                    }
                    dh_buf_free(&lab);
                }
            }
        }
    }
}

/* From every decision a condition's team:sector(...) counts. */
static void sector_edges(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    for (size_t i = 0; i < sc->ninjects; i++) {
        const node *nd = &g->n[i];
        for (size_t r = 0; r < nd->nsector; r++) {
            const dh_decision *d = &sc->decisions[nd->sector[r]];
            if (d->on < 0) continue;
            double sx = g->n[d->on].x + BLOCK_W / 2.0;
            double sy = dh_graph_decision_y(g, (size_t)nd->sector[r]) + dh_graph_decision_height(d);
            double tx = nd->x, ty = nd->y + INJ_H + LINE;
            dh_buf_adds(b, "<path class=\"sector\" data-from=\"");
            esc(b, d->id);
            dh_buf_adds(b, "\" data-to=\"");
            esc(b, sc->injects[i].id);
            dh_buf_adds(b, "\" d=\"");
            curve(b, sx, sy, tx, ty);
            dh_buf_adds(b, "\" marker-end=\"url(#arrow)\"/>");
            label_mid(b, sx, sy, tx, ty, "sectorname", "", "team:sector");
        }
    }
}

/* The hooks that deliver injects, in their row, an arrow to each inject. */
static void hook_edges(dh_buf *b, const graph *g)
{
    const dh_scenario *sc = g->sc;
    if (!g->hook_y) return;
    text_at(b, 12, g->hook_y + 20, "lname");
    esc(b, dh_tr(g->lang, R_GRAPH_HOOKS));
    dh_buf_adds(b, "</text>");
    for (size_t h = 0; h < sc->nhooks; h++) {
        if (g->hook_x[h] < 0) continue;
        double x = g->hook_x[h], y = g->hook_y;
        dh_buf_printf(b, "<g class=\"hookbox\" data-hook=\"%zu\" data-line=\"%d\">", h, sc->hooks[h].line);
        rect(b, x, y, HOOK_W, INJ_H, "hook");
        text_at(b, x + 6, y + 14, "iid");
        dh_buf_printf(b, "on(\"%s\")", dh_hook_event_name(sc->hooks[h].event));
        dh_buf_adds(b, "</text>");
        text_at(b, x + 6, y + 28, "sub");
        dh_buf_printf(b, dh_tr(g->lang, R_GRAPH_HOOK_LINE), sc->hooks[h].line);
        dh_buf_adds(b, "</text></g>");
    }
    for (size_t e = 0; e < g->nhook_edges; e++) {
        size_t h = g->hook_edges[2 * e], i = g->hook_edges[2 * e + 1];
        if (h >= sc->nhooks || i >= sc->ninjects || g->hook_x[h] < 0) continue;
        const node *to = &g->n[i];
        double sx = g->hook_x[h] + HOOK_W / 2.0, sy = g->hook_y;
        dh_buf_printf(b, "<path class=\"hookedge\" data-from=\"hook-%zu\" data-to=\"", h);
        esc(b, sc->injects[i].id);
        dh_buf_adds(b, "\" d=\"");
        curve(b, sx, sy, to->x, to->y + 20);
        dh_buf_adds(b, "\" marker-end=\"url(#arrow)\"/>");
    }
}

void dh_graph_edges(dh_buf *b, const graph *g)
{
    trigger_edges(b, g);
    read_edges(b, g);
    flag_edges(b, g);
    sector_edges(b, g);
    hook_edges(b, g);
}
