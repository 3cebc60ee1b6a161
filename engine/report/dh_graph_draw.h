/* dh_graph_draw.h — what dh_graph.c (the map's blocks and page) and
 * dh_graph_edges.c (its arrows) share, for engine/report's own files only: the
 * SVG primitives both write with (static inline: each file its own copy) and the
 * one entry of the edges. */
#ifndef DH_GRAPH_DRAW_H
#define DH_GRAPH_DRAW_H

#include "dh_buf.h"
#include "dh_graph_layout.h"
#include "dh_html.h"
#include "dh_utf8.h"

#include <stdlib.h>
#include <string.h>

static inline void esc(dh_buf *b, const char *s) { dh_html_escape(b, s); }

/* s cut to max code points, with "…" when cut, escaped */
static inline void esc_cut(dh_buf *b, const char *s, size_t max)
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

static inline void num(dh_buf *b, double v) { dh_buf_printf(b, "%.1f", v); }

static inline void text_at(dh_buf *b, double x, double y, const char *cls)
{
    dh_buf_adds(b, "<text x=\"");
    num(b, x);
    dh_buf_adds(b, "\" y=\"");
    num(b, y);
    dh_buf_adds(b, "\" class=\"");
    dh_buf_adds(b, cls);
    dh_buf_adds(b, "\">");
}

static inline void rect(dh_buf *b, double x, double y, double w, double h, const char *cls)
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

/* dh_graph_edges.c: every arrow of the map, drawn over the blocks — triggers,
 * reads, flags, sectors and hooks, in that order. */
void dh_graph_edges(dh_buf *b, const graph *g);

#endif
