/* dh_scan.h — what a scenario's scripts may name, found in its source text.
 *
 * Lint (engine/author's dh_lint.h) cannot read hooks and conditions. This looks at
 * the source the script loaded, without running it: a quoted inject id other
 * than its definition, `:inject(HANDLE` for an inject bound to a local, and
 * `flags.NAME` / `flags["NAME"]` for flag reads. Comments count too, so the
 * answers lean to "maybe", which is what lint needs to never warn wrongly. */
#ifndef DH_SCAN_H
#define DH_SCAN_H

#include "dh_lint.h"
#include "dh_script.h"

/* An index of a source (borrowed; it must outlive the index), built in one pass,
 * so that lint's questions, one an inject or flag, each cost a lookup. NULL src:
 * every answer is "maybe". NULL when out of memory. */
typedef struct dh_scan dh_scan;
dh_scan *dh_scan_create(const char *src);
void dh_scan_destroy(dh_scan *x);
/* Answers for lint from x (borrowed; x must outlive the use). */
dh_lint_refs dh_scan_refs(dh_scan *x);
int dh_scan_index_names_inject(const dh_scan *x, const dh_scenario *sc, const dh_inject *in);
int dh_scan_index_reads_flag(const dh_scan *x, const char *name);
/* 1 when a script may add points to `category`: a `:add(` or `.add(` call whose
 * first argument is that category's literal, or is not a literal at all. */
int dh_scan_index_may_score(const dh_scan *x, const char *category);
/* Bytes of source read so far (a count of work, for tests). */
size_t dh_scan_scanned(const dh_scan *x);

/* The same questions over any text, an index built and dropped (for tests). */
int dh_scan_names_inject(const char *src, const dh_scenario *sc, const dh_inject *in);
int dh_scan_reads_flag(const char *src, const char *name);
/* Calls use() for each `flags.NAME` / `flags["NAME"]` with its line, and whether it
 * is assigned (`= value`, not `==`). */
void dh_scan_flag_uses(const char *src, void (*use)(void *ud, const char *name, int line,
                                                    int assigns),
                       void *ud);

#endif
