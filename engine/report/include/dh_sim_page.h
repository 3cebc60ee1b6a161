/* dh_sim_page.h — the page `drillhall simulate --format html` writes: one
 * self-contained file (inline CSS and SVG, no script, nothing fetched) with the
 * score histograms, what each decision's options do to the final score, the
 * balance findings and the coverage.
 *
 * The report layer cannot see the simulation (engine/author), so the caller
 * fills this neutral description from its figures; every string is borrowed,
 * already in the reader's language, and written as the terminal output writes
 * it, so the page and the text never disagree. */
#ifndef DH_SIM_PAGE_H
#define DH_SIM_PAGE_H

#include "dh_buf.h"
#include "dh_status.h"
#include "dh_text.h"

#include <stddef.h>
#include <stdint.h>

/* One histogram: counts[i] playthroughs scored in [lo + i·width, lo + (i+1)·width). */
typedef struct dh_sim_page_hist {
    const char *label;          /* "Total" or a category's name */
    const char *id;             /* "total" or the category's id */
    const uint64_t *counts;
    size_t nbins;
    int64_t lo, width;          /* milli */
} dh_sim_page_hist;

typedef struct dh_sim_page_option {
    const char *id, *text;
    uint64_t chosen;            /* playthroughs that took it (or had it applied) */
    double share;               /* % of the playthroughs the decision opened for */
    const char *share_text;     /* share as the terminal prints it ("33.0") */
    int64_t mean;               /* milli: mean final total of those playthroughs */
    const char *mean_text;      /* "-" when nobody took it */
    int best, timeout;          /* the best-scoring option; the decision's timeout */
} dh_sim_page_option;

typedef struct dh_sim_page_decision {
    const char *id, *prompt;
    int line;
    uint64_t opened;
    const char *spread_text;
    const dh_sim_page_option *options;
    size_t noptions;
    const char *const *warnings;   /* the balance warnings about this decision */
    size_t nwarnings;
} dh_sim_page_decision;

typedef struct dh_sim_page {
    dh_lang lang;
    const char *scenario_id, *title;
    const char *summary;        /* "N playthroughs (… drills × … teams), policy …, seed …" */
    const dh_sim_page_hist *hists;      /* the total first, then each category */
    size_t nhists;
    const dh_sim_page_decision *decisions;   /* widest spread first */
    size_t ndecisions;
    int64_t total_lo, total_hi;        /* milli: the range of all final totals */
    const char *const *findings;       /* balance findings about the whole scenario */
    size_t nfindings;
    int place_unjudged;                /* too few scored decisions to judge place and length */
    /* coverage: what share of injects, options and branches was reached */
    struct { const char *label; size_t hit, of; } coverage[3];
    const char *const *missed;         /* what was never reached, one line each */
    size_t nmissed;
} dh_sim_page;

/* Appends the page to out. DH_OK or DH_ENOMEM. */
dh_status dh_sim_page_html(dh_buf *out, const dh_sim_page *p);

#endif
