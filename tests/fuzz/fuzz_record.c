/* fuzz_record.c — a .drill file from any bytes: opened read-only, its header,
 * inputs and progress read, its chain verified, and the drill it holds rebuilt
 * (the recorded scenario in the sandbox with small budgets, the recorded
 * roster, bots and responses, every recorded input through the journal), as
 * `verify` and `replay` do. A damaged record must be refused with a reason,
 * never crash the reader. */
#include "fuzz.h"
#include "dh_autoplay.h"
#include "dh_journal.h"
#include "dh_record.h"
#include "dh_script.h"

#include <stdio.h>

/* Rebuilds the recorded drill from an opened record's header and inputs. */
static void replay(dh_record_header *h, const dh_record_input *inputs, size_t n,
                   dh_ms until)
{
    int policy = dh_bot_policy_parse(h->bots);
    if (policy < 0) return;
    /* small budgets, so a runaway script costs the fuzzer little */
    dh_script_limits lim = dh_script_default_limits();
    lim.memory = 16u << 20;
    lim.load_budget = 200000;
    lim.call_budget = 5000;
    dh_script *s = dh_script_create(&lim, h->seed);
    if (!s) return;
    dh_diags diags;
    dh_diags_init(&diags);
    dh_scenario *sc = NULL;
    if (!dh_script_load_buffer(s, h->scenario_file ? h->scenario_file : "record.lua",
                               h->scenario_source ? h->scenario_source : "", h->scenario_len,
                               &sc, &diags) &&
        h->roster.nteams > 0) {
        /* as dh_session does: indexes checked against the loaded scenario; a
         * record that fails is refused there, and the drill still never trusts
         * it (dh_autoplay_attach checks again), so the replay runs either way */
        char why[512];
        dh_status cm = dh_record_check_model(h, inputs, n, sc, why, sizeof why);
        dh_fuzz_note("check model: status %d%s%s", (int)cm, cm ? ": " : "", cm ? why : "");
        dh_drill_config cfg = {sc, &h->roster, h->seed, dh_script_iface_for(s)};
        dh_drill *d = dh_drill_create(&cfg);
        dh_autoplay ap = {0};
        dh_journal j;
        dh_journal_init(&j, inputs, n, NULL);
        if (d) dh_drill_set_gate(d, dh_journal_gate, &j);
        if (d && !dh_drill_start(d) &&
            !dh_autoplay_attach(&ap, d, (dh_bot_policy)policy,
                                h->responses.count ? &h->responses : NULL)) {
            char err[512];
            dh_status rs = dh_journal_replay(&j, d, until, err, sizeof err);
            dh_fuzz_note("replay: status %d (%s), %zu of %zu inputs, at %lld", (int)rs,
                         rs ? err : "ok", j.next, n, (long long)dh_drill_now(d));
        }
        dh_autoplay_free(&ap);
        dh_drill_destroy(d);
    }
    dh_diags_free(&diags);
    dh_script_destroy(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = dh_fuzz_file("record.drill", data, size);
    if (!path) return 0;
    char err[512];
    dh_record *r = NULL;
    dh_status st = dh_record_open(&r, path, 0, err, sizeof err);
    dh_fuzz_note("open: status %d%s%s", (int)st, st ? ": " : "", st ? err : "");
    if (st == DH_OK) {
        dh_record_header h;
        dh_record_header_init(&h);
        dh_record_input *inputs = NULL;
        size_t n = 0;
        dh_record_progress p = {0};
        st = dh_record_read_header(r, &h, err, sizeof err);
        if (!st) st = dh_record_read_inputs(r, &inputs, &n, err, sizeof err);
        if (!st) st = dh_record_read_progress(r, &p, err, sizeof err);
        dh_fuzz_note("read: status %d%s%s", (int)st, st ? ": " : "", st ? err : "");
        if (!st) {
            /* replay does not need a chain that holds (a damaged one is what a
             * replay must survive), so both run whatever verify finds */
            dh_verify_result res;
            dh_status vs = dh_record_verify(r, &res, err, sizeof err);
            dh_fuzz_note("verify: status %d, problem %d, %lld inputs", (int)vs,
                         vs ? -1 : (int)res.problem, vs ? -1LL : (long long)res.ninputs);
            for (size_t i = 0; i < n; i++) {
                char what[256];
                dh_record_input_describe(&inputs[i], what, sizeof what);
            }
            dh_ms until = p.now;
            if (n && inputs[n - 1].in.t > until) until = inputs[n - 1].in.t;
            replay(&h, inputs, n, until);
        }
        dh_record_inputs_free(inputs, n);
        dh_record_header_free(&h);
        dh_record_close(r);
    }
    dh_record_remove(path);
    return 0;
}
