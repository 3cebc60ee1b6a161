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

/* Answers for lint over the source s loaded; s must outlive the use. */
dh_lint_refs dh_scan_refs(const dh_script *s);

/* The same questions over any text (for tests). */
int dh_scan_names_inject(const char *src, const dh_scenario *sc, const dh_inject *in);
int dh_scan_reads_flag(const char *src, const char *name);
/* Calls use() for each `flags.NAME` / `flags["NAME"]` with its line, and whether it
 * is assigned (`= value`, not `==`). */
void dh_scan_flag_uses(const char *src, void (*use)(void *ud, const char *name, int line,
                                                    int assigns),
                       void *ud);

#endif
