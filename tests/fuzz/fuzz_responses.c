/* fuzz_responses.c — a responses CSV from any bytes, checked against a fixed
 * scenario (tests/cli/tour.lua) and roster; what loads drives a short headless
 * drill, so a response that passed the checks cannot make the drill misbehave. */
#include "fuzz.h"
#include "dh_autoplay.h"
#include "dh_responses.h"
#include "dh_roster_csv.h"
#include "dh_rank.h"
#include "dh_script.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef DH_SOURCE_DIR
#error "DH_SOURCE_DIR must name the source tree"
#endif

static dh_roster roster;
static int have_roster;

/* A fresh script state for every input, so an input replays as it was fuzzed. */
static dh_script *load_scenario(dh_scenario **sc)
{
    /* small budgets, so a runaway script costs the fuzzer little */
    dh_script_limits lim = dh_script_default_limits();
    lim.memory = 16u << 20;
    lim.load_budget = 2000000;
    lim.call_budget = 20000;
    dh_script *script = dh_script_create(&lim, 1);
    dh_diags diags;
    dh_diags_init(&diags);
    if (!have_roster) {
        dh_roster_init(&roster);
        if (dh_roster_load(&roster, DH_SOURCE_DIR "/tests/cli/tour-roster.csv", &diags))
            dh_fuzz_fail("cannot load tests/cli/tour-roster.csv");
        have_roster = 1;
    }
    if (!script || dh_script_load(script, DH_SOURCE_DIR "/tests/cli/tour.lua", sc, &diags))
        dh_fuzz_fail("cannot load tests/cli/tour.lua");
    dh_diags_free(&diags);
    return script;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dh_scenario *sc;
    dh_script *script = load_scenario(&sc);
    const char *path = dh_fuzz_file("responses.csv", data, size);
    if (!path) {
        dh_script_destroy(script);
        return 0;
    }
    dh_responses rs = {0};
    dh_diags diags;
    dh_diags_init(&diags);
    dh_status st = dh_responses_load(&rs, path, sc, &roster, &diags);
    dh_fuzz_note("responses: status %d, %zu loaded, %zu errors", (int)st, rs.count, diags.errors);
    if (st == DH_OK) {
        for (size_t i = 0; i < rs.count; i++) {
            const dh_response *r = &rs.items[i];
            if (r->team < 0 || (size_t)r->team >= roster.nteams || r->decision < 0 ||
                (size_t)r->decision >= sc->ndecisions || r->option < 0 ||
                (size_t)r->option >= sc->decisions[r->decision].noptions || r->at < 0 ||
                r->at > sc->duration)
                dh_fuzz_fail("a response out of range was accepted");
        }
        dh_drill_config cfg = {sc, &roster, 7, dh_script_iface_for(script)};
        dh_drill *d = dh_drill_create(&cfg);
        dh_autoplay ap = {0};
        if (d && !dh_autoplay_attach(&ap, d, DH_BOT_RANDOM, &rs) && !dh_drill_start(d)) {
            dh_status rst = dh_drill_run_to_end(d);
            dh_fuzz_note("drill: status %d, %llu events", (int)rst,
                         (unsigned long long)dh_drill_event_count(d));
            if (rst == DH_OK && !dh_drill_ended(d)) dh_fuzz_fail("run to end did not end the drill");
            dh_autoplay_report_unused(&ap, d);
            dh_ranking rk = {0};
            if (!dh_rank_compute(d, &rk)) dh_ranking_free(&rk);
        }
        dh_autoplay_free(&ap);
        dh_drill_destroy(d);
    } else if (st == DH_EINPUT && !diags.errors) {
        dh_fuzz_fail("refused without saying why");
    }
    dh_responses_free(&rs);
    dh_diags_free(&diags);
    dh_script_destroy(script);
    return 0;
}
