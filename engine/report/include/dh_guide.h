/* dh_guide.h — the evaluator guide of a scenario (HSEEP's exercise evaluation
 * guide, EEG): one self-contained, printable HTML page made from the scenario
 * alone, before any drill.
 *
 * For each objective, the decisions that evidence it; for each decision, when
 * it opens, its window and credit, the expected action (the inject's and the
 * decision's facilitator notes) and each option graded strong, adequate or weak
 * by the rule the console and the report use (dh_quality.h), with its points,
 * the objectives it meets and what it sets off. Every text from the scenario is
 * escaped. */
#ifndef DH_GUIDE_H
#define DH_GUIDE_H

#include "dh_buf.h"
#include "dh_scenario.h"
#include "dh_text.h"

/* Appends the guide to out, in lang. sc is borrowed and must be finalized.
 * DH_OK, or DH_ENOMEM when out ran out of memory. */
dh_status dh_guide_html(dh_buf *out, const dh_scenario *sc, dh_lang lang);

#endif
