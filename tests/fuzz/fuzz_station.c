/* fuzz_station.c — what a server sends, as a station takes it: the input is
 * frames, one a line; each is parsed (server → station) and applied to a mirror,
 * and the mirror's drill is read through the whole view after every frame, as a
 * window would draw it. Nothing a server sends may crash the station or leave a
 * view that reads out of range. */
#include "fuzz.h"
#include "dh_snapshot.h"
#include "dh_station.h"

#include <string.h>

static void read_view(const dh_drill *d)
{
    if (!d) return;
    size_t nt = dh_drill_team_count(d), ninj = dh_drill_inject_count(d), ndec = dh_drill_decision_count(d);
    const dh_scenario *sc = dh_drill_scenario(d);
    if (sc->ninjects != ninj || sc->ndecisions != ndec) dh_fuzz_fail("the drill is not sized for its scenario");
    static int order[DH_MAX_INJECTS + DH_MAX_DECISIONS];
    for (size_t t = 0; t < nt; t++) {
        size_t n = dh_snap_delivered(d, (int)t, order, DH_MAX_INJECTS);
        for (size_t i = 0; i < n && i < DH_MAX_INJECTS; i++)
            if (order[i] < 0 || (size_t)order[i] >= ninj) dh_fuzz_fail("a delivered inject out of range");
        n = dh_snap_open_decisions(d, (int)t, order, DH_MAX_DECISIONS);
        n += dh_snap_closed_decisions(d, (int)t, order, DH_MAX_DECISIONS);
        for (size_t i = 0; i < ndec; i++) {
            const dh_decision_state *st = dh_drill_decision(d, (int)t, (int)i);
            if (st->option >= (int)sc->decisions[i].noptions) dh_fuzz_fail("a chosen option out of range");
            (void)dh_snap_quality(d, (int)t, (int)i);
        }
        (void)dh_drill_team_total(d, (int)t);
        (void)n;
    }
    for (size_t i = 0; i < dh_drill_adjustment_count(d); i++)
        if ((size_t)dh_drill_adjustment_at(d, i)->category >= dh_drill_category_count(d))
            dh_fuzz_fail("an adjustment's category out of range");
    (void)dh_snap_teams_deciding(d);
    (void)dh_snap_state(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dh_mirror *m = dh_mirror_create();
    if (!m) return 0;
    size_t start = 0, frames = 0;
    for (size_t i = 0; i <= size; i++) {
        if (i < size && data[i] != '\n') continue;
        dh_pmsg msg;
        dh_prefuse_reason why;
        char err[256];
        if (dh_proto_parse((const char *)data + start, i - start, DH_PDIR_TO_STATION, DH_LANG_VI, &msg, &why, err,
                           sizeof err) == DH_OK) {
            dh_station_apply(m, &msg, err, sizeof err);
            dh_pmsg_free(&msg);
            frames++;
        }
        dh_mirror_tick(m, 250000);
        read_view(dh_mirror_drill(m));
        start = i + 1;
    }
    dh_fuzz_note("station: %zu frames applied, last seq %llu", frames, (unsigned long long)dh_mirror_last_seq(m));
    dh_mirror_destroy(m);
    return 0;
}
