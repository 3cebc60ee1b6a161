/* dh_journal.c — recording inputs through the gate, and replaying them. */
#include "dh_journal.h"
#include "dh_msg.h"

#include <stdio.h>
#include <string.h>

void dh_journal_init(dh_journal *j, const dh_record_input *inputs, size_t n, dh_record *append)
{
    memset(j, 0, sizeof *j);
    j->inputs = inputs;
    j->n = n;
    j->append = append;
}

int dh_journal_gate(void *ctx, const dh_drill *d, const dh_input *in)
{
    dh_journal *j = ctx;
    (void)d;
    if (j->failed) return 1;
    if (j->next < j->n) {
        const dh_record_input *want = &j->inputs[j->next];
        if (dh_input_same(&want->in, in)) {
            j->next++;
            return 0;
        }
        dh_record_input got = {.in = *in};
        char a[128], b[128];
        dh_record_input_describe(want, a, sizeof a);
        dh_record_input_describe(&got, b, sizeof b);
        snprintf(j->why, sizeof j->why,
                 dh_msg(E_REPLAY_DIFFERS),
                 (long long)want->seq, a, b);
        j->failed = 1;
        return 1;
    }
    if (!j->append) {
        snprintf(j->why, sizeof j->why, dh_msg(E_RECORD_ENDS));
        j->failed = 1;
        return 1;
    }
    char err[256];
    if (dh_record_append(j->append, in, err, sizeof err)) {
        snprintf(j->why, sizeof j->why, "%s", err);
        j->failed = 1;
        return 1;
    }
    return 0;
}

static dh_status stopped(dh_journal *j, dh_status st, char *err, size_t errlen)
{
    if (j->failed) {
        snprintf(err, errlen, "%s", j->why);
        return j->next < j->n || !j->append ? DH_EINPUT : DH_EIO;
    }
    snprintf(err, errlen, "%s", dh_status_str(st));
    return st;
}

static dh_status never_came_up(const dh_journal *j, char *err, size_t errlen)
{
    const dh_record_input *ri = &j->inputs[j->next];
    char a[160];
    dh_record_input_describe(ri, a, sizeof a);
    snprintf(err, errlen,
             dh_msg(E_REPLAY_MISSING),
             (long long)ri->seq, a);
    return DH_EINPUT;
}

dh_status dh_journal_replay(dh_journal *j, dh_drill *d, dh_ms until, char *err, size_t errlen)
{
    /* Only console inputs, feedback and a responses file's answers are applied
     * from here; the others come up by themselves inside dh_drill_advance and
     * the gate checks them off. Feedback from a responses file is given after
     * the end, by whoever ran the drill, and the record keeps a responses
     * file's choices but not its answer texts: so those are applied from the
     * record. */
    for (size_t i = j->next; i < j->n; i++) {
        const dh_record_input *ri = &j->inputs[i];
        if (ri->in.source != DH_SRC_CONSOLE && ri->in.kind != DH_IN_FEEDBACK &&
            !(ri->in.kind == DH_IN_ANSWER && ri->in.source == DH_SRC_RESPONSES))
            continue;
        if (ri->in.t > until) break;
        dh_status st = dh_drill_advance(d, ri->in.t);
        if (st) return stopped(j, st, err, errlen);
        if (j->next != i) return never_came_up(j, err, errlen);
        char why[256];
        st = dh_drill_apply(d, &ri->in, why, sizeof why);
        if (st) {
            if (j->failed) return stopped(j, st, err, errlen);
            snprintf(err, errlen, dh_msg(E_INPUT_NOT_APPLY), (long long)ri->seq,
                     why);
            return DH_EINPUT;
        }
    }
    dh_status st = dh_drill_advance(d, until);
    if (st) return stopped(j, st, err, errlen);
    if (j->next < j->n && j->inputs[j->next].in.t < dh_drill_now(d)) return never_came_up(j, err, errlen);
    return DH_OK;
}
