/* fuzz_msel.c — an MSEL sheet from any bytes: parsed and imported, and what the
 * import writes is loaded in the sandbox and linted, as `msel import` and then
 * `check` would. A sheet the import accepts must give a scenario that loads:
 * the generated Lua is the importer's, whatever the sheet says.
 *
 * The sheet's file name is fuzzed too (the importer quotes it in the file it
 * writes): when the input holds a NUL byte, what comes before it is the name
 * and the rest is the sheet. The scenario imported under that name must be the
 * one imported under a plain name: same injects, decisions, hooks, categories,
 * stages and duration, so no name can add code or change the drill. What
 * loaded is then merged with the same sheet (msel merge), as an edited sheet. */
#include "fuzz.h"
#include "dh_csv.h"
#include "dh_lint.h"
#include "dh_msel.h"
#include "dh_scan.h"
#include "dh_script.h"

#include <stdio.h>
#include <string.h>

typedef struct shape {
    size_t ninjects, ndecisions, nhooks, ncategories, nstages;
    dh_ms duration;
} shape;

/* Imports the sheet under `name` and loads what the import wrote. Returns the
 * import's status; *loaded is the load's (or -1 when nothing was loaded). */
static dh_status import_and_load(const dh_csv *csv, const char *name, shape *out, int *loaded)
{
    dh_diags diags;
    dh_diags_init(&diags);
    dh_buf lua;
    dh_buf_init(&lua);
    dh_msel_import_opts o = {.id = "fuzzed", .source_name = name};
    dh_status st = dh_msel_import(csv, &o, &lua, &diags);
    dh_fuzz_note("import: status %d, %zu bytes of Lua", (int)st, lua.len);
    *loaded = -1;
    if (st == DH_EINPUT && !diags.errors) dh_fuzz_fail("sheet refused without saying why");
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
        *loaded = (int)ls;
        if (ls == DH_EINPUT) {
            for (size_t i = 0; i < diags.count; i++) {
                char line[512];
                dh_diag_format(&diags.items[i], line, sizeof line);
                fprintf(stderr, "%s\n", line);
            }
            fprintf(stderr, "--- the imported file:\n%.*s\n", (int)lua.len, lua.data);
            dh_fuzz_fail("an imported sheet does not load");
        }
        if (ls == DH_OK) {
            *out = (shape){sc->ninjects, sc->ndecisions, sc->nhooks, sc->ncategories,
                           sc->nstages, sc->duration};
            dh_scan *scan = dh_scan_create(dh_script_source(s, NULL));
            dh_lint_refs refs = dh_scan_refs(scan);
            if (scan) dh_lint_scenario(sc, &refs, &diags);
            dh_scan_destroy(scan);
            /* the same sheet merged back into what it imported to: the merge
             * reads the sheet as any edited sheet and rewrites literals */
            dh_buf merged, changes;
            dh_buf_init(&merged);
            dh_buf_init(&changes);
            size_t applied, skipped;
            dh_status ms = dh_msel_merge(csv, sc, dh_script_source(s, NULL), &merged, &changes,
                                         &applied, &skipped, &diags);
            dh_fuzz_note("merge: status %d, %zu applied, %zu skipped", (int)ms, applied, skipped);
            dh_buf_free(&merged);
            dh_buf_free(&changes);
        }
        dh_script_destroy(s);
    }
    dh_buf_free(&lua);
    dh_diags_free(&diags);
    return st;
}

static int same_shape(const shape *a, const shape *b)
{
    return a->ninjects == b->ninjects && a->ndecisions == b->ndecisions &&
           a->nhooks == b->nhooks && a->ncategories == b->ncategories &&
           a->nstages == b->nstages && a->duration == b->duration;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char name[256] = "";
    const uint8_t *nul = memchr(data, 0, size);
    if (nul) {
        size_t n = (size_t)(nul - data);
        if (n >= sizeof name) n = sizeof name - 1;
        memcpy(name, data, n);
        name[n] = 0;
        size -= (size_t)(nul - data) + 1;
        data = nul + 1;
    }
    dh_diags diags;
    dh_diags_init(&diags);
    dh_csv csv;
    dh_status st = dh_csv_parse("fuzz.csv", (const char *)data, size, &csv, &diags);
    if (st) {
        if (st == DH_EINPUT && !diags.errors) dh_fuzz_fail("csv refused without saying why");
        dh_diags_free(&diags);
        return 0;
    }
    dh_diags_free(&diags);
    shape plain = {0}, named = {0};
    int plain_loaded, named_loaded;
    dh_status pst = import_and_load(&csv, "fuzz.csv", &plain, &plain_loaded);
    if (nul) {
        dh_status nst = import_and_load(&csv, name, &named, &named_loaded);
        if (nst == DH_OK && pst == DH_OK && named_loaded == DH_OK && plain_loaded == DH_OK &&
            !same_shape(&named, &plain))
            dh_fuzz_fail("the sheet's name changed the imported scenario");
    }
    dh_csv_free(&csv);
    return 0;
}
