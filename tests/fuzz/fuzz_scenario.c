/* fuzz_scenario.c — a scenario file from any bytes: loaded in the sandbox,
 * linted, its scripts' ids checked, drawn as a map (dh_graph.h, each `when` as
 * written) and written as LuaLS types, and, when it loads, run headless to its
 * end with three random bots and ranked. Budgets are small so a runaway script costs the fuzzer little;
 * the sandbox must turn every failure into a diagnostic, never a crash.
 *
 * With DH_FUZZ_DETERMINISM=1 the drill runs twice and the two event logs must
 * be byte-identical (off by default: slower, and it needs a sandbox that hides
 * addresses). */
#include "fuzz.h"
#include "dh_autoplay.h"
#include "dh_buf.h"
#include "dh_eventlog.h"
#include "dh_graph.h"
#include "dh_lex.h"
#include "dh_lint.h"
#include "dh_rank.h"
#include "dh_refcheck.h"
#include "dh_scan.h"
#include "dh_script.h"
#include "dh_types.h"

#include <stdlib.h>
#include <string.h>

static void sink(void *ctx, const dh_logrec *r) { dh_eventlog_format(ctx, r); }

/* The author's picture and types of a scenario that loaded: each `when` as
 * its source says, then the map and the annotations (a crash or a hang here
 * is a finding; what they write is not checked). */
static void draw(dh_script *s, const dh_scenario *sc)
{
    char **when = calloc(sc->ninjects + 1, sizeof *when);
    dh_toks toks;
    const char *src = dh_script_source(s, NULL);
    if (!when || !src || dh_lex(&toks, src)) {
        free(when);
        return;
    }
    for (size_t i = 0; i < sc->ninjects; i++) {
        int first, last;
        if (dh_script_function_lines(s, sc->injects[i].when_ref, &first, &last)) continue;
        dh_buf t;
        dh_buf_init(&t);
        if (!dh_toks_function_text(&toks, first, last, 600, &t) && !t.failed)
            when[i] = dh_strdup(dh_buf_cstr(&t));
        dh_buf_free(&t);
    }
    dh_toks_free(&toks);
    dh_buf out;
    dh_buf_init(&out);
    dh_graph_source gs = {.when_text = (const char *const *)when};
    dh_status st = dh_graph_svg(&out, sc, &gs, DH_LANG_VI);
    dh_fuzz_note("graph: status %d, %zu bytes", (int)st, out.len);
    dh_buf_reset(&out);
    st = dh_types_lua(&out, sc, NULL, 0);
    dh_fuzz_note("types: status %d, %zu bytes", (int)st, out.len);
    dh_buf_free(&out);
    for (size_t i = 0; i < sc->ninjects; i++) free(when[i]);
    free(when);
}

/* Loads, lints and runs once; the event log goes to log. */
static void run_once(const uint8_t *data, size_t size, dh_buf *log)
{
    /* small budgets, so a runaway script costs the fuzzer little */
    dh_script_limits lim = dh_script_default_limits();
    lim.memory = 16u << 20;
    lim.load_budget = 200000;
    lim.call_budget = 5000;
    dh_script *s = dh_script_create(&lim, 3);
    if (!s) return;
    dh_diags diags;
    dh_diags_init(&diags);
    dh_scenario *sc = NULL;
    dh_status st = dh_script_load_buffer(s, "fuzz.lua", (const char *)data, size, &sc, &diags);
    dh_fuzz_note("load: status %d, %zu errors", (int)st, diags.errors);
    if (st == DH_EINPUT && !diags.errors) dh_fuzz_fail("scenario refused without saying why");
    if (st == DH_OK) {
        dh_scan *scan = dh_scan_create(dh_script_source(s, NULL));
        dh_lint_refs refs = dh_scan_refs(scan);
        if (scan) dh_lint_scenario(sc, &refs, &diags);
        dh_scan_destroy(scan);
        dh_refcheck(dh_script_source(s, NULL), "fuzz.lua", sc, &diags);
        draw(s, sc);
        dh_roster roster;
        dh_roster_init(&roster);
        dh_drill *d = NULL;
        dh_autoplay ap = {0};
        if (!dh_roster_generate(&roster, 3)) {
            dh_drill_config cfg = {sc, &roster, 11, dh_script_iface_for(s)};
            d = dh_drill_create(&cfg);
        }
        if (d && dh_drill_add_sink(d, sink, log) == 0 &&
            !dh_autoplay_attach(&ap, d, DH_BOT_RANDOM, NULL) && !dh_drill_start(d)) {
            dh_status rs = dh_drill_run_to_end(d);
            dh_fuzz_note("drill: status %d, %llu events, %zu warnings", (int)rs,
                         (unsigned long long)dh_drill_event_count(d), dh_drill_warnings(d)->count);
            if (rs == DH_OK && !dh_drill_ended(d)) dh_fuzz_fail("run to end did not end the drill");
            dh_ranking rk = {0};
            if (!dh_rank_compute(d, &rk)) {
                for (size_t i = 0; i < rk.nteams; i++)
                    if (rk.rank[i] < 1 || (size_t)rk.rank[i] > rk.nteams)
                        dh_fuzz_fail("rank out of range");
                dh_ranking_free(&rk);
            }
        }
        dh_autoplay_free(&ap);
        dh_drill_destroy(d);
        dh_roster_free(&roster);
    }
    dh_diags_free(&diags);
    dh_script_destroy(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int determinism = -1;
    if (determinism < 0) {
        const char *e = getenv("DH_FUZZ_DETERMINISM");
        determinism = e && *e == '1';
    }
    dh_buf a, b;
    dh_buf_init(&a);
    dh_buf_init(&b);
    run_once(data, size, &a);
    if (determinism) {
        run_once(data, size, &b);
        if (!a.failed && !b.failed && (a.len != b.len || memcmp(a.data, b.data, a.len)))
            dh_fuzz_fail("the same scenario gave two different event logs");
    }
    dh_buf_free(&a);
    dh_buf_free(&b);
    return 0;
}
