/* fuzz_roster.c — a roster CSV from any bytes: loads, or is refused with an
 * error at a line; a loaded roster satisfies what the drill relies on. */
#include "fuzz.h"
#include "dh_roster_csv.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = dh_fuzz_file("roster.csv", data, size);
    if (!path) return 0;
    dh_roster r;
    dh_roster_init(&r);
    dh_diags diags;
    dh_diags_init(&diags);
    dh_status st = dh_roster_load(&r, path, &diags);
    dh_fuzz_note("roster: status %d, %zu teams", (int)st, r.nteams);
    if (st == DH_OK) {
        if (diags.errors) dh_fuzz_fail("roster loaded with errors");
        if (r.nteams < 1 || r.nteams > DH_MAX_TEAMS) dh_fuzz_fail("team count out of range");
        for (size_t i = 0; i < r.nteams; i++) {
            const dh_team_info *t = &r.teams[i];
            if (dh_team_id_problem(t->id)) dh_fuzz_fail("a bad team id was accepted");
            if (dh_roster_find(&r, t->id) != (int)i) dh_fuzz_fail("team id not found at its index");
            if (r.bracket_of[i] < 0 || (size_t)r.bracket_of[i] >= r.nbrackets ||
                strcmp(r.brackets[r.bracket_of[i]], t->bracket))
                dh_fuzz_fail("bracket index wrong");
        }
    } else {
        if (r.nteams) dh_fuzz_fail("a refused roster kept teams");
        if (st == DH_EINPUT && !diags.errors) dh_fuzz_fail("refused without saying why");
    }
    dh_diags_free(&diags);
    dh_roster_free(&r);
    return 0;
}
