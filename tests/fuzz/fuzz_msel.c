/* fuzz_msel.c — an MSEL sheet from any bytes: parsed and imported, and what the
 * import writes is loaded in the sandbox and linted, as `msel import` and then
 * `check` would. A sheet the import accepts must give a scenario that loads:
 * the generated Lua is the importer's, whatever the sheet says. */
#include "fuzz.h"
#include "dh_csv.h"
#include "dh_lint.h"
#include "dh_msel.h"
#include "dh_scan.h"
#include "dh_script.h"

#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_csv csv;
    dh_status st = dh_csv_parse("fuzz.csv", (const char *)data, size, &csv, &diags);
    if (st) {
        if (st == DH_EINPUT && !diags.errors) dh_fuzz_fail("csv refused without saying why");
        dh_diags_free(&diags);
        return 0;
    }
    dh_buf lua;
    dh_buf_init(&lua);
    dh_msel_import_opts o = {"fuzzed", "fuzz.csv"};
    st = dh_msel_import(&csv, &o, &lua, &diags);
    dh_csv_free(&csv);
    dh_fuzz_note("import: status %d, %zu bytes of Lua", (int)st, lua.len);
    if (st == DH_OK && !lua.failed) {
        dh_diags_free(&diags);
        dh_diags_init(&diags);
        /* small budgets, so a runaway script costs the fuzzer little */
        dh_script_limits lim = dh_script_default_limits();
        lim.memory = 16u << 20;
        lim.load_budget = 1000000;
        lim.call_budget = 20000;
        dh_script *s = dh_script_create(&lim, 1);
        dh_scenario *sc = NULL;
        dh_status ls = s ? dh_script_load_buffer(s, "fuzzed.lua", lua.data, lua.len, &sc, &diags)
                         : DH_ENOMEM;
        dh_fuzz_note("load: status %d", (int)ls);
        if (ls == DH_EINPUT) {
            for (size_t i = 0; i < diags.count; i++) {
                char line[512];
                dh_diag_format(&diags.items[i], line, sizeof line);
                fprintf(stderr, "%s\n", line);
            }
            dh_fuzz_fail("an imported sheet does not load");
        }
        if (ls == DH_OK) {
            dh_lint_refs refs = dh_scan_refs(s);
            dh_lint_scenario(sc, &refs, &diags);
        }
        dh_script_destroy(s);
    } else if (st == DH_EINPUT && !diags.errors) {
        dh_fuzz_fail("sheet refused without saying why");
    }
    dh_buf_free(&lua);
    dh_diags_free(&diags);
    return 0;
}
