/* dh_graph_layout.h — the scenario map's geometry (engine/report internal):
 * dh_graph_layout.c computes it, dh_graph.c draws from it. */
#ifndef DH_GRAPH_LAYOUT_H
#define DH_GRAPH_LAYOUT_H

#include "dh_buf.h"
#include "dh_scenario.h"
#include "dh_text.h"

enum {
    MARGIN_L = 170,  /* lane names */
    TOP = 108,       /* title, legend and time axis above the lanes */
    BLOCK_W = 200,   /* an inject and the decisions under it */
    GAP = 14,        /* between blocks in one row, and between rows */
    LINE = 14,       /* one line of small text */
    INJ_H = 36,      /* an inject's time, id and title */
    DEC_HEAD = 18,   /* a decision's id and window */
    MAX_CHARS = 30,  /* code points of text that fit in a block */
    OPTION_CHARS = 31, /* of an option's line, in its smaller type */
    WHEN_LINE = 28,  /* of a condition's line, in monospace */
    MAX_READ_LINES = 8, /* dotted lines drawn from what one condition names */
    HOOK_W = 150,    /* a hook's box */
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
    int *flags;       /* flags its `when` reads that some option sets (ids in sc->names) */
    size_t nflags;
    int *sector;      /* decisions a `team:sector(...)` in its `when` counts */
    size_t nsector;
} node;

typedef struct graph {
    const dh_scenario *sc;
    const char *const *when_text;          /* per inject, or NULL (dh_graph_source) */
    const unsigned char *script_delivers;  /* per inject, or NULL */
    const size_t *hook_edges; /* dh_graph_source's pairs (hook, inject), or NULL */
    size_t nhook_edges;
    double *hook_x;   /* per hook: x of its box in the hooks' row, < 0: not drawn */
    double hook_y;    /* top of the hooks' row (a script's deliveries), 0: none */
    dh_lang lang;
    node *n;
    double pxm;       /* pixels per exercise minute */
    double end_x;     /* x of the end of the drill */
    double width, height;
    size_t nlanes;
    double *lane_y, *lane_h;
} graph;

/* Fills g for sc (borrowed, finalized): earliest times, conditions, layout.
 * The rest is dh_graph_source's (borrowed, may be NULL). DH_OK, or DH_ENOMEM
 * (then g holds nothing to free). */
dh_status dh_graph_build(graph *g, const dh_scenario *sc, const char *const *when_text,
                         const unsigned char *script_delivers, const size_t *hook_edges,
                         size_t nhook_edges, dh_lang lang);
void dh_graph_free(graph *g);

double dh_graph_time_x(const graph *g, dh_ms t);
/* inject i can reach a team before the drill ends */
int dh_graph_reachable(const graph *g, size_t i);
/* a script may deliver inject i */
int dh_graph_script_delivers(const graph *g, size_t i);
/* decision d can open: its inject can reach a team */
int dh_graph_opens(const graph *g, const dh_decision *d);
double dh_graph_decision_height(const dh_decision *d);
/* y of option o's row in a decision box whose top is dy */
double dh_graph_option_y(double dy, size_t o);
/* y of the top of decision di's box, under its inject */
double dh_graph_decision_y(const graph *g, size_t di);

#endif
