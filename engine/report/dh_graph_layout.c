/* dh_graph_layout.c — where the scenario map puts things: the earliest time
 * each inject can reach a team, the conditions' text and what they name, and
 * the blocks packed into rows of stage lanes (engine/report internal). */
#include "dh_graph_layout.h"
#include "dh_intern.h"

#include <stdlib.h>
#include <string.h>

double dh_graph_time_x(const graph *g, dh_ms t)
{
    return MARGIN_L + (double)t / DH_MS_MINUTE * g->pxm;
}

int dh_graph_reachable(const graph *g, size_t i)
{
    return g->n[i].earliest <= g->sc->duration;
}

int dh_graph_script_delivers(const graph *g, size_t i)
{
    return g->script_delivers && g->script_delivers[i];
}

int dh_graph_opens(const graph *g, const dh_decision *d)
{
    return d->on >= 0 && dh_graph_reachable(g, (size_t)d->on);
}

/* The earliest time each inject can arrive: its `at`, or the earliest opening
 * of a decision one of whose options triggers it plus `after` (answering at
 * once). Delays are never negative, so the injects are settled in order of
 * time, each once (Dijkstra's way): injects² + triggers steps, whatever the
 * chains look like. */
static int earliest_times(graph *g)
{
    const dh_scenario *sc = g->sc;
    unsigned char *done = calloc(sc->ninjects + 1, 1);
    if (!done) return -1;
    for (size_t i = 0; i < sc->ninjects; i++) g->n[i].earliest = sc->injects[i].at;
    for (;;) {
        size_t next = sc->ninjects;
        for (size_t i = 0; i < sc->ninjects; i++)
            if (!done[i] && g->n[i].earliest != DH_MS_NEVER &&
                (next == sc->ninjects || g->n[i].earliest < g->n[next].earliest))
                next = i;
        if (next == sc->ninjects) break;
        done[next] = 1;
        const dh_inject *in = &sc->injects[next];
        dh_ms open = g->n[next].earliest;
        for (size_t k = 0; k < in->ndecisions; k++) {
            const dh_decision *dec = &sc->decisions[in->decisions[k]];
            for (size_t o = 0; o < dec->noptions; o++)
                for (size_t t = 0; t < dec->options[o].ntriggers; t++) {
                    const dh_trigger *tr = &dec->options[o].triggers[t];
                    if (tr->inject < 0 || done[tr->inject]) continue;
                    dh_ms at = tr->after > DH_MS_NEVER - open ? DH_MS_NEVER : open + tr->after;
                    if (at < g->n[tr->inject].earliest) g->n[tr->inject].earliest = at;
                }
        }
    }
    free(done);
    return 0;
}

static int push_once(int **v, size_t *n, int k)
{
    for (size_t r = 0; r < *n; r++)
        if ((*v)[r] == k) return 0;
    int *p = realloc(*v, (*n + 1) * sizeof *p);
    if (!p) return -1;
    *v = p;
    p[(*n)++] = k;
    return 0;
}

