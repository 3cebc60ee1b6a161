/* dh_journal.h — the drill's gate onto its record, and replaying a record.
 *
 * A journal walks a list of recorded inputs alongside a drill that is being
 * rebuilt from the same scenario, roster, seed, bots and responses. Bots and the
 * responses file are deterministic, so their choices come up again by
 * themselves at exactly the place in the event order where they first came up;
 * the gate checks each against the next recorded input instead of recording it
 * twice. Console inputs (facilitator actions, team stations) were applied between
 * advances, so replaying them is: advance to their time, apply.
 *
 * Once the recorded inputs are used up, a journal with a record to append to
 * makes every further input durable before it takes effect (a live or resumed
 * drill); one without refuses them (replay stops where the record stops).
 *
 * The journal borrows the inputs and the record; both must outlive it. */
#ifndef DH_JOURNAL_H
#define DH_JOURNAL_H

#include "dh_drill.h"
#include "dh_record.h"

typedef struct dh_journal {
    const dh_record_input *inputs;  /* borrowed, seq order */
    size_t n, next;
    dh_record *append;              /* borrowed, or NULL: replay only */
    int failed;                     /* an input diverged or could not be written */
    char why[512];
} dh_journal;

void dh_journal_init(dh_journal *j, const dh_record_input *inputs, size_t n,
                     dh_record *append);
/* The gate (dh_drill_set_gate with ctx = the journal). */
int dh_journal_gate(void *ctx, const dh_drill *d, const dh_input *in);

/* Drives a started drill through the recorded inputs, then on to `until`
 * (clamped to the scenario's duration). DH_EINPUT when the drill does not
 * reproduce the record (another scenario text, bots or responses), with the
 * reason in err; DH_EIO when an input could not be recorded. */
dh_status dh_journal_replay(dh_journal *j, dh_drill *d, dh_ms until, char *err, size_t errlen);

#endif
