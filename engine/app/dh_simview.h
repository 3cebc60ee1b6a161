/* dh_simview.h — simulate's figures as a person reads them: the balance
 * findings and the HTML page, shared by the terminal output and
 * `--format html` so the two never disagree. */
#ifndef DH_SIMVIEW_H
#define DH_SIMVIEW_H

#include "dh_simulate.h"

/* One balance finding, as the terminal prints it ("  ! decision …"). */
typedef struct dh_sim_finding {
    int decision;     /* the decision it is about, -1: the whole scenario */
    char *text;       /* owned */
} dh_sim_finding;

/* The findings in the terminal's order: decisions that split the totals (in
 * `order`, the widest spread first), timeouts as good as the best option, the
 * best-first and longest-is-best habits. *out is malloc'd (NULL when there is
 * none); returns how many, or (size_t)-1 out of memory. */
size_t dh_sim_findings(const dh_scenario *sc, const dh_sim_stats *st, const dh_sim_balance *bal,
                       const int *order, dh_sim_finding **out);
void dh_sim_findings_free(dh_sim_finding *f, size_t n);
/* Whether place and length were judged: with fewer than 2 scored decisions a
 * best option written first says nothing, and "nothing found" must not claim
 * it was looked at. */
int dh_sim_place_judged(const dh_sim_balance *bal);
/* 1 when the runs scored nothing in category c (every playthrough ended at 0). */
int dh_sim_category_unscored(const dh_sim_stats *st, size_t c);

/* A point total as the terminal prints it ("6.086", "-2"). */
void dh_sim_points_text(char *buf, size_t len, int64_t milli);

/* Writes the HTML page of a run to path ("-": standard output): histograms of
 * the total and of each category (st must have kept_categories), each
 * decision's options with how often they were taken and the mean final total
 * of their takers, the findings and the coverage. summary is the run's first
 * line. Returns an exit status (0, or 1/2 after printing why). */
int dh_sim_write_page(const char *path, const dh_scenario *sc, dh_sim_stats *st,
                      const char *summary, dh_lang lang);

#endif