static int ident(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Some option sets flag id (in sc->names). */
static int flag_is_set(const dh_scenario *sc, int id)
{
    for (size_t d = 0; d < sc->ndecisions; d++)
        for (size_t o = 0; o < sc->decisions[d].noptions; o++)
            for (size_t k = 0; k < sc->decisions[d].options[o].nset; k++)
                if (sc->decisions[d].options[o].set[k].flag == id) return 1;
    return 0;
}

/* The flag read at p (`flags.NAME` or `flags["NAME"]`, p at "flags"), copied
 * into name; 0 when it is none. */
static int flag_at(const char *w, const char *p, char *name, size_t len)
{
    if (strncmp(p, "flags", 5) || (p > w && ident(p[-1]))) return 0;
    const char *q = p + 5, *s;
    size_t n = 0;
    if (*q == '.') {
        s = q + 1;
        while (ident(s[n])) n++;
    } else if (q[0] == '[' && (q[1] == '"' || q[1] == '\'')) {
        s = q + 2;
        while (s[n] && s[n] != q[1]) n++;
        if (s[n] != q[1] || s[n + 1] != ']') return 0;
    } else {
        return 0;
    }
    if (!n || n >= len) return 0;
    memcpy(name, s, n);
    name[n] = 0;
    return 1;
}

/* The decisions and injects condition i names as quoted literals, looked up
 * in ids (decision d as d, inject j as ndecisions + j); the flags it reads
 * that an option sets; the decisions its `team:sector(...)` calls count. */
static int read_condition(graph *g, const dh_intern *ids, size_t i)
{
    node *nd = &g->n[i];
    const char *w = g->when_text[i];
    nd->when = dh_strdup(w);
    if (!nd->when) return -1;
    char lit[72];
    const char *sector_end = NULL; /* the ")" closing a sector( call */
    for (const char *p = w; *p; p++) {
        if (p == sector_end) sector_end = NULL;
        if (!sector_end && !strncmp(p, "sector(", 7) && p > w && p[-1] == ':') {
            sector_end = strchr(p, ')');
            continue;
        }
        if (flag_at(w, p, lit, sizeof lit)) {
            int f = dh_intern_find(&g->sc->names, lit);
            if (f >= 0 && flag_is_set(g->sc, f) && push_once(&nd->flags, &nd->nflags, f)) return -1;
            continue;
        }
        if (*p != '"' && *p != '\'') continue;
        const char *q = strchr(p + 1, *p);
        if (!q) break;
        size_t n = (size_t)(q - p - 1);
        if (n && n < sizeof lit) {
            memcpy(lit, p + 1, n);
            lit[n] = 0;
            int k = dh_intern_find(ids, lit);
            if (k >= 0 && sector_end && q < sector_end) {
                if (k < (int)g->sc->ndecisions && push_once(&nd->sector, &nd->nsector, k)) return -1;
            } else if (k >= 0 && push_once(&nd->reads, &nd->nreads, k)) {
                return -1;
            }
        }
        if (sector_end && q >= sector_end) sector_end = NULL;
        p = q;
    }
    return 0;
}

/* Every decision's and inject's id, numbered as read_condition numbers them
 * (ids are unique among injects and decisions once finalized). */
static int id_set(const dh_scenario *sc, dh_intern *ids)
{
    dh_intern_init(ids);
    for (size_t d = 0; d < sc->ndecisions; d++)
        if (dh_intern_add(ids, sc->decisions[d].id) != (int)d) return -1;
    for (size_t i = 0; i < sc->ninjects; i++)
        if (dh_intern_add(ids, sc->injects[i].id) != (int)(sc->ndecisions + i)) return -1;
    return 0;
}

double dh_graph_decision_height(const dh_decision *d)
{
    return DEC_HEAD + (double)d->noptions * LINE + 6;
}

static double block_height(const graph *g, size_t i)
{
    const dh_inject *in = &g->sc->injects[i];
    double h = INJ_H;
    if (in->when_ref != DH_NOREF) h += 2 * LINE;
    if (!dh_graph_reachable(g, i)) h += LINE;
    for (size_t d = 0; d < in->ndecisions; d++)
        h += 4 + dh_graph_decision_height(&g->sc->decisions[in->decisions[d]]);
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
    g->end_x = dh_graph_time_x(g, dur);
    double never_x = g->end_x + 40;
    g->nlanes = sc->nstages + 1;
    g->lane_y = calloc(g->nlanes, sizeof *g->lane_y);
    g->lane_h = calloc(g->nlanes, sizeof *g->lane_h);
    g->hook_x = calloc(sc->nhooks + 1, sizeof *g->hook_x);
    size_t *order = malloc((sc->ninjects + 1) * sizeof *order);
    double *row_end = malloc((sc->ninjects + 1) * sizeof *row_end);
    double *row_h = malloc((sc->ninjects + 1) * sizeof *row_h);
    if (!g->lane_y || !g->lane_h || !g->hook_x || !order || !row_end || !row_h) {
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
            nd->x = dh_graph_reachable(g, i) ? dh_graph_time_x(g, nd->earliest) : never_x;
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
    /* the hooks that deliver injects, in a row under the lanes */
    double hx = MARGIN_L;
    for (size_t h = 0; h < sc->nhooks; h++) {
        g->hook_x[h] = -1;
        for (size_t e = 0; e < g->nhook_edges; e++)
            if (g->hook_edges[2 * e] == h) {
                g->hook_x[h] = hx;
                hx += HOOK_W + GAP;
                break;
            }
    }
    if (hx > MARGIN_L) {
        g->hook_y = y + GAP;
        y += INJ_H + 2 * GAP;
        if (hx > right) right = hx;
    }
    g->width = right + 30;
    g->height = y + 30;
    free(order);
    free(row_end);
    free(row_h);
    return 0;
}

/* y of option o's row in decision d's box starting at dy */
double dh_graph_option_y(double dy, size_t o) { return dy + DEC_HEAD + (double)o * LINE + 10; }

/* y of the top of decision di's box, under its inject */
double dh_graph_decision_y(const graph *g, size_t di)
{
    const dh_scenario *sc = g->sc;
    const dh_decision *d = &sc->decisions[di];
    const dh_inject *in = &sc->injects[d->on];
    const node *nd = &g->n[d->on];
    double y = nd->y + INJ_H + (in->when_ref != DH_NOREF ? 2 * LINE : 0) +
               (dh_graph_reachable(g, (size_t)d->on) ? 0 : LINE) + 4;
    for (size_t k = 0; k < in->ndecisions && (size_t)in->decisions[k] != di; k++)
        y += dh_graph_decision_height(&sc->decisions[in->decisions[k]]) + 4;
    return y;
}

void dh_graph_free(graph *g)
{
    if (g->n)
        for (size_t i = 0; i < g->sc->ninjects; i++) {
            free(g->n[i].when);
            free(g->n[i].reads);
            free(g->n[i].flags);
            free(g->n[i].sector);
        }
    free(g->hook_x);
    free(g->n);
    free(g->lane_y);
    free(g->lane_h);
}

dh_status dh_graph_build(graph *g, const dh_scenario *sc, const char *const *when_text,
                         const unsigned char *script_delivers, const size_t *hook_edges,
                         size_t nhook_edges, dh_lang lang)
{
    memset(g, 0, sizeof *g);
    g->sc = sc;
    g->when_text = when_text;
    g->script_delivers = script_delivers;
    if (hook_edges) {
        g->hook_edges = hook_edges;
        g->nhook_edges = nhook_edges;
    }
    g->lang = lang;
    g->n = calloc(sc->ninjects + 1, sizeof *g->n);
    if (!g->n) return DH_ENOMEM;
    if (earliest_times(g)) {
        dh_graph_free(g);
        return DH_ENOMEM;
    }
    if (when_text) {
        dh_intern ids;
        int bad = id_set(sc, &ids);
        for (size_t i = 0; i < sc->ninjects && !bad; i++)
            if (sc->injects[i].when_ref != DH_NOREF && when_text[i] && read_condition(g, &ids, i))
                bad = 1;
        dh_intern_free(&ids);
        if (bad) {
            dh_graph_free(g);
            return DH_ENOMEM;
        }
    }
    if (layout(g)) {
        dh_graph_free(g);
        return DH_ENOMEM;
    }
    return DH_OK;
}
